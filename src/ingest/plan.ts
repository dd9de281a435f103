import type { ExistingState, KnownSource, SourceInsert, UrlOwner } from '../db/ingest'
import { hammingDistance, isNearDuplicate, NO_SIMHASH } from './dedupe'
import type { DocumentItem } from './identity'
import type { MergeCounts, NormalizedArticle } from './types'

/** A new article to insert, with its near-duplicate cluster decided. */
export interface PlannedArticle {
  id: number
  article: NormalizedArticle
  /** The URL key it owns (articles.canonical_url), or null when another article owns it already. */
  canonicalUrl: string | null
  simhash: string
  bands: string[]
  clusterId: number
}

export interface IngestPlan {
  articles: PlannedArticle[]
  /** Every new (feed, item) pair, including those of the new articles. */
  sources: SourceInsert[]
  /** Items folded into an article that already existed (or was created earlier in this document), by rule. */
  merged: MergeCounts
}

export interface FingerprintedItem extends DocumentItem {
  simhash: string
  bands: string[]
}

/**
 * Decides, without I/O, what an ingest writes. For each item of the document, in order:
 *
 *  1. Known in this feed (same guid): nothing to write (a re-fetch, or a repeat) → merged by guid.
 *     The guid is the identity within a feed, so an edited item (new headline, new text) stays
 *     the same item. Two exceptions keep different reports apart: when the document itself
 *     gives the guid to several different items (identity.ts: they must then match on link or
 *     text too), and when a known guid comes back with a different link AND a different title
 *     (a guid reused for another report).
 *  2. Not known in this feed, and an article already owns its URL key:
 *     - this feed carries that article under another guid → a different item with the same
 *       link (sponsor posts, a link blog): a new article of its own;
 *     - this feed carries it without a guid → the same item (the publisher added or dropped
 *       guids): one more key for it → merged by URL;
 *     - another feed's article that tells the same story (same text, same headline, or a
 *       near-duplicate text) → one more source of it → merged by URL;
 *     - another feed's article with a different story (a link blog's commentary on the page
 *       an outlet published) → a new article in that article's cluster: nothing is lost, and
 *       each lists the other among its duplicates.
 *  3. Another feed's recent article has exactly its title and text, long enough to fingerprint
 *     (SIMHASH_MIN_WORDS) → one more source of it → merged by content. Never within one feed:
 *     there the guid says whether two items are one.
 *  4. Otherwise a new article, joining the cluster of its nearest near-duplicate (SimHash
 *     within NEAR_DUPLICATE_MAX_HAMMING among band candidates and earlier new articles).
 */
export function planIngest(
  feedId: number,
  items: FingerprintedItem[],
  existing: ExistingState,
  seenAt: number,
  newId: () => number,
): IngestPlan {
  const run = new PlanRun(feedId, existing, seenAt, newId)
  for (const item of items) run.place(item)
  return run.plan
}

class PlanRun {
  readonly plan: IngestPlan = {
    articles: [],
    sources: [],
    merged: { same_guid: 0, same_url: 0, same_content: 0 },
  }
  private readonly known: Map<string, KnownSource>
  private readonly byUrl: Map<string, UrlOwner>
  private readonly byContent: ExistingState['byContent']
  private readonly clusterPeers: { id: number; simhash: string; clusterId: number }[]
  /** Articles already matched by an item of this document (one item each). */
  private readonly claimed = new Set<number>()

  constructor(
    private readonly feedId: number,
    existing: ExistingState,
    private readonly seenAt: number,
    private readonly newId: () => number,
  ) {
    this.known = new Map(existing.sources)
    this.byUrl = new Map(existing.byUrl)
    this.byContent = new Map(existing.byContent)
    this.clusterPeers = [...existing.candidates]
  }

  place(item: FingerprintedItem): void {
    const known = this.knownAs(item)
    if (known) {
      this.claimed.add(known.articleId)
      this.plan.merged.same_guid++
      return
    }
    const a = item.article
    const owner = a.canonicalUrl ? this.byUrl.get(a.canonicalUrl) : undefined
    if (owner) {
      const same = owner.carriedHere === null ? sameStory(owner, item) : this.sameItemAgain(item, owner)
      if (same) this.fold(item, owner.id, 'url')
      else this.insert(item, owner)
      return
    }
    const copy = item.simhash !== NO_SIMHASH ? this.byContent.get(a.contentHash) : undefined
    if (copy && !copy.carriedHere) this.fold(item, copy.id, 'content')
    else this.insert(item, undefined)
  }

  /**
   * This feed already carries the article owning the item's URL, under another key: the same
   * item when the guids do not tell them apart (one of the two has none); a different item
   * with the same link when both have guids, or when the document lists both.
   */
  private sameItemAgain(item: FingerprintedItem, owner: UrlOwner): boolean {
    if (item.ambiguous || this.claimed.has(owner.id)) return false
    return owner.carriedHere === 'other' || !item.keys[0].startsWith('guid:')
  }

