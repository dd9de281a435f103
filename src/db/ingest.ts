import type { NormalizedArticle } from '../ingest/types'
import { packedHex } from './article-text'
import { sourceUrl } from './article-view'
import { bulkInsert } from './bulk'
import {
  type Candidate,
  type CandidateProbe,
  candidatesByItem,
  candidatesStatement,
  storySeqStatement,
} from './near-duplicates'

/** A (feed, item key) this feed already has, with what identifies the item behind it. */
export interface KnownSource {
  articleId: number
  /** articleUrlKey of the item's link when it was first seen, or null. */
  urlKey: string | null
  /** Title and content hash of the article it points at (null when that row is gone). */
  contentHash: string | null
  title: string | null
  /** The article was created by this feed (an edit of the item may rewrite its text; another feed's may not). */
  own: boolean
  /** articles.version_hash / version_at of the stored text (see migrations/0030_article_versions.sql). */
  versionHash: string | null
  versionAt: number | null
}

/** The article owning an article URL key (articles.canonical_url). */
export interface UrlOwner {
  id: number
  clusterId: number
  title: string
  contentHash: string
  simhash: string
  /** How the ingesting feed carries it: under a guid key, under another key, or not at all. */
  carriedHere: 'guid' | 'other' | null
}

/** A recent article by content hash, and whether the ingesting feed carries it. */
export interface ContentCopy {
  id: number
  carriedHere: boolean
}

/** What the store needs to know about rows that already exist before it plans an ingest. */
export interface ExistingState {
  /** item key → source, for the keys of this feed's incoming items. */
  sources: Map<string, KnownSource>
  /** article URL key → its article, for articles carried by any feed. */
  byUrl: Map<string, UrlOwner>
  /** content hash → a recent article with it. */
  byContent: Map<string, ContentCopy>
  /** Story representatives sharing LSH bands with each incoming item (by item index). */
  candidates: Map<number, Candidate[]>
  /** The representatives' commit counter when the candidates were read (storyRaceGuardStatement). */
  storySeq: number
}

export interface IdentityLookup {
  feedId: number
  itemKeys: string[]
  urlKeys: string[]
  contentHashes: string[]
  /** Content matches only among articles published after this (epoch ms). */
  windowStart: number
  /** Near-duplicate candidates (src/db/near-duplicates.ts). */
  candidates: CandidateLookup
}

/** Bounds of the near-duplicate candidate lookup (see candidatesStatement). */
export interface CandidateLookup {
  probes: CandidateProbe[]
  minRepId: number
  perKey: number
  perItem: number
}

/** content_hash is stored as the digest's bytes (0019_content_hash_bytes); the code uses its hex. */
export const CONTENT_HASH_HEX = 'lower(hex(a.content_hash))'

/** simhash is stored as its 8 bytes (0020_lean_rows); a value the migration left as text reads as it is. */
const SIMHASH_HEX = "iif(typeof(a.simhash) = 'blob', lower(hex(a.simhash)), a.simhash)"

const SOURCES_SQL = `SELECT s.item_key, s.article_id, ${sourceUrl('s', 'a')} AS url, a.title,
    iif(a.id IS NULL, NULL, ${CONTENT_HASH_HEX}) AS content_hash, a.feed_id = ?1 AS own,
    lower(hex(a.version_hash)) AS version_hash, a.version_at
  FROM article_sources s LEFT JOIN articles a ON a.id = s.article_id
  WHERE s.feed_id = ?1 AND s.item_key IN (SELECT value FROM json_each(?2))`

/** carried: 2 = this feed has it under a guid key, 1 = under another key, NULL = not at all. */
const URL_OWNERS_SQL = `SELECT a.id, a.canonical_url, a.cluster_id, a.title, ${CONTENT_HASH_HEX} AS content_hash,
    ${SIMHASH_HEX} AS simhash,
    (SELECT max(CASE WHEN substr(s.item_key, 1, 5) = 'guid:' THEN 2 ELSE 1 END)
       FROM article_sources s WHERE s.article_id = a.id AND s.feed_id = ?1) AS carried
  FROM articles a WHERE a.canonical_url IN (SELECT value FROM json_each(?2))`

/** The 8-byte prefix probes articles_content_prefix (0019_content_hash_bytes); the whole digest decides. */
export const CONTENT_COPIES_SQL = `SELECT a.id, ${CONTENT_HASH_HEX} AS content_hash,
    EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id AND s.feed_id = ?1) AS carried
  FROM articles a
  WHERE substr(a.content_hash, 1, 8) IN (SELECT substr(unhex(value), 1, 8) FROM json_each(?2))
    AND a.content_hash IN (SELECT unhex(value) FROM json_each(?2)) AND a.published_at >= ?3
  ORDER BY a.id`

