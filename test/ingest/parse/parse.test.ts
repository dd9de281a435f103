/** Behaviours of parseFeed beyond the fixture table: limits, identity, zone hints, error types. */
import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../bench/corpus'
import { MalformedFeed, NotAFeed } from '../../../src/errors'
import { parseFeed } from '../../../src/ingest/parse'
import {
  MAX_DECLARED_ENTITIES,
  MAX_DTD_CHARS,
  MAX_ENTITY_VALUE_CHARS,
  MAX_ITEMS_PER_FEED,
  MAX_XML_DEPTH,
} from '../../../src/limits'

const URL_ = 'https://feeds.example.com/feed.xml'
const rss = (items: string, channel = ''): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${channel}${items}</channel></rss>`
const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString()

describe('identity and types', () => {
  it('keeps numeric-looking guids and titles as strings ("0123" stays "0123")', () => {
    const feed = parseFeed(rss('<item><guid isPermaLink="false">0123</guid><title>2023</title></item>'), URL_)
    expect(feed.items[0].guid).toBe('0123')
    expect(feed.items[0].title).toBe('2023')
  })

  it('turns a numeric JSON Feed id into a string', () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 7, url: 'https://x.example/7' }],
    })
    expect(parseFeed(doc, URL_).items[0].guid).toBe('7')
  })

  it('decodes HTML fields exactly once and plain-text fields twice', () => {
    const feed = parseFeed(
      rss(
        '<item><title>A &amp;amp; B</title><description>&amp;lt;b&amp;gt; &lt;i&gt;x&lt;/i&gt;</description></item>',
      ),
      URL_,
    )
    expect(feed.items[0].title).toBe('A & B')
    expect(feed.items[0].summaryHtml).toBe('&lt;b&gt; <i>x</i>')
  })
})

describe('zone hint for dates without a zone', () => {
  const item = '<item><guid>1</guid><pubDate>2023-10-08 23:27:00</pubDate></item>'

  it('reads them as KST in a feed declared Korean', () => {
    expect(iso(parseFeed(rss(item, '<language>ko</language>'), URL_).items[0].publishedAt)).toBe(
      '2023-10-08T14:27:00.000Z',
    )
  })

  it('reads them as UTC in a feed declared in another language', () => {
    expect(iso(parseFeed(rss(item, '<language>en-US</language>'), URL_).items[0].publishedAt)).toBe(
      '2023-10-08T23:27:00.000Z',
    )
  })

  it('reads them as KST when no language is declared but the feed title is Korean', () => {
    const doc = `<rss version="2.0"><channel><title>북한 뉴스</title>${item}</channel></rss>`
    const feed = parseFeed(doc, URL_)
    expect(feed.lang).toBeUndefined()
    expect(iso(feed.items[0].publishedAt)).toBe('2023-10-08T14:27:00.000Z')
  })
})

describe('limits', () => {
  it(`keeps at most MAX_ITEMS_PER_FEED (${MAX_ITEMS_PER_FEED}) items, the first ones`, () => {
    const items = Array.from(
      { length: MAX_ITEMS_PER_FEED + 25 },
      (_, i) => `<item><guid>g${i}</guid></item>`,
    ).join('')
    const feed = parseFeed(rss(items), URL_)
    expect(feed.items).toHaveLength(MAX_ITEMS_PER_FEED)
    expect(feed.items.at(-1)?.guid).toBe(`g${MAX_ITEMS_PER_FEED - 1}`)
  })

  it('refuses more than MAX_DECLARED_ENTITIES entity declarations', () => {
    const decls = Array.from({ length: MAX_DECLARED_ENTITIES + 1 }, (_, i) => `<!ENTITY e${i} "v">`).join('')
    expect(() => parseFeed(`<!DOCTYPE rss [${decls}]>${rss('')}`, URL_)).toThrow(
      /more than \d+ entity declarations/,
    )
    const ok = Array.from({ length: MAX_DECLARED_ENTITIES }, (_, i) => `<!ENTITY e${i} "v">`).join('')
    expect(
      parseFeed(`<!DOCTYPE rss [${ok}]>${rss('<item><title>&e0;</title></item>')}`, URL_).items[0].title,
    ).toBe('v')
  })

  it('refuses an entity value longer than MAX_ENTITY_VALUE_CHARS', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(MAX_ENTITY_VALUE_CHARS + 1)}">]>${rss('')}`
    expect(() => parseFeed(doc, URL_)).toThrow(MalformedFeed)
  })

  it('refuses a DOCTYPE longer than MAX_DTD_CHARS', () => {
    const doc = `<!DOCTYPE rss [<!-- ${'x'.repeat(MAX_DTD_CHARS)} -->]>${rss('')}`
    expect(() => parseFeed(doc, URL_)).toThrow(/DOCTYPE/)
  })

  it('refuses markup inside an entity value (it could forge elements)', () => {
    expect(() => parseFeed(`<!DOCTYPE rss [<!ENTITY x "<item/>">]>${rss('')}`, URL_)).toThrow(/markup/)
  })

  it('refuses nesting deeper than MAX_XML_DEPTH as malformed, without crashing', () => {
    const deep = '<x>'.repeat(MAX_XML_DEPTH + 5) + '</x>'.repeat(MAX_XML_DEPTH + 5)
    expect(() => parseFeed(rss(`<item>${deep}</item>`), URL_)).toThrow(MalformedFeed)
  })

  it('ignores an external DTD reference without an internal subset (old RSS 0.91)', () => {
    const doc = `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">${rss('<item><title>x</title></item>')}`
    expect(parseFeed(doc, URL_).items).toHaveLength(1)
  })
})

describe('errors', () => {
  it('throws NotAFeed (422 not_a_feed) for documents that are not feeds', () => {
    for (const doc of [
      '',
      '<html><body/></html>',
      '<opml version="2.0"/>',
      'plain text',
      '[1,2]',
      '{"version":"https://example.com/v1"}',
    ]) {
      expect(() => parseFeed(doc, URL_), doc).toThrow(NotAFeed)
    }
  })

  it('throws MalformedFeed (422 malformed_feed) for broken documents', () => {
    for (const doc of [
      '{"version": ',
      '<rss version="2.0"><channel><title>x</title><item><description>open',
      '<?xml version="1.0"',
    ]) {
      expect(() => parseFeed(doc, URL_), doc).toThrow(MalformedFeed)
    }
  })
})

describe('the benchmark corpus', () => {
  it('parses every generated document completely', () => {
    for (const doc of generateCorpus({ itemsPerFeed: 50 })) {
      const feed = parseFeed(doc.text, doc.url)
      expect(feed.format).toBe(doc.format)
      expect(feed.lang).toBe(doc.lang)
      expect(feed.items).toHaveLength(50)
      for (const item of feed.items) {
        expect(item.title && item.link && item.guid && item.contentHtml && item.publishedAt).toBeTruthy()
      }
    }
  })

  it('is deterministic', () => {
    expect(generateCorpus({ itemsPerFeed: 3 })).toEqual(generateCorpus({ itemsPerFeed: 3 }))
  })
})
