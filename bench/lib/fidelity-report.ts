/**
 * Fidelity report: the items Seismo's parser returns against @rowanmanning/feed-parser, over
 * every document of the fixture corpus, with each difference explained.
 *
 * Pure (no Node or Worker APIs): bench/fidelity.ts runs it under Node and writes
 * docs/fidelity.md; test/ingest/fidelity.test.ts runs it in workerd and fails when a difference
 * has no explanation, an explanation has no difference left, or docs/fidelity.md is stale.
 *
 * Compared per document: the item count (or the refusal), and item by item (by position) the
 * title and the link. Titles are compared with whitespace collapsed. feed-parser takes no
 * base URL, so its relative links are resolved against the fixture's URL before comparing.
 */
import { parseFeed as feedParser } from '@rowanmanning/feed-parser'
import { parseFeed } from '../../src/ingest/parse'
import type { ParsedFeed } from '../../src/ingest/types'

export interface FidelityFixture {
  file: string
  text: string
  /** The fixture's expectation (only baseUrl and ingest.inserted are read). */
  expected: { baseUrl?: string; ingest?: { inserted: number } }
}

type Outcome = { items: { title: string | null; link: string | null }[] } | { error: string }

export interface FidelityRow {
  file: string
  seismo: number | 'refused'
  feedParser: number | 'refused'
  /** Articles stored at ingest, as asserted by test/ingest/fixtures-ingest.test.ts (when asserted). */
  stored?: number
  titleDiffs: string[]
  linkDiffs: string[]
  explanation: string[]
}

export interface FidelityReport {
  rows: FidelityRow[]
  /** Differences without an explanation, and explanations without a difference (both must be empty). */
  problems: string[]
  markdown: string
}

/** Why the two parsers differ on a document: one entry per kind of difference it shows. */
interface Explanation {
  items?: string
  titles?: string
  links?: string
  /** Why ingest stores fewer articles than the parser returns items. */
  stored?: string
}

