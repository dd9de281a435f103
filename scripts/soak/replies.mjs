// Reading the Worker's replies to the soak's own calls (scripts/soak/http.mjs). No Node imports, so
// the workerd tests can load it (test/soak/replies.test.ts).

// wrangler dev's proxy (node_modules/wrangler/templates/startDevWorker/ProxyWorker.ts) answers a
// non-GET/HEAD request with this (503, text/plain, Retry-After: 0) whenever forwarding it to workerd
// fails on the network; GET and HEAD it retries itself. The text blames a restart, but in wrangler 4.86
// the "did the Worker change" test compares the request's URL, path included, with the Worker's bare
// origin, so it never holds and every such failure gets this reply (workers-sdk PR 14593 corrects the
// test). The failure seen here without any restart is kj's two 5-second idle timeouts closing a pooled
// proxy-to-workerd connection as a request goes out on it (workers-sdk issue 14641): the request never
// reached the Worker. The soak retries such a request (soak.mjs) and tells a real restart by workerd's
// process ids and wrangler's reload line (checks.mjs).
export const RESTARTED_MID_REQUEST = 'Your worker restarted mid-request'

/** Whether a reply is wrangler's proxy's, not the Worker's: the request did not get through to workerd. */
export function droppedByDevProxy(status, text) {
  return status === 503 && text.startsWith(RESTARTED_MID_REQUEST)
}

/**
 * Sends a call again while wrangler's proxy drops it, up to `retries` more times `delayMs` apart, calling
 * `onRetry()` before each. `send()` answers a reply with `dropped` (soak/http.mjs); the last reply is
 * answered, with `retried` set when it is not the first.
 */
export async function sendPastDevProxy(send, { retries, delayMs, onRetry }) {
  for (let attempt = 0; ; attempt++) {
    const reply = await send()
    reply.retried = attempt > 0
    if (!reply.dropped || attempt === retries) return reply
    onRetry?.()
    await new Promise((r) => setTimeout(r, delayMs))
  }
}

/** The reply's JSON, or an error naming the route, the status and the start of what came instead. */
export function parseReply(route, status, text) {
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`${route} answered ${status} with no JSON: ${JSON.stringify(text.slice(0, 200))}`)
  }
}
