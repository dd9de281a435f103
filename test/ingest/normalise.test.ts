import { describe, expect, it } from 'vitest'
import { normaliseItems } from '../../src/ingest/normalise'
import { parseFeed } from '../../src/ingest/parse'
import type { ParsedFeed, ParsedItem } from '../../src/ingest/types'
import { FUTURE_DATE_TOLERANCE_MS, MAX_GUID_KEY_CHARS, SUMMARY_MAX_CHARS } from '../../src/limits'
import { EN_SRBM_YONHAP, KO_SRBM_YONHAP } from './wire-stories'

const FEED_URL = 'https://news.example/rss/northkorea.xml'
const FETCHED_AT = Date.UTC(2024, 2, 14, 9, 0, 0)
const ctx = { feedUrl: FEED_URL, fetchedAt: FETCHED_AT }

const item = (fields: Partial<ParsedItem>): ParsedItem => ({ categories: [], enclosures: [], ...fields })
const feed = (items: ParsedItem[], extra: Partial<ParsedFeed> = {}): ParsedFeed => ({
  format: 'rss',
  items,
  ...extra,
})
const one = async (
  fields: Partial<ParsedItem>,
  extra: Partial<ParsedFeed> = {},
  c: Parameters<typeof normaliseItems>[1] = ctx,
) => {
  const out = await normaliseItems(feed([item(fields)], extra), c)
  expect(out).toHaveLength(1)
  return out[0]
}

async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

const bodyHtml = (body: string) =>
  body
    .split('\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')

describe('normaliseItems: URLs', () => {
  it('resolves relative links against the feed URL and canonicalises them', async () => {
    const a = await one({ title: 'Launch', link: '../view/AKR20240314?utm_source=rss&id=7#top' })
    expect(a.url).toBe('https://news.example/view/AKR20240314?utm_source=rss&id=7#top')
    expect(a.canonicalUrl).toBe('https://news.example/view/AKR20240314?id=7')
    expect(a.itemKey).toBe('url:https://news.example/view/AKR20240314?id=7')
  })

  it('drops javascript:, data: and mailto: links', async () => {
    for (const link of [
      'javascript:alert(1)',
      'data:text/html,<script>x</script>',
      'mailto:desk@news.example',
      'http://[bad',
    ]) {
      const a = await one({ title: 'Launch', link, guid: 'g1' })
      expect(a.url).toBeNull()
      expect(a.canonicalUrl).toBeNull()
    }
  })

  it('keeps only http(s) image URLs, from the item or an image enclosure', async () => {
    expect((await one({ title: 't', imageUrl: '/img/launch.jpg' })).imageUrl).toBe(
      'https://news.example/img/launch.jpg',
    )
    expect((await one({ title: 't', imageUrl: 'data:image/png;base64,AAAA' })).imageUrl).toBeNull()
    const withEnclosures = await one({
      title: 't',
      enclosures: [
        { url: 'https://cdn.example/a.mp3', type: 'audio/mpeg' },
        { url: 'https://cdn.example/b.jpg', type: 'image/jpeg' },
      ],
    })
    expect(withEnclosures.imageUrl).toBe('https://cdn.example/b.jpg')
    expect((await one({ title: 't', enclosures: [{ url: 'https://cdn.example/c.webp' }] })).imageUrl).toBe(
      'https://cdn.example/c.webp',
    )
  })
})

