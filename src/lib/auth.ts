import type { MiddlewareHandler } from 'hono'
import { timingSafeEqual } from 'hono/utils/buffer'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

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

/** Admin routes: 503 when ADMIN_TOKEN is unset (never open by default), 401 on a missing/wrong token. */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = c.env.ADMIN_TOKEN
  if (!expected)
    throw new ApiError(503, 'admin_disabled', 'admin routes are disabled: ADMIN_TOKEN is not set')
  if (!(await tokenMatches(bearer(c.req.header('authorization')), expected))) {
    c.header('WWW-Authenticate', 'Bearer realm="seismo-admin"')
    throw new ApiError(401, 'unauthorized', 'missing or invalid admin bearer token')
  }
  await next()
}

/** Whether a request may read: always when READ_TOKEN is unset, else with the read or admin token. */
export async function readAllowed(env: AppEnv['Bindings'], got: string | null): Promise<boolean> {
  if (!env.READ_TOKEN) return true
  return (await tokenMatches(got, env.READ_TOKEN)) || (await tokenMatches(got, env.ADMIN_TOKEN))
}

/** Read routes are public unless READ_TOKEN is set; feed readers may pass ?token= instead of a header. */
export const requireRead: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!(await readAllowed(c.env, bearer(c.req.header('authorization')) ?? c.req.query('token') ?? null))) {
    c.header('WWW-Authenticate', 'Bearer realm="seismo"')
    throw new ApiError(
      401,
      'unauthorized',
      'this Seismo needs a read token (Authorization: Bearer or ?token=)',
    )
  }
  await next()
}
