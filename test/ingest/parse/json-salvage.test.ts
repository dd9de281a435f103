/**
 * A JSON Feed cut off mid-document keeps its complete items, with the warning a cut XML document
 * gets (src/ingest/parse/json-salvage.ts); nothing is invented or half-read, and what is not a
 * cut-off JSON Feed keeps its error.
 */
import { describe, expect, it } from 'vitest'
import { MalformedFeed, NotAFeed } from '../../../src/errors'
import { parseFeed } from '../../../src/ingest/parse'
import { salvageJson } from '../../../src/ingest/parse/json-salvage'
import { MAX_ITEMS_PER_FEED, MAX_JSON_SALVAGE_DEPTH, MAX_JSON_SALVAGE_KEY_CHARS } from '../../../src/limits'

const BASE = 'https://feeds.example.com/feed.json'
const V1 = 'https://jsonfeed.org/version/1'
const V11 = 'https://jsonfeed.org/version/1.1'

const item = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `id-${n}`,
  url: `https://news.example.com/${n}`,
  title: `Story ${n} ] } " \\ [ {`,
  content_html: `<p>Body of ${n}, with "quotes", \\backslashes\\ and \u00e9 \ud83d\ude80.</p>`,
  tags: ['a', 'b'],
  attachments: [{ url: `https://news.example.com/${n}.mp3`, mime_type: 'audio/mpeg' }],
  ...extra,
})

const WARNING =
  /^document truncated or badly closed \(malformed JSON: .*\); kept the (\d+) complete item\(s\) before the break(; (\d+) incomplete item\(s\) after them left out)?$/

describe.each([
  ['1.0', V1],
  ['1.1', V11],
])('JSON Feed %s cut at every byte', (version, versionUrl) => {
  const doc = JSON.stringify(
    {
      version: versionUrl,
      title: 'Cut feed',
      home_page_url: 'https://news.example.com/',
      items: [item(1), item(2, { authors: [{ name: 'A' }] }), 42, item(3)],
      next_url: 'https://news.example.com/feed.json?page=2',
    },
    null,
    1,
  )
  const whole = parseFeed(doc, BASE)

  it(`keeps exactly the items complete before the cut, each one as the whole document reads it (${version})`, () => {
    expect(whole.items).toHaveLength(3)
    expect(whole.warnings).toBeUndefined()
    for (let n = 1; n < doc.length; n++) {
      const cut = doc.slice(0, n)
      let feed: ReturnType<typeof parseFeed>
      try {
        feed = parseFeed(cut, BASE)
      } catch (err) {
        // Refused only while no item is complete yet, and then with the parse error of old.
        expect(err, `cut at ${n}`).toBeInstanceOf(MalformedFeed)
        expect((err as Error).message).toMatch(/^malformed JSON/)
        expect(n, `cut at ${n} refused after a complete item`).toBeLessThan(doc.indexOf('"id-2"'))
        continue
      }
      expect(feed.version, `cut at ${n}`).toBe(version)
      expect(feed.items.length).toBeGreaterThan(0)
      // Never a half item: every item kept is the whole document's item, field for field.
      expect(feed.items, `cut at ${n}`).toEqual(whole.items.slice(0, feed.items.length))
      expect(feed.warnings).toHaveLength(1)
      const [, kept, , lost] = WARNING.exec(feed.warnings![0]) ?? []
      expect(Number(kept), feed.warnings![0]).toBe(feed.items.length)
      // At most the one element the document broke off in is counted as left out.
      expect(Number(lost ?? 0)).toBeLessThanOrEqual(1)
    }
  })

  it(`a cut after the items array keeps them all and counts none left out (${version})`, () => {
    const feed = parseFeed(doc.slice(0, doc.indexOf('next_url') + 15), BASE)
    expect(feed.items).toEqual(whole.items)
    expect(feed.warnings![0]).toMatch(/kept the 3 complete item\(s\) before the break$/)
  })
})

