// A public form (nominating a model, objecting to a notice). It posts to a route handler, so it
// needs no JavaScript; a refused submission comes back as this form with its messages beside the
// fields and what was typed (see src/participation/handleSubmission.ts).
import { localePath, type Locale } from '@/i18n/locales'
import { CONSENT, HONEYPOT, type FormFieldSpec, type FormSpec } from '@/participation/formRules'
import type { Retry } from '@/participation/retryStore'

import { ChoiceInput, ConsentBox, ErrorSummary, Honeypot, TextInput } from './FormFields'
import { words } from './words'

type FieldName = keyof (typeof words)['zh'] & string
type ChoiceName = keyof (typeof words)['zh']['choices']

type Props = {
  locale: Locale
  spec: FormSpec
  /** Where it posts, without the language: `/nominate/send`. */
  action: string
  consentLabel: string
  submitLabel: string
  hidden?: Record<string, string>
  retry?: Retry | null
}

const autoComplete = (name: string) =>
  name.endsWith('Contact') ? 'email' : name.endsWith('Name') ? 'name' : undefined

export function PublicForm({
  locale,
  spec,
  action,
  consentLabel,
  submitLabel,
  hidden,
  retry,
}: Props) {
  const w = words[locale]
  const values = retry?.values ?? {}
  const errors = retry?.errors ?? {}
  const id = (name: string) => `${spec.kind}-${name}`
  const names = [...spec.fields.map((field) => field.name), CONSENT]
  const ids = Object.fromEntries(names.map((name) => [name, id(name)]))
  return (
    <form className="public-form" method="post" action={localePath(locale, action)}>
      <ErrorSummary errors={errors} ids={ids} locale={locale} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {spec.fields.map((field: FormFieldSpec) =>
        field.choices ? (
          <ChoiceInput
            key={field.name}
            id={id(field.name)}
            name={field.name}
            legend={String(w[field.name as FieldName])}
            options={field.choices.map((value) => ({
              value,
              label: String(
                (w.choices[field.name as ChoiceName] as Record<string, string>)[value] ?? value,
              ),
            }))}
            value={values[field.name]}
            error={errors[field.name]}
            locale={locale}
          />
        ) : (
          <TextInput
            key={field.name}
            id={id(field.name)}
            name={field.name}
            label={String(w[field.name as FieldName])}
            maxLength={field.maxLength}
            multiline={field.multiline}
            hint={field.contact ? w.contactHint : undefined}
            autoComplete={autoComplete(field.name)}
            value={values[field.name]}
            error={errors[field.name]}
            required={!field.optionalWhen}
            locale={locale}
          />
        ),
      )}
      <ConsentBox
        id={id(CONSENT)}
        label={consentLabel}
        checked={values[CONSENT] === 'yes'}
        error={errors[CONSENT]}
      />
      <Honeypot id={id(HONEYPOT)} name={HONEYPOT} locale={locale} />
      <button type="submit">{submitLabel}</button>
    </form>
  )
}
