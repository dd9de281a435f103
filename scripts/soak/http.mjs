// The soak's own calls to the Worker (setup, cron, /health samples, the final read), on a fresh
// connection each: global fetch reuses idle keep-alive sockets, and the soak's calls are seconds
// apart, so one now and then went out on a socket the server was closing (ECONNRESET) and ended the
// run on something that is not the Worker's doing. Answers the parts of a fetch Response it uses,
// plus `dropped` (wrangler's proxy's reply when the request did not get through to workerd: replies.mjs).
import { request } from 'node:http'
import { droppedByDevProxy, parseReply } from './replies.mjs'

const CALL_TIMEOUT_MS = 120_000

export function freshFetch(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        const { pathname, search } = new URL(url)
        const route = `${method} ${pathname}${search}`
        resolve({
          status: res.statusCode,
          dropped: droppedByDevProxy(res.statusCode, text),
          text: async () => text,
          json: async () => parseReply(route, res.statusCode, text),
        })
      })
    })
    // A call the Worker never answers fails the run here, with its URL, not at the watchdog.
    req.setTimeout(CALL_TIMEOUT_MS, () =>
      req.destroy(new Error(`no answer in ${CALL_TIMEOUT_MS} ms: ${url}`)),
    )
    req.on('error', reject)
    req.end(body)
  })
}
