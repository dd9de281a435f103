/**
 * SQL of near-duplicate candidates (migrations/0007_near_duplicates.sql): the MinHash LSH index
 * of story representatives, its lookup, pruning and backfill.
 */
import type { Fingerprint, Signature } from '../ingest/story-fingerprint'
import { bandKeys, signatureFromHex, signatureToHex } from '../ingest/story-fingerprint'
import { type StoredTextRow, textColumns, unpackRow } from './article-text'
import { bulkInsert, chunk } from './bulk'
import { metaWriteStatement, readMeta } from './meta'

/** Signatures per INSERT: 300 hex characters each, far under D1's limits on a bound value. */
const REPS_PER_STATEMENT = 500

/** One new article's band keys; `item` is its index in the ingest. */
export interface CandidateProbe {
  item: number
  keys: number[]
}

export interface Candidate {
  repId: number
  /** Band keys shared with the probing article (the rank of the candidate). */
  shared: number
  signature: Signature
}

/** See candidatesStatement. */
export const CANDIDATES_SQL = `WITH probe AS (
    SELECT json_extract(value, '$[0]') AS item, json_extract(value, '$[1]') AS key FROM json_each(?1)
  ), hit AS (
    SELECT p.item, b.rep_id, count(*) AS shared
    FROM probe p JOIN near_duplicate_bands b
      ON b.key = p.key
     AND b.rep_id >= coalesce((SELECT rep_id FROM near_duplicate_bands
                               WHERE key = p.key AND rep_id >= ?2
                               ORDER BY rep_id DESC LIMIT 1 OFFSET ?3), ?2)
    GROUP BY p.item, b.rep_id
  ), ranked AS (
    SELECT item, rep_id, shared,
           row_number() OVER (PARTITION BY item ORDER BY shared DESC, rep_id DESC) AS rank
    FROM hit
  )
  SELECT ranked.item, ranked.rep_id, ranked.shared, hex(r.signature) AS signature
  FROM ranked JOIN near_duplicate_reps r ON r.id = ranked.rep_id
  WHERE ranked.rank <= ?4`

/**
 * Candidates of every probing article in one statement: for each band key, the newest
 * `perKey` representatives at or above `minRepId` (a key shared by more is boilerplate, and
 * reading it whole would make one lookup read the window); per article, the `perItem`
 * representatives sharing the most keys, with their signatures for the confirmation.
 * Index rows read per article ≤ bands × perKey × 2, signatures read ≤ perItem, whatever the
 * size of the database.
 */
export function candidatesStatement(
  db: D1Database,
  probes: CandidateProbe[],
  minRepId: number,
  perKey: number,
  perItem: number,
): D1PreparedStatement {
  const pairs = probes.flatMap((p) => p.keys.map((k) => [p.item, k]))
  return db.prepare(CANDIDATES_SQL).bind(JSON.stringify(pairs), minRepId, perKey - 1, perItem)
}

/** Candidates per probing article from candidatesStatement's result. */
export function candidatesByItem(result: D1Result): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>()
  for (const r of result.results as { item: number; rep_id: number; shared: number; signature: string }[]) {
    const list = out.get(r.item) ?? []
    list.push({ repId: r.rep_id, shared: r.shared, signature: signatureFromHex(r.signature) })
    out.set(r.item, list)
  }
  return out
}

/** The commit counter of story representatives (migrations/0015_story_race_guard.sql). */
const STORY_SEQ = "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'story_seq')"

/** The counter as the planner reads it, with its candidates: the guard's watermark. */
export function storySeqStatement(db: D1Database): D1PreparedStatement {
  return db.prepare(`SELECT coalesce(${STORY_SEQ}, 0) AS seq`)
}

/**
 * New representatives and their band keys (ON CONFLICT: the backfill and a re-plan may meet),
 * stamped with the next value of the commit counter, which storyRaceGuardStatement reads.
 */
