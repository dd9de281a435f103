/**
 * A migration that changes the default taxonomy (or how records are derived) cannot queue work
 * itself: it leaves meta.retag_requested, and the next cron run queues the background re-tag of
 * stored articles (src/tagging/retag.ts), exactly as an admin's taxonomy change does.
 */
import { clearRetagRequest, readRetagRequest } from '../db/taxonomy'
import type { Env } from '../env'

export async function enqueueRequestedRetag(env: Env): Promise<boolean> {
  const version = await readRetagRequest(env.DB)
  if (version === null) return false
  await env.RETAG_QUEUE.send({ beforeId: null, taxonomyVersion: version })
  await clearRetagRequest(env.DB, version)
  return true
}
