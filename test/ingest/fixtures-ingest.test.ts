/**
 * Every document of the fixture corpus (test/fixtures/feeds) through POST /api/ingest in
 * workerd, each into a fresh feed: the answer accounts for every item the parser returned,
 * the feed keeps that answer as last_ingest, and where the expectation has an `ingest` block,
 * the counts, titles and links of what was stored match it (nothing merged that should not be).
 * Error fixtures answer 422 with their code and store nothing.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { parseFeed } from '../../src/ingest/parse'
import { callJson, type IngestReply, ingest } from '../helpers/http'
import { loadFeedFixtures } from './parse/fixtures'

const fixtures = loadFeedFixtures()

function contentType(file: string): string {
  if (file.endsWith('.json')) return 'application/feed+json; charset=utf-8'
  if (file.endsWith('.html')) return 'text/html; charset=utf-8'
  return 'application/xml; charset=utf-8'
}

async function storedArticles(feedId: string) {
  const rows = await env.DB.prepare(
    `SELECT a.title, coalesce(a.url, a.canonical_url) AS url FROM article_sources s JOIN articles a ON a.id = s.article_id
     WHERE s.feed_id = ? AND s.merged_by IS NULL`,
  )
    .bind(Number(feedId))
    .all<{ title: string; url: string | null }>()
  return rows.results
}

const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => String(a).localeCompare(String(b)))

describe('every fixture through POST /api/ingest', () => {
  it.each(fixtures.map((f) => [f.file, f] as const))('%s', async (_name, fixture) => {
    const url = fixture.expected.baseUrl ?? `https://feeds.example.com/${fixture.file}`
    const reply = await ingest(url, fixture.text, contentType(fixture.file))
    if (fixture.expected.error) {
      expect(reply.status).toBe(422)
      expect(reply.body).toMatchObject({ error: { code: fixture.expected.error } })
      return
    }
    expect(reply.status).toBe(200)
    const r = reply.body as Required<IngestReply>
    const parsed = parseFeed(fixture.text, url)
    // Every item of the document is accounted for.
    expect(r.items).toBe(parsed.items.length + (parsed.itemsOverLimit ?? 0))
    expect(r.inserted + r.duplicates + r.skipped.empty + r.skipped.over_limit).toBe(r.items)
    expect(r.merged.same_guid + r.merged.same_url + r.merged.same_content).toBe(r.duplicates)
    expect(r.warnings).toHaveLength(parsed.warnings?.length ?? 0)

    const feed = await callJson<{ last_ingest: unknown; article_count: number }>(`/api/feeds/${r.feed_id}`)
    const { round_trips: _rt, d1_statements: _st, feed_id: _id, ...summary } = r
    expect(feed.body.last_ingest).toEqual({ ...summary, at: expect.any(String) })

    const want = fixture.expected.ingest
    if (!want) return
    expect(r.inserted, 'inserted').toBe(want.inserted)
    if (want.merged) expect(r.merged).toMatchObject(want.merged)
    if (want.skipped) expect(r.skipped).toMatchObject(want.skipped)
    const stored = await storedArticles(r.feed_id)
    expect(stored).toHaveLength(want.inserted)
    if (want.titles) expect(sorted(stored.map((a) => a.title))).toEqual(sorted(want.titles))
    if (want.links) expect(sorted(stored.map((a) => a.url))).toEqual(sorted(want.links))
  })
})
