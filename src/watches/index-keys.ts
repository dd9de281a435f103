import { documentTokens } from '../search/document'
import { leafTokens } from '../search/leaf'
import type { Filter, MatchableArticle, QueryNode } from '../search/types'

/**
 * What a watch requires and what an article carries, as index keys:
 *   actor:<slug>  event:<slug>  feed:<id>  lang:<code>  term:<token>  and pairs "<key>&<key>".
 * A watch is filed under the keys of its most selective required condition (or pair of
 * conditions); an article is reachable by all of its keys. Pure: the bench runs it under Node.
 */

/** Key written to watch_index for watches that require no indexable condition. */
export const SCAN_KEY = 'scan'

/**
 * Estimated share of articles carrying one key, for choosing the most selective condition a
 * watch requires. Actors and events are tags (a handful per article), a feed is one source of
 * many, a word of q is in few articles, a language is shared by most.
 */
const KEY_RATE = { actor: 0.05, event: 0.08, term: 0.03, feed: 0.03, lang: 0.6 } as const
/** Tags co-occur far more than independence predicts (Russia and North Korea travel together). */
const PAIR_CORRELATION = 4
/** A pair of OR groups files the watch under every combination; beyond this many keys a single condition is used. */
const MAX_KEYS_PER_WATCH = 16

type KeyKind = keyof typeof KEY_RATE

interface Condition {
  kind: KeyKind
  values: string[]
}

interface Choice {
  keys: string[]
  cost: number
}

const indexKey = (kind: KeyKind, value: string) => `${kind}:${kind === 'lang' ? value.toLowerCase() : value}`
/**
 * Both keys required: the article must carry the two (sorted, so article and watch agree on the
 * spelling). Two groups sharing a slug (actor=a,b&actor=a) can require the same key twice: that is just the key.
 */
const pairKey = (a: string, b: string) => (a === b ? a : a < b ? `${a}&${b}` : `${b}&${a}`)

function conditionsOf(filter: Filter, terms: boolean): Condition[] {
  const out: Condition[] = []
  for (const group of filter.actors) if (group.length) out.push({ kind: 'actor', values: group })
  for (const group of filter.events) if (group.length) out.push({ kind: 'event', values: group })
  if (filter.feeds.length) out.push({ kind: 'feed', values: filter.feeds.map(String) })
  if (filter.langs.length) out.push({ kind: 'lang', values: filter.langs })
  const words = terms && filter.query ? requiredTokens(filter.query.root) : null
  if (words) out.push({ kind: 'term', values: words })
  return out
}

const single = (c: Condition): Choice => ({ keys: c.values.map((v) => indexKey(c.kind, v)), cost: c.values.length * KEY_RATE[c.kind] })

function pair(a: Condition, b: Condition): Choice | null {
  if (a.kind === 'term' || b.kind === 'term') return null // articles are not keyed by word pairs
  if (a.values.length * b.values.length > MAX_KEYS_PER_WATCH) return null
  const keys = a.values.flatMap((x) => b.values.map((y) => pairKey(indexKey(a.kind, x), indexKey(b.kind, y))))
  // Both at once are never more frequent than the rarer one alone (then the single key wins the tie).
  const rate = Math.min(KEY_RATE[a.kind] * KEY_RATE[b.kind] * PAIR_CORRELATION, KEY_RATE[a.kind], KEY_RATE[b.kind])
  return { keys, cost: keys.length * rate }
}

/**
 * The keys of the most selective condition `filter` requires — one condition (any value of an
 * OR group) or two at once (a pair key) — or [] when it requires none (the scan list).
 * `terms: false` leaves words of q out (q-only watches then go to the scan list).
 */
export function indexKeysFor(filter: Filter, opts: { terms?: boolean } = {}): string[] {
  const conditions = conditionsOf(filter, opts.terms ?? true)
  let best: Choice | null = null
  const consider = (c: Choice | null) => {
    if (c && (!best || c.cost < best.cost)) best = c
  }
  conditions.forEach((c, i) => {
    consider(single(c))
    for (const other of conditions.slice(i + 1)) consider(pair(c, other))
  })
  return best ? [...new Set((best as Choice).keys)] : []
}

/**
 * Index tokens of which an article must contain at least one for the query to match, or null.
 * A word or phrase matches only when all its tokens occur (search semantics), so any one of
 * them is required; the longest is kept (usually the rarest). A trailing prefix token (a lone
 * CJK character) is not an exact token, exclusions require nothing, AND needs one child's
 * keys, OR needs every child's.
 */
