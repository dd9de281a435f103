import { USER_AGENT, WEBHOOK_RESPONSE_EXCERPT_BYTES } from '../limits'
import { retryAfterMs } from './retry-policy'

/** What one POST to a receiver produced (stored as a delivery attempt). */
export interface AttemptResult {
  ok: boolean
  statusCode: number | null
  error: string | null
  durationMs: number
  /** The start of the receiver's body, for humans debugging their endpoint. */
  response: string | null
  retryAfterMs: number | null
}

export interface WebhookRequest {
  url: string
  body: string
  headers: Record<string, string>
  timeoutMs: number
}

const ERROR_TEXT_MAX = 300

/**
 * POST one webhook. Never throws: network errors and timeouts are results. Redirects are not
 * followed (a 3xx is a failure): the target could point anywhere, past the SSRF check.
 */
export async function postWebhook(req: WebhookRequest): Promise<AttemptResult> {
  const started = Date.now()
  const signal = AbortSignal.timeout(req.timeoutMs)
  try {
    const res = await fetch(req.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...req.headers },
      body: req.body,
      redirect: 'manual',
      signal,
    })
    const response = await readExcerpt(res, WEBHOOK_RESPONSE_EXCERPT_BYTES)
    const ok = res.status >= 200 && res.status < 300
    return {
      ok,
      statusCode: res.status,
      error: ok ? null : describeStatus(res.status, response),
      durationMs: Date.now() - started,
      response,
      retryAfterMs: retryAfterMs(res.status, res.headers.get('retry-after'), Date.now()),
    }
  } catch (err) {
    const timedOut = signal.aborted
    const message = timedOut
      ? `timed out after ${req.timeoutMs} ms`
      : `network error: ${err instanceof Error ? err.message : String(err)}`
    return {
      ok: false,
      statusCode: null,
      error: message.slice(0, ERROR_TEXT_MAX),
      durationMs: Date.now() - started,
      response: null,
      retryAfterMs: null,
    }
  }
}

function describeStatus(status: number, body: string | null): string {
  const what =
    status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}`
  const excerpt = body?.replace(/\s+/g, ' ').trim()
  return (excerpt ? `${what}: ${excerpt}` : what).slice(0, ERROR_TEXT_MAX)
}

/** At most maxBytes of the body, decoded leniently; the rest is cancelled, not downloaded. */
async function readExcerpt(res: Response, maxBytes: number): Promise<string | null> {
  if (!res.body) return null
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
    }
  } catch {
    // A body that breaks off mid-way still leaves the status code as the answer.
  } finally {
    reader.cancel().catch(() => {})
  }
  const all = new Uint8Array(Math.min(size, maxBytes))
  let at = 0
  for (const c of chunks) {
    const part = c.subarray(0, Math.min(c.byteLength, all.length - at))
    all.set(part, at)
    at += part.byteLength
  }
  const text = new TextDecoder().decode(all)
  return text.length ? text : null
}
