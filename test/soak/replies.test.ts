import { describe, expect, it } from 'vitest'
import { parseReply, RESTARTED_MID_REQUEST, restartedMidRequest } from '../../scripts/soak/replies.mjs'

// wrangler 4's reply, word for word (node_modules/wrangler/templates/startDevWorker/ProxyWorker.ts).
const WRANGLER_RESTART =
  'Your worker restarted mid-request. Please try sending the request again. Only GET or HEAD requests are retried automatically.'

describe('the soak reading its own calls’ replies (scripts/soak/replies.mjs)', () => {
  it('knows wrangler’s 503 for a Worker that restarted under the request, and nothing else', () => {
    expect(WRANGLER_RESTART.startsWith(RESTARTED_MID_REQUEST)).toBe(true)
    expect(restartedMidRequest(503, WRANGLER_RESTART)).toBe(true)
    expect(restartedMidRequest(500, WRANGLER_RESTART)).toBe(false)
    expect(restartedMidRequest(503, '{"error":{"code":"unavailable"}}')).toBe(false)
    expect(restartedMidRequest(503, '')).toBe(false)
  })

  it('parses JSON, and names route, status and the start of the body when it is not JSON', () => {
    expect(parseReply('POST /api/feeds', 201, '{"id":7}')).toEqual({ id: 7 })
    const html = `<!doctype html><title>502</title>${'x'.repeat(400)}`
    expect(() => parseReply('POST /api/feeds', 502, html)).toThrow(
      `POST /api/feeds answered 502 with no JSON: ${JSON.stringify(html.slice(0, 200))}`,
    )
    expect(() => parseReply('GET /health', 200, '')).toThrow('GET /health answered 200 with no JSON: ""')
  })
})
