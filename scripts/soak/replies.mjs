// Reading the Worker's replies to the soak's own calls (scripts/soak/http.mjs). No Node imports, so
// the workerd tests can load it (test/soak/replies.test.ts).

// wrangler dev's proxy answers a non-GET/HEAD request with this (503, text/plain, Retry-After: 0)
// when the Worker restarted while the request was in flight (node_modules/wrangler/templates/
// startDevWorker/ProxyWorker.ts); GET and HEAD it retries itself. The request may or may not have
// been applied, so the soak never retries it: it counts a reload, as checks.mjs reports.
export const RESTARTED_MID_REQUEST = 'Your worker restarted mid-request'

/** Whether a reply is wrangler's, not the Worker's: the Worker restarted under the request. */
export function restartedMidRequest(status, text) {
  return status === 503 && text.startsWith(RESTARTED_MID_REQUEST)
}

/** The reply's JSON, or an error naming the route, the status and the start of what came instead. */
export function parseReply(route, status, text) {
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`${route} answered ${status} with no JSON: ${JSON.stringify(text.slice(0, 200))}`)
  }
}
