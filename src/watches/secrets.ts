import { ApiError } from '../errors'
import { fromBase64, toBase64 } from '../lib/base64'
import { WEBHOOK_SECRET_BYTES } from '../limits'

/**
 * Webhook secrets at rest: AES-256-GCM under SECRETS_KEY (a Worker secret), so a database dump
 * alone reveals no signing key. Stored form: "v1.<base64 iv>.<base64 ciphertext+tag>".
 */

export const SECRET_PREFIX = 'whsec_'
const STORED_VERSION = 'v1'
const IV_BYTES = 12
const KEY_BYTES = 32
/** Binds ciphertexts to their purpose: a value copied from another encrypted column will not decrypt. */
const AAD = new TextEncoder().encode('seismo:webhook-secret:v1')

/** SECRETS_KEY is missing or not 32 base64 bytes: webhooks cannot be created (503, documented in README). */
export class SecretsDisabled extends ApiError<'secrets_disabled'> {
  constructor(reason = 'SECRETS_KEY is not set') {
    super(
      503,
      'secrets_disabled',
      `webhooks are disabled: ${reason} (a base64-encoded 32-byte key encrypts webhook secrets)`,
    )
  }
}

/** A new Standard Webhooks secret: whsec_ + base64 of WEBHOOK_SECRET_BYTES random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(WEBHOOK_SECRET_BYTES)))
}

const keyCache = new Map<string, Promise<CryptoKey>>()

/** The AES key from SECRETS_KEY; throws SecretsDisabled when it is unset or malformed. */
export function secretsKey(secretsKeyB64: string | undefined): Promise<CryptoKey> {
  if (!secretsKeyB64) throw new SecretsDisabled()
  let cached = keyCache.get(secretsKeyB64)
  if (!cached) {
    let raw: Uint8Array
    try {
      raw = fromBase64(secretsKeyB64.trim())
    } catch {
      throw new SecretsDisabled('SECRETS_KEY is not valid base64')
    }
    if (raw.length !== KEY_BYTES)
      throw new SecretsDisabled(`SECRETS_KEY decodes to ${raw.length} bytes, not ${KEY_BYTES}`)
    cached = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt'])
    keyCache.set(secretsKeyB64, cached)
  }
  return cached
}

export async function encryptSecret(secretsKeyB64: string | undefined, secret: string): Promise<string> {
  const key = await secretsKey(secretsKeyB64)
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: AAD },
    key,
    new TextEncoder().encode(secret),
  )
  return `${STORED_VERSION}.${toBase64(iv)}.${toBase64(new Uint8Array(ct))}`
}

/** Throws SecretsDisabled without a key, and an Error when the value was encrypted under another key. */
export async function decryptSecret(secretsKeyB64: string | undefined, stored: string): Promise<string> {
  const key = await secretsKey(secretsKeyB64)
  const [version, ivB64, ctB64] = stored.split('.')
  if (version !== STORED_VERSION || !ivB64 || !ctB64)
    throw new Error('stored webhook secret has an unknown format')
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(ivB64), additionalData: AAD },
    key,
    fromBase64(ctB64),
  )
  return new TextDecoder().decode(plain)
}
