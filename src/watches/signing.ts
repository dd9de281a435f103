import { Webhook } from 'standardwebhooks'

/**
 * Standard Webhooks signatures. The official `standardwebhooks` package signs with pure-JS
 * HMAC-SHA256 (fast-sha256) and base64 (@stablelib), so it bundles and runs in workerd unchanged;
 * receivers verify with the same library.
 */

export interface SignedHeaders {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

/**
 * Headers for one attempt: `v1,<sig>` per secret, space-separated (the spec's form for a secret
 * rotation: receivers accept the message when any signature verifies with their secret).
 */
export function signWebhook(
  messageId: string,
  timestampSeconds: number,
  body: string,
  secrets: string[],
): SignedHeaders {
  if (secrets.length === 0) throw new Error('signWebhook needs at least one secret')
  const at = new Date(timestampSeconds * 1000)
  const signatures = secrets.map((s) => new Webhook(s).sign(messageId, at, body))
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatures.join(' '),
  }
}
