/// <reference types="vite/client" />
/**
 * The feed fixture corpus (test/fixtures/feeds): every document `<name>.<ext>` has a
 * `<name>.expected.json` describing what parseFeed must return (or the error it must throw).
 * Loaded through Vite's raw glob so the files are bundled into the workerd test.
 */

const RAW = import.meta.glob<string>('../../fixtures/feeds/*', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const EXPECTED_SUFFIX = '.expected.json'

/** Expected item fields; null means "must be absent". Dates are ISO strings. */
export type ExpectedItem = Record<string, unknown>

export interface ExpectedFeed {
  /** The behaviour this fixture pins down (used as the test name). */
  about: string
  /** Feed URL passed to parseFeed (default https://feeds.example.com/<file>). */
  baseUrl?: string
  error?: 'not_a_feed' | 'malformed_feed'
  /** A regular expression the error message must match. */
  errorMatches?: string
  format?: string
  version?: string | null
  title?: string | null
  siteUrl?: string | null
  lang?: string | null
  ttlMinutes?: number | null
  itemCount?: number
  /** Items beyond MAX_ITEMS_PER_FEED, counted but not read. */
  itemsOverLimit?: number
  /** Regular expressions, one per expected warning, in order (none when absent). */
  warnings?: string[]
  /** Checked against the first items, in order. */
  items?: ExpectedItem[]
  lastItem?: ExpectedItem
  /** What POST /api/ingest of this document into a fresh feed answers and stores (test/ingest/fixtures-ingest.test.ts). */
  ingest?: ExpectedIngest
}

export interface ExpectedIngest {
  inserted: number
  merged?: { same_guid?: number; same_url?: number; same_content?: number }
  skipped?: { empty?: number; over_limit?: number }
  /** Titles of the articles stored for the feed, in document order. */
  titles?: string[]
  /** Their links (null for none), in document order. */
  links?: (string | null)[]
}

export interface FeedFixture {
  file: string
  text: string
  expected: ExpectedFeed
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function loadFeedFixtures(): FeedFixture[] {
  const byName = new Map(Object.entries(RAW).map(([path, text]) => [baseName(path), text]))
  const fixtures: FeedFixture[] = []
  for (const [file, text] of byName) {
    if (file.endsWith(EXPECTED_SUFFIX)) continue
    const expectedFile = file.replace(/\.[^.]+$/, EXPECTED_SUFFIX)
    const expected = byName.get(expectedFile)
    if (expected === undefined) throw new Error(`fixture ${file} has no ${expectedFile}`)
    fixtures.push({ file, text, expected: JSON.parse(expected) as ExpectedFeed })
  }
  return fixtures.sort((a, b) => a.file.localeCompare(b.file))
}

/** Expectation files whose document is missing (a renamed fixture would otherwise go untested). */
export function orphanExpectations(): string[] {
  const names = new Set(Object.keys(RAW).map(baseName))
  const docs = new Set(
    [...names].filter((n) => !n.endsWith(EXPECTED_SUFFIX)).map((n) => n.replace(/\.[^.]+$/, '')),
  )
  return [...names].filter(
    (n) => n.endsWith(EXPECTED_SUFFIX) && !docs.has(n.slice(0, -EXPECTED_SUFFIX.length)),
  )
}