const EXPLANATIONS: Record<string, Explanation> = {
  'atom-koreaherald.xml': {
    links:
      'feed-parser takes the first <link> of any rel; Seismo takes rel="alternate" (an HTML one first, RFC 4287 §4.2.7) ' +
      'and, with no alternate link, the entry id when it is an http(s) URL, so a PDF "related" link is not the article.',
  },
  'atom-relative-no-base.xml': {
    links:
      'a link given as element text instead of href (a broken generator): Seismo reads it, feed-parser gives none.',
  },
  'atom-video-media-group.xml': {
    titles:
      'an entry with no <title> is titled by its media:title in Seismo; feed-parser leaves it untitled.',
  },
  'atom-xhtml.xml': {
    titles: 'type="xhtml" titles are markup: Seismo keeps the visible text, feed-parser the tags.',
  },
  'atom03-base64.xml': {
    titles:
      'Atom 0.3 mode="base64" is decoded by Seismo (feed-parser shows the base64 letters); an escaped html title ' +
      'is shown as text by Seismo, with its tags by feed-parser.',
  },
  'hostile-billion-laughs.xml': {
    items:
      'entity declarations that refer to other entities (the billion-laughs shape) are refused before parsing; ' +
      'feed-parser expands them within its own limits and returns the item.',
  },
  'huge-item-count.xml': {
    items:
      'Seismo reads at most MAX_ITEMS_PER_FEED (500) items of one document and reports the other 100 as ' +
      'skipped.over_limit in the ingest answer; feed-parser has no cap.',
  },
  'jsonfeed-1.0.json': { items: 'JSON Feed: feed-parser reads RSS and Atom only.' },
  'jsonfeed-1.1-ko.json': { items: 'JSON Feed: feed-parser reads RSS and Atom only.' },
  'jsonfeed-1.0-truncated-after-items.json': {
    items:
      'JSON Feed cut after its items (feed-parser reads RSS and Atom only): Seismo keeps every item and warns.',
  },
  'jsonfeed-1.1-truncated.json': {
    items:
      'JSON Feed cut inside the third item (feed-parser reads RSS and Atom only): Seismo keeps the two complete ' +
      'items and warns.',
  },
  'podcast-itunes.xml': {
    titles:
      'feed-parser prefers itunes:title; Seismo keeps <title> when both exist (it carries the episode number) ' +
      'and uses itunes:title only when <title> is absent.',
  },
  'rss-no-channel.xml': {
    items:
      'an <rss> whose items sit directly under the root: Seismo reads them, feed-parser refuses the document.',
  },
  'rss2-guid-reuse.xml': {
    stored:
      'four items share one guid: three different notices are all kept (told apart by link), the fourth is the ' +
      'second listed again word for word and counts as merged.same_guid.',
  },
  'rss2-no-link-no-guid.xml': {
    stored:
      'no links, no guids: a bulletin repeated word for word is one item (merged.same_guid), and an empty item ' +
      'is skipped.empty.',
  },
  'rss2-hygiene.xml': {
    titles:
      'Seismo shows a title as a reader sees it: script, style, noscript, template and comments dropped, tags ' +
      'read with their quoted attributes; feed-parser keeps the markup (and the script text).',
  },
  'rss2-media-titles.xml': {
    titles: 'items titled only by media:title are titled in Seismo; feed-parser leaves them untitled.',
  },
  'rss2-mojibake.xml': {
    titles:
      'double-encoded UTF-8 ("Itâ€™s") is repaired by Seismo when the whole field decodes cleanly a second time; ' +
      'feed-parser keeps it.',
  },
  'rss2-relative-links.xml': {
    links: 'a javascript: link is dropped by Seismo (only http(s) links are stored and re-published).',
  },
  'rss2-reuters-guid.xml': {
    links:
      'RSS 2.0 says a guid without isPermaLink="false" is the permalink: Seismo uses it as the link when there is ' +
      'no <link>; feed-parser does not.',
  },
  'truncated-atom.xml': {
    items:
      'the document is cut inside the third entry: Seismo keeps the two complete entries and warns; feed-parser ' +
      'also returns the cut entry.',
  },
  'truncated-mid-item.xml': {
    items:
      'the document is cut inside the third item: Seismo keeps the two complete items and warns; feed-parser also ' +
      'returns the cut item.',
  },
  'truncated-mid-title.xml': {
    items:
      'the document is cut inside the third item: Seismo keeps the two complete items and warns; feed-parser also ' +
      'returns the cut item, untitled.',
  },
  'truncated-no-complete-item.xml': {
    items:
      'the document is cut inside its only item: Seismo refuses it (nothing complete to keep); feed-parser returns ' +
      'the cut item.',
  },
  'truncated-root-end-tag.xml': {
    items:
      'the document ends in "</rss" without ">": Seismo keeps every item and warns; feed-parser refuses it.',
  },
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || null

function seismoOutcome(f: FidelityFixture, base: string): Outcome {
  try {
    const feed: ParsedFeed = parseFeed(f.text, base)
    return { items: feed.items.map((i) => ({ title: collapse(i.title), link: i.link ?? null })) }
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) }
  }
}

function feedParserOutcome(f: FidelityFixture, base: string): Outcome {
  try {
    const feed = feedParser(f.text)
    return { items: feed.items.map((i) => ({ title: collapse(i.title), link: resolve(i.url, base) })) }
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) }
  }
}

function resolve(url: string | null, base: string): string | null {
  if (!url) return null
  try {
    return new URL(url, base).href
  } catch {
    return url
  }
}

function compare(f: FidelityFixture): FidelityRow {
  const base = f.expected.baseUrl ?? `https://feeds.example.com/${f.file}`
  const s = seismoOutcome(f, base)
  const r = feedParserOutcome(f, base)
  const row: FidelityRow = {
    file: f.file,
    seismo: 'items' in s ? s.items.length : 'refused',
    feedParser: 'items' in r ? r.items.length : 'refused',
    stored: f.expected.ingest?.inserted,
    titleDiffs: [],
    linkDiffs: [],
    explanation: [],
  }
  if ('items' in s && 'items' in r) {
    const n = Math.min(s.items.length, r.items.length)
    for (let i = 0; i < n; i++) {
      const [a, b] = [s.items[i], r.items[i]]
      if (a.title !== b.title) row.titleDiffs.push(`#${i + 1}: ${show(a.title)} / ${show(b.title)}`)
      if (a.link !== b.link) row.linkDiffs.push(`#${i + 1}: ${show(a.link)} / ${show(b.link)}`)
    }
  }
  return row
}

