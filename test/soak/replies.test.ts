import { describe, expect, it } from 'vitest'
import {
  droppedByDevProxy,
  parseReply,
  RESTARTED_MID_REQUEST,
  sendPastDevProxy,
} from '../../scripts/soak/replies.mjs'

// wrangler 4's reply, word for word (node_modules/wrangler/templates/startDevWorker/ProxyWorker.ts).
const WRANGLER_RESTART =
  'Your worker restarted mid-request. Please try sending the request again. Only GET or HEAD requests are retried automatically.'

describe('the soak reading its own calls’ replies (scripts/soak/replies.mjs)', () => {
  it('knows wrangler’s proxy’s 503 for a request that did not get through to workerd, and nothing else', () => {
    expect(WRANGLER_RESTART.startsWith(RESTARTED_MID_REQUEST)).toBe(true)
    expect(droppedByDevProxy(503, WRANGLER_RESTART)).toBe(true)
    expect(droppedByDevProxy(500, WRANGLER_RESTART)).toBe(false)
    expect(droppedByDevProxy(503, '{"error":{"code":"unavailable"}}')).toBe(false)
    expect(droppedByDevProxy(503, '')).toBe(false)
  })

  it('parses JSON, and names route, status and the start of the body when it is not JSON', () => {
    expect(parseReply('POST /api/feeds', 201, '{"id":7}')).toEqual({ id: 7 })
    const html = `<!doctype html><title>502</title>${'x'.repeat(400)}`
    expect(() => parseReply('POST /api/feeds', 502, html)).toThrow(
      `POST /api/feeds answered 502 with no JSON: ${JSON.stringify(html.slice(0, 200))}`,
    )
    expect(() => parseReply('GET /health', 200, '')).toThrow('GET /health answered 200 with no JSON: ""')
  })

  it('sends a call wrangler’s proxy dropped again, a bounded number of times, and says it did', async () => {
    const replies = (statuses: number[]) => {
      const sent: number[] = []
      const send = async () => {
        const status = statuses[sent.length] ?? statuses[statuses.length - 1]
        sent.push(status)
        return { status, dropped: status === 503 } as { status: number; dropped: boolean; retried?: boolean }
      }
      return { sent, send }
    }
    const through = replies([503, 503, 201])
    let retries = 0
    const got = await sendPastDevProxy(through.send, { retries: 3, delayMs: 1, onRetry: () => retries++ })
    expect(got).toMatchObject({ status: 201, dropped: false, retried: true })
    expect(through.sent).toEqual([503, 503, 201])
    expect(retries).toBe(2)

    const first = replies([201])
    expect(await sendPastDevProxy(first.send, { retries: 3, delayMs: 1 })).toMatchObject({ retried: false })
    expect(first.sent).toEqual([201])

    // A proxy that drops every copy: the retries end, and the caller sees the drop (checks.mjs fails the run).
    const never = replies([503])
    const last = await sendPastDevProxy(never.send, { retries: 3, delayMs: 1 })
    expect(last).toMatchObject({ dropped: true, retried: true })
    expect(never.sent).toHaveLength(4)
  })
})
