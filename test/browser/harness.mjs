// The browser suite's world: the Worker under `wrangler dev` on a free loopback port with a
// fresh local D1 (migrations applied with --persist-to, as the contract starts it), seeded
// through POST /api/ingest; a local webhook receiver and feed host on loopback; Debian's
// Chromium driven by playwright-core. Also used by scripts/screenshots.mjs.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
const START_TIMEOUT_MS = 120_000

export const chromiumAvailable = () => existsSync(CHROMIUM)

/** A free TCP port on loopback (listen on 0, read it, close). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** wrangler dev with a migrated, empty local D1 in a temp dir. */
export async function startWorker() {
  const dir = mkdtempSync(join(tmpdir(), 'seismo-browser-'))
  const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_D1_WARNING: 'true' }
  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir],
    {
      env,
      encoding: 'utf8',
    },
  )
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`)
  const port = await freePort()
  const args = ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', dir]
  args.push('--test-scheduled', '--var', `ADMIN_TOKEN:${ADMIN_TOKEN}`, '--var', 'ALLOW_PRIVATE_URLS:true')
  args.push('--var', `SECRETS_KEY:${SECRETS_KEY}`, '--show-interactive-dev-session=false')
  const child = spawn('npx', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let log = ''
  child.stdout.on('data', (d) => {
    log += d
  })
  child.stderr.on('data', (d) => {
    log += d
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${log}`)
    try {
      if ((await fetch(`${base}/health`)).ok) break
    } catch {}
    if (Date.now() > deadline) {
      stopProcess(child)
      throw new Error(`wrangler dev did not answer /health in time:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    base,
    log: () => log,
    stop: async () => {
      stopProcess(child)
      await new Promise((r) => setTimeout(r, 300))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Ends wrangler and the workerd it started (its own process group: we started it detached). */
function stopProcess(child) {
  if (child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

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
