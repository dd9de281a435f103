import { incrementArticleCountStatement } from '../db/feeds'
import { newArticleId } from '../db/ids'
import {
  articleInsertStatements,
  bandInsertStatements,
  readExistingState,
  sourceInsertStatements,
} from '../db/ingest'
import { tagRowStatements } from '../db/tags'
import type { Env } from '../env'
import { MAX_NEAR_DUPLICATE_CANDIDATES, NEAR_DUPLICATE_WINDOW_DAYS, STORE_CONFLICT_RETRIES } from '../limits'
import { searchIndexStatements } from '../search/indexer'
import { getTagger, tagInputFor } from '../tagging'
import type { TagResult } from '../tagging/types'
import { deliveryInsertStatements, dispatchNewDeliveries, getWatchMatcher } from '../watches'
import { fingerprint } from './dedupe'
import { type FingerprintedArticle, type IngestPlan, planIngest } from './plan'
import type { NormalizedArticle } from './types'

const DAY = 86_400_000

export interface StoreResult {
  inserted: number
  duplicates: number
  newArticleIds: number[]
}

/**
 * Stores one feed's normalised items: one read round trip (what exists), then ONE D1 batch —
 * a single transaction — with the new articles, their sources, LSH bands, search rows, tags,
 * watch deliveries and the feed's own update (`feedStatements`). Nothing is half-written: if a
 * concurrent ingest won a race on the same URL or item, the batch fails as a whole and is re-planned.
 * Webhook deliveries are dispatched only after the commit (the cron sweep catches a failed send).
 */
export async function storeArticles(
  env: Env,
  db: D1Database,
  feedId: number,
  items: NormalizedArticle[],
  fetchedAt: number,
  feedStatements: D1PreparedStatement[],
): Promise<StoreResult> {
  const fingerprinted: FingerprintedArticle[] = items.map((article) => ({
    article,
    ...fingerprint(`${article.title}\n${article.content}`),
  }))
  const result = await storeRetryingConflicts(db, feedId, fingerprinted, fetchedAt, feedStatements)
  if (result.newArticleIds.length > 0) await dispatchNewDeliveries(env, result.newArticleIds)
  return result
}

async function storeRetryingConflicts(...args: Parameters<typeof storeOnce>): Promise<StoreResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await storeOnce(...args)
    } catch (err) {
      if (attempt >= STORE_CONFLICT_RETRIES || !isConstraintViolation(err)) throw err
    }
  }
}

async function storeOnce(
  db: D1Database,
  feedId: number,
  items: FingerprintedArticle[],
  fetchedAt: number,
  feedStatements: D1PreparedStatement[],
): Promise<StoreResult> {
  const oldest = items.reduce((m, i) => Math.min(m, i.article.publishedAt), fetchedAt)
  const existing = await readExistingState(
    db,
    feedId,
    items.map((i) => i.article.itemKey),
    items.flatMap((i) => (i.article.canonicalUrl ? [i.article.canonicalUrl] : [])),
    [...new Set(items.flatMap((i) => i.bands))],
    oldest - NEAR_DUPLICATE_WINDOW_DAYS * DAY,
    MAX_NEAR_DUPLICATE_CANDIDATES,
  )
  const plan = planIngest(feedId, items, existing, fetchedAt, () => newArticleId(fetchedAt))
  const statements = [...(await writeStatements(db, feedId, plan, fetchedAt)), ...feedStatements]
  if (statements.length > 0) await db.batch(statements)
  return {
    inserted: plan.articles.length,
    duplicates: plan.duplicates,
    newArticleIds: plan.articles.map((a) => a.id),
  }
}

/** Tags and matches the new articles (pure CPU), then builds every write of the plan. */
async function writeStatements(
  db: D1Database,
  feedId: number,
  plan: IngestPlan,
  fetchedAt: number,
): Promise<D1PreparedStatement[]> {
  if (plan.sources.length === 0) return []
  const tagger = plan.articles.length ? await getTagger(db) : null
  const matcher = plan.articles.length ? await getWatchMatcher(db) : null
  const tagged = plan.articles.map((p) => {
    const a = p.article
    // The same input the retag consumer builds from the stored row, so both tag the same text.
    const tags: TagResult = tagger!.tag(tagInputFor({ ...a, published_at: a.publishedAt }))
    return { plan: p, tags, actors: tags.actors.map((t) => t.slug), events: tags.events.map((t) => t.slug) }
  })

  const statements: D1PreparedStatement[] = [
    ...articleInsertStatements(
      db,
      tagged.map((t) => ({
        id: t.plan.id,
        article: t.plan.article,
        feedId,
        fetchedAt,
        clusterId: t.plan.clusterId,
        simhash: t.plan.simhash,
        actors: t.actors,
        events: t.events,
      })),
    ),
    ...sourceInsertStatements(db, plan.sources),
    ...bandInsertStatements(
      db,
      plan.articles.flatMap((p) =>
        p.bands.map((band) => ({ band, publishedAt: p.article.publishedAt, articleId: p.id })),
      ),
    ),
  ]
  for (const t of tagged) {
    const a = t.plan.article
    const watchIds = matcher!.match({
      id: t.plan.id,
      title: a.title,
      summary: a.summary,
      content: a.content,
      lang: a.lang,
      feedId,
      publishedAt: a.publishedAt,
      actors: t.actors,
      events: t.events,
    })
    if (watchIds.length) statements.push(...deliveryInsertStatements(db, t.plan.id, watchIds, fetchedAt))
  }
  statements.push(
    ...searchIndexStatements(
      db,
      tagged.map((t) => ({ id: t.plan.id, ...t.plan.article })),
    ),
  )
  statements.push(
    ...tagRowStatements(
      db,
      tagged.map((t) => ({ articleId: t.plan.id, publishedAt: t.plan.article.publishedAt, result: t.tags })),
    ),
  )
  statements.push(incrementArticleCountStatement(db, feedId, plan.sources.length))
  return statements
}

function isConstraintViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed|PRIMARY KEY|constraint failed/i.test(err.message)
}
