/** SQL of GET /api/feeds/:id/items: what became of every item a feed carried (the identity audit). */
import { articleUrl, sourceUrl } from './article-view'

export interface FeedItemRow {
  item_key: string
  url: string | null
  first_seen_at: number
  merged_by: 'url' | 'content' | null
  article_id: number
  article_title: string | null
  article_url: string | null
  article_feed_id: number | null
  article_feed_title: string | null
}

/** A page position: the last row of the previous page (rows are newest first, then by key). */
export interface FeedItemsAfter {
  firstSeenAt: number
  itemKey: string
}

export async function listFeedItems(
  db: D1Database,
  feedId: number,
  opts: { limit: number; after?: FeedItemsAfter; mergedOnly: boolean },
): Promise<FeedItemRow[]> {
  const { results } = await db
    .prepare(
      `SELECT s.item_key, ${sourceUrl('s', 'a')} AS url, s.first_seen_at, s.merged_by, s.article_id,
              a.title AS article_title, ${articleUrl('a')} AS article_url, a.feed_id AS article_feed_id,
              f.title AS article_feed_title
         FROM article_sources s
         LEFT JOIN articles a ON a.id = s.article_id
         LEFT JOIN feeds f ON f.id = a.feed_id
        WHERE s.feed_id = ?1
          AND (?2 IS NULL OR s.first_seen_at < ?2 OR (s.first_seen_at = ?2 AND s.item_key < ?3))
          AND (?4 = 0 OR s.merged_by IS NOT NULL)
        ORDER BY s.first_seen_at DESC, s.item_key DESC
        LIMIT ?5`,
    )
    .bind(
      feedId,
      opts.after?.firstSeenAt ?? null,
      opts.after?.itemKey ?? '',
      opts.mergedOnly ? 1 : 0,
      opts.limit,
    )
    .all<FeedItemRow>()
  return results
}
