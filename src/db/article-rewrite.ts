/**
 * Rewriting articles rows so that the space they free is reused: DELETE + INSERT through a scratch
 * copy, not UPDATE. SQLite never rebalances a B-tree page after an UPDATE shrinks its rows, so
 * emptying or compressing a 3 KB body in place frees nothing (measured: pages stay allocated, 92%
 * unused). A DELETE merges the emptied pages and returns them to the freelist, where new articles
 * reuse them. The scratch table is CREATE TABLE AS SELECT * inside the same transaction (one D1
 * batch), so every column of articles, present or added by a later migration, is carried over as
 * it is at that moment.
 */

export interface ArticleRewrite {
  /** Scratch table name (one per kind of rewrite, so two kinds never meet in one table). */
  scratch: string
  /** WHERE over `articles` choosing the rows, and its bound values. */
  where: string
  values: unknown[]
  /** Statements between the copy and the swap: changes to the scratch rows, and to tables that follow them. */
  change: D1PreparedStatement[]
  /** Statements after the swap, while the scratch table still lists the rows. */
  after?: D1PreparedStatement[]
}

export function rewriteArticleRows(db: D1Database, r: ArticleRewrite): D1PreparedStatement[] {
  return [
    db.prepare(`DROP TABLE IF EXISTS ${r.scratch}`),
    db.prepare(`CREATE TABLE ${r.scratch} AS SELECT * FROM articles WHERE ${r.where}`).bind(...r.values),
    ...r.change,
    db.prepare(`DELETE FROM articles WHERE id IN (SELECT id FROM ${r.scratch})`),
    db.prepare(`INSERT INTO articles SELECT * FROM ${r.scratch}`),
    ...(r.after ?? []),
    db.prepare(`DROP TABLE ${r.scratch}`),
  ]
}
