/**
 * Watch matching cost per new article: the watch index (src/watches/matcher-index.ts) against
 * the naive "evaluate every watch" loop, in the same run, with 10, 1,000 and 10,000 watches of a
 * realistic mix (actor, actor+event, event, q words and phrases in English and Korean, actor+q,
 * feed, lang). The naive loop runs matchesFilter on every watch; the index confirms its
 * candidates on keys and words (matchesFilter only for what words cannot decide), and the bench
 * checks both return the same watches for every article. Every measured match gets a fresh
 * article object; "cold" columns pay its tokenisation (cached per object by matchesQuery's
 * prepared document, which the index reads too), as at ingest, warm ones do not.
 * Run: npx tsx bench/watches.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { documentTokens } from '../src/search/document'
import { matchesFilter, parseFilter } from '../src/search/filter'
import type { Filter, MatchableArticle } from '../src/search/types'
import { DEFAULT_TAXONOMY } from '../src/tagging/default-taxonomy'
import { type IndexedWatch, indexKeysFor, WatchIndex } from '../src/watches/matcher-index'
import { mulberry32, pick, type Rng } from './lib/rng'
import { markdownTable } from './lib/wrangler'

const WATCH_COUNTS = (process.env.BENCH_WATCH_COUNTS ?? '10,1000,10000').split(',').map(Number)
const ARTICLES = 300
/** Timed passes over the article set per contender (median reported, after one warm-up pass). */
const ROUNDS = 5
const SEED = 20231008
const GOAL_MS = 1
const GOAL_SPEEDUP = 20

const taxonomy = DEFAULT_TAXONOMY
const ACTORS = taxonomy.actors.map((a) => a.slug)
const EVENTS = taxonomy.events.map((e) => e.slug)
const known = { actors: new Set(ACTORS), events: new Set(EVENTS) }

/** Real news words (most frequent first), then invented names and terms for the long tail. */
const EN_COMMON = (
  'said officials government minister talks president military country foreign security statement ' +
  'meeting week report support told forces state national agency defense leader region cooperation ' +
  'missile launch nuclear sanctions troops border summit drill exercise alliance treaty agreement delegation ' +
  'visit capital parliament vote election protest economy trade exports shipment weapons artillery drone ' +
  'satellite rocket warship navy army council resolution envoy embassy ambassador spokesperson condemned ' +
  'warned threat pledged aid humanitarian food energy oil gas pipeline port railway bridge factory cyber ' +
  'hackers attack clash casualties ceasefire negotiations deal'
).split(' ')
const KO_COMMON = (
  '정부는 밝혔다 북한은 북한의 미사일을 발사했다 외교부 장관 회담 정상회담 방문했다 합동 훈련 제재 대북 군사 협력 ' +
  '핵실험 위성 발사체 국방부 대통령실 성명을 발표했다 규탄 경고 동맹 협정 대표단 평양 서울 도쿄 베이징 모스크바 ' +
  '무기 거래 포탄 탄약 선박 항구 철도 경제 무역 수출 선거 시위 인도적 지원 식량 사이버 공격 해킹 교전'
).split(' ')
const EN_SYLLABLES = [
  'ka',
  'lo',
  'vin',
  'dra',
  'mer',
  'sto',
  'pel',
  'rik',
  'an',
  'tor',
  'bel',
  'zu',
  'ner',
  'gos',
  'ham',
  'li',
]
const KO_SYLLABLES =
  '가나다라마바사아자차카타파하국민정부군사외교경제협력발표회의위원장관대통령선거무역항만철도'.split('')
/** Words per language vocabulary (news vocabularies are larger still): the long tail is what makes a watched word rare. */
const VOCABULARY = 20_000
/** Rank below which words are too common to be watched ("said", "government"...). */
const WATCHED_WORD_MIN_RANK = 200

function vocabulary(rng: Rng, common: string[], syllables: string[], joiner: string): string[] {
  const words = new Set(common)
  while (words.size < VOCABULARY) {
    words.add(Array.from({ length: 2 + Math.floor(rng() * 3) }, () => pick(rng, syllables)).join(joiner))
  }
  return [...words]
}

/** Zipf: rank r is drawn with probability ∝ 1/r, as word frequencies in text are. */
const zipf = <T>(rng: Rng, list: readonly T[]): T =>
  list[Math.min(list.length - 1, Math.floor(list.length ** rng()) - 1)]

interface Corpus {
  en: string[]
  ko: string[]
}

