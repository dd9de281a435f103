/**
 * Sentence mentions stored as spans into the article's text (migration 0014_mention_offsets), not
 * copies: GET /api/articles/:id answers, for every article, exactly the mentions the tagger made
 * (sentence clipped as before), hot or archived, and rows stored before (copies, no offsets) still
 * read as they were. Text the rules were not written for: the parseable fixture feeds (real feeds'
 * shapes, English and Korean), wire copy, and sentences whose whitespace a span cannot give back.
 */
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { type StoredTextRow, textColumns, unpackRow } from '../../src/db/article-text'
import { MAX_MENTION_SENTENCE_CHARS, MAX_MENTIONS_PER_ARTICLE } from '../../src/limits'
import { getTagger, tagInputFor } from '../../src/tagging'
import { spanText } from '../../src/tagging/normalise'
import { rss } from '../helpers/feeds'
import { call, ingest } from '../helpers/http'
import { storedMentions } from '../helpers/mentions'
import { loadFeedFixtures } from '../ingest/parse/fixtures'
import { EN_SRBM_YONHAP, KO_SRBM_YONHAP } from '../ingest/wire-stories'

const DAY = 86_400_000

interface ApiMention {
  event: string
  actors: string[]
  sentence: string
  in_title: boolean
}

const clip = (s: string) =>
  s.length <= MAX_MENTION_SENTENCE_CHARS ? s : `${s.slice(0, MAX_MENTION_SENTENCE_CHARS - 1)}…`

/** The mentions the tagger makes of every stored article now, as the detail route shows them. */
async function taggerMentions(): Promise<Map<number, ApiMention[]>> {
  const tagger = await getTagger(env.DB)
  const { results } = await env.DB.prepare(
    `SELECT a.id, a.title, a.lang, a.published_at, ${textColumns('a')} FROM articles a ORDER BY a.id`,
  ).all<{ id: number; title: string; lang: string; published_at: number } & StoredTextRow>()
  return new Map(
    results.map((r) => {
      const a = unpackRow(r)
      const mentions = tagger.tag(tagInputFor(a)).mentions.slice(0, MAX_MENTIONS_PER_ARTICLE)
      return [
        r.id,
        mentions.map((m) => ({
          event: m.event,
          actors: m.actors,
          sentence: clip(m.sentence),
          in_title: m.inTitle,
        })),
      ]
    }),
  )
}

async function routeMentions(id: number): Promise<ApiMention[]> {
  const res = await call(`/api/articles/${id}`, { token: null })
  expect(res.status).toBe(200)
  return ((await res.json()) as { mentions: ApiMention[] }).mentions
}

let expected: Map<number, ApiMention[]>

beforeAll(async () => {
  // Every 4th parseable fixture feed (all of them are the packed-text test's corpus; minutes here).
  for (const [i, f] of loadFeedFixtures()
    .filter((f) => !f.expected.error)
    .entries()) {
    if (i % 4 !== 0) continue
    const type = f.file.endsWith('.json') ? 'application/feed+json' : 'application/xml; charset=utf-8'
    expect(
      (await ingest(f.expected.baseUrl ?? `https://feeds.example.com/${f.file}`, f.text, type)).status,
    ).toBe(200)
  }
  const longSentence = `North Korea fired a ballistic missile ${'and officials said more launches may follow '.repeat(12)}today.`
  const r = await ingest(
    'https://wire.example/rss',
    rss([
      { title: EN_SRBM_YONHAP.title, link: 'https://wire.example/1', description: EN_SRBM_YONHAP.body },
      { title: KO_SRBM_YONHAP.title, link: 'https://wire.example/2', description: KO_SRBM_YONHAP.body },
      {
        // Whitespace a span reads back differently (no-break spaces, tabs): the copy is kept.
        title: 'North Korea\u00a0fired a missile',
        link: 'https://wire.example/3',
        description: 'North\u00a0Korea fired a\tballistic missile on Tuesday.  Japan\u2003protested.',
      },
      { title: 'A long dispatch', link: 'https://wire.example/4', description: longSentence },
    ]),
  )
  expect(r.status).toBe(200)
  expected = await taggerMentions()
  expect([...expected.values()].flat().length).toBeGreaterThan(20)
}, 300_000)

describe('sentence mentions as spans', () => {
  it('answers every article with exactly the mentions the tagger made, stored as spans', async () => {
    for (const [id, mentions] of expected) expect(await routeMentions(id), String(id)).toEqual(mentions)
    const stored = await storedMentions()
    const n = stored.length
    const spans = stored.filter((m) => m.sent_start !== null && m.sentence === '').length
    const copies = stored.filter((m) => m.sent_start === null && m.sentence !== '').length
    expect(spans + copies).toBe(n)
    // Ingest normalises whitespace, so every sentence read back from its span: no copies.
    expect([spans, copies]).toEqual([n, 0])
  }, 300_000)

  it('keeps a copy of a sentence whose span would read back differently (a no-break space)', async () => {
    const tagger = await getTagger(env.DB)
    const content = 'North\u00a0Korea fired a ballistic missile on Tuesday. Japan protested the launch.'
    const { mentions } = tagger.tag({ title: 'Launch', content, lang: 'en', publishedAt: Date.now() })
    expect(mentions.length).toBeGreaterThan(0)
    const [odd, ...rest] = mentions
    expect([odd.sentence, odd.start, odd.end]).toEqual([
      'North\u00a0Korea fired a ballistic missile on Tuesday.',
      -1,
      -1,
    ])
    for (const m of rest) expect(spanText(content, m.start, m.end)).toBe(m.sentence)
  })

  it('reads rows stored before the migration (sentence copies, no offsets) as they were', async () => {
    const id = [...expected].find(([, m]) => m.length > 0)![0]
    // As 0001-0017 stored them: article_mentions rows, before 0014 with copies and no offsets.
    const old = await storedMentions([id])
    await env.DB.batch([
      env.DB.prepare('DELETE FROM article_mention_lists WHERE article_id = ?1').bind(id),
      ...old.map((m, seq) =>
        env.DB.prepare(
          'INSERT INTO article_mentions (article_id, seq, event, actors, sentence, in_title) VALUES (?, ?, ?, ?, ?, ?)',
        ).bind(id, seq, m.event, m.actors, `copied ${seq}`, m.in_title),
      ),
    ])
    const got = await routeMentions(id)
    expect(got.map((m) => m.sentence)).toEqual(expected.get(id)!.map((_, seq) => `copied ${seq}`))
    expect(got.map((m) => [m.event, m.actors])).toEqual(expected.get(id)!.map((m) => [m.event, m.actors]))
    await env.DB.prepare('DELETE FROM article_mentions WHERE article_id = ?1').bind(id).run()
    expected.set(id, [])
  })

  it('archives every mention with its sentence whole, read back from R2', async () => {
    const run = await runArchiver(env, Date.now() + 1000 * DAY)
    expect(run.archived).toBe(expected.size)
    for (const [id, mentions] of expected) expect(await routeMentions(id), String(id)).toEqual(mentions)
  }, 300_000)
})
