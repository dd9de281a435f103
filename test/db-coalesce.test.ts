import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { coalescedReads } from '../src/db/coalesce'
import { observeRoundTrips } from '../src/db/round-trips'

/** A coalescing wrapper over a metered D1: the trips it really makes, and the statements in each. */
function metered() {
  const trips: number[] = []
  const below = observeRoundTrips(env.DB, (statements) => trips.push(statements))
  return { db: coalescedReads(below), trips }
}

/** Reads that pass a few cached awaits first, as the search modules' do before their query. */
async function afterAwaits<T>(hops: number, read: () => Promise<T>): Promise<T> {
  for (let i = 0; i < hops; i++) await Promise.resolve()
  return read()
}

beforeAll(async () => {
  await env.DB.exec('CREATE TABLE coalesce_probe (id INTEGER PRIMARY KEY, name TEXT)')
  await env.DB.prepare(
    "INSERT INTO coalesce_probe (id, name) VALUES (1, 'one'), (2, '둘'), (3, 'three')",
  ).run()
})

describe('coalescedReads', () => {
  it('sends the reads started together as one batch, each caller getting its own answer', async () => {
    const { db, trips } = metered()
    const [all, first, column, none] = await Promise.all([
      db.prepare('SELECT id, name FROM coalesce_probe ORDER BY id').all<{ id: number; name: string }>(),
      afterAwaits(3, () => db.prepare('SELECT name FROM coalesce_probe WHERE id = ?').bind(2).first()),
      afterAwaits(7, () => db.prepare('SELECT count(*) AS n FROM coalesce_probe').first('n')),
      db.prepare('SELECT name FROM coalesce_probe WHERE id = ?').bind(99).first(),
    ])
    expect(trips).toEqual([4])
    expect(all.results.map((r) => r.name)).toEqual(['one', '둘', 'three'])
    expect(all.meta.rows_read).toBeGreaterThan(0)
    expect(first).toEqual({ name: '둘' })
    expect(column).toBe(3)
    expect(none).toBeNull()
  })

  it('sends a read that waits for another in a later trip, and a lone read as a plain query', async () => {
    const { db, trips } = metered()
    const a = await db.prepare('SELECT 1 AS x').first('x')
    const b = await db.prepare('SELECT ? AS x').bind(a).first('x')
    expect(b).toBe(1)
    expect(trips).toEqual([1, 1])
  })

  it('fails every read of a batch whose statement fails, and lets writes through on their own', async () => {
    const { db, trips } = metered()
    const results = await Promise.allSettled([
      db.prepare('SELECT id FROM coalesce_probe').all(),
      db.prepare('SELECT nope FROM no_such_table').all(),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    await db.prepare("INSERT INTO coalesce_probe (id, name) VALUES (4, 'four')").run()
    expect(trips).toEqual([2, 1])
    expect(await env.DB.prepare('SELECT name FROM coalesce_probe WHERE id = 4').first('name')).toBe('four')
  })
})
