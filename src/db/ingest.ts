import type { NormalizedArticle } from '../ingest/types'
import { bulkInsert } from './bulk'

/** What the store needs to know about rows that already exist before it plans an ingest. */
export interface ExistingState {
  /** item_key → article_id for this feed's known items. */
  sources: Map<string, number>
  /** canonical_url → article id, for articles carried by any feed. */
  byCanonicalUrl: Map<string, number>
  /** Articles sharing at least one LSH band with the incoming items (near-duplicate candidates). */
  candidates: { id: number; simhash: string; clusterId: number }[]
}

/** Near-duplicate candidates: a range of each band's (band, published_at) key, never older rows. */
export const CANDIDATES_SQL = `SELECT DISTINCT a.id, a.simhash, a.cluster_id FROM article_bands b JOIN articles a ON a.id = b.article_id
  WHERE b.band IN (SELECT value FROM json_each(?)) AND b.published_at >= ? LIMIT ?`

/**
 * One round trip: the feed's known item keys, articles with the same canonical URLs, and
 * near-duplicate candidates found through the band index (json_each keeps each lookup one
 * statement whatever the item count, under D1's 100-parameter limit).
 */
export async function readExistingState(
  db: D1Database,
  feedId: number,
  itemKeys: string[],
  canonicalUrls: string[],
  bandKeys: string[],
  candidatesPublishedAfter: number,
  maxCandidates: number,
): Promise<ExistingState> {
  const [sources, canon, cands] = await db.batch([
    db
      .prepare(
        'SELECT item_key, article_id FROM article_sources WHERE feed_id = ? AND item_key IN (SELECT value FROM json_each(?))',
      )
      .bind(feedId, JSON.stringify(itemKeys)),
    db
      .prepare(
        'SELECT id, canonical_url FROM articles WHERE canonical_url IN (SELECT value FROM json_each(?))',
      )
      .bind(JSON.stringify(canonicalUrls)),
    db.prepare(CANDIDATES_SQL).bind(JSON.stringify(bandKeys), candidatesPublishedAfter, maxCandidates),
  ])
  return {
    sources: new Map(
      (sources.results as { item_key: string; article_id: number }[]).map((r) => [r.item_key, r.article_id]),
    ),
    byCanonicalUrl: new Map(
      (canon.results as { id: number; canonical_url: string }[]).map((r) => [r.canonical_url, r.id]),
    ),
    candidates: (cands.results as { id: number; simhash: string; cluster_id: number }[]).map((r) => ({
      id: r.id,
      simhash: r.simhash,
      clusterId: r.cluster_id,
    })),
  }
}

export interface ArticleInsert {
  id: number
  article: NormalizedArticle
  feedId: number
  fetchedAt: number
  clusterId: number
  simhash: string
  actors: string[]
  events: string[]
}

/**
 * Plain INSERTs on purpose (no OR IGNORE): if a concurrent ingest stored the same canonical URL
 * or item first, the whole batch fails and the store re-plans, instead of writing tags or
 * deliveries for an article that is not there.
 */
export function articleInsertStatements(db: D1Database, rows: ArticleInsert[]): D1PreparedStatement[] {
  return bulkInsert(
    db,
    `INSERT INTO articles (id, canonical_url, url, title, summary, content, author, image_url, lang,
       published_at, fetched_at, feed_id, cluster_id, simhash, content_hash, actors, events)`,
    rows.map((r) => [
      r.id,
      r.article.canonicalUrl,
      r.article.url,
      r.article.title,
      r.article.summary,
      r.article.content,
      r.article.author,
      r.article.imageUrl,
      r.article.lang,
      r.article.publishedAt,
      r.fetchedAt,
      r.feedId,
      r.clusterId,
      r.simhash,
      r.article.contentHash,
      r.actors.join(' '),
      r.events.join(' '),
    ]),
  )
}

export interface SourceInsert {
  feedId: number
  itemKey: string
  articleId: number
  url: string | null
  seenAt: number
}

export function sourceInsertStatements(db: D1Database, rows: SourceInsert[]): D1PreparedStatement[] {
  return bulkInsert(
    db,
    'INSERT INTO article_sources (feed_id, item_key, article_id, url, first_seen_at)',
    rows.map((r) => [r.feedId, r.itemKey, r.articleId, r.url, r.seenAt]),
  )
}

export function bandInsertStatements(
  db: D1Database,
  rows: { band: string; publishedAt: number; articleId: number }[],
): D1PreparedStatement[] {
  return bulkInsert(
    db,
    'INSERT INTO article_bands (band, published_at, article_id)',
    rows.map((r) => [r.band, r.publishedAt, r.articleId]),
    'ON CONFLICT DO NOTHING',
  )
}
