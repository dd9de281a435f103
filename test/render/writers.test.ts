import { describe, expect, it } from 'vitest'
import type { ArticleView } from '../../src/db/article-view'
import { renderFeed } from '../../src/render/feed'
import type { FeedChannel } from '../../src/render/types'
import { type XmlNode as Node, parseFeedXml as parse, text } from '../helpers/feed-xml'

const BASE = 'https://seismo.test'

const channel: FeedChannel = {
  title: 'Seismo: russia + north-korea · arms-trade',
  description: 'Newest articles matching russia + north-korea · arms-trade',
  selfUrl: `${BASE}/rss.xml?actor=russia&actor=north-korea&event=arms-trade`,
  homeUrl: `${BASE}/api/search?actor=north-korea&actor=russia&event=arms-trade&sort=date`,
  baseUrl: BASE,
  id: 'tag:seismo.test,2026:feed:/rss.xml?actor=north-korea&actor=russia&event=arms-trade',
  updated: Date.UTC(2026, 10, 2, 9, 30),
  language: 'en',
  ttlMinutes: 5,
}

function article(over: Partial<ArticleView> = {}): ArticleView {
  return {
    id: '1001',
    title: 'Russia and North Korea sign arms deal',
    url: 'https://news.example/world/1001',
    summary: 'Moscow and Pyongyang agreed on shells.\n\nAnalysts expect more.',
    published_at: '2026-11-02T08:00:00Z',
    fetched_at: '2026-11-02T09:30:00Z',
    lang: 'en',
    author: 'Jane Doe',
    image_url: 'https://img.news.example/1001.jpg',
    feed: { id: '7', title: 'World News' },
    actors: ['russia', 'north-korea'],
    events: ['arms-trade'],
    cluster_id: '1001',
    archived: false,
    ...over,
  }
}

const HOSTILE = article({
  id: '666',
  title: '<script>alert(1)</script> ]]> \u0000\uFFFE\uD800 onload=alert(1)',
  url: 'javascript:alert(1)',
  summary: '<img src=x onerror=alert(1)> ]]> <![CDATA[x]]> data:text/html,<script>alert(1)</script>',
  author: '"><script>alert(1)</script>',
  image_url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  feed: { id: '8', title: '<b onmouseover=alert(1)>Evil</b> & Co' },
  actors: ['russia', '"><script>'],
  events: [],
})

describe('RSS 2.0 writer', () => {
  const xml = renderFeed('rss', channel, [
    article(),
    article({ id: '1002', author: null, url: null, image_url: null }),
  ])
  const ch = (parse(xml).rss as Node).channel as Node
  const items = ch.item as Node[]

  it('has the required channel elements, the self link and a ttl', () => {
    expect((parse(xml).rss as Node)['@_version']).toBe('2.0')
    expect(ch.title).toBe(channel.title)
    expect(ch.link).toBe(channel.homeUrl)
    expect(ch.description).toBe(channel.description)
    expect(ch.language).toBe('en')
    expect(ch.ttl).toBe('5')
    expect(new Date(String(ch.lastBuildDate)).getTime()).toBe(channel.updated)
    const self = ch['atom:link'] as Node
    expect(self).toMatchObject({
      '@_rel': 'self',
      '@_href': channel.selfUrl,
      '@_type': 'application/rss+xml',
    })
  })

  it('gives each item a non-permalink guid, an RFC 822 pubDate, slugs as categories and its source', () => {
    const [first] = items
    expect(first.guid).toEqual({ '#text': 'tag:seismo.test,2026:article:1001', '@_isPermaLink': 'false' })
    expect(String(first.pubDate)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
    expect(Date.parse(String(first.pubDate))).toBe(Date.UTC(2026, 10, 2, 8, 0))
    expect(first.link).toBe('https://news.example/world/1001')
    expect(first['dc:creator']).toBe('Jane Doe')
    expect(first.category).toEqual([
      { '#text': 'russia', '@_domain': `${BASE}/api/taxonomy#actors` },
      { '#text': 'north-korea', '@_domain': `${BASE}/api/taxonomy#actors` },
      { '#text': 'arms-trade', '@_domain': `${BASE}/api/taxonomy#events` },
    ])
    expect(first.source).toEqual({ '#text': 'World News', '@_url': `${BASE}/rss.xml?feed=7` })
    expect(first['media:thumbnail']).toEqual({ '@_url': 'https://img.news.example/1001.jpg' })
  })

  it('builds the description from escaped paragraphs, the tag line and the source link', () => {
    expect(items[0].description).toBe(
      '<p>Moscow and Pyongyang agreed on shells.</p><p>Analysts expect more.</p>' +
        '<p><small>Actors: russia, north-korea · Events: arms-trade</small></p>' +
        '<p>Source: <a href="https://news.example/world/1001" rel="nofollow noopener noreferrer">World News</a></p>',
    )
  })

  it('omits link, dc:creator and thumbnail when the article has none', () => {
    expect(items[1]).not.toHaveProperty('link')
    expect(items[1]).not.toHaveProperty('dc:creator')
    expect(items[1]).not.toHaveProperty('media:thumbnail')
    expect(text(items[1].description)).toContain('<p>Source: World News</p>')
  })
})

describe('Atom 1.0 writer', () => {
  const xml = renderFeed('atom', channel, [article(), article({ id: '1002', author: null })])
  const feed = parse(xml).feed as Node
  const entries = feed.entry as Node[]

  it('has id, title, updated, author and self + alternate links', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(channel.id)
    expect(text(feed.title)).toBe(channel.title)
    expect(feed.updated).toBe('2026-11-02T09:30:00Z')
    expect(feed.author).toEqual({ name: 'Seismo' })
    const links = feed.link as Node[]
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(channel.selfUrl)
    expect(links.find((l) => l['@_rel'] === 'alternate')?.['@_href']).toBe(channel.homeUrl)
  })

  it('gives entries unique ids, dates, an alternate link, categories with scheme and escaped HTML content', () => {
    const ids = entries.map((e) => e.id)
    expect(new Set(ids).size).toBe(2)
    const [first, second] = entries
    expect(first.updated).toBe('2026-11-02T08:00:00Z')
    expect(first.published).toBe('2026-11-02T08:00:00Z')
    expect((first.link as Node[])[0]).toMatchObject({
      '@_rel': 'alternate',
      '@_href': 'https://news.example/world/1001',
    })
    expect(first.category).toEqual([
      { '@_term': 'russia', '@_scheme': `${BASE}/api/taxonomy#actors` },
      { '@_term': 'north-korea', '@_scheme': `${BASE}/api/taxonomy#actors` },
      { '@_term': 'arms-trade', '@_scheme': `${BASE}/api/taxonomy#events` },
    ])
    expect((first.content as Node)['@_type']).toBe('html')
    expect(text(first.content)).toMatch(/^<p>Moscow and Pyongyang/)
    expect(first.author).toEqual({ name: 'Jane Doe' })
    expect(second.author).toEqual({ name: 'World News' })
  })

  it('is still valid with no entries (updated is required)', () => {
    const empty = parse(renderFeed('atom', { ...channel, updated: null }, [])).feed as Node
    expect(empty.updated).toBe('1970-01-01T00:00:00Z')
    expect(empty).not.toHaveProperty('entry')
  })
})

