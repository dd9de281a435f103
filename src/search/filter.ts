/**
 * The filter grammar (README "Using it"), shared by search, feed outputs, trends and watches.
 *
 *   q        full-text query (query.ts); repeated q params are ANDed; blank q = no q
 *   actor    slugs; comma = OR within one param, repeated param = AND
 *   event    same as actor
 *   feed     feed ids (integers), comma = OR; repeated params are ORed too (an article has one
 *            feed, so AND would always be empty). It is the feed that first carried the article.
 *   lang     language codes, comma = OR (repeated: OR); "en-US" means "en" (articles store
 *            primary codes)
 *   source   actor slugs, as actor: the one who acts in an event record (docs/tagging.md); a
 *   target   slug matches the actor and every actor implying it (source=russia: Putin's too)
 *   modality reported | planned | denied | speculative | background, comma or repeated = OR
 *            With any of these three, ONE record must satisfy source, target, modality and the
 *            event groups together (event=arms-trade&source=russia&target=north-korea); the
 *            modality defaults to reported,planned,denied (the records that tag articles).
 *   since    ISO 8601 date or date-time, inclusive; a bare date is that day's 00:00 UTC
 *   until    ISO 8601 date or date-time, inclusive; a bare date includes that whole day (UTC)
 *            (an unencoded `+09:00` offset, which a URL turns into a space, is read as meant)
 *
 * Unknown slugs, malformed dates and feed ids are 400s naming the bad value. Other params
 * (sort, limit, cursor, token, interval...) belong to the routes and are ignored here.
 */
import { BadQuery } from '../errors'
import { parseIsoParam } from '../lib/time'
import {
  MAX_FILTER_FEEDS,
  MAX_FILTER_GROUPS,
  MAX_FILTER_LANGS,
  MAX_FILTER_SLUGS,
  MAX_SLUGS_PER_PARAM,
} from '../limits'
import { MODALITIES, type Modality, TAGGING_MODALITIES } from '../tagging/types'
import { matchesQuery, parseQuery, toFts } from './query'
import type { Filter, MatchableArticle, MatchableRecord, ParsedQuery, QueryNode, RecordFilter } from './types'

export interface KnownSlugs {
  actors: Set<string>
  events: Set<string>
}

const DAY_MS = 86_400_000
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/
const LANG_CODE = /^[a-z]{2,3}$/
const FEED_ID = /^[1-9]\d{0,15}$/

const splitList = (values: string[]) =>
  values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean)

export function parseFilter(params: URLSearchParams, known: KnownSlugs): Filter {
  const filter: Filter = { actors: [], events: [], feeds: [], langs: [] }
  const q = params
    .getAll('q')
    .map((s) => s.trim())
    .filter(Boolean)
  if (q.length) {
    filter.q = q.join(' ')
    filter.query = combineQueries(q.map(parseQuery))
  }
  filter.actors = parseSlugGroups(params.getAll('actor'), known.actors, 'actor')
  filter.events = parseSlugGroups(params.getAll('event'), known.events, 'event')
  const sources = parseSlugGroups(params.getAll('source'), known.actors, 'actor', 'source')
  const targets = parseSlugGroups(params.getAll('target'), known.actors, 'actor', 'target')
  // Role slugs are bound twice in SQL (as a list for the record check, one by one for an index walk).
  const count = (gs: string[][]) => gs.reduce((n, g) => n + g.length, 0)
  const slugCount = count(filter.actors) + count(filter.events) + 2 * (count(sources) + count(targets))
  if (slugCount > MAX_FILTER_SLUGS) {
    throw new BadQuery(
      'too_many_filters',
      `at most ${MAX_FILTER_SLUGS} actor and event slugs are allowed in one filter ` +
        '(source and target slugs count twice)',
    )
  }
  const modalities = parseModalities(params.getAll('modality'))
  if (sources.length || targets.length || modalities.length) {
    filter.record = {
      events: filter.events,
      sources,
      targets,
      modalities: modalities.length ? modalities : [...TAGGING_MODALITIES],
      explicitModality: modalities.length > 0,
    }
    filter.events = []
  }
  filter.feeds = parseFeeds(params.getAll('feed'))
  filter.langs = parseLangs(params.getAll('lang'))
  const since = params.get('since')
  const until = params.get('until')
  if (since !== null && since.trim() !== '') filter.since = parseDate('since', since, false)
  if (until !== null && until.trim() !== '') filter.until = parseDate('until', until, true)
  if (filter.since !== undefined && filter.until !== undefined && filter.since > filter.until) {
    throw new BadQuery('invalid_date', `since (${since}) is after until (${until})`)
  }
  return filter
}

