/** SQL of GET /api/export beyond the search walk itself: the full rows of one page. */
import { plainContentColumn } from './article-text'

export interface ExportBodyRow {
  id: number
  /** null when the row is packed: the search walk's row brought its body (src/db/search-rows.ts). */
  content: string | null
  archive_key: string | null
  archive_offset: number | null
  archive_length: number | null
}

/** Bodies of unpacked hot rows, or archive locations (archived), of a page of articles, by id. */
export async function readExportBodies(db: D1Database, ids: number[]): Promise<Map<number, ExportBodyRow>> {
  if (ids.length === 0) return new Map()
  const { results } = await db
    .prepare(
      `SELECT a.id, ${plainContentColumn('a')}, b.object_key AS archive_key, a.archive_offset, a.archive_length
       FROM articles a LEFT JOIN archive_batches b ON b.id = a.archive_batch
       WHERE a.id IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(ids))
    .all<ExportBodyRow>()
  return new Map(results.map((r) => [r.id, r]))
}
