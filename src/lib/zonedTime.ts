// Wall-clock times in the district's time zone, whatever zone the browser is in: an editor in
// another province schedules "9:30" and means 9:30 in the district (LAUREL_TIME_ZONE).

/** `YYYY-MM-DDTHH:mm`, as a datetime-local input reads and writes it. */
export type WallTime = string

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** The wall-clock fields of an instant in a zone, read back as if that zone were UTC. */
const wallFieldsAsUtc = (instant: number, zone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value)
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  )
}

const offsetAt = (instant: number, zone: string) =>
  wallFieldsAsUtc(instant, zone) - Math.floor(instant / 1000) * 1000

/** The instant a wall-clock time in the zone names, or null for text that is not one. */
export const instantOf = (wallTime: WallTime, zone: string): Date | null => {
  const match = WALL_TIME.exec(wallTime)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  // The offset at the guess, then at the answer: one correction settles a change of summer time.
  const first = asUtc - offsetAt(asUtc, zone)
  const instant = asUtc - offsetAt(first, zone)
  return Number.isNaN(instant) ? null : new Date(instant)
}

/** The wall-clock time of an instant in the zone, as a datetime-local input shows it. */
export const wallTimeOf = (instant: Date, zone: string): WallTime =>
  new Date(wallFieldsAsUtc(instant.getTime(), zone)).toISOString().slice(0, 16)

/** An instant as a reader of the language writes it, with the year, in the zone. */
export const formatInZone = (instant: Date | string, zone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(
    new Date(instant),
  )

/** The zone's name in the language ("中国标准时间"), or its IANA name when Intl has none. */
export const zoneName = (zone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value ?? zone
