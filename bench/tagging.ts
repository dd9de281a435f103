/**
 * Tagging throughput (npm run bench, or `npx tsx bench/tagging.ts`).
 *
 * Corpus: ~1.1 MB (UTF-8) of wire-style articles in English and Korean, assembled with a fixed
 * seed from the gold snippets of issue 3 (the first 127 of test/fixtures/tagging-gold.jsonl,
 * en-001..en-077 and ko-001..ko-050, so figures compare across issues as the gold set grows)
 * and neutral filler sentences.
 * Taxonomies: the real default taxonomy, and the same with synthetic actors carrying 100, 1,000
 * and 5,000 extra aliases (made-up English and Korean names that share prefixes with real words).
 * Contenders, in the same run over the same text and the same surface forms:
 *   seismo       the real tagger, doing the full job (normalisation, Korean particles and
 *                compounds, sentences, disambiguation, events, mentions, strengths, and the
 *                event records: roles and modality);
 *   seismo-events  the same tagger with the records stage off (events straight from triggers,
 *                as before records existed): the same-run baseline of what records cost;
 *   naive        one RegExp per surface form, each run over every article;
 *   alternation  one compiled RegExp of every surface form.
 * Also: our sentence splitter against Intl.Segmenter. Prints a table, writes bench/.out/tagging.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { DEFAULT_TAXONOMY } from '../src/tagging/default-taxonomy'
import { normalise } from '../src/tagging/normalise'
import { sentenceStarts } from '../src/tagging/sentences'
import { buildTagger } from '../src/tagging/tagger'
import {
  type ActorDef,
  type Taxonomy,
  type TaxonomyDocument,
  taxonomyFromDocument,
} from '../src/tagging/taxonomy'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TARGET_BYTES = 1_100_000
const ALIAS_COUNTS = [100, 1000, 5000]
/** Timed passes per contender; the median is reported (the first pass warms the JIT and is dropped). */
const PASSES = 5
/** Untimed passes of the real tagger before any measurement. */
const WARMUP_PASSES = 3
/** The naive loop takes seconds per pass at 5,000 aliases: fewer passes keep the run short. */
const NAIVE_PASSES = 1

interface Article {
  title: string
  content: string
  lang: string
  publishedAt: number
}

// ── Corpus ──────────────────────────────────────────────────────────────────────
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const FILLER_EN = [
  'The benchmark KOSPI index closed 0.8 percent higher on Tuesday, led by chipmakers.',
  'Officials said the figures would be revised next month after a review of the data.',
  'Heavy rain is forecast for the southern provinces through the weekend, the weather agency said.',
  'The company said in a regulatory filing that its operating profit rose 12 percent from a year earlier.',
  'Tickets for the concert sold out within minutes, the organisers said.',
  'The central bank kept its policy rate unchanged for a third straight meeting of its board.',
  'Analysts expect exports to recover in the second half as demand for memory chips picks up.',
  'The ministry plans to announce detailed measures after consultations with industry groups.',
  'Police said the cause of the fire was under investigation and no one was injured.',
  'The festival, which runs until Sunday, features more than 200 films from 60 countries.',
]
const FILLER_KO = [
  '코스피는 이날 반도체 대형주 강세에 힘입어 0.8% 오른 채 마감했다.',
  '기상청은 주말까지 남부지방을 중심으로 많은 비가 내릴 것으로 예보했다.',
  '회사 측은 영업이익이 전년 동기 대비 12% 증가했다고 공시했다.',
  '한국은행 금융통화위원회는 기준금리를 연 3.5%로 동결했다.',
  '공연 티켓은 예매 시작 몇 분 만에 매진됐다고 주최 측은 전했다.',
  '경찰은 화재 원인을 조사 중이며 인명 피해는 없다고 밝혔다.',
  '전문가들은 하반기 메모리 반도체 수요 회복으로 수출이 반등할 것으로 내다봤다.',
  '영화제는 일요일까지 이어지며 60개국 200여 편의 작품이 상영된다.',
]

