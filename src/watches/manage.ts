import {
  countWatches,
  type DeliveryMode,
  type DigestEvery,
  getWatch,
  insertWatch,
  type NotifyMode,
  previousSecretsOf,
  updateWatch,
  type WatchChanges,
  type WatchRow,
} from '../db/watches'
import type { Env } from '../env'
import { ApiError, notFound } from '../errors'
import { iso } from '../lib/time'
import { allowsPrivateUrls, assertUrlAllowed } from '../lib/url-policy'
import { MAX_WATCHES, MAX_WEBHOOK_SIGNATURES, SECRET_ROTATION_OVERLAP_MS } from '../limits'
import { getTaxonomySlugs } from '../tagging'
import type { WebhookFormat } from './formats'
import { indexKeysFor, SCAN_KEY } from './matcher-index'
import { encryptSecret, generateWebhookSecret } from './secrets'
import { parseWatchFilter } from './stored-filter'

/** Watch management behind the admin routes: validation first, then one D1 write. */

export interface WebhookInput {
  url: string
  format: WebhookFormat
}

/** How a watch delivers: each match at once, or one digest per period (`every`, digests only: the route checks it). */
export interface DeliveryInput {
  mode: DeliveryMode
  every?: DigestEvery
}

export interface WatchInput {
  name: string
  filter: string
  webhook?: WebhookInput | null
  notify?: NotifyMode
  delivery?: DeliveryInput
}

/** What new watches get: one alert per story, sent at once. */
export const DEFAULT_NOTIFY: NotifyMode = 'story'
const INSTANT: DeliveryInput = { mode: 'instant' }

const deliveryColumns = (d: DeliveryInput): { mode: DeliveryMode; every: DigestEvery | null } => ({
  mode: d.mode,
  every: d.mode === 'digest' ? (d.every ?? null) : null,
})

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

export async function createWatch(env: Env, input: WatchInput, now: number): Promise<WatchWithSecret> {
  if ((await countWatches(env.DB)) >= MAX_WATCHES)
    throw new ApiError(409, 'too_many_watches', `at most ${MAX_WATCHES} watches are allowed`)
  const filter = await parseFilterText(env, input.filter)
  const url = input.webhook ? checkedUrl(env, input.webhook.url) : null
  const secret = input.webhook ? await newSecret(env) : null
  const delivery = deliveryColumns(input.delivery ?? INSTANT)
  const row = await insertWatch(env.DB, {
    name: input.name.trim(),
    filter: filter.text,
    filterJson: filter.json,
    webhookUrl: url,
    webhookFormat: input.webhook?.format ?? null,
    secretEnc: secret?.enc ?? null,
    indexKeys: filter.indexKeys,
    notify: input.notify ?? DEFAULT_NOTIFY,
    deliveryMode: delivery.mode,
    digestEvery: delivery.every,
    now,
  })
  return { row, secret: secret?.secret }
}

export async function patchWatch(
  env: Env,
  id: number,
  input: Partial<WatchInput> & { enabled?: boolean },
  now: number,
): Promise<WatchWithSecret> {
  const current = await getWatch(env.DB, id)
  if (!current) throw notFound('watch')
  const changes: WatchChanges = {
    name: input.name?.trim(),
    enabled: input.enabled,
    notify: input.notify,
    delivery: input.delivery && deliveryColumns(input.delivery),
  }
  if (input.filter !== undefined) {
    const filter = await parseFilterText(env, input.filter)
    Object.assign(changes, { filter: filter.text, filterJson: filter.json, indexKeys: filter.indexKeys })
  }
  let secret: string | undefined
  if (input.webhook === null) {
    changes.webhook = { url: null, format: null, secretEnc: null }
    Object.assign(changes, { previousSecrets: [], reenableWebhook: true })
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

/**
 * A new secret. Every secret replaced less than SECRET_ROTATION_OVERLAP_MS ago keeps signing
 * (one more signature each), so a receiver still holding any of them keeps verifying; a rotation
 * that would need more than MAX_WEBHOOK_SIGNATURES is refused until the oldest expires. The write
 * only lands if the secret is still the one read (two concurrent rotations: the second gets 409).
 */
export async function rotateSecret(env: Env, id: number, now: number): Promise<WatchWithSecret> {
  const current = await getWatch(env.DB, id)
  if (!current) throw notFound('watch')
  if (!current.webhook_url || !current.secret_enc)
    throw new ApiError(409, 'no_webhook', 'this watch has no webhook, so no secret to rotate')
  const live = previousSecretsOf(current)
    .filter((p) => p.expires_at > now)
    .sort((a, b) => b.expires_at - a.expires_at)
  if (live.length + 2 > MAX_WEBHOOK_SIGNATURES) {
    const oldest = live[live.length - 1]
    throw new ApiError(
      409,
      'too_many_secrets',
      `at most ${MAX_WEBHOOK_SIGNATURES} secrets sign at once and ${live.length + 1} still do; ` +
        `rotate again after ${iso(oldest.expires_at)}, when the oldest replaced secret expires`,
      { retry_after: iso(oldest.expires_at) },
    )
  }
  const fresh = await newSecret(env)
  const row = await updateWatch(
    env.DB,
    id,
    {
      webhook: { url: current.webhook_url, format: current.webhook_format, secretEnc: fresh.enc },
      previousSecrets: [{ enc: current.secret_enc, expires_at: now + SECRET_ROTATION_OVERLAP_MS }, ...live],
    },
    now,
    current.secret_enc,
  )
  if (!row) {
    if (!(await getWatch(env.DB, id))) throw notFound('watch')
    throw new ApiError(
      409,
      'concurrent_rotation',
      'the secret was rotated by another request meanwhile; retry',
    )
  }
  return { row, secret: fresh.secret }
}
