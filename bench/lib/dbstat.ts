/**
 * Bytes per table of a local D1 database, read from its SQLite file with dbstat (better-sqlite3,
 * read-only): each index and each FTS5 shadow table is counted with the table it serves.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** The SQLite file of the (only) local D1 database under a wrangler/miniflare persist dir. */
export function d1File(persistDir: string): string {
  const dir = join(persistDir, 'v3', 'd1', 'miniflare-D1DatabaseObject')
  const files = readdirSync(dir).filter((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite')
  if (files.length === 0) throw new Error(`no D1 database under ${dir}`)
  return files.map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]
}

/** Groups used in reports: the table, its indexes, and FTS5 shadow tables under their virtual table. */
export function bytesByTable(file: string): { total: number; tables: Map<string, number> } {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const owners = new Map<string, string>()
    for (const r of db
      .prepare("SELECT name, tbl_name, type FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
      .all() as {
      name: string
      tbl_name: string
      type: string
    }[])
      owners.set(r.name, r.type === 'index' ? r.tbl_name : r.name)
    const tables = new Map<string, number>()
    let total = 0
    for (const r of db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as {
      name: string
      bytes: number
    }[]) {
      let owner = owners.get(r.name) ?? r.name
      const fts = owner.match(/^(.*)_(data|idx|docsize|config|content)$/)
      if (fts && owners.has(fts[1])) owner = fts[1]
      if (owner.startsWith('sqlite_autoindex_')) owner = owner.replace(/^sqlite_autoindex_(.*)_\d+$/, '$1')
      tables.set(owner, (tables.get(owner) ?? 0) + r.bytes)
      total += r.bytes
    }
    return { total, tables }
  } finally {
    db.close()
  }
}