interface GoldLine {
  id: string
  lang: string
  published: string
  title: string
  body: string
}

/** The gold snippets the corpus was built from when these figures started (issue 3). */
const ISSUE3_SNIPPET = /^(en-0([0-6]\d|7[0-7])|ko-0([0-4]\d|50))$/

export function buildCorpus(): Article[] {
  const gold = readFileSync(join(ROOT, 'test/fixtures/tagging-gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldLine)
    .filter((g) => ISSUE3_SNIPPET.test(g.id))
  const sentences = (text: string) => text.split(/(?<=[.!?다])\s+/).filter(Boolean)
  const pool = {
    en: gold.filter((g) => g.lang === 'en').flatMap((g) => sentences(g.body)),
    ko: gold.filter((g) => g.lang === 'ko').flatMap((g) => sentences(g.body)),
  }
  const filler: Record<string, string[]> = { en: FILLER_EN, ko: FILLER_KO }
  const random = rng(42)
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
  const articles: Article[] = []
  let bytes = 0
  const encoder = new TextEncoder()
  while (bytes < TARGET_BYTES) {
    const g = pick(gold)
    const lang = g.lang as 'en' | 'ko'
    const paragraphs = [g.body]
    const paragraphCount = 4 + Math.floor(random() * 6)
    for (let p = 0; p < paragraphCount; p++) {
      const n = 2 + Math.floor(random() * 3)
      paragraphs.push(
        Array.from({ length: n }, () => (random() < 0.5 ? pick(pool[lang]) : pick(filler[lang]))).join(' '),
      )
    }
    const a = { title: g.title, content: paragraphs.join('\n\n'), lang, publishedAt: Date.parse(g.published) }
    bytes += encoder.encode(a.title).length + encoder.encode(a.content).length
    articles.push(a)
  }
  return articles
}

// ── Taxonomies ──────────────────────────────────────────────────────────────────
const EN_SYLLABLES = [
  'ka',
  'to',
  'mi',
  'ra',
  'no',
  'se',
  'vi',
  'lu',
  'da',
  'pe',
  'ko',
  'sha',
  'tre',
  'mon',
  'bel',
  'gar',
  'th',
  'st',
  'an',
  'or',
]
const KO_SYLLABLES = '가나다라마바사아자차카타파하북남동서중한미일러국민대통령장관회담군사'.split('')

/** n made-up aliases (3 in 4 English, 1 in 4 Korean), deterministic. */
export function syntheticAliases(n: number): { en: string[]; ko: string[] } {
  const random = rng(7)
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
  const en = new Set<string>()
  const ko = new Set<string>()
  while (en.size + ko.size < n) {
    if (random() < 0.75) {
      const word = () =>
        Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(EN_SYLLABLES)).join('')
      const name = random() < 0.3 ? `${word()} ${word()}` : word()
      en.add(name[0].toUpperCase() + name.slice(1))
    } else {
      ko.add(Array.from({ length: 3 + Math.floor(random() * 2) }, () => pick(KO_SYLLABLES)).join(''))
    }
  }
  return { en: [...en], ko: [...ko] }
}

const ALIASES_PER_SYNTHETIC_ACTOR = 20

export function withSyntheticAliases(doc: TaxonomyDocument, n: number): TaxonomyDocument {
  const { en, ko } = syntheticAliases(n)
  const all = [...en.map((f) => ['en', f] as const), ...ko.map((f) => ['ko', f] as const)]
  const actors: ActorDef[] = []
  for (let i = 0; i < all.length; i += ALIASES_PER_SYNTHETIC_ACTOR) {
    const aliases: Record<string, string[]> = { en: [], ko: [] }
    for (const [lang, f] of all.slice(i, i + ALIASES_PER_SYNTHETIC_ACTOR)) aliases[lang].push(f)
    actors.push({
      slug: `synthetic-${i / ALIASES_PER_SYNTHETIC_ACTOR}`,
      name: `Synthetic ${i}`,
      kind: 'org',
      aliases,
    })
  }
  return { ...doc, actors: [...doc.actors, ...actors] }
}

/** Every literal surface form the baselines look for (aliases, metonyms, compounds, triggers). */
export function surfaceForms(t: Taxonomy): string[] {
  const forms = new Set<string>()
  const clean = (f: string) => f.replace(/^=/, '').replace(/[!*+]+$/, '')
  for (const a of t.actors)
    for (const f of [...Object.values(a.aliases ?? {}), ...Object.values(a.metonyms ?? {})].flat())
      forms.add(clean(f))
  for (const e of t.events) for (const f of Object.values(e.triggers ?? {}).flat()) forms.add(clean(f))
  for (const table of Object.values(t.settings.compounds))
    if (table && typeof table === 'object') for (const f of Object.keys(table)) forms.add(f)
  return [...forms].filter(Boolean)
}

// ── Contenders ──────────────────────────────────────────────────────────────────
// The baselines use the fastest usual form: ASCII \b word boundaries around English forms and
// plain substrings for Korean ones (\b does not work next to Hangul), case-insensitive, no
// particles, no context: they only find matches, which is a fraction of the tagger's job.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const HAN = /[\u3131-\uD7A3\u4E00-\u9FFF]/
const pattern = (forms: string[]) => {
  const longestFirst = [...forms].sort((x, y) => y.length - x.length)
  const en = longestFirst.filter((f) => !HAN.test(f)).map(escapeRegExp)
  const ko = longestFirst.filter((f) => HAN.test(f)).map(escapeRegExp)
  return [en.length ? `\\b(?:${en.join('|')})\\b` : '', ko.length ? `(?:${ko.join('|')})` : '']
    .filter(Boolean)
    .join('|')
}
const count = (re: RegExp, a: Article) =>
  (a.title.match(re)?.length ?? 0) + (a.content.match(re)?.length ?? 0)

function naive(forms: string[]): (a: Article) => number {
  const res = forms.map((f) => new RegExp(pattern([f]), 'gi'))
  return (a) => {
    let n = 0
    for (const re of res) n += count(re, a)
    return n
  }
}

function alternation(forms: string[]): (a: Article) => number {
  const re = new RegExp(pattern(forms), 'gi')
  return (a) => count(re, a)
}

function seismo(t: Taxonomy, records = true): (a: Article) => number {
  const tagger = buildTagger(t, { records })
  return (a) => {
    const r = tagger.tag(a)
    return r.actors.length + r.events.length + r.mentions.length + r.records.length
  }
}

/** CPU time of this process in ms: on a shared machine, wall time measures the neighbours too. */
const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

function time(
  run: (a: Article) => number,
  corpus: Article[],
  passes = PASSES,
): { ms: number; checksum: number } {
  const times: number[] = []
  let checksum = 0
  for (let pass = 0; pass <= passes; pass++) {
    const t0 = cpuMs()
    let sum = 0
    for (const a of corpus) sum += run(a)
    const dt = cpuMs() - t0
    if (pass > 0) times.push(dt)
    checksum = sum
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], checksum }
}

