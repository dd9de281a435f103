/** SQL of the archive (migrations/0008_archive.sql): batches, the hot walk, trimming, status. */

import { rewriteArticleRows } from './article-rewrite'
import { type StoredTextRow, textColumns, unpackRow } from './article-text'
import { articleUrl } from './article-view'
import { CONTENT_HASH_HEX } from './ingest'
import {
  deleteMentionsStatements,
  type MentionSqlRow,
  mentionRows,
  readMentionsOfStatement,
} from './mentions'
import { metaWriteStatement, readMeta } from './meta'
import { mentionSentence } from './tags'

/** Every stored column of an article that the archive record keeps. */
export interface ArchivableRow {
  id: number
  canonical_url: string | null
  url: string | null
  title: string
  summary: string
  content: string
  author: string | null
  image_url: string | null
  lang: string
  published_at: number
  fetched_at: number
  feed_id: number
  cluster_id: number
  content_hash: string
  actors: string
  events: string
}

/** A mention of an article being archived, its sentence cut from the article's text when stored as a span. */
export interface StoredMention {
  article_id: number
  event: string
  actors: string
  sentence: string
  in_title: number
}

export interface BatchRow {
  id: number
  object_key: string
  state: 'writing' | 'done'
  articles: number
  bytes: number
}

/** The oldest hot articles published before `cutoff`, walking the partial index of hot rows. */
export async function readOldestHot(db: D1Database, cutoff: number, limit: number): Promise<ArchivableRow[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.canonical_url, ${articleUrl('a')} AS url, a.title, ${textColumns('a')}, a.author,
              a.image_url, a.lang, a.published_at, a.fetched_at, a.feed_id, a.cluster_id,
              ${CONTENT_HASH_HEX} AS content_hash, a.actors, a.events
       FROM articles a INDEXED BY articles_hot_published
       WHERE a.archive_batch IS NULL AND a.published_at < ?1
       ORDER BY a.published_at, a.id LIMIT ?2`,
    )
    .bind(cutoff, limit)
    .all<ArchivableRow & StoredTextRow>()
  return results.map((r) => unpackRow(r) as ArchivableRow)
}

export async function readMentionsOf(db: D1Database, rows: ArchivableRow[]): Promise<StoredMention[]> {
  if (rows.length === 0) return []
  const byId = new Map(rows.map((r) => [r.id, r]))
  const { results } = await readMentionsOfStatement(db, [...byId.keys()]).all<MentionSqlRow>()
  return mentionRows(results).map((m) => ({
    article_id: m.article_id,
    event: m.event,
    actors: m.actors,
    sentence: mentionSentence(m, byId.get(m.article_id)!),
    in_title: m.in_title,
  }))
}

export interface NewBatch {
  objectKey: string
  articles: number
  bytes: number
  sha256: string
  oldestPublishedAt: number
  newestPublishedAt: number
  now: number
}

/** Records a batch as 'writing' BEFORE its object is put, so a crash leaves a trace to clean up. */
export async function insertWritingBatch(db: D1Database, b: NewBatch): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO archive_batches
         (object_key, articles, bytes, sha256, oldest_published_at, newest_published_at, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id`,
    )
    .bind(b.objectKey, b.articles, b.bytes, b.sha256, b.oldestPublishedAt, b.newestPublishedAt, b.now)
    .first<{ id: number }>()
  if (!row) throw new Error('archive batch insert returned no id')
  return row.id
}

/** Batches left 'writing' since before `createdBefore` (their run died). */
export async function readWritingBatches(db: D1Database, createdBefore: number): Promise<BatchRow[]> {
  const { results } = await db
    .prepare(
      "SELECT id, object_key, state, articles, bytes FROM archive_batches WHERE state = 'writing' AND created_at < ?1",
    )
    .bind(createdBefore)
    .all<BatchRow>()
  return results
}

/**
 * Deletes a batch row only while it is still 'writing'; true when it did. Its object may be
 * deleted only then: once the row is gone, that batch's trim can no longer commit (it requires
 * the row), and a batch that committed meanwhile is 'done' and keeps its object.
 */
export async function deleteWritingBatch(db: D1Database, id: number): Promise<boolean> {
  const row = await db
    .prepare("DELETE FROM archive_batches WHERE id = ?1 AND state = 'writing' RETURNING id")
    .bind(id)
    .first<{ id: number }>()
  return row !== null
}

