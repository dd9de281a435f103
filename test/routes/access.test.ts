import { createExecutionContext, env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { INERT_CSP } from '../../src/app'
import type { Env } from '../../src/env'
import { app } from '../../src/index'
import { accessOfSecurity, accessRuleOf } from '../../src/lib/access'
import { memoryWindow } from '../../src/lib/rate-limit'
import { RATE_LIMITS } from '../../src/limits'
import wranglerToml from '../../wrangler.toml?raw'
import { ADMIN_TOKEN } from '../helpers/http'

/**
 * One access policy per route, enforced by one middleware (src/lib/access.ts): walked over every
 * operation /openapi.json lists, and every route the app registers.
 */

const BASE = 'https://seismo.test'
const READ = 'test-read-token'
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const

interface Operation {
  method: string
  path: string
  security?: Record<string, string[]>[]
  'x-rate-limit'?: string
}

async function operations(): Promise<Operation[]> {
  const doc = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>
  }
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item[m] ? [{ method: m.toUpperCase(), path, ...item[m] }] : [])),
  )
}

/** A concrete URL for a documented path: ids that do not exist (access is decided before lookup). */
const urlOf = (path: string) =>
  BASE +
  path
    .replace('{slug}', 'north-korea')
    .replace(/\{\w+\}/g, '424242')
    .replace(/\/$/, '/')

async function send(op: Operation, bindings: Partial<Env>, init: { token?: string; query?: string } = {}) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : '{}'
  const url = urlOf(op.path) + (init.query ? `?${init.query}` : '')
  const req = new Request(url, { method: op.method, headers, body })
  return app.fetch(req, { ...env, ...bindings } as Env, createExecutionContext())
}

const withRead = { READ_TOKEN: READ } as Partial<Env>

describe('every operation of /openapi.json declares one policy, and it is enforced', () => {
  it('each operation says admin, read or public (security), none is left undeclared', async () => {
    const ops = await operations()
    expect(ops.length).toBeGreaterThan(30)
    for (const op of ops) expect(accessOfSecurity(op.security), `${op.method} ${op.path}`).not.toBeNull()
  })

  it('admin operations: 401 without a token, with a wrong one and with the read token; 503 when ADMIN_TOKEN is unset', async () => {
    const admin = (await operations()).filter((op) => accessOfSecurity(op.security) === 'admin')
    expect(admin.length).toBeGreaterThan(20)
    for (const op of admin) {
      const name = `${op.method} ${op.path}`
      for (const token of [undefined, 'wrong-token', READ]) {
        const res = await send(op, withRead, { token })
        expect(res.status, `${name} with ${token ?? 'no token'}`).toBe(401)
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized')
      }
      // ?token= is for feed readers on read routes; it never opens an admin route.
      expect((await send(op, withRead, { query: `token=${ADMIN_TOKEN}` })).status, name).toBe(401)
      const closed = await send(op, { ADMIN_TOKEN: undefined }, { token: 'anything' })
      expect(closed.status, name).toBe(503)
      expect((await send(op, {}, { token: ADMIN_TOKEN })).status, name).not.toBe(401)
    }
  })

  it('read operations honour READ_TOKEN: bearer or ?token=, the admin token as bearer; open while it is unset', async () => {
    const read = (await operations()).filter((op) => accessOfSecurity(op.security) === 'read')
    expect(read.map((op) => op.path)).toEqual(
      expect.arrayContaining(['/api/search', '/api/articles/{id}', '/api/taxonomy', '/rss.xml']),
    )
    for (const op of read) {
      const name = `${op.method} ${op.path}`
      expect((await send(op, withRead)).status, `${name} without token`).toBe(401)
      expect((await send(op, withRead, { token: 'wrong' })).status, name).toBe(401)
      expect((await send(op, withRead, { query: 'token=wrong' })).status, name).toBe(401)
      // ?token= takes READ_TOKEN only: the admin token is never put in a URL.
      expect((await send(op, withRead, { query: `token=${ADMIN_TOKEN}` })).status, name).toBe(401)
      for (const init of [{ token: READ }, { query: `token=${READ}` }, { token: ADMIN_TOKEN }])
        expect((await send(op, withRead, init)).status, `${name} ${JSON.stringify(init)}`).not.toBe(401)
      expect((await send(op, {})).status, `${name} without READ_TOKEN`).not.toBe(401)
    }
  })

  it('public operations need nothing, whatever the tokens configured', async () => {
    const open = (await operations()).filter((op) => accessOfSecurity(op.security) === 'public')
    expect(open.map((op) => op.path).sort()).toEqual(['/docs', '/health', '/openapi.json'])
    for (const op of open) expect((await send(op, withRead)).status).toBe(200)
  })
})