export interface TaggingBenchRow {
  taxonomy: string
  surface_forms: number
  contender: 'seismo' | 'seismo-events' | 'naive' | 'alternation'
  ms: number
  mb_per_s: number
  /** Build time of the matcher (compile / RegExp construction), ms. */
  build_ms: number
}

export interface TaggingBenchResult {
  /** The section bench/run.mjs writes into docs/benchmarks.md. */
  markdown: string
  corpus: { articles: number; bytes: number; chars: number }
  rows: TaggingBenchRow[]
  sentences: { own_ms: number; intl_segmenter_ms: number; own_count: number; intl_count: number }
  slowdown_100_to_5000: number
  vs_alternation_at_5000: number
  /** seismo time / seismo-events time on the real taxonomy: the cost of event records. */
  records_ratio: number
  /** seismo time / alternation time on the real taxonomy (the issue-3 figure was 55.0 / 7.8 = 7.05). */
  vs_alternation_real: number
}

function benchSentences(corpus: Article[]): TaggingBenchResult['sentences'] {
  // Our splitter runs on the normalised buffer the matcher needs anyway: charge it only the
  // split, timed on buffers normalised beforehand (subtracting two noisy timings could print 0).
  const normalised = new Map(corpus.map((a) => [a, normalise(a.content)]))
  const own = time((a) => sentenceStarts(normalised.get(a)!).length, corpus)
  const segmenters = {
    en: new Intl.Segmenter('en', { granularity: 'sentence' }),
    ko: new Intl.Segmenter('ko', { granularity: 'sentence' }),
  }
  const intl = time((a) => {
    let n = 0
    for (const _ of segmenters[a.lang as 'en' | 'ko'].segment(a.content)) n++
    return n
  }, corpus)
  return { own_ms: own.ms, intl_segmenter_ms: intl.ms, own_count: own.checksum, intl_count: intl.checksum }
}

