// Demo pictures drawn locally with sharp, so the seed needs no network and ships no binary files:
// a head-and-shoulders silhouette for each consenting person (no real face), a calm landscape of
// hills, fields and rooftops for stories and units, and the district's emblem for the masthead.
import sharp from 'sharp'

const hues = [0, 28, 200, 140, 260, 45, 175, 330]
const hueOf = (index: number) => hues[index % hues.length] ?? 0

const jpeg = (svg: string) => sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()

/** 900 × 1200: a silhouette on a soft studio background, head in the upper third. */
export const portraitImage = (index: number): Promise<Buffer> => {
  const hue = hueOf(index)
  return jpeg(`<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200">
    <defs><radialGradient id="b" cx="0.5" cy="0.35" r="0.8">
      <stop offset="0" stop-color="hsl(${hue},30%,88%)"/><stop offset="1" stop-color="hsl(${hue},35%,62%)"/>
    </radialGradient></defs>
    <rect width="900" height="1200" fill="url(#b)"/>
    <path d="M130 1200 C150 930 290 820 450 820 C610 820 750 930 770 1200 Z" fill="hsl(220,25%,24%)"/>
    <path d="M390 820 L450 930 L510 820 Z" fill="#f4f1ea"/>
    <rect x="400" y="690" width="100" height="140" rx="40" fill="hsl(28,35%,62%)"/>
    <ellipse cx="450" cy="560" rx="150" ry="180" fill="hsl(28,40%,70%)"/>
    <path d="M300 540 C300 400 380 360 450 360 C540 360 610 410 605 540 C570 470 520 450 450 450 C380 450 330 480 300 540 Z" fill="hsl(20,20%,18%)"/>
  </svg>`)
}

/** 1600 × 900: hills, terraced fields and a row of roofs under a morning sky. */
export const sceneImage = (index: number): Promise<Buffer> => {
  const hue = hueOf(index + 3)
  const roofs = Array.from({ length: 7 }, (_, i) => {
    const x = 180 + i * 190 + ((index * 37) % 60)
    return `<path d="M${x} 700 L${x + 70} 640 L${x + 140} 700 Z" fill="hsl(0,45%,38%)"/><rect x="${x + 15}" y="700" width="110" height="80" fill="#efe9dc"/>`
  }).join('')
  return jpeg(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,78%)"/><stop offset="1" stop-color="hsl(45,80%,90%)"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#s)"/>
    <circle cx="${1200 - (index % 4) * 180}" cy="220" r="90" fill="hsl(40,95%,72%)"/>
    <path d="M0 560 C300 380 520 470 800 420 C1100 360 1300 470 1600 400 L1600 900 L0 900 Z" fill="hsl(150,28%,46%)"/>
    <path d="M0 680 C360 590 700 660 1000 610 C1250 570 1450 630 1600 600 L1600 900 L0 900 Z" fill="hsl(110,35%,52%)"/>
    ${roofs}
    <path d="M0 800 C400 760 800 820 1600 770 L1600 900 L0 900 Z" fill="hsl(95,40%,40%)"/>
  </svg>`)
}

/** 512 × 512: the emblem of the fictional district, a gold star in a ring on the column's red. */
export const emblemImage = (): Promise<Buffer> =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512">
    <circle cx="256" cy="256" r="250" fill="#a4161a"/>
    <circle cx="256" cy="256" r="200" fill="none" stroke="#f6d36b" stroke-width="16"/>
    <path d="M256 112 L290 212 L396 212 L310 274 L344 376 L256 314 L168 376 L202 274 L116 212 L222 212 Z" fill="#f6d36b"/>
  </svg>`),
  )
    .png()
    .toBuffer()
