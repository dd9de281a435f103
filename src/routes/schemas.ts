import { z } from '@hono/zod-openapi'
import { ERROR_CODES, type ErrorCode, type ErrorStatus, errorStatus, notFound } from '../errors'

const ALL_CODES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]

const envelope = (codes: [ErrorCode, ...ErrorCode[]]) =>
  z.object({ error: z.object({ code: z.enum(codes), message: z.string() }) })

/** The one error envelope every 4xx/5xx uses: {"error": {"code", "message"}}, code from ERROR_CODES. */
const ErrorSchema = envelope(ALL_CODES).openapi('Error')

type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }

/**
 * The error responses of an operation: one per status, its schema listing exactly the codes
 * the operation answers with that status, its description what each means. internal_error (500)
 * is added to every operation. Shared lists: READ_ERRORS, ADMIN_ERRORS, JSON_BODY_ERRORS,
 * FILTER_ERRORS.
 */
export function errors<C extends ErrorCode>(
  ...codes: (C | readonly C[])[]
): { [S in ErrorStatus<C | 'internal_error'>]: ErrorResponse } {
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of new Set([...codes.flat(), 'internal_error' as const])) {
    const status = errorStatus(code)
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  const out: Record<number, ErrorResponse> = {}
  for (const [status, list] of byStatus) {
    out[status] = {
      description: list.map((c) => `${c}: ${ERROR_CODES[c].meaning}`).join('; '),
      content: {
        'application/json': { schema: envelope(list as [ErrorCode, ...ErrorCode[]]) as typeof ErrorSchema },
      },
    }
  }
  return out as { [S in ErrorStatus<C | 'internal_error'>]: ErrorResponse }
}

/** A read route: public unless READ_TOKEN is set. */
export const READ_ERRORS = ['unauthorized'] as const
/** An admin route: ADMIN_TOKEN required, and admin routes closed when it is unset. */
export const ADMIN_ERRORS = ['unauthorized', 'admin_disabled'] as const
/** A JSON request body: schema, size (src/limits.ts MAX_JSON_BODY_BYTES) and media type. */
export const JSON_BODY_ERRORS = ['invalid_request', 'body_too_large', 'unsupported_media_type'] as const
/** The filter grammar (search, feed outputs, trends, watches): src/search/filter.ts and query.ts. */
export const FILTER_ERRORS = [
  'invalid_request',
  'unknown_actor',
  'unknown_event',
  'unknown_modality',
  'invalid_feed',
  'invalid_lang',
  'invalid_date',
  'too_many_filters',
  'query_too_long',
  'empty_query',
  'too_many_terms',
  'unbalanced_quotes',
  'only_exclusions',
  'invalid_query',
] as const

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
