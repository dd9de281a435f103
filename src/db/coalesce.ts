/**
 * One D1 round trip for reads that do not depend on each other. A page reads its results, facet
 * counts, trend and the taxonomy version at the same time; each of those modules prepares its own
 * statement and awaits it. Through this wrapper, every all()/first() started before the event
 * loop moves on (the same turn: callers started together with Promise.all, however many cached
 * awaits each passes first) is sent as ONE db.batch, and each caller gets its own result back.
 *
 * Semantics kept: a batch is one transaction, so the statements also read one snapshot (the
 * counts and the results agree). If a statement fails, D1 fails the batch: every caller of that
 * batch sees the error (these are reads: nothing is half-written). run(), raw(), exec() and
 * explicit batch() go through unchanged, one trip each, as before.
 */
import { interceptD1 } from './round-trips'

interface Pending {
  statement: D1PreparedStatement
  resolve(result: D1Result): void
  reject(err: unknown): void
}

export function coalescedReads(db: D1Database): D1Database {
  let wave: Pending[] = []
  const flush = async () => {
    const sent = wave
    wave = []
    if (sent.length === 1) {
      const [p] = sent
      p.statement.all().then(p.resolve, p.reject)
      return
    }
    let results: D1Result[]
    try {
      results = await db.batch(sent.map((p) => p.statement))
    } catch (err) {
      for (const p of sent) p.reject(err)
      return
    }
    for (const [i, p] of sent.entries()) p.resolve(results[i])
  }
  const queue = (statement: D1PreparedStatement) =>
    new Promise<D1Result>((resolve, reject) => {
      // The first statement of a wave schedules the send after every pending microtask has run.
      if (wave.length === 0) setTimeout(flush, 0)
      wave.push({ statement, resolve, reject })
    })
  return interceptD1(db, {
    statement(target, method, args, call) {
      if (method === 'all') return queue(target)
      if (method === 'first') {
        const column = args[0] as string | undefined
        return queue(target).then((r) => {
          const row = (r.results[0] ?? null) as Record<string, unknown> | null
          return column === undefined ? row : (row?.[column] ?? null)
        })
      }
      return call()
    },
    trip: (_kind, _statements, call) => call(),
  })
}