describe('every route the app registers has a declared policy', () => {
  it('API routes, pages, assets and form posts alike (an undeclared route would be treated as admin)', () => {
    const endpoints = app.routes.filter((r) => r.method !== 'ALL')
    expect(endpoints.length).toBeGreaterThan(40)
    const missing = endpoints.filter((r) => !accessRuleOf(app, r.method, r.path))
    expect(missing.map((r) => `${r.method} ${r.path}`)).toEqual([])
  })

  it('pages answer their own refusal: the read-token page, the admin sign-in shell', async () => {
    const page = async (path: string, bindings: Partial<Env>) =>
      app.fetch(new Request(`${BASE}${path}`), { ...env, ...bindings } as Env, createExecutionContext())
    const search = await page('/', withRead)
    expect(search.status).toBe(401)
    expect(search.headers.get('content-type')).toContain('text/html')
    // A ?token= link is answered with a redirect that drops it and sets the HttpOnly read cookie,
    // which then opens the page (src/web/pages/read-access.tsx, the page's gate).
    const granted = await page(`/?token=${READ}`, withRead)
    expect(granted.status).toBe(303)
    expect(granted.headers.get('location')).toBe('/')
    const cookie = (granted.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^__Host-seismo_read=./)
    const withCookie = await app.fetch(
      new Request(`${BASE}/`, { headers: { cookie } }),
      { ...env, ...withRead } as Env,
      createExecutionContext(),
    )
    expect(withCookie.status).toBe(200)
    // The admin token opens reads from a header, never from a URL, on pages as on the API.
    const adminInUrl = await page(`/?token=${ADMIN_TOKEN}`, withRead)
    expect(adminInUrl.status).toBe(401)
    expect(adminInUrl.headers.get('set-cookie')).toBeNull()
    const shell = await page('/watches', {})
    expect(shell.status).toBe(200)
    expect(await shell.text()).toContain('data-admin-gate')
    expect((await page('/feeds', { ADMIN_TOKEN: undefined })).status).toBe(503)
  })
})

describe('no answer can be opened as a page it is not', () => {
  it('every operation answers nosniff; all but HTML pages with a CSP that runs nothing', async () => {
    for (const op of await operations()) {
      const name = `${op.method} ${op.path}`
      // With the admin token (past access control) and without (the refusal): both are answers.
      for (const token of [ADMIN_TOKEN, undefined]) {
        const res = await send(op, {}, { token })
        expect(res.headers.get('x-content-type-options'), name).toBe('nosniff')
        const csp = res.headers.get('content-security-policy') ?? ''
        if ((res.headers.get('content-type') ?? '').startsWith('text/html')) expect(csp, name).not.toBe('')
        else expect(csp, `${name} → ${res.status}`).toBe(INERT_CSP)
        await res.body?.cancel()
      }
    }
    const missing = await SELF.fetch(`${BASE}/no/such/route`)
    expect(missing.headers.get('content-security-policy')).toBe(INERT_CSP)
  })
})

/** The [[ratelimits]] of wrangler.toml: binding name → simple limit and period. */
function tomlRateLimits(): Record<string, { limit: number; period: number }> {
  const out: Record<string, { limit: number; period: number }> = {}
  for (const block of wranglerToml.split('[[ratelimits]]').slice(1)) {
    const name = /name\s*=\s*"([^"]+)"/.exec(block)?.[1]
    const simple = /simple\s*=\s*\{\s*limit\s*=\s*(\d+)\s*,\s*period\s*=\s*(\d+)\s*\}/.exec(block)
    if (name && simple) out[name] = { limit: Number(simple[1]), period: Number(simple[2]) }
  }
  return out
}