/**
 * One round trip: the feed's known item keys, the articles owning the incoming URL keys, recent
 * articles with the same title and text, and near-duplicate candidates found through the band
 * index (json_each keeps each lookup one statement whatever the item count, under D1's
 * 100-parameter limit). `urlKeyOf` turns a stored source URL into its article URL key.
 */
export async function readExistingState(
  db: D1Database,
  q: IdentityLookup,
  urlKeyOf: (url: string) => string | null,
): Promise<ExistingState> {
  const [seq, sources, owners, copies, cands] = await db.batch([
    storySeqStatement(db),
    db.prepare(SOURCES_SQL).bind(q.feedId, JSON.stringify(q.itemKeys)),
    db.prepare(URL_OWNERS_SQL).bind(q.feedId, JSON.stringify(q.urlKeys)),
    db.prepare(CONTENT_COPIES_SQL).bind(q.feedId, JSON.stringify(q.contentHashes), q.windowStart),
    candidatesStatement(
      db,
      q.candidates.probes,
      q.candidates.minRepId,
      q.candidates.perKey,
      q.candidates.perItem,
    ),
  ])
  type SourceRow = {
    item_key: string
    article_id: number
    url: string | null
    title: string | null
    content_hash: string | null
    own: number | null
    version_hash: string | null
    version_at: number | null
  }
  type OwnerRow = {
    id: number
    canonical_url: string
    cluster_id: number
    title: string
    content_hash: string
    simhash: string
    carried: number | null
  }
  type CopyRow = { id: number; content_hash: string; carried: number }
  const byContent = new Map<string, ContentCopy>()
  for (const r of copies.results as CopyRow[]) {
    // Prefer a copy the feed does not carry (that is the one a fold would join).
    const prev = byContent.get(r.content_hash)
    if (!prev || (prev.carriedHere && !r.carried))
      byContent.set(r.content_hash, { id: r.id, carriedHere: r.carried === 1 })
  }
  return {
    sources: new Map(
      (sources.results as SourceRow[]).map((r) => [
        r.item_key,
        {
          articleId: r.article_id,
          urlKey: r.url ? urlKeyOf(r.url) : null,
          contentHash: r.content_hash,
          title: r.title,
          own: r.own === 1,
          // hex(NULL) is '': a row written before 0030 has no version hash.
          versionHash: r.version_hash || null,
          versionAt: r.version_at,
        },
      ]),
    ),
    byUrl: new Map(
      (owners.results as OwnerRow[]).map((r) => [
        r.canonical_url,
        {
          id: r.id,
          clusterId: r.cluster_id,
          title: r.title,
          contentHash: r.content_hash,
          simhash: r.simhash,
          carriedHere: r.carried === 2 ? 'guid' : r.carried === 1 ? 'other' : null,
        },
      ]),
    ),
    byContent,
    candidates: candidatesByItem(cands),
    storySeq: (seq.results[0] as { seq: number }).seq,
  }
}

export interface ArticleInsert {
  id: number
  article: NormalizedArticle
  /** The URL key this article owns, or null (another article owns it). */
  canonicalUrl: string | null
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
 * deliveries for an article that is not there. Summary and body are stored packed (src/db/article-text.ts).
 */
export function articleInsertStatements(db: D1Database, rows: ArticleInsert[]): D1PreparedStatement[] {
  return bulkInsert(
    db,
    `INSERT INTO articles (id, canonical_url, url, title, summary, content, author, image_url, lang,
       published_at, fetched_at, feed_id, cluster_id, simhash, content_hash, actors, events, version_hash,
       version_at)`,
    rows.map((r) => [
      r.id,
      r.canonicalUrl,
      // The link when it is not exactly the canonical URL, which otherwise stands for it (0020).
      r.article.url === r.canonicalUrl ? null : r.article.url,
      r.article.title,
      '',
      packedHex(r.article.summary, r.article.content),
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
      r.article.versionHash,
      r.article.versionAt,
    ]),
    '',
    // Packed text, simhash, content hash and version hash as bytes (0013, 0020, 0019, 0030).
    [5, 13, 14, 17],
  )
}

export interface SourceInsert {
  feedId: number
  itemKey: string
  articleId: number
  url: string | null
  seenAt: number
  /** null: this item created the article; otherwise the rule that folded it into an existing one. */
  mergedBy: 'url' | 'content' | null
}

const storedSourceUrl = (r: SourceInsert) => (r.mergedBy === null && r.url ? '' : r.url)

export function sourceInsertStatements(db: D1Database, rows: SourceInsert[]): D1PreparedStatement[] {
  return bulkInsert(
    db,
    'INSERT INTO article_sources (feed_id, item_key, article_id, url, first_seen_at, merged_by)',
    // The item that created the article has exactly the article's link: '' says so (0020).
    rows.map((r) => [r.feedId, r.itemKey, r.articleId, storedSourceUrl(r), r.seenAt, r.mergedBy]),
  )
}
