import { afterEach, describe, expect, it, vi } from 'vitest'
import { FetchFailed, UrlNotAllowed } from '../../src/errors'
import { fetchFeed, parseMaxAge, parseRetryAfter } from '../../src/ingest/fetch'
import { MAX_BACKOFF_MINUTES, MAX_FEED_BYTES, USER_AGENT } from '../../src/limits'
import { charsetBytes, KO_TITLE } from '../fixtures/charset'
import { type Handler, serve } from '../helpers/serve'

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Seismo test</title></channel></rss>'
const PUBLIC = { allowPrivate: false }

const redirect =
  (status: number, location: string): Handler =>
  () =>
    new Response(null, { status, headers: { location } })

async function failure(p: Promise<unknown>): Promise<FetchFailed> {
  try {
    await p
  } catch (err) {
    expect(err).toBeInstanceOf(FetchFailed)
    return err as FetchFailed
  }
  throw new Error('expected FetchFailed')
}

afterEach(() => vi.restoreAllMocks())

describe('fetchFeed: request and conditional GET', () => {
  it('sends the Seismo User-Agent and a feed Accept header, and returns the body with validators', async () => {
    const { requests } = serve({
      'https://news.example/rss': () =>
        new Response(RSS, {
          headers: {
            'content-type': 'application/rss+xml',
            etag: '"v1"',
            'last-modified': 'Thu, 14 Mar 2024 08:00:00 GMT',
            'cache-control': 'public, max-age=600',
          },
        }),
    })
    const res = await fetchFeed('https://news.example/rss', {}, PUBLIC)
    expect(res).toEqual({
      kind: 'ok',
      status: 200,
      text: RSS,
      finalUrl: 'https://news.example/rss',
      etag: '"v1"',
      lastModified: 'Thu, 14 Mar 2024 08:00:00 GMT',
      maxAgeSeconds: 600,
    })
    expect(requests[0].headers.get('user-agent')).toBe(USER_AGENT)
    expect(USER_AGENT).toMatch(/Seismo.*https?:\/\//)
    expect(requests[0].headers.get('accept')).toMatch(
      /application\/rss\+xml.*application\/atom\+xml.*application\/feed\+json/,
    )
    expect(requests[0].headers.has('if-none-match')).toBe(false)
    expect(requests[0].redirect).toBe('manual')
  })

  it('round-trips an ETag: the second fetch sends If-None-Match and gets not_modified', async () => {
    const { requests } = serve({
      'https://news.example/rss': (req) =>
        req.headers.get('if-none-match') === '"v1"'
          ? new Response(null, { status: 304, headers: { etag: '"v1"' } })
          : new Response(RSS, { headers: { etag: '"v1"' } }),
    })
    const first = await fetchFeed('https://news.example/rss', {}, PUBLIC)
    expect(first.kind).toBe('ok')
    const second = await fetchFeed(
      'https://news.example/rss',
      { etag: first.etag, lastModified: first.lastModified },
      PUBLIC,
    )
    expect(second).toEqual({ kind: 'not_modified', finalUrl: 'https://news.example/rss', etag: '"v1"' })
    expect(requests[1].headers.get('if-none-match')).toBe('"v1"')
  })

  it('sends If-Modified-Since from the stored Last-Modified', async () => {
    const lastModified = 'Thu, 14 Mar 2024 08:00:00 GMT'
    const { requests } = serve({
      'https://news.example/rss': (req) =>
        req.headers.get('if-modified-since') === lastModified
          ? new Response(null, { status: 304 })
          : new Response(RSS, { headers: { 'last-modified': lastModified } }),
    })
    const res = await fetchFeed('https://news.example/rss', { etag: null, lastModified }, PUBLIC)
    expect(res.kind).toBe('not_modified')
    expect(requests[0].headers.has('if-none-match')).toBe(false)
  })

  it('decodes the body with the charset from the Content-Type header', async () => {
    serve({
      'https://news.example/ko': () =>
        new Response(charsetBytes('euc-kr-header-only.xml'), {
          headers: { 'content-type': 'text/xml; charset=EUC-KR' },
        }),
    })
    const res = await fetchFeed('https://news.example/ko', {}, PUBLIC)
    expect(res.kind === 'ok' && res.text).toContain(KO_TITLE)
  })
})

describe('fetchFeed: redirects', () => {
  it('follows a chain of permanent redirects and reports the new permanent URL', async () => {
    serve({
      'http://news.example/rss': redirect(301, 'https://news.example/rss'),
      'https://news.example/rss': redirect(308, '/feeds/all.xml'),
      'https://news.example/feeds/all.xml': () => new Response(RSS),
    })
    const res = await fetchFeed('http://news.example/rss', {}, PUBLIC)
    expect(res).toMatchObject({
      kind: 'ok',
      finalUrl: 'https://news.example/feeds/all.xml',
      permanentUrl: 'https://news.example/feeds/all.xml',
    })
  })

  it('reports no permanent URL when the first hop is temporary', async () => {
    serve({
      'https://news.example/rss': redirect(302, 'https://cdn.example/rss?sig=1'),
      'https://cdn.example/rss?sig=1': redirect(301, 'https://cdn.example/rss2'),
      'https://cdn.example/rss2': () => new Response(RSS),
    })
    const res = await fetchFeed('https://news.example/rss', {}, PUBLIC)
    expect(res.kind).toBe('ok')
    expect(res.finalUrl).toBe('https://cdn.example/rss2')
    expect(res.permanentUrl).toBeUndefined()
  })

  it('stops the permanent URL at the first temporary hop (301 then 307)', async () => {
    serve({
      'https://old.example/rss': redirect(301, 'https://new.example/rss'),
      'https://new.example/rss': redirect(307, 'https://cdn.example/rss?token=abc'),
      'https://cdn.example/rss?token=abc': () => new Response(RSS),
    })
    const res = await fetchFeed('https://old.example/rss', {}, PUBLIC)
    expect(res).toMatchObject({
      finalUrl: 'https://cdn.example/rss?token=abc',
      permanentUrl: 'https://new.example/rss',
    })
  })

  it('keeps redirect information on a 304 at the end of a redirect', async () => {
    serve({
      'https://old.example/rss': redirect(301, 'https://new.example/rss'),
      'https://new.example/rss': () => new Response(null, { status: 304 }),
    })
    const res = await fetchFeed('https://old.example/rss', { etag: '"x"' }, PUBLIC)
    expect(res).toEqual({
      kind: 'not_modified',
      finalUrl: 'https://new.example/rss',
      permanentUrl: 'https://new.example/rss',
    })
  })

  it('refuses a redirect to a private address and never requests it', async () => {
    const { requests } = serve({
      'https://news.example/rss': redirect(302, 'http://169.254.169.254/latest/meta-data/'),
      'http://169.254.169.254/latest/meta-data/': () => new Response('secret'),
    })
    const err = await failure(fetchFeed('https://news.example/rss', {}, PUBLIC))
    expect(err.message).toMatch(/redirect to http:\/\/169\.254\.169\.254\/latest\/meta-data\/ refused/)
    expect(requests.map((r) => r.url)).toEqual(['https://news.example/rss'])
  })

  it('refuses a redirect to a non-http scheme even with private URLs allowed', async () => {
    serve({ 'http://127.0.0.1:9/rss': redirect(302, 'file:///etc/passwd') })
    const err = await failure(fetchFeed('http://127.0.0.1:9/rss', {}, { allowPrivate: true }))
    expect(err.message).toMatch(/only http and https/)
  })

  it('follows redirects to private addresses when ALLOW_PRIVATE_URLS is on', async () => {
    serve({
      'http://localhost:8787/rss': redirect(302, 'http://127.0.0.1:8787/feed'),
      'http://127.0.0.1:8787/feed': () => new Response(RSS),
    })
    const res = await fetchFeed('http://localhost:8787/rss', {}, { allowPrivate: true })
    expect(res.kind === 'ok' && res.text).toBe(RSS)
  })

  it('gives up after the redirect limit', async () => {
    const { requests } = serve({
      'https://loop.example/a': redirect(302, '/b'),
      'https://loop.example/b': redirect(302, '/a'),
    })
    const err = await failure(
      fetchFeed('https://loop.example/a', {}, { allowPrivate: false, limits: { maxRedirects: 3 } }),
    )
    expect(err.message).toMatch(/too many redirects/)
    expect(requests).toHaveLength(4)
  })

  it('fails clearly on a redirect without Location', async () => {
    serve({ 'https://news.example/rss': () => new Response(null, { status: 302 }) })
    expect((await failure(fetchFeed('https://news.example/rss', {}, PUBLIC))).message).toMatch(
      /without a Location/,
    )
  })
})

describe('fetchFeed: refusals and failures', () => {
  it('refuses a private initial URL with UrlNotAllowed before any request', async () => {
    const { requests } = serve({})
    await expect(fetchFeed('http://127.0.0.1/rss', {}, PUBLIC)).rejects.toBeInstanceOf(UrlNotAllowed)
    expect(requests).toHaveLength(0)
  })

  it('reports other HTTP errors with their status', async () => {
    serve({ 'https://news.example/gone': () => new Response('gone', { status: 410, statusText: 'Gone' }) })
    const err = await failure(fetchFeed('https://news.example/gone', {}, PUBLIC))
    expect(err.httpStatus).toBe(410)
    expect(err.message).toBe('HTTP 410 Gone')
    expect(err.retryAfterSeconds).toBeUndefined()
  })

  it('passes Retry-After in seconds on 429', async () => {
    serve({
      'https://news.example/rss': () =>
        new Response('slow down', { status: 429, headers: { 'retry-after': '120' } }),
    })
    const err = await failure(fetchFeed('https://news.example/rss', {}, PUBLIC))
    expect(err.httpStatus).toBe(429)
    expect(err.retryAfterSeconds).toBe(120)
  })

  it('passes Retry-After as an HTTP-date on 503, converted to seconds', async () => {
    const at = new Date(Date.now() + 3_600_000).toUTCString()
    serve({
      'https://news.example/rss': () =>
        new Response('maintenance', { status: 503, headers: { 'retry-after': at } }),
    })
    const err = await failure(fetchFeed('https://news.example/rss', {}, PUBLIC))
    expect(err.httpStatus).toBe(503)
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(3_598)
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(3_600)
  })

  it('turns network errors into FetchFailed', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Network connection lost.'))
    expect((await failure(fetchFeed('https://news.example/rss', {}, PUBLIC))).message).toBe(
      'network error: Network connection lost.',
    )
  })

  it('times out while waiting for headers', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>(() => undefined))
    const started = Date.now()
    const err = await failure(
      fetchFeed('https://slow.example/rss', {}, { allowPrivate: false, limits: { timeoutMs: 50 } }),
    )
    expect(err.message).toBe('timed out after 50 ms')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('times out while the body trickles, and cancels it', async () => {
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      start: (c) => c.enqueue(new TextEncoder().encode('<rss>')),
      pull: () => new Promise<void>(() => undefined),
      cancel: () => {
        cancelled = true
      },
    })
    serve({ 'https://slow.example/rss': () => new Response(body) })
    const err = await failure(
      fetchFeed('https://slow.example/rss', {}, { allowPrivate: false, limits: { timeoutMs: 50 } }),
    )
    expect(err.message).toMatch(/timed out/)
    expect(cancelled).toBe(true)
  })
})

