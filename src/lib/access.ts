import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import type { SecurityRequirementObject } from 'openapi3-ts/oas31'
import type { App } from '../app'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { bearer, tokenMatches } from './auth'
import { log } from './log'
import { type RateLimitClass, rateLimit } from './rate-limit'

/**
 * Who may call what: ONE policy per route, declared next to the route, enforced here by one
 * middleware that runs before anything else (validation, body limits, handlers).
 *
 * - `admin`: `Authorization: Bearer <ADMIN_TOKEN>`; 503 admin_disabled when ADMIN_TOKEN is unset
 *   (never open by default), 401 for a missing or wrong token (the read token included).
 * - `read`: public unless READ_TOKEN is set; then the read or the admin token, as a bearer header
 *   or `?token=` (feed readers cannot send headers).
 * - `public`: anyone (health, the API description, the sign-in page, static assets).
 *
 * API routes declare it with `...policy(access, rateLimit?)` in their createRoute: the same
 * fields become the operation's `security` (and `x-rate-limit`) in /openapi.json, so what the
 * document says is what is enforced. Other routes (web pages, assets) declare it with
 * declareRoute(), with a page to answer instead of a JSON 401 when they have one.
 */
export type Access = 'public' | 'read' | 'admin'
export type Refusal = 'admin_disabled' | 'unauthorized'

export interface AccessRule {
  access: Access
  /** Public clients are limited per client (src/lib/rate-limit.ts); admin requests are exempt. */
  rateLimit?: RateLimitClass
  /** A page's own answer to a refused request (a sign-in page); API routes answer the JSON error. */
  refused?: (c: Context<AppEnv>, why: Refusal) => Response | Promise<Response>
  /**
   * A reader page's own check of a `read` rule, in place of the bearer/?token= one: a browser
   * following a link sends no header, so pages also accept their HttpOnly read cookie and answer
   * a ?token= link with a redirect that sets it (src/web/pages/read-access.tsx). Null: go on.
   */
  gate?: (c: Context<AppEnv>) => Promise<Response | null>
}

const SECURITY: Record<Access, SecurityRequirementObject[]> = {
  admin: [{ adminBearer: [] }],
  // The empty requirement: no credentials is acceptable too (while READ_TOKEN is unset).
  read: [{ readBearer: [] }, { readToken: [] }, {}],
  public: [],
}

/** The OpenAPI fields of an API route's policy, spread into its createRoute({...}). */
export function policy(access: Access, rateLimited?: RateLimitClass) {
  return {
    security: SECURITY[access],
    ...(rateLimited ? { 'x-rate-limit': rateLimited } : {}),
  } as { security: SecurityRequirementObject[]; 'x-rate-limit'?: RateLimitClass }
}

/** The access a route's OpenAPI `security` declares (the inverse of policy()). */
export function accessOfSecurity(security: SecurityRequirementObject[] | undefined): Access | null {
  if (!security) return null
  if (security.some((s) => 'adminBearer' in s)) return 'admin'
  if (security.some((s) => 'readBearer' in s)) return 'read'
  return security.length === 0 ? 'public' : null
}

const declared = new WeakMap<App, Map<string, AccessRule>>()
const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`

/** Declares the policy of a route that is not an OpenAPI operation (pages, assets, form posts). */
export function declareRoute(app: App, method: string, path: string, rule: AccessRule): void {
  const rules = declared.get(app) ?? new Map<string, AccessRule>()
  declared.set(app, rules)
  rules.set(key(method, path), rule)
}

/** Every route's rule: the OpenAPI operations' security and x-rate-limit, then declareRoute's. */
function rulesOf(app: App): Map<string, AccessRule> {
  const rules = new Map<string, AccessRule>()
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue
    const route = def.route as { method: string; path: string; security?: SecurityRequirementObject[] }
    const access = accessOfSecurity(route.security)
    if (!access) continue
    const limited = (route as { 'x-rate-limit'?: RateLimitClass })['x-rate-limit']
    rules.set(key(route.method, route.path.replace(/\{(\w+)\}/g, ':$1')), {
      access,
      ...(limited ? { rateLimit: limited } : {}),
    })
  }
  for (const [k, rule] of declared.get(app) ?? []) rules.set(k, rule)
  return rules
}

/** The rule of a route as registered (method and Hono path), or undefined when it declares none. */
export function accessRuleOf(app: App, method: string, path: string): AccessRule | undefined {
  return rulesOf(app).get(key(method, path))
}

/** A route that declares nothing is treated as admin: a forgotten declaration closes, never opens. */
const UNDECLARED: AccessRule = { access: 'admin' }

/** The one access middleware: app.use('*', accessControl(app)) before every route. */
export function accessControl(app: App): MiddlewareHandler<AppEnv> {
  let rules: Map<string, AccessRule> | null = null
  return async (c, next) => {
    // Routes are all registered before the first request, so the table is built once per isolate.
    rules ??= rulesOf(app)
    const endpoint = matchedRoutes(c).find((r) => r.method !== 'ALL')
    if (!endpoint) return next() // no route: the 404 envelope
    let rule = rules.get(key(endpoint.method, endpoint.path))
    if (!rule) {
      log.error('route_without_access_policy', { method: endpoint.method, path: endpoint.path })
      rule = UNDECLARED
    }
    const token = bearer(c.req.header('authorization'))
    const admin = await tokenMatches(token, c.env.ADMIN_TOKEN)
    if (!admin && rule.access === 'read' && rule.gate) {
      const answer = await rule.gate(c)
      if (answer) return answer
    } else {
      const refusal = admin ? null : await refusalOf(c, rule.access, token)
      if (refusal) {
        if (rule.refused) return rule.refused(c, refusal)
        throw refusalError(c, refusal, rule.access)
      }
    }
    if (rule.rateLimit && !admin) await rateLimit(c, rule.rateLimit)
    await next()
  }
}

async function refusalOf(c: Context<AppEnv>, access: Access, token: string | null): Promise<Refusal | null> {
  if (access === 'public') return null
  if (access === 'admin') return c.env.ADMIN_TOKEN ? 'unauthorized' : 'admin_disabled'
  if (!c.env.READ_TOKEN) return null
  return (await tokenMatches(token ?? c.req.query('token') ?? null, c.env.READ_TOKEN)) ? null : 'unauthorized'
}

function refusalError(c: Context<AppEnv>, why: Refusal, access: Access): ApiError {
  if (why === 'admin_disabled')
    return new ApiError(503, 'admin_disabled', 'admin routes are disabled: ADMIN_TOKEN is not set')
  if (access === 'admin') {
    c.header('WWW-Authenticate', 'Bearer realm="seismo-admin"')
    return new ApiError(401, 'unauthorized', 'missing or invalid admin bearer token')
  }
  c.header('WWW-Authenticate', 'Bearer realm="seismo"')
  return new ApiError(
    401,
    'unauthorized',
    'this Seismo needs a read token (Authorization: Bearer or ?token=)',
  )
}

/** Whether the request carries the admin token (pages show admin controls only then). */
export const isAdminRequest = (c: Context<AppEnv>): Promise<boolean> =>
  tokenMatches(bearer(c.req.header('authorization')), c.env.ADMIN_TOKEN)
