import { articleTextUpdateStatement, type EditTarget, readEditTargets } from '../db/article-edits'
import { incrementArticleCountStatement } from '../db/feeds'
import { newArticleId } from '../db/ids'
import { articleInsertStatements, readExistingState, sourceInsertStatements } from '../db/ingest'
import { repDeleteStatements, repInsertStatements, storyRaceGuardStatement } from '../db/near-duplicates'
import { retagBatchStatements, tagRowStatements } from '../db/tags'
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
import { type FingerprintedItem, type IngestPlan, type PlannedEdit, planIngest } from './plan'
import {
  type Fingerprint,
  oldestRepIdInWindow,
  signatureFromHex,
  storyFingerprint,
} from './story-fingerprint'
import type { EditCounts, MergeCounts, NormalizedArticle } from './types'

const DAY = 86_400_000

export interface StoreResult {
  inserted: number
  /** Items folded into existing articles, by rule (exact repeats in the document count as same_guid). */
  merged: MergeCounts
  /** Known items with edited text: applied to their article, or older than its text (plan.ts rule 1). */
  edited: EditCounts
  newArticleIds: number[]
  /** Articles that took an edited item's text. */
  updatedArticleIds: number[]
  /** Story representatives compared for near-duplicates (a bench figure). */
  candidatesCompared: number
}

/**
 * Stores one feed's normalised items: one read round trip (what exists; a second one only when
 * an item is an edit), then ONE D1 batch — a single transaction — with the new articles, their
 * sources, story representatives, search rows, tags, watch deliveries, the edited articles'
 * new text, tags and search rows, and the feed's own update (`feedStatements`, built from the outcome so the
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
  const alerted = [...result.newArticleIds, ...result.updatedArticleIds]
  if (alerted.length > 0) await dispatchNewDeliveries(env, alerted)
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
  const targets = await readEditTargets(
    db,
    plan.edits.map((e) => e.articleId),
  )
  // An article deleted, or moved to another feed, since the read is left alone (and not counted).
  const edits = plan.edits.filter((e) => targets.get(e.articleId)?.feed_id === feedId)
  const result: StoreResult = {
    inserted: plan.articles.length,
    merged: { ...plan.merged, same_guid: plan.merged.same_guid + repeats },
    edited: { ...plan.edited, updated: edits.length },
    newArticleIds: plan.articles.map((a) => a.id),
    updatedArticleIds: edits.map((e) => e.articleId),
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
    ...(await writeStatements(db, feedId, plan, fetchedAt, editsToWrite(edits, targets, fetchedAt))),
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

/** An edit as written: the stored article's facts it keeps, and its story fingerprint when that changes. */
interface EditWrite {
  articleId: number
  article: NormalizedArticle
  simhash: string
  /** Kept: tag rows and watch matching use the article's publication time. */
  publishedAt: number
  /** The representative's signature to remove from the band index (it represents its story), if any. */
  oldRep: EditTarget['rep_signature']
  /** The new text's fingerprint, when the article represents its story in the window (else null). */
  newRep: Fingerprint | null
}

/**
 * The writes of each edit. The article keeps its cluster: an edit is the same report, corrected.
 * When it represents its story, its fingerprint follows the new text (old band keys out, new
 * ones in; a text too short to fingerprint gains one once it is long enough), so later copies of
 * the edited story find it; a representative past the near-duplicate window only leaves the index.
 */
function editsToWrite(
  edits: PlannedEdit[],
  targets: Map<number, EditTarget>,
  fetchedAt: number,
): EditWrite[] {
  return edits.map((e) => {
    const t = targets.get(e.articleId)!
    const represents = t.cluster_id === t.id && t.id >= oldestRepIdInWindow(fetchedAt)
    return {
      articleId: t.id,
      article: e.item.article,
      simhash: e.item.simhash,
      publishedAt: t.published_at,
      oldRep: t.rep_signature,
      newRep: represents ? e.item.story : null,
    }
  })
}

