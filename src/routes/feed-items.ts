import { createRoute, z } from '@hono/zod-openapi'
import type { App } from '../app'
import { type FeedItemRow, type FeedItemsAfter, listFeedItems } from '../db/feed-items'
import { getFeed } from '../db/feeds'
import { badRequest, notFound } from '../errors'
import { policy } from '../lib/access'
import { fromBase64url, toBase64url } from '../lib/base64'
import { iso } from '../lib/time'
import { DEFAULT_FEED_ITEMS_LIMIT, MAX_FEED_ITEMS_LIMIT } from '../limits'
import { ADMIN_ERRORS, errors, IdParam, json, parseId } from './schemas'

const FeedItemSchema = z
  .object({
    item_key: z.string().openapi({
      description:
        'Identity of the item in this feed: guid:<guid>, url:<article URL key> or hash:<title and text>; ' +
        '"|url:..." / "|hash:..." when the document gave one guid to several different items',
    }),
    url: z.string().nullable().openapi({ description: 'The link the item had when first seen' }),
    first_seen_at: z.string(),
    merged_by: z
      .enum(['url', 'content'])
      .nullable()
      .openapi({
        description:
          'null: this item created the article. url: folded into the article that already had its link ' +
          "(another feed's, telling the same story), or the same item of this feed under a new key; content: " +
          "folded into another feed's recent article with exactly the same title and text",
      }),
    article: z.object({
      id: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      feed: z.object({ id: z.string().nullable(), title: z.string().nullable() }),
    }),
  })
  .openapi('FeedItem')

const FeedItemsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_FEED_ITEMS_LIMIT).optional(),
  cursor: z.string().max(4096).optional().openapi({ description: 'next_cursor of the previous page' }),
  merged: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: only the items folded into an existing article' }),
})

function toView(r: FeedItemRow) {
  return {
    item_key: r.item_key,
    url: r.url,
    first_seen_at: iso(r.first_seen_at)!,
    merged_by: r.merged_by,
    article: {
      id: String(r.article_id),
      title: r.article_title,
      url: r.article_url,
      feed: {
        id: r.article_feed_id === null ? null : String(r.article_feed_id),
        title: r.article_feed_title,
      },
    },
  }
}

/** Cursors are the last row's (first_seen_at, item_key), base64url JSON: opaque to clients. */
function encodeCursor(r: FeedItemRow): string {
  return toBase64url(new TextEncoder().encode(JSON.stringify([r.first_seen_at, r.item_key])))
}

function decodeCursor(cursor: string): FeedItemsAfter {
  try {
    const bytes = fromBase64url(cursor)
    const value: unknown = bytes && JSON.parse(new TextDecoder().decode(bytes))
    if (Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return { firstSeenAt: value[0], itemKey: value[1] }
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('invalid_cursor', 'cursor is not a next_cursor of this list')
}

export function registerFeedItemRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feeds/{id}/items',
      tags: ['feeds'],
      summary: 'Every item this feed carried and the article it became, newest first: the identity audit',
      description:
        'Each item either created an article (merged_by null) or was folded into one that already existed, and says ' +
        "by which rule. A feed's last_ingest counts the same per document.",
      ...policy('admin'),
      request: { params: IdParam, query: FeedItemsQuery },
      responses: {
        200: json(
          z.object({ items: z.array(FeedItemSchema), next_cursor: z.string().nullable() }),
          'Items of the feed',
        ),
        ...errors(ADMIN_ERRORS, 'invalid_request', 'invalid_cursor', 'not_found'),
      },
    }),
    async (c) => {
      const id = parseId(c.req.valid('param').id, 'feed')
      if (!(await getFeed(c.env.DB, id))) throw notFound('feed')
      const q = c.req.valid('query')
      const limit = q.limit ?? DEFAULT_FEED_ITEMS_LIMIT
      const rows = await listFeedItems(c.env.DB, id, {
        limit,
        after: q.cursor ? decodeCursor(q.cursor) : undefined,
        mergedOnly: q.merged === 'true',
      })
      const next = rows.length === limit ? encodeCursor(rows[rows.length - 1]) : null
      return c.json({ items: rows.map(toView), next_cursor: next }, 200)
    },
  )
}