describe('fetchFeed: body size', () => {
  it('cuts an endless body while streaming, pulling only just past the limit', async () => {
    let pulls = 0
    let cancelled = false
    const chunk = new Uint8Array(1024).fill(0x20)
    const endless = new ReadableStream<Uint8Array>(
      {
        pull: (c) => {
          pulls++
          c.enqueue(chunk)
        },
        cancel: () => {
          cancelled = true
        },
      },
      { highWaterMark: 0 },
    )
    serve({ 'https://big.example/rss': () => new Response(endless) })
    const err = await failure(
      fetchFeed('https://big.example/rss', {}, { allowPrivate: false, limits: { maxBytes: 10 * 1024 } }),
    )
    expect(err.message).toMatch(/exceeds the 10240-byte limit/)
    expect(cancelled).toBe(true)
    expect(pulls).toBeLessThanOrEqual(12)
  })

  it('refuses early on a Content-Length above the limit without reading', async () => {
    let pulled = false
    // highWaterMark 0: the stream pulls only when someone reads.
    const body = new ReadableStream<Uint8Array>(
      {
        pull: () => {
          pulled = true
        },
      },
      { highWaterMark: 0 },
    )
    serve({
      'https://big.example/rss': () =>
        new Response(body, { headers: { 'content-length': String(50 * 1024 * 1024) } }),
    })
    const err = await failure(fetchFeed('https://big.example/rss', {}, PUBLIC))
    expect(err.message).toMatch(/52428800 bytes \(Content-Length\), over the 5242880-byte limit/)
    expect(pulled).toBe(false)
  })

  it('cuts a decompression bomb at the limit of inflated bytes, inflating no further', async () => {
    // What the runtime's fetch hands over for `Content-Encoding: gzip`: the body inflated as it is
    // read, under the small Content-Length of the compressed bytes. 64 MB of spaces gzip to ~64 KB.
    const inflated = 64 * 1024 * 1024
    const gzip = new Uint8Array(
      await new Response(
        new Response(new Uint8Array(inflated).fill(0x20)).body?.pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer(),
    )
    expect(gzip.length).toBeLessThan(inflated / 500)
    let sent = 0
    let inflatedOut = 0
    const compressed = new ReadableStream<Uint8Array>(
      {
        pull: (c) => {
          if (sent >= gzip.length) return c.close()
          c.enqueue(gzip.subarray(sent, sent + 1024))
          sent += 1024
        },
      },
      { highWaterMark: 0 },
    )
    const counted = new TransformStream<Uint8Array, Uint8Array>({
      transform: (chunk, c) => {
        inflatedOut += chunk.length
        c.enqueue(chunk)
      },
    })
    serve({
      'https://bomb.example/rss': () =>
        new Response(compressed.pipeThrough(new DecompressionStream('gzip')).pipeThrough(counted), {
          headers: { 'content-length': String(gzip.length), 'content-type': 'application/rss+xml' },
        }),
    })
    const err = await failure(fetchFeed('https://bomb.example/rss', {}, PUBLIC))
    expect(err.message).toMatch(/exceeds the 5242880-byte limit \(cut while streaming\)/)
    // Reading stopped near the limit: most of the 64 MB was never inflated, nor held in memory.
    expect(inflatedOut).toBeLessThan(2 * MAX_FEED_BYTES)
    expect(sent).toBeGreaterThan(0)
  })

  it('accepts a body of exactly the limit', async () => {
    const text = 'x'.repeat(2048)
    serve({ 'https://news.example/rss': () => new Response(text) })
    const res = await fetchFeed(
      'https://news.example/rss',
      {},
      { allowPrivate: false, limits: { maxBytes: 2048 } },
    )
    expect(res.kind === 'ok' && res.text.length).toBe(2048)
  })
})

describe('header parsing', () => {
  it('reads Retry-After as seconds or HTTP-date, capped at the backoff cap', () => {
    const now = Date.UTC(2024, 2, 14, 8, 0, 0)
    expect(parseRetryAfter('90', now)).toBe(90)
    expect(parseRetryAfter('Thu, 14 Mar 2024 08:02:00 GMT', now)).toBe(120)
    expect(parseRetryAfter('Thu, 14 Mar 2024 07:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('31536000', now)).toBe(MAX_BACKOFF_MINUTES * 60)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  it('reads Cache-Control max-age', () => {
    expect(parseMaxAge('public, max-age=300')).toBe(300)
    expect(parseMaxAge('max-age="60", must-revalidate')).toBe(60)
    expect(parseMaxAge('s-maxage=100')).toBeUndefined()
    expect(parseMaxAge('no-cache')).toBeUndefined()
    expect(parseMaxAge(null)).toBeUndefined()
  })
})
