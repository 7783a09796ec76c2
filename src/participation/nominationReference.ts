// Every nomination is answered with a reference number (TM-2026-483921) that the sender can quote
// when they ask about it and that editors find it by. The serial is random, not counted, so a
// number says nothing about how many nominations the office receives or which came before.
import { randomInt } from 'node:crypto'

export const REFERENCE_PATTERN = /^TM-\d{4}-\d{6}$/

/** The year of Beijing time, the office's own calendar. */
const yearAt = (now: Date) =>
  new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(now)

export const newReference = (now = new Date()) =>
  `TM-${yearAt(now)}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
