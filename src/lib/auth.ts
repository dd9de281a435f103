import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

/** Constant-time string comparison (tokens must not leak through timing). */
export function safeEqual(a: string, b: string): boolean {
  const enc = new TextEncoder()
  const x = enc.encode(a)
  const y = enc.encode(b)
  let diff = x.length ^ y.length
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0)
  return diff === 0
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
  const got = bearer(c.req.header('authorization'))
  if (!got || !safeEqual(got, expected)) {
    c.header('WWW-Authenticate', 'Bearer realm="seismo-admin"')
    throw new ApiError(401, 'unauthorized', 'missing or invalid admin bearer token')
  }
  await next()
}

/** Whether a request may read: always when READ_TOKEN is unset, else with the read or admin token. */
export function readAllowed(env: AppEnv['Bindings'], got: string | null): boolean {
  const expected = env.READ_TOKEN
  if (!expected) return true
  const admin = env.ADMIN_TOKEN
  return got !== null && (safeEqual(got, expected) || (!!admin && safeEqual(got, admin)))
}

/** Read routes are public unless READ_TOKEN is set; feed readers may pass ?token= instead of a header. */
export const requireRead: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!readAllowed(c.env, bearer(c.req.header('authorization')) ?? c.req.query('token') ?? null)) {
    c.header('WWW-Authenticate', 'Bearer realm="seismo"')
    throw new ApiError(
      401,
      'unauthorized',
      'this Seismo needs a read token (Authorization: Bearer or ?token=)',
    )
  }
  await next()
}
