import { createRoute, z } from '@hono/zod-openapi'
import type { App } from '../app'
import { VERSION } from '../version'

const HealthSchema = z
  .object({ ok: z.boolean(), version: z.string(), articles: z.number().int(), feeds: z.number().int() })
  .openapi('Health')

export function registerHealthRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      summary: 'Liveness and counts',
      tags: ['health'],
      responses: {
        200: { description: 'Service is up', content: { 'application/json': { schema: HealthSchema } } },
      },
    }),
    async (c) => {
      const row = await c.env.DB.prepare(
        'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM feeds WHERE deleted_at IS NULL) AS feeds',
      ).first<{ articles: number; feeds: number }>()
      return c.json({ ok: true, version: VERSION, articles: row?.articles ?? 0, feeds: row?.feeds ?? 0 }, 200)
    },
  )
}
