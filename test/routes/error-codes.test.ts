import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { ApiError, BadQuery, ERROR_CODES, type ErrorCode } from '../../src/errors'
import { ADMIN_TOKEN, call, ORIGIN } from '../helpers/http'

interface ErrorResponseDoc {
  description: string
  content?: Record<
    string,
    { schema?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } } }
  >
}
interface OperationDoc {
  security?: Record<string, string[]>[]
  requestBody?: { content: Record<string, unknown> }
  responses: Record<string, ErrorResponseDoc>
}
type Paths = Record<string, Record<string, OperationDoc>>

const METHODS = ['get', 'post', 'patch', 'put', 'delete']
const CODES = Object.keys(ERROR_CODES) as ErrorCode[]

let paths: Paths

beforeAll(async () => {
  const res = await SELF.fetch(`${ORIGIN}/openapi.json`)
  paths = ((await res.json()) as { paths: Paths }).paths
})

function operations(): [string, OperationDoc][] {
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m): [string, OperationDoc] => [`${m} ${path}`, item[m]]),
  )
}

/** The codes an operation documents for each error status. */
function documented(op: OperationDoc): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const [status, response] of Object.entries(op.responses)) {
    if (Number(status) < 400) continue
    const codes = response.content?.['application/json']?.schema?.properties?.error?.properties?.code?.enum
    out.set(Number(status), codes ?? [])
  }
  return out
}

const codesOf = (op: OperationDoc) => [...documented(op).values()].flat()

describe('error codes: one closed list, documented per operation', () => {
  it('ApiError only takes codes of the list, each with its own status (checked by tsc)', () => {
    // @ts-expect-error a misspelt code does not compile
    const typo = new ApiError(400, 'invalid_requets', 'typo')
    // @ts-expect-error a code with another status than its own does not compile
    const wrongStatus = new ApiError(404, 'feed_exists', 'wrong status')
    // @ts-expect-error BadQuery is a 400: a 409 code does not compile
    const notA400 = new BadQuery('feed_exists', 'not a 400')
    expect([typo.code, wrongStatus.code, notA400.code]).toHaveLength(3)
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/)
      expect(status >= 400 && status < 600, code).toBe(true)
    }
  })

  it('every operation documents its error codes as members of the list, under their own status', async () => {
    expect(operations().length).toBeGreaterThan(20)
    for (const [name, op] of operations()) {
      const byStatus = documented(op)
      expect(byStatus.get(500), `${name} documents internal_error`).toEqual(['internal_error'])
      for (const [status, codes] of byStatus) {
        expect(codes.length, `${name} ${status} lists its codes`).toBeGreaterThan(0)
        for (const code of codes) {
          expect(CODES, `${name}: ${code}`).toContain(code)
          expect(ERROR_CODES[code as ErrorCode].status, `${name}: ${code} under ${status}`).toBe(status)
          expect(op.responses[status].description).toContain(code)
        }
      }
    }
  })

  it('every code of the list is documented by some operation (the list holds no dead codes)', () => {
    const used = new Set(operations().flatMap(([, op]) => codesOf(op)))
    expect(CODES.filter((c) => !used.has(c))).toEqual([])
    expect([...used].filter((c) => !CODES.includes(c as ErrorCode))).toEqual([])
  })

  it('admin operations document the token errors, read ones the read token, JSON bodies their refusals', () => {
    for (const [name, op] of operations()) {
      const codes = codesOf(op)
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s))
      if (schemes.includes('adminBearer'))
        expect(codes, name).toEqual(expect.arrayContaining(['unauthorized', 'admin_disabled']))
      if (schemes.includes('readBearer')) expect(codes, name).toContain('unauthorized')
      if (op.requestBody?.content['application/json'])
        expect(codes, name).toEqual(
          expect.arrayContaining(['invalid_request', 'body_too_large', 'unsupported_media_type']),
        )
    }
  })
})

