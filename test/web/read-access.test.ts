import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../src/index'
import { READ_ACCESS_DAYS } from '../../src/limits'
import { READ_COOKIE } from '../../src/web/access'
import { ADMIN_TOKEN, ORIGIN } from '../helpers/http'
import { all, decode, resultTitles, seedFixtureFeeds } from './helpers'

/** A private Seismo: the same Worker and data, with READ_TOKEN set. */
const READ_TOKEN = 'read-token-for-tests'
const privateEnv = { ...env, READ_TOKEN }
const ctx = {
  waitUntil: () => {},
  passThroughOnException: () => {},
  props: {},
} as unknown as ExecutionContext

async function visit(path: string, init: RequestInit = {}, environment: object = privateEnv) {
  const headers = new Headers(init.headers)
  headers.set('accept-language', 'en')
  const res = await app.fetch(
    new Request(`${ORIGIN}${path}`, { ...init, headers, redirect: 'manual' }),
    environment,
    ctx,
  )
  return { status: res.status, html: await res.text(), res }
}

/** The cookie a browser would keep from a Set-Cookie answer, as it sends it back. */
function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? ''
  expect(set.startsWith(`${READ_COOKIE}=`), set).toBe(true)
  return set.split(';')[0]
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  visit(path, {
    method: 'POST',
    body: form(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
  })

beforeAll(() => seedFixtureFeeds())

describe('read access to the pages with READ_TOKEN set', () => {
  it('answers a page without access with a 401 page holding the form that grants it (a POST)', async () => {
    const { status, html, res } = await visit('/?q=missile')
    expect(status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="seismo"')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(resultTitles(html)).toEqual([])
    expect(html).toContain('<form method="post" action="/read-access"')
    expect(html).toContain('<input type="hidden" name="next" value="/?q=missile"/>')
    expect(html).toContain('type="password" id="read-token" name="token"')
  })

  it('takes ?token= once: a cookie (HttpOnly, Secure, SameSite=Strict, __Host-) and a redirect without it', async () => {
    const { status, res } = await visit(`/?q=missile&token=${READ_TOKEN}&lang=en`)
    expect(status).toBe(303)
    expect(res.headers.get('location')).toBe('/?q=missile&lang=en')
    const set = res.headers.get('set-cookie')!
    expect(set).toMatch(new RegExp(`^${READ_COOKIE}=[A-Za-z0-9_-]{43}; `))
    for (const attr of [
      'Path=/',
      `Max-Age=${READ_ACCESS_DAYS * 86400}`,
      'HttpOnly',
      'Secure',
      'SameSite=Strict',
    ])
      expect(set).toContain(attr)
    // The cookie is a MAC of the token, not the token: it opens pages, nothing else.
    expect(set).not.toContain(READ_TOKEN)
    const cookie = cookieOf(res)
    const after = await visit('/?q=missile&lang=en', { headers: { cookie } })
    expect(after.status).toBe(200)
    expect(resultTitles(after.html).length).toBeGreaterThan(2)
    // No link of the page carries the token.
    expect(after.html).not.toMatch(/[?&;]token=/)
    expect(after.html).not.toContain(READ_TOKEN)
    const id = after.html.match(/href="\/articles\/(\d+)"/)![1]
    expect((await visit(`/articles/${id}`, { headers: { cookie } })).status).toBe(200)
    expect((await visit(`/articles/${id}`)).status).toBe(401)
  })

  it('accepts the token through the form, going back to the page it came from (a local path only)', async () => {
    const ok = await post('/read-access', { token: READ_TOKEN, next: '/?actor=north-korea' })
    expect(ok.status).toBe(303)
    expect(ok.res.headers.get('location')).toBe('/?actor=north-korea')
    const cookie = cookieOf(ok.res)
    expect((await visit('/?actor=north-korea', { headers: { cookie } })).status).toBe(200)
    const away = await post('/read-access', { token: READ_TOKEN, next: '//evil.example/' })
    expect(away.res.headers.get('location')).toBe('/')
    // The admin token opens reads too (as on the API); the cookie is still only read access.
    const admin = await post('/read-access', { token: ADMIN_TOKEN, next: '/' })
    expect(cookieOf(admin.res)).toBe(cookie)
  })

  it('refuses a wrong token, a form posted from another site, and a cookie of a rotated READ_TOKEN', async () => {
    const wrong = await visit('/?token=nope')
    expect(wrong.status).toBe(401)
    expect(wrong.res.headers.get('set-cookie')).toBeNull()
    expect(decode(wrong.html)).toContain('This token was refused.')
    const wrongForm = await post('/read-access', { token: 'nope', next: '/' })
    expect(wrongForm.status).toBe(401)
    expect(wrongForm.res.headers.get('set-cookie')).toBeNull()
    const crossSite = await post(
      '/read-access',
      { token: READ_TOKEN, next: '/' },
      { origin: 'https://evil.example' },
    )
    expect(crossSite.status).toBe(400)
    expect(crossSite.res.headers.get('set-cookie')).toBeNull()
    const cookie = cookieOf((await visit(`/?token=${READ_TOKEN}`)).res)
    const rotated = await visit('/', { headers: { cookie } }, { ...env, READ_TOKEN: 'the-next-token' })
    expect(rotated.status).toBe(401)
    const forged = await visit('/', { headers: { cookie: `${READ_COOKIE}=${READ_TOKEN}` } })
    expect(forged.status).toBe(401)
  })

  it('opens pages only: the API, the feeds and the admin pages ignore the cookie', async () => {
    const cookie = cookieOf((await visit(`/?token=${READ_TOKEN}`)).res)
    for (const path of ['/api/search?q=missile', '/api/trends', '/rss.xml?q=missile', '/feed.json']) {
      const { status } = await visit(path, { headers: { cookie } })
      expect(status, path).toBe(401)
    }
    const watches = await visit('/watches', { headers: { cookie } })
    expect(watches.html).toContain('data-admin-gate')
    // A bearer header still opens the pages (curl, scripts).
    expect((await visit('/?q=missile', { headers: { authorization: `Bearer ${READ_TOKEN}` } })).status).toBe(
      200,
    )
    expect((await visit('/', { headers: { authorization: 'Bearer nope' } })).status).toBe(401)
  })

  it('gives feed URLs without the token unless the reader asks, and never keeps those pages in a cache', async () => {
    const cookie = cookieOf((await visit(`/?token=${READ_TOKEN}`)).res)
    const plain = await visit('/?q=missile&actor=japan', { headers: { cookie } })
    expect(plain.html).toContain('value="https://seismo.test/rss.xml?q=missile&amp;actor=japan"')
    const ask = decode(plain.html.match(/<a href="([^"]*feed_token=1[^"]*)"/)![1])
    expect(ask).toBe('/?q=missile&actor=japan&feed_token=1')
    const asked = await visit(ask, { headers: { cookie } })
    expect(asked.res.headers.get('cache-control')).toBe('no-store')
    for (const path of ['rss.xml', 'atom.xml', 'feed.json'])
      expect(asked.html).toContain(
        `value="https://seismo.test/${path}?q=missile&amp;actor=japan&amp;token=${READ_TOKEN}"`,
      )
    // The head's alternates and every link of the page stay without it.
    expect(
      all(asked.html, /<link rel="alternate"[^>]* href="([^"]+)"/g).every((h) => !h.includes('token')),
    ).toBe(true)
    expect(all(asked.html, /href="([^"]+)"/g).filter((h) => h.includes(READ_TOKEN))).toEqual([])
    // The feed URL it gave works in a feed reader (no header, no cookie).
    const feed = await visit(`/rss.xml?q=missile&actor=japan&token=${READ_TOKEN}`)
    expect(feed.status).toBe(200)
    // Without READ_TOKEN there is nothing to ask for.
    const open = await visit('/?q=missile&feed_token=1', {}, env)
    expect(open.html).not.toMatch(/[?&;]token=/)
  })

  it('offers a same-site link on a page opened from another site, and forgets the token on request', async () => {
    const fromLink = await visit('/?q=missile', { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(fromLink.status).toBe(401)
    expect(fromLink.html).toContain('<a href="/?q=missile">open the page here</a>')
    expect((await visit('/?q=missile')).html).not.toContain('open the page here')
    const cookie = cookieOf((await visit(`/?token=${READ_TOKEN}`)).res)
    const page = await visit('/', { headers: { cookie } })
    expect(page.html).toContain('<form method="post" action="/read-access/forget">')
    const forget = await post('/read-access/forget', {}, { cookie })
    expect(forget.status).toBe(303)
    expect(forget.res.headers.get('set-cookie')).toMatch(new RegExp(`^${READ_COOKIE}=; Path=/; Max-Age=0`))
  })

  it('changes nothing without READ_TOKEN: pages open, no cookie, the form route goes back', async () => {
    expect((await visit('/?q=missile', {}, env)).status).toBe(200)
    const res = await visit(`/?token=${READ_TOKEN}`, {}, env)
    expect(res.status).toBe(200)
    expect(res.res.headers.get('set-cookie')).toBeNull()
  })
})
