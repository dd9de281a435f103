/**
 * GET /api/export: every article matching a filter, hot and archived, as NDJSON or CSV, streamed.
 *
 * A pull-driven ReadableStream walks the search's date index newest first in pages of
 * EXPORT_PAGE_ROWS (keyset paging, as search does), reads the page's bodies from D1, and the
 * archived ones from R2 with one range request per batch object the page touches. Memory holds
 * one page; nothing is read before the client asks for it. An export stops at
 * MAX_EXPORT_ARTICLES: the stream then ends with an error (the client sees a failed transfer,
 * never a file that looks complete), and the documentation says to narrow it with since/until.
 */

import { readArchivedSpan } from '../archive/read'
import type { ArchiveRecord } from '../archive/records'
import { type ArticleView, toArticleView } from '../db/article-view'
import { type ExportBodyRow, readExportBodies } from '../db/export'
import { runSearch, type SearchQuerySpec } from '../db/search-date'
import type { SearchRow } from '../db/search-rows'
import type { Env } from '../env'
import { EXPORT_PAGE_ROWS, MAX_EXPORT_ARTICLES } from '../limits'
import { guarded, qDriverFor } from '../search/find'
import { toFts } from '../search/query'
import type { Filter } from '../search/types'
import { csvRow } from './csv'

export type ExportFormat = 'ndjson' | 'csv'

/** One exported article: the article object of the API plus its full text. */
export type ExportedArticle = ArticleView & { content: string }

export const CSV_COLUMNS = [
  'id',
  'published_at',
  'fetched_at',
  'lang',
  'feed_id',
  'feed_title',
  'title',
  'url',
  'author',
  'image_url',
  'actors',
  'events',
  'cluster_id',
  'archived',
  'summary',
  'content',
] as const

function csvLine(a: ExportedArticle): string {
  return csvRow([
    a.id,
    a.published_at,
    a.fetched_at,
    a.lang,
    a.feed.id,
    a.feed.title,
    a.title,
    a.url,
    a.author,
    a.image_url,
    a.actors.join(' '),
    a.events.join(' '),
    a.cluster_id,
    a.archived,
    a.summary,
    a.content,
  ])
}

export interface ExportPage {
  articles: ExportedArticle[]
  /** Sort key of the page's last row, to continue after it. */
  last?: [number, number]
}

/** One page of the walk: the search rows, then bodies from D1 or R2. */
export async function exportPage(env: Env, spec: SearchQuerySpec): Promise<ExportPage> {
  const rows = await guarded(() => runSearch(env.DB, spec))
  if (rows.length === 0) return { articles: [] }
  const bodies = await readExportBodies(
    env.DB,
    rows.map((r) => r.id),
  )
  const archived = await archivedRecords(env.ARCHIVE, [...bodies.values()])
  const articles = rows.map((r: SearchRow) => {
    const body = bodies.get(r.id)
    const content = body?.archive_key
      ? (archived.get(String(r.id))?.content ?? '')
      : (r.content ?? body?.content ?? '')
    return { ...toArticleView(r), content }
  })
  const last = rows[rows.length - 1]
  return { articles, last: [last.published_at, last.id] }
}

/** The archive records of a page's archived rows: one range read per batch object. */
async function archivedRecords(bucket: R2Bucket, rows: ExportBodyRow[]): Promise<Map<string, ArchiveRecord>> {
  const byObject = new Map<string, { offset: number; length: number }[]>()
  for (const r of rows) {
    if (!r.archive_key) continue
    const list = byObject.get(r.archive_key) ?? []
    list.push({ offset: r.archive_offset ?? 0, length: r.archive_length ?? 0 })
    byObject.set(r.archive_key, list)
  }
  const out = new Map<string, ArchiveRecord>()
  for (const [key, members] of byObject)
    for (const [id, rec] of await readArchivedSpan(bucket, key, members)) out.set(id, rec)
  return out
}

/**
 * The export as a byte stream. The first page is read before the Response is made (so a bad
 * query still becomes a 4xx); every later page only when the client has taken the previous one.
 */
export async function exportStream(
  env: Env,
  filter: Filter,
  format: ExportFormat,
): Promise<ReadableStream<Uint8Array>> {
  const fts = filter.query ? toFts(filter.query) : undefined
  const base: SearchQuerySpec = {
    filter,
    fts,
    qDriver: await guarded(() => qDriverFor(env.DB, fts)),
    collapse: false,
    limit: EXPORT_PAGE_ROWS,
  }
  const encoder = new TextEncoder()
  let pending: ExportPage | null = await exportPage(env, base)
  let lastKey: [number, number] | undefined
  let sent = 0
  let headerSent = format !== 'csv'
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true
          controller.enqueue(encoder.encode(csvRow([...CSV_COLUMNS])))
          return
        }
        let page = pending
        pending = null
        if (!page) {
          if (!lastKey) return controller.close()
          if (sent >= MAX_EXPORT_ARTICLES) {
            controller.error(
              new Error(`export stopped at ${MAX_EXPORT_ARTICLES} articles: narrow it with since/until`),
            )
            return
          }
          page = await exportPage(env, { ...base, after: lastKey })
        }
        const lines = page.articles
          .slice(0, MAX_EXPORT_ARTICLES - sent)
          .map((a) => (format === 'csv' ? csvLine(a) : `${JSON.stringify(a)}\n`))
        sent += lines.length
        if (lines.length) controller.enqueue(encoder.encode(lines.join('')))
        lastKey = page.articles.length === EXPORT_PAGE_ROWS ? page.last : undefined
        if (!lastKey) controller.close()
      },
    },
    { highWaterMark: 0 },
  )
}
