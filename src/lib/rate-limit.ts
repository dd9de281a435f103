import type { Context } from 'hono'
import type { AppEnv, Env } from '../env'
import { ApiError } from '../errors'
import { RATE_LIMITS, type RateLimitClass } from '../limits'

export type { RateLimitClass }

/**
 * Per-client rate limits of the public read routes (declared per route: src/lib/access.ts), with
 * the Workers Rate Limiting binding of each class (wrangler.toml [[ratelimits]]: its `simple`
 * limit and period are the configuration; RATE_LIMITS mirrors them and a test keeps the two
 * equal). Where a binding is absent (a Worker deployed without it), an in-memory window per
 * isolate stands in: weaker (per isolate, not per location), never off.
 *
 * The client is CF-Connecting-IP (set by Cloudflare, not by the client), IPv6 by its /64 (one
 * subscriber's prefix, so rotating addresses inside it does not reset the count). A request
 * without it did not come through Cloudflare's edge (a service binding, a test calling the
 * Worker directly) and is not limited. Admin requests are exempt (access.ts).
 */
export async function rateLimit(c: Context<AppEnv>, kind: RateLimitClass): Promise<void> {
  const client = clientKey(c.req.header('cf-connecting-ip'))
  if (!client) return
  const verdict = await limiterOf(c.env, kind)(client)
  if (verdict.ok) return
  c.header('Retry-After', String(verdict.retryAfterSeconds))
  throw new ApiError(
    429,
    'rate_limited',
    `more than ${RATE_LIMITS[kind].limit} ${kind} requests in ${RATE_LIMITS[kind].periodSeconds} s from this client; ` +
      `retry after ${verdict.retryAfterSeconds} s`,
    { retry_after: verdict.retryAfterSeconds },
  )
}

type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number }
type Limiter = (client: string) => Promise<Verdict>

function limiterOf(env: Env, kind: RateLimitClass): Limiter {
  const { binding, limit, periodSeconds } = RATE_LIMITS[kind]
  const bound = env[binding] as RateLimit | undefined
  if (bound) {
    // The binding answers yes or no; its window is the period, so that is the longest wait.
    return async (client) =>
      (await bound.limit({ key: `${kind}:${client}` })).success
        ? { ok: true }
        : { ok: false, retryAfterSeconds: periodSeconds }
  }
  return (client) =>
    Promise.resolve(memoryWindow(`${kind}:${client}`, limit, periodSeconds * 1000, Date.now()))
}

/** Clients remembered by the in-memory fallback; the oldest windows are dropped first. */
const MEMORY_CLIENTS = 10_000
const windows = new Map<string, { start: number; count: number }>()

/** A fixed window per client (exported for tests): `limit` requests per `periodMs`. */
export function memoryWindow(key: string, limit: number, periodMs: number, now: number): Verdict {
  let w = windows.get(key)
  if (!w || now - w.start >= periodMs) {
    windows.delete(key)
    w = { start: now - (now % periodMs), count: 0 }
    windows.set(key, w)
    if (windows.size > MEMORY_CLIENTS) windows.delete(windows.keys().next().value as string)
  }
  w.count++
  if (w.count <= limit) return { ok: true }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + periodMs - now) / 1000)) }
}

/** The client a request counts against: its IPv4 address, or its IPv6 /64; null when unknown. */
export function clientKey(ip: string | undefined): string | null {
  const v = ip?.trim()
  if (!v) return null
  if (!v.includes(':')) return v
  const [head, tail = ''] = v.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = v.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
