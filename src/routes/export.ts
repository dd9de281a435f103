import { createRoute, z } from '@hono/zod-openapi'
import type { App } from '../app'
import { CSV_COLUMNS, exportStream } from '../export/stream'
import { policy } from '../lib/access'
import { EXPORT_PAGE_ROWS, MAX_EXPORT_ARTICLES } from '../limits'
import { FilterQuery } from '../search/schemas'
import { filterFromParams } from '../search/slugs'
import { errors, FILTER_ERRORS, READ_ERRORS } from './schemas'

const ExportQuery = FilterQuery.extend({
  format: z.enum(['ndjson', 'csv']).optional().openapi({
    description: 'ndjson (default): one article object per line; csv: RFC 4180 with a header row.',
  }),
})

export function registerExportRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export',
      summary: 'Export every matching article (hot and archived), streamed',
      description:
        'Every article matching the filter, every copy of a story, newest first, with its full text (archived ' +
        'bodies are read back from the archive). NDJSON: one article object plus `content` per line. CSV: RFC 4180, ' +
        `CRLF, header row (${CSV_COLUMNS.join(', ')}); text cells starting with = + - @ are prefixed with ' ` +
        `so spreadsheets do not run them as formulas. Streamed in pages of ${EXPORT_PAGE_ROWS}; at most ` +
        `${MAX_EXPORT_ARTICLES} articles per export (a larger one ends with a transfer error: split it with ` +
        'since/until). ' +
        'q matches the full text of the hot window only (archived articles have no full-text index).',
      tags: ['search'],
      ...policy('read', 'search'),
      request: { query: ExportQuery },
      responses: {
        200: {
          description: 'The articles, streamed',
          content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
        },
        ...errors(READ_ERRORS, FILTER_ERRORS, 'rate_limited'),
      },
    }),
    async (c) => {
      const format = c.req.valid('query').format ?? 'ndjson'
      const filter = await filterFromParams(c.env.DB, new URL(c.req.url).searchParams)
      const body = await exportStream(c.env, filter, format)
      const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '')
      return new Response(body, {
        status: 200,
        headers: {
          'content-type':
            format === 'csv'
              ? 'text/csv; charset=utf-8; header=present'
              : 'application/x-ndjson; charset=utf-8',
          'content-disposition': `attachment; filename="seismo-export-${stamp}.${format}"`,
          'cache-control': 'no-store',
          'x-export-limit': String(MAX_EXPORT_ARTICLES),
        },
      }) as never
    },
  )
}
