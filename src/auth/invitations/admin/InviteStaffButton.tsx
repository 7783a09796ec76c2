'use client'
// The "invite staff" button above the users list; the dialog exists only while it is open.
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { InviteDialog } from './InviteDialog'
import { inviteWords } from './inviteWords'

export const InviteStaffButton = ({ language }: { language: 'zh' | 'en' }) => {
  const [open, setOpen] = useState(false)
  const words = inviteWords[language]
  return (
    <div className="invite-staff">
      <Button buttonStyle="secondary" size="medium" type="button" onClick={() => setOpen(true)}>
        {words.open}
      </Button>
      {open ? (
        <InviteDialog language={language} words={words} onClose={() => setOpen(false)} />
      ) : null}
    </div>
  )
}
