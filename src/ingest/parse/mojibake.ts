/**
 * Double-encoded UTF-8 ("mojibake"): text that was UTF-8, read once as windows-1252 and
 * stored again as UTF-8, so "…" shows as "â€¦" and "é" as "Ã©". Publishers' databases do
 * this to single fields while the rest of the feed is fine, so it is repaired per field.
 *
 * Only when the WHOLE field decodes cleanly the second time: every character must map back to
 * one windows-1252 byte, and those bytes must be valid UTF-8. A field that mixes real
 * non-Latin text (Hangul, a correct "…") with mojibake, or plain Latin-1 text ("Café", whose
 * bytes are not UTF-8), is left exactly as it is.
 */

/** A UTF-8 lead byte followed by a continuation byte, both as windows-1252 characters. */
const MOJIBAKE_RE =
  // long line: one character class listing every windows-1252 continuation; split, it would be two.
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/

/** windows-1252 bytes 0x80-0x9F, by the character they stand for. */
const CP1252_HIGH = new Map<number, number>(
  [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
    0x0153, 0, 0x017e, 0x0178,
  ].flatMap((code, i): [number, number][] => (code ? [[code, 0x80 + i]] : [])),
)

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

export function repairMojibake(text: string): string {
  if (!MOJIBAKE_RE.test(text)) return text
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const byte = code <= 0xff ? code : CP1252_HIGH.get(code)
    if (byte === undefined) return text
    bytes[i] = byte
  }
  try {
    return utf8.decode(bytes)
  } catch {
    return text
  }
}
