// The demo PDF stands in for a scanned notice, so it must print Chinese: the text comes back out of
// it as written, in a font every PDF reader supplies (nothing embedded).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { simplePdf } from '@/lib/simplePdf'

const lines = [
  '演示附件 Laurel demo attachment',
  '文号：区纪发〔2025〕11号',
  'Notice (2025) No. 11',
]
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('the demo PDF', () => {
  it('sets its text in STSong-Light with UniGB-UCS2-H, embedding no font', () => {
    const pdf = simplePdf(lines).toString('latin1')
    expect(pdf).toContain('/BaseFont /STSong-Light')
    expect(pdf).toContain('/Encoding /UniGB-UCS2-H')
    expect(pdf).not.toContain('Helvetica')
    expect(pdf).not.toMatch(/FontFile/)
    // 区纪发 as UTF-16 codes.
    expect(pdf).toContain('533a7eaa53d1')
  })

  it.runIf(hasPdftotext)('gives its Chinese text back to pdftotext (poppler)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-pdf-'))
    try {
      const file = path.join(dir, 'notice.pdf')
      fs.writeFileSync(file, simplePdf(lines))
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      expect(text.split('\n').slice(0, 3)).toEqual(lines)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
