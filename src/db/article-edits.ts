/**
 * SQL of edited items (src/ingest/plan.ts rule 1): an article whose item came back from its feed
 * with materially changed text takes the new text in place, keeping its id, link, publication time,
 * sources and cluster. Its tags, search row and story fingerprint are rewritten by the store's
 * batch alongside (retagBatchStatements, searchIndexStatements, repInsertStatements).
 */
import type { NormalizedArticle } from '../ingest/types'
import { packedHex } from './article-text'

/** What the store needs of a stored article before rewriting it. */
export interface EditTarget {
  id: number
  published_at: number
  cluster_id: number
  feed_id: number
  /** Hex of its story signature when it represents its story (near_duplicate_reps), else null. */
  rep_signature: string | null
}

export async function readEditTargets(db: D1Database, ids: number[]): Promise<Map<number, EditTarget>> {
  if (ids.length === 0) return new Map()
  const { results } = await db
    .prepare(
      `SELECT a.id, a.published_at, a.cluster_id, a.feed_id, hex(r.signature) AS rep_signature
       FROM articles a LEFT JOIN near_duplicate_reps r ON r.id = a.id
       WHERE a.id IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(ids))
    .all<EditTarget>()
  return new Map(results.map((r) => [r.id, { ...r, rep_signature: r.rep_signature || null }]))
}

/**
 * The article's text columns rewritten to the new version. An archived article comes back hot
 * (its text is in D1 again, archive_batch cleared): its record in the R2 batch object is the old
 * version, no longer referenced by anything, and the archiver archives the new one in a later
 * batch like any other hot article past the window.
 */
export function articleTextUpdateStatement(
  db: D1Database,
  id: number,
  a: NormalizedArticle,
  simhash: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE articles SET title = ?2, summary = '', content = unhex(?3), author = ?4, image_url = ?5, lang = ?6,
         simhash = unhex(?7), content_hash = unhex(?8), version_hash = unhex(?9), version_at = ?10,
         archive_batch = NULL, archive_offset = NULL, archive_length = NULL
       WHERE id = ?1`,
    )
    .bind(
      id,
      a.title,
      packedHex(a.summary, a.content),
      a.author,
      a.imageUrl,
      a.lang,
      simhash,
      a.contentHash,
      a.versionHash,
      a.versionAt,
    )
}
