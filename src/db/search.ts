/**
 * SQL of search, newest-match and trends (src/search/find.ts, src/routes/trends.ts) and of the
 * full-text index (migrations/0003_search.sql).
 *
 * Every filter is an index lookup, never a scan of the articles table:
 *   - q: the FTS5 index gives the candidate ids;
 *   - otherwise one "driver" walks an index already in date order, newest first, and stops at
 *     LIMIT: article_actors_time / article_events_time (slug, published_at, article_id) for a tag
 *     group, articles_feed_published or articles_lang_published, else articles_published. An OR
 *     group (comma list) becomes one walk per value merged by a compound SELECT (SQLite's
 *     MERGE (UNION): still no sort of the whole set, and an article with two of the slugs once);
 *   - the other conditions are checked per candidate by primary-key / index probes.
 * Parameters are numbered (?N) and reused across the UNION arms and sub-queries, so a query
 * binds each value once (D1 allows 100 bound parameters; src/limits.ts sizes filters for it).
 */

import { RELEVANCE_WINDOW, SNIPPET_BODY_CHARS } from '../limits'
import type { Filter } from '../search/types'
import { ARTICLE_ROW_COLUMNS, type ArticleRow } from './article-view'
import { bulkInsert } from './bulk'

/** Search rows [rowid, title, lead, body] of many articles, packed by bulkInsert. */
export function indexRowsStatements(
  db: D1Database,
  rows: [number, string, string, string][],
): D1PreparedStatement[] {
  return bulkInsert(db, 'INSERT OR REPLACE INTO article_search (rowid, title, lead, body)', rows)
}

export function deleteIndexRowStatement(db: D1Database, id: number): D1PreparedStatement {
  return db.prepare('DELETE FROM article_search WHERE rowid = ?').bind(id)
}

/** Numbered bound parameters: each value is bound once and its placeholder reused. */
export class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `?${this.values.length}`
  }
}

export const list = (placeholders: string[]) => placeholders.join(', ')

/** A date-sorted search (relevance is RankedSpec / TailSpec below). */
export interface SearchQuerySpec {
  filter: Filter
  /** FTS5 MATCH expression of filter.query. */
  fts?: string
  /**
   * Newest first by (published_at, id). With q, `qDriver` says whether the FTS matches are
   * collected and sorted ('fts', few matches), or a date index is walked newest-first (it stops
   * early) checking each article against the collected match set ('set', many matches) or with
   * one FTS probe per article ('probe', so many matches that collecting them costs more).
   */
  qDriver?: 'fts' | 'set' | 'probe'
  /** One article per cluster (the earliest matching one) unless false. */
  collapse: boolean
  /** Sort key of the last item of the previous page: [published_at, id]. */
  after?: number[]
  limit: number
}

/** The start of the body, for snippets: a page of 20 full bodies can weigh megabytes. */
const BODY_PREFIX = `substr(a.content, 1, ${SNIPPET_BODY_CHARS}) AS body, length(a.content) > ${SNIPPET_BODY_CHARS} AS body_cut`

/** An article row plus the start of its body when q is set (for the snippet). */
export interface SearchRow extends ArticleRow {
  body: string | null
  /** 1 when body is only the first SNIPPET_BODY_CHARS of it. */
  body_cut: number
  /** Ranked pages only (runRanked reads them once): the greatest article id, and the window's size. */
  snapshot?: number
  window_size?: number
}

/** Placeholders (?N) of the filter's values, bound once and reused wherever they are needed. */
export interface Placeholders {
  langs: string[]
  feeds: string[]
  since: string | null
  until: string | null
  actorGroups: string[][]
  eventGroups: string[][]
  fts: string | null
}

export function bindFilter(p: Params, f: Filter, fts: string | undefined): Placeholders {
  return {
    langs: f.langs.map((v) => p.add(v)),
    feeds: f.feeds.map((v) => p.add(v)),
    since: f.since !== undefined ? p.add(f.since) : null,
    until: f.until !== undefined ? p.add(f.until) : null,
    actorGroups: f.actors.map((g) => g.map((v) => p.add(v))),
    eventGroups: f.events.map((g) => g.map((v) => p.add(v))),
    fts: fts ? p.add(fts) : null,
  }
}

type Driver =
  | { kind: 'fts' }
  | {
      kind: 'tags'
      table: 'article_actors' | 'article_events'
      column: 'actor' | 'event'
      group: number
      slugs: string[]
    }
  | { kind: 'feed' }
  | { kind: 'lang' }
  | { kind: 'all' }