describe('JSON Feed 1.1 writer', () => {
  const feed = JSON.parse(renderFeed('json', channel, [article()]))

  it('has the version, title, urls and items with ids, dates, tags and the _seismo extension', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe(channel.title)
    expect(feed.home_page_url).toBe(channel.homeUrl)
    expect(feed.feed_url).toBe(channel.selfUrl)
    const [item] = feed.items
    expect(item).toMatchObject({
      id: 'tag:seismo.test,2026:article:1001',
      url: 'https://news.example/world/1001',
      title: 'Russia and North Korea sign arms deal',
      date_published: '2026-11-02T08:00:00Z',
      authors: [{ name: 'Jane Doe' }],
      tags: ['russia', 'north-korea', 'arms-trade'],
      language: 'en',
      image: 'https://img.news.example/1001.jpg',
      _seismo: {
        article_id: '1001',
        actors: ['russia', 'north-korea'],
        events: ['arms-trade'],
        cluster_id: '1001',
      },
    })
    expect(item.content_html).toMatch(/^<p>Moscow/)
    expect(item.summary).toBe('Moscow and Pyongyang agreed on shells.\n\nAnalysts expect more.')
  })
})

describe('hostile article content', () => {
  it.each(['rss', 'atom'] as const)('%s stays well-formed and carries no active content', (format) => {
    const xml = renderFeed(format, { ...channel, title: 'Seismo: ]]> <x> \u0001' }, [HOSTILE])
    const doc = parse(xml)
    const node = format === 'rss' ? ((doc.rss as Node).channel as Node).item : (doc.feed as Node).entry
    const [entry] = node as Node[]
    // Text fields come back exactly as text, minus the characters XML cannot carry.
    expect(text(entry.title)).toBe('<script>alert(1)</script> ]]>  onload=alert(1)')
    // No link at all rather than a javascript: one; no data: image.
    expect(xml).not.toMatch(/javascript:/i)
    expect(entry).not.toHaveProperty('link')
    expect(entry).not.toHaveProperty('media:thumbnail')
    expect(xml).not.toMatch(/(?:href|url|src)=(?:&quot;|["'])?\s*(?:javascript|data|vbscript):/i)
    // The HTML body is inert once the reader unescapes it.
    const html = text(format === 'rss' ? entry.description : entry.content)
    for (const tag of html.match(/<[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<\/?(p|small|a|br)\b/)
      expect(tag).not.toMatch(/\son\w+=/i)
    }
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('Source: &lt;b onmouseover=alert(1)&gt;Evil&lt;/b&gt; &amp; Co')
    // A slug that is not a slug is not emitted as a category.
    expect(xml).not.toContain('&quot;&gt;&lt;script&gt;</category>')
  })

  it('JSON Feed keeps text as text, drops unsafe URLs and illegal characters', () => {
    const raw = renderFeed('json', channel, [HOSTILE])
    const [item] = JSON.parse(raw).items
    expect(item.title).toBe('<script>alert(1)</script> ]]>  onload=alert(1)')
    expect(item).not.toHaveProperty('url')
    expect(item).not.toHaveProperty('image')
    expect(item.tags).toEqual(['russia'])
    expect(item.content_html).not.toMatch(/<\s*(script|img|b)\b/i)
    expect(raw).not.toMatch(/\\u0000|\\ufffe|\\ud800/i)
  })
})