describe('rate limits of the public read routes', () => {
  it('are configured in wrangler.toml, and src/limits.ts says the same numbers', () => {
    const toml = tomlRateLimits()
    for (const { binding, limit, periodSeconds } of Object.values(RATE_LIMITS))
      expect(toml[binding]).toEqual({ limit, period: periodSeconds })
  })

  it('search, trends, export and the feed outputs declare a class; admin and detail routes none', async () => {
    const ops = await operations()
    const limited = Object.fromEntries(
      ops.filter((op) => op['x-rate-limit']).map((op) => [op.path, op['x-rate-limit']]),
    )
    expect(limited).toMatchObject({
      '/api/search': 'search',
      '/api/trends': 'search',
      '/api/relations': 'search',
      '/api/export': 'search',
      '/rss.xml': 'feeds',
      '/atom.xml': 'feeds',
      '/feed.json': 'feeds',
      '/watches/{id}/rss.xml': 'feeds',
    })
    for (const op of ops.filter((o) => accessOfSecurity(o.security) === 'admin'))
      expect(op['x-rate-limit'], op.path).toBeUndefined()
  })

  /**
   * Requests until the first refusal. Limits count per fixed window of wall-clock time, so a slow
   * run may cross into the next window: the limit is always let through first, and a refusal comes
   * within 2 × limit + 1 requests (two windows cannot both hold that many without one going over).
   */
  async function untilRefused(send: (i: number) => Response | Promise<Response>, limit: number) {
    for (let i = 0; i <= 2 * limit; i++) {
      const res = await send(i)
      if (res.status === 429) return { passed: i, refused: res }
      expect(res.status).toBe(200)
    }
    throw new Error(`never refused in ${2 * limit + 1} requests`)
  }

  it('through the Rate Limiting binding: 429 JSON with Retry-After past the limit, per client; admin exempt', async () => {
    expect(env.FEEDS_RATE_LIMITER).toBeDefined() // vitest-pool-workers emulates wrangler.toml's binding
    const { limit, periodSeconds } = RATE_LIMITS.feeds
    const from = (ip: string, token?: string) =>
      SELF.fetch(`${BASE}/feed.json`, {
        headers: { 'cf-connecting-ip': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      })
    const { passed, refused } = await untilRefused(() => from('203.0.113.7'), limit)
    expect(passed).toBeGreaterThanOrEqual(limit)
    expect(refused.headers.get('retry-after')).toBe(String(periodSeconds))
    expect(await refused.json()).toMatchObject({
      error: { code: 'rate_limited', retry_after: periodSeconds },
    })
    expect((await from('203.0.113.8')).status).toBe(200) // another client
    expect((await from('203.0.113.7', ADMIN_TOKEN)).status).toBe(200) // admin requests are exempt
    // One IPv6 subscriber is one client, whatever address of its /64 it uses.
    const v6 = await untilRefused((i) => from(`2001:db8:1:2:${(i + 1).toString(16)}::9`), limit)
    expect(v6.passed).toBeGreaterThanOrEqual(limit)
  })

  it('without the binding, an in-memory window per isolate stands in (never off)', async () => {
    const bindings = { FEEDS_RATE_LIMITER: undefined } as unknown as Partial<Env>
    const { limit } = RATE_LIMITS.feeds
    const get = () =>
      app.fetch(
        new Request(`${BASE}/atom.xml`, { headers: { 'cf-connecting-ip': '198.51.100.9' } }),
        { ...env, ...bindings } as Env,
        createExecutionContext(),
      )
    const { passed, refused } = await untilRefused(get, limit)
    expect(passed).toBeGreaterThanOrEqual(limit)
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThanOrEqual(1)
    expect(wait).toBeLessThanOrEqual(RATE_LIMITS.feeds.periodSeconds)
  })

  it('the in-memory window resets each period and says how long is left', () => {
    const t = 60_000 * 16_666_667 // the start of a window
    for (let i = 0; i < 3; i++) expect(memoryWindow('k', 3, 60_000, t + i).ok).toBe(true)
    expect(memoryWindow('k', 3, 60_000, t + 10_000)).toEqual({ ok: false, retryAfterSeconds: 50 })
    expect(memoryWindow('k', 3, 60_000, t + 60_000).ok).toBe(true)
  })
})
