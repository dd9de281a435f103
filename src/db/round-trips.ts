/**
 * Wraps a D1Database so that every round trip to the database (first/all/run/raw on a statement,
 * batch, exec) is observed. The ingest summary reports the count: the issue asks that a 100-item
 * feed costs a small, bounded number of round trips, and this makes it observable and testable.
 * The search benchmark observes the same way what a request reads (bench/worker.ts), and the
 * fault-injection tests fail chosen round trips on purpose (test/helpers/faulty-d1.ts).
 */
const RAW = Symbol('raw statement')

/** Called as each round trip starts: the statements it sends and the promise of its result. */
export type RoundTripListener = (statements: number, result: Promise<unknown>) => void

export function observeRoundTrips(inner: D1Database, listener: RoundTripListener): D1Database {
  return interceptRoundTrips(inner, (statements, send) => {
    const result = send()
    listener(statements, result)
    return result
  })
}

/**
 * Every round trip goes through `around(statements, send)`, which decides when (and whether) to
 * call `send`: observing it, or failing it on purpose (the fault-injection tests' D1 binding).
 */
export function interceptRoundTrips(
  inner: D1Database,
  around: (statements: number, send: () => Promise<unknown>) => Promise<unknown>,
): D1Database {
  const wrapStatement = (s: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(s, {
      get(target, prop, receiver) {
        if (prop === RAW) return target
        if (prop === 'bind') return (...args: unknown[]) => wrapStatement(target.bind(...args))
        if (prop === 'first' || prop === 'all' || prop === 'run' || prop === 'raw') {
          const fn = Reflect.get(target, prop, target) as (...a: unknown[]) => Promise<unknown>
          return (...args: unknown[]) => around(1, () => fn.apply(target, args))
        }
        return Reflect.get(target, prop, receiver)
      },
    })
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return (sql: string) => wrapStatement(target.prepare(sql))
      if (prop === 'batch' || prop === 'exec') {
        const fn = Reflect.get(target, prop, target) as (...a: unknown[]) => Promise<unknown>
        return (...args: unknown[]) => {
          // batch() needs the real statements, not our proxies.
          if (prop === 'batch') args[0] = (args[0] as D1PreparedStatement[]).map(unwrap)
          const statements = prop === 'batch' ? (args[0] as D1PreparedStatement[]).length : 1
          return around(statements, () => fn.apply(target, args))
        }
      }
      return Reflect.get(target, prop, receiver)
    },
  })
}

function unwrap(s: D1PreparedStatement): D1PreparedStatement {
  return ((s as unknown as Record<symbol, D1PreparedStatement>)[RAW] ?? s) as D1PreparedStatement
}

export interface CountingDb {
  db: D1Database
  /** Round trips so far. */
  count(): number
  /** SQL statements sent so far (a batch sends many in one round trip). */
  statements(): number
}

export function countRoundTrips(inner: D1Database): CountingDb {
  let n = 0
  let sent = 0
  const db = observeRoundTrips(inner, (statements) => {
    n++
    sent += statements
  })
  return { db, count: () => n, statements: () => sent }
}

/** The cost fields an ingest report carries. */
export const d1Cost = (c: CountingDb) => ({ round_trips: c.count(), d1_statements: c.statements() })
