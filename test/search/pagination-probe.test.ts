import { env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { DATE_SORT_FTS_CAP, DATE_SORT_PROBE_ABOVE } from '../../src/limits'
import { BASE, type SearchBody, seedArticles, seedFeeds } from './seed'

/**
 * Words frequent enough that date-sorted searches walk the date index instead of sorting every
 * match: "common" (more than DATE_SORT_FTS_CAP matches: checked against the collected match set)
 * and "frequent" (more than DATE_SORT_PROBE_ABOVE: one FTS probe per article).
 */
const N = DATE_SORT_FTS_CAP + 150
const N_FREQUENT = DATE_SORT_PROBE_ABOVE + 100
const T0 = Date.parse('2024-01-01T00:00:00Z')

/**
 * n articles with their index rows, straight from SQL: ids idBase+1.., published times every
 * stepMs but shuffled against ids (date order ≠ id order).
 */
function bulkArticles(o: { idBase: number; n: number; title: string; host: string; stepMs: number }) {
  const numbers = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)'
  return [
    env.DB.prepare(
      `${numbers}
       INSERT INTO articles (id, canonical_url, url, title, summary, content, lang, published_at, fetched_at,
         feed_id, cluster_id, simhash, content_hash)
       SELECT ?3 + i, ?4 || i, ?4 || i, ?5 || i, '', '', 'en', ?2 + ((i * 7919) % ?1) * ?6, ?2, 1, ?3 + i, '0',
              ?4 || '#' || i FROM n`,
    ).bind(o.n, T0, o.idBase, `https://${o.host}/`, `${o.title} `, o.stepMs),
    env.DB.prepare(
      `${numbers}
       INSERT INTO article_search (rowid, title, lead, body) SELECT ?2 + i, ?3 || i, '', '' FROM n`,
    ).bind(o.n, o.idBase, `${o.title.toLowerCase()} `),
  ]
}

beforeAll(async () => {
  await seedFeeds([{ id: 1, title: 'One' }])
  await env.DB.batch([
    ...bulkArticles({ idBase: 100_000, n: N, title: 'Common report', host: 'x.example', stepMs: 60_000 }),
    ...bulkArticles({
      idBase: 200_000,
      n: N_FREQUENT,
      title: 'Frequent item',
      host: 'y.example',
      stepMs: 1000,
    }),
  ])
})

async function page(qs: string): Promise<SearchBody> {
  const res = await SELF.fetch(`${BASE}/api/search?${qs}`)
  expect(res.status).toBe(200)
  return res.json()
}

describe('date-sorted search of a frequent word (date index walk)', () => {
  it('returns the newest matches in published order', async () => {
    const body = await page('q=common&sort=date&limit=100')
    const rows = await env.DB.prepare(
      `SELECT id FROM articles WHERE title LIKE 'Common report %' ORDER BY published_at DESC, id DESC LIMIT 100`,
    ).all<{ id: number }>()
    expect(body.items.map((i) => Number(i.id))).toEqual(rows.results.map((r) => r.id))
  })
  it('pages through every match exactly once while articles arrive', async () => {
    const seen: number[] = []
    let cursor: string | null = null
    let next = 900_000
    for (let n = 0; n < 100; n++) {
      const body: SearchBody = await page(
        `q=common&sort=date&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      seen.push(...body.items.map((i) => Number(i.id)))
      cursor = body.next_cursor
      if (!cursor) break
      await seedArticles([
        { id: next++, title: 'Common news, newest', published: T0 + 10 * N * 60_000 },
        { id: next++, title: 'Common news, oldest', published: T0 - 60_000 },
      ])
    }
    expect(new Set(seen).size).toBe(seen.length)
    for (let i = 1; i <= N; i++) expect(seen.includes(100000 + i), `article ${100000 + i}`).toBe(true)
  })
  it('walks with per-article FTS probes for a very frequent word, in published order', async () => {
    const expected = await env.DB.prepare(
      `SELECT id FROM articles WHERE title LIKE 'Frequent item %' ORDER BY published_at DESC, id DESC LIMIT 300`,
    ).all<{ id: number }>()
    const seen: number[] = []
    let cursor: string | null = null
    for (let n = 0; n < 3; n++) {
      const body: SearchBody = await page(
        `q=frequent&sort=date&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      seen.push(...body.items.map((i) => Number(i.id)))
      cursor = body.next_cursor
    }
    expect(seen).toEqual(expected.results.map((r) => r.id))
  })
})
