// The district's time zone: the one clock by which the admin schedules and the public site dates
// what it shows (a notice's date, the end of a public-notice period, a search result's year).
// LAUREL_TIME_ZONE names another IANA zone; a name Intl does not know stops the server at start.
const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

const knownZone = (name: string): string => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return name
  } catch {
    throw new Error(`LAUREL_TIME_ZONE="${name}" is not a time zone (e.g. Asia/Shanghai).`)
  }
}

/** Read on the server; in the browser (no such variable) it is the default. */
export const timeZone = knownZone(process.env.LAUREL_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE)
