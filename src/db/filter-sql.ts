/**
 * A parsed Filter as SQL: the bound values, the per-candidate conditions, the cluster collapse
 * and the index that drives a walk. Shared by the date search (search-date.ts), the ranked search
 * (search-ranked.ts) and trends (trends.ts).
 *
 * Every filter is an index lookup, never a scan of the articles table:
 *   - q: the FTS5 index gives the candidate ids;
 *   - otherwise one "driver" walks an index already in date order, newest first, and stops at
 *     LIMIT: the primary key of article_actors / article_events (slug, published_at, article_id) for a
 *     tag group (a source/target group walks article_actors too: an article carries the actors of
 *     its records' roles, with those they imply), article_events or article_relations_untagged for a
 *     record's event group (by its modalities),
 *     articles_feed_published or articles_lang_published, else articles_published. An OR
 *     group (comma list) becomes one walk per value merged by a compound SELECT (SQLite's
 *     MERGE (UNION): still no sort of the whole set, and an article with two of the slugs once);
 *   - the other conditions are checked per candidate by primary-key / index probes.
 * Parameters are numbered (?N) and reused across the UNION arms and sub-queries, so a query
 * binds each value once (D1 allows 100 bound parameters; src/limits.ts sizes filters for it).
 */

import type { Filter, RecordFilter } from '../search/types'
import { TAGGING_MODALITIES } from '../tagging/types'
import { termCode, termCodes, UNTAGGED_MODALITIES_SQL } from './records'

/** Numbered bound parameters: each value is bound once and its placeholder reused. */
export class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `?${this.values.length}`
  }
}

export const list = (placeholders: string[]) => placeholders.join(', ')

/** Placeholders of a record filter (RecordFilter): role groups are bound twice, as a JSON list and slug by slug. */
export interface RecordPlaceholders {
  events: string[][]
  /** One placeholder per group, holding the group's slugs as a JSON array. */
  sources: string[]
  targets: string[]
  /** The same groups slug by slug (a group may drive a walk of article_actors). */
  sourceSlugs: string[][]
  targetSlugs: string[][]
  modalities: string[]
}

/** Placeholders (?N) of the filter's values, bound once and reused wherever they are needed. */
export interface Placeholders {
  langs: string[]
  feeds: string[]
  since: string | null
  until: string | null
  actorGroups: string[][]
  eventGroups: string[][]
  record: RecordPlaceholders | null
  fts: string | null
}

/** Binds a record filter's values. */
export function bindRecord(p: Params, r: RecordFilter): RecordPlaceholders {
  return {
    events: r.events.map((g) => g.map((v) => p.add(v))),
    sources: r.sources.map((g) => p.add(JSON.stringify(g))),
    targets: r.targets.map((g) => p.add(JSON.stringify(g))),
    sourceSlugs: r.sources.map((g) => g.map((v) => p.add(v))),
    targetSlugs: r.targets.map((g) => g.map((v) => p.add(v))),
    modalities: r.modalities.map((v) => p.add(v)),
  }
}

export function bindFilter(p: Params, f: Filter, fts: string | undefined): Placeholders {
  return {
    langs: f.langs.map((v) => p.add(v)),
    feeds: f.feeds.map((v) => p.add(v)),
    since: f.since !== undefined ? p.add(f.since) : null,
    until: f.until !== undefined ? p.add(f.until) : null,
    actorGroups: f.actors.map((g) => g.map((v) => p.add(v))),
    eventGroups: f.events.map((g) => g.map((v) => p.add(v))),
    record: f.record ? bindRecord(p, f.record) : null,
    fts: fts ? p.add(fts) : null,
  }
}

/** Which tag group a walk enforces, so the per-candidate checks skip it. */
export interface TagGroup {
  column: 'actor' | 'event'
  group: number
}

export type Driver =
  | { kind: 'fts' }
  | {
      kind: 'tags'
      table: 'article_actors' | 'article_events' | 'article_relations'
      /** The index to walk when it is not the table's primary key. */
      index?: 'article_relations_untagged'
      /** A condition on the walked row (alias x) the index needs (a partial index's WHERE). */
      where?: string
      column: 'actor' | 'event'
      /** SQL values of the slugs walked (one UNION arm each): placeholders, or their record_terms codes. */
      slugs: string[]
      /** The article tag group it enforces (none for a record group: the record check still runs). */
      enforces: TagGroup | null
    }
  | { kind: 'feed' }
  | { kind: 'lang' }
  | { kind: 'all' }

