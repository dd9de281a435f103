import { indexRowsStatements } from '../db/search-index'
import { documentTokens } from './document'

export interface IndexDoc {
  id: number
  title: string
  summary: string
  content: string
}

/**
 * The statements that index new articles; the ingest store runs them in its batch (one
 * transaction with the article rows), all articles packed into as few statements as possible.
 * INSERT OR REPLACE: re-indexing the same id is harmless.
 */
export function searchIndexStatements(db: D1Database, docs: IndexDoc[]): D1PreparedStatement[] {
  return indexRowsStatements(
    db,
    docs.map((doc) => {
      const cols = documentTokens({ title: doc.title, summary: doc.summary, content: doc.content })
      return [doc.id, cols.title.join(' '), cols.lead.join(' '), cols.body.join(' ')]
    }),
  )
}
