import type { App } from '../app'
import { declareRoute } from '../lib/access'
import type { RateLimitClass } from '../lib/rate-limit'
import { parseId } from '../routes/schemas'
import { readTokenPage } from './pages/errors'
import { viewOf } from './view'

/**
 * A page of the read side (search, article): the read routes' rule (READ_TOKEN: a bearer header
 * or ?token=, like GET /api/search), declared for the access middleware (src/lib/access.ts);
 * refused, it answers the page that asks for the token. Admin pages: pages/admin-shell.tsx.
 * Admin data is only ever rendered for `Authorization: Bearer <ADMIN_TOKEN>`, which only the
 * app's script sends (from the token pasted at sign-in, kept in the browser's storage): never a
 * cookie, so no other site can make a signed-in browser act (CSRF), and never a URL, so the token
 * does not end up in history, logs or Referer headers.
 */
export function declareReadPage(app: App, path: string, rateLimit?: RateLimitClass): void {
  declareRoute(app, 'GET', path, {
    access: 'read',
    ...(rateLimit ? { rateLimit } : {}),
    refused: (c) => readTokenPage(c, viewOf(c)),
  })
}

/** A numeric id as the API parses it, or null (the page then answers its own 404). */
export function idOrNull(raw: string): number | null {
  try {
    return parseId(raw, 'page')
  } catch {
    return null
  }
}
