/**
 * Packed article text (src/db/article-text.ts, migration 0013): new articles store summary and
 * body as one compressed BLOB, rows of before keep their text until the cron packs them, and
 * every reader answers exactly the same text from either form: article detail (API and web
 * page), search results and snippets, feed outputs, webhook article objects, export, archive
 * records, re-tagging and the near-duplicate backfill.
 *
 * The corpus is text written before this rule: every parseable document of the feed fixture
 * corpus (real feeds' shapes, English and Korean, hostile markup), plus wire copy with a summary
 * that is the body's start, one that is not, non-BMP characters, and a body longer than a
 * search page reads for its snippets.
 */
import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { packStoredText } from '../../src/archive/pack-text'
import { toRecord } from '../../src/archive/records'
import { readOldestHot } from '../../src/db/archive'
import {
  PACK_META_KEY,
  packText,
  type StoredTextRow,
  textColumns,
  unpackRow,
  unpackText,
} from '../../src/db/article-text'
import { deliveryArticle } from '../../src/db/deliveries'
import { readBackfillBatch } from '../../src/db/near-duplicates'
import { readRetagBatch } from '../../src/db/tags'
import { SNIPPET_BODY_CHARS } from '../../src/limits'
import { rss } from '../helpers/feeds'
import { call, ingest } from '../helpers/http'
import { loadFeedFixtures } from '../ingest/parse/fixtures'
import { EN_SRBM_YONHAP, KO_SRBM_YONHAP } from '../ingest/wire-stories'

const DAY = 86_400_000
const PER_ARTICLE_STEP = 10
const LONG_TAIL_WORD = 'zeppelinfield'

function contentType(file: string): string {
  if (file.endsWith('.json')) return 'application/feed+json; charset=utf-8'
  if (file.endsWith('.html')) return 'text/html; charset=utf-8'
  return 'application/xml; charset=utf-8'
}

const paragraphs = (body: string) =>
  body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')