  /** The source of this feed that is this very item, if any (rule 1). */
  private knownAs(item: FingerprintedItem): KnownSource | undefined {
    const [primary, ...secondary] = item.keys
    for (const key of secondary) {
      const source = this.known.get(key)
      if (source && !this.claimed.has(source.articleId)) return source
    }
    const source = this.known.get(primary)
    if (!source || this.claimed.has(source.articleId)) return undefined
    const a = item.article
    const sameLink = source.urlKey !== null && source.urlKey === a.canonicalUrl
    if (item.ambiguous) return sameLink || source.contentHash === a.contentHash ? source : undefined
    const reused =
      primary.startsWith('guid:') &&
      source.urlKey !== null &&
      a.canonicalUrl !== null &&
      !sameLink &&
      source.title !== null &&
      !sameHeadline(source.title, a.title)
    return reused ? undefined : source
  }

  /** One more source of an existing article. */
  private fold(item: FingerprintedItem, articleId: number, by: 'url' | 'content'): void {
    const key = this.freeKey(item)
    this.addSource(item, key, articleId, by)
    this.claimed.add(articleId)
    this.plan.merged[by === 'url' ? 'same_url' : 'same_content']++
    const a = item.article
    const owner = a.canonicalUrl ? this.byUrl.get(a.canonicalUrl) : undefined
    if (owner?.id === articleId) owner.carriedHere = carriedAs(key, owner.carriedHere)
    const copy = this.byContent.get(a.contentHash)
    if (copy?.id === articleId) copy.carriedHere = true
  }

  private insert(item: FingerprintedItem, owner: UrlOwner | undefined): void {
    const a = item.article
    const id = this.newId()
    const key = this.freeKey(item)
    const clusterId =
      (owner && owner.carriedHere === null ? owner.clusterId : null) ?? this.nearestCluster(item) ?? id
    const canonicalUrl = a.canonicalUrl && !owner ? a.canonicalUrl : null
    this.plan.articles.push({
      id,
      article: a,
      canonicalUrl,
      simhash: item.simhash,
      bands: item.bands,
      clusterId,
    })
    this.addSource(item, key, id, null)
    this.claimed.add(id)
    if (canonicalUrl)
      this.byUrl.set(canonicalUrl, { ...urlFacts(id, clusterId, item), carriedHere: carriedAs(key, null) })
    if (item.simhash !== NO_SIMHASH && !this.byContent.has(a.contentHash)) {
      this.byContent.set(a.contentHash, { id, carriedHere: true })
    }
    if (item.bands.length > 0) this.clusterPeers.push({ id, simhash: item.simhash, clusterId })
  }

  /** The first of the item's keys this feed does not use yet (the primary key when it is free). */
  private freeKey(item: FingerprintedItem): string {
    const free = item.keys.find((k) => !this.known.has(k))
    if (free) return free
    // Every key taken by other items (not seen in real documents): a key unique to this ingest,
    // so the batch can never fail on the primary key and stall the feed.
    let n = 1
    while (this.known.has(`${item.keys[0]}|${this.seenAt}-${n}`)) n++
    return `${item.keys[0]}|${this.seenAt}-${n}`
  }

  private addSource(
    item: FingerprintedItem,
    key: string,
    articleId: number,
    by: 'url' | 'content' | null,
  ): void {
    const a = item.article
    this.plan.sources.push({
      feedId: this.feedId,
      itemKey: key,
      articleId,
      url: a.url,
      seenAt: this.seenAt,
      mergedBy: by,
    })
    this.known.set(key, { articleId, urlKey: a.canonicalUrl, contentHash: a.contentHash, title: a.title })
  }

  /** The cluster of the closest near-duplicate among peers, or null. Ties go to the oldest cluster. */
  private nearestCluster(item: FingerprintedItem): number | null {
    if (item.bands.length === 0) return null
    let best: { distance: number; clusterId: number } | null = null
    for (const p of this.clusterPeers) {
      if (!isNearDuplicate(item.simhash, p.simhash)) continue
      const distance = hammingDistance(item.simhash, p.simhash)
      if (!best || distance < best.distance || (distance === best.distance && p.clusterId < best.clusterId)) {
        best = { distance, clusterId: p.clusterId }
      }
    }
    return best?.clusterId ?? null
  }
}

function urlFacts(id: number, clusterId: number, item: FingerprintedItem): Omit<UrlOwner, 'carriedHere'> {
  return {
    id,
    clusterId,
    title: item.article.title,
    contentHash: item.article.contentHash,
    simhash: item.simhash,
  }
}

/** How this feed carries an article once `key` is one of its sources. */
function carriedAs(key: string, before: UrlOwner['carriedHere']): UrlOwner['carriedHere'] {
  return key.startsWith('guid:') ? 'guid' : (before ?? 'other')
}

/** Two items behind one URL tell the same story: same text, same headline, or near-duplicate text. */
function sameStory(owner: UrlOwner, item: FingerprintedItem): boolean {
  return (
    owner.contentHash === item.article.contentHash ||
    sameHeadline(owner.title, item.article.title) ||
    isNearDuplicate(owner.simhash, item.simhash)
  )
}

/**
 * Headlines equal once case, spacing and punctuation are ignored, or one the other plus an
 * outlet suffix ("Title - Yonhap", "Title | KBS"): a prefix of at least 20 letters.
 */
export function sameHeadline(a: string, b: string): boolean {
  const x = headlineLetters(a)
  const y = headlineLetters(b)
  if (x === y) return x.length > 0
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return short.length >= 20 && long.startsWith(short)
}

function headlineLetters(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}
