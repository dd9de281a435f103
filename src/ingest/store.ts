import { incrementArticleCountStatement } from '../db/feeds'
import { newArticleId } from '../db/ids'
import { articleInsertStatements, readExistingState, sourceInsertStatements } from '../db/ingest'
import { repInsertStatements, storyRaceGuardStatement } from '../db/near-duplicates'
import { tagRowStatements } from '../db/tags'
import type { Env } from '../env'
import { articleUrlKey } from '../lib/canonical-url'
import {
  MAX_CANDIDATES_PER_ITEM,
  MAX_REPS_PER_BAND_KEY,
  NEAR_DUPLICATE_WINDOW_DAYS,
  STORE_CONFLICT_RETRIES,
} from '../limits'
import { searchIndexStatements } from '../search/indexer'
import { getTagger, tagInputFor } from '../tagging'
import { matchableRecords } from '../tagging/matchable'
import type { TagResult } from '../tagging/types'
import { deliveryInsertStatements, dispatchNewDeliveries, getWatchMatcher } from '../watches'
import { NO_SIMHASH, simhash } from './dedupe'
import { identifyDocumentItems } from './identity'
import { type FingerprintedItem, type IngestPlan, planIngest } from './plan'
import { oldestRepIdInWindow, storyFingerprint } from './story-fingerprint'
import type { MergeCounts, NormalizedArticle } from './types'

const DAY = 86_400_000

export interface StoreResult {
  inserted: number
  /** Items folded into existing articles, by rule (exact repeats in the document count as same_guid). */
  merged: MergeCounts
  newArticleIds: number[]
  /** Story representatives compared for near-duplicates (a bench figure). */
  candidatesCompared: number
}

/**
 * Stores one feed's normalised items: one read round trip (what exists), then ONE D1 batch —
 * a single transaction — with the new articles, their sources, story representatives, search rows, tags,
 * watch deliveries and the feed's own update (`feedStatements`, built from the outcome so the
 * feed records what this ingest did). Nothing is half-written: if a concurrent ingest won a
 * race on the same URL or item, the batch fails as a whole and is re-planned.
 * Webhook deliveries are dispatched only after the commit (the cron sweep catches a failed send).
 */
export async function storeArticles(
  env: Env,
  db: D1Database,
  feedId: number,
  items: NormalizedArticle[],
  fetchedAt: number,
  feedStatements: (result: StoreResult) => D1PreparedStatement[],
): Promise<StoreResult> {
  const document = identifyDocumentItems(items)
  const fingerprinted: FingerprintedItem[] = document.items.map((item) => ({
    ...item,
    // SimHash: the planner's identity check (same text behind one URL); MinHash: the story it joins.
    simhash: simhash(`${item.article.title}\n${item.article.content}`),
    story: storyFingerprint(`${item.article.title}\n${item.article.content}`),
  }))
  const result = await storeRetryingConflicts(
    db,
    feedId,
    fingerprinted,
    document.repeats,
    fetchedAt,
    feedStatements,
  )
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
  items: FingerprintedItem[],
  repeats: number,
  fetchedAt: number,
  feedStatements: (result: StoreResult) => D1PreparedStatement[],
): Promise<StoreResult> {
  const oldest = items.reduce((m, i) => Math.min(m, i.article.publishedAt), fetchedAt)
  const existing = await readExistingState(
    db,
    {
      feedId,
      itemKeys: items.flatMap((i) => i.keys),
      urlKeys: items.flatMap((i) => (i.article.canonicalUrl ? [i.article.canonicalUrl] : [])),
      contentHashes: items.flatMap((i) => (i.simhash !== NO_SIMHASH ? [i.article.contentHash] : [])),
      windowStart: oldest - NEAR_DUPLICATE_WINDOW_DAYS * DAY,
      candidates: {
        probes: items.flatMap((i, item) => (i.story ? [{ item, keys: i.story.bands }] : [])),
        minRepId: oldestRepIdInWindow(fetchedAt),
        perKey: MAX_REPS_PER_BAND_KEY,
        perItem: MAX_CANDIDATES_PER_ITEM,
      },
    },
    urlKeyOrNull,
  )
  const plan = planIngest(feedId, items, existing, fetchedAt, () => newArticleId(fetchedAt))
  const result: StoreResult = {
    inserted: plan.articles.length,
    merged: { ...plan.merged, same_guid: plan.merged.same_guid + repeats },
    newArticleIds: plan.articles.map((a) => a.id),
    candidatesCompared: plan.candidatesCompared,
  }
  // Stories started here fail the batch if a concurrent ingest started one sharing their band keys
  // since the read: the conflict retry below re-plans, so two copies never make two stories.
  const guard = plan.reps.length
    ? [
        storyRaceGuardStatement(
          db,
          plan.reps.flatMap((r) => r.fingerprint.bands),
          existing.storySeq,
        ),
      ]
    : []
  const statements = [
    ...guard,
    ...(await writeStatements(db, feedId, plan, fetchedAt)),
    ...feedStatements(result),
  ]
  if (statements.length > 0) await db.batch(statements)
  return result
}

function urlKeyOrNull(url: string): string | null {
  try {
    return articleUrlKey(url)
  } catch {
    return null
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
        canonicalUrl: t.plan.canonicalUrl,
        feedId,
        fetchedAt,
        clusterId: t.plan.clusterId,
        simhash: t.plan.simhash,
        actors: t.actors,
        events: t.events,
      })),
    ),
    ...sourceInsertStatements(db, plan.sources),
    ...repInsertStatements(db, plan.reps),
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
      records: matchableRecords(tagger!, t.tags),
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
