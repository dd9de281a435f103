/**
 * The outlets that carried each story on a search page: every (article, feed) pair of the
 * stories' near-duplicate clusters (cluster members and extra feeds of the same article), so
 * a result can say "+3 sources" and list them. Bounded: at most `perStory` copies per story are
 * returned (with the true total), read through the cluster and source indexes.
 */
import { articleUrl, sourceUrl } from './article-view'

export interface StoryCopy {
  article_id: number
  feed_id: number
  feed_title: string | null
  url: string | null
  title: string
  published_at: number
}

export interface StoryCopies {
  /** Every carrier of the story, the shown one included. */
  total: number
  copies: StoryCopy[]
}

interface CopyRow extends StoryCopy {
  cluster_id: number
  total: number
}

export async function readStoryCopies(
  db: D1Database,
  clusterIds: number[],
  perStory: number,
): Promise<Map<number, StoryCopies>> {
  const out = new Map<number, StoryCopies>()
  if (!clusterIds.length) return out
  const res = await db
    .prepare(
      `WITH carriers AS (
  SELECT a.cluster_id, a.id AS article_id, s.feed_id, coalesce(${sourceUrl('s', 'a')}, ${articleUrl('a')}) AS url,
    a.title, a.published_at, s.first_seen_at AS seen
  FROM articles a INDEXED BY articles_cluster
  JOIN article_sources s INDEXED BY article_sources_article ON s.article_id = a.id
  WHERE a.cluster_id IN (SELECT value FROM json_each(?1))
), ranked AS (
  SELECT c.*, row_number() OVER (PARTITION BY c.cluster_id ORDER BY c.seen, c.article_id, c.feed_id) AS rn,
    count(*) OVER (PARTITION BY c.cluster_id) AS total
  FROM carriers c
)
SELECT r.cluster_id, r.article_id, r.feed_id, f.title AS feed_title, r.url, r.title, r.published_at, r.total
FROM ranked r JOIN feeds f ON f.id = r.feed_id
WHERE r.rn <= ?2
ORDER BY r.cluster_id, r.rn`,
    )
    .bind(JSON.stringify([...new Set(clusterIds)]), perStory)
    .all<CopyRow>()
  for (const { cluster_id, total, ...copy } of res.results) {
    const story = out.get(cluster_id) ?? { total, copies: [] }
    story.copies.push(copy)
    out.set(cluster_id, story)
  }
  return out
}
