// The pieces both public forms are made of. Each field shows its message beside it (linked by
// aria-describedby) and keeps what was typed; the summary above the form links to each problem.
// Whatever was typed is put back as text, never as markup.
import type { Locale } from '@/i18n/locales'

import { words } from './words'

type FieldProps = {
  id: string
  name: string
  label: string
  maxLength: number
  multiline?: boolean
  hint?: string
  autoComplete?: string
  value?: string
  error?: string
  required?: boolean
  locale: Locale
}

export function TextInput({
  id,
  name,
  label,
  maxLength,
  multiline,
  hint,
  autoComplete,
  value,
  error,
  required = true,
  locale,
}: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ')
  const common = {
    id,
    name,
    required,
    maxLength,
    defaultValue: value ?? '',
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  }
  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="form-required">{words[locale].required}</span> : null}
      </label>
      {hint ? (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {multiline ? <textarea rows={6} {...common} /> : <input type="text" {...common} />}
    </div>
  )
}

/** One of a few answers as radio buttons; the first is chosen unless something else was sent. */
export function ChoiceInput({
  id,
  name,
  legend,
  options,
  value,
  error,
  locale,
}: {
  id: string
  name: string
  legend: string
  options: { value: string; label: string }[]
  value?: string
  error?: string
  locale: Locale
}) {
  const chosen = options.some((option) => option.value === value) ? value : options[0]?.value
  return (
    <fieldset
      className={error ? 'form-field form-choices has-error' : 'form-field form-choices'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {legend}
        <span className="form-required">{words[locale].required}</span>
      </legend>
      {error ? (
        <p className="form-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {options.map((option, i) => (
        <div className="form-choice" key={option.value}>
          <input
            type="radio"
            id={i === 0 ? id : `${id}-${option.value}`}
            name={name}
            value={option.value}
            required
            defaultChecked={option.value === chosen}
          />
          <label htmlFor={i === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  )
}

export function ConsentBox({
  id,
  label,
  checked,
  error,
}: {
  id: string
  label: string
  checked: boolean
  error?: string
}) {
  return (
    <div className={error ? 'form-field form-consent has-error' : 'form-field form-consent'}>
      {error ? (
        <p className="form-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type="checkbox"
        id={id}
        name="consent"
        value="yes"
        required
        defaultChecked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

/** A field people never see or reach; a bot that fills it is answered as if it had succeeded. */
export function Honeypot({ id, name, locale }: { id: string; name: string; locale: Locale }) {
  return (
    <div className="form-trap" aria-hidden="true">
      <label htmlFor={id}>{words[locale].honeypot}</label>
      <input type="text" id={id} name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}

export function ErrorSummary({
  errors,
  ids,
  locale,
}: {
  errors: Record<string, string>
  ids: Record<string, string>
  locale: Locale
}) {
  const entries = Object.entries(errors)
  if (entries.length === 0) return null
  return (
    <div className="form-error-summary" role="alert" aria-labelledby="form-error-summary-heading">
      <h2 id="form-error-summary-heading">{words[locale].errorSummary}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>{ids[name] ? <a href={`#${ids[name]}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  )
}
