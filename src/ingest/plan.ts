import type { ExistingState, KnownSource, SourceInsert, UrlOwner } from '../db/ingest'
import type { Candidate } from '../db/near-duplicates'
import { MAX_CANDIDATES_PER_ITEM, NEAR_DUPLICATE_MIN_JACCARD } from '../limits'
import { isNearDuplicate, NO_SIMHASH } from './dedupe'
import type { DocumentItem } from './identity'
import { type Fingerprint, type Signature, similarity } from './story-fingerprint'
import type { EditCounts, MergeCounts, NormalizedArticle } from './types'

/** A new article to insert, with its near-duplicate cluster decided. */
export interface PlannedArticle {
  id: number
  article: NormalizedArticle
  /** The URL key it owns (articles.canonical_url), or null when another article owns it already. */
  canonicalUrl: string | null
  simhash: string
  clusterId: number
}

/** An article of this feed whose item came back with materially changed text: it takes the new text. */
export interface PlannedEdit {
  articleId: number
  item: FingerprintedItem
}

export interface IngestPlan {
  articles: PlannedArticle[]
  /** Stored articles to rewrite with their item's new text (rule 1). */
  edits: PlannedEdit[]
  /** Known items with changed text, by outcome (each also counted in merged.same_guid). */
  edited: EditCounts
  /** Every new (feed, item) pair, including those of the new articles. */
  sources: SourceInsert[]
  /** Items folded into an article that already existed (or was created earlier in this document), by rule. */
  merged: MergeCounts
  /** New articles that start a story: they become near-duplicate candidates for later copies. */
  reps: { id: number; fingerprint: Fingerprint }[]
  /** Representative signatures compared, over all new articles (each at most MAX_CANDIDATES_PER_ITEM). */
  candidatesCompared: number
}

export interface FingerprintedItem extends DocumentItem {
  /** SimHash of title and text: identity checks ("same text behind one URL"). */
  simhash: string
  /** MinHash story fingerprint: which story it joins (null: too short, never a near-duplicate). */
  story: Fingerprint | null
}

/**
 * Decides, without I/O, what an ingest writes. For each item of the document, in order:
 *
 *  1. Known in this feed (same guid): the same item → merged by guid; no new article or source.
 *     The guid is the identity within a feed, so an edited item (new headline, new text) stays
 *     the same item, and when this feed created the article and the item's title, summary or body
 *     changed materially (versionHash: whitespace aside), the article takes the new text (an edit,
 *     counted `updated`), unless the item is dated before the stored version (`outdated`). Another
 *     feed's article never takes this feed's text. Two exceptions keep different reports apart:
 *     when the document itself gives the guid to several different items (identity.ts: they must then match on link or
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
 *  4. Otherwise a new article. It joins the story whose REPRESENTATIVE (the story's first
 *     article) is most similar to it, at NEAR_DUPLICATE_MIN_JACCARD or more (MinHash estimate),
 *     among the candidates found through the band index (`existing.candidates`, by item index)
 *     and the representatives started earlier in this document; else it starts a story of its
 *     own and becomes its representative. Similarity to any other member never counts, so a
 *     story cannot drift one near match at a time into an unrelated one (no single-link chains).
 */
export function planIngest(
  feedId: number,
  items: FingerprintedItem[],
  existing: ExistingState,
  seenAt: number,
  newId: () => number,
): IngestPlan {
  const run = new PlanRun(feedId, existing, seenAt, newId)
  for (const [index, item] of items.entries()) run.place(item, index)
  return run.plan
}

