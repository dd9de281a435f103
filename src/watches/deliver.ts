import {
  claimDelivery,
  type DeliveryRow,
  type DeliveryTransition,
  endPendingStatement,
  getDelivery,
  insertAttemptStatement,
  insertTestDelivery,
  releaseLease,
  transitionStatement,
} from '../db/deliveries'
import { disableWebhookStatements, getWatch, previousSecretsOf, type WatchRow } from '../db/watches'
import type { Env } from '../env'
import { ApiError, UrlNotAllowed } from '../errors'
import { iso } from '../lib/time'
import { allowsPrivateUrls, assertUrlAllowed } from '../lib/url-policy'
import { DELIVERY_EARLY_TOLERANCE_MS, DELIVERY_LEASE_MS, MAX_WEBHOOK_SIGNATURES } from '../limits'
import { eventFor, NothingToSend } from './events'
import { renderPayload, type WebhookEvent, type WebhookFormat } from './formats'
import { DEFAULT_RETRY_POLICY, nextRetryDelayMs, type RetryPolicy } from './retry-policy'
import { decryptSecret } from './secrets'
import { type AttemptResult, postWebhook, type WebhookRequest } from './send'
import { signWebhook } from './signing'

/** Knobs of the delivery path; tests pass a short schedule and a controllable clock. */
export interface DeliveryOptions {
  policy: RetryPolicy
  now: () => number
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  policy: DEFAULT_RETRY_POLICY,
  now: () => Date.now(),
}

/** What the queue consumer does with the message afterwards. */
export type Verdict = { action: 'ack' } | { action: 'retry'; delaySeconds: number }

const ACK: Verdict = { action: 'ack' }
const retryIn = (ms: number, policy: RetryPolicy): Verdict => ({
  action: 'retry',
  delaySeconds: Math.max(0, Math.ceil(Math.min(ms, policy.maxDelayMs) / 1000)),
})

/**
 * A reason the webhook cannot be sent now (no attempt is made or counted): the delivery ends
 * `failed`, or `held` when the webhook is disabled (it waits for release or discard).
 */
class NotDeliverable extends Error {
  constructor(
    message: string,
    readonly status: 'failed' | 'held' = 'failed',
  ) {
    super(message)
  }
}

/**
 * One queue message = one attempt of one delivery. The delivery is claimed first (lease), so
 * duplicate or concurrent messages never POST twice; its state and attempt count live in D1.
 */
export async function processDelivery(
  env: Env,
  deliveryId: number,
  opts: DeliveryOptions = DEFAULT_DELIVERY_OPTIONS,
): Promise<Verdict> {
  const now = opts.now()
  const claimed = await claimDelivery(
    env.DB,
    deliveryId,
    now,
    now + DELIVERY_LEASE_MS,
    DELIVERY_EARLY_TOLERANCE_MS,
  )
  if (!claimed) return verdictWhenNotClaimed(env.DB, deliveryId, now, opts.policy)
  try {
    return await attemptClaimed(env, claimed, opts)
  } catch (err) {
    await releaseLease(env.DB, deliveryId).catch(() => {})
    throw err
  }
}

async function verdictWhenNotClaimed(
  db: D1Database,
  id: number,
  now: number,
  policy: RetryPolicy,
): Promise<Verdict> {
  const d = await getDelivery(db, id)
  // Gone (its watch was deleted), finished (a duplicate message), or another consumer holds it.
  if (d?.status !== 'pending' || d.lease_until >= now || d.next_attempt_at === null) return ACK
  // Arrived before its time (an early or duplicate message): come back when it is due.
  return retryIn(d.next_attempt_at - now, policy)
}

async function attemptClaimed(env: Env, d: DeliveryRow, opts: DeliveryOptions): Promise<Verdict> {
  const db = env.DB
  const watch = await getWatch(db, d.watch_id)
  if (!watch) return ACK
  let request: WebhookRequest
  try {
    assertDeliverable(watch)
    const event = await eventFor(db, watch, d)
    request = await buildRequest(env, watch, d, event, opts)
  } catch (err) {
    const status = err instanceof NotDeliverable ? err.status : err instanceof NothingToSend ? 'failed' : null
    if (!status) throw err
    await endPendingStatement(db, d.id, status, (err as Error).message, opts.now()).run()
    return ACK
  }
  const result = await postWebhook(request)
  const at = opts.now()
  const outcome = decide(d, result, opts.policy, at)
  const statements = [
    insertAttemptStatement(db, d.id, {
      attempt: d.attempts + 1,
      at,
      statusCode: result.statusCode,
      error: result.error,
      durationMs: result.durationMs,
      response: result.response,
    }),
    transitionStatement(db, d.id, outcome.transition),
  ]
  if (outcome.disableWebhook)
    statements.push(...disableWebhookStatements(db, watch.id, outcome.disableWebhook, at))
  await db.batch(statements)
  return outcome.verdict
}

interface Outcome {
  transition: DeliveryTransition
  verdict: Verdict
  /** Set on 410 Gone: the reason stored on the watch. */
  disableWebhook?: string
}

