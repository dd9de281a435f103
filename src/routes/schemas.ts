import { z } from '@hono/zod-openapi'
import { notFound } from '../errors'

/** The one error envelope every 4xx/5xx uses (api.md "Conventions"). */
export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error')

export const IdParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '42' }),
})

/** Ids are strings in the API and integers in D1; anything that is not one is simply not found. */
export function parseId(raw: string, what: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw notFound(what)
  const id = Number(raw)
  if (!Number.isSafeInteger(id)) throw notFound(what)
  return id
}

/** An OpenAPI JSON response: `json(Schema, 'what it is')`. */
export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