describe('error codes: what routes answer is what /openapi.json says they answer', () => {
  let watchId: string

  beforeAll(async () => {
    const watch = await call('/api/watches', { method: 'POST', json: { name: 'no hook', filter: 'q=x' } })
    expect(watch.status).toBe(201)
    watchId = ((await watch.json()) as { id: string }).id
    const feed = await call('/api/feeds', { method: 'POST', json: { url: 'https://example.org/errors.xml' } })
    expect(feed.status).toBe(201)
  })

  const cases: { op: string; path: () => string; init?: Parameters<typeof call>[1]; code: ErrorCode }[] = [
    { op: 'get /api/search', path: () => '/api/search?q=%22open', code: 'unbalanced_quotes' },
    { op: 'get /api/search', path: () => '/api/search?actor=no-such-actor', code: 'unknown_actor' },
    { op: 'get /api/search', path: () => '/api/search?q=a&cursor=bogus', code: 'invalid_cursor' },
    { op: 'get /api/search', path: () => '/api/search?limit=0', code: 'invalid_request' },
    { op: 'get /api/search', path: () => '/api/search?q=-only', code: 'only_exclusions' },
    { op: 'get /rss.xml', path: () => '/rss.xml?since=yesterday', code: 'invalid_date' },
    { op: 'get /feed.json', path: () => '/feed.json?lang=%21%21', code: 'invalid_lang' },
    { op: 'get /api/trends', path: () => '/api/trends?since=1990-01-01', code: 'too_many_buckets' },
    { op: 'get /api/articles/{id}', path: () => '/api/articles/999999', code: 'not_found' },
    { op: 'get /api/feeds', path: () => '/api/feeds', init: { token: null }, code: 'unauthorized' },
    {
      op: 'post /api/feeds',
      path: () => '/api/feeds',
      init: { method: 'POST', json: { url: 'https://example.org/errors.xml' } },
      code: 'feed_exists',
    },
    {
      op: 'post /api/feeds',
      path: () => '/api/feeds',
      init: { method: 'POST', json: { url: 'ftp://example.org/feed' } },
      code: 'url_not_allowed',
    },
    {
      op: 'post /api/feeds',
      path: () => '/api/feeds',
      init: { method: 'POST', body: 'url=x', headers: { 'content-type': 'text/plain' } },
      code: 'unsupported_media_type',
    },
    {
      op: 'post /api/feeds',
      path: () => '/api/feeds',
      init: { method: 'POST', json: { url: 'https://example.org/', title: 'x'.repeat(70_000) } },
      code: 'body_too_large',
    },
    {
      op: 'post /api/ingest',
      path: () => '/api/ingest?url=https://example.org/not-a-feed',
      init: { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } },
      code: 'not_a_feed',
    },
    {
      op: 'post /api/watches',
      path: () => '/api/watches',
      init: { method: 'POST', json: { name: 'typo', filter: 'actors=russia' } },
      code: 'invalid_filter',
    },
    {
      op: 'post /api/watches/{id}/rotate-secret',
      path: () => `/api/watches/${watchId}/rotate-secret`,
      init: { method: 'POST' },
      code: 'no_webhook',
    },
    { op: 'get /watches/{id}/rss.xml', path: () => '/watches/999999/rss.xml', code: 'not_found' },
    {
      op: 'post /api/taxonomy/actors',
      path: () => '/api/taxonomy/actors',
      init: {
        method: 'POST',
        json: { slug: 'russia', name: 'Russia', kind: 'country', aliases: { en: ['Russia'] } },
      },
      code: 'slug_exists',
    },
    {
      op: 'patch /api/taxonomy/events/{slug}',
      path: () => '/api/taxonomy/events/no-such-event',
      init: { method: 'PATCH', json: { name: 'x' } },
      code: 'not_found',
    },
  ]

  for (const c of cases) {
    it(`${c.op} answers ${c.code} as documented`, async () => {
      const res = await call(c.path(), c.init)
      const body = (await res.json()) as { error: { code: string } }
      expect(body.error.code).toBe(c.code)
      expect(res.status).toBe(ERROR_CODES[c.code].status)
      const [method, path] = c.op.split(' ')
      const op = paths[path]?.[method]
      expect(op, `${c.op} is in /openapi.json`).toBeDefined()
      expect(documented(op).get(res.status), `${c.op} documents ${res.status}`).toContain(c.code)
    })
  }

  it('a wrong admin token is refused the same documented way on every admin operation', async () => {
    const res = await call('/api/watches', { token: `${ADMIN_TOKEN}-wrong` })
    expect(res.status).toBe(401)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized')
  })
})
