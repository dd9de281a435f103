/** Hex text of bytes and back (lower-case out, either case in), as SQL's hex() and unhex() read them. */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]]
  return out
}

/** Throws on text that is not an even number of hex digits. */
export function fromHex(text: string): Uint8Array {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) throw new TypeError('not hex text')
  const out = new Uint8Array(text.length / 2)
  for (let i = 0; i < out.length; i++)
    out[i] = (nibble(text.charCodeAt(2 * i)) << 4) | nibble(text.charCodeAt(2 * i + 1))
  return out
}

/** A checked hex digit's value: '0'-'9' are 48-57; 'a'-'f' 97-102 ('A'-'F' lower-cased by | 32). */
const nibble = (c: number) => (c <= 57 ? c - 48 : (c | 32) - 87)
