import { interceptD1 } from '../../src/db/round-trips'

/**
 * A D1 binding that fails on purpose: the Nth round trip (a statement's run/all/first/raw, or a
 * whole batch) throws, either before it reaches D1 (nothing written: D1 unavailable) or after D1
 * executed it (written, but the Worker never hears back: a lost answer). Every other round trip
 * goes to the real binding.
 */
export type FaultMode = 'before' | 'after'

export interface FaultyD1 {
  db: D1Database
  /** Round trips seen so far. */
  operations: () => number
  /** Whether the fault has fired. */
  fired: () => boolean
}

/** failAt: the 1-based round trip that fails (0: none, a counting pass-through). */
export function faultyD1(real: D1Database, failAt: number, mode: FaultMode = 'before'): FaultyD1 {
  let ops = 0
  let fired = false
  const trip = async (send: () => Promise<unknown>) => {
    const n = ++ops
    if (n !== failAt) return send()
    fired = true
    if (mode === 'after') await send()
    throw new Error(`D1_ERROR: injected failure at round trip ${n} (${mode} it ran)`)
  }
  const db = interceptD1(real, {
    statement: (_target, _method, _args, call) => trip(call),
    trip: (_kind, _statements, call) => trip(call),
  })
  return { db, operations: () => ops, fired: () => fired }
}
