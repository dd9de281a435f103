/**
 * Wraps a D1Database so that every round trip to the database (first/all/run/raw on a statement,
 * batch, exec) is observed. The ingest summary reports the count: the issue asks that a 100-item
 * feed costs a small, bounded number of round trips, and this makes it observable and testable.
 * The search benchmark observes the same way what a request reads (bench/worker.ts), the read
 * coalescer batches through it (coalesce.ts), and the fault-injection tests fail chosen round trips
 * with it (test/helpers/faulty-d1.ts).
 */
const RAW = Symbol('raw statement')

export type StatementMethod = 'first' | 'all' | 'run' | 'raw'

/** How a wrapped database runs what its statements and batches are asked to run. */
export interface D1Interceptor {
  /** A statement's first/all/run/raw; `call` runs it on the database below. */
  statement(
    target: D1PreparedStatement,
    method: StatementMethod,
    args: unknown[],
    call: () => Promise<unknown>,
  ): Promise<unknown>
  /** batch() and exec(); `call` runs them on the database below. */
  trip(kind: 'batch' | 'exec', statements: number, call: () => Promise<unknown>): Promise<unknown>
}

/**
 * A D1Database whose statements (prepared, bound) run through `hooks`. Wrappers nest: each one
 * unwraps its own statements before handing a batch to the database below.
 */
export function interceptD1(inner: D1Database, hooks: D1Interceptor): D1Database {
  const wrapStatement = (s: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(s, {
      get(target, prop, receiver) {
        if (prop === RAW) return target
        if (prop === 'bind') return (...args: unknown[]) => wrapStatement(target.bind(...args))
        if (prop === 'first' || prop === 'all' || prop === 'run' || prop === 'raw') {
          const fn = Reflect.get(target, prop, target) as (...a: unknown[]) => Promise<unknown>
          return (...args: unknown[]) => hooks.statement(target, prop, args, () => fn.apply(target, args))
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
          // batch() needs the statements of the database below, not our proxies.
          if (prop === 'batch') args[0] = (args[0] as D1PreparedStatement[]).map(unwrapStatement)
          const statements = prop === 'batch' ? (args[0] as D1PreparedStatement[]).length : 1
          return hooks.trip(prop, statements, () => fn.apply(target, args))
        }
      }
      return Reflect.get(target, prop, receiver)
    },
  })
}

/** The statement below one wrapper (the statement itself when it is not wrapped). */
export function unwrapStatement(s: D1PreparedStatement): D1PreparedStatement {
  return ((s as unknown as Record<symbol, D1PreparedStatement>)[RAW] ?? s) as D1PreparedStatement
}

/** Called as each round trip starts: the statements it sends and the promise of its result. */
export type RoundTripListener = (statements: number, result: Promise<unknown>) => void

export function observeRoundTrips(inner: D1Database, listener: RoundTripListener): D1Database {
  const observe = (statements: number, call: () => Promise<unknown>) => {
    const result = call()
    listener(statements, result)
    return result
  }
  return interceptD1(inner, {
    statement: (_target, _method, _args, call) => observe(1, call),
    trip: (_kind, statements, call) => observe(statements, call),
  })
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
