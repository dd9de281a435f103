import { timingSafeEqual } from 'hono/utils/buffer'

/**
 * Whether a token matches, in constant time (hono/utils/buffer): how fast a wrong token is refused
 * must not tell how much of it was right. No expected token (unset secret) never matches.
 */
export async function tokenMatches(got: string | null, expected: string | undefined): Promise<boolean> {
  return !!expected && got !== null && (await timingSafeEqual(got, expected))
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearer(header: string | undefined): string | null {
  const m = header?.match(/^Bearer\s+(.+)$/i)
  return m ? m[1].trim() : null
}

/** Whether a token opens reads: always when READ_TOKEN is unset, else the read or the admin token. */
export async function readAllowed(env: { READ_TOKEN?: string; ADMIN_TOKEN?: string }, got: string | null) {
  if (!env.READ_TOKEN) return true
  return (await tokenMatches(got, env.READ_TOKEN)) || (await tokenMatches(got, env.ADMIN_TOKEN))
}