export async function runTaggingBench(): Promise<TaggingBenchResult> {
  const corpus = buildCorpus()
  const bytes = corpus.reduce((s, a) => s + new TextEncoder().encode(a.title + a.content).length, 0)
  const chars = corpus.reduce((s, a) => s + a.title.length + a.content.length, 0)
  const doc = DEFAULT_TAXONOMY
  const variants: [string, TaxonomyDocument][] = [
    ['real', doc],
    ...ALIAS_COUNTS.map((n) => [`real+${n}`, withSyntheticAliases(doc, n)] as [string, TaxonomyDocument]),
  ]
  // Warm the JIT on the tagger's code paths first, so the first row is not charged for it.
  const warm = seismo(taxonomyFromDocument(doc, 1))
  for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const a of corpus) warm(a)
  const rows: TaggingBenchRow[] = []
  for (const [name, d] of variants) {
    const taxonomy = taxonomyFromDocument(d, 1)
    const forms = surfaceForms(taxonomy)
    const contenders: [TaggingBenchRow['contender'], () => (a: Article) => number][] = [
      ['seismo', () => seismo(taxonomy)],
      ['seismo-events', () => seismo(taxonomy, false)],
      ['alternation', () => alternation(forms)],
      ['naive', () => naive(forms)],
    ]
    for (const [contender, build] of contenders) {
      const t0 = cpuMs()
      const run = build()
      const buildMs = cpuMs() - t0
      const { ms } = time(run, corpus, contender === 'naive' ? NAIVE_PASSES : PASSES)
      rows.push({
        taxonomy: name,
        surface_forms: forms.length,
        contender,
        ms: round(ms),
        mb_per_s: round(bytes / 1e6 / (ms / 1000)),
        build_ms: round(buildMs),
      })
    }
  }
  const at = (tax: string, c: string) => rows.find((r) => r.taxonomy === tax && r.contender === c)!.ms
  const result: TaggingBenchResult = {
    markdown: '',
    corpus: { articles: corpus.length, bytes, chars },
    rows,
    sentences: benchSentences(corpus),
    slowdown_100_to_5000: round(at('real+5000', 'seismo') / at('real+100', 'seismo')),
    vs_alternation_at_5000: round(at('real+5000', 'alternation') / at('real+5000', 'seismo')),
    records_ratio: round(at('real', 'seismo') / at('real', 'seismo-events')),
    vs_alternation_real: round(at('real', 'seismo') / at('real', 'alternation')),
  }
  result.markdown = markdownTable(result)
  const out = join(ROOT, 'bench/.out')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'tagging.json'),
    JSON.stringify({ at: new Date().toISOString(), ...result, markdown: undefined }, null, 2),
  )
  return result
}

