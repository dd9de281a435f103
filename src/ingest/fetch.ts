/**
 * Fetch one feed URL politely and defensively:
 * - conditional GET (If-None-Match / If-Modified-Since); a 304 reads no body;
 * - redirects followed by hand (redirect: 'manual'), at most MAX_REDIRECTS hops, every hop
 *   re-checked against the SSRF rules (a public URL must not bounce us to 169.254.169.254);
 * - one timeout (FETCH_TIMEOUT_MS) covering every hop, the headers and the body;
 * - the body streamed and cut at MAX_FEED_BYTES (a Content-Length above it is refused before
 *   reading), then decoded with the charset rules of ./decode.ts.
 *
 * Failures throw FetchFailed (network, timeout, HTTP status, size, refused redirect), carrying
 * the HTTP status and Retry-After when there is one; only an initial URL that breaks the SSRF
 * rules throws UrlNotAllowed (a 400 for the user who submitted it).
 *
 * permanentUrl: the URL reached through the leading run of permanent redirects (301/308).
 * With only permanent hops it is the final URL; with 301 then 302 it is the 301's target (the
 * feed's new home, which itself redirects temporarily); with a temporary first hop there is none.
 */
import { FetchFailed, UrlNotAllowed } from '../errors'
import { abortable, readStreamCapped } from '../lib/read-capped'
import { assertUrlAllowed } from '../lib/url-policy'
import { FETCH_TIMEOUT_MS, MAX_BACKOFF_MINUTES, MAX_FEED_BYTES, MAX_REDIRECTS, USER_AGENT } from '../limits'
import { decodeBody } from './decode'
import type { ConditionalHeaders, FetchResult } from './types'

export interface FetchLimits {
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: FETCH_TIMEOUT_MS,
  maxBytes: MAX_FEED_BYTES,
  maxRedirects: MAX_REDIRECTS,
}

export interface FetchOptions {
  allowPrivate: boolean
  /** Overrides for tests (a 50 ms timeout, a 1 KB body limit...). */
  limits?: Partial<FetchLimits>
}

/** A Retry-After longer than the backoff cap would park a feed for days: the cap applies to it too. */
const MAX_RETRY_AFTER_SECONDS = MAX_BACKOFF_MINUTES * 60

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5'

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const PERMANENT_STATUSES = new Set([301, 308])

export async function fetchFeed(
  url: string,
  cond: ConditionalHeaders,
  opts: FetchOptions,
): Promise<FetchResult> {
  const limits = { ...DEFAULT_FETCH_LIMITS, ...opts.limits }
  const start = assertUrlAllowed(url, opts.allowPrivate)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs)
  try {
    return await fetchFollowingRedirects(start, cond, opts.allowPrivate, limits, controller.signal)
  } catch (err) {
    if (controller.signal.aborted) throw new FetchFailed(`timed out after ${limits.timeoutMs} ms`)
    if (err instanceof FetchFailed || err instanceof UrlNotAllowed) throw err
    throw new FetchFailed(`network error: ${err instanceof Error ? err.message : String(err)}`)
  } finally {
    clearTimeout(timer)
  }
}

async function fetchFollowingRedirects(
  start: URL,
  cond: ConditionalHeaders,
  allowPrivate: boolean,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<FetchResult> {
  let current = start
  let permanentUrl: string | undefined
  let onlyPermanentSoFar = true
  for (let hops = 0; ; hops++) {
    const res = await abortable(
      fetch(current.href, { method: 'GET', headers: requestHeaders(cond), redirect: 'manual', signal }),
      signal,
    )
    if (!REDIRECT_STATUSES.has(res.status)) return finish(res, current.href, permanentUrl, limits, signal)

    discard(res)
    if (hops >= limits.maxRedirects)
      throw new FetchFailed(`too many redirects (more than ${limits.maxRedirects})`, res.status)
    const next = redirectTarget(res, current, allowPrivate)
    onlyPermanentSoFar = onlyPermanentSoFar && PERMANENT_STATUSES.has(res.status)
    if (onlyPermanentSoFar) permanentUrl = next.href
    current = next
  }
}

function requestHeaders(cond: ConditionalHeaders): Headers {
  const h = new Headers({ 'User-Agent': USER_AGENT, Accept: ACCEPT })
  if (cond.etag) h.set('If-None-Match', cond.etag)
  if (cond.lastModified) h.set('If-Modified-Since', cond.lastModified)
  return h
}

function redirectTarget(res: Response, current: URL, allowPrivate: boolean): URL {
  const location = res.headers.get('location')
  if (!location) throw new FetchFailed(`HTTP ${res.status} redirect without a Location header`, res.status)
  let target: string
  try {
    target = new URL(location, current).href
  } catch {
    throw new FetchFailed(
      `HTTP ${res.status} redirect to an invalid URL: ${location.slice(0, 200)}`,
      res.status,
    )
  }
  try {
    return assertUrlAllowed(target, allowPrivate)
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    throw new FetchFailed(`redirect to ${target.slice(0, 200)} refused: ${why}`, res.status)
  }
}

async function finish(
  res: Response,
  finalUrl: string,
  permanentUrl: string | undefined,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<FetchResult> {
  const meta = {
    finalUrl,
    ...(permanentUrl ? { permanentUrl } : {}),
    ...optional('etag', res.headers.get('etag')),
    ...optional('lastModified', res.headers.get('last-modified')),
    ...optional('maxAgeSeconds', parseMaxAge(res.headers.get('cache-control'))),
  }
  if (res.status === 304) {
    discard(res)
    return { kind: 'not_modified', ...meta }
  }
  if (res.status < 200 || res.status > 299) {
    discard(res)
    throw httpFailure(res)
  }
  const declared = Number(res.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    discard(res)
    throw new FetchFailed(
      `feed is ${declared} bytes (Content-Length), over the ${limits.maxBytes}-byte limit`,
      res.status,
    )
  }
  const bytes = await readStreamCapped(
    res.body,
    limits.maxBytes,
    () => {
      throw new FetchFailed(
        `feed body exceeds the ${limits.maxBytes}-byte limit (cut while streaming)`,
        res.status,
      )
    },
    signal,
  )
  return { kind: 'ok', text: decodeBody(bytes, res.headers.get('content-type')), status: res.status, ...meta }
}

function httpFailure(res: Response): FetchFailed {
  const label = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`
  if (res.status === 429 || res.status === 503) {
    const retryAfter = parseRetryAfter(res.headers.get('retry-after'), Date.now())
    return new FetchFailed(
      retryAfter === undefined ? label : `${label} (retry after ${retryAfter} s)`,
      res.status,
      retryAfter,
    )
  }
  return new FetchFailed(label, res.status)
}

/** Retry-After as delta-seconds or an HTTP-date, in seconds from now, capped; undefined if absent/garbage. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const v = value?.trim()
  if (!v) return undefined
  let seconds: number
  if (/^\d+$/.test(v)) seconds = Number(v)
  else {
    const at = Date.parse(v)
    if (Number.isNaN(at)) return undefined
    seconds = Math.max(0, Math.ceil((at - now) / 1000))
  }
  return Math.min(seconds, MAX_RETRY_AFTER_SECONDS)
}

/** Cache-Control max-age in seconds, or undefined. */
export function parseMaxAge(value: string | null): number | undefined {
  const m = value ? /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(value) : null
  return m ? Number(m[1]) : undefined
}

/** Releases a body we will not read (redirects, 304, errors) so the connection is freed. */
function discard(res: Response): void {
  res.body?.cancel().catch(() => undefined)
}

function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === null || value === undefined ? {} : ({ [key]: value } as { [P in K]: V })
}
