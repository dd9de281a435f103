import {
  backfillStateStatement,
  readBackfillBatch,
  readBackfillState,
  readExpiredReps,
  repDeleteStatements,
  repInsertStatements,
} from '../db/near-duplicates'
import { NEAR_DUPLICATE_MAINTENANCE_BATCH } from '../limits'
import { oldestRepIdInWindow, storyFingerprint } from './story-fingerprint'

export interface MaintenanceReport {
  pruned: number
  backfilled: number
  backfillDone: boolean
}

/**
 * Cron upkeep of the near-duplicate index, bounded per run: representatives that left the
 * window are removed (so the index holds a window of stories, not the whole history), and
 * after migration 0007 the representatives of the recent window are re-created from the stored
 * text, newest first, NEAR_DUPLICATE_MAINTENANCE_BATCH per run (an article ingested meanwhile is
 * indexed by the ingest itself; the inserts ignore rows that exist).
 */
export async function maintainNearDuplicateIndex(db: D1Database, now: number): Promise<MaintenanceReport> {
  const minId = oldestRepIdInWindow(now)
  const expired = await readExpiredReps(db, minId, NEAR_DUPLICATE_MAINTENANCE_BATCH)
  const statements = repDeleteStatements(db, expired)

  const state = await readBackfillState(db)
  let backfilled = 0
  let backfillDone = state === 'done' || state === null
  if (!backfillDone) {
    const rows = await readBackfillBatch(
      db,
      state ? Number(state) : null,
      minId,
      NEAR_DUPLICATE_MAINTENANCE_BATCH,
    )
    const reps = rows.flatMap((r) => {
      const fp = storyFingerprint(`${r.title}\n${r.content}`)
      return fp ? [{ id: r.id, fingerprint: fp }] : []
    })
    backfilled = reps.length
    backfillDone = rows.length < NEAR_DUPLICATE_MAINTENANCE_BATCH
    statements.push(
      ...repInsertStatements(db, reps),
      backfillStateStatement(db, backfillDone ? 'done' : String(rows[rows.length - 1].id)),
    )
  }
  if (statements.length > 0) await db.batch(statements)
  return { pruned: expired.length, backfilled, backfillDone }
}
