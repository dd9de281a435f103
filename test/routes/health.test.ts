import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

describe('GET /health', () => {
  it('answers ok with counts from a freshly migrated database', async () => {
    const res = await SELF.fetch('https://seismo.test/health')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    const body = await res.json<{ ok: boolean; version: string; articles: number; feeds: number }>()
    expect(body).toMatchObject({ ok: true, articles: 0, feeds: 0 })
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('answers unknown routes with the JSON error envelope', async () => {
    const res = await SELF.fetch('https://seismo.test/nope')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })
})
