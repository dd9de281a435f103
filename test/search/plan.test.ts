import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { buildRelationsSql } from '../../src/db/relations'
import { buildSearchSql, type SearchQuerySpec } from '../../src/db/search-date'
import { buildRankedSql, buildTailSql } from '../../src/db/search-ranked'
import { parseFilter } from '../../src/search/filter'
import { toFts } from '../../src/search/query'

const known = {
  actors: new Set(['russia', 'china', 'north-korea']),
  events: new Set(['arms-trade', 'missile-launch']),
}

function spec(qs: string, after?: number[], qDriver?: 'fts' | 'set' | 'probe'): SearchQuerySpec {
  const filter = parseFilter(new URLSearchParams(qs), known)
  return {
    filter,
    fts: filter.query ? toFts(filter.query) : undefined,
    qDriver,
    collapse: true,
    after,
    limit: 21,
  }
}

function ranked(qs: string, served: number[] = [], snapshot?: number) {
  const filter = parseFilter(new URLSearchParams(qs), known)
  return buildRankedSql({ filter, fts: toFts(filter.query!), collapse: true, snapshot, served, limit: 21 })
}

function tail(qs: string, beforeId?: number) {
  const filter = parseFilter(new URLSearchParams(qs), known)
  return buildTailSql({
    filter,
    fts: toFts(filter.query!),
    collapse: true,
    snapshot: 10_000,
    exclude: [5, 7],
    beforeId,
    limit: 21,
  })
}

function relations(qs: string) {
  const filter = parseFilter(new URLSearchParams(qs), known)
  return buildRelationsSql({ filter, collapse: true, maxArticles: 2_000, limit: 200 })
}

async function plan(s: SearchQuerySpec | { sql: string; values: unknown[] }): Promise<string[]> {
  const { sql, values } = 'sql' in s ? s : buildSearchSql(s)
  const res = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...values)
    .all<{ detail: string }>()
  return res.results.map((r) => r.detail)
}

/** A full scan of a table (as opposed to SCAN of a subquery/CTE or a virtual table index walk). */
const fullScans = (lines: string[]) =>
  lines.filter((l) =>
    /^SCAN (a|b|x|r|articles|article_actors|article_events|article_relations|feeds)\b(?! USING)/.test(l),
  )