/** Repeated q params: AND of each (each parsed on its own, so quotes must balance per param). */
function combineQueries(queries: ParsedQuery[]): ParsedQuery {
  if (queries.length === 1) return queries[0]
  const children: QueryNode[] = queries.flatMap((p) => (p.root.kind === 'and' ? p.root.children : [p.root]))
  return { root: { kind: 'and', children } }
}

function parseSlugGroups(
  values: string[],
  known: Set<string>,
  kind: 'actor' | 'event',
  param: string = kind,
): string[][] {
  const groups = values.map((v) => splitList([v]).map((s) => s.toLowerCase())).filter((g) => g.length > 0)
  if (groups.length > MAX_FILTER_GROUPS) {
    throw new BadQuery('too_many_filters', `at most ${MAX_FILTER_GROUPS} ${param} params are allowed`)
  }
  for (const group of groups) {
    if (group.length > MAX_SLUGS_PER_PARAM) {
      throw new BadQuery(
        'too_many_filters',
        `at most ${MAX_SLUGS_PER_PARAM} ${param} slugs per param are allowed`,
      )
    }
    for (const slug of group) {
      if (!known.has(slug)) {
        const what = param === kind ? kind : `${param} (${kind})`
        throw new BadQuery(`unknown_${kind}`, `unknown ${what} slug "${slug}" (see GET /api/taxonomy)`, {
          [param]: slug,
        })
      }
    }
  }
  return groups.map((g) => [...new Set(g)])
}

/** modality=: comma or repeated = OR (a record has one modality). */
function parseModalities(values: string[]): Modality[] {
  const out = splitList(values).map((m) => m.toLowerCase())
  for (const m of out) {
    if (!(MODALITIES as readonly string[]).includes(m)) {
      throw new BadQuery(
        'unknown_modality',
        `unknown modality "${m}": use ${MODALITIES.join(', ')} (comma = OR)`,
        { modality: m },
      )
    }
  }
  return [...new Set(out)] as Modality[]
}

function parseFeeds(values: string[]): number[] {
  const ids = splitList(values)
  if (ids.length > MAX_FILTER_FEEDS)
    throw new BadQuery('too_many_filters', `at most ${MAX_FILTER_FEEDS} feed ids are allowed`)
  const out = ids.map((id) => {
    if (!FEED_ID.test(id) || !Number.isSafeInteger(Number(id))) {
      throw new BadQuery('invalid_feed', `feed must be a list of feed ids (integers), got "${id}"`, {
        feed: id,
      })
    }
    return Number(id)
  })
  return [...new Set(out)]
}

function parseLangs(values: string[]): string[] {
  const langs = splitList(values).map((l) => l.toLowerCase().split(/[-_]/)[0])
  if (langs.length > MAX_FILTER_LANGS)
    throw new BadQuery('too_many_filters', `at most ${MAX_FILTER_LANGS} languages are allowed`)
  for (const l of langs) {
    if (!LANG_CODE.test(l))
      throw new BadQuery('invalid_lang', `lang must be language codes such as en,ko; got "${l}"`, { lang: l })
  }
  return [...new Set(langs)]
}

/** A `+hh:mm` offset typed unencoded in a URL arrives as a space (`+` means space in queries): restore it. */
const restorePlusOffset = (v: string) =>
  v.trim().replace(/^(\d{4}-\d{2}-\d{2}[T ][\d:.]+) (\d{2}:?\d{2})$/, '$1+$2')

function parseDate(name: 'since' | 'until', value: string, endOfDay: boolean): number {
  const t = parseIsoParam(restorePlusOffset(value))
  if (t === null) {
    throw new BadQuery(
      'invalid_date',
      `${name} must be an ISO 8601 date or date-time (2024-05-01 or 2024-05-01T12:00:00Z), got "${value}"`,
      {
        param: name,
      },
    )
  }
  return endOfDay && DATE_ONLY.test(value) ? t + DAY_MS - 1 : t
}

