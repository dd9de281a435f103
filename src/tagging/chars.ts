/**
 * Character classes and the folding table used by normalisation, built once per isolate.
 * Working on UTF-16 code units with typed-array lookups keeps the matcher's inner loop free of
 * regular expressions and string allocation.
 */

export const C_OTHER = 0
export const C_LATIN = 1 // letters of Latin/Greek/Cyrillic scripts (word characters)
export const C_DIGIT = 2
export const C_HANGUL = 3
export const C_CJK = 4 // Han ideographs (北, 中, 美 ... used as headline abbreviations)
export const C_SPACE = 5
export const C_NEWLINE = 6
export const C_DOT = 7 // middle dots: 북·러, 한·미·일
export const C_HYPHEN = 8

export const SPACE = 0x20
export const HYPHEN = 0x2d
export const APOSTROPHE = 0x27
export const QUOTE = 0x22
export const PERIOD = 0x2e

let classTable: Uint8Array | null = null
let foldTable: Uint16Array | null = null

function build(): void {
  const cls = new Uint8Array(65536)
  const fold = new Uint16Array(65536)
  for (let c = 0; c < 65536; c++) fold[c] = c
  for (let c = 0x30; c <= 0x39; c++) cls[c] = C_DIGIT
  // Letters below Arabic: lower-case them through the platform once (Latin, Greek, Cyrillic).
  for (let c = 0x41; c < 0x0530; c++) {
    if (c >= 0x5b && c <= 0x60) continue
    if (c >= 0x7b && c <= 0xbf) continue
    if (c === 0xd7 || c === 0xf7) continue
    const ch = String.fromCharCode(c)
    const lower = ch.toLowerCase()
    if (lower !== ch.toUpperCase() || /\p{L}/u.test(ch)) {
      cls[c] = C_LATIN
      if (lower.length === 1) fold[c] = lower.charCodeAt(0)
    }
  }
  for (let c = 0xac00; c <= 0xd7a3; c++) cls[c] = C_HANGUL
  for (let c = 0x1100; c <= 0x11ff; c++) cls[c] = C_HANGUL
  for (let c = 0x3131; c <= 0x318e; c++) cls[c] = C_HANGUL
  for (let c = 0x4e00; c <= 0x9fff; c++) cls[c] = C_CJK
  for (let c = 0x3400; c <= 0x4dbf; c++) cls[c] = C_CJK
  for (let c = 0xf900; c <= 0xfaff; c++) cls[c] = C_CJK
  // Full-width ASCII (Ｇ７, ＵＮ) folds to ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ascii = c - 0xfee0
    fold[c] = ascii
    cls[c] = cls[ascii]
    if (ascii >= 0x41 && ascii <= 0x5a) fold[c] = ascii + 32
  }
  for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b]) {
    cls[c] = C_SPACE
    fold[c] = SPACE
  }
  for (let c = 0x2000; c <= 0x200a; c++) {
    cls[c] = C_SPACE
    fold[c] = SPACE
  }
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) {
    cls[c] = C_NEWLINE
    fold[c] = SPACE
  }
  for (const c of [0xb7, 0x318d, 0x30fb, 0x2027, 0x2219, 0x22c5, 0xff65]) {
    cls[c] = C_DOT
    fold[c] = 0xb7
  }
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]) {
    cls[c] = C_HYPHEN
    fold[c] = HYPHEN
  }
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x0060, 0x00b4]) fold[c] = APOSTROPHE
  for (const c of [0x201c, 0x201d, 0x201e, 0x2033, 0x00ab, 0x00bb]) fold[c] = QUOTE
  classTable = cls
  foldTable = fold
}

export function charClass(): Uint8Array {
  if (!classTable) build()
  return classTable!
}

export function foldCase(): Uint16Array {
  if (!foldTable) build()
  return foldTable!
}

/** Folding without lower-casing (for case-sensitive forms): spaces, dashes, quotes only. */
export function foldKeepCase(c: number): number {
  return charClass()[c] === C_LATIN ? c : foldCase()[c]
}