export interface CondOptions {
  /** The tag group the driver already enforces. */
  skipTags?: TagGroup | null
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
      // The whole primary key (slug, published_at, article_id): one probe per slug.
      out.push(
        `EXISTS (SELECT 1 FROM ${table} WHERE ${column} IN (${list(g)})
          AND published_at = ${alias}.published_at AND article_id = ${alias}.id)`,
      )
    })
  tagChecks(ph.actorGroups, 'article_actors', 'actor')
  tagChecks(ph.eventGroups, 'article_events', 'event')
  if (ph.record) out.push(recordCondition(alias, ph.record))
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
 * The actors a role group matches: its slugs and every actor implying one of them, transitively
 * (russia: Putin, Lavrov; united-states: usfk), from the taxonomy as it is now. Uncorrelated, so
 * SQLite evaluates it once per statement.
 */
function implying(group: string): string {
  return `WITH RECURSIVE implied(slug) AS (
      SELECT value FROM json_each(${group})
      UNION SELECT t.slug FROM taxonomy_actors t, json_each(t.data, '$.implies') j, implied
      WHERE j.value = implied.slug
    ) SELECT slug FROM implied`
}

/**
 * What one record's relation (article_relations alias `records`, terms as record_terms codes) must
 * satisfy: every group of the record filter at once. The code lists are uncorrelated: read once.
 */
export function recordWhere(r: RecordPlaceholders, records: string): string[] {
  return [
    `${records}.modality IN ${termCodes(list(r.modalities))}`,
    ...r.events.map((g) => `${records}.event IN ${termCodes(list(g))}`),
    ...r.sources.map((g) => `${records}.source IN ${termCodes(implying(g))}`),
    ...r.targets.map((g) => `${records}.target IN ${termCodes(implying(g))}`),
  ]
}

/** One event record of the article satisfies every group of the record filter at once. */
export function recordCondition(alias: string, r: RecordPlaceholders, records = 'r'): string {
  const where = [`${records}.article_id = ${alias}.id`, ...recordWhere(r, records)]
  return `EXISTS (SELECT 1 FROM article_relations ${records} WHERE ${where.join(' AND ')})`
}

/**
 * One article per cluster: an article shows unless an EARLIER article (smaller id) of its cluster
 * also matches the filter. New articles get larger ids, so a story's representative never changes
 * once shown, which keeps keyset pages exact while articles arrive. The first article of a
 * cluster (id = cluster_id) needs no probe at all; SQLite stops at the OR.
 */
export function collapseCondition(ph: Placeholders): string {
  const inner = conditions('b', ph, { checkQuery: 'probe' })
  const where = ['b.cluster_id = a.cluster_id', 'b.id < a.id', ...inner].join(' AND ')
  return `(a.cluster_id = a.id OR NOT EXISTS (SELECT 1 FROM articles b WHERE ${where}))`
}

/**
 * Which index drives a date-sorted walk: a tag group (fewest slugs first; a record's role group
 * walks article_actors, its event group article_events or article_relations_untagged), else feed,
 * else lang, else time.
 */
export function chooseDriver(f: Filter, ph: Placeholders, ftsDrives: boolean): Driver {
  if (ftsDrives) return { kind: 'fts' }
  type Tags = Extract<Driver, { kind: 'tags' }>
  const actors = (slugs: string[], enforces: TagGroup | null): Tags => ({
    kind: 'tags',
    table: 'article_actors',
    column: 'actor',
    slugs,
    enforces,
  })
  const groups: Tags[] = [
    ...ph.actorGroups.map((slugs, group) => actors(slugs, { column: 'actor', group })),
    ...ph.eventGroups.map(
      (slugs, group): Tags => ({
        kind: 'tags',
        table: 'article_events',
        column: 'event',
        slugs,
        enforces: { column: 'event', group },
      }),
    ),
    ...(ph.record?.sourceSlugs ?? []).map((slugs) => actors(slugs, null)),
    ...(ph.record?.targetSlugs ?? []).map((slugs) => actors(slugs, null)),
    ...(ph.record?.events ?? []).flatMap((slugs): Tags[] => {
      const modalities = f.record?.modalities ?? []
      // A record that tags its article (reported, planned, denied) has its event among the
      // article's events: walk those. Records that do not tag have a partial index of their own.
      if (modalities.every((m) => TAGGING_MODALITIES.has(m)))
        return [{ kind: 'tags', table: 'article_events', column: 'event', slugs, enforces: null }]
      if (modalities.every((m) => !TAGGING_MODALITIES.has(m)))
        return [
          {
            kind: 'tags',
            table: 'article_relations',
            index: 'article_relations_untagged',
            where: UNTAGGED_MODALITIES_SQL('x'),
            column: 'event',
            slugs: slugs.map(termCode),
            enforces: null,
          },
        ]
      // Both kinds at once (modality=reported,speculative): another group, else time, drives.
      return []
    }),
  ]
  if (groups.length) return groups.reduce((a, b) => (b.slugs.length < a.slugs.length ? b : a))
  if (f.feeds.length) return { kind: 'feed' }
  if (f.langs.length) return { kind: 'lang' }
  return { kind: 'all' }
}
