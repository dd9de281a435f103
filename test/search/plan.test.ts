import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { buildSearchSql, type SearchQuerySpec } from '../../src/db/search'
import { parseFilter } from '../../src/search/filter'
import { relevanceTiers, toFts } from '../../src/search/query'

const known = { actors: new Set(['russia', 'china', 'north-korea']), events: new Set(['arms-trade', 'missile-launch']) }

function spec(qs: string, sort: 'date' | 'relevance' = 'date', after?: number[], qDriver?: 'fts' | 'set' | 'probe'): SearchQuerySpec {
  const filter = parseFilter(new URLSearchParams(qs), known)
  const tiers = filter.query && sort === 'relevance' ? relevanceTiers(filter.query) : []
  return { filter, fts: filter.query ? toFts(filter.query) : undefined, sort, qDriver, tiers, collapse: true, after, limit: 21 }
}

async function plan(s: SearchQuerySpec): Promise<string[]> {
  const { sql, values } = buildSearchSql(s)
  const res = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...values).all<{ detail: string }>()
  return res.results.map((r) => r.detail)
}

/** A full scan of a table (as opposed to SCAN of a subquery/CTE or a virtual table index walk). */
const fullScans = (lines: string[]) => lines.filter((l) => /^SCAN (a|b|x|articles|article_actors|article_events|feeds)\b(?! USING)/.test(l))

describe('searches are index lookups (EXPLAIN QUERY PLAN)', () => {
  const cases: [string, SearchQuerySpec, RegExp][] = [
    ['no filter walks the published_at index', spec(''), /articles_published/],
    ['one actor walks its time index', spec('actor=russia'), /article_actors_time \(actor=\?/],
    ['an OR group merges one walk per slug', spec('actor=russia,china'), /MERGE \(UNION\)/],
    ['a single-slug group drives before an OR group', spec('actor=russia,china&event=arms-trade'), /^SEARCH x USING COVERING INDEX article_events_time \(event=\?/],
    ['a feed walks the feed index', spec('feed=3&since=2024-01-01'), /articles_feed_published \(feed_id=\?/],
    ['languages merge walks of the lang index', spec('lang=en,ko'), /articles_lang_published \(lang=\?/],
    ['q with few matches starts from the FTS index', spec('q=missile&actor=russia', 'date', undefined, 'fts'), /VIRTUAL TABLE INDEX/],
    ['q with many matches walks the tag index against the FTS match set', spec('q=missile&actor=russia', 'date', undefined, 'set'), /article_actors_time[\s\S]*LIST SUBQUERY[\s\S]*VIRTUAL TABLE INDEX/],
    ['q with very many matches walks the date index and probes FTS', spec('q=missile', 'date', undefined, 'probe'), /articles_published[\s\S]*CORRELATED SCALAR SUBQUERY[\s\S]*VIRTUAL TABLE INDEX/],
    ['relevance merges one FTS stream per tier', spec('q=missile launch&lang=en', 'relevance'), /MERGE \(UNION ALL\)[\s\S]*VIRTUAL TABLE INDEX/],
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
      spec('', 'date', [1_700_000_000_000, 5]),
      spec('actor=russia', 'date', [1_700_000_000_000, 5]),
      spec('feed=2'),
      spec('lang=ko'),
      spec('q=missile', 'date', undefined, 'set'),
      spec('q=missile', 'date', undefined, 'probe'),
      spec('q=missile -launch&actor=russia', 'relevance'),
      spec('q=missile', 'relevance', [1, 123]),
    ]
    for (const s of streams) {
      const lines = await plan(s)
      expect(lines.join('\n'), JSON.stringify(s.filter)).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
    }
  })
})
