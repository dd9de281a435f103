/**
 * Entity decoding: Seismo's hand-written decoder (src/lib/entities.ts) against the `entities`
 * package (the decoder of htmlparser2, cheerio and feedsmith), on the strings the decoder really
 * gets: the raw text nodes of feeds (entity-escaped HTML bodies, titles), once from the parse
 * bench's generated corpus and once from the real-world fixtures of the test suite, plus
 * entity-free article text (the fast path every clean field takes).
 *
 * decodeHTMLStrict is the package's closest match to ours (a reference needs its ";", as in XML,
 * so "AT&T" and "?a=1&b=2" survive); decodeHTML (legacy: "&copy" without ";" decodes too) and
 * decodeXML (the five XML names and numbers only) are shown for scale. Outputs are compared
 * string by string: a faster decoder only counts if it decodes the same.
 * Contenders are interleaved pass by pass; process CPU time, median of the passes.
 * Run: npx tsx bench/entities.ts   → table on stdout, figures in bench/.out/entities.json
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeHTML, decodeHTMLStrict, decodeXML } from 'entities'
import { decodeEntities } from '../src/lib/entities'
import { generateCorpus } from './corpus'
import { markdownTable, percentile } from './lib/wrangler'

const WARMUP_RUNS = 5
const MEASURED_RUNS = 31
/** Passes over a set are repeated until a pass takes at least this long, so timers resolve it. */
const MIN_PASS_MS = 20
const FIXTURES = new URL('../test/fixtures/feeds/', import.meta.url).pathname
const OURS = 'seismo decodeEntities'
/** Same contract as ours: references need their ";"; unknown names stay as written. */
const CLOSEST = 'entities decodeHTMLStrict'

const DECODERS: { name: string; decode: (s: string) => string }[] = [
  { name: OURS, decode: decodeEntities },
  { name: CLOSEST, decode: decodeHTMLStrict },
  { name: 'entities decodeHTML (legacy)', decode: decodeHTML },
  { name: 'entities decodeXML', decode: decodeXML },
]

/** Raw text between tags, outside CDATA: what the parser hands the decoder. */
function textNodes(xml: string): string[] {
  const withoutCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '<')
  const out: string[] = []
  for (const m of withoutCdata.matchAll(/>([^<]+)</g)) if (m[1].trim()) out.push(m[1])
  return out
}

interface InputSet {
  name: string
  strings: string[]
  bytes: number
  entities: number
}

