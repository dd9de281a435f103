import type { ExistingState, SourceInsert } from '../db/ingest'
import { hammingDistance, isNearDuplicate } from './dedupe'
import type { NormalizedArticle } from './types'

/** A new article to insert, with its near-duplicate cluster decided. */
export interface PlannedArticle {
  id: number
  article: NormalizedArticle
  simhash: string
  bands: string[]
  clusterId: number
}

export interface IngestPlan {
  articles: PlannedArticle[]
  /** Every new (feed, item) pair, including those of the new articles. */
  sources: SourceInsert[]
  /** Items that were already known (same item re-fetched, or same canonical URL from another feed). */
  duplicates: number
}

export interface FingerprintedArticle {
  article: NormalizedArticle
  simhash: string
  bands: string[]
}

/**
 * Decides, without I/O, what an ingest writes. Identity, in order:
 *  1. the (feed, item key) pair is known → nothing to write (a re-fetch);
 *  2. another feed (or an earlier item) already has the canonical URL → one more source of that article;
 *  3. otherwise a new article, joining the cluster of its nearest near-duplicate (SimHash within
 *     NEAR_DUPLICATE_MAX_HAMMING among band candidates and earlier new articles), else its own cluster.
 */
export function planIngest(
  feedId: number,
  items: FingerprintedArticle[],
  existing: ExistingState,
  seenAt: number,
  newId: () => number,
): IngestPlan {
  const plan: IngestPlan = { articles: [], sources: [], duplicates: 0 }
  const byCanonical = new Map(existing.byCanonicalUrl)
  const knownKeys = new Set(existing.sources.keys())
  const clusterPeers: { id: number; simhash: string; clusterId: number }[] = [...existing.candidates]

  for (const item of items) {
    const a = item.article
    if (knownKeys.has(a.itemKey)) {
      plan.duplicates++
      continue
    }
    knownKeys.add(a.itemKey)
    const sameUrl = a.canonicalUrl ? byCanonical.get(a.canonicalUrl) : undefined
    if (sameUrl !== undefined) {
      plan.duplicates++
      plan.sources.push({ feedId, itemKey: a.itemKey, articleId: sameUrl, url: a.url, seenAt })
      continue
    }
    const id = newId()
    const clusterId = nearestCluster(item, clusterPeers) ?? id
    plan.articles.push({ id, article: a, simhash: item.simhash, bands: item.bands, clusterId })
    plan.sources.push({ feedId, itemKey: a.itemKey, articleId: id, url: a.url, seenAt })
    if (a.canonicalUrl) byCanonical.set(a.canonicalUrl, id)
    if (item.bands.length > 0) clusterPeers.push({ id, simhash: item.simhash, clusterId })
  }
  return plan
}

/** The cluster of the closest near-duplicate among peers, or null. Ties go to the oldest cluster. */
function nearestCluster(
  item: FingerprintedArticle,
  peers: { simhash: string; clusterId: number }[],
): number | null {
  if (item.bands.length === 0) return null
  let best: { distance: number; clusterId: number } | null = null
  for (const p of peers) {
    if (!isNearDuplicate(item.simhash, p.simhash)) continue
    const distance = hammingDistance(item.simhash, p.simhash)
    if (!best || distance < best.distance || (distance === best.distance && p.clusterId < best.clusterId)) {
      best = { distance, clusterId: p.clusterId }
    }
  }
  return best?.clusterId ?? null
}
