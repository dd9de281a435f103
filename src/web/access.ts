import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { bearer, readAllowed, tokenMatches } from '../lib/auth'
import { parseId } from '../routes/schemas'

/**
 * Who may see a page. Admin pages get their data only with `Authorization: Bearer <ADMIN_TOKEN>`,
 * which only the app's script sends (from the token the reader pasted at sign-in, kept in the
 * browser's storage): never a cookie, so no other site can make a signed-in browser act (CSRF),
 * and never a URL, so the token does not end up in history, logs or Referer headers.
 */
export const isAdminRequest = (c: Context<AppEnv>): Promise<boolean> =>
  tokenMatches(bearer(c.req.header('authorization')), c.env.ADMIN_TOKEN)

/** Public pages follow the read routes' rule (READ_TOKEN): a bearer header or ?token=, like GET /api/search. */
export const isReadAllowed = (c: Context<AppEnv>): Promise<boolean> =>
  readAllowed(c.env, bearer(c.req.header('authorization')) ?? c.req.query('token') ?? null)

/** A page's numeric id as the API parses it, or null (the page then answers its own 404). */
export function idOrNull(raw: string): number | null {
  try {
    return parseId(raw, 'page')
  } catch {
    return null
  }
}
