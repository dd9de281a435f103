/**
 * Cron upkeep: articles stored before migration 0013 (summary and body as text) are rewritten in
 * the packed form of src/db/article-text.ts, walking the ids upward from the meta cursor,
 * PACK_WALK_ROWS rows a step and MAX_PACK_STEPS_PER_RUN steps a run, each step one transaction
 * that also moves the cursor (a run that dies loses no work and redoes at most one step). Rows
 * ingested since are packed already and only stepped over; archived rows keep their text summary.
 * Readers read both forms, so nothing waits for the walk.
 */
import { PACK_META_KEY, packStatements, readPackWalk } from '../db/article-text'
import { readMeta } from '../db/meta'
import { MAX_PACK_STEPS_PER_RUN, PACK_WALK_ROWS } from '../limits'

export interface PackReport {
  packed: number
  walked: number
  done: boolean
}

export async function packStoredText(
  db: D1Database,
  limits = { walk: PACK_WALK_ROWS, steps: MAX_PACK_STEPS_PER_RUN },
): Promise<PackReport> {
  const state = await readMeta(db, PACK_META_KEY)
  const report: PackReport = { packed: 0, walked: 0, done: state === null || state === 'done' }
  let after = state ? Number(state) : 0
  for (let i = 0; i < limits.steps && !report.done; i++) {
    const step = await readPackWalk(db, after, limits.walk)
    report.done = step.walked < limits.walk
    await db.batch(packStatements(db, step.rows, report.done ? 'done' : String(step.lastId)))
    report.packed += step.rows.length
    report.walked += step.walked
    after = step.lastId ?? after
  }
  return report
}