interface CondOptions {
  /** The tag group the driver already enforces. */
  skipTags?: { kind: 'tags'; column: 'actor' | 'event'; group: number }
  /**
   * How the article alias is checked against q: not at all (the FTS index drives), 'probe' (one
   * FTS lookup per candidate: best when few candidates are checked, e.g. cluster copies) or
   * 'set' (the match set is collected once, then each candidate is a lookup in it: best when a
   * date index is walked over many candidates).
   */
  checkQuery: false | 'probe' | 'set'
  /** Whether since/until are already enforced on the driver's index. */
  skipTime?: boolean
  /** The articles column (feed_id or lang) the driver already enforces. */
  skipColumn?: 'feed_id' | 'lang'
}

/** Per-candidate conditions on an articles alias. */
export function conditions(alias: string, ph: Placeholders, opt: CondOptions): string[] {
  const out: string[] = []
  if (ph.langs.length && opt.skipColumn !== 'lang') out.push(`${alias}.lang IN (${list(ph.langs)})`)
  if (ph.feeds.length && opt.skipColumn !== 'feed_id') out.push(`${alias}.feed_id IN (${list(ph.feeds)})`)
  if (!opt.skipTime) {
    if (ph.since) out.push(`${alias}.published_at >= ${ph.since}`)
    if (ph.until) out.push(`${alias}.published_at <= ${ph.until}`)
  }
  const tagChecks = (groups: string[][], table: string, column: 'actor' | 'event') =>
    groups.forEach((g, i) => {
      if (opt.skipTags && opt.skipTags.column === column && opt.skipTags.group === i) return
      out.push(`EXISTS (SELECT 1 FROM ${table} WHERE ${column} IN (${list(g)}) AND article_id = ${alias}.id)`)
    })
  tagChecks(ph.actorGroups, 'article_actors', 'actor')
  tagChecks(ph.eventGroups, 'article_events', 'event')
  if (opt.checkQuery === 'probe' && ph.fts) {
    out.push(
      `EXISTS (SELECT 1 FROM article_search WHERE article_search MATCH ${ph.fts} AND rowid = ${alias}.id)`,
    )
  }
  if (opt.checkQuery === 'set' && ph.fts) {
    out.push(`${alias}.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ${ph.fts})`)
  }
  return out
}

/**
 * One article per cluster: an article shows unless an EARLIER article (smaller id) of its cluster
 * also matches the filter. New articles get larger ids, so a story's representative never changes
 * once shown, which keeps keyset pages exact while articles arrive. The first article of a
 * cluster (id = cluster_id) needs no probe at all; SQLite stops at the OR.
 */
function collapseCondition(ph: Placeholders): string {
  const inner = conditions('b', ph, { checkQuery: 'probe' })
  const where = ['b.cluster_id = a.cluster_id', 'b.id < a.id', ...inner].join(' AND ')
  return `(a.cluster_id = a.id OR NOT EXISTS (SELECT 1 FROM articles b WHERE ${where}))`
}

/** Which index drives a date-sorted walk: a tag group (fewest slugs first), else feed, else lang, else time. */
function chooseDriver(f: Filter, ftsDrives: boolean): Driver {
  if (ftsDrives) return { kind: 'fts' }
  const groups = [
    ...f.actors.map((slugs, group) => ({
      table: 'article_actors' as const,
      column: 'actor' as const,
      group,
      slugs,
    })),
    ...f.events.map((slugs, group) => ({
      table: 'article_events' as const,
      column: 'event' as const,
      group,
      slugs,
    })),
  ]
  if (groups.length) {
    const best = groups.reduce((a, b) => (b.slugs.length < a.slugs.length ? b : a))
    return { kind: 'tags', ...best }
  }
  if (f.feeds.length) return { kind: 'feed' }
  if (f.langs.length) return { kind: 'lang' }
  return { kind: 'all' }
}

const SELECT_ROW = `${ARTICLE_ROW_COLUMNS}`

