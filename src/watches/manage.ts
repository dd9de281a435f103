import { type DeliveryRow, getDelivery, resetForRedelivery } from '../db/deliveries'
import {
  countWatches,
  getWatch,
  insertWatch,
  updateWatch,
  type WatchChanges,
  type WatchRow,
} from '../db/watches'
import type { Env } from '../env'
import { ApiError, notFound } from '../errors'
import { allowsPrivateUrls, assertUrlAllowed } from '../lib/url-policy'
import { MAX_WATCHES, SECRET_ROTATION_OVERLAP_MS } from '../limits'
import { getTaxonomySlugs } from '../tagging'
import type { WebhookFormat } from './formats'
import { indexKeysFor, SCAN_KEY } from './matcher-index'
import { enqueueDeliveries } from './outbox'
import { encryptSecret, generateWebhookSecret } from './secrets'
import { parseWatchFilter } from './stored-filter'

/** Watch management behind the admin routes: validation first, then one D1 write. */

export interface WebhookInput {
  url: string
  format: WebhookFormat
}

/** A watch row, plus the new secret when this call created one (shown once). */
export interface WatchWithSecret {
  row: WatchRow
  secret?: string
}

async function parseFilterText(env: Env, text: string) {
  const parsed = parseWatchFilter(text, await getTaxonomySlugs(env.DB))
  const keys = indexKeysFor(parsed.filter)
  return {
    text: parsed.text,
    json: JSON.stringify(parsed.stored),
    indexKeys: keys.length ? keys : [SCAN_KEY],
  }
}

const checkedUrl = (env: Env, url: string) =>
  assertUrlAllowed(url, allowsPrivateUrls(env.ALLOW_PRIVATE_URLS)).toString()

/** A fresh secret and its ciphertext; SecretsDisabled (503) without SECRETS_KEY. */
async function newSecret(env: Env): Promise<{ secret: string; enc: string }> {
  const secret = generateWebhookSecret()
  return { secret, enc: await encryptSecret(env.SECRETS_KEY, secret) }
}

export async function createWatch(
  env: Env,
  input: { name: string; filter: string; webhook?: WebhookInput | null },
  now: number,
): Promise<WatchWithSecret> {
  if ((await countWatches(env.DB)) >= MAX_WATCHES)
    throw new ApiError(409, 'too_many_watches', `at most ${MAX_WATCHES} watches are allowed`)
  const filter = await parseFilterText(env, input.filter)
  const url = input.webhook ? checkedUrl(env, input.webhook.url) : null
  const secret = input.webhook ? await newSecret(env) : null
  const row = await insertWatch(env.DB, {
    name: input.name.trim(),
    filter: filter.text,
    filterJson: filter.json,
    webhookUrl: url,
    webhookFormat: input.webhook?.format ?? null,
    secretEnc: secret?.enc ?? null,
    indexKeys: filter.indexKeys,
    now,
  })
  return { row, secret: secret?.secret }
}

export async function patchWatch(
  env: Env,
  id: number,
  input: { name?: string; filter?: string; enabled?: boolean; webhook?: WebhookInput | null },
  now: number,
): Promise<WatchWithSecret> {
  const current = await getWatch(env.DB, id)
  if (!current) throw notFound('watch')
  const changes: WatchChanges = { name: input.name?.trim(), enabled: input.enabled }
  if (input.filter !== undefined) {
    const filter = await parseFilterText(env, input.filter)
    Object.assign(changes, { filter: filter.text, filterJson: filter.json, indexKeys: filter.indexKeys })
  }
  let secret: string | undefined
  if (input.webhook === null) {
    changes.webhook = { url: null, format: null, secretEnc: null }
    Object.assign(changes, { previousSecretEnc: null, previousSecretExpiresAt: null, reenableWebhook: true })
  } else if (input.webhook) {
    const url = checkedUrl(env, input.webhook.url)
    // The receiver keeps its secret when only the URL or format changes; a first webhook gets one.
    let secretEnc = current.secret_enc
    if (!secretEnc) {
      const fresh = await newSecret(env)
      secret = fresh.secret
      secretEnc = fresh.enc
    }
    changes.webhook = { url, format: input.webhook.format, secretEnc }
    changes.reenableWebhook = true
  }
  const row = await updateWatch(env.DB, id, changes, now)
  if (!row) throw notFound('watch')
  return { row, secret }
}

/** A new secret; the previous one keeps signing (second signature) for SECRET_ROTATION_OVERLAP_MS. */
export async function rotateSecret(env: Env, id: number, now: number): Promise<WatchWithSecret> {
  const current = await getWatch(env.DB, id)
  if (!current) throw notFound('watch')
  if (!current.webhook_url || !current.secret_enc)
    throw new ApiError(409, 'no_webhook', 'this watch has no webhook, so no secret to rotate')
  const fresh = await newSecret(env)
  const row = await updateWatch(
    env.DB,
    id,
    {
      webhook: { url: current.webhook_url, format: current.webhook_format, secretEnc: fresh.enc },
      previousSecretEnc: current.secret_enc,
      previousSecretExpiresAt: now + SECRET_ROTATION_OVERLAP_MS,
    },
    now,
  )
  if (!row) throw notFound('watch')
  return { row, secret: fresh.secret }
}

/** A failed delivery sent again: pending, due now, same webhook-id, a fresh retry schedule. */
export async function redeliver(
  env: Env,
  watchId: number,
  deliveryId: number,
  now: number,
): Promise<DeliveryRow> {
  const watch = await getWatch(env.DB, watchId)
  if (!watch) throw notFound('watch')
  const existing = await getDelivery(env.DB, deliveryId)
  if (!existing || existing.watch_id !== watchId) throw notFound('delivery')
  if (existing.status !== 'failed')
    throw new ApiError(
      409,
      'not_failed',
      `only failed deliveries are sent again; this one is ${existing.status}`,
    )
  if (!watch.webhook_url) throw new ApiError(409, 'no_webhook', 'this watch has no webhook')
  if (watch.webhook_disabled_reason) {
    throw new ApiError(
      409,
      'webhook_disabled',
      `the webhook is disabled (${watch.webhook_disabled_reason}); PATCH the watch's webhook to re-enable it`,
    )
  }
  if (watch.enabled !== 1)
    throw new ApiError(409, 'watch_disabled', 'the watch is disabled; PATCH {"enabled": true} first')
  const row = await resetForRedelivery(env.DB, deliveryId, watchId, now)
  if (!row) throw new ApiError(409, 'not_failed', 'the delivery changed state meanwhile')
  try {
    await enqueueDeliveries(env, [row.id], now)
  } catch (err) {
    console.error('redelivery enqueue failed; the cron sweep will send it', err)
  }
  return row
}
