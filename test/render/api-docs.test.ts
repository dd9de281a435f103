import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

const ORIGIN = 'https://seismo.test'

interface OpenApiDoc {
  openapi: string
  info: { title: string; version: string }
  servers?: { url: string }[]
  paths: Record<
    string,
    Record<string, { security?: Record<string, string[]>[]; parameters?: { name: string; in: string }[] }>
  >
  components?: {
    securitySchemes?: Record<string, { type: string; scheme?: string; in?: string; name?: string }>
  }
}

/** The routes README documents, in OpenAPI form; only those registered when the test runs are required. */
const CONTRACT_PATHS = [
  '/health',
  '/api/feeds',
  '/api/feeds/{id}',
  '/api/feeds/{id}/fetch',
  '/api/ingest',
  '/api/search',
  '/api/articles/{id}',
  '/api/taxonomy',
  '/api/trends',
  '/rss.xml',
  '/atom.xml',
  '/feed.json',
  '/api/watches',
  '/api/watches/{id}',
  '/api/watches/{id}/deliveries',
  '/api/watches/{id}/test',
  '/watches/{id}/rss.xml',
  '/watches/{id}/atom.xml',
  '/watches/{id}/feed.json',
]

async function fetchDoc(): Promise<OpenApiDoc> {
  const res = await SELF.fetch(`${ORIGIN}/openapi.json`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return res.json<OpenApiDoc>()
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with info, servers and the read/admin security schemes', async () => {
    const doc = await fetchDoc()
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    expect(doc.info.title).toBe('Seismo API')
    expect(doc.servers?.[0].url).toBe('https://seismo.test')
    const schemes = doc.components?.securitySchemes ?? {}
    expect(schemes.adminBearer).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(schemes.readBearer).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(schemes.readToken).toMatchObject({ type: 'apiKey', in: 'query', name: 'token' })
  })

  it('documents the feed outputs and itself, and every contract route registered so far', async () => {
    const doc = await fetchDoc()
    for (const path of ['/rss.xml', '/atom.xml', '/feed.json', '/openapi.json', '/docs', '/health']) {
      expect(doc.paths[path]?.get, path).toBeDefined()
    }
    const documented = CONTRACT_PATHS.filter((p) => doc.paths[p])
    // Every contract path that the app answers must be in the document: probe the GET ones.
    for (const path of CONTRACT_PATHS.filter((p) => !documented.includes(p) && !p.includes('{'))) {
      const res = await SELF.fetch(`${ORIGIN}${path}`)
      expect(res.status, `${path} is routed but missing from /openapi.json`).toBe(404)
    }
  })

  it('marks feed outputs as readable with the bearer token, ?token= or nothing, and lists the filter params', async () => {
    const doc = await fetchDoc()
    const rss = doc.paths['/rss.xml'].get
    expect(rss.security).toEqual([{ readBearer: [] }, { readToken: [] }, {}])
    const names = (rss.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
    expect(names).toEqual(
      expect.arrayContaining(['q', 'actor', 'event', 'feed', 'lang', 'since', 'until', 'token']),
    )
  })

  it('marks admin routes with the admin bearer scheme', async () => {
    const doc = await fetchDoc()
    const feeds = doc.paths['/api/feeds']
    if (!feeds) return // the feeds resource is registered by another part of the app
    for (const op of Object.values(feeds)) expect(op.security).toEqual([{ adminBearer: [] }])
  })
})

describe('the API describes itself from what ships', () => {
  it('/openapi.json and /docs cite no file outside the repository (no api.md, no ../shared)', async () => {
    for (const path of ['/openapi.json', '/docs']) {
      const text = await (await SELF.fetch(`${ORIGIN}${path}`)).text()
      expect(text, path).not.toMatch(/api\.md|\.\.\/shared|shared\/spec/)
    }
    const doc = await fetchDoc()
    expect(JSON.stringify(doc)).toContain('each operation lists the codes it can')
  })
})

describe('GET /docs', () => {
  it('is a self-contained HTML page listing the documented routes', async () => {
    const res = await SELF.fetch(`${ORIGIN}/docs`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('/rss.xml')
    expect(html).toContain('/openapi.json')
    expect(html).toContain('readToken')
  })

  it('loads nothing from another origin: no external scripts, styles, images or fonts', async () => {
    const res = await SELF.fetch(`${ORIGIN}/docs`)
    const html = await res.text()
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i)
    expect(html).not.toMatch(/<link[^>]*\brel=["']?stylesheet/i)
    expect(html).not.toMatch(/<(?:img|iframe|link|script)[^>]*(?:src|href)=["']?(?:https?:)?\/\//i)
    expect(html).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i)
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
  })
})
