/**
 * Base64 for the whole Worker, on hono's encoders (hono/utils/encode): standard base64 for
 * stored secrets and keys, unpadded base64url (RFC 4648 §5) for what travels in URLs and headers
 * (cursors, ETags).
 */
import { decodeBase64, decodeBase64Url, encodeBase64, encodeBase64Url } from 'hono/utils/encode'

/** hono's encoders read a whole ArrayBuffer: a view's own bytes are what is meant. */
const ownBuffer = (bytes: Uint8Array | ArrayBuffer): ArrayBuffer =>
  bytes instanceof ArrayBuffer ? bytes : (bytes.slice().buffer as ArrayBuffer)

export const toBase64 = (bytes: Uint8Array | ArrayBuffer): string => encodeBase64(ownBuffer(bytes))

/** Throws on text that is not base64. */
export const fromBase64 = (text: string): Uint8Array => decodeBase64(text)

export const toBase64url = (bytes: Uint8Array | ArrayBuffer): string =>
  encodeBase64Url(ownBuffer(bytes)).replace(/=+$/, '')

/** The bytes of unpadded base64url text, or null when it is not that. */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  try {
    return decodeBase64Url(text + '='.repeat((4 - (text.length % 4)) % 4))
  } catch {
    return null
  }
}
