import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, Next } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from './env'
import { ApiError, BodyTooLarge, type ErrorCode } from './errors'
import { accessControl } from './lib/access'
import { log } from './lib/log'
import { MAX_JSON_BODY_BYTES } from './limits'

export type App = OpenAPIHono<AppEnv>

/**
 * Codes for errors raised inside Hono itself: validators (400, 415), body limit (413) and a
 * request clone gone wrong (500). Any other status would be a new kind of refusal: 4xx are
 * reported as invalid_request, 5xx as internal_error, so the list of codes stays closed.
 */
const HTTP_EXCEPTION_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_request',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  500: 'internal_error',
}

/**
 * A Hono app with Seismo's conventions: zod validation failures and every ApiError become
 * {"error": {"code", "message"}} with a 4xx; anything unexpected is a logged 500.
 */
export function newApp(): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        const where = issue?.path?.length ? `${issue.path.join('.')}: ` : ''
        throw new ApiError(400, 'invalid_request', `${where}${issue?.message ?? 'invalid request'}`, {
          issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        })
      }
    },
  })
  app.onError((err, c) => {
    if (err instanceof ApiError) {
      const body: { error: Record<string, unknown> } = { error: { code: err.code, message: err.message } }
      if (err.details) Object.assign(body.error, err.details)
      return c.json(body, err.status)
    }
    if (err instanceof HTTPException) {
      const status = err.status
      const code = HTTP_EXCEPTION_CODES[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request')
      return c.json({ error: { code, message: err.message || 'request refused' } }, status)
    }
    log.error('unhandled_error', { method: c.req.method, path: c.req.path, error: err })
    return c.json({ error: { code: 'internal_error', message: 'internal error' } }, 500)
  })
  app.use('*', inertOutsidePages)
  // Before every route: the one place that decides who may call it (src/lib/access.ts).
  app.use('*', accessControl(app))
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  )
  return app
}

/** What every non-page answer (JSON, RSS, Atom, CSV...) carries: opened in a browser, nothing runs. */
export const INERT_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

/**
 * Feed text reaches JSON, feeds and exports escaped for their format, not for HTML: no browser may
 * sniff one as a page (nosniff on every answer), and one opened directly gets a CSP that runs and
 * loads nothing. HTML pages set their own CSP (src/web/view.ts, /docs) and are left as they are.
 */
async function inertOutsidePages(c: Context<AppEnv>, next: Next): Promise<void> {
  await next()
  const headers = c.res.headers
  headers.set('X-Content-Type-Options', 'nosniff')
  if (!(headers.get('content-type') ?? '').startsWith('text/html') && !headers.has('content-security-policy'))
    headers.set('Content-Security-Policy', INERT_CSP)
}

/** JSON bodies over MAX_JSON_BODY_BYTES → 413 body_too_large (streamed count, not Content-Length trust). */
export const jsonBodyLimit = bodyLimit({
  maxSize: MAX_JSON_BODY_BYTES,
  onError: () => {
    throw new BodyTooLarge(MAX_JSON_BODY_BYTES)
  },
})

/** An OpenAPI request body that must be present and JSON (a missing/other content type is a 400, not a skip). */
export function jsonRequest<T>(schema: T, description?: string) {
  return { body: { required: true, description, content: { 'application/json': { schema } } } } as const
}