/** RSS with content:encoded bodies and a description of their own. */
function rssWithBodies(items: { title: string; link: string; description: string; body: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire</title><link>https://wire.example/</link><description>wire</description>
${items
  .map(
    (i, n) => `<item><title>${esc(i.title)}</title><link>${i.link}</link><guid>${i.link}</guid>
<pubDate>${new Date(Date.now() - (n + 1) * 60_000).toUTCString()}</pubDate>
<description>${esc(i.description)}</description>
<content:encoded><![CDATA[${i.body}]]></content:encoded></item>`,
  )
  .join('\n')}
</channel></rss>`
}

async function articleIds(): Promise<number[]> {
  const { results } = await env.DB.prepare('SELECT id FROM articles ORDER BY id').all<{ id: number }>()
  return results.map((r) => r.id)
}

async function storedTexts(): Promise<Map<number, { summary: string; content: string }>> {
  const { results } = await env.DB.prepare(`SELECT a.id, ${textColumns('a')} FROM articles a`).all<
    { id: number } & StoredTextRow
  >()
  return new Map(
    results.map((r) => {
      const t = unpackRow(r)
      return [r.id, { summary: t.summary, content: t.content ?? '' }]
    }),
  )
}

/** Rewrites every article the way the code before migration 0013 stored it: both as text. */
async function storeAsText(): Promise<void> {
  const texts = await storedTexts()
  await env.DB.batch(
    [...texts].map(([id, t]) =>
      env.DB.prepare('UPDATE articles SET summary = ?1, content = ?2 WHERE id = ?3').bind(
        t.summary,
        t.content,
        id,
      ),
    ),
  )
}

const body = async (path: string) => {
  const res = await call(path, { token: null })
  expect(res.status, path).toBe(200)
  // Web pages say how long ago an article was published ("4 sec. ago"): the clock moves between reads.
  return (await res.text()).replace(/(<span data-relative="[^"]*">)[^<]*/g, '$1')
}

/** Everything the readers of stored text answer, as one comparable object. */
async function everyReader(ids: number[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  // Per-article routes on a spread of articles (every one would be minutes of requests): the
  // wire copy ingested last, and every PER_ARTICLE_STEP-th article of the fixture corpus.
  const sample = ids.filter((_, i) => i % PER_ARTICLE_STEP === 0 || i >= ids.length - 6)
  for (const id of sample) {
    out[`detail ${id}`] = await body(`/api/articles/${id}`)
    out[`web ${id}`] = await body(`/articles/${id}`)
    out[`webhook ${id}`] = await deliveryArticle(env.DB, id)
  }
  for (const q of ['missile', '북한', 'launch', 'Korea', LONG_TAIL_WORD])
    for (const sort of ['relevance', 'date'])
      out[`search ${q} ${sort}`] = await body(`/api/search?q=${encodeURIComponent(q)}&sort=${sort}&limit=100`)
  out['search list'] = await body('/api/search?limit=100')
  out['search lang'] = await body('/api/search?lang=ko&limit=100')
  out['web search'] = await body(`/?q=${encodeURIComponent('missile')}`)
  for (const f of ['/rss.xml', '/atom.xml', '/feed.json', '/rss.xml?q=missile'])
    out[`feed ${f}`] = (await body(f)).replace(/<lastBuildDate>.*?<\/lastBuildDate>/, '')
  for (const format of ['ndjson', 'csv']) out[`export ${format}`] = await body(`/api/export?format=${format}`)
  out.archive = (await readOldestHot(env.DB, Date.now() + 1000 * DAY, 1000)).map((r) => toRecord(r, []))
  out.retag = await readRetagBatch(env.DB, null, 1000)
  out.backfill = await readBackfillBatch(env.DB, null, 0, 1000)
  return out
}

let ids: number[]

beforeAll(async () => {
  for (const f of loadFeedFixtures()) {
    if (f.expected.error) continue
    const url = f.expected.baseUrl ?? `https://feeds.example.com/${f.file}`
    const r = await ingest(url, f.text, contentType(f.file))
    expect(r.status, f.file).toBe(200)
  }
  const long = `${'The delegation met officials and discussed trade, energy and security. '.repeat(
    Math.ceil(SNIPPET_BODY_CHARS / 60),
  )}Late in the day the ${LONG_TAIL_WORD} plan was mentioned.`
  const r = await ingest(
    'https://wire.example/rss',
    rssWithBodies([
      {
        title: EN_SRBM_YONHAP.title,
        link: 'https://wire.example/1',
        description: EN_SRBM_YONHAP.body.split('\n')[0],
        body: paragraphs(EN_SRBM_YONHAP.body),
      },
      {
        title: KO_SRBM_YONHAP.title,
        link: 'https://wire.example/2',
        description: KO_SRBM_YONHAP.body.split('\n')[0],
        body: paragraphs(KO_SRBM_YONHAP.body),
      },
      {
        title: 'Teaser that is not the body',
        link: 'https://wire.example/3',
        description: 'Our correspondent 📰 reports from the border 🇰🇷, where 𝒮eoul’s envoys arrived.',
        body: paragraphs(EN_SRBM_YONHAP.body.split('\n').slice(2).join('\n')),
      },
      {
        title: 'A very long dispatch',
        link: 'https://wire.example/4',
        description: '',
        body: `<p>${long}</p>`,
      },
    ]),
  )
  expect(r.status).toBe(200)
  await ingest(
    'https://titles.example/rss',
    rss([
      { title: 'Title only, no text', link: 'https://titles.example/1', pubDate: new Date().toUTCString() },
    ]),
  )
  ids = await articleIds()
  expect(ids.length).toBeGreaterThan(40)
}, 120_000)

