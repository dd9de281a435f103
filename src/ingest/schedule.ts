import { MAX_BACKOFF_MINUTES, MAX_HINT_MINUTES } from '../limits'

const MINUTE = 60_000

/**
 * When to fetch again after a success or a 304: the feed's own interval, stretched to what the
 * publisher advertised (<ttl>, Cache-Control max-age) — polling faster than asked is impolite.
 */
export function nextAfterSuccess(
  now: number,
  intervalMinutes: number,
  hintMinutes: number | null | undefined,
): number {
  const hint = Math.min(hintMinutes ?? 0, MAX_HINT_MINUTES)
  return now + Math.max(intervalMinutes, hint) * MINUTE
}

/**
 * When to retry after the n-th consecutive failure: interval × 2^(n-1), capped at 24 h, and never
 * sooner than a Retry-After the server sent. A failing feed keeps being retried: it is never dropped.
 */
export function nextAfterFailure(
  now: number,
  intervalMinutes: number,
  consecutiveFailures: number,
  retryAfterSeconds?: number,
): number {
  const exponent = Math.min(Math.max(consecutiveFailures - 1, 0), 16)
  const backoff = Math.min(intervalMinutes * 2 ** exponent, MAX_BACKOFF_MINUTES)
  const asked = Math.min((retryAfterSeconds ?? 0) / 60, MAX_HINT_MINUTES)
  return now + Math.max(backoff, asked) * MINUTE
}

/** Refresh hint in minutes from RSS <ttl> and HTTP max-age (the larger wins), or null. */
export function refreshHintMinutes(ttlMinutes?: number, maxAgeSeconds?: number): number | null {
  const candidates = [
    ttlMinutes,
    maxAgeSeconds !== undefined ? Math.ceil(maxAgeSeconds / 60) : undefined,
  ].filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0)
  return candidates.length ? Math.min(Math.max(...candidates), MAX_HINT_MINUTES) : null
}
