/**
 * Unsigned LEB128 varints (7 bits a byte, low group first, high bit set = more bytes follow), the
 * integers of Seismo's packed BLOBs (event record spans, mention lists), with length-prefixed UTF-8.
 */

const utf8 = new TextEncoder()
const fromUtf8 = new TextDecoder()

export class VarintWriter {
  private readonly out: number[] = []

  /** Throws on what is not a natural number (a bug upstream, never stored silently wrong). */
  uint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`varint value ${n} is not a natural number`)
    for (; n >= 0x80; n = Math.floor(n / 0x80)) this.out.push((n % 0x80) | 0x80)
    this.out.push(n)
    return this
  }

  /** A string as its UTF-8 byte length, then the bytes. */
  text(s: string): this {
    const bytes = utf8.encode(s)
    this.uint(bytes.length)
    for (const b of bytes) this.out.push(b)
    return this
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out)
  }
}

export class VarintReader {
  private i = 0
  constructor(private readonly data: Uint8Array) {}

  get done(): boolean {
    return this.i >= this.data.length
  }

  /** Bytes read so far: where a payload that follows the varints starts. */
  get offset(): number {
    return this.i
  }

  /** Throws on a truncated value. */
  uint(): number {
    let n = 0
    let scale = 1
    for (;;) {
      if (this.i >= this.data.length) throw new RangeError('truncated varint')
      const b = this.data[this.i++]
      n += (b & 0x7f) * scale
      if (b < 0x80) return n
      scale *= 0x80
    }
  }

  text(): string {
    const length = this.uint()
    if (this.i + length > this.data.length) throw new RangeError('truncated text')
    const s = fromUtf8.decode(this.data.subarray(this.i, this.i + length))
    this.i += length
    return s
  }
}