describe('searches are index lookups (EXPLAIN QUERY PLAN)', () => {
  const cases: [string, SearchQuerySpec | { sql: string; values: unknown[] }, RegExp][] = [
    ['no filter walks the published_at index', spec(''), /articles_published/],
    [
      'one actor walks its table in time order',
      spec('actor=russia'),
      /SEARCH x USING PRIMARY KEY \(actor=\?\)/,
    ],
    ['an OR group merges one walk per slug', spec('actor=russia,china'), /MERGE \(UNION\)/],
    [
      'a single-slug group drives before an OR group',
      spec('actor=russia,china&event=arms-trade'),
      /^SEARCH x USING PRIMARY KEY \(event=\?\)/,
    ],
    ['a feed walks the feed index', spec('feed=3&since=2024-01-01'), /articles_feed_published \(feed_id=\?/],
    ['languages merge walks of the lang index', spec('lang=en,ko'), /articles_lang_published \(lang=\?/],
    [
      'q with few matches starts from the FTS index',
      spec('q=missile&actor=russia', undefined, 'fts'),
      /VIRTUAL TABLE INDEX/,
    ],
    [
      'q with many matches walks the tag index against the FTS match set',
      spec('q=missile&actor=russia', undefined, 'set'),
      /SEARCH x USING PRIMARY KEY \(actor=\?\)[\s\S]*LIST SUBQUERY[\s\S]*VIRTUAL TABLE INDEX/,
    ],
    [
      'q with very many matches walks the date index and probes FTS',
      spec('q=missile', undefined, 'probe'),
      /articles_published[\s\S]*CORRELATED SCALAR SUBQUERY[\s\S]*VIRTUAL TABLE INDEX/,
    ],
    [
      "a record's role walks the actor key; its records are probed by primary key",
      spec('source=russia&target=north-korea&event=arms-trade'),
      /SEARCH x USING PRIMARY KEY \(actor=\?\)[\s\S]*SEARCH r USING PRIMARY KEY \(article_id=\?/,
    ],
    [
      "a record's event group (modalities that tag) walks article_events when it is the smallest group",
      spec('source=russia,china&event=arms-trade&modality=denied'),
      /^SEARCH x USING PRIMARY KEY \(event=\?\)[\s\S]*SEARCH r USING PRIMARY KEY \(article_id=\?/,
    ],
    [
      "a record's event group of speculative records walks the partial index of untagged records",
      spec('source=russia,china&event=arms-trade&modality=speculative'),
      /SEARCH x USING (COVERING )?INDEX article_relations_untagged \(event=\?\)/,
    ],
    [
      "relations read the matched articles' relations by primary key",
      relations('event=arms-trade&source=russia'),
      /SEARCH r USING PRIMARY KEY \(article_id=\?[\s\S]*SEARCH x USING PRIMARY KEY \(actor=\?\)/,
    ],
    [
      'relations without a record filter probe the same key',
      relations('actor=north-korea'),
      /SEARCH r USING PRIMARY KEY \(article_id=\?/,
    ],
    [
      'relevance ranks a window streamed from the FTS index',
      ranked('q=missile launch&lang=en'),
      /VIRTUAL TABLE INDEX/,
    ],
    [
      'relevance after a page excludes what was shown',
      ranked('q=missile&actor=russia', [3, 4], 10_000),
      /VIRTUAL TABLE INDEX[\s\S]*json_each/,
    ],
    [
      'the relevance tail streams the FTS index',
      tail('q=missile&event=arms-trade', 99),
      /VIRTUAL TABLE INDEX/,
    ],
  ]
  for (const [name, s, expected] of cases) {
    it(name, async () => {
      const lines = await plan(s)
      expect(lines.join('\n')).toMatch(expected)
      expect(fullScans(lines), lines.join('\n')).toEqual([])
    })
  }
  it('walks and streams need no sort of the whole set', async () => {
    const streams = [
      spec('', [1_700_000_000_000, 5]),
      spec('actor=russia', [1_700_000_000_000, 5]),
      spec('feed=2'),
      spec('lang=ko'),
      spec('q=missile', undefined, 'set'),
      spec('q=missile', undefined, 'probe'),
      tail('q=missile -launch&actor=russia'),
      tail('q=missile', 123),
    ]
    for (const s of streams) {
      const lines = await plan(s)
      expect(lines.join('\n'), JSON.stringify(s)).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
    }
  })
  it('the ranked window sorts its page only, not the FTS matches', async () => {
    // The window's own ORDER BY rowid is consumed by the FTS index; only the <= RELEVANCE_WINDOW scored rows are sorted.
    const lines = await plan(ranked('q=missile'))
    const text = lines.join('\n')
    // The window streams the FTS index (its rowid order is consumed by the index) and sorts nothing.
    const start = lines.indexOf('MATERIALIZE win')
    const window = lines.slice(start + 1, lines.indexOf('SCAN win', start))
    expect(window[0], text).toMatch(/^SCAN article_search VIRTUAL TABLE INDEX/)
    expect(
      window.filter((l) => l.includes('USE TEMP B-TREE')),
      text,
    ).toEqual([])
    expect(fullScans(lines), text).toEqual([])
  })
})

/**
 * Migration 0009 keeps each tag table in one B-tree (slug, published_at, article_id): the old
 * (slug, article_id) key and (article_id) index are gone. Every query that used them now names
 * the whole key; these plans prove no tag lookup became a scan.
 */
describe('tag lookups by article are primary-key probes (no article_id index needed)', () => {
  const probe =
    /SEARCH (article_actors|article_events|t) USING PRIMARY KEY \((actor|event)=\? AND published_at=\? AND article_id=\?\)/
  const noTagScan = (lines: string[]) =>
    lines.filter(
      (l) =>
        /^SCAN (article_actors|article_events|x|t)\b/.test(l) || /^SCAN (a|articles)\b(?! USING)/.test(l),
    )

  it('a tag condition on a candidate (filters of search, feeds and watches)', async () => {
    const lines = await plan(spec('feed=2&actor=russia,china&event=arms-trade'))
    expect(lines.join('\n')).toMatch(probe)
    expect(noTagScan(lines), lines.join('\n')).toEqual([])
  })

  it("tag strength of ranked results, named slugs or the article's own", async () => {
    for (const qs of ['q=missile&actor=russia', 'q=missile']) {
      const lines = await plan(ranked(qs))
      const text = lines.join('\n')
      expect(text, qs).toMatch(probe)
      expect(noTagScan(lines), text).toEqual([])
    }
  })

  it("a retag's delete of old tag rows", async () => {
    const { retagBatchStatements } = await import('../../src/db/tags')
    // Deletes: actors, events, mentions (legacy rows, lists), relations; then the inserts.
    const deletes = retagBatchStatements(env.DB, [
      {
        articleId: 1,
        publishedAt: 1,
        result: { actors: [], events: [], mentions: [], records: [] } as never,
      },
    ]).slice(0, 5)
    for (const stmt of deletes) {
      const s = stmt as unknown as { statement: string; params: unknown[] }
      expect(s.statement).toMatch(/^DELETE FROM/)
      const res = await env.DB.prepare(`EXPLAIN QUERY PLAN ${s.statement}`)
        .bind(...s.params)
        .all<{ detail: string }>()
      const lines = res.results.map((r) => r.detail)
      expect(lines.join('\n')).toMatch(
        /SEARCH (article_actors|article_events|article_mentions|article_mention_lists|article_relations) USING (INTEGER )?PRIMARY KEY/,
      )
      expect(noTagScan(lines), lines.join('\n')).toEqual([])
    }
  })
})