const show = (s: string | null) => (s === null ? '(none)' : `"${s.length > 70 ? `${s.slice(0, 69)}…` : s}"`)

export function fidelityReport(fixtures: FidelityFixture[]): FidelityReport {
  const rows = fixtures.map(compare)
  const problems: string[] = []
  for (const row of rows) {
    const why = EXPLANATIONS[row.file] ?? {}
    const shows = {
      items: row.seismo !== row.feedParser,
      titles: row.titleDiffs.length > 0,
      links: row.linkDiffs.length > 0,
      stored: row.stored !== undefined && row.stored !== row.seismo,
    }
    for (const kind of ['items', 'titles', 'links', 'stored'] as const) {
      if (shows[kind] && !why[kind]) problems.push(`${row.file}: ${kind} differ, with no explanation`)
      if (!shows[kind] && why[kind]) problems.push(`${row.file}: explains ${kind}, which no longer differ`)
      if (shows[kind] && why[kind]) row.explanation.push(why[kind] as string)
    }
  }
  for (const file of Object.keys(EXPLANATIONS)) {
    if (!rows.some((r) => r.file === file)) problems.push(`${file}: explained but not in the corpus`)
  }
  return { rows, problems, markdown: render(rows) }
}

const count = (n: number | 'refused') => (n === 'refused' ? 'refused' : String(n))
const sum = (rows: FidelityRow[], pick: (r: FidelityRow) => number | 'refused') =>
  rows.reduce((t, r) => t + (typeof pick(r) === 'number' ? (pick(r) as number) : 0), 0)
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function fewer(rows: FidelityRow[]): string {
  const less = rows.filter((r) =>
    r.seismo === 'refused'
      ? r.feedParser !== 'refused'
      : typeof r.feedParser === 'number' && r.seismo < r.feedParser,
  )
  return less.map((r) => r.file).join(', ') || 'none'
}

function render(rows: FidelityRow[]): string {
  const sameCount = rows.filter((r) => r.seismo === r.feedParser).length
  const identical = rows.filter(
    (r) => r.seismo === r.feedParser && r.titleDiffs.length === 0 && r.linkDiffs.length === 0,
  ).length
  const table = rows.map((r) => {
    const diffs = [...r.titleDiffs.map((d) => `title ${d}`), ...r.linkDiffs.map((d) => `link ${d}`)]
    return `| ${r.file} | ${count(r.seismo)} | ${count(r.feedParser)} | ${r.stored ?? ''} | ${cell(diffs.join('; '))} | ${cell(r.explanation.join(' '))} |`
  })
  return `# Parser fidelity: Seismo vs @rowanmanning/feed-parser

Produced by \`npm run fidelity\` (bench/fidelity.ts → bench/lib/fidelity-report.ts) from every
document in \`test/fixtures/feeds/\`; \`test/ingest/fidelity.test.ts\` fails when this file is stale
or a difference has no explanation. Do not edit by hand.

What is compared, per document: the items each parser returns (or its refusal), then item by item
(by position) the title (whitespace collapsed) and the link. feed-parser takes no base URL, so its
relative links are resolved against the fixture's URL first. "Stored" is the number of articles
that POST /api/ingest of the document into a fresh feed stores, where
\`test/ingest/fixtures-ingest.test.ts\` asserts it (identity happens after parsing: a document that
lists one item twice word for word stores it once, and says so in \`merged.same_guid\`).

## Totals

- documents: ${rows.length}; same item count (or both refuse): ${sameCount}; identical items, titles and links: ${identical}
- items returned: Seismo ${sum(rows, (r) => r.seismo)}, feed-parser ${sum(rows, (r) => r.feedParser)}
- documents refused: Seismo ${rows.filter((r) => r.seismo === 'refused').length}, feed-parser ${rows.filter((r) => r.feedParser === 'refused').length}
- documents where Seismo returns fewer items than feed-parser, or refuses what it reads: ${fewer(rows)} (each explained below)

## Every document

| document | Seismo | feed-parser | stored | differences (Seismo / feed-parser) | why |
| --- | --- | --- | --- | --- | --- |
${table.join('\n')}
`
}