describe('normaliseItems: text', () => {
  it('turns the HTML body into plain text and the title into one clean line', async () => {
    const a = await one({
      title: '  N. Korea <b>fires</b>\n missile  ',
      contentHtml:
        '<p>North Korea fired a missile.</p><script>track()</script><p>Seoul &amp; Tokyo condemned it.</p>',
    })
    expect(a.title).toBe('N. Korea fires missile')
    expect(a.content).toBe('North Korea fired a missile.\nSeoul & Tokyo condemned it.')
  })

  it('keeps literal angle brackets in a plain-text title', async () => {
    expect((await one({ title: 'Why <script> tags and a < b still matter' })).title).toBe(
      'Why <script> tags and a < b still matter',
    )
  })

  it('uses the summary as content when there is no body', async () => {
    const a = await one({
      title: 'Launch',
      summaryHtml: '<p>North Korea fired a missile.</p><p>Second paragraph.</p>',
    })
    expect(a.content).toBe('North Korea fired a missile.\nSecond paragraph.')
    expect(a.summary).toBe('North Korea fired a missile. Second paragraph.')
  })

  it("prefers the item's own summary, cut at a word boundary with an ellipsis", async () => {
    const long =
      'The Joint Chiefs of Staff said it detected the launch from the Jangyon area at around 7:44 a.m. '.repeat(
        6,
      )
    const a = await one({ title: 'Launch', summaryHtml: long, contentHtml: bodyHtml(EN_SRBM_YONHAP.body) })
    expect(a.summary.startsWith('The Joint Chiefs of Staff said')).toBe(true)
    expect(a.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS)
    expect(a.summary.endsWith('…')).toBe(true)
    expect(long.startsWith(a.summary.slice(0, -1))).toBe(true)
    expect(long[a.summary.length - 1]).toBe(' ')
  })

  it('falls back to the start of the content when the summary is a stub or the title again', async () => {
    const contentHtml = bodyHtml(KO_SRBM_YONHAP.body)
    for (const summaryHtml of ['<a href="/x">Read more »</a>', '기사 더보기', KO_SRBM_YONHAP.title, '   ']) {
      const a = await one({ title: KO_SRBM_YONHAP.title, summaryHtml, contentHtml })
      expect(a.summary.startsWith('(서울=연합뉴스) 김지헌 기자 = 북한이 14일 오전')).toBe(true)
      expect(a.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS)
      expect(a.summary).not.toContain('\n')
    }
  })

  it('makes a title from the first words of the text when the item has none', async () => {
    const a = await one({ contentHtml: bodyHtml(EN_SRBM_YONHAP.body) })
    expect(a.title.startsWith('SEOUL, March 14 (Yonhap) -- North Korea fired')).toBe(true)
    expect(a.title.endsWith('…')).toBe(true)
    expect(a.title.length).toBeLessThanOrEqual(100)
    expect((await one({ link: 'https://news.example/a/1' })).title).toBe('https://news.example/a/1')
  })

  it('keeps the name of an RSS "email (Name)" author', async () => {
    expect((await one({ title: 't', author: 'desk@news.example (Kim Eun-jung)' })).author).toBe(
      'Kim Eun-jung',
    )
    expect((await one({ title: 't', author: ' <b>Josh Smith</b> ' })).author).toBe('Josh Smith')
    expect((await one({ title: 't', author: '  ' })).author).toBeNull()
  })
})

describe('normaliseItems: language', () => {
  it('uses the declared language, item first, then the configured feed language, then the document', async () => {
    const koText = { title: KO_SRBM_YONHAP.title, contentHtml: bodyHtml(KO_SRBM_YONHAP.body) }
    expect((await one({ ...koText, lang: 'ko-KR' }, { lang: 'en' })).lang).toBe('ko')
    expect((await one(koText, { lang: 'ja' }, { ...ctx, feedLang: 'ko' })).lang).toBe('ko')
    expect((await one(koText, { lang: 'ko' })).lang).toBe('ko')
    expect((await one(koText)).lang).toBe('ko')
  })

  it('detects the language when nothing is declared', async () => {
    expect(
      (await one({ title: EN_SRBM_YONHAP.title, contentHtml: bodyHtml(EN_SRBM_YONHAP.body) })).lang,
    ).toBe('en')
  })

  it('labels an English article in a feed declared "ko" as "en"', async () => {
    const a = await one(
      { title: EN_SRBM_YONHAP.title, contentHtml: bodyHtml(EN_SRBM_YONHAP.body) },
      { lang: 'ko' },
    )
    expect(a.lang).toBe('en')
  })
})

describe('normaliseItems: dates', () => {
  it('keeps the published time, else the updated time, else the fetch time', async () => {
    const published = Date.UTC(2024, 2, 14, 7, 44)
    expect((await one({ title: 't', publishedAt: published, updatedAt: published + 1000 })).publishedAt).toBe(
      published,
    )
    expect((await one({ title: 't', updatedAt: published })).publishedAt).toBe(published)
    expect((await one({ title: 't' })).publishedAt).toBe(FETCHED_AT)
  })

  it('replaces a date beyond the future tolerance with the fetch time (KST labelled GMT)', async () => {
    const nineHoursAhead = FETCHED_AT + 9 * 3_600_000
    expect((await one({ title: 't', publishedAt: nineHoursAhead })).publishedAt).toBe(FETCHED_AT)
    const withinSkew = FETCHED_AT + FUTURE_DATE_TOLERANCE_MS - 1000
    expect((await one({ title: 't', publishedAt: withinSkew })).publishedAt).toBe(withinSkew)
  })
})

