/**
 * Opaque keyset cursors: base64url(JSON {s: sort, k: key numbers, x?: packed id list}) + "." +
 * base64url(HMAC). The id list (relevance: the ranked articles already shown) is packed as
 * sorted varint deltas, ~6 bytes per id instead of ~17 characters of JSON.
 * The MAC covers the payload AND the canonical form of the query it belongs to (filter, sort,
 * cluster mode), so a tampered cursor and a cursor replayed against another filter both fail
 * verification (400 invalid_cursor) instead of silently paging through the wrong set.
 *
 * Key: derived from SECRETS_KEY, else ADMIN_TOKEN, else a built-in constant (cursors are then
 * unforgeable only against clients that do not know that constant: they carry no secrets, the
 * MAC only keeps paging honest). Rotating the secret invalidates open cursors: clients restart
 * from the first page.
 */

import { timingSafeEqual } from 'hono/utils/buffer'
import type { Env } from '../env'
import { BadQuery } from '../errors'
import { fromBase64url, toBase64url } from '../lib/base64'
import { MAX_CURSOR_CHARS } from '../limits'

const DEFAULT_CURSOR_SECRET = 'seismo-cursor-default-key'
/** Domain separation: the same secret also encrypts webhook secrets. */
const CONTEXT_PREFIX = 'seismo-search-cursor-v1\n'
/** 128-bit tags: unforgeable in practice, and the cursor stays short. */
const TAG_BYTES = 16

export function cursorKeyFor(env: Pick<Env, 'SECRETS_KEY' | 'ADMIN_TOKEN'>): string {
  return env.SECRETS_KEY || env.ADMIN_TOKEN || DEFAULT_CURSOR_SECRET
}

const keys = new Map<string, Promise<CryptoKey>>()
function hmacKey(secret: string): Promise<CryptoKey> {
  let k = keys.get(secret)
  if (!k) {
    k = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    keys.set(secret, k)
  }
  return k
}

async function tag(secret: string, context: string, payload: string): Promise<Uint8Array> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    new TextEncoder().encode(`${CONTEXT_PREFIX}${context}\n${payload}`),
  )
  return new Uint8Array(mac).slice(0, TAG_BYTES)
}

/**
 * Sorted ids as LEB128 varints of their gaps (ids are safe integers; plain arithmetic, as bit operators stop
 * at 32 bits).
 */
function packIds(ids: number[]): Uint8Array {
  const out: number[] = []
  let prev = 0
  for (const id of [...ids].sort((a, b) => a - b)) {
    let gap = id - prev
    prev = id
    while (gap >= 0x80) {
      out.push((gap % 0x80) + 0x80)
      gap = Math.floor(gap / 0x80)
    }
    out.push(gap)
  }
  return Uint8Array.from(out)
}

function unpackIds(bytes: Uint8Array): number[] | null {
  const ids: number[] = []
  let prev = 0
  let gap = 0
  let scale = 1
  for (const b of bytes) {
    gap += (b & 0x7f) * scale
    if (b & 0x80) {
      scale *= 0x80
      if (scale > 2 ** 56) return null
      continue
    }
    prev += gap
    if (!Number.isSafeInteger(prev)) return null
    ids.push(prev)
    gap = 0
    scale = 1
  }
  return scale === 1 ? ids : null
}

export interface CursorContent {
  key: number[]
  ids: number[]
}

export async function encodeCursor(
  secret: string,
  context: string,
  sort: string,
  key: number[],
  ids: number[] = [],
): Promise<string> {
  const body: { s: string; k: number[]; x?: string } = { s: sort, k: key }
  if (ids.length) body.x = toBase64url(packIds(ids))
  const payload = toBase64url(new TextEncoder().encode(JSON.stringify(body)))
  return `${payload}.${toBase64url(await tag(secret, context, payload))}`
}

const invalid = (why: string) =>
  new BadQuery('invalid_cursor', `cursor is not valid for this query (${why}); start again without cursor`)

/** The key (and id list, at most maxIds) inside a cursor made for exactly this query, or a 400 invalid_cursor. */
export async function decodeCursor(
  secret: string,
  context: string,
  sort: string,
  keyLength: number,
  cursor: string,
  maxIds = 0,
): Promise<CursorContent> {
  if (cursor.length > MAX_CURSOR_CHARS) throw invalid('too long')
  const [payload, sig, extra] = cursor.split('.')
  if (!payload || !sig || extra !== undefined) throw invalid('malformed')
  // Constant time: how much of a forged tag matched must not show in the answer time.
  if (!(await timingSafeEqual(sig, toBase64url(await tag(secret, context, payload)))))
    throw invalid('signature mismatch: tampered, expired key or another filter')
  const bytes = fromBase64url(payload)
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes ?? new Uint8Array()))
  } catch {
    throw invalid('malformed')
  }
  const p = parsed as { s?: unknown; k?: unknown; x?: unknown }
  if (
    p?.s !== sort ||
    !Array.isArray(p.k) ||
    p.k.length !== keyLength ||
    !p.k.every((v) => Number.isSafeInteger(v))
  ) {
    throw invalid('malformed')
  }
  let ids: number[] = []
  if (p.x !== undefined) {
    const packed = typeof p.x === 'string' ? fromBase64url(p.x) : null
    const unpacked = packed && unpackIds(packed)
    if (!unpacked || unpacked.length > maxIds) throw invalid('malformed')
    ids = unpacked
  }
  return { key: p.k as number[], ids }
}