/**
 * A canonical string of what a filter selects (same filter → same string, whatever the param
 * order): cursors are bound to it, and feed ETags can use it.
 */
export function canonicalFilter(filter: Filter): string {
  const sortedGroups = (gs: string[][]) => gs.map((g) => [...g].sort()).sort()
  const r = filter.record
  return JSON.stringify({
    q: filter.query ? toFts(filter.query) : null,
    actors: sortedGroups(filter.actors),
    events: sortedGroups(filter.events),
    record: r
      ? {
          events: sortedGroups(r.events),
          sources: sortedGroups(r.sources),
          targets: sortedGroups(r.targets),
          modalities: [...r.modalities].sort(),
        }
      : null,
    feeds: [...filter.feeds].sort((a, b) => a - b),
    langs: [...filter.langs].sort(),
    since: filter.since ?? null,
    until: filter.until ?? null,
  })
}

// ── In memory (watches) ──────────────────────────────────────────────────────

const anyOf = (have: string[], group: string[]) => group.some((s) => have.includes(s))

export function matchesFilter(filter: Filter, article: MatchableArticle): boolean {
  if (filter.since !== undefined && article.publishedAt < filter.since) return false
  if (filter.until !== undefined && article.publishedAt > filter.until) return false
  if (filter.feeds.length && !filter.feeds.includes(article.feedId)) return false
  if (filter.langs.length && !filter.langs.includes(article.lang.toLowerCase().split(/[-_]/)[0])) return false
  if (!filter.actors.every((g) => anyOf(article.actors, g))) return false
  if (!filter.events.every((g) => anyOf(article.events, g))) return false
  if (filter.record && !recordMatches(filter.record, article.records ?? [])) return false
  return filter.query ? matchesQuery(filter.query, article) : true
}

/**
 * One record satisfies every group of the record filter. A role group names actors; a record's
 * role carries its actor with those it implies, so source=russia matches a record by Putin.
 */
export function recordMatches(f: RecordFilter, records: readonly MatchableRecord[]): boolean {
  return records.some(
    (r) =>
      f.modalities.includes(r.modality) &&
      f.events.every((g) => g.includes(r.event)) &&
      f.sources.every((g) => anyOf(r.source, g)) &&
      f.targets.every((g) => anyOf(r.target, g)),
  )
}

// ── Description (feed titles) ────────────────────────────────────────────────

/** A bound as written: whole days as dates (a date-only until is stored as the day's last millisecond). */
function dateText(ms: number, bound: 'since' | 'until'): string {
  const dayStart = bound === 'until' ? ms + 1 : ms
  if (dayStart % DAY_MS === 0) return new Date(bound === 'until' ? ms : dayStart).toISOString().slice(0, 10)
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z')
}

/**
 * A short human description: `russia + north-korea · arms-trade · "missile" · ko`.
 * Actor/event groups are joined with " + " (AND), alternatives with "," (OR); parts with " · ".
 */
export function describeFilter(filter: Filter): string {
  const parts: string[] = []
  const groups = (gs: string[][]) => gs.map((g) => g.join(',')).join(' + ')
  if (filter.actors.length) parts.push(groups(filter.actors))
  if (filter.events.length) parts.push(groups(filter.events))
  const r = filter.record
  if (r) {
    // "russia → arms-trade → north-korea (denied)": one record, roles in the order they act.
    const role = (gs: string[][]) => (gs.length ? groups(gs) : '*')
    const relation = `${role(r.sources)} → ${r.events.length ? groups(r.events) : 'any event'} → ${role(r.targets)}`
    parts.push(r.explicitModality ? `${relation} (${r.modalities.join(',')})` : relation)
  }
  if (filter.q) parts.push(`"${filter.q}"`)
  if (filter.langs.length) parts.push(filter.langs.join(','))
  if (filter.feeds.length) parts.push(`feed ${filter.feeds.join(',')}`)
  if (filter.since !== undefined) parts.push(`since ${dateText(filter.since, 'since')}`)
  if (filter.until !== undefined) parts.push(`until ${dateText(filter.until, 'until')}`)
  return parts.length ? parts.join(' · ') : 'all articles'
}
