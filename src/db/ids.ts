/**
 * Article ids are assigned by the Worker, not by SQLite, so that one D1 batch can insert an
 * article and everything that refers to it (sources, bands, tags, search rows, deliveries).
 * id = epoch ms × 1024 + a per-isolate counter: time-ordered, below 2^53 until the year 2248.
 * Two isolates colliding in the same millisecond on the same counter value make the batch fail
 * on the primary key; the store then retries with fresh ids (see STORE_CONFLICT_RETRIES).
 */
const SLOTS_PER_MS = 1024
let counter = Math.floor(Math.random() * SLOTS_PER_MS)

export function newArticleId(now: number = Date.now()): number {
  counter = (counter + 1) % SLOTS_PER_MS
  return now * SLOTS_PER_MS + counter
}

/** The smallest id an article created at `ms` or later can have (ids are time-ordered). */
export function firstArticleIdAt(ms: number): number {
  return Math.max(0, ms) * SLOTS_PER_MS
}
