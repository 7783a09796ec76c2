// A link the footer shows (the registration look-ups): only a plain http(s) address is accepted,
// so no `javascript:` or other scheme can reach a public page.
import type { TextField } from 'payload'

type Label = { zh: string; en: string }

export const isWebAddress = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

export const webAddress = (name: string, label: Label): TextField => ({
  name,
  type: 'text',
  label,
  validate: (value: unknown) =>
    isWebAddress(value) ||
    '请填写以 http:// 或 https:// 开头的网址 / Enter an address starting with http:// or https://',
})
