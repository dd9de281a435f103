import { describe, expect, it } from 'vitest'
import { FEED_MAX_AGE_SECONDS } from '../../src/limits'
import { canonicalFilterQuery } from '../../src/render/filter-query'
import {
  cachingHeaders,
  type FeedStamp,
  feedValidators,
  ifNoneMatchMatches,
  isNotModified,
} from '../../src/render/http-cache'
import type { Filter } from '../../src/search/types'

const emptyFilter: Filter = { actors: [], events: [], feeds: [], langs: [] }
const stamp: FeedStamp = {
  format: 'rss',
  filterQuery: 'actor=russia',
  selfUrl: 'https://seismo.test/rss.xml?actor=russia',
  title: 'Seismo: russia',
  description: 'd',
  newest: { id: 42, published_at: Date.UTC(2026, 0, 1), fetched_at: Date.UTC(2026, 0, 1, 0, 5, 30, 250) },
}

describe('canonicalFilterQuery', () => {
  it('gives equivalent filters the same string (order of slugs, groups, feeds and langs does not matter)', () => {
    const a: Filter = {
      ...emptyFilter,
      actors: [['russia', 'china'], ['north-korea']],
      feeds: [3, 1],
      langs: ['ko', 'en'],
    }
    const b: Filter = {
      ...emptyFilter,
      actors: [['north-korea'], ['china', 'russia']],
      feeds: [1, 3],
      langs: ['en', 'ko'],
    }
    expect(canonicalFilterQuery(a)).toBe(canonicalFilterQuery(b))
    expect(canonicalFilterQuery(a)).toBe('actor=china%2Crussia&actor=north-korea&feed=1%2C3&lang=en%2Cko')
  })

  it('keeps q and full-precision dates, and is empty for the empty filter', () => {
    expect(canonicalFilterQuery(emptyFilter)).toBe('')
    const f: Filter = {
      ...emptyFilter,
      q: ' "arms deal" ',
      since: Date.UTC(2026, 0, 1),
      until: Date.UTC(2026, 0, 2) - 1,
    }
    expect(new URLSearchParams(canonicalFilterQuery(f)).get('q')).toBe('"arms deal"')
    expect(new URLSearchParams(canonicalFilterQuery(f)).get('until')).toBe('2026-01-01T23:59:59.999Z')
  })
})

describe('feed validators', () => {
  it('are a weak ETag and the newest match fetch time', async () => {
    const v = await feedValidators(stamp)
    expect(v.etag).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/)
    expect(v.lastModified).toBe(stamp.newest!.fetched_at)
  })

  it('change with the newest match, the filter, the format and the caller key, and only then', async () => {
    const base = (await feedValidators(stamp)).etag
    expect((await feedValidators({ ...stamp })).etag).toBe(base)
    expect((await feedValidators({ ...stamp, newest: { ...stamp.newest!, id: 43 } })).etag).not.toBe(base)
    expect((await feedValidators({ ...stamp, filterQuery: 'actor=china' })).etag).not.toBe(base)
    expect((await feedValidators({ ...stamp, format: 'atom' })).etag).not.toBe(base)
    expect((await feedValidators({ ...stamp, cacheKey: 'watch:1:2' })).etag).not.toBe(base)
    expect((await feedValidators({ ...stamp, newest: null })).lastModified).toBeNull()
  })
})

describe('conditional requests', () => {
  const v = { etag: 'W/"abc"', lastModified: Date.UTC(2026, 0, 1, 0, 5, 30, 250) }
  const h = (init: Record<string, string>) => new Headers(init)

  it('If-None-Match compares weakly, accepts lists and *', () => {
    expect(ifNoneMatchMatches('W/"abc"', v.etag)).toBe(true)
    expect(ifNoneMatchMatches('"abc"', v.etag)).toBe(true)
    expect(ifNoneMatchMatches('"x", W/"y,z" ,W/"abc"', v.etag)).toBe(true)
    expect(ifNoneMatchMatches('*', v.etag)).toBe(true)
    expect(ifNoneMatchMatches('W/"abd"', v.etag)).toBe(false)
    expect(ifNoneMatchMatches('abc', v.etag)).toBe(false)
  })

  it('If-Modified-Since at second precision: 304 from the Last-Modified second on, 200 before', () => {
    expect(isNotModified(h({ 'if-modified-since': 'Thu, 01 Jan 2026 00:05:30 GMT' }), v)).toBe(true)
    expect(isNotModified(h({ 'if-modified-since': 'Thu, 01 Jan 2026 00:06:00 GMT' }), v)).toBe(true)
    expect(isNotModified(h({ 'if-modified-since': 'Thu, 01 Jan 2026 00:05:29 GMT' }), v)).toBe(false)
    expect(isNotModified(h({ 'if-modified-since': 'yesterday-ish' }), v)).toBe(false)
    expect(
      isNotModified(h({ 'if-modified-since': 'Thu, 01 Jan 2026 00:06:00 GMT' }), {
        ...v,
        lastModified: null,
      }),
    ).toBe(false)
  })

  it('If-None-Match wins over If-Modified-Since when both are sent', () => {
    expect(
      isNotModified(
        h({ 'if-none-match': '"other"', 'if-modified-since': 'Fri, 02 Jan 2026 00:00:00 GMT' }),
        v,
      ),
    ).toBe(false)
    expect(
      isNotModified(h({ 'if-none-match': '"abc"', 'if-modified-since': 'Wed, 31 Dec 2025 00:00:00 GMT' }), v),
    ).toBe(true)
  })

  it('caching headers are public without READ_TOKEN and private, varying on Authorization, with it', () => {
    expect(cachingHeaders(v, { readTokenRequired: false })).toEqual({
      ETag: 'W/"abc"',
      'Last-Modified': 'Thu, 01 Jan 2026 00:05:30 GMT',
      'Cache-Control': `public, max-age=${FEED_MAX_AGE_SECONDS}`,
      Vary: 'Accept-Encoding',
    })
    const priv = cachingHeaders({ ...v, lastModified: null }, { readTokenRequired: true })
    expect(priv['Cache-Control']).toBe(`private, max-age=${FEED_MAX_AGE_SECONDS}`)
    expect(priv.Vary).toBe('Accept-Encoding, Authorization')
    expect(priv).not.toHaveProperty('Last-Modified')
  })
})
