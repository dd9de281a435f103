import { createRoute } from '@hono/zod-openapi'
import type { App } from '../app'
import { coalescedReads } from '../db/coalesce'
import { policy } from '../lib/access'
import { RELEVANCE_DEPTH, RELEVANCE_WINDOW, SEARCH_DEFAULT_LIMIT } from '../limits'
import { cursorKeyFor } from '../search/cursor'
import { facetCounts, parseFacetKinds } from '../search/facets'
import { searchArticles } from '../search/find'
import { SearchPageSchema, SearchQuery } from '../search/schemas'
import { filterFromParams } from '../search/slugs'
import { errors, FILTER_ERRORS, json, READ_ERRORS } from './schemas'

export function registerSearchRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Search articles',
      description:
        'Full-text and filtered search (the filter grammar is in the API description). Relevance (the default ' +
        'with q): bm25 with the headline weighted above the lead above the body, over the newest ' +
        `${RELEVANCE_WINDOW} matches; near-equal scores are ordered by tag strength, then newest first; the best ` +
        `${RELEVANCE_DEPTH} lead, every other match follows newest first. One article per story unless ` +
        'clusters=all. Page with next_cursor (paging never repeats or skips, even while articles arrive); a ' +
        'cursor only works with the filter, sort and clusters it was issued for. facets=actor,event adds the ' +
        "filter's facet counts (the search page's pickers); results and counts are read in one D1 round trip.",
      tags: ['search'],
      ...policy('read', 'search'),
      request: { query: SearchQuery },
      responses: {
        200: json(SearchPageSchema, 'One page of matching articles'),
        ...errors(READ_ERRORS, FILTER_ERRORS, 'invalid_cursor', 'rate_limited'),
      },
    }),
    async (c) => {
      const query = c.req.valid('query')
      const params = new URL(c.req.url).searchParams
      const kinds = parseFacetKinds(query.facets)
      // With facets, the two reads go to D1 as one batch (src/db/coalesce.ts).
      const db = kinds.length ? coalescedReads(c.env.DB) : c.env.DB
      const filter = await filterFromParams(db, params)
      const limit = query.limit ?? SEARCH_DEFAULT_LIMIT
      const sort = query.sort ?? (filter.query ? 'relevance' : 'date')
      const [page, facets] = await Promise.all([
        searchArticles(
          db,
          filter,
          {
            sort,
            limit,
            cursor: query.cursor,
            expandClusters: query.clusters === 'all',
          },
          cursorKeyFor(c.env),
        ),
        kinds.length ? facetCounts(db, filter, kinds) : undefined,
      ])
      return c.json({ items: page.items, next_cursor: page.next_cursor, ...(facets && { facets }) }, 200)
    },
  )
}
