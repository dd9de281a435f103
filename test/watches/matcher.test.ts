import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { deleteWatch } from '../../src/db/watches'
import { matchesFilter, parseFilter } from '../../src/search/filter'
import type { MatchableArticle } from '../../src/search/types'
import { getWatchMatcher } from '../../src/watches'
import { createWatch, patchWatch } from '../../src/watches/manage'
import { indexKeysFor, WatchIndex } from '../../src/watches/matcher-index'

const HOOK = { url: 'https://hooks.example/seismo', format: 'standard' as const }
const now = Date.UTC(2026, 9, 8, 12)

let n = 0
function article(over: Partial<MatchableArticle> = {}): MatchableArticle {
  return {
    id: ++n,
    title: 'Lavrov arrives in Pyongyang',
    summary: 'The Russian foreign minister met North Korean officials.',
    content: '',
    lang: 'en',
    feedId: 1,
    publishedAt: now,
    actors: [],
    events: [],
    ...over,
  }
}

/** Creates watches named after their filter; returns name → id. */
async function watches(filters: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const f of filters)
    ids.set(f, (await createWatch(env, { name: f, filter: f, webhook: HOOK }, Date.now())).row.id)
  return ids
}

describe('watch matching', () => {
  it('follows the filter grammar: actor AND/OR, event, feed, lang, dates', async () => {
    const w = await watches([
      'actor=russia&actor=north-korea',
      'actor=china,russia',
      'event=missile-launch',
      'actor=north-korea&event=missile-launch,nuclear-weapons',
      'feed=7',
      'lang=ko',
      'lang=ko&feed=7',
      'since=2026-10-01&until=2026-10-31',
    ])
    const m = await getWatchMatcher(env.DB)
    const names = (a: MatchableArticle) => {
      const byId = new Map([...w].map(([k, v]) => [v, k]))
      return m
        .match(a)
        .map((id) => byId.get(id))
        .filter(Boolean)
        .sort()
    }
    expect(names(article({ actors: ['russia', 'north-korea'], publishedAt: Date.UTC(2025, 0, 1) }))).toEqual([
      'actor=china,russia',
      'actor=russia&actor=north-korea',
    ])
    expect(names(article({ actors: ['russia'], publishedAt: Date.UTC(2025, 0, 1) }))).toEqual([
      'actor=china,russia',
    ])
    expect(
      names(article({ actors: ['china'], events: ['missile-launch'], publishedAt: Date.UTC(2025, 0, 1) })),
    ).toEqual(['actor=china,russia', 'event=missile-launch'])
    expect(
      names(
        article({ actors: ['north-korea'], events: ['nuclear-weapons'], publishedAt: Date.UTC(2025, 0, 1) }),
      ),
    ).toEqual(['actor=north-korea&event=missile-launch,nuclear-weapons'])
    expect(names(article({ feedId: 7, lang: 'ko', publishedAt: Date.UTC(2025, 0, 1) }))).toEqual([
      'feed=7',
      'lang=ko',
      'lang=ko&feed=7',
    ])
    expect(names(article({ feedId: 7, lang: 'en', publishedAt: Date.UTC(2025, 0, 1) }))).toEqual(['feed=7'])
    expect(names(article({ publishedAt: Date.UTC(2026, 9, 31, 23, 59) }))).toEqual([
      'since=2026-10-01&until=2026-10-31',
    ])
    expect(names(article({ publishedAt: Date.UTC(2026, 10, 1) }))).toEqual([])
  })

  it('evaluates q with the search semantics: words, phrases, OR, exclusions, Korean particles', async () => {
    const w = await watches([
      'q=lavrov',
      'q="foreign minister"',
      'q=sanctions russia OR china',
      'q=missile -drill',
      'q=북한',
      'q=미사일 발사',
      'actor=russia&q=pyongyang',
    ])
    const m = await getWatchMatcher(env.DB)
    const byId = new Map([...w].map(([k, v]) => [v, k]))
    const names = (a: MatchableArticle) =>
      m
        .match(a)
        .map((id) => byId.get(id))
        .filter(Boolean)
        .sort()

    expect(names(article({ title: 'LAVROV in talks', summary: '' }))).toEqual(['q=lavrov'])
    expect(names(article({ title: 'The foreign minister spoke', summary: '' }))).toEqual([
      'q="foreign minister"',
    ])
    expect(names(article({ title: 'Minister of foreign affairs', summary: '' }))).toEqual([])
    expect(names(article({ title: 'New sanctions on China', summary: '' }))).toEqual([
      'q=sanctions russia OR china',
    ])
    expect(names(article({ title: 'New sanctions on Iran', summary: '' }))).toEqual([])
    expect(names(article({ title: 'Missile test', summary: '' }))).toEqual(['q=missile -drill'])
    expect(names(article({ title: 'Missile drill', summary: '' }))).toEqual([])
    expect(names(article({ title: '북한은 오늘 미사일을 발사했다', summary: '', lang: 'ko' }))).toEqual([
      'q=미사일 발사',
      'q=북한',
    ])
    expect(names(article({ title: '남북한 회담', summary: '', lang: 'ko' }))).toEqual(['q=북한'])
    expect(names(article({ title: '북한산 등산객', summary: '', lang: 'ko' }))).toEqual(['q=북한']) // search semantics: bigram 북한 is inside 북한산
    expect(names(article({ title: 'Talks in Pyongyang', summary: '', actors: ['russia'] }))).toEqual([
      'actor=russia&q=pyongyang',
    ])
    expect(names(article({ title: 'Talks in Pyongyang', summary: '', actors: ['china'] }))).toEqual([])
  })

  it('only watches filed under one of the article keys are evaluated', async () => {
    const w = await watches(['actor=kim-jong-un', 'event=cyberattack', 'q=zelensky', 'feed=424242'])
    const m = await getWatchMatcher(env.DB)
    const a = article({
      actors: ['japan'],
      events: ['election'],
      title: 'Japan votes',
      summary: 'A quiet election day.',
    })
    const candidates = m.candidates(a)
    for (const id of w.values()) expect(candidates).not.toContain(id)
    expect(m.candidates(article({ actors: ['kim-jong-un'] }))).toContain(w.get('actor=kim-jong-un'))
    expect(m.candidates(article({ title: 'Zelensky visits Seoul' }))).toContain(w.get('q=zelensky'))
    expect(m.candidates(article({ feedId: 424242 }))).toContain(w.get('feed=424242'))
  })

  it('files each watch under its most selective required condition', () => {
    const known = {
      actors: new Set(['russia', 'north-korea', 'china', 'united-states']),
      events: new Set(['visit', 'sanctions']),
    }
    const keys = (q: string) => indexKeysFor(parseFilter(new URLSearchParams(q), known))
    // Two required tags: the pair (an article must carry both to be a candidate).
    expect(keys('actor=russia&actor=north-korea')).toEqual(['actor:north-korea&actor:russia'])
    expect(keys('actor=china,russia&actor=north-korea&event=visit')).toEqual([
      'actor:north-korea&event:visit',
    ])
    expect(keys('actor=china,russia&event=visit')).toEqual([
      'actor:china&event:visit',
      'actor:russia&event:visit',
    ])
    // A shared slug in two groups degenerates to the single key, not an impossible "x&x".
    expect(keys('actor=china,russia&actor=china')).toEqual(['actor:china', 'actor:china&actor:russia'])
    expect(keys('actor=united-states')).toEqual(['actor:united-states'])
    expect(keys('lang=en&event=sanctions,visit')).toEqual(['event:sanctions', 'event:visit'])
    expect(keys('feed=3&event=visit')).toEqual(['event:visit&feed:3'])
    expect(keys('lang=en&q=lavrov')).toEqual(['term:lavrov'])
    expect(keys('actor=russia&q=lavrov')).toEqual(['term:lavrov'])
    expect(keys('q=sanctions russia OR china')).toEqual(['term:sanctions'])
    expect(keys('q=russia OR china')).toEqual(['term:russia', 'term:china'])
    expect(keys('q=북한')).toEqual(['term:북한'])
    expect(keys('feed=3,4&lang=ko')).toEqual(['feed:3', 'feed:4'])
    expect(keys('lang=ko')).toEqual(['lang:ko'])
    expect(keys('since=2026-01-01')).toEqual([])
  })

  it('matches watches whose keys prove the whole filter without evaluating them, and agrees with the full filter', () => {
    const known = {
      actors: new Set(['russia', 'north-korea', 'china']),
      events: new Set(['visit', 'sanctions']),
    }
    const specs = [
      'actor=russia',
      'actor=russia&event=visit',
      'actor=china,russia',
      'actor=russia&actor=north-korea',
      'q=lavrov',
      'q=lavrov OR beijing',
      'actor=russia&q=lavrov',
      'actor=russia&since=2026-01-01',
      'actor=russia&event=visit&lang=en',
      'q=lavrov -pyongyang',
      'q="foreign minister"',
    ]
    const watchesList = specs.map((q, i) => {
      const filter = parseFilter(new URLSearchParams(q), known)
      return { id: i + 1, filter, keys: indexKeysFor(filter) }
    })
    let evaluated = 0
    const index = new WatchIndex(watchesList, (f, a) => {
      evaluated++
      return matchesFilter(f, a)
    })
    const samples = [
      article({ actors: ['russia', 'north-korea'], events: ['visit'] }),
      article({ actors: ['china'], events: ['sanctions'], title: 'Beijing and sanctions' }),
      article({ actors: ['russia'], events: [], publishedAt: Date.UTC(2025, 0, 1) }),
      article({ title: 'Lavrov in Beijing', summary: 'The foreign minister met Wang Yi.' }),
      article({ title: 'Beijing talks', summary: 'No Russian official attended.' }),
    ]
    for (const a of samples) {
      evaluated = 0
      const got = index.match(a)
      const naive = watchesList.filter((w) => matchesFilter(w.filter, a)).map((w) => w.id)
      expect(got).toEqual(naive)
      // Only tag+q, date, three-condition, exclusion and phrase watches ever need the full filter.
      expect(evaluated).toBeLessThanOrEqual(5)
    }
  })

  it('sees created, changed and deleted watches, and only those that can deliver', async () => {
    const before = await getWatchMatcher(env.DB)
    expect(await getWatchMatcher(env.DB)).toBe(before) // cached while the watch set is unchanged
    const a = article({ actors: ['taiwan'] })
    const hooked = (
      await createWatch(env, { name: 'taiwan', filter: 'actor=taiwan', webhook: HOOK }, Date.now())
    ).row.id
    const feedOnly = (await createWatch(env, { name: 'taiwan feed', filter: 'actor=taiwan' }, Date.now())).row
      .id
    let m = await getWatchMatcher(env.DB)
    expect(m).not.toBe(before)
    expect(m.match(a)).toContain(hooked)
    expect(m.match(a)).not.toContain(feedOnly)

    await patchWatch(env, hooked, { enabled: false }, Date.now())
    expect((await getWatchMatcher(env.DB)).match(a)).not.toContain(hooked)
    await patchWatch(env, hooked, { enabled: true, filter: 'actor=ukraine' }, Date.now())
    m = await getWatchMatcher(env.DB)
    expect(m.match(a)).not.toContain(hooked)
    expect(m.match(article({ actors: ['ukraine'] }))).toContain(hooked)
    await deleteWatch(env.DB, hooked)
    expect((await getWatchMatcher(env.DB)).match(article({ actors: ['ukraine'] }))).not.toContain(hooked)
  })
})