/** Tags and matches the new and edited articles (pure CPU), then builds every write of the plan. */
async function writeStatements(
  db: D1Database,
  feedId: number,
  plan: IngestPlan,
  fetchedAt: number,
  edits: EditWrite[],
): Promise<D1PreparedStatement[]> {
  if (plan.sources.length === 0 && edits.length === 0) return []
  const tagging = plan.articles.length + edits.length > 0
  const tagger = tagging ? await getTagger(db) : null
  const matcher = tagging ? await getWatchMatcher(db) : null
  const tagged = plan.articles.map((p) => {
    const a = p.article
    // The same input the retag consumer builds from the stored row, so both tag the same text.
    const tags: TagResult = tagger!.tag(tagInputFor({ ...a, published_at: a.publishedAt }))
    return { plan: p, tags, actors: tags.actors.map((t) => t.slug), events: tags.events.map((t) => t.slug) }
  })
  // Edited articles are tagged exactly as a new article with that text and publication time would be.
  const retagged = edits.map((e) => ({
    edit: e,
    tags: tagger!.tag(tagInputFor({ ...e.article, published_at: e.publishedAt })),
  }))

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
    // Edited representatives: the old band keys out before any representative goes in.
    ...repDeleteStatements(
      db,
      edits.flatMap((e) => (e.oldRep ? [{ id: e.articleId, signature: signatureFromHex(e.oldRep) }] : [])),
    ),
    ...repInsertStatements(db, [
      ...plan.reps,
      ...edits.flatMap((e) => (e.newRep ? [{ id: e.articleId, fingerprint: e.newRep }] : [])),
    ]),
    // Edited articles: old tag rows out (found through the slug lists still on the row), new ones
    // in, then the new text (mention spans and records point into it).
    ...retagBatchStatements(
      db,
      retagged.map((r) => ({ articleId: r.edit.articleId, publishedAt: r.edit.publishedAt, result: r.tags })),
    ),
    ...edits.map((e) => articleTextUpdateStatement(db, e.articleId, e.article, e.simhash)),
  ]
  const matching = [
    ...tagged.map((t) => ({
      id: t.plan.id,
      article: t.plan.article,
      publishedAt: t.plan.article.publishedAt,
      tags: t.tags,
    })),
    ...retagged.map((r) => ({
      id: r.edit.articleId,
      article: r.edit.article,
      publishedAt: r.edit.publishedAt,
      tags: r.tags,
    })),
  ]
  // An edited article is matched like a new one: a watch it now matches for the first time alerts
  // once; one that already has a delivery for it does not alert again (ON CONFLICT (watch_id,
  // article_id) DO NOTHING), and story-mode watches fold it into the story's first alert.
  for (const m of matching) {
    const a = m.article
    const watchIds = matcher!.match({
      id: m.id,
      title: a.title,
      summary: a.summary,
      content: a.content,
      lang: a.lang,
      feedId,
      publishedAt: m.publishedAt,
      actors: m.tags.actors.map((t) => t.slug),
      events: m.tags.events.map((t) => t.slug),
      records: matchableRecords(tagger!, m.tags),
    })
    if (watchIds.length) statements.push(...deliveryInsertStatements(db, m.id, watchIds, fetchedAt))
  }
  statements.push(
    ...searchIndexStatements(
      db,
      matching.map((m) => ({ id: m.id, ...m.article })),
    ),
  )
  statements.push(
    ...tagRowStatements(
      db,
      tagged.map((t) => ({ articleId: t.plan.id, publishedAt: t.plan.article.publishedAt, result: t.tags })),
    ),
  )
  if (plan.sources.length) statements.push(incrementArticleCountStatement(db, feedId, plan.sources.length))
  return statements
}

function isConstraintViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed|PRIMARY KEY|constraint failed/i.test(err.message)
}
