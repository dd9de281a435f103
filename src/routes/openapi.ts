import { createRoute, z } from '@hono/zod-openapi'
import type { OpenAPIObject } from 'openapi3-ts/oas31'
import type { App } from '../app'
import { policy } from '../lib/access'
import { renderDocsPage } from '../render/docs-page'
import { publicBaseUrl } from '../render/links'
import { VERSION } from '../version'
import { errors } from './schemas'

const DESCRIPTION = [
  'Seismo monitors news feeds and serves tagged, de-duplicated articles as search results, feeds and webhooks.',
  'Filter grammar (search, feed outputs, trends, watches): q (words AND, "phrase", -exclude, OR),',
  'actor and event slugs (comma = OR within a value, repeated parameter = AND), feed ids and lang (comma = OR),',
  'since/until (ISO 8601 date or date-time on the published time).',
  'Errors are {"error": {"code", "message"}} with a 4xx/5xx status; each operation lists the codes it can',
  'answer under each status, with their meaning. Bad input is always a 4xx and never changes stored data.',
  'Admin routes need Authorization: Bearer <ADMIN_TOKEN>; read routes are public unless READ_TOKEN is set.',
  'Operations with x-rate-limit are limited per client (429 rate_limited with Retry-After); admin requests are',
  'exempt.',
  'Times are ISO 8601 UTC; ids are strings.',
].join(' ')

function registerSecuritySchemes(app: App): void {
  const registry = app.openAPIRegistry
  registry.registerComponent('securitySchemes', 'adminBearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'ADMIN_TOKEN. Missing or wrong: 401; ADMIN_TOKEN unset on the server: 503 admin_disabled.',
  })
  registry.registerComponent('securitySchemes', 'readBearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'READ_TOKEN (or the admin token), only needed when the server sets READ_TOKEN.',
  })
  registry.registerComponent('securitySchemes', 'readToken', {
    type: 'apiKey',
    in: 'query',
    name: 'token',
    description: 'READ_TOKEN as a query parameter, for feed readers that cannot send headers.',
  })
}

/**
 * Routes are all registered before the first request, so the document (minus `servers`, which
 * follows the request) is generated once per isolate.
 */
const documents = new WeakMap<App, OpenAPIObject>()

function openApiDocument(app: App, serverUrl: string): OpenAPIObject {
  let doc = documents.get(app)
  if (!doc) {
    // Every operation declares its access policy (src/lib/access.ts policy()): `security` and
    // `x-rate-limit` in the document are the fields the access middleware enforces.
    doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Seismo API', version: VERSION, description: DESCRIPTION },
      tags: [],
    })
    documents.set(app, doc)
  }
  return { ...doc, servers: [{ url: serverUrl }] }
}

// The top-level fields only; the rest of the document is described by the OpenAPI 3.1 spec itself.
const OpenApiDocumentSchema = z
  .object({
    openapi: z.string(),
    info: z.object({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('OpenApiDocument')

export function registerApiDocRoutes(app: App): void {
  registerSecuritySchemes(app)

  app.openapi(
    createRoute({
      method: 'get',
      path: '/openapi.json',
      summary: 'This OpenAPI 3.1 document',
      tags: ['docs'],
      ...policy('public'),
      responses: {
        200: {
          description: 'The OpenAPI document of every public route',
          content: { 'application/json': { schema: OpenApiDocumentSchema } },
        },
        ...errors(),
      },
    }),
    (c) => {
      const doc: z.infer<typeof OpenApiDocumentSchema> = openApiDocument(app, publicBaseUrl(c.env, c.req.url))
      return c.json(doc, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/docs',
      summary: 'Human-readable API documentation (self-contained, works offline)',
      tags: ['docs'],
      ...policy('public'),
      responses: {
        200: { description: 'An HTML page', content: { 'text/html': { schema: z.string() } } },
        ...errors(),
      },
    }),
    (c) => {
      const html = renderDocsPage(openApiDocument(app, publicBaseUrl(c.env, c.req.url)))
      // Everything is inline; forbid any other origin so the page stays offline-safe.
      c.header(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:",
      )
      return c.html(html, 200)
    },
  )
}
