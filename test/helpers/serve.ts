import { vi } from 'vitest'

export type Handler = (req: Request) => Response | Promise<Response>

/**
 * Answers the Worker's outbound fetch (globalThis.fetch) from `routes`, by exact URL, and records
 * every request: no real host is ever contacted. A URL without a route answers 404, or fails as
 * the network would (`unknown: 'network-error'`). Undo with vi.restoreAllMocks().
 */
export function serve(routes: Record<string, Handler>, opts: { unknown?: '404' | 'network-error' } = {}) {
  const requests: Request[] = []
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input as RequestInfo, init as RequestInit)
    requests.push(req)
    const handler = routes[req.url]
    if (handler) return handler(req)
    if (opts.unknown === 'network-error') throw new TypeError(`network error: no route for ${req.url}`)
    return new Response('not found', { status: 404, statusText: 'Not Found' })
  })
  return { requests, spy }
}