/** Date sort: newest first by (published_at, id). */
function dateSortSql(spec: SearchQuerySpec, p: Params): string {
  const f = spec.filter
  const driver = chooseDriver(f, spec.fts !== undefined && (spec.qDriver ?? 'fts') === 'fts')
  const checkQuery = driver.kind === 'fts' ? false : spec.qDriver === 'probe' ? 'probe' : 'set'
  const ph = bindFilter(p, f, spec.fts)
  const after = spec.after ? { p: p.add(spec.after[0]), id: p.add(spec.after[1]) } : null
  const limit = p.add(spec.limit)
  const collapse = spec.collapse ? [collapseCondition(ph)] : []
  // Walks produce rows in order and stop at LIMIT, so the body (for snippets) is read for the page's rows only.
  const extra = spec.fts ? BODY_PREFIX : 'NULL AS body, 0 AS body_cut'

  if (driver.kind === 'fts') {
    // Late row reads: sort the matches' (published_at, id) first, then read the page's rows and bodies.
    const where = [
      ...conditions('a', ph, { checkQuery: false }),
      ...collapse,
      ...(after ? [`(a.published_at, a.id) < (${after.p}, ${after.id})`] : []),
    ]
    return `SELECT ${SELECT_ROW}, ${extra}
FROM (
  SELECT a.id AS id, a.published_at AS p
  FROM (SELECT rowid AS id FROM article_search WHERE article_search MATCH ${ph.fts}) m
  CROSS JOIN articles a ON a.id = m.id
  ${where.length ? `WHERE ${where.join('\n    AND ')}` : ''}
  ORDER BY a.published_at DESC, a.id DESC
  LIMIT ${limit}
) page
CROSS JOIN articles a ON a.id = page.id
JOIN feeds f ON f.id = a.feed_id
ORDER BY page.p DESC, page.id DESC`
  }

  if (driver.kind === 'tags') {
    const slugPlaceholders = (driver.column === 'actor' ? ph.actorGroups : ph.eventGroups)[driver.group]
    const index = driver.table === 'article_actors' ? 'article_actors_time' : 'article_events_time'
    const arms = slugPlaceholders.map((slug) => {
      const where = [
        `x.${driver.column} = ${slug}`,
        ...(ph.since ? [`x.published_at >= ${ph.since}`] : []),
        ...(ph.until ? [`x.published_at <= ${ph.until}`] : []),
        ...(after ? [`(x.published_at, x.article_id) < (${after.p}, ${after.id})`] : []),
        ...conditions('a', ph, {
          checkQuery,
          skipTime: true,
          skipTags: { kind: 'tags', column: driver.column, group: driver.group },
        }),
        ...collapse,
      ]
      return `SELECT ${SELECT_ROW}, ${extra}, x.published_at AS sort_p, x.article_id AS sort_id
FROM ${driver.table} x INDEXED BY ${index}
CROSS JOIN articles a ON a.id = x.article_id
JOIN feeds f ON f.id = a.feed_id
WHERE ${where.join('\n  AND ')}`
    })
    // UNION, not UNION ALL: an article carrying two of the slugs comes out of two walks.
    return `${arms.join('\nUNION\n')}\nORDER BY sort_p DESC, sort_id DESC\nLIMIT ${limit}`
  }

  const index =
    driver.kind === 'feed'
      ? 'articles_feed_published'
      : driver.kind === 'lang'
        ? 'articles_lang_published'
        : 'articles_published'
  const column = driver.kind === 'feed' ? 'feed_id' : driver.kind === 'lang' ? 'lang' : undefined
  const armValues: (string | null)[] =
    driver.kind === 'feed' ? ph.feeds : driver.kind === 'lang' ? ph.langs : [null]
  const arms = armValues.map((value) => {
    const where = [
      ...(value ? [`a.${column} = ${value}`] : []),
      ...conditions('a', ph, { checkQuery, skipColumn: column }),
      ...collapse,
      ...(after ? [`(a.published_at, a.id) < (${after.p}, ${after.id})`] : []),
    ]
    return `SELECT ${SELECT_ROW}, ${extra}, a.published_at AS sort_p, a.id AS sort_id
FROM articles a INDEXED BY ${index}
JOIN feeds f ON f.id = a.feed_id
${where.length ? `WHERE ${where.join('\n  AND ')}` : ''}`
  })
  // An article has one feed and one language: the walks are disjoint.
  return `${arms.join('\nUNION ALL\n')}\nORDER BY sort_p DESC, sort_id DESC\nLIMIT ${limit}`
}

/** The SQL and bound values of a date-sorted search (exported so tests can EXPLAIN QUERY PLAN it). */
export function buildSearchSql(spec: SearchQuerySpec): { sql: string; values: unknown[] } {
  const p = new Params()
  return { sql: dateSortSql(spec, p), values: p.values }
}

