/** SQL of GET /health: what the service holds. */
export async function countArticlesAndFeeds(db: D1Database): Promise<{ articles: number; feeds: number }> {
  const row = await db
    .prepare(
      `SELECT (SELECT count(*) FROM articles) AS articles,
              (SELECT count(*) FROM feeds WHERE deleted_at IS NULL) AS feeds`,
    )
    .first<{ articles: number; feeds: number }>()
  return { articles: row?.articles ?? 0, feeds: row?.feeds ?? 0 }
}
