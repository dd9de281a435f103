/** Writes to the full-text index (migrations/0003_search.sql; rows built by src/search/indexer.ts). */

import { bulkInsert } from './bulk'

/** Search rows [rowid, title, lead, body] of many articles, packed by bulkInsert. */
export function indexRowsStatements(
  db: D1Database,
  rows: [number, string, string, string][],
): D1PreparedStatement[] {
  return bulkInsert(db, 'INSERT OR REPLACE INTO article_search (rowid, title, lead, body)', rows)
}

export function deleteIndexRowStatement(db: D1Database, id: number): D1PreparedStatement {
  return db.prepare('DELETE FROM article_search WHERE rowid = ?').bind(id)
}
