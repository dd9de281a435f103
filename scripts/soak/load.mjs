// The soak's read load: one autocannon instance per route, readers spread over many client
// addresses (CF-Connecting-IP, which wrangler dev passes through), plus one client that goes far
// past its rate limit and must get 429s with Retry-After, nothing worse.
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

export function percentile(sorted, p) {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * Runs the load for `seconds`. `pick()` gives words to search for and `articleIds()` the ids known
 * so far. Answers per route: requests, requests/s, p50/p95/p99 latency (ms) and status counts.
 */
export async function runLoad({ base, seconds, connections, pick, articleIds, random }) {
  // Readers' addresses (10.0-3.x.y): each stays far below its limits while the crowd is busy.
  const reader = () =>
    `10.${Math.floor(random() * 4)}.${Math.floor(random() * 100)}.${1 + Math.floor(random() * 250)}`
  const routes = {
    'GET /api/search': () => `/api/search?q=${encodeURIComponent(pick())}`,
    'GET /api/search (filter, date)': () => `/api/search?lang=en&sort=date&limit=50`,
    'GET /rss.xml': () => `/rss.xml?q=${encodeURIComponent(pick())}`,
    'GET /atom.xml': () => '/atom.xml',
    'GET /feed.json': () => `/feed.json?q=${encodeURIComponent(pick())}`,
    'GET /api/articles/:id': () => {
      const ids = articleIds()
      return ids.length ? `/api/articles/${ids[Math.floor(random() * ids.length)]}` : '/api/articles/1'
    },
  }
  const runs = Object.entries(routes).map(([name, path]) =>
    measure(name, base, seconds, connections, () => ({ path: path(), ip: reader() })),
  )
  // Meanwhile one client goes far past the feed routes' limit (scripts/soak/checks.mjs).
  const burst = overLimitBurst(base)
  const results = await Promise.all(runs)
  return { routes: Object.fromEntries(results.map((r) => [r.name, r])), overLimit: await burst }
}

function measure(name, base, seconds, connections, next) {
  const latencies = []
  const statuses = {}
  let retryAfterMissing = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (req) => {
              const { path, ip } = next()
              return { ...req, path, headers: { ...req.headers, 'cf-connecting-ip': ip } }
            },
            onResponse: (status, _body, _context, headers) => {
              if (status === 429 && !headersHave(headers, 'retry-after')) retryAfterMissing++
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err)
        latencies.sort((a, b) => a - b)
        resolve({
          name,
          requests: latencies.length,
          rps: latencies.length / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
          retryAfterMissing,
        })
      },
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms)
      statuses[status] = (statuses[status] ?? 0) + 1
    })
  })
}

/** autocannon hands onResponse the headers as an object keyed by the names as sent. */
function headersHave(headers, name) {
  return Object.keys(headers ?? {}).some((k) => k.toLowerCase() === name)
}

/** The feed routes' per-client limit, as wrangler.toml configures FEEDS_RATE_LIMITER. */
function feedsLimit() {
  const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8')
  const m = /name\s*=\s*"FEEDS_RATE_LIMITER"[^[]*?simple\s*=\s*\{\s*limit\s*=\s*(\d+)/.exec(toml)
  if (!m) throw new Error('FEEDS_RATE_LIMITER not found in wrangler.toml')
  return Number(m[1])
}

/**
 * One client asking /feed.json until it is refused. The limit counts per fixed window, so up to
 * 2 × limit + 1 requests are sent (two windows cannot both hold them without one going over),
 * however slow the machine is. Answers what it sent, the statuses and the first refusal.
 */
async function overLimitBurst(base, ip = '192.0.2.66', width = 4) {
  const limit = feedsLimit()
  const statuses = {}
  let sent = 0
  let refused = null
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (!refused && sent < 2 * limit + 1) {
        sent++
        const res = await fetch(`${base}/feed.json`, { headers: { 'cf-connecting-ip': ip } })
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
        if (res.status === 429 && !refused)
          refused = { retryAfter: res.headers.get('retry-after'), body: await res.json().catch(() => null) }
        else await res.body?.cancel()
      }
    }),
  )
  return { limit, sent, statuses, refused }
}
