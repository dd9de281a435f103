/**
 * Just enough of D1's API over better-sqlite3 to run the project's own src/db statements under
 * Node (prepare/bind/all/first/run/batch), for simulations too large for HTTP. Values bind as D1
 * binds them; a batch is one transaction, as in D1.
 */
import type BetterSqlite3 from 'better-sqlite3'

class Statement {
  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly sql: string,
    readonly values: unknown[] = [],
  ) {}
  bind(...values: unknown[]): Statement {
    return new Statement(this.db, this.sql, values)
  }
  /** better-sqlite3 binds ?NNN only by name: ?3 becomes @p3 bound from an object. */
  private call(): [BetterSqlite3.Statement, unknown[]] {
    if (!/\?\d/.test(this.sql)) return [this.db.prepare(this.sql), this.values]
    const named = Object.fromEntries(this.values.map((v, i) => [`p${i + 1}`, v]))
    return [this.db.prepare(this.sql.replace(/\?(\d+)/g, '@p$1')), [named]]
  }
  async all<T>(): Promise<{ results: T[]; meta: Record<string, number> }> {
    const [s, args] = this.call()
    if (!s.reader) {
      const r = s.run(...(args as never[]))
      return { results: [], meta: { changes: r.changes } }
    }
    return { results: s.all(...(args as never[])) as T[], meta: {} }
  }
  async first<T>(): Promise<T | null> {
    return ((await this.all<T>()).results[0] ?? null) as T | null
  }
  async run(): Promise<{ meta: Record<string, number> }> {
    return { meta: (await this.all()).meta }
  }
}

export function d1(db: BetterSqlite3.Database): D1Database {
  const shim = {
    prepare: (sql: string) => new Statement(db, sql),
    async batch(statements: Statement[]) {
      db.exec('BEGIN')
      try {
        const out = []
        for (const s of statements) out.push(await s.all())
        db.exec('COMMIT')
        return out
      } catch (err) {
        db.exec('ROLLBACK')
        throw err
      }
    },
  }
  return shim as unknown as D1Database
}
