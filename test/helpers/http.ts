import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import type { Env } from '../../src/env'
import worker from '../../src/index'

export const ORIGIN = 'https://seismo.test'
export const ADMIN_TOKEN = 'test-admin-token'

/**
 * A request to the Worker through its real fetch handler, with the admin token unless told otherwise.
 *
 * The handler is called directly in the test's workerd, with the test bindings and an execution context
 * waited on, rather than through SELF.fetch: under @cloudflare/vitest-pool-workers every SELF.fetch gets
 * slower with the number a file has made (cloudflare/workers-sdk#15446; here a 404 went from 2 ms to
 * 470 ms after 1,500 requests, while wrangler dev stays flat), so a file reading a thousand articles back
 * spent most of its time, and its timeouts under load, in the harness. Same app, routes, middleware and
 * bindings; SELF stays in the tests that check the entrypoint itself.
 */
export async function call(
  path: string,
  init: RequestInit & { json?: unknown; token?: string | null } = {},
): Promise<Response> {
  const headers = new Headers(init.headers)
  const token = init.token === undefined ? ADMIN_TOKEN : init.token
  if (token) headers.set('authorization', `Bearer ${token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const ctx = createExecutionContext()
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers, body }), env as Env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

export async function callJson<T = Record<string, unknown>>(
  path: string,
  init: Parameters<typeof call>[1] = {},
): Promise<{ status: number; body: T; res: Response }> {
  const res = await call(path, init)
  const body = (await res.json()) as T
  return { status: res.status, body, res }
}

/** POST /api/ingest with a raw feed document. */
export function ingest(
  url: string,
  doc: string | Uint8Array,
  contentType = 'application/rss+xml; charset=utf-8',
) {
  return callJson<IngestReply>(`/api/ingest?url=${encodeURIComponent(url)}`, {
    method: 'POST',
    body: doc,
    headers: { 'content-type': contentType },
  })
}

export interface IngestReply {
  status: 'ok' | 'not_modified' | 'error'
  items: number
  inserted: number
  duplicates: number
  merged?: { same_guid: number; same_url: number; same_content: number }
  skipped?: { empty: number; over_limit: number }
  warnings?: string[]
  error?: string
  feed_id?: string
  round_trips?: number
  d1_statements?: number
  near_duplicate_candidates?: number
}
