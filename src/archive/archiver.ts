import {
  type ArchiveRun,
  databaseBytes,
  deleteWritingBatch,
  insertWritingBatch,
  type Placement,
  readLastRun,
  readMentionsOf,
  readOldestHot,
  readWritingBatches,
  type StoredMention,
  trimStatements,
  writeLastRun,
} from '../db/archive'
import type { Env } from '../env'
import {
  ARCHIVE_BATCH_ARTICLES,
  ARCHIVE_MIN_HOT_DAYS,
  ARCHIVE_RECOVER_AFTER_MS,
  D1_BUDGET_HIGH_WATER,
  DEFAULT_ARCHIVE_AFTER_DAYS,
  MAX_ARCHIVE_BATCHES_PER_RUN,
} from '../limits'
import { gzipLine, sha256Hex, toRecord } from './records'

const DAY = 86_400_000

/** Settings read from the environment, with their defaults. */
export interface ArchivePolicy {
  hotDays: number
  budgetBytes: number | null
}

export function archivePolicy(env: Pick<Env, 'ARCHIVE_AFTER_DAYS' | 'D1_BUDGET_MB'>): ArchivePolicy {
  const days = Number(env.ARCHIVE_AFTER_DAYS)
  const mb = Number(env.D1_BUDGET_MB)
  return {
    // Set too low, the window is clamped to the floor rather than ignored.
    hotDays:
      Number.isFinite(days) && days > 0 ? Math.max(days, ARCHIVE_MIN_HOT_DAYS) : DEFAULT_ARCHIVE_AFTER_DAYS,
    budgetBytes: Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : null,
  }
}

/** Test seam: a failure injected between the R2 write and the D1 trim (a crash mid-batch). */
export interface ArchiverHooks {
  afterObjectWritten?: (objectKey: string) => Promise<void> | void
}

/**
 * One archiver run (cron): first cleans up after a crashed run, then moves up to
 * MAX_ARCHIVE_BATCHES_PER_RUN batches of the oldest hot articles to R2.
 *
 * Nothing is lost at any point: a batch is recorded 'writing' in D1, its object is written to
 * R2 with a SHA-256 that R2 checks, read back and compared, and only then does ONE D1
 * transaction trim the articles and mark the batch 'done'. A crash before that transaction
 * leaves the articles hot and a 'writing' batch; once it is ARCHIVE_RECOVER_AFTER_MS old (no live
 * run takes that long), a later run deletes that batch and its object before it archives those
 * articles again (idempotent: the same articles, a new batch).
 *
 * Schedule: articles published more than the hot window ago. Budget (D1_BUDGET_MB): when the
 * database file is at D1_BUDGET_HIGH_WATER of it and has grown since the last run (SQLite reuses
 * the pages an archive run frees, so a file that stopped growing has room), the oldest articles
 * go even inside the hot window, never the last ARCHIVE_MIN_HOT_DAYS.
 */
export async function runArchiver(env: Env, now: number, hooks: ArchiverHooks = {}): Promise<ArchiveRun> {
  const db = env.DB
  const policy = archivePolicy(env)
  const recovered = await recoverCrashedBatches(env, now)
  const size = await databaseBytes(db)
  const last = await readLastRun(db)
  const overBudget =
    policy.budgetBytes !== null &&
    size !== null &&
    size >= policy.budgetBytes * D1_BUDGET_HIGH_WATER &&
    (last?.database_bytes == null || size > last.database_bytes)
  const cutoff = now - (overBudget ? ARCHIVE_MIN_HOT_DAYS : policy.hotDays) * DAY
  const run: ArchiveRun = {
    at: now,
    mode: overBudget ? 'budget' : 'schedule',
    archived: 0,
    batches: 0,
    recovered,
    database_bytes: size,
  }
  try {
    for (let i = 0; i < MAX_ARCHIVE_BATCHES_PER_RUN; i++) {
      const archived = await archiveOneBatch(env, cutoff, now, hooks)
      if (archived === 0) break
      run.archived += archived
      run.batches++
      if (archived < ARCHIVE_BATCH_ARTICLES) break
    }
  } catch (err) {
    run.error = err instanceof Error ? err.message : String(err)
    throw err
  } finally {
    // Every run records the size the file has once it is done: the next one runs ahead only if the
    // file grew since (new articles), not because this run's own writes took a few pages.
    run.database_bytes = (await databaseBytes(db)) ?? size
    await writeLastRun(db, run)
  }
  return run
}

/**
 * Cleans up after runs that died between writing a batch's object and trimming D1 (their
 * articles are still hot): the batch row goes first, and its object only if the row was still
 * 'writing', so an object whose trim committed is never deleted.
 */
async function recoverCrashedBatches(env: Env, now: number): Promise<number> {
  let recovered = 0
  for (const b of await readWritingBatches(env.DB, now - ARCHIVE_RECOVER_AFTER_MS)) {
    if (!(await deleteWritingBatch(env.DB, b.id))) continue
    await env.ARCHIVE.delete(b.object_key)
    recovered++
  }
  return recovered
}

async function archiveOneBatch(env: Env, cutoff: number, now: number, hooks: ArchiverHooks): Promise<number> {
  const db = env.DB
  const rows = await readOldestHot(db, cutoff, ARCHIVE_BATCH_ARTICLES)
  if (rows.length === 0) return 0
  const mentions = await readMentionsOf(db, rows)
  const byArticle = new Map<number, StoredMention[]>()
  for (const m of mentions) byArticle.set(m.article_id, [...(byArticle.get(m.article_id) ?? []), m])
  const members = await Promise.all(rows.map((r) => gzipLine(toRecord(r, byArticle.get(r.id) ?? []))))
  const placements: Placement[] = []
  let offset = 0
  for (const [i, m] of members.entries()) {
    placements.push({ id: rows[i].id, offset, length: m.length, summary: rows[i].summary })
    offset += m.length
  }
  const body = new Uint8Array(offset)
  for (const [i, m] of members.entries()) body.set(m, placements[i].offset)
  const sha256 = await sha256Hex(body)

  const first = new Date(rows[0].published_at).toISOString().slice(0, 10)
  const objectKey = `articles/v1/${first}/${rows[0].id}-${crypto.randomUUID()}.ndjson.gz`
  const batchId = await insertWritingBatch(db, {
    objectKey,
    articles: rows.length,
    bytes: body.length,
    sha256,
    oldestPublishedAt: rows[0].published_at,
    newestPublishedAt: rows[rows.length - 1].published_at,
    now,
  })
  await env.ARCHIVE.put(objectKey, body, {
    sha256,
    httpMetadata: { contentType: 'application/x-ndjson', contentEncoding: 'gzip' },
    customMetadata: { articles: String(rows.length), format: 'seismo-archive-v1' },
  })
  await verifyObject(env.ARCHIVE, objectKey, body.length, sha256)
  await hooks.afterObjectWritten?.(objectKey)
  await db.batch(trimStatements(db, batchId, placements, now))
  return rows.length
}

/** Reads the object back whole and checks its length and hash before anything leaves D1. */
async function verifyObject(bucket: R2Bucket, key: string, bytes: number, sha256: string): Promise<void> {
  const obj = await bucket.get(key)
  if (!obj) throw new Error(`archive object ${key} missing right after it was written`)
  const data = new Uint8Array(await obj.arrayBuffer())
  if (data.length !== bytes || (await sha256Hex(data)) !== sha256)
    throw new Error(`archive object ${key} does not read back as written`)
}
