'use client'
// Opens a native <dialog> as a modal while its component is mounted: the browser traps the focus
// and closes it on Escape. React removes it before the browser's own close could give the focus
// back, so the cleanup gives it back to the element that opened it.
import { type RefObject, useEffect } from 'react'

export const useModalDialog = (dialog: RefObject<HTMLDialogElement | null>) => {
  useEffect(() => {
    const element = dialog.current
    const opener = document.activeElement
    element?.showModal()
    return () => {
      element?.close()
      if (opener instanceof HTMLElement) opener.focus()
    }
  }, [dialog])
}