/** The next state after an attempt: delivered, retry later, or failed for good. */
export function decide(d: DeliveryRow, result: AttemptResult, policy: RetryPolicy, at: number): Outcome {
  const attempts = d.attempts + 1
  const statusCode = result.statusCode
  if (result.ok) return { transition: { status: 'delivered', attempts, statusCode, at }, verdict: ACK }
  if (statusCode === 410) {
    const reason = `the receiver answered 410 Gone on ${iso(at)}; webhook disabled until it is updated`
    // Held, like every delivery due while the webhook is disabled: release sends it again, discard drops it.
    const error = 'HTTP 410 Gone: webhook disabled; held until released or discarded'
    return {
      transition: { status: 'held', attempts, statusCode, error, at },
      verdict: ACK,
      disableWebhook: reason,
    }
  }
  const error = result.error ?? `HTTP ${statusCode}`
  const delay = nextRetryDelayMs(policy, attempts - d.schedule_base, result.retryAfterMs)
  if (delay === null) {
    return {
      transition: {
        status: 'failed',
        attempts,
        statusCode,
        error: `${error} (gave up after ${attempts - d.schedule_base} attempts)`,
        at,
      },
      verdict: ACK,
    }
  }
  return {
    transition: { status: 'pending', attempts, statusCode, error, at, nextAttemptAt: at + delay },
    verdict: retryIn(delay, policy),
  }
}

/** Throws NotDeliverable when this watch's webhook cannot fire now. */
function assertDeliverable(watch: WatchRow): void {
  if (!watch.webhook_url || !watch.webhook_format)
    throw new NotDeliverable('the watch has no webhook any more')
  if (watch.enabled !== 1) throw new NotDeliverable('the watch is disabled')
  if (watch.webhook_disabled_reason)
    throw new NotDeliverable(`the webhook is disabled: ${watch.webhook_disabled_reason}`, 'held')
}

/**
 * The signing secrets of this moment: the current one, then every replaced one still inside its
 * overlap, newest first, at most MAX_WEBHOOK_SIGNATURES (rotation refuses to exceed it).
 */
async function signingSecrets(env: Env, watch: WatchRow, now: number): Promise<string[]> {
  if (!watch.secret_enc) throw new NotDeliverable('the webhook has no secret')
  const encrypted = [
    watch.secret_enc,
    ...previousSecretsOf(watch)
      .filter((p) => p.expires_at > now)
      .sort((a, b) => b.expires_at - a.expires_at)
      .map((p) => p.enc),
  ].slice(0, MAX_WEBHOOK_SIGNATURES)
  return Promise.all(encrypted.map((enc) => decryptSecret(env.SECRETS_KEY, enc)))
}

/** URL check, body, signature: everything of an attempt except the POST (the caller checked the webhook is live). */
async function buildRequest(
  env: Env,
  watch: WatchRow,
  d: DeliveryRow,
  event: WebhookEvent,
  opts: DeliveryOptions,
): Promise<WebhookRequest> {
  try {
    assertUrlAllowed(watch.webhook_url!, allowsPrivateUrls(env.ALLOW_PRIVATE_URLS))
  } catch (err) {
    if (err instanceof UrlNotAllowed) throw new NotDeliverable(`webhook URL refused: ${err.message}`)
    throw err
  }
  let secrets: string[]
  try {
    secrets = await signingSecrets(env, watch, opts.now())
  } catch (err) {
    throw new NotDeliverable(err instanceof Error ? err.message : 'the webhook secret cannot be read')
  }
  const body = renderPayload(watch.webhook_format as WebhookFormat, event)
  const headers = signWebhook(d.message_id, Math.floor(opts.now() / 1000), body, secrets)
  return { url: watch.webhook_url!, body, headers: { ...headers }, timeoutMs: opts.policy.timeoutMs }
}

/** What POST /api/watches/:id/test answers. */
export interface TestDeliveryResult {
  delivery_id: string
  webhook_id: string
  ok: boolean
  status_code: number | null
  duration_ms: number
  body: string | null
  error: string | null
}

/**
 * Sends one watch.test delivery now, inline (with the attempt timeout), records it like any
 * delivery and answers what the receiver said. No retries: the caller is watching.
 */
export async function sendTestDelivery(
  env: Env,
  watch: WatchRow,
  opts: DeliveryOptions = DEFAULT_DELIVERY_OPTIONS,
): Promise<TestDeliveryResult> {
  if (!watch.webhook_url) throw new ApiError(409, 'no_webhook', 'this watch has no webhook to test')
  assertUrlAllowed(watch.webhook_url, allowsPrivateUrls(env.ALLOW_PRIVATE_URLS))
  await signingSecrets(env, watch, opts.now()) // SecretsDisabled (503) before anything is written
  const now = opts.now()
  const d = await insertTestDelivery(env.DB, watch.id, now, now + DELIVERY_LEASE_MS)
  const event: WebhookEvent = {
    type: 'watch.test',
    timestamp: iso(now)!,
    watch: { id: String(watch.id), name: watch.name },
  }
  // A test may be sent to a webhook disabled by a 410 (that is how one checks it is back).
  const request = await buildRequest(env, watch, d, event, opts)
  const result = await postWebhook(request)
  const at = opts.now()
  const transition: DeliveryTransition = result.ok
    ? { status: 'delivered', attempts: 1, statusCode: result.statusCode, at }
    : {
        status: 'failed',
        attempts: 1,
        statusCode: result.statusCode,
        error: result.error ?? `HTTP ${result.statusCode}`,
        at,
      }
  await env.DB.batch([
    insertAttemptStatement(env.DB, d.id, {
      attempt: 1,
      at,
      statusCode: result.statusCode,
      error: result.error,
      durationMs: result.durationMs,
      response: result.response,
    }),
    transitionStatement(env.DB, d.id, transition),
  ])
  return {
    delivery_id: String(d.id),
    webhook_id: d.message_id,
    ok: result.ok,
    status_code: result.statusCode,
    duration_ms: result.durationMs,
    body: result.response,
    error: result.error,
  }
}
