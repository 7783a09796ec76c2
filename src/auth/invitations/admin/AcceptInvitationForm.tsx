'use client'
// Payload's own form pieces, so that a refused password shows under its field and an unusable link
// as the admin's error notice, exactly as on Payload's reset page.
import {
  ConfirmPasswordField,
  Form,
  FormSubmit,
  HiddenField,
  PasswordField,
  toast,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import type { InvitationWords } from './words'

type Props = { token: string; words: InvitationWords }

export const AcceptInvitationForm = ({ token, words }: Props) => {
  const router = useRouter()
  return (
    <Form
      action="/api/users/accept-invitation"
      method="POST"
      initialState={{
        password: { initialValue: '', valid: false, value: '' },
        'confirm-password': { initialValue: '', valid: false, value: '' },
        token: { initialValue: token, valid: true, value: token },
      }}
      onSuccess={() => {
        toast.success(words.done)
        router.push('/admin/login')
      }}
    >
      <div className="inputWrap">
        <PasswordField
          field={{ name: 'password', label: words.password, required: true }}
          path="password"
          schemaPath="users.password"
          autoComplete="new-password"
        />
        <ConfirmPasswordField />
        <HiddenField path="token" schemaPath="users.token" value={token} />
      </div>
      <FormSubmit size="large">{words.submit}</FormSubmit>
    </Form>
  )
}
