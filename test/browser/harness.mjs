// The browser suite's world: the Worker under `wrangler dev` on a free loopback port with a
// fresh local D1 (migrations applied with --persist-to, as the contract starts it), seeded
// through POST /api/ingest; a local webhook receiver and feed host on loopback; Debian's
// Chromium driven by playwright-core. Also used by scripts/screenshots.mjs.
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { startDevWorker } from '../../scripts/lib/dev-worker.mjs'
import { fixtureFeeds } from './fixtures.mjs'

export const ADMIN_TOKEN = 'browser-suite-admin-token'
const SECRETS_KEY = Buffer.from('browser-suite-secrets-key-32-byt').toString('base64')
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const chromiumAvailable = () => existsSync(CHROMIUM)

/** wrangler dev with a migrated, empty local D1 in a temp dir (scripts/lib/dev-worker.mjs). */
export const startWorker = () =>
  startDevWorker({ adminToken: ADMIN_TOKEN, secretsKey: SECRETS_KEY, prefix: 'seismo-browser-' })

export async function adminFetch(base, path, init = {}) {
  const headers = { Authorization: `Bearer ${ADMIN_TOKEN}`, ...(init.headers || {}) }
  return fetch(`${base}${path}`, { ...init, headers })
}

/** Ingests the fixture feeds; answers their ingest summaries. */
export async function seed(base, now = Date.now()) {
  const out = []
  for (const { url, doc } of fixtureFeeds(now)) {
    const res = await adminFetch(base, `/api/ingest?url=${encodeURIComponent(url)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      body: doc,
    })
    if (!res.ok) throw new Error(`ingest of ${url} failed: ${res.status} ${await res.text()}`)
    out.push(await res.json())
  }
  return out
}

/**
 * Loopback HTTP server standing in for a webhook receiver (POST /hook answers 200 and records
 * the request) and for feed hosts (GET /missing.xml answers 404).
 */
export async function startLoopbackServer() {
  const received = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => {
      body += d
    })
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/hook') {
        received.push({ headers: req.headers, body })
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ ok: true, received: received.length }))
        return
      }
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('no such feed here')
    })
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stop: () => new Promise((r) => server.close(r)),
  }
}

/** Chromium from Debian, driven by playwright-core (no browser download). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
}