export function runSearch(db: D1Database, spec: SearchQuerySpec): Promise<SearchRow[]> {
  const { sql, values } = buildSearchSql(spec)
  return run(db, sql, values)
}

async function run(db: D1Database, sql: string, values: unknown[]): Promise<SearchRow[]> {
  const res = await db
    .prepare(sql)
    .bind(...values)
    .all<SearchRow>()
  return res.results
}

// ── Relevance ────────────────────────────────────────────────────────────────

/**
 * bm25 column weights: a word in the headline counts ten body occurrences, one in the lead
 * (summary) four. FTS5 multiplies each column's hit count by its weight before bm25's term
 * frequency saturation (k1 = 1.2), so a single headline hit outranks a body that repeats the
 * word a few times, yet a body that is entirely about it can still beat a passing headline.
 */
export const RELEVANCE_WEIGHTS = { title: 10, lead: 4, body: 1 } as const
/**
 * bm25 scores within 1/RELEVANCE_BANDS of the best score's scale count as equally relevant, and
 * the tie-breakers decide among them: tag strength (how strongly the article is about the
 * actors/events the filter names, or about its main actor/event when it names none), then
 * freshness (published_at, then id). Twenty bands: a 5% bm25 difference is below what the
 * formula can tell apart on news copy (a longer lead, one more hit in a long body), while the
 * tie-breakers carry information the text statistics do not.
 */
export const RELEVANCE_BANDS = 20

export interface RankedSpec {
  filter: Filter
  fts: string
  /** A relaxed expression to rank by (query.ts toRankFts), when it differs from fts. */
  rankFts?: string
  collapse: boolean
  /** Only articles with id <= snapshot (later pages); the first page takes the table as it is and reports its snapshot. */
  snapshot?: number
  /** Ranked articles already shown by earlier pages. */
  served: number[]
  limit: number
}

export interface TailSpec {
  filter: Filter
  fts: string
  collapse: boolean
  snapshot: number
  /** Articles already shown (the ranked ones) or shown on this page. */
  exclude: number[]
  /** Only ids below this one (the last tail row of the previous page). */
  beforeId?: number
  limit: number
}

/** Max strength of the article's tags that the filter names; of all its tags when it names none. */
function tagStrength(ph: Placeholders, id: string): string {
  const named = (groups: string[][]) => groups.flat()
  const actors = named(ph.actorGroups)
  const events = named(ph.eventGroups)
  const any = !actors.length && !events.length
  const part = (table: string, column: string, slugs: string[]) =>
    `coalesce((SELECT max(strength) FROM ${table} WHERE article_id = ${id}${slugs.length ? ` AND ${column} IN (${list(slugs)})` : ''}), 0)`
  const parts = [
    ...(any || actors.length ? [part('article_actors', 'actor', actors)] : []),
    ...(any || events.length ? [part('article_events', 'event', events)] : []),
  ]
  return parts.length === 1 ? parts[0] : `max(${parts.join(', ')})`
}

/**
 * One ranked page: the newest RELEVANCE_WINDOW matches (FTS5 streams rowids newest first and
 * stops there, so a frequent word costs no more than a rare one), scored by weighted bm25,
 * minus the already served ones and the cluster copies, ordered by (band, tag strength,
 * published_at, id). Article columns and bodies are read for the page's rows only; an empty page
 * is one row of NULLs that still carries the snapshot and the window size.
 *
 * Clusters are collapsed after the window is taken, because the window then answers most of
 * the question "does an earlier copy match too?": every match at or above the window's lowest
 * id is in the window, so only copies older than the window need an FTS probe (a probe costs
 * ~0.1 ms for a phrase, and wire copies are usually minutes apart). Rows report window_size
 * (before collapsing) so the caller knows whether older matches exist beyond the window.
 * "Matches" of the window are those of rankFts when given (a superset of the query's): every
 * query match at or above the window's lowest id is then still in it, which is what the copy
 * check and the caller's "window not full = no tail" rely on.
 */
