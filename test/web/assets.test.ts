import { describe, expect, it } from 'vitest'
import { ASSETS } from '../../src/web/assets'
import { call } from '../helpers/http'

/** The budget: all JavaScript plus all CSS a page loads, gzipped. */
const BUDGET_GZIP_BYTES = 50 * 1024

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return (await new Response(stream).arrayBuffer()).byteLength
}

describe('the web app assets', () => {
  it('are one script and one stylesheet under 50 KB gzipped together', async () => {
    const js = await gzipSize(ASSETS.js.body)
    const css = await gzipSize(ASSETS.css.body)
    console.log(
      `web assets: app.js ${ASSETS.js.body.length} B (${js} B gzip), app.css ${ASSETS.css.body.length} B (${css} B gzip), total ${js + css} B gzip`,
    )
    expect(js + css).toBeLessThan(BUDGET_GZIP_BYTES)
  })

  it('are served under content-hashed names, cached for a year', async () => {
    for (const a of [ASSETS.css, ASSETS.js]) {
      expect(a.path).toMatch(/^\/assets\/app\.[0-9a-f]{8}\.(css|js)$/)
      const res = await call(a.path, { token: null })
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await res.text()).toBe(a.body)
    }
    expect((await call(ASSETS.css.path, { token: null })).headers.get('content-type')).toMatch(/^text\/css/)
    expect((await call(ASSETS.js.path, { token: null })).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    )
  })

  it("answer an old hash with today's file, not cached, and anything else with 404", async () => {
    const old = await call('/assets/app.00000000.css', { token: null })
    expect(old.status).toBe(200)
    expect(old.headers.get('cache-control')).toBe('no-cache')
    expect((await call('/assets/other.js', { token: null })).status).toBe(404)
    expect((await call('/assets/app.00000000.css.map', { token: null })).status).toBe(404)
  })

  it('are what every page links, and nothing from another origin is', async () => {
    const html = await (await call('/', { token: null })).text()
    expect(html).toContain(`<link rel="stylesheet" href="${ASSETS.css.path}"/>`)
    expect(html).toContain(`<script src="${ASSETS.js.path}" defer=""></script>`)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!seismo\.test)/)
  })
})
