/**
 * The Worker the search benchmark serves (bench/lib/workerd.ts bundles this entry instead of
 * src/index.ts): the production Worker unchanged, plus what only a benchmark needs, so none of
 * it is in production's request path:
 *   - every response reports what the request cost in D1, summed from D1's result meta, in the
 *     headers x-bench-d1-rows-read, x-bench-d1-sql-ms, x-bench-d1-queries (SQL statements) and
 *     x-bench-d1-round-trips (a batch of statements is one);
 *   - GET /api/search?<filter>&bench_like=<word> answers with the LIKE baseline
 *     (like-baseline.ts) on the same filter, sort and limit instead of the real search.
 */
import { toArticleView } from '../src/db/article-view'
import { observeRoundTrips } from '../src/db/round-trips'
import type { Env } from '../src/env'
import worker from '../src/index'
import { SEARCH_DEFAULT_LIMIT } from '../src/limits'
import { filterFromParams } from '../src/search/slugs'
import { likeBaselineSearch } from './like-baseline'

interface D1Cost {
  rowsRead: number
  sqlMs: number
  queries: number
  roundTrips: number
}

/** The meta of a D1 result: one per statement of a batch; first() and raw() carry none. */
function metas(result: unknown): D1Meta[] {
  const all = Array.isArray(result) ? result : [result]
  return all.flatMap((r) => (r && typeof r === 'object' && 'meta' in r ? [(r as D1Result).meta] : []))
}

function meteredDb(db: D1Database, cost: D1Cost): D1Database {
  return observeRoundTrips(db, (statements, result) => {
    cost.queries += statements
    cost.roundTrips++
    result.then(
      (r) => {
        for (const m of metas(r)) {
          cost.rowsRead += m.rows_read ?? 0
          cost.sqlMs += m.duration ?? 0
        }
      },
      () => {},
    )
  })
}

async function likeAnswer(env: Env, url: URL, word: string): Promise<Response> {
  const params = url.searchParams
  const filter = await filterFromParams(env.DB, params)
  const sort = params.get('sort') === 'date' || !filter.query ? 'date' : 'relevance'
  const limit = Number(params.get('limit')) || SEARCH_DEFAULT_LIMIT
  const rows = await likeBaselineSearch(env.DB, filter, word, sort, limit)
  return Response.json({ items: rows.map(toArticleView), next_cursor: null })
}

export default {
  ...worker,
  async fetch(request, env, ctx) {
    const cost: D1Cost = { rowsRead: 0, sqlMs: 0, queries: 0, roundTrips: 0 }
    const metered: Env = { ...env, DB: meteredDb(env.DB, cost) }
    const url = new URL(request.url)
    const like = url.pathname === '/api/search' ? url.searchParams.get('bench_like') : null
    const res = like ? await likeAnswer(metered, url, like) : await worker.fetch(request, metered, ctx)
    const out = new Response(res.body, res)
    out.headers.set('x-bench-d1-rows-read', String(cost.rowsRead))
    out.headers.set('x-bench-d1-sql-ms', String(cost.sqlMs))
    out.headers.set('x-bench-d1-queries', String(cost.queries))
    out.headers.set('x-bench-d1-round-trips', String(cost.roundTrips))
    return out
  },
} satisfies ExportedHandler<Env>
