'use client'
// The current password typed as a password: hidden characters, and the browser's password manager
// offers the saved one.
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

export const CurrentPasswordInput = (props: TextFieldClientProps) => (
  <PasswordField {...props} autoComplete="current-password" />
)