describe('packed article text', () => {
  it('stores new articles packed: one BLOB with summary and body, smaller than their text', async () => {
    const { results } = await env.DB.prepare(
      `SELECT typeof(content) AS kind, summary, length(content) AS bytes, ${textColumns('articles')}
       FROM articles`,
    ).all<{ kind: string; bytes: number } & StoredTextRow>()
    let packed = 0
    let plain = 0
    for (const r of results) {
      expect(r.kind).toBe('blob')
      expect(r.summary).toBe('')
      packed += r.bytes
      const t = unpackRow(r)
      plain += new TextEncoder().encode(t.summary + t.content).length
    }
    expect(packed).toBeLessThan(plain * 0.75)
  })

  it('answers every reader with the same text from the packed form, the text form of before, and re-packed', async () => {
    const packed = await everyReader(ids)
    const texts = await storedTexts()
    await storeAsText()
    const { results } = await env.DB.prepare(
      "SELECT count(*) AS n FROM articles WHERE typeof(content) = 'text'",
    ).all<{ n: number }>()
    expect(results[0].n).toBe(ids.length)
    expect(await everyReader(ids)).toEqual(packed)

    // The cron's walk packs them again, a bounded step at a time.
    await env.DB.prepare("UPDATE meta SET value = '' WHERE key = ?").bind(PACK_META_KEY).run()
    let runs = 0
    for (;;) {
      const report = await packStoredText(env.DB, { walk: 7, steps: 2 })
      expect(report.walked).toBeLessThanOrEqual(14)
      runs++
      if (report.done) break
    }
    expect(runs).toBeGreaterThanOrEqual(Math.ceil(ids.length / 14))
    const after = await env.DB.prepare(
      "SELECT count(*) AS n FROM articles WHERE typeof(content) = 'blob' AND summary = ''",
    ).all<{ n: number }>()
    expect(after.results[0].n).toBe(ids.length)
    expect(await storedTexts()).toEqual(texts)
    expect(await everyReader(ids)).toEqual(packed)
    expect((await packStoredText(env.DB)).packed).toBe(0)
  }, 300_000)

  it('keeps each article its own text: the body of the feed, the summary chosen at ingest', async () => {
    const texts = [...(await storedTexts()).values()]
    const yonhap = texts.find((t) => t.content.startsWith('SEOUL, March 14 (Yonhap)'))
    expect(yonhap?.content).toBe(EN_SRBM_YONHAP.body)
    expect(yonhap?.summary.startsWith('SEOUL, March 14 (Yonhap) -- North Korea fired')).toBe(true)
    const teaser = texts.find((t) => t.summary.includes('📰'))
    expect(teaser?.summary).toBe(
      'Our correspondent 📰 reports from the border 🇰🇷, where 𝒮eoul’s envoys arrived.',
    )
    const ko = KO_SRBM_YONHAP.body
    expect(texts.find((t) => t.content.startsWith(ko.slice(0, 30)))?.content).toBe(ko)
  })

  it('archives a packed article with its summary kept in D1 and its text whole in R2', async () => {
    const before = await storedTexts()
    const run = await runArchiver(env, Date.now() + 1000 * DAY)
    expect(run.archived).toBe(ids.length)
    const { results } = await env.DB.prepare(
      'SELECT id, summary, typeof(content) AS kind, content FROM articles WHERE archive_batch IS NOT NULL',
    ).all<{ id: number; summary: string; kind: string; content: string }>()
    expect(results).toHaveLength(ids.length)
    for (const [i, r] of results.entries()) {
      expect([r.kind, r.content, r.summary]).toEqual(['text', '', before.get(r.id)?.summary])
      if (i % PER_ARTICLE_STEP !== 0 && i < results.length - 6) continue
      const a = JSON.parse(await body(`/api/articles/${r.id}`)) as { content: string; summary: string }
      expect([a.summary, a.content]).toEqual([before.get(r.id)?.summary, before.get(r.id)?.content])
    }
  }, 300_000)
})

describe('the packed form', () => {
  it('round-trips any text exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ unit: 'grapheme' }),
        (s, c) => {
          expect(unpackText(packText(s, c))).toEqual({ summary: s, content: c })
        },
      ),
    )
    const long = '북한은 동해상으로 탄도미사일을 발사했다. '.repeat(20_000)
    expect(unpackText(packText(long.slice(0, 300), long))).toEqual({
      summary: long.slice(0, 300),
      content: long,
    })
  })

  // A lone surrogate is no text: UTF-8 (TextEncoder) writes one U+FFFD for it, as String's
  // toWellFormed() does. (A TEXT column gave three: D1 stored its WTF-8 bytes, read back as invalid.)
  it('stores a lone surrogate as one U+FFFD', () => {
    const odd = 'broken \ud800 pair'
    expect(unpackText(packText(odd, odd))).toEqual({
      summary: 'broken \ufffd pair',
      content: 'broken \ufffd pair',
    })
  })

  it('refuses bytes of an unknown format rather than guessing', () => {
    const bytes = packText('a', 'b')
    bytes[0] = 9
    expect(() => unpackText(bytes)).toThrow(/unknown format 9/)
  })
})
