// Demo pictures drawn locally with sharp: calm abstract emblems, one colour per subject, so the
// seed needs no network and ships no binary files.
import sharp from 'sharp'

const hues = [0, 28, 200, 140, 260, 45, 175, 330]

export const emblemImage = async (index: number): Promise<Buffer> => {
  const hue = hues[index % hues.length] ?? 0
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,42%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,28%)"/>
    </linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/>
    <circle cx="600" cy="400" r="210" fill="none" stroke="hsl(45,90%,70%)" stroke-width="18"/>
    <path d="M600 250 L640 360 L755 360 L662 428 L698 540 L600 470 L502 540 L538 428 L445 360 L560 360 Z" fill="hsl(45,90%,70%)"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
