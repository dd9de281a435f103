import { afterEach, describe, expect, it, vi } from 'vitest'
import { bearer, tokenMatches } from '../../src/lib/auth'

afterEach(() => vi.restoreAllMocks())

const TOKEN = 'admin-7c1f0e9a5b3d4c2e8f6a0b1c'

describe('tokenMatches', () => {
  it('matches the token only: not a prefix, an extension, another case, or anything when unset', async () => {
    expect(await tokenMatches(TOKEN, TOKEN)).toBe(true)
    for (const got of [TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), '', ' '])
      expect(await tokenMatches(got, TOKEN), JSON.stringify(got)).toBe(false)
    expect(await tokenMatches(null, TOKEN)).toBe(false)
    expect(await tokenMatches('', '')).toBe(false) // an unset secret never matches
    expect(await tokenMatches('anything', undefined)).toBe(false)
  })

  it('does the same work wherever a wrong token first differs (no early exit to time)', async () => {
    const work = async (got: string) => {
      const spy = vi.spyOn(String.prototype, 'charCodeAt')
      await tokenMatches(got, TOKEN)
      const n = spy.mock.calls.length
      spy.mockRestore()
      return n
    }
    const first = await work(`X${TOKEN.slice(1)}`)
    const last = await work(`${TOKEN.slice(0, -1)}X`)
    expect(first).toBeGreaterThanOrEqual(TOKEN.length) // every character is compared
    expect(last).toBe(first)
    expect(await work(TOKEN)).toBe(first)
  })
})

describe('bearer', () => {
  it('reads the token of an Authorization: Bearer header, any case, and nothing else', () => {
    expect(bearer(`Bearer ${TOKEN}`)).toBe(TOKEN)
    expect(bearer(`bearer   ${TOKEN} `)).toBe(TOKEN)
    expect(bearer(`Basic ${TOKEN}`)).toBeNull()
    expect(bearer(undefined)).toBeNull()
  })
})