export function buildRankedSql(spec: RankedSpec): { sql: string; values: unknown[] } {
  const p = new Params()
  const ph = bindFilter(p, spec.filter, spec.fts)
  const w = RELEVANCE_WEIGHTS
  const where = [
    `article_search MATCH ${spec.rankFts ? p.add(spec.rankFts) : ph.fts}`,
    ...(spec.snapshot !== undefined ? [`article_search.rowid <= ${p.add(spec.snapshot)}`] : []),
    ...conditions('a', ph, { checkQuery: false }),
  ]
  // Ranked by a relaxed expression, the window keeps the rows that match the query itself: one
  // FTS scan over the window's id range, not one probe per row.
  const exact = spec.rankFts
    ? `WHERE id IN (SELECT rowid FROM article_search WHERE article_search MATCH ${ph.fts}
      AND rowid BETWEEN (SELECT min(id) FROM win) AND (SELECT max(id) FROM win))`
    : ''
  const olderCopyMatches = [
    'b.cluster_id = c.cluster_id',
    'b.id < c.id',
    ...conditions('b', ph, { checkQuery: 'probe' }),
  ].join(' AND ')
  const collapse = spec.collapse
    ? `AND (c.cluster_id = c.id OR NOT EXISTS (
      SELECT 1 FROM articles b WHERE b.cluster_id = c.cluster_id AND b.id < c.id
        AND CASE WHEN b.id >= c.floor THEN b.id IN (SELECT id FROM hits) ELSE (${olderCopyMatches}) END))`
    : ''
  const order = 'band DESC, strength DESC, p DESC, id DESC'
  const sql = `WITH win AS MATERIALIZED (
  SELECT article_search.rowid AS id, bm25(article_search, ${w.title}, ${w.lead}, ${w.body}) AS score, a.published_at AS p, a.cluster_id AS cluster_id
  FROM article_search
  CROSS JOIN articles a ON a.id = article_search.rowid
  WHERE ${where.join('\n    AND ')}
  ORDER BY article_search.rowid DESC
  LIMIT ${p.add(RELEVANCE_WINDOW)}
), hits AS MATERIALIZED (
  SELECT id, score, p, cluster_id FROM win
  ${exact}
), banded AS MATERIALIZED (
  SELECT id, p, cluster_id, CAST(score / min(score) OVER () * ${RELEVANCE_BANDS} AS INTEGER) AS band,
    (SELECT min(id) FROM win) AS floor
  FROM hits
), candidates AS MATERIALIZED (
  SELECT c.id, c.p, c.band FROM banded c
  WHERE c.id NOT IN (SELECT value FROM json_each(${p.add(JSON.stringify(spec.served))}))
    ${collapse}
), cut AS (
  -- The band of the page's last row: tag strength (two index probes) is computed for rows at or above it only.
  SELECT band FROM candidates ORDER BY band DESC LIMIT 1 OFFSET ${p.add(spec.limit - 1)}
), page AS (
  SELECT id, p, band, ${tagStrength(ph, 'candidates.id')} AS strength
  FROM candidates
  WHERE band >= coalesce((SELECT band FROM cut), -1)
  ORDER BY ${order}
  LIMIT ${p.add(spec.limit)}
)
SELECT ${SELECT_ROW}, ${BODY_PREFIX}, meta.window_size AS window_size, meta.snapshot AS snapshot
FROM (SELECT (SELECT max(id) FROM articles) AS snapshot, (SELECT count(*) FROM win) AS window_size) meta
LEFT JOIN page ON 1
LEFT JOIN articles a ON a.id = page.id
LEFT JOIN feeds f ON f.id = a.feed_id
ORDER BY ${order.replace(/(\w+) DESC/g, 'page.$1 DESC')}`
  return { sql, values: p.values }
}

/** Every other match of the snapshot, newest ingested first: FTS5 streams them in rowid order and the query stops at LIMIT. */
export function buildTailSql(spec: TailSpec): { sql: string; values: unknown[] } {
  const p = new Params()
  const ph = bindFilter(p, spec.filter, spec.fts)
  const where = [
    `article_search MATCH ${ph.fts}`,
    `article_search.rowid <= ${p.add(spec.snapshot)}`,
    ...(spec.beforeId !== undefined ? [`article_search.rowid < ${p.add(spec.beforeId)}`] : []),
    `article_search.rowid NOT IN (SELECT value FROM json_each(${p.add(JSON.stringify(spec.exclude))}))`,
    ...conditions('a', ph, { checkQuery: false }),
    ...(spec.collapse ? [collapseCondition(ph)] : []),
  ]
  const sql = `SELECT ${SELECT_ROW}, ${BODY_PREFIX}
FROM article_search
CROSS JOIN articles a ON a.id = article_search.rowid
JOIN feeds f ON f.id = a.feed_id
WHERE ${where.join('\n  AND ')}
ORDER BY article_search.rowid DESC
LIMIT ${p.add(spec.limit)}`
  return { sql, values: p.values }
}

