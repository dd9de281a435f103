import { leafTokens } from '../search/leaf'
import type { Filter, MatchableArticle, QueryNode } from '../search/types'
import { TAGGING_MODALITIES } from '../tagging/types'

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
const PAIR_JOIN = '&'
const pairKey = (a: string, b: string) => (a === b ? a : a < b ? a + PAIR_JOIN + b : b + PAIR_JOIN + a)

function conditionsOf(filter: Filter, terms: boolean): Condition[] {
  const out: Condition[] = []
  for (const group of [...filter.actors, ...recordActorGroups(filter)])
    if (group.length) out.push({ kind: 'actor', values: group })
  for (const group of [...filter.events, ...recordEventGroups(filter)])
    if (group.length) out.push({ kind: 'event', values: group })
  if (filter.feeds.length) out.push({ kind: 'feed', values: filter.feeds.map(String) })
  if (filter.langs.length) out.push({ kind: 'lang', values: filter.langs })
  const words = terms && filter.query ? requiredTokens(filter.query.root) : null
  if (words) out.push({ kind: 'term', values: words })
  return out
}

const single = (c: Condition): Choice => ({
  keys: c.values.map((v) => indexKey(c.kind, v)),
  cost: c.values.length * KEY_RATE[c.kind],
})

function pair(a: Condition, b: Condition): Choice | null {
  if (a.kind === 'term' || b.kind === 'term') return null // articles are not keyed by word pairs
  if (a.values.length * b.values.length > MAX_KEYS_PER_WATCH) return null
  const keys = a.values.flatMap((x) => b.values.map((y) => pairKey(indexKey(a.kind, x), indexKey(b.kind, y))))
  // Both at once are never more frequent than the rarer one alone (then the single key wins the tie).
  const rate = Math.min(
    KEY_RATE[a.kind] * KEY_RATE[b.kind] * PAIR_CORRELATION,
    KEY_RATE[a.kind],
    KEY_RATE[b.kind],
  )
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

/**
 * What a record filter requires of the article's tags: an article carries the actors of its
 * records' roles with those they imply, so source=russia requires actor:russia (a record by
 * Putin tags russia too); and a record event with a modality that tags articles (rule 4)
 * requires the event tag. The record itself is still checked (matcher-index.ts confirms).
 */
function recordActorGroups(filter: Filter): string[][] {
  return filter.record ? [...filter.record.sources, ...filter.record.targets] : []
}

function recordEventGroups(filter: Filter): string[][] {
  const r = filter.record
  return r?.modalities.every((m) => TAGGING_MODALITIES.has(m)) ? r.events : []
}

export const TERM_PREFIX = 'term:'

/**
 * The single keys an article carries: its tags, feed and language (a region-tagged language
 * such as en-US also yields its primary tag). Every pair of them is a key of the article too.
 */
export function articleSingleKeys(article: MatchableArticle): string[] {
  const lang = article.lang.toLowerCase()
  const keys = [indexKey('feed', String(article.feedId)), indexKey('lang', lang)]
  const primary = lang.split(/[-_]/)[0]
  if (primary !== lang) keys.push(indexKey('lang', primary))
  for (const a of article.actors) keys.push(indexKey('actor', a))
  for (const e of article.events) keys.push(indexKey('event', e))
  return keys
}

/** The single keys a watch key requires: two for a pair key, else the key itself. */
export const singleKeysOf = (key: string): string[] => key.split(PAIR_SPLIT)
/** A join followed by a kind: a value holding "&" stays whole. */
const PAIR_SPLIT = new RegExp(`${PAIR_JOIN}(?=(?:${Object.keys(KEY_RATE).join('|')}):)`)

/**
 * A filter's tag, feed and language conditions as groups of single keys: the article must carry
 * a key of every group. The same test as matchesFilter's, since the keys an article carries are
 * its tags, feed and language (articleSingleKeys); a language not in the form parseFilter gives
 * (lowercase, primary tag) never equals an article's, so it has no key.
 */
export function conditionKeyGroups(filter: Filter): string[][] {
  const groups = [
    ...[...filter.actors, ...recordActorGroups(filter)].map((group) =>
      group.map((slug) => indexKey('actor', slug)),
    ),
    ...[...filter.events, ...recordEventGroups(filter)].map((group) =>
      group.map((slug) => indexKey('event', slug)),
    ),
  ]
  if (filter.feeds.length) groups.push(filter.feeds.map((id) => indexKey('feed', String(id))))
  if (filter.langs.length)
    groups.push(filter.langs.filter(isPrimaryLang).map((code) => indexKey('lang', code)))
  return groups
}

const isPrimaryLang = (code: string) => code === code.toLowerCase() && !/[-_]/.test(code)

/**
 * Whether the filter is as parseFilter gives it, so that its keys say exactly what it requires:
 * no empty slug group (which nothing matches) and languages as primary lowercase tags.
 */
const keysSpellConditions = (filter: Filter) =>
  [...filter.actors, ...filter.events].every((group) => group.length > 0) && filter.langs.every(isPrimaryLang)

/**
 * True when being filed under `keys` already proves the whole filter, so an article reached
 * through one of them matches without evaluating anything:
 *  - no q and no dates, and the keys are exactly those of its only condition (or its only two,
 *    as pair keys): the common "actor=X" and "actor=X&event=Y" watches;
 *  - q alone, made of single-token words joined by OR ("q=sanctions", "q=lavrov OR shoigu"):
 *    an article carrying the token has the word (the search semantics of a one-token term).
 */
export function keysDecideMatch(filter: Filter, keys: readonly string[]): boolean {
  if (
    filter.since !== undefined ||
    filter.until !== undefined ||
    filter.record !== undefined ||
    keys.length === 0 ||
    !keysSpellConditions(filter)
  )
    return false
  const conditions = conditionsOf(filter, false)
  let implied: string[] | undefined
  if (filter.query) {
    const words = conditions.length === 0 ? singleTokenAlternatives(filter.query.root) : null
    implied = words?.map((t) => TERM_PREFIX + t)
  } else {
    const choice =
      conditions.length === 1
        ? single(conditions[0])
        : conditions.length === 2
          ? pair(conditions[0], conditions[1])
          : null
    implied = choice?.keys
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