function filterString(rng: Rng, corpus: Corpus): string {
  const roll = rng()
  // Watchers spread over the whole taxonomy (people, agencies), more evenly than coverage does.
  const actor = () => pick(rng, ACTORS)
  const event = () => pick(rng, EVENTS)
  const word = () => {
    const ko = rng() < 0.3
    const list = ko ? corpus.ko : corpus.en
    // Watched words are specific (names, places, weapons): not among the most frequent few hundred.
    const w = pick(rng, list.slice(WATCHED_WORD_MIN_RANK))
    return rng() < 0.15 ? `"${w} ${zipf(rng, list)}"` : w
  }
  const p = new URLSearchParams()
  if (roll < 0.35) {
    p.append('actor', rng() < 0.3 ? `${actor()},${actor()}` : actor())
    p.append('actor', actor())
  } else if (roll < 0.4) {
    p.append('actor', actor())
  } else if (roll < 0.55) {
    p.append('actor', actor())
    p.append('event', rng() < 0.3 ? `${event()},${event()}` : event())
  } else if (roll < 0.6) {
    p.append('event', event())
  } else if (roll < 0.8) {
    const shape = rng()
    p.append(
      'q',
      shape < 0.5
        ? word()
        : shape < 0.7
          ? `${word()} ${word()}`
          : shape < 0.9
            ? `${word()} OR ${word()}`
            : `${word()} -${word()}`,
    )
  } else if (roll < 0.9) {
    p.append('actor', actor())
    p.append('q', word())
  } else if (roll < 0.95) {
    p.append('feed', String(1 + Math.floor(rng() * FEEDS)))
    if (rng() < 0.5) p.append('q', word())
  } else {
    p.append('lang', rng() < 0.5 ? 'ko' : 'en')
    p.append('q', word())
  }
  return p.toString()
}

const FEEDS = 50

function makeArticle(rng: Rng, corpus: Corpus, id: number): MatchableArticle {
  const ko = rng() < 0.35
  const vocab = ko ? corpus.ko : corpus.en
  // Coverage is skewed: North Korea, South Korea, the US... appear in most stories.
  const actors = [
    ...new Set(
      Array.from({ length: 1 + Math.floor(rng() * 4) }, () => ACTORS[Math.floor(ACTORS.length * rng() ** 2)]),
    ),
  ]
  const events = [...new Set(Array.from({ length: Math.floor(rng() * 3) }, () => pick(rng, EVENTS)))]
  const names = actors.map((slug) => {
    const a = taxonomy.actors.find((x) => x.slug === slug)!
    return (ko ? a.aliases.ko?.[0] : a.aliases.en?.[0]) ?? a.name
  })
  const sentence = (n: number) =>
    `${Array.from({ length: n }, () => (rng() < 0.05 ? pick(rng, names) : zipf(rng, vocab))).join(' ')}.`
  const paragraphs = Array.from({ length: 8 + Math.floor(rng() * 8) }, () =>
    sentence(20 + Math.floor(rng() * 20)),
  )
  return {
    id,
    title: sentence(10),
    summary: sentence(30),
    content: paragraphs.join('\n'),
    lang: ko ? 'ko' : 'en',
    feedId: 1 + Math.floor(rng() * FEEDS),
    publishedAt: Date.UTC(2026, 9, 8) + id * 60_000,
    actors,
    events,
  }
}

/**
 * Ms per article, median over ROUNDS passes, the contenders interleaved pass by pass so that
 * load from other processes hits them alike. `cold`: each call gets a fresh article object, so
 * its tokenisation (cached per object) is paid as at ingest; warm: the objects were matched
 * once before timing, so only the matching itself is measured.
 */
function timeInterleaved(
  articles: MatchableArticle[],
  contenders: Record<string, (a: MatchableArticle) => number[]>,
  cold: boolean,
): Record<string, number> {
  const names = Object.keys(contenders)
  for (const name of names) for (const a of articles) contenders[name]({ ...a }) // warm-up: JIT, the queries' token memo
  const perRound: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) {
      const copies = articles.map((a) => ({ ...a }))
      if (!cold) for (const a of copies) contenders[name](a)
      const start = performance.now()
      for (const a of copies) contenders[name](a)
      perRound[name].push((performance.now() - start) / copies.length)
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return Object.fromEntries(names.map((n) => [n, median(perRound[n])]))
}

interface Row {
  watches: number
  /** Matching once the article is tokenised (warm), index vs every watch. */
  indexed_ms: number
  naive_ms: number
  speedup: number
  /** The same with the article's tokenisation paid inside the call (cold), as the first match at ingest. */
  indexed_cold_ms: number
  naive_cold_ms: number
  /** Index with q words left out (q-only watches scanned): shows what the word keys buy. */
  indexed_no_term_keys_ms: number
  candidates_per_article: number
  matches_per_article: number
  scan_list: number
}

const ms = (x: number) => +x.toFixed(4)