class PlanRun {
  readonly plan: IngestPlan = {
    articles: [],
    edits: [],
    edited: { updated: 0, outdated: 0 },
    sources: [],
    merged: { same_guid: 0, same_url: 0, same_content: 0 },
    reps: [],
    candidatesCompared: 0,
  }
  private readonly known: Map<string, KnownSource>
  private readonly byUrl: Map<string, UrlOwner>
  private readonly byContent: ExistingState['byContent']
  private readonly candidates: ExistingState['candidates']
  private readonly batchReps = new BatchReps()
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
    this.candidates = existing.candidates
  }

  place(item: FingerprintedItem, index: number): void {
    const known = this.knownAs(item)
    if (known) {
      this.claimed.add(known.articleId)
      this.plan.merged.same_guid++
      const edit = editOf(known, item.article)
      if (edit === 'newer') {
        this.plan.edits.push({ articleId: known.articleId, item })
        this.plan.edited.updated++
      } else if (edit === 'older') this.plan.edited.outdated++
      return
    }
    const a = item.article
    const owner = a.canonicalUrl ? this.byUrl.get(a.canonicalUrl) : undefined
    if (owner) {
      const same = owner.carriedHere === null ? sameStory(owner, item) : this.sameItemAgain(item, owner)
      if (same) this.fold(item, owner.id, 'url')
      else this.insert(item, owner, index)
      return
    }
    const copy = item.simhash !== NO_SIMHASH ? this.byContent.get(a.contentHash) : undefined
    if (copy && !copy.carriedHere) this.fold(item, copy.id, 'content')
    else this.insert(item, undefined, index)
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

  private insert(item: FingerprintedItem, owner: UrlOwner | undefined, index: number): void {
    const a = item.article
    const id = this.newId()
    const key = this.freeKey(item)
    const clusterId =
      (owner && owner.carriedHere === null ? owner.clusterId : null) ?? this.nearestStory(item, index) ?? id
    const canonicalUrl = a.canonicalUrl && !owner ? a.canonicalUrl : null
    this.plan.articles.push({
      id,
      article: a,
      canonicalUrl,
      simhash: item.simhash,
      clusterId,
    })
    this.addSource(item, key, id, null)
    this.claimed.add(id)
    if (canonicalUrl)
      this.byUrl.set(canonicalUrl, { ...urlFacts(id, clusterId, item), carriedHere: carriedAs(key, null) })
    if (item.simhash !== NO_SIMHASH && !this.byContent.has(a.contentHash)) {
      this.byContent.set(a.contentHash, { id, carriedHere: true })
    }
    if (clusterId === id && item.story) {
      this.plan.reps.push({ id, fingerprint: item.story })
      this.batchReps.add(id, item.story)
    }
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
    this.known.set(key, {
      articleId,
      urlKey: a.canonicalUrl,
      contentHash: a.contentHash,
      title: a.title,
      own: by === null,
      versionHash: a.versionHash,
      versionAt: a.versionAt,
    })
  }

  /**
   * The story whose representative is most similar to the item, at NEAR_DUPLICATE_MIN_JACCARD or
   * more, among the stored candidates and this document's new representatives (the best
   * MAX_CANDIDATES_PER_ITEM by shared band keys are compared); ties go to the oldest story.
   */
  private nearestStory(item: FingerprintedItem, index: number): number | null {
    if (!item.story) return null
    const compared = [...(this.candidates.get(index) ?? []), ...this.batchReps.candidates(item.story)]
      .sort((x, y) => y.shared - x.shared || x.repId - y.repId)
      .slice(0, MAX_CANDIDATES_PER_ITEM)
    this.plan.candidatesCompared += compared.length
    return bestRepresentative(item.story.signature, compared)
  }
}

/**
 * Whether a known item is an edit of the article its feed created: null when not (same text
 * whitespace aside, another feed's article, or the row is gone); 'older' when both versions are
 * dated and the item's date is before the stored one's; else 'newer' (undated versions: the
 * latest fetched wins). Rows stored before version hashes existed compare by content hash.
 */
export function editOf(known: KnownSource, a: NormalizedArticle): 'newer' | 'older' | null {
  if (!known.own || known.contentHash === null) return null
  const changed =
    known.versionHash !== null ? known.versionHash !== a.versionHash : known.contentHash !== a.contentHash
  if (!changed) return null
  return a.versionAt !== null && known.versionAt !== null && a.versionAt < known.versionAt ? 'older' : 'newer'
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

/** The most similar representative at or above the threshold (ties: the oldest story), or null. */
function bestRepresentative(signature: Signature, candidates: Candidate[]): number | null {
  let best: { j: number; repId: number } | null = null
  for (const c of candidates) {
    const j = similarity(signature, c.signature)
    if (j < NEAR_DUPLICATE_MIN_JACCARD) continue
    if (!best || j > best.j || (j === best.j && c.repId < best.repId)) best = { j, repId: c.repId }
  }
  return best?.repId ?? null
}

/** Representatives started in this document, found by band key like the stored ones. */
class BatchReps {
  private readonly byKey = new Map<number, number[]>()
  private readonly signatures = new Map<number, Signature>()

  add(id: number, fp: Fingerprint): void {
    this.signatures.set(id, fp.signature)
    for (const k of fp.bands) {
      const ids = this.byKey.get(k)
      if (ids) ids.push(id)
      else this.byKey.set(k, [id])
    }
  }

  candidates(fp: Fingerprint): Candidate[] {
    const shared = new Map<number, number>()
    for (const k of fp.bands)
      for (const id of this.byKey.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1)
    return [...shared].map(([repId, n]) => ({ repId, shared: n, signature: this.signatures.get(repId)! }))
  }
}
