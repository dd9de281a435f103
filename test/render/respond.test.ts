import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { newApp } from '../../src/app'
import { declareRoute } from '../../src/lib/access'
import { publicBaseUrl, publicQuery } from '../../src/render/links'
import { renderFeedResponse } from '../../src/render/respond'
import { newestMatch } from '../../src/search/find'
import type { Filter } from '../../src/search/types'
import { seedArticles, seedFeed } from './seed'

const T0 = Date.UTC(2026, 10, 3, 12, 0)
const filter: Filter = { actors: [['ukraine']], events: [], feeds: [], langs: [] }

/** env.DB that counts the statements prepared through it. */
function countingDb(): { db: D1Database; count: () => number } {
  let n = 0
  const db = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          n++
          return target.prepare(sql)
        }
      }
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { db, count: () => n }
}

/** A one-route app serving a watch-style feed through renderFeedResponse (cacheKey: the watch's state). */
function watchApp(cacheKey = 'watch:7:v1') {
  const app = newApp()
  declareRoute(app, 'GET', '/watches/7/atom.xml', { access: 'read' })
  app.get('/watches/7/atom.xml', (c) =>
    renderFeedResponse(c, 'atom', filter, {
      title: 'Watch: <Ukraine>',
      selfPath: '/watches/7/atom.xml',
      cacheKey,
    }),
  )
  return app
}

beforeAll(async () => {
  await seedFeed(1, 'World News')
  await seedArticles([{ id: 5001, feedId: 1, title: 'Kyiv update', publishedAt: T0, actors: ['ukraine'] }])
})

describe('renderFeedResponse', () => {
  it('answers a 304 after the newest-match query alone: no article rows are read', async () => {
    const app = watchApp()
    const first = await app.request('https://seismo.test/watches/7/atom.xml', {}, env)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!

    const onlyNewest = countingDb()
    await newestMatch(onlyNewest.db, filter)

    const conditional = countingDb()
    const res = await app.request(
      'https://seismo.test/watches/7/atom.xml',
      { headers: { 'if-none-match': etag } },
      { ...env, DB: conditional.db },
    )
    expect(res.status).toBe(304)
    expect(conditional.count()).toBe(onlyNewest.count())

    const full = countingDb()
    await app.request('https://seismo.test/watches/7/atom.xml', {}, { ...env, DB: full.db })
    expect(full.count()).toBeGreaterThan(onlyNewest.count())
  })

  it("uses the caller's title, self path and cache key", async () => {
    const app = watchApp()
    const res = await app.request('https://seismo.test/watches/7/atom.xml?token=secret', {}, env)
    const body = await res.text()
    expect(body).toContain('<title type="text">Watch: &lt;Ukraine&gt;</title>')
    expect(body).toContain(
      '<link rel="self" type="application/atom+xml" href="https://seismo.test/watches/7/atom.xml"/>',
    )
    const renamed = await watchApp('watch:7:v2').request('https://seismo.test/watches/7/atom.xml', {}, env)
    expect(renamed.headers.get('etag')).not.toBe(res.headers.get('etag'))
  })

  it('marks the feed private and varies on Authorization when READ_TOKEN is set', async () => {
    const res = await watchApp().request(
      'https://seismo.test/watches/7/atom.xml',
      { headers: { authorization: 'Bearer r' } },
      { ...env, READ_TOKEN: 'r' },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/^private, /)
    expect(res.headers.get('vary')).toBe('Accept-Encoding, Authorization')
  })

  it('builds self links on PUBLIC_URL, whatever host the request used', async () => {
    const res = await watchApp().request('https://worker.internal.example/watches/7/atom.xml', {}, env)
    expect(await res.text()).toContain('href="https://seismo.test/watches/7/atom.xml"')
    const noPublic = await watchApp().request(
      'https://worker.internal.example/watches/7/atom.xml',
      {},
      { ...env, PUBLIC_URL: undefined },
    )
    expect(await noPublic.text()).toContain('href="https://worker.internal.example/watches/7/atom.xml"')
  })
})

describe('links', () => {
  it('publicBaseUrl prefers a valid PUBLIC_URL (path prefix kept, trailing slash dropped), else the request origin', () => {
    expect(
      publicBaseUrl({ PUBLIC_URL: 'https://news.example/seismo/' }, 'http://127.0.0.1:8787/rss.xml'),
    ).toBe('https://news.example/seismo')
    expect(publicBaseUrl({ PUBLIC_URL: 'javascript:alert(1)' }, 'http://127.0.0.1:8787/rss.xml')).toBe(
      'http://127.0.0.1:8787',
    )
    expect(publicBaseUrl({ PUBLIC_URL: 'not a url' }, 'http://127.0.0.1:8787/rss.xml')).toBe(
      'http://127.0.0.1:8787',
    )
    expect(publicBaseUrl({}, 'http://127.0.0.1:8787/rss.xml?x=1')).toBe('http://127.0.0.1:8787')
  })

  it('publicQuery keeps the filter and drops the read token', () => {
    expect(publicQuery('https://s.test/rss.xml?actor=a&token=t&actor=b')).toBe('actor=a&actor=b')
    expect(publicQuery('https://s.test/rss.xml?token=t')).toBe('')
  })
})