function markdownTable(r: TaggingBenchResult): string {
  const lines = [
    `${(r.corpus.bytes / 1e6).toFixed(2)} MB of English and Korean wire copy (${r.corpus.articles} articles), CPU time per pass (median of ${PASSES}; naive ${NAIVE_PASSES}). ` +
      '`seismo` does the whole job (normalisation, Korean particles/compounds, sentences, disambiguation, events, mentions, ' +
      'event records with roles and modality); `seismo-events` is the same tagger with the records stage off (events ' +
      'straight from triggers, as before records); the baselines only find matches of the same surface forms.',
    '',
    '| taxonomy | surface forms | contender | ms | MB/s | build ms |',
    '|---|---:|---|---:|---:|---:|',
    ...r.rows.map(
      (x) =>
        `| ${x.taxonomy} | ${x.surface_forms} | ${x.contender} | ${x.ms.toFixed(1)} | ${x.mb_per_s.toFixed(1)} | ${x.build_ms.toFixed(1)} |`,
    ),
    '',
    `- event records cost (seismo / seismo-events, real taxonomy, same run): **${r.records_ratio.toFixed(2)}×** (goal ≤ 1.5×)`,
    `- seismo / alternation, real taxonomy: **${r.vs_alternation_real.toFixed(2)}** (issue 3: 55.0 / 7.8 = 7.05; ≤ 10.6 keeps within 1.5×)`,
    `- seismo slowdown from +100 to +5,000 aliases: **${r.slowdown_100_to_5000.toFixed(2)}×** (goal < 1.3×)`,
    `- single alternation time / seismo time at +5,000 aliases: **${r.vs_alternation_at_5000.toFixed(2)}** (goal ≥ 1)`,
    `- sentence splitting: own splitter ${r.sentences.own_ms.toFixed(1)} ms vs Intl.Segmenter ${r.sentences.intl_segmenter_ms.toFixed(1)} ms (${r.sentences.own_count} vs ${r.sentences.intl_count} sentences; Intl.Segmenter also splits after "U.S." and "N.")`,
  ]
  return lines.join('\n')
}

const round = (x: number) => Math.round(x * 100) / 100

export function formatTaggingBench(r: TaggingBenchResult): string {
  const lines = [
    `tagging throughput over ${(r.corpus.bytes / 1e6).toFixed(2)} MB (${r.corpus.articles} articles, en+ko), CPU ms, median of ${PASSES} passes (naive: ${NAIVE_PASSES})`,
    `taxonomy     forms  contender      ms/pass     MB/s   build ms`,
  ]
  for (const x of r.rows) {
    lines.push(
      `${x.taxonomy.padEnd(11)} ${String(x.surface_forms).padStart(6)}  ${x.contender.padEnd(12)} ${x.ms.toFixed(1).padStart(9)} ${x.mb_per_s.toFixed(1).padStart(8)} ${x.build_ms.toFixed(1).padStart(10)}`,
    )
  }
  lines.push(
    `event records: seismo / seismo-events (real taxonomy) ${r.records_ratio.toFixed(2)}x (goal <= 1.5x)`,
    `seismo / alternation (real taxonomy) ${r.vs_alternation_real.toFixed(2)} (issue 3: 7.05)`,
    `seismo slowdown 100 -> 5,000 extra aliases: ${r.slowdown_100_to_5000.toFixed(2)}x (goal < 1.3x)`,
    `alternation / seismo time at 5,000 extra aliases: ${r.vs_alternation_at_5000.toFixed(2)} (goal >= 1: seismo at least as fast)`,
    `sentence split: own ${r.sentences.own_ms.toFixed(1)} ms (${r.sentences.own_count} sentences) vs Intl.Segmenter ${r.sentences.intl_segmenter_ms.toFixed(1)} ms (${r.sentences.intl_count})`,
  )
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runTaggingBench()
  console.log(formatTaggingBench(result))
  console.log(`wrote bench/.out/tagging.json`)
}