export async function runWatchesBench(): Promise<{
  markdown: string
  figures: { tokenise_ms: number; rows: Row[]; goal_met: boolean }
}> {
  const rng = mulberry32(SEED)
  const corpus: Corpus = {
    en: vocabulary(rng, EN_COMMON, EN_SYLLABLES, ''),
    ko: vocabulary(rng, KO_COMMON, KO_SYLLABLES, ''),
  }
  const articles = Array.from({ length: ARTICLES }, (_, i) => makeArticle(rng, corpus, i + 1))
  const tokeniseStart = performance.now()
  for (const a of articles) documentTokens({ ...a })
  const tokeniseMs = (performance.now() - tokeniseStart) / articles.length

  const rows: Row[] = []
  for (const count of WATCH_COUNTS) {
    const filters: Filter[] = Array.from({ length: count }, () =>
      parseFilter(new URLSearchParams(filterString(rng, corpus)), known),
    )
    const watches: IndexedWatch[] = filters.map((filter, i) => ({
      id: i + 1,
      filter,
      keys: indexKeysFor(filter),
    }))
    const index = new WatchIndex(watches, matchesFilter)
    const noTerms = new WatchIndex(
      filters.map((filter, i) => ({ id: i + 1, filter, keys: indexKeysFor(filter, { terms: false }) })),
      matchesFilter,
    )
    const naive = (a: MatchableArticle) => watches.filter((w) => matchesFilter(w.filter, a)).map((w) => w.id)

    let candidates = 0
    let matches = 0
    for (const a of articles) {
      const fast = index.match({ ...a })
      const slow = naive({ ...a })
      if (fast.join() !== slow.join() || noTerms.match({ ...a }).join() !== slow.join()) {
        const f = new Set(fast),
          sl = new Set(slow)
        const diff = [...slow.filter((x) => !f.has(x)), ...fast.filter((x) => !sl.has(x))]
        const detail = diff
          .map((id) =>
            JSON.stringify({
              keys: watches[id - 1].keys,
              filter: { ...watches[id - 1].filter, query: undefined },
            }),
          )
          .join('\n')
        throw new Error(
          `index and naive loop disagree on article ${a.id} with ${count} watches:\n${detail}\n${JSON.stringify({ ...a, content: a.content.slice(0, 200) })}`,
        )
      }
      candidates += index.candidates({ ...a }).length
      matches += fast.length
    }
    const contenders = {
      index: (a: MatchableArticle) => index.match(a),
      naive,
      noTerms: (a: MatchableArticle) => noTerms.match(a),
    }
    const warm = timeInterleaved(articles, contenders, false)
    const cold = timeInterleaved(articles, { index: contenders.index, naive }, true)
    rows.push({
      watches: count,
      indexed_ms: ms(warm.index),
      naive_ms: ms(warm.naive),
      speedup: +(warm.naive / warm.index).toFixed(1),
      indexed_cold_ms: ms(cold.index),
      naive_cold_ms: ms(cold.naive),
      indexed_no_term_keys_ms: ms(warm.noTerms),
      candidates_per_article: +(candidates / articles.length).toFixed(1),
      matches_per_article: +(matches / articles.length).toFixed(1),
      scan_list: index.stats().scan,
    })
  }
  const top = rows[rows.length - 1]
  const goalMet = top.indexed_ms < GOAL_MS && top.speedup >= GOAL_SPEEDUP
  const table = markdownTable(
    [
      'watches',
      'index ms/article',
      'naive ms/article',
      'speed-up',
      'index, cold',
      'naive, cold',
      'index without word keys',
      'candidates',
      'matches',
      'scan list',
    ],
    rows.map((r) => [
      r.watches,
      r.indexed_ms,
      r.naive_ms,
      `${r.speedup}×`,
      r.indexed_cold_ms,
      r.naive_cold_ms,
      r.indexed_no_term_keys_ms,
      r.candidates_per_article,
      r.matches_per_article,
      r.scan_list,
    ]),
  )
  const notes = [
    `Articles: ${ARTICLES} (65% English, 35% Korean, ~${Math.round(articles.reduce((n, a) => n + a.content.length, 0) / articles.length)} chars of body).`,
    `Tokenising one article (search's documentTokens, paid once per article whatever the number of watches): ${ms(tokeniseMs)} ms.`,
    '"cold" columns include it: each contender tokenises an article once (documentTokens remembers the last article, so the word keys and q evaluation share it).',
    `Goal at ${top.watches} watches: < ${GOAL_MS} ms per article and ≥ ${GOAL_SPEEDUP}× the naive loop — ${goalMet ? 'met' : 'NOT met'} (tokenised article).`,
  ]
  mkdirSync('bench/.out', { recursive: true })
  writeFileSync(
    'bench/.out/watches.json',
    JSON.stringify(
      {
        articles: ARTICLES,
        rounds: ROUNDS,
        tokenise_ms: ms(tokeniseMs),
        goal: { ms: GOAL_MS, speedup: GOAL_SPEEDUP },
        goal_met: goalMet,
        rows,
      },
      null,
      2,
    ),
  )
  return {
    markdown: `${table}\n\n${notes.join('\n')}`,
    figures: { tokenise_ms: ms(tokeniseMs), rows, goal_met: goalMet },
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await runWatchesBench()
  console.log(markdown)
}