function inputSets(): InputSet[] {
  const corpus = generateCorpus()
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xml') && !f.startsWith('hostile-'))
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
  // Entity-free text: the same corpus's text with every reference removed (clean fields).
  const plain = corpus.flatMap((d) => textNodes(d.text)).map((s) => s.replace(/&[#\w]+;/g, ' '))
  const sets = [
    { name: 'generated feeds (parse bench corpus)', strings: corpus.flatMap((d) => textNodes(d.text)) },
    { name: `real-world fixtures (${fixtures.length} feeds)`, strings: fixtures.flatMap(textNodes) },
    { name: 'entity-free text', strings: plain },
  ]
  return sets.map((s) => ({
    ...s,
    bytes: s.strings.reduce((n, x) => n + Buffer.byteLength(x), 0),
    entities: s.strings.reduce((n, x) => n + (x.match(/&[#\w]+;/g)?.length ?? 0), 0),
  }))
}

function pass(decode: (s: string) => string, strings: string[], repeat: number): number {
  let chars = 0
  const before = process.cpuUsage()
  for (let r = 0; r < repeat; r++) for (const s of strings) chars += decode(s).length
  const used = process.cpuUsage(before)
  if (chars < 0) throw new Error('unreachable') // keeps the work observable
  return (used.user + used.system) / 1000 / repeat
}

function repeatsFor(strings: string[]): number {
  let repeat = 1
  while (pass(decodeEntities, strings, repeat) * repeat < MIN_PASS_MS) repeat *= 2
  return repeat
}

/** Strings where a decoder's output differs from ours, with a few examples. */
function differences(decode: (s: string) => string, strings: string[]) {
  const diffs = strings.filter((s) => decode(s) !== decodeEntities(s))
  const examples = diffs.slice(0, 3).map((s) => {
    const theirs = decode(s)
    const ours = decodeEntities(s)
    let i = 0
    while (i < ours.length && ours[i] === theirs[i]) i++
    return {
      input: s.slice(Math.max(0, i - 20), i + 40),
      ours: ours.slice(i, i + 20),
      theirs: theirs.slice(i, i + 20),
    }
  })
  return { count: diffs.length, examples }
}

/** The behaviours the entity tests pin (test/ingest/parse/entities.test.ts), as input → expected. */
const SPEC: [string, string][] = [
  ['&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;', `<a href="x">'&'`],
  ['&#38; &#x26; &#X26; &#0038; &#x1F680; &#128640;', '& & & & 🚀 🚀'],
  ['&#0;|&#xD800;|&#xDFFF;|&#x110000;|&#99999999999;', '\uFFFD|\uFFFD|\uFFFD|\uFFFD|\uFFFD'],
  ['&#146;&#147;&#148;&#150;&#151;&#133;&#128;', '’“”–—…€'],
  ['x&hellip;y x&mdash;y x&rsquo;y x&nbsp;y x&eacute;y x&zwj;y', 'x…y x—y x’y x\u00a0y xéy x\u200dy'],
  ['AT&T &unknown; a=1&b=2 &amp &#38 &#; &#xZZ; & ;', 'AT&T &unknown; a=1&b=2 &amp &#38 &#; &#xZZ; & ;'],
  ['&amp;amp; &amp;lt;', '&amp; &lt;'],
  ['plain text 북한', 'plain text 북한'],
]

export interface EntitiesFigures {
  set: string
  decoder: string
  median_us: number
  mb_per_s: number
  /** Our median / this median: > 1 means faster than ours. */
  vs_ours: number
  differing_strings: number
}

export async function runEntitiesBench(): Promise<{ markdown: string; figures: EntitiesFigures[] }> {
  const sets = inputSets()
  const figures: EntitiesFigures[] = []
  const notes: string[] = []
  for (const set of sets) {
    const repeat = repeatsFor(set.strings)
    const samples = new Map<string, number[]>(DECODERS.map((d) => [d.name, []]))
    for (let run = 0; run < WARMUP_RUNS + MEASURED_RUNS; run++) {
      for (const d of DECODERS) {
        const ms = pass(d.decode, set.strings, repeat)
        if (run >= WARMUP_RUNS) samples.get(d.name)?.push(ms)
      }
    }
    const median = (name: string) =>
      percentile(
        [...(samples.get(name) ?? [])].sort((a, b) => a - b),
        50,
      )
    for (const d of DECODERS) {
      const diff = d.name === OURS ? { count: 0, examples: [] } : differences(d.decode, set.strings)
      if (d.name === CLOSEST && diff.count) notes.push(`${set.name}: ${JSON.stringify(diff.examples)}`)
      figures.push({
        set: set.name,
        decoder: d.name,
        median_us: Math.round(median(d.name) * 1000),
        mb_per_s: round(set.bytes / 1e6 / (median(d.name) / 1000)),
        vs_ours: round(median(OURS) / median(d.name)),
        differing_strings: diff.count,
      })
    }
  }
  const spec = DECODERS.map((d) => ({
    decoder: d.name,
    failed: SPEC.filter(([input, expected]) => d.decode(input) !== expected).map(([input]) => input),
  }))
  const markdown = render(sets, figures, spec, notes)
  return { markdown, figures }
}

function render(
  sets: InputSet[],
  figures: EntitiesFigures[],
  spec: { decoder: string; failed: string[] }[],
  notes: string[],
): string {
  const what = sets
    .map(
      (s) =>
        `${s.name}: ${s.strings.length} strings, ${(s.bytes / 1e6).toFixed(2)} MB, ${s.entities} references`,
    )
    .join('; ')
  const rows = figures.map((f) => [
    f.set,
    f.decoder,
    f.median_us,
    f.mb_per_s,
    f.decoder === OURS ? '1.00×' : `${f.vs_ours.toFixed(2)}×`,
    f.decoder === OURS ? '—' : f.differing_strings,
  ])
  const table = markdownTable(
    [
      'input',
      'decoder',
      'median CPU µs per pass',
      'MB/s',
      'speed vs seismo (> 1 = faster)',
      'strings decoded differently',
    ],
    rows,
  )
  const specLines = spec.map(
    (s) =>
      `- ${s.decoder}: ${SPEC.length - s.failed.length}/${SPEC.length} of the entity test cases` +
      (s.failed.length ? ` (differs on ${s.failed.map((f) => `\`${f}\``).join(', ')})` : ''),
  )
  const ours = figures.filter((f) => f.decoder === CLOSEST)
  const verdict = ours.every((f) => f.vs_ours < 1)
    ? 'seismo decodeEntities is faster than the closest package decoder on every input: kept'
    : 'the package is faster on some input: see the table'
  return [
    `${what}. Median of ${MEASURED_RUNS} interleaved passes after ${WARMUP_RUNS} warm-up passes, process CPU time.`,
    '',
    table,
    '',
    'Same answers as the entity tests expect (test/ingest/parse/entities.test.ts):',
    ...specLines,
    ...(notes.length ? ['', `Where ${CLOSEST} decodes differently: ${notes.join('; ')}`] : []),
    '',
    `Verdict: ${verdict}.`,
  ].join('\n')
}

const round = (n: number): number => Math.round(n * 100) / 100

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown, figures } = await runEntitiesBench()
  console.log(markdown)
  mkdirSync(new URL('./.out/', import.meta.url), { recursive: true })
  writeFileSync(
    new URL('./.out/entities.json', import.meta.url),
    JSON.stringify({ figures, at: new Date().toISOString() }, null, 2),
  )
}
