import { createRoute, z } from '@hono/zod-openapi'
import type { App } from '../app'
import { policy } from '../lib/access'
import { MAX_RELATION_ARTICLES, RELATIONS_DEFAULT_LIMIT, RELATIONS_MAX_LIMIT } from '../limits'
import { relationsOf } from '../search/relations'
import { FilterQuery } from '../search/schemas'
import { filterFromParams } from '../search/slugs'
import { errors, FILTER_ERRORS, json, READ_ERRORS } from './schemas'

const RelationsQuery = FilterQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(RELATIONS_MAX_LIMIT)
    .optional()
    .openapi({ description: `Edges, 1..${RELATIONS_MAX_LIMIT} (default ${RELATIONS_DEFAULT_LIMIT}).` }),
  clusters: z
    .enum(['one', 'all'])
    .optional()
    .openapi({ description: 'one (default): count stories; all: count every copy.' }),
})

const Edge = z.object({
  source: z.string().nullable().openapi({ description: 'Actor slug of who acts, or null.' }),
  event: z.string(),
  target: z.string().nullable().openapi({ description: 'Actor slug of who is acted upon, or null.' }),
  count: z.number().int().openapi({ description: 'Matching stories (or copies, clusters=all) stating it.' }),
  latest_article_id: z.string(),
  latest_at: z.string().openapi({ description: 'Publication time of that latest article.' }),
})

const RelationsSchema = z
  .object({
    edges: z.array(Edge),
    articles: z.number().int().openapi({ description: 'Matching articles whose records were read.' }),
    truncated: z.boolean().openapi({
      description:
        `true when the ${MAX_RELATION_ARTICLES}-article cap was reached: older matches were not read ` +
        '(narrow since/until).',
    }),
  })
  .openapi('Relations')

export function registerRelationRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/relations',
      summary: 'Who did what to whom: (source, event, target) edges of the matching articles',
      description:
        `The event records of the newest ${MAX_RELATION_ARTICLES} matching stories (one per near-duplicate cluster ` +
        'unless clusters=all), grouped by (source, event, target): how many stories state each edge and the latest ' +
        'of them, most frequent first, then most recent. Records with neither source nor target are left out. Which ' +
        'records count: those source=, target= and modality= accept (with event=, one record matching all); without ' +
        "them, the records that tag articles (reported, planned, denied), of the filter's events when it names any.",
      tags: ['search'],
      ...policy('read', 'search'),
      request: { query: RelationsQuery },
      responses: {
        200: json(RelationsSchema, 'The edges'),
        ...errors(READ_ERRORS, FILTER_ERRORS),
      },
    }),
    async (c) => {
      const query = c.req.valid('query')
      const filter = await filterFromParams(c.env.DB, new URL(c.req.url).searchParams)
      const answer = await relationsOf(c.env.DB, filter, {
        collapse: query.clusters !== 'all',
        limit: query.limit ?? RELATIONS_DEFAULT_LIMIT,
      })
      return c.json(answer, 200)
    },
  )
}
