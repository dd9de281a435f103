import {
  MAX_QUEUE_DELAY_MS,
  WEBHOOK_RETRY_DELAYS_MS,
  WEBHOOK_RETRY_JITTER,
  WEBHOOK_TIMEOUT_MS,
} from '../limits'

/**
 * When to try a failed webhook again. Pure: the consumer passes the attempt number and the
 * receiver's answer and gets a delay (or "give up"). Tests pass a short policy and a fixed random.
 */
export interface RetryPolicy {
  /** Delay before retry n (index 0 = after the first failed attempt); its length + 1 = attempts in all. */
  delaysMs: readonly number[]
  /** Up to this fraction of the delay is added at random (never subtracted: Retry-After stays honoured). */
  jitter: number
  /** Per-attempt timeout. */
  timeoutMs: number
  /** Upper bound of any delay, Retry-After included (Queues' 24 h). */
  maxDelayMs: number
  random: () => number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delaysMs: WEBHOOK_RETRY_DELAYS_MS,
  jitter: WEBHOOK_RETRY_JITTER,
  timeoutMs: WEBHOOK_TIMEOUT_MS,
  maxDelayMs: MAX_QUEUE_DELAY_MS,
  random: Math.random,
}

export const maxAttempts = (policy: RetryPolicy) => policy.delaysMs.length + 1

/**
 * Delay before the next attempt after `attemptsInRound` failed attempts (1-based count), or null
 * when the schedule is exhausted. A Retry-After (429/503) wins when it asks for longer.
 */
export function nextRetryDelayMs(
  policy: RetryPolicy,
  attemptsInRound: number,
  retryAfterMs: number | null,
): number | null {
  if (attemptsInRound >= maxAttempts(policy)) return null
  const base = policy.delaysMs[attemptsInRound - 1] ?? 0
  const jittered = Math.round(base * (1 + policy.jitter * policy.random()))
  return Math.min(Math.max(jittered, retryAfterMs ?? 0), policy.maxDelayMs)
}

/** Statuses whose Retry-After header is honoured (RFC 9110: 503; RFC 6585: 429). */
const RETRY_AFTER_STATUSES = new Set([429, 503])

/** Retry-After as delay-seconds or an HTTP-date → ms from now; null when absent, unparsable or not applicable. */
export function retryAfterMs(status: number, header: string | null, now: number): number | null {
  if (!RETRY_AFTER_STATUSES.has(status) || !header) return null
  const v = header.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  if (Number.isNaN(at)) return null
  return Math.max(0, at - now)
}
