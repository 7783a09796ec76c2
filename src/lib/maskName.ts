// A person who has not consented to publication is shown by a masked name: the family name
// (the first character) stays, the rest becomes asterisks.
export const maskName = (name: string): string => {
  const characters = Array.from(name.trim())
  if (characters.length === 0) return ''
  const [first, ...rest] = characters
  return first + rest.map((character) => (character === ' ' ? ' ' : '*')).join('')
}