describe('what is not a cut-off JSON Feed keeps its error', () => {
  it('a cut JSON document that is not a JSON Feed is still malformed JSON, not salvaged', () => {
    const cut = JSON.stringify({ items: [{ id: 1 }, { id: 2 }], kind: 'not a feed' }).slice(0, 30)
    expect(salvageJson(cut)).not.toBeNull() // structurally salvageable...
    expect(() => parseFeed(cut, BASE)).toThrow(MalformedFeed) // ...but no version: the old error stands
    expect(() => parseFeed(cut, BASE)).toThrow(/^malformed JSON/)
  })

  it('a whole JSON document that is not a JSON Feed is still not_a_feed', () => {
    expect(() => parseFeed(JSON.stringify({ items: [{ id: 1 }] }), BASE)).toThrow(NotAFeed)
  })

  it('a cut before any complete item, or before "items", is refused', () => {
    const head = `{"version":"${V11}","title":"t",`
    for (const text of [
      head,
      `${head}"items":[`,
      `${head}"items":[{"id":"1","title":"a"`,
      `${head}"items":[{"id":"1"},`.slice(0, -2),
    ])
      expect(() => parseFeed(text, BASE), text).toThrow(/^malformed JSON/)
  })

  it('a feed whose version comes after the cut is refused (nothing tells it is a JSON Feed)', () => {
    const text = `{"title":"t","items":[{"id":"1","title":"a"},{"id":"2","title":"b"}],"version":"${V11}"`
    expect(() => parseFeed(text.slice(0, text.length - 10), BASE)).toThrow(/^malformed JSON/)
  })

  it('a document that closed and then goes on, or is broken before its cut, is not salvaged', () => {
    const whole = JSON.stringify({ version: V11, items: [{ id: '1', title: 'a' }] })
    expect(salvageJson(`${whole} trailing`)).toBeNull()
    expect(() => parseFeed(`${whole} trailing`, BASE)).toThrow(/^malformed JSON/)
    const broken = `{"version":"${V11}","items":[{"id":"1","title":"a" "oops":1},{"id":"2","title":"b"},{"id":"3`
    expect(() => parseFeed(broken, BASE)).toThrow(/^malformed JSON/)
  })

  it('an "items" key nested below the top level is not the feed\'s items', () => {
    const text = `{"version":"${V11}","_ext":{"items":[{"id":"x"},{"id":"y"}],"more":"cu`
    expect(salvageJson(text)).toBeNull()
    expect(() => parseFeed(text, BASE)).toThrow(/^malformed JSON/)
  })

  it('an escaped "items" key is still the items key (JSON.parse reads it so)', () => {
    const text = `{"version":"${V11}","\\u0069tems":[{"id":"1","title":"a"},{"id":"2","ti`
    const feed = parseFeed(text, BASE)
    expect(feed.items.map((i) => i.guid)).toEqual(['1'])
  })
})

describe('limits', () => {
  it(`does not follow nesting deeper than MAX_JSON_SALVAGE_DEPTH (${MAX_JSON_SALVAGE_DEPTH})`, () => {
    const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`
    const doc = (depth: number) =>
      `{"version":"${V11}","items":[{"id":"1","title":"a","_x":${nested(depth)}},{"id":"2","ti`
    // Items sit 2 deep and their object opens a third level: `_x` adds `depth` more.
    const deepest = MAX_JSON_SALVAGE_DEPTH - 3
    expect(parseFeed(doc(deepest), BASE).items).toHaveLength(1)
    expect(salvageJson(doc(deepest + 1))).toBeNull()
    expect(() => parseFeed(doc(deepest + 1), BASE)).toThrow(/^malformed JSON/)
  })

  it(`MAX_JSON_SALVAGE_KEY_CHARS (${MAX_JSON_SALVAGE_KEY_CHARS}) fits the longest spelling of "items"`, () => {
    const escaped = `"${[...'items'].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join('')}"`
    expect(escaped.length).toBe(MAX_JSON_SALVAGE_KEY_CHARS)
    const feed = parseFeed(`{"version":"${V11}",${escaped}:[{"id":"1"},{"id":"2`, BASE)
    expect(feed.items.map((i) => i.guid)).toEqual(['1'])
  })

  it('a cut document with more items than MAX_ITEMS_PER_FEED keeps the newest and counts the rest', () => {
    const items = Array.from({ length: MAX_ITEMS_PER_FEED + 3 }, (_, i) => ({
      id: String(i),
      title: `t${i}`,
    }))
    const text = JSON.stringify({ version: V11, items }).slice(0, -20)
    const feed = parseFeed(text, BASE)
    expect(feed.items).toHaveLength(MAX_ITEMS_PER_FEED)
    expect(feed.itemsOverLimit).toBe(2) // the element cut off is not an item
    expect(feed.warnings![0]).toMatch(/1 incomplete item\(s\) after them left out$/)
  })
})