export interface RankedPage {
  rows: SearchRow[]
  /** The greatest article id when the page was answered. */
  snapshot: number
  /** Matches in the window (of rankFts when given), before the exact check and collapsing. */
  windowSize: number
}

/** One ranked page. The SQL always answers one row, even for an empty page: it carries the snapshot and window size. */
export async function runRanked(db: D1Database, spec: RankedSpec): Promise<RankedPage> {
  const { sql, values } = buildRankedSql(spec)
  const rows = await run(db, sql, values)
  return {
    rows: rows.filter((r) => r.id !== null),
    snapshot: rows[0]?.snapshot ?? 0,
    windowSize: rows[0]?.window_size ?? 0,
  }
}

export function runTail(db: D1Database, spec: TailSpec): Promise<SearchRow[]> {
  const { sql, values } = buildTailSql(spec)
  return run(db, sql, values)
}

/** How many articles match an FTS5 expression, counting no further than `cap`. */
export async function countMatchesUpTo(db: D1Database, fts: string, cap: number): Promise<number> {
  const res = await db
    .prepare(
      'SELECT count(*) AS n FROM (SELECT rowid FROM article_search WHERE article_search MATCH ?1 LIMIT ?2)',
    )
    .bind(fts, cap)
    .all<{ n: number }>()
  return res.results[0]?.n ?? 0
}

/** The plain text of some articles (snippets need the body when the lead has no match). */
export async function articleContents(db: D1Database, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  const p = new Params()
  const res = await db
    .prepare(`SELECT id, content FROM articles WHERE id IN (${list(ids.map((id) => p.add(id)))})`)
    .bind(...p.values)
    .all<{ id: number; content: string }>()
  return new Map(res.results.map((r) => [r.id, r.content]))
}

// ── Trends ───────────────────────────────────────────────────────────────────

export interface TrendSpec {
  filter: Filter
  fts?: string
  /** Bucket width in ms and the offset that aligns buckets (weeks start on Monday). */
  widthMs: number
  offsetMs: number
  /** Inclusive epoch-ms range (already combined with the filter's since/until). */
  from: number
  to: number
  /** Count stories (distinct clusters) rather than every copy. */
  collapse: boolean
}

/**
 * Counts per bucket. Candidates come from the FTS index (q), else from the smallest tag group's
 * time index, else from the published_at index over the range: never a full scan.
 */
export async function trendCounts(db: D1Database, spec: TrendSpec): Promise<Map<number, number>> {
  const p = new Params()
  const f: Filter = { ...spec.filter, since: spec.from, until: spec.to }
  const ph = bindFilter(p, f, spec.fts)
  const driver = chooseDriver(f, spec.fts !== undefined)
  const from = ph.since!
  const to = ph.until!
  let source: string
  let skip: CondOptions['skipTags']
  if (driver.kind === 'fts')
    source = `a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ${ph.fts})`
  else if (driver.kind === 'tags') {
    const slugs = (driver.column === 'actor' ? ph.actorGroups : ph.eventGroups)[driver.group]
    source = `a.id IN (SELECT article_id FROM ${driver.table} WHERE ${driver.column} IN (${list(slugs)}) AND published_at BETWEEN ${from} AND ${to})`
    skip = { kind: 'tags', column: driver.column, group: driver.group }
  } else source = `a.published_at BETWEEN ${from} AND ${to}`
  const where = [source, ...conditions('a', ph, { checkQuery: false, skipTags: skip })]
  const count = spec.collapse ? 'COUNT(DISTINCT a.cluster_id)' : 'COUNT(*)'
  // D1 binds JS numbers as REAL: cast, or the division would not be an integer bucket number.
  const sql = `SELECT (a.published_at + CAST(${p.add(spec.offsetMs)} AS INTEGER)) / CAST(${p.add(spec.widthMs)} AS INTEGER) AS bucket, ${count} AS n
FROM articles a
WHERE ${where.join('\n  AND ')}
GROUP BY bucket`
  const res = await db
    .prepare(sql)
    .bind(...p.values)
    .all<{ bucket: number; n: number }>()
  return new Map(res.results.map((r) => [r.bucket, r.n]))
}
