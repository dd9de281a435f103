import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, fromBase64url, toBase64, toBase64url } from '../../src/lib/base64'

describe('base64 (on hono/utils/encode)', () => {
  it('round-trips any bytes, standard and unpadded url-safe', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes])
        const url = toBase64url(bytes)
        expect(url).toMatch(/^[A-Za-z0-9_-]*$/)
        expect([...(fromBase64url(url) ?? [])]).toEqual([...bytes])
      }),
    )
  })

  it('encodes only a view’s own bytes, not the whole buffer behind it', () => {
    const whole = new Uint8Array([1, 2, 3, 250, 251, 252, 9, 9])
    expect(toBase64(whole.subarray(3, 6))).toBe(toBase64(new Uint8Array([250, 251, 252])))
    expect(toBase64url(whole.subarray(3, 6))).toBe('-vv8')
  })

  it('matches the encodings other tools produce', () => {
    const bytes = new TextEncoder().encode('seismo?>')
    expect(toBase64(bytes)).toBe('c2Vpc21vPz4=')
    expect(toBase64url(bytes)).toBe('c2Vpc21vPz4')
  })

  it('refuses text that is not unpadded base64url instead of guessing', () => {
    for (const bad of ['a', 'ab=c', 'c2Vpc21vPz4=', 'ab+/', 'é']) expect(fromBase64url(bad), bad).toBeNull()
    expect(() => fromBase64('not base64!')).toThrow()
  })
})
