import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { FEED_ITEM_LIMIT, FEED_MAX_AGE_SECONDS } from '../../src/limits'
import { type XmlNode as Node, parseFeedXml, text } from '../helpers/feed-xml'
import { seedArticles, seedFeed } from './seed'

const ORIGIN = 'https://seismo.test'
const T0 = Date.UTC(2026, 10, 2, 8, 0)
const MIN = 60_000

const get = (path: string, headers: Record<string, string> = {}) =>
  SELF.fetch(`${ORIGIN}${path}`, { headers })

async function xml(path: string): Promise<{ res: Response; doc: Node; body: string }> {
  const res = await get(path)
  const body = await res.text()
  expect(res.status, body).toBe(200)
  return { res, doc: parseFeedXml(body), body }
}

async function rssItems(
  path: string,
): Promise<{ channel: Node; items: Node[]; res: Response; body: string }> {
  const { res, doc, body } = await xml(path)
  const channel = (doc.rss as Node).channel as Node
  return { channel, items: (channel.item as Node[] | undefined) ?? [], res, body }
}

/** A real (unescaped) link-bearing attribute whose value is not http(s); escaped text mentioning one is inert. */
const UNSAFE_LINK = /\s(?:href|src|url)=["']\s*(?:javascript|data|vbscript):/i

const articleIdOf = (guid: unknown) => text(guid).replace(/^tag:seismo\.test,2026:article:/, '')

beforeAll(async () => {
  await seedFeed(1, 'World News')
  await seedFeed(2, 'Korea Daily')
  await seedArticles([
    {
      id: 1001,
      feedId: 1,
      title: 'Russia and North Korea sign arms deal',
      summary: 'Moscow will receive artillery shells from Pyongyang.\n\nAnalysts expect more deliveries.',
      author: 'Jane Doe',
      imageUrl: 'https://img.news.example/1001.jpg',
      publishedAt: T0,
      fetchedAt: T0 + 5 * MIN,
      actors: ['russia', 'north-korea'],
      events: ['arms-trade'],
    },
    {
      id: 1002,
      feedId: 1,
      title: 'China faces new sanctions',
      publishedAt: T0 + MIN,
      actors: ['china'],
      events: ['sanctions'],
    },
    {
      id: 1003,
      feedId: 2,
      title: '북한, 미사일 발사',
      summary: '북한이 동해상으로 탄도미사일을 발사했다.',
      lang: 'ko',
      publishedAt: T0 + 2 * MIN,
      actors: ['north-korea'],
      events: ['missile-launch'],
    },
    {
      id: 1004,
      feedId: 2,
      title: '<script>alert(1)</script> ]]> \u0000 Japan onload=alert(1)',
      summary:
        '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a> ]]> data:text/html,<svg/onload=alert(1)>',
      url: 'javascript:alert(1)',
      author: '"><script>alert(1)</script>',
      imageUrl: 'data:text/html;base64,PHNjcmlwdD4=',
      publishedAt: T0 + 3 * MIN,
      actors: ['japan'],
    },
  ])
})

describe('GET /rss.xml', () => {
  it('answers valid RSS 2.0 whose channel title describes the filter', async () => {
    const { channel, items, res } = await rssItems('/rss.xml?actor=russia&actor=north-korea&event=arms-trade')
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(channel.title).toBe('Seismo: russia + north-korea · arms-trade')
    expect(channel.link).toBe(
      `${ORIGIN}/api/search?actor=north-korea&actor=russia&event=arms-trade&sort=date`,
    )
    expect(text(channel.description)).not.toBe('')
    expect(channel['atom:link']).toMatchObject({
      '@_rel': 'self',
      '@_href': `${ORIGIN}/rss.xml?actor=russia&actor=north-korea&event=arms-trade`,
      '@_type': 'application/rss+xml',
    })
    expect(items.map((i) => articleIdOf(i.guid))).toEqual(['1001'])
  })

  it('gives items a non-permalink guid, an RFC 822 pubDate and actor/event slugs as categories', async () => {
    const { items } = await rssItems('/rss.xml?actor=russia')
    const [item] = items
    expect(item.guid).toEqual({ '#text': 'tag:seismo.test,2026:article:1001', '@_isPermaLink': 'false' })
    expect(String(item.pubDate)).toBe('Mon, 02 Nov 2026 08:00:00 GMT')
    expect(Date.parse(String(item.pubDate))).toBe(T0)
    expect((item.category as Node[]).map((c) => [c['#text'], c['@_domain']])).toEqual([
      ['russia', `${ORIGIN}/api/taxonomy#actors`],
      ['north-korea', `${ORIGIN}/api/taxonomy#actors`],
      ['arms-trade', `${ORIGIN}/api/taxonomy#events`],
    ])
    expect(item['dc:creator']).toBe('Jane Doe')
    expect(item.source).toEqual({ '#text': 'World News', '@_url': `${ORIGIN}/rss.xml?feed=1` })
  })

  it('lists the newest articles first and honours comma = OR', async () => {
    const { items, channel } = await rssItems('/rss.xml?actor=china,north-korea')
    expect(items.map((i) => articleIdOf(i.guid))).toEqual(['1003', '1002', '1001'])
    expect(channel.title).toBe('Seismo: china,north-korea')
  })

  it('filters by full-text query, feed and language', async () => {
    expect((await rssItems('/rss.xml?q=shells')).items.map((i) => articleIdOf(i.guid))).toEqual(['1001'])
    expect((await rssItems('/rss.xml?q=미사일')).items.map((i) => articleIdOf(i.guid))).toEqual(['1003'])
    expect((await rssItems('/rss.xml?feed=1')).items.map((i) => articleIdOf(i.guid))).toEqual([
      '1002',
      '1001',
    ])
    const ko = await rssItems('/rss.xml?lang=ko')
    expect(ko.items.map((i) => articleIdOf(i.guid))).toEqual(['1003'])
    expect(ko.channel.language).toBe('ko')
  })

  it('keeps the filter in the self link but never the read token', async () => {
    const { channel } = await rssItems('/rss.xml?event=sanctions&token=s3cret')
    expect((channel['atom:link'] as Node)['@_href']).toBe(`${ORIGIN}/rss.xml?event=sanctions`)
  })

  it('is still a valid feed when nothing matches', async () => {
    const { channel, items, res } = await rssItems('/rss.xml?actor=iaea')
    expect(items).toEqual([])
    expect(channel.title).toBe('Seismo: iaea')
    expect(res.headers.get('etag')).toMatch(/^W\/"/)
    expect(res.headers.get('last-modified')).toBeNull()
  })

  it('refuses an invalid filter with the JSON error envelope', async () => {
    const unknown = await get('/rss.xml?actor=atlantis')
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown_actor' } })
    const badDate = await get('/atom.xml?since=yesterday')
    expect(badDate.status).toBe(400)
    expect(await badDate.json()).toMatchObject({ error: { code: 'invalid_date' } })
  })
})

describe('GET /atom.xml', () => {
  it('answers valid Atom with id, updated, self and alternate links and unique entry ids', async () => {
    const { res, doc } = await xml('/atom.xml?actor=north-korea')
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = doc.feed as Node
    expect(feed.id).toBe('tag:seismo.test,2026:feed:/atom.xml?actor=north-korea')
    expect(text(feed.title)).toBe('Seismo: north-korea')
    // Last change = fetch time of the newest matching article (1003), the same instant as Last-Modified.
    expect(feed.updated).toBe(new Date(T0 + 2 * MIN).toISOString().replace('.000', ''))
    expect(Date.parse(res.headers.get('last-modified')!)).toBe(T0 + 2 * MIN)
    const links = feed.link as Node[]
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${ORIGIN}/atom.xml?actor=north-korea`)
    expect(links.find((l) => l['@_rel'] === 'alternate')?.['@_href']).toMatch(
      /^https:\/\/seismo\.test\/api\/search\?/,
    )
    const entries = feed.entry as Node[]
    const ids = entries.map((e) => e.id)
    expect(ids).toEqual(['tag:seismo.test,2026:article:1003', 'tag:seismo.test,2026:article:1001'])
    for (const e of entries) {
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      expect((e.link as Node[])[0]).toMatchObject({ '@_rel': 'alternate' })
      expect((e.category as Node[]).map((c) => c['@_term'])).toContain('north-korea')
    }
  })

  it('uses the same feed id for equivalent filters written differently', async () => {
    const a = ((await xml('/atom.xml?actor=russia,china&event=arms-trade')).doc.feed as Node).id
    const b = ((await xml('/atom.xml?event=arms-trade&actor=china,russia')).doc.feed as Node).id
    expect(a).toBe(b)
  })
})

describe('GET /feed.json', () => {
  it('answers JSON Feed 1.1 as application/feed+json with item ids, tags and the _seismo extension', async () => {
    const res = await get('/feed.json?actor=north-korea')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const feed = await res.json<{ version: string; title: string; feed_url: string; items: Node[] }>()
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('Seismo: north-korea')
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json?actor=north-korea`)
    expect(feed.items.map((i) => i.id)).toEqual([
      'tag:seismo.test,2026:article:1003',
      'tag:seismo.test,2026:article:1001',
    ])
    expect(feed.items[1]).toMatchObject({
      tags: ['russia', 'north-korea', 'arms-trade'],
      _seismo: {
        article_id: '1001',
        actors: ['russia', 'north-korea'],
        events: ['arms-trade'],
        cluster_id: '1001',
      },
    })
    expect(feed.items[0]).toMatchObject({ language: 'ko' })
  })
})

describe('output safety through the routes', () => {
  it('RSS escapes hostile text, drops unsafe links and emits inert HTML', async () => {
    const { items, body } = await rssItems('/rss.xml?actor=japan')
    const [item] = items
    expect(item.title).toBe('<script>alert(1)</script> ]]>  Japan onload=alert(1)')
    expect(item).not.toHaveProperty('link')
    expect(item).not.toHaveProperty('media:thumbnail')
    expect(body).not.toMatch(UNSAFE_LINK)
    const html = text(item.description)
    for (const tag of html.match(/<[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<\/?(p|small|br|a)(?: href="https:[^"]*" rel="[^"]*")?>$/)
    }
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('Atom and JSON Feed do the same', async () => {
    const atom = await xml('/atom.xml?actor=japan')
    expect(atom.body).not.toMatch(UNSAFE_LINK)
    const [entry] = (atom.doc.feed as Node).entry as Node[]
    expect(entry).not.toHaveProperty('link')
    expect(text(entry.content)).not.toMatch(/<(?!\/?(p|small|br)>)/)
    const json = await (await get('/feed.json?actor=japan')).json<{ items: Node[] }>()
    expect(json.items[0]).not.toHaveProperty('url')
    expect(json.items[0]).not.toHaveProperty('image')
    expect(String(json.items[0].content_html)).not.toMatch(/<(?!\/?(p|small|br)>)/)
  })
})

describe('HTTP caching', () => {
  it('sends validators and a cache policy', async () => {
    const res = await get('/rss.xml?actor=russia')
    expect(res.headers.get('etag')).toMatch(/^W\/"[A-Za-z0-9_-]+"$/)
    expect(res.headers.get('last-modified')).toBe(new Date(T0 + 5 * MIN).toUTCString())
    expect(res.headers.get('cache-control')).toBe(`public, max-age=${FEED_MAX_AGE_SECONDS}`)
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/)
  })

  it('answers 304 to If-None-Match (weak, listed, *) and to If-Modified-Since, with the validators', async () => {
    const first = await get('/atom.xml?actor=russia')
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    for (const inm of [etag, etag.replace(/^W\//, ''), `"nope", ${etag}`, '*']) {
      const res = await get('/atom.xml?actor=russia', { 'if-none-match': inm })
      expect(res.status, inm).toBe(304)
      expect(await res.text()).toBe('')
      expect(res.headers.get('etag')).toBe(etag)
      expect(res.headers.get('cache-control')).toMatch(/max-age/)
    }
    expect((await get('/atom.xml?actor=russia', { 'if-modified-since': lastModified })).status).toBe(304)
    const stale = new Date(Date.parse(lastModified) - 1000).toUTCString()
    expect((await get('/atom.xml?actor=russia', { 'if-modified-since': stale })).status).toBe(200)
    expect((await get('/atom.xml?actor=russia', { 'if-none-match': '"other"' })).status).toBe(200)
  })

  it('gives each format its own ETag', async () => {
    const tags = await Promise.all(
      ['/rss.xml', '/atom.xml', '/feed.json'].map(async (p) =>
        (await get(`${p}?actor=russia`)).headers.get('etag'),
      ),
    )
    expect(new Set(tags).size).toBe(3)
  })

  it('changes the ETag when a matching article arrives, and not when a non-matching one does', async () => {
    const before = (await get('/rss.xml?actor=ukraine')).headers.get('etag')!
    await seedArticles([
      { id: 2001, feedId: 1, title: 'Grain talks resume', publishedAt: T0 + 10 * MIN, actors: ['china'] },
    ])
    const afterOther = await get('/rss.xml?actor=ukraine', { 'if-none-match': before })
    expect(afterOther.status).toBe(304)
    await seedArticles([
      {
        id: 2002,
        feedId: 1,
        title: 'Kyiv reports drone strikes',
        publishedAt: T0 + 11 * MIN,
        actors: ['ukraine'],
      },
    ])
    const afterMatch = await get('/rss.xml?actor=ukraine', { 'if-none-match': before })
    expect(afterMatch.status).toBe(200)
    expect(afterMatch.headers.get('etag')).not.toBe(before)
    const { items } = await rssItems('/rss.xml?actor=ukraine')
    expect(items.map((i) => articleIdOf(i.guid))).toEqual(['2002'])
  })

  it('HEAD answers the headers without a body', async () => {
    const res = await SELF.fetch(`${ORIGIN}/rss.xml?actor=russia`, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^W\//)
    expect(await res.text()).toBe('')
  })
})

describe('feed size', () => {
  it(`holds the newest ${FEED_ITEM_LIMIT} matching articles`, async () => {
    const many = Array.from({ length: FEED_ITEM_LIMIT + 5 }, (_, i) => ({
      id: 3000 + i,
      feedId: 2,
      title: `Taiwan strait report ${i}`,
      publishedAt: T0 + (100 + i) * MIN,
      actors: ['taiwan'],
    }))
    await seedArticles(many)
    const { items } = await rssItems('/rss.xml?actor=taiwan')
    expect(items).toHaveLength(FEED_ITEM_LIMIT)
    expect(articleIdOf(items[0].guid)).toBe(String(3000 + FEED_ITEM_LIMIT + 4))
    expect(articleIdOf(items[FEED_ITEM_LIMIT - 1].guid)).toBe('3005')
  })
})
