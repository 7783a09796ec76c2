// The masthead's two line icons, drawn inline (no icon font, no request). They sit beside a word
// that names them, so they are hidden from assistive technology.
const paths = {
  search:
    'M10.5 3a7.5 7.5 0 0 1 5.9 12.1l4.8 4.8-1.4 1.4-4.8-4.8A7.5 7.5 0 1 1 10.5 3zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z',
  menu: 'M3 5h18v2H3zm0 6h18v2H3zm0 6h18v2H3z',
} as const

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} fill="currentColor" />
    </svg>
  )
}
