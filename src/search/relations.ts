/**
 * Who did what to whom for a filter: GET /api/relations and the /relations page answer with this
 * same object, so the page's table is the API's edges, count for count.
 */
import { readRelations } from '../db/relations'
import { iso } from '../lib/time'
import { MAX_RELATION_ARTICLES } from '../limits'
import { qDriverFor } from './find'
import { toFts } from './query'
import type { Filter } from './types'

export interface RelationEdge {
  source: string | null
  event: string
  target: string | null
  count: number
  latest_article_id: string
  latest_at: string
}

export interface RelationsAnswer {
  edges: RelationEdge[]
  /** Matching articles whose records were read. */
  articles: number
  /** The MAX_RELATION_ARTICLES cap was reached: older matches were not read. */
  truncated: boolean
}

export async function relationsOf(
  db: D1Database,
  filter: Filter,
  opts: { collapse: boolean; limit: number },
): Promise<RelationsAnswer> {
  const fts = filter.query ? toFts(filter.query) : undefined
  const { edges, articles } = await readRelations(db, {
    filter,
    fts,
    qDriver: await qDriverFor(db, fts),
    collapse: opts.collapse,
    maxArticles: MAX_RELATION_ARTICLES,
    limit: opts.limit,
  })
  return {
    edges: edges.map((e) => ({
      source: e.source,
      event: e.event,
      target: e.target,
      count: e.count,
      latest_article_id: String(e.latest_id),
      latest_at: iso(e.latest_at)!,
    })),
    articles,
    truncated: articles >= MAX_RELATION_ARTICLES,
  }
}