export function repInsertStatements(
  db: D1Database,
  reps: { id: number; fingerprint: Fingerprint }[],
): D1PreparedStatement[] {
  if (reps.length === 0) return []
  const sigs = reps.map((r) => [r.id, signatureToHex(r.fingerprint.signature)])
  return [
    db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'story_seq'"),
    ...chunk(sigs, REPS_PER_STATEMENT).map((part) =>
      db
        .prepare(
          `INSERT INTO near_duplicate_reps (id, signature, seq)
           SELECT json_extract(value, '$[0]'), unhex(json_extract(value, '$[1]')), ${STORY_SEQ}
           FROM json_each(?1) WHERE true ON CONFLICT DO NOTHING`,
        )
        .bind(JSON.stringify(part)),
    ),
    ...bulkInsert(
      db,
      'INSERT INTO near_duplicate_bands (key, rep_id)',
      reps.flatMap((r) => r.fingerprint.bands.map((key) => [key, r.id])),
      'ON CONFLICT DO NOTHING',
    ),
  ]
}

/** Representatives ingested before `beforeId` (out of the window), oldest first. */
export async function readExpiredReps(
  db: D1Database,
  beforeId: number,
  limit: number,
): Promise<{ id: number; signature: Signature }[]> {
  const { results } = await db
    .prepare(
      'SELECT id, hex(signature) AS signature FROM near_duplicate_reps WHERE id < ?1 ORDER BY id LIMIT ?2',
    )
    .bind(beforeId, limit)
    .all<{ id: number; signature: string }>()
  return results.map((r) => ({ id: r.id, signature: signatureFromHex(r.signature) }))
}

/**
 * Removes representatives from the index. Their band keys are recomputed from the stored
 * signatures, so no second index (rep_id → keys) is needed to find the band rows.
 */
export function repDeleteStatements(
  db: D1Database,
  reps: { id: number; signature: Signature }[],
): D1PreparedStatement[] {
  if (reps.length === 0) return []
  const pairs = reps.flatMap((r) => bandKeys(r.signature).map((k) => [k, r.id]))
  return [
    db
      .prepare(
        `DELETE FROM near_duplicate_bands WHERE (key, rep_id) IN
           (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))`,
      )
      .bind(JSON.stringify(pairs)),
    db
      .prepare('DELETE FROM near_duplicate_reps WHERE id IN (SELECT value FROM json_each(?1))')
      .bind(JSON.stringify(reps.map((r) => r.id))),
  ]
}

export interface BackfillRow {
  id: number
  title: string
  content: string
}

/**
 * The next representatives to backfill: stored articles that are their cluster's first
 * (id = cluster_id), ingested at or after `minId`, newest first below `belowId` (null = newest).
 */
export async function readBackfillBatch(
  db: D1Database,
  belowId: number | null,
  minId: number,
  limit: number,
): Promise<BackfillRow[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.title, ${textColumns('a')} FROM articles a
       WHERE a.id >= ?2 AND (?1 IS NULL OR a.id < ?1) AND a.cluster_id = a.id
       ORDER BY a.id DESC LIMIT ?3`,
    )
    .bind(belowId, minId, limit)
    .all<BackfillRow & StoredTextRow>()
  return results.map((r) => unpackRow(r) as BackfillRow)
}

export const BACKFILL_META_KEY = 'near_duplicate_backfill'

/** Where the backfill stands: '' = not started, 'done', or the id it continues below. */
export const readBackfillState = (db: D1Database) => readMeta(db, BACKFILL_META_KEY)

export const backfillStateStatement = (db: D1Database, value: string) =>
  metaWriteStatement(db, BACKFILL_META_KEY, value)

/**
 * First statement of a store batch that starts stories: fails the transaction (CHECK constraint
 * write_conflict) when a representative committed after the planner read the counter (seq above
 * `watermark`) shares one of the new stories' band keys, i.e. a concurrent ingest started what
 * may be the same story. The store then re-plans with that representative among the candidates.
 * Cost: the representatives committed meanwhile (a handful) × the keys, each a primary-key probe.
 */
export function storyRaceGuardStatement(
  db: D1Database,
  bandKeys: number[],
  watermark: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO write_conflicts (reason)
       SELECT 'a story sharing band keys was started concurrently' WHERE EXISTS (
         SELECT 1 FROM near_duplicate_reps r JOIN near_duplicate_bands b ON b.rep_id = r.id
         WHERE r.seq > ?2 AND b.key IN (SELECT value FROM json_each(?1)))`,
    )
    .bind(JSON.stringify([...new Set(bandKeys)]), watermark)
}
