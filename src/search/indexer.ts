import { indexRowStatement } from '../db/search'
import { documentTokens } from './document'

/**
 * The statements that index one new article; the ingest store runs them in its batch (one
 * transaction with the article row). INSERT OR REPLACE: re-indexing the same id is harmless.
 */
export function searchIndexStatements(
  db: D1Database,
  doc: { id: number; title: string; summary: string; content: string },
): D1PreparedStatement[] {
  const cols = documentTokens({ title: doc.title, summary: doc.summary, content: doc.content })
  return [indexRowStatement(db, doc.id, cols.title.join(' '), cols.lead.join(' '), cols.body.join(' '))]
}