describe('normaliseItems: identity', () => {
  it('keys by guid, else canonical URL, else content hash', async () => {
    const byGuid = await one({
      guid: ' tag:yna.co.kr,2024:AKR1 ',
      title: 't',
      link: 'https://news.example/a',
    })
    expect(byGuid.itemKey).toBe('guid:tag:yna.co.kr,2024:AKR1')
    const byUrl = await one({ title: 't', link: 'https://News.Example:443/a?fbclid=x' })
    expect(byUrl.itemKey).toBe('url:https://news.example/a')
    const byHash = await one({ title: 'Only a title', contentHtml: '<p>and text</p>' })
    expect(byHash.itemKey).toBe(`hash:${await sha256('Only a title\nand text')}`)
  })

  it('hashes title and content with SHA-256, so an edit changes the hash', async () => {
    const a = await one({ title: 'Launch', contentHtml: '<p>600 km</p>' })
    expect(a.contentHash).toBe(await sha256('Launch\n600 km'))
    const b = await one({ title: 'Launch', contentHtml: '<p>800 km</p>' })
    expect(b.contentHash).not.toBe(a.contentHash)
  })

  it('hashes over-long guids into the key', async () => {
    const guid = `https://news.example/a?${'x'.repeat(MAX_GUID_KEY_CHARS)}`
    const a = await one({ guid, title: 't' })
    expect(a.itemKey).toBe(`guid:sha256:${await sha256(guid)}`)
  })

  it('returns every item of the document, repeats included (identity.ts tells them apart)', async () => {
    const out = await normaliseItems(
      feed([
        item({ guid: 'a', title: 'First copy' }),
        item({ guid: 'a', title: 'Second copy' }),
        item({ link: 'https://news.example/x?utm_medium=rss', title: 'Linked' }),
        item({ link: 'http://news.example/x/#comments', title: 'Linked again' }),
      ]),
      ctx,
    )
    expect(out.map((a) => a.itemKey)).toEqual([
      'guid:a',
      'guid:a',
      'url:https://news.example/x',
      'url:https://news.example/x',
    ])
  })

  it("keys a weblog's anchored posts apart, and drops noise fragments", async () => {
    const keys = await Promise.all(
      ['#a080605', '#a091210', '#xtor=RSS-3', '#ref=rss', '#', '#comments'].map(
        async (f) => (await one({ title: 't', link: `https://blog.example/2017/06/26.html${f}` })).itemKey,
      ),
    )
    expect(keys).toEqual([
      'url:https://blog.example/2017/06/26.html#a080605',
      'url:https://blog.example/2017/06/26.html#a091210',
      'url:https://blog.example/2017/06/26.html',
      'url:https://blog.example/2017/06/26.html',
      'url:https://blog.example/2017/06/26.html',
      'url:https://blog.example/2017/06/26.html',
    ])
  })

  it('keeps an item that only has an enclosure, titled by its file name', async () => {
    const a = await one({
      enclosures: [{ url: 'https://cdn.example/ep/episode-12%20final.mp3', type: 'audio/mpeg' }],
    })
    expect(a).toMatchObject({ title: 'episode-12 final.mp3', url: null })
  })

  it('drops items with no title, no text and no link, and keeps the rest in order', async () => {
    const out = await normaliseItems(
      feed([item({ guid: 'empty', contentHtml: '<p> </p>' }), item({ title: 'Kept' })]),
      ctx,
    )
    expect(out.map((a) => a.title)).toEqual(['Kept'])
  })
})

describe('normaliseItems: from a parsed document', () => {
  it('normalises a parsed RSS item end to end', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Yonhap North Korea</title><link>https://news.example/</link><language>ko</language>
<item>
  <title>N. Korea fires short-range ballistic missile into East Sea: JCS</title>
  <link>/view/AKR20240314000100315?input=1195m&amp;utm_source=rss</link>
  <guid isPermaLink="false">AKR20240314000100315</guid>
  <dc:creator>Kim Eun-jung</dc:creator>
  <pubDate>Thu, 14 Mar 2024 08:01:00 +0900</pubDate>
  <description><![CDATA[North Korea fired a short-range ballistic missile into the East Sea on Thursday, South Korea's military said.]]></description>
  <content:encoded><![CDATA[${bodyHtml(EN_SRBM_YONHAP.body)}]]></content:encoded>
</item>
</channel></rss>`
    const [a] = await normaliseItems(parseFeed(xml, FEED_URL), ctx)
    expect(a).toMatchObject({
      itemKey: 'guid:AKR20240314000100315',
      title: 'N. Korea fires short-range ballistic missile into East Sea: JCS',
      url: 'https://news.example/view/AKR20240314000100315?input=1195m&utm_source=rss',
      canonicalUrl: 'https://news.example/view/AKR20240314000100315?input=1195m',
      summary:
        "North Korea fired a short-range ballistic missile into the East Sea on Thursday, South Korea's military said.",
      lang: 'en',
      publishedAt: Date.UTC(2024, 2, 13, 23, 1),
      author: 'Kim Eun-jung',
    })
    expect(a.content.split('\n')).toHaveLength(EN_SRBM_YONHAP.body.split('\n').length)
    expect(a.content).toContain('"Our military has strengthened surveillance')
  })

  it('normalises a 200-item feed', async () => {
    const items = Array.from({ length: 200 }, (_, i) =>
      item({
        guid: `g${i}`,
        title: `Story ${i}`,
        link: `/a/${i}`,
        contentHtml: bodyHtml(i % 2 ? EN_SRBM_YONHAP.body : KO_SRBM_YONHAP.body),
      }),
    )
    const out = await normaliseItems(feed(items), ctx)
    expect(out).toHaveLength(200)
    expect(new Set(out.map((a) => a.lang))).toEqual(new Set(['en', 'ko']))
  })
})
