import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { matchesQuery, parseQuery } from '../../src/search/query'
import { BASE, type SearchBody, type SeedArticle, seedArticles, seedFeeds } from './seed'

/** FTS5 syntax, SQL and control characters users (or attackers) may type. */
const FRAGMENTS = [
  '"',
  '""',
  '-',
  '--',
  '*',
  '^',
  ':',
  '(',
  ')',
  '{',
  '}',
  'NEAR(',
  'NEAR/2',
  'AND',
  'OR',
  'NOT',
  'and',
  'or',
  'title:',
  '{title lead}:',
  'rowid',
  "'",
  "'; DROP TABLE articles; --",
  '\u0000',
  '\u0007',
  '\n',
  '\t',
  '\u200b',
  '%',
  '_',
  '\\',
  '/*',
  '*/',
  'missile',
  '북한',
  '北',
  'é',
  '𠀀',
  '😀',
  ' ',
  '-"a b"',
  'MATCH',
  'bm25(',
]

const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((xs) => xs.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 10 })
    .map((xs) => xs.join(' ')),
)

const fetchSearch = (params: Record<string, string>) =>
  SELF.fetch(`${BASE}/api/search?${new URLSearchParams(params).toString()}`)

beforeAll(async () => {
  await seedFeeds([{ id: 1, title: 'One' }])
  await seedArticles([
    { id: 1, title: 'Missile launch', summary: 'north korea', published: '2024-01-01T00:00:00Z' },
    { id: 2, title: '북한은 미사일을 발사했다', lang: 'ko', published: '2024-01-02T00:00:00Z' },
  ])
})

describe('hostile input never yields a 500', () => {
  it('any q gives 200 or a 400 with the error envelope', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('relevance', 'date'), async (q, sort) => {
        const res = await fetchSearch({ q, sort })
        const body = (await res.json()) as { error?: { code: string; message: string } }
        if (res.status === 400) {
          expect(body.error?.code).toMatch(/^[a-z_]+$/)
          // The FTS5 guard in find.ts must never be what answers: the parser refuses bad input first.
          expect(body.error?.message).not.toMatch(/full-text index|fts5/i)
        } else expect(res.status).toBe(200)
      }),
      { numRuns: 150 },
    )
  })
  it('a 5 KB query is a 400, not an error', async () => {
    const res = await fetchSearch({ q: 'NEAR('.repeat(1000) })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'query_too_long' } })
  })
  it('any value of any filter param gives 200 or a 400', async () => {
    const param = fc.constantFrom(
      'actor',
      'event',
      'feed',
      'lang',
      'since',
      'until',
      'limit',
      'cursor',
      'sort',
      'clusters',
      'interval',
    )
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(param, hostileText), { maxLength: 4 }), async (pairs) => {
        const qs = new URLSearchParams(pairs).toString()
        for (const path of ['/api/search', '/api/trends']) {
          const res = await SELF.fetch(`${BASE}${path}?${qs}`)
          expect([200, 400], `${path}?${qs}`).toContain(res.status)
        }
      }),
      { numRuns: 80 },
    )
  })
})

// ── The index and the in-memory matcher (watches) must agree ─────────────────

const WORDS = [
  'missile',
  'launch',
  'test',
  'korea',
  'north',
  'sanctions',
  '북한',
  '미사일',
  '발사',
  '北',
  '경제',
  '한은',
  'u.s.',
  'e-mail',
]
const TEXTS = [
  'North Korea fires missile',
  'Missile test: launch failed',
  'Sanctions on North Korea',
  'U.S. e-mail leak',
  'A test of the launch system',
  '북한은 미사일을 발사했다',
  '북한의 경제',
  '北 미사일 발사',
  '北의 도발',
  '남한은 경제 발표',
  '미사일 발사 실험',
  'Korea 북한 missile',
]

describe('FTS index and matchesQuery agree', () => {
  const corpus: SeedArticle[] = []
  beforeAll(async () => {
    let id = 100
    for (const title of TEXTS)
      for (const summary of ['', TEXTS[(id * 7) % TEXTS.length]]) {
        corpus.push({
          id,
          title,
          summary,
          content: TEXTS[(id * 3) % TEXTS.length],
          published: Date.parse('2024-02-01T00:00:00Z') + id * 60_000,
        })
        id++
      }
    await seedArticles(corpus)
  })

  const term = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`),
  )
  const queryText = fc
    .array(fc.tuple(term, fc.constantFrom('', '', '-', 'OR ')), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map(([t, op]) => (op === 'OR ' ? `OR ${t}` : `${op}${t}`)).join(' '))

  it('for random queries over English and Korean text', async () => {
    await fc.assert(
      fc.asyncProperty(queryText, async (q) => {
        let parsed: ReturnType<typeof parseQuery>
        try {
          parsed = parseQuery(q)
        } catch {
          return // refused queries are refused by the route too (tested above)
        }
        const expected = corpus
          .filter((a) =>
            matchesQuery(parsed, { title: a.title, summary: a.summary ?? '', content: a.content ?? '' }),
          )
          .map((a) => a.id)
        const res = await SELF.fetch(
          `${BASE}/api/search?${new URLSearchParams({ q, clusters: 'all', sort: 'date', limit: '100' })}`,
        )
        expect(res.status).toBe(200)
        const got = ((await res.json()) as SearchBody).items
          .map((i) => Number(i.id))
          .filter((id) => id >= 100)
        expect(
          got.sort((a, b) => a - b),
          q,
        ).toEqual(expected.sort((a, b) => a - b))
      }),
      { numRuns: 120 },
    )
  })
})
