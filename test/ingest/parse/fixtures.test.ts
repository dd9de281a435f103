/**
 * Table-driven: every fixture in test/fixtures/feeds is parsed and compared with its
 * <name>.expected.json (feed fields, item count, the listed items field by field).
 */
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/errors'
import { parseFeed } from '../../../src/ingest/parse'
import type { ParsedFeed, ParsedItem } from '../../../src/ingest/types'
import { type ExpectedFeed, type ExpectedItem, loadFeedFixtures, orphanExpectations } from './fixtures'

const fixtures = loadFeedFixtures()
const FEED_FIELDS = ['format', 'version', 'title', 'siteUrl', 'lang', 'ttlMinutes'] as const
const DATE_FIELDS = new Set(['publishedAt', 'updatedAt'])

/** null in an expectation means the field must be absent. */
const norm = (v: unknown): unknown => (v === null ? undefined : v)

function actualField(item: ParsedItem, key: string): unknown {
  const value = (item as unknown as Record<string, unknown>)[key]
  if (DATE_FIELDS.has(key)) return typeof value === 'number' ? new Date(value).toISOString() : value
  return value
}

function expectItem(item: ParsedItem | undefined, want: ExpectedItem, where: string): void {
  expect(item, `${where} exists`).toBeDefined()
  for (const [key, value] of Object.entries(want)) {
    expect(actualField(item as ParsedItem, key), `${where}.${key}`).toEqual(norm(value))
  }
}

function expectFeed(feed: ParsedFeed, want: ExpectedFeed): void {
  for (const key of FEED_FIELDS) {
    if (key in want) expect(feed[key], key).toEqual(norm(want[key]))
  }
  if (want.itemCount !== undefined) expect(feed.items.length, 'item count').toBe(want.itemCount)
  expect(feed.itemsOverLimit, 'items over the limit').toBe(want.itemsOverLimit)
  const warnings = feed.warnings ?? []
  expect(warnings, 'warnings').toHaveLength(want.warnings?.length ?? 0)
  want.warnings?.forEach((re, i) => {
    expect(warnings[i]).toMatch(new RegExp(re))
  })
  want.items?.forEach((w, i) => {
    expectItem(feed.items[i], w, `items[${i}]`)
  })
  if (want.lastItem) expectItem(feed.items.at(-1), want.lastItem, 'last item')
}

function expectError(run: () => unknown, want: ExpectedFeed): void {
  let caught: unknown
  try {
    run()
  } catch (err) {
    caught = err
  }
  expect(caught, 'throws').toBeInstanceOf(ApiError)
  const err = caught as ApiError
  expect(err.code).toBe(want.error)
  expect(err.status).toBe(422)
  if (want.errorMatches) expect(err.message).toMatch(new RegExp(want.errorMatches))
}

describe('feed fixture corpus', () => {
  it('has at least 30 documents, each with asserted output', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30)
    expect(orphanExpectations()).toEqual([])
    expect(fixtures.filter((f) => !f.expected.about).map((f) => f.file)).toEqual([])
  })

  it.each(fixtures.map((f) => [f.file, f.expected.about, f] as const))('%s: %s', (_name, _about, fixture) => {
    const baseUrl = fixture.expected.baseUrl ?? `https://feeds.example.com/${fixture.file}`
    if (fixture.expected.error) expectError(() => parseFeed(fixture.text, baseUrl), fixture.expected)
    else expectFeed(parseFeed(fixture.text, baseUrl), fixture.expected)
  })
})
