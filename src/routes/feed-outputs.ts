import { createRoute, z } from '@hono/zod-openapi'
import type { App } from '../app'
import { policy } from '../lib/access'
import { FEED_ITEM_LIMIT } from '../limits'
import { renderFeedResponse } from '../render/respond'
import type { FeedFormat } from '../render/types'
import { describeFilter } from '../search/filter'
import { FilterQuery } from '../search/schemas'
import { filterFromParams } from '../search/slugs'
import { errors, FILTER_ERRORS, READ_ERRORS } from './schemas'

const JsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.string(),
    feed_url: z.string(),
    description: z.string(),
    language: z.string().optional(),
    authors: z.array(z.object({ name: z.string() })),
    items: z.array(
      z.object({
        id: z.string().openapi({ description: 'tag: URI, stable per article' }),
        url: z.string().optional(),
        title: z.string(),
        content_html: z.string(),
        summary: z.string().optional(),
        image: z.string().optional(),
        date_published: z.string(),
        authors: z.array(z.object({ name: z.string() })).optional(),
        tags: z.array(z.string()).openapi({ description: 'Actor and event slugs' }),
        language: z.string().optional(),
        _seismo: z.object({
          article_id: z.string(),
          actors: z.array(z.string()),
          events: z.array(z.string()),
          cluster_id: z.string(),
          source: z.object({ name: z.string(), feed_url: z.string() }),
        }),
      }),
    ),
  })
  .openapi('JsonFeed')

const OUTPUTS: { path: string; format: FeedFormat; mediaType: string; summary: string }[] = [
  {
    path: '/rss.xml',
    format: 'rss',
    mediaType: 'application/rss+xml',
    summary: 'Filtered articles as RSS 2.0',
  },
  {
    path: '/atom.xml',
    format: 'atom',
    mediaType: 'application/atom+xml',
    summary: 'Filtered articles as Atom 1.0',
  },
  {
    path: '/feed.json',
    format: 'json',
    mediaType: 'application/feed+json',
    summary: 'Filtered articles as JSON Feed 1.1',
  },
]

const DESCRIPTION =
  `The newest ${FEED_ITEM_LIMIT} articles matching the filter (one per story cluster), each with its actor and ` +
  'event slugs as categories; the channel title describes the filter. Answers carry ETag and Last-Modified; ' +
  'If-None-Match / If-Modified-Since get a 304 without the articles being read.'

export function registerFeedOutputRoutes(app: App): void {
  for (const { path, format, mediaType, summary } of OUTPUTS) {
    app.openapi(
      createRoute({
        method: 'get',
        path,
        summary,
        description: DESCRIPTION,
        tags: ['feed outputs'],
        ...policy('read', 'feeds'),
        request: { query: FilterQuery },
        responses: {
          200: {
            description: 'The feed document',
            content: { [mediaType]: { schema: format === 'json' ? JsonFeedSchema : z.string() } },
          },
          304: { description: 'Not modified since the copy named by If-None-Match / If-Modified-Since' },
          ...errors(READ_ERRORS, FILTER_ERRORS, 'rate_limited'),
        },
      }),
      async (c) => {
        const filter = await filterFromParams(c.env.DB, new URL(c.req.url).searchParams)
        return renderFeedResponse(c, format, filter, {
          title: `Seismo: ${describeFilter(filter)}`,
          selfPath: path,
        })
      },
    )
  }
}