/** Where one article's gzip member sits in its batch object, and the summary its row keeps. */
export interface Placement {
  id: number
  offset: number
  length: number
  /** Stored as text again: a packed row's summary leaves D1 with its body otherwise (src/db/article-text.ts). */
  summary: string
}

/**
 * One transaction (D1 batch) that moves a batch's articles out of the hot set: the full-text rows
 * and mentions go, the placement is recorded, the batch becomes 'done', and each articles row is
 * rewritten without its body (its summary as text, unpacked if it was packed), through
 * rewriteArticleRows so that the freed pages are reused. Rows archived meanwhile by another run
 * are left alone (archive_batch IS NULL), and a batch that is no longer 'writing' trims nothing.
 */
export function trimStatements(
  db: D1Database,
  batchId: number,
  placements: Placement[],
  now: number,
): D1PreparedStatement[] {
  const json = JSON.stringify(placements.map((p) => [p.id, p.offset, p.length, p.summary]))
  const ids = JSON.stringify(placements.map((p) => p.id))
  const staged = 'SELECT id FROM archive_trim'
  return rewriteArticleRows(db, {
    scratch: 'archive_trim',
    where: `id IN (SELECT value FROM json_each(?1)) AND archive_batch IS NULL
      AND EXISTS (SELECT 1 FROM archive_batches WHERE id = ?2 AND state = 'writing')`,
    values: [ids, batchId],
    change: [
      db
        .prepare(
          `UPDATE archive_trim SET content = '', summary = json_extract(p.value, '$[3]'), archive_batch = ?2,
             archive_offset = json_extract(p.value, '$[1]'), archive_length = json_extract(p.value, '$[2]')
           FROM json_each(?1) p WHERE archive_trim.id = json_extract(p.value, '$[0]')`,
        )
        .bind(json, batchId),
      db.prepare(`DELETE FROM article_search WHERE rowid IN (${staged})`),
      ...deleteMentionsStatements(db, staged, []),
    ],
    after: [
      // A batch whose articles an overlapping run archived first trims nothing: it stays 'writing',
      // and recovery later removes it and its redundant object.
      db
        .prepare(
          `UPDATE archive_batches SET state = 'done', completed_at = ?2
           WHERE id = ?1 AND state = 'writing' AND EXISTS (SELECT 1 FROM archive_trim)`,
        )
        .bind(batchId, now),
    ],
  })
}

/** Bytes of the D1 database file, as D1 reports after any query (meta.size_after). */
export async function databaseBytes(db: D1Database): Promise<number | null> {
  const res = await db.prepare('SELECT 1').run()
  return (res.meta as { size_after?: number }).size_after ?? null
}

export interface ArchiveStatus {
  hot_articles: number
  batches: number
  writing_batches: number
  archived_bytes: number
  oldest_hot_published_at: number | null
  newest_archived_published_at: number | null
}

/** Counts for /health: the hot count walks the partial index of hot rows only. */
export async function readArchiveStatus(db: D1Database): Promise<ArchiveStatus> {
  const row = await db
    .prepare(
      `SELECT
         (SELECT count(*) FROM articles INDEXED BY articles_hot_published WHERE archive_batch IS NULL) AS hot_articles,
         (SELECT count(*) FROM archive_batches WHERE state = 'done') AS batches,
         (SELECT count(*) FROM archive_batches WHERE state = 'writing') AS writing_batches,
         (SELECT coalesce(sum(bytes), 0) FROM archive_batches WHERE state = 'done') AS archived_bytes,
         (SELECT min(published_at) FROM articles INDEXED BY articles_hot_published WHERE archive_batch IS NULL)
           AS oldest_hot_published_at,
         (SELECT max(newest_published_at) FROM archive_batches WHERE state = 'done') AS newest_archived_published_at`,
    )
    .first<ArchiveStatus>()
  return row!
}

const RUN_META_KEY = 'archive_last_run'

/** What the last archiver run did (JSON in meta), for /health and the budget's growth check. */
export interface ArchiveRun {
  at: number
  mode: 'schedule' | 'budget'
  archived: number
  batches: number
  recovered: number
  database_bytes: number | null
  error?: string
}

export async function readLastRun(db: D1Database): Promise<ArchiveRun | null> {
  const value = await readMeta(db, RUN_META_KEY)
  return value ? (JSON.parse(value) as ArchiveRun) : null
}

export async function writeLastRun(db: D1Database, run: ArchiveRun): Promise<void> {
  await metaWriteStatement(db, RUN_META_KEY, JSON.stringify(run)).run()
}
