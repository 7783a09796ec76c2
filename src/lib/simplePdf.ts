// Writes a small, valid one-page PDF with a few lines of text, Chinese included. The demo seed and
// the tests use it to stand in for a scanned notice without shipping binary files. The text is set
// in STSong-Light, one of the CJK fonts every PDF reader must supply itself, so no font file is
// embedded; its encoding UniGB-UCS2-H takes each character as its UTF-16 code. A ToUnicode map
// (the identity) lets readers copy and search the text without CJK character tables of their own.

/** Each character as a 16-bit code; outside the Basic Multilingual Plane it becomes `?`. */
const ucs2Hex = (line: string) =>
  Array.from(line)
    .map((char) => {
      const code = char.codePointAt(0) ?? 0x3f
      return (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0')
    })
    .join('')

const hexByte = (byte: number) => byte.toString(16).padStart(2, '0')

// One range per high byte (a CMap range may only vary in its last byte), skipping surrogates.
const highBytes = Array.from({ length: 256 }, (_, byte) => byte).filter(
  (byte) => byte < 0xd8 || byte > 0xdf,
)

const toUnicodeCMap = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
  '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
  '1 begincodespacerange <0000> <FFFF> endcodespacerange',
  // At most 100 entries per block.
  ...Array.from({ length: Math.ceil(highBytes.length / 100) }, (_, block) => {
    const bytes = highBytes.slice(block * 100, block * 100 + 100)
    return [
      `${bytes.length} beginbfrange`,
      ...bytes.map((b) => `<${hexByte(b)}00> <${hexByte(b)}ff> <${hexByte(b)}00>`),
      'endbfrange',
    ].join('\n')
  }),
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n')

const stream = (content: string) =>
  `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`

export const simplePdf = (lines: string[]): Buffer => {
  const content = [
    'BT /F1 14 Tf 72 760 Td 22 TL',
    ...lines.map((line) => `<${ucs2Hex(line)}> '`),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream(content),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
    // CIDs 1–95 are the proportional Latin letters, digits and signs: half as wide as a hanzi.
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    stream(toUnicodeCMap),
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, index) => {
    const offset = Buffer.byteLength(pdf, 'latin1')
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}