export function requiredTokens(node: QueryNode): string[] | null {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const { tokens, prefixLast } = leafTokens(node)
      const exact = prefixLast ? tokens.slice(0, -1) : tokens
      if (exact.length === 0) return null
      return [exact.reduce((a, b) => (b.length > a.length ? b : a))]
    }
    case 'and': {
      let best: string[] | null = null
      for (const child of node.children) {
        const keys = requiredTokens(child)
        if (keys && (!best || keys.length < best.length)) best = keys
      }
      return best
    }
    case 'or': {
      const all = new Set<string>()
      for (const child of node.children) {
        const keys = requiredTokens(child)
        if (!keys) return null
        for (const k of keys) all.add(k)
      }
      return [...all]
    }
    case 'not':
      return null
  }
}

export const TERM_PREFIX = 'term:'

const tokenCache = new WeakMap<MatchableArticle, Set<string>>()

/** Every distinct token of the article's indexed text, tokenised as search does (once per article object). */
export function articleTokens(article: MatchableArticle): Set<string> {
  let tokens = tokenCache.get(article)
  if (!tokens) {
    const cols = documentTokens(article)
    tokens = new Set<string>()
    for (const list of [cols.title, cols.lead, cols.body]) for (const t of list) tokens.add(t)
    tokenCache.set(article, tokens)
  }
  return tokens
}

/**
 * Tokens that must ALL be in an article for the query to match: every exact token of the words
 * and phrases it ANDs (an OR or an exclusion requires none of its own). A cheap, sound pre-check
 * before the full evaluation: it only ever rejects articles the query cannot match.
 */
export function tokensRequiredByAll(node: QueryNode): string[] {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const { tokens, prefixLast } = leafTokens(node)
      return prefixLast ? tokens.slice(0, -1) : tokens
    }
    case 'and':
      return [...new Set(node.children.flatMap(tokensRequiredByAll))]
    case 'or':
    case 'not':
      return []
  }
}

/**
 * The keys an article can be reached by: its tags, feed and language (a region-tagged
 * language such as en-US also yields its primary tag), and every pair of them.
 */
export function articleKeys(article: MatchableArticle): string[] {
  const base = new Set<string>()
  for (const a of article.actors) base.add(indexKey('actor', a))
  for (const e of article.events) base.add(indexKey('event', e))
  base.add(indexKey('feed', String(article.feedId)))
  const lang = article.lang.toLowerCase()
  base.add(indexKey('lang', lang))
  base.add(indexKey('lang', lang.split(/[-_]/)[0]))
  const keys = [...base].sort()
  const n = keys.length
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) keys.push(`${keys[i]}&${keys[j]}`)
  return keys
}

/**
 * True when being filed under `keys` already proves the whole filter, so an article reached
 * through one of them matches without evaluating anything:
 *  - no q and no dates, and the keys are exactly those of its only condition (or its only two,
 *    as pair keys): the common "actor=X" and "actor=X&event=Y" watches;
 *  - q alone, made of single-token words joined by OR ("q=sanctions", "q=lavrov OR shoigu"):
 *    an article carrying the token has the word (the search semantics of a one-token term).
 */
export function keysDecideMatch(filter: Filter, keys: readonly string[]): boolean {
  if (filter.since !== undefined || filter.until !== undefined || keys.length === 0) return false
  const conditions = conditionsOf(filter, false)
  let implied: string[] | null
  if (filter.query) {
    const words = conditions.length === 0 ? singleTokenAlternatives(filter.query.root) : null
    implied = words && words.map((t) => TERM_PREFIX + t)
  } else {
    const choice = conditions.length === 1 ? single(conditions[0]) : conditions.length === 2 ? pair(conditions[0], conditions[1]) : null
    implied = choice && choice.keys
  }
  if (!implied) return false
  const want = new Set(implied)
  const have = new Set(keys)
  return want.size === have.size && [...want].every((k) => have.has(k))
}

/** The tokens of a query that is one word or an OR of words, each a single exact token; else null. */
function singleTokenAlternatives(node: QueryNode): string[] | null {
  if (node.kind === 'term' || node.kind === 'phrase') {
    const { tokens, prefixLast } = leafTokens(node)
    return tokens.length === 1 && !prefixLast ? tokens : null
  }
  if (node.kind !== 'or') return null
  const out: string[] = []
  for (const child of node.children) {
    const t = singleTokenAlternatives(child)
    if (!t) return null
    out.push(...t)
  }
  return out
}
