// npm run soak [-- --minutes N] [-- --short] [-- --seed S] [-- --json FILE]
//
// The soak / chaos run (figures in docs/reliability.md): the Worker under `wrangler dev` exactly as
// the contract starts it, a loopback feed farm of hundreds of changing feeds plus every kind of
// misbehaving host, webhook receivers (healthy, flaky, 410, down) verifying signatures, the cron
// fired repeatedly (overlapping runs included) while autocannon drives the read routes. Then it
// checks the invariants (scripts/soak/checks.mjs), prints figures, and exits 1 when one breaks.
// --short (part of npm test) runs the same checks on a smaller farm in about 90 seconds.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startDevWorker, workerdProcesses } from './lib/dev-worker.mjs'
import { checkAll } from './soak/checks.mjs'
import { FeedFarm, KEYWORDS, rng } from './soak/farm.mjs'
import { freshFetch } from './soak/http.mjs'
import { runLoad } from './soak/load.mjs'
import { startReceivers } from './soak/receivers.mjs'
import { parseReply, sendPastDevProxy } from './soak/replies.mjs'
import { printReport } from './soak/report.mjs'

/** How many of wrangler's own output lines a failed run prints (see the end of the run). */
const WRANGLER_TAIL_LINES = 60
// A call wrangler's proxy drops (soak/replies.mjs) is sent again this many times, this far apart.
const DEV_PROXY_RETRIES = 3
const DEV_PROXY_RETRY_MS = 250

const args = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const short = args.includes('--short')
const minutes = Number(arg('minutes', short ? '0.5' : '3'))
const seed = Number(arg('seed', '12'))
const config = short
  ? { goodFeeds: 36, cohorts: 2, roundMs: 7_000, connections: 1, drainMs: 35_000, manualShare: 0.1 }
  : { goodFeeds: 320, cohorts: 4, roundMs: 15_000, connections: 2, drainMs: 120_000, manualShare: 0.08 }
config.loadSeconds = Math.round(minutes * 60)

// Whatever happens (a crash, Ctrl-C, CI's timeout, a hang), the run ends and stops what it started:
// wrangler ends in an exit hook (scripts/lib/dev-worker.mjs), the farm and receivers with this process.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130))
const WATCHDOG_MS = 2 * (config.loadSeconds * 1000 + config.drainMs) + 180_000
setTimeout(() => {
  console.error(`soak: not finished after ${WATCHDOG_MS / 1000} s; stopping`)
  process.exit(1)
}, WATCHDOG_MS).unref()

const ADMIN_TOKEN = 'soak-admin-token'
const SECRETS_KEY = Buffer.from('soak-run-secrets-key-32-bytes-!!').toString('base64')
const CRON = '/__scheduled?cron=*/5+*+*+*+*'
const started = Date.now()
const random = rng(seed + 1)

/** What the run observed besides the final state: log events, soak-side HTTP answers, samples. */
const observed = {
  logEvents: {},
  soakStatuses: {},
  soak5xx: [],
  memory: [],
  queues: [],
  cronFires: [],
  overlappingCronRuns: 0,
  manualFetches: new Map(),
  feedCreatedAt: new Map(),
  lastCronAt: 0,
  reloads: 0,
  workerdRestarts: [],
  devProxyRetries: [],
  droppedUnder: [],
  maxRoundMs: config.roundMs,
  fetched: 0,
}

let pending = ''
function onOutput(text) {
  pending += text
  const lines = pending.split('\n')
  pending = lines.pop() ?? ''
  for (const line of lines) {
    // wrangler dev reloads the Worker when a source file changes, and local queues lose their
    // messages then: a run during which someone edited the tree proves nothing (checks.mjs says so).
    if (line.includes('Reloading local server')) observed.reloads++
    if (line.startsWith('uncaught exception'))
      observed.logEvents['workerd:uncaught_exception'] =
        (observed.logEvents['workerd:uncaught_exception'] ?? 0) + 1
    const start = line.indexOf('{"level"')
    if (start < 0) continue
    try {
      const { level, event } = JSON.parse(line.slice(start))
      if (event === 'feed_fetched') observed.fetched++
      const key = `${level}:${event}`
      observed.logEvents[key] = (observed.logEvents[key] ?? 0) + 1
    } catch {}
  }
}

const farm = await new FeedFarm({ seed, goodFeeds: config.goodFeeds }).start()
const receivers = await startReceivers(seed)
const worker = await startDevWorker({
  adminToken: ADMIN_TOKEN,
  secretsKey: SECRETS_KEY,
  prefix: 'seismo-soak-',
  onOutput,
})
// --log FILE: the Worker's whole output, written however the run ends (a crash included).
const logFile = arg('log')
if (logFile) process.once('exit', () => writeFileSync(logFile, worker.log()))
console.log(
  `soak: worker ${worker.base}, farm ${farm.base}, ${config.goodFeeds} good feeds, load ${config.loadSeconds} s`,
)

async function call(path, init = {}) {
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, ...(init.headers ?? {}) }
  let body = init.body
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(init.json)
  }
  const route = `${init.method ?? 'GET'} ${path}`
  // wrangler's proxy's 503: the request never reached workerd (soak/replies.mjs), so it is sent again;
  // a real restart shows in workerd's process ids instead (checks.mjs).
  const res = await sendPastDevProxy(
    () => freshFetch(`${worker.base}${path}`, { method: init.method, headers, body }),
    {
      retries: DEV_PROXY_RETRIES,
      delayMs: DEV_PROXY_RETRY_MS,
      onRetry: () => observed.devProxyRetries.push(route),
    },
  )
  observed.soakStatuses[res.status] = (observed.soakStatuses[res.status] ?? 0) + 1
  // Still dropped after the retries: checks.mjs fails the run on it. Callers that need the reply's body skip it.
  if (res.dropped) observed.droppedUnder.push(route)
  else if (res.status >= 500) observed.soak5xx.push(`${route} → ${res.status}`)
  return res
}
const json = async (path, init) => (await call(path, init)).json()

// ── Sampling: workerd's memory every second, the queues' state from /health every 3 s ──
const workerdAtStart = workerdProcesses(worker.pid)
  .map((p) => p.pid)
  .join(',')
const memoryTimer = setInterval(() => {
  const processes = workerdProcesses(worker.pid)
  const pids = processes.map((p) => p.pid).join(',')
  const t = Date.now() - started
  if (pids !== workerdAtStart && observed.workerdRestarts.at(-1)?.pids !== pids)
    observed.workerdRestarts.push({ t, pids })
  observed.memory.push({ t, rss: processes.reduce((sum, p) => sum + p.rss, 0) })
}, 1_000)
const queueTimer = setInterval(async () => {
  try {
    const h = await json('/health')
    observed.queues.push({
      t: Date.now() - started,
      ...h.queues.fetch,
      ...prefix('d_', h.queues.deliveries),
      articles: h.articles,
      fetched: observed.fetched,
    })
  } catch {}
}, 3_000)
const prefix = (p, o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [p + k, v]))

// ── Watches: both notify modes on the healthy and flaky receivers; one on each of the others ──
const watches = []
async function addWatch(receiver, label, notify, keyword = KEYWORDS[0]) {
  const r = await call('/api/watches', {
    method: 'POST',
    json: {
      name: label,
      filter: `q=${keyword}`,
      notify,
      webhook: { url: `${receiver.url}?watch=${label}`, format: 'standard' },
    },
  })
  if (r.dropped) return
  const w = await r.json()
  if (!w.id) throw new Error(`watch ${label} not created: ${JSON.stringify(w)}`)
  receiver.secrets.set(label, w.secret)
  watches.push({ id: w.id, label, notify, receiver: receiver.kind, keyword })
}
for (const kind of ['healthy', 'flaky']) {
  await addWatch(receivers[kind], `${kind}-article`, 'article')
  await addWatch(receivers[kind], `${kind}-story`, 'story')
}
await addWatch(receivers.gone, 'gone-article', 'article')
await addWatch(receivers.down, 'down-article', 'article')

// ── Feeds: the misbehaving ones at once, the good ones in cohorts over the run ──
const feedIds = new Map() // url → id
async function addFeed(url) {
  const r = await call('/api/feeds', { method: 'POST', json: { url, interval_minutes: 5 } })
  if (r.dropped) return
  const body = await r.json()
  // A retried POST whose first copy did get through after all finds its feed made.
  const made =
    r.status === 409 && r.retried ? (await json('/api/feeds')).feeds.find((f) => f.url === url) : null
  if (r.status !== 201 && !made) throw new Error(`feed ${url}: ${r.status} ${JSON.stringify(body)}`)
  feedIds.set(url, made ? made.id : body.id)
  observed.feedCreatedAt.set(url, Date.now())
}
for (const { url } of farm.badFeedUrls()) await addFeed(url)
const goodUrls = farm.goodFeedUrls()
const cohortSize = Math.ceil(goodUrls.length / config.cohorts)
let cohort = 0
async function addCohort() {
  const urls = goodUrls.slice(cohort * cohortSize, (cohort + 1) * cohortSize)
  cohort++
  await pool(urls, 6, addFeed)
}
await addCohort()

async function pool(items, width, fn) {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (queue.length) await fn(queue.shift())
    }),
  )
}

async function fireCron(overlap) {
  const fire = async () => {
    const at = Date.now()
    observed.cronFires.push(at - started)
    observed.lastCronAt = at
    await call(CRON, { headers: {} })
  }
  if (overlap) {
    observed.overlappingCronRuns++
    await Promise.all([fire(), fire()])
  } else await fire()
}

// ── Words to search for and article ids to read, refreshed as the run goes ──
let knownIds = []
const searchWords = () => farm.words[Math.floor(random() * farm.words.length)]
async function refreshIds() {
  try {
    const page = await json('/api/search?sort=date&limit=100&clusters=all')
    knownIds = page.items.map((a) => a.id)
  } catch {}
}

await fireCron(false)
const load = runLoad({
  base: worker.base,
  seconds: config.loadSeconds,
  connections: config.connections,
  pick: () => (random() < 0.2 ? KEYWORDS[Math.floor(random() * KEYWORDS.length)] : searchWords()),
  articleIds: () => knownIds,
  random,
})
let loadDone = false
load.finally(() => {
  loadDone = true
})

// ── Rounds: the farm changes, a cohort arrives, the cron fires (twice at once now and then),
// and an operator's "fetch now" hits a few feeds meanwhile ──
let round = 0
while (!loadDone) {
  await new Promise((r) => setTimeout(r, config.roundMs))
  round++
  farm.advance()
  if (cohort < config.cohorts) await addCohort()
  const manual = goodUrls.slice(0, cohort * cohortSize).filter(() => random() < config.manualShare)
  await Promise.all([
    fireCron(round % 3 === 1),
    pool(manual, 4, async (url) => {
      await call(`/api/feeds/${feedIds.get(url)}/fetch`, { method: 'POST' })
      observed.manualFetches.set(url, (observed.manualFetches.get(url) ?? 0) + 1)
    }),
    refreshIds(),
  ])
}
const loadResults = await load
console.log(`soak: load done after ${round} rounds; draining`)

// ── Drain: the cron keeps firing each round (it re-sends due webhook retries) while the fetch queue
// and the healthy/flaky deliveries empty ──
const drainUntil = Date.now() + config.drainMs
const deliverable = watches.filter((w) => w.receiver === 'healthy' || w.receiver === 'flaky')
for (let lastCron = 0; ; ) {
  if (Date.now() - lastCron >= config.roundMs) {
    lastCron = Date.now()
    await fireCron(false)
  }
  const h = await json('/health')
  let open = h.queues.fetch.in_flight
  for (const w of deliverable)
    open += (await json(`/api/watches/${w.id}/deliveries?status=pending&limit=200`)).deliveries.length
  if (open === 0 || Date.now() > drainUntil) break
  await new Promise((r) => setTimeout(r, 2_000))
}
clearInterval(memoryTimer)
clearInterval(queueTimer)

// ── The final state, through the API ──
const exportReply = await call('/api/export?format=ndjson')
const exportText = await exportReply.text()
// Each line through parseReply: a cut or non-JSON line fails the run naming the line, not a bare SyntaxError.
const articles = exportText
  .split('\n')
  .filter(Boolean)
  .map((l, i) => parseReply(`/api/export?format=ndjson line ${i + 1}`, exportReply.status, l))
const feeds = (await json('/api/feeds')).feeds
const deliveries = new Map()
for (const w of watches) {
  const list = []
  let before = null
  do {
    const page = await json(`/api/watches/${w.id}/deliveries?limit=200${before ? `&before=${before}` : ''}`)
    list.push(...page.deliveries)
    before = page.next_before
  } while (before)
  deliveries.set(w.label, list)
  w.view = await json(`/api/watches/${w.id}`)
}
const health = await json('/health')

await worker.stop({ keepDir: true })
const sqlite = findSqlite(worker.dir)
await Promise.all([farm.stop(), ...Object.values(receivers).map((r) => r.stop())])

const outcome = await checkAll({
  farm,
  receivers,
  watches,
  articles,
  feeds,
  deliveries,
  feedIds,
  observed,
  loadResults,
  sqlite,
  endedAt: Date.now(),
})
const figures = {
  seed,
  mode: short ? 'short' : 'full',
  elapsedSeconds: Math.round((Date.now() - started) / 1000),
  rounds: round,
  config,
  health,
  load: loadResults,
  memory: observed.memory,
  queues: observed.queues,
  cronFires: observed.cronFires.length,
  overlappingCronRuns: observed.overlappingCronRuns,
  logEvents: observed.logEvents,
  soakStatuses: observed.soakStatuses,
  devProxyRetries: observed.devProxyRetries,
  ...outcome.figures,
}
printReport(figures, outcome)
// A failed run prints wrangler's own lines (not the Worker's JSON logs nor its request lines), the last
// WRANGLER_TAIL_LINES of them: a restart under a request (wrangler's 503) leaves its cause there only, and
// CI keeps stdout alone.
if (outcome.failures.length) {
  const own = worker
    .log()
    .split('\n')
    .filter((l) => l.trim() && !l.includes('{"level"') && !l.includes('[wrangler:info]'))
  console.log(
    `\nwrangler's own output, the last ${Math.min(own.length, WRANGLER_TAIL_LINES)} of ${own.length} lines:`,
  )
  for (const line of own.slice(-WRANGLER_TAIL_LINES)) console.log(`  ${line}`)
}
const out = arg('json')
if (out) writeFileSync(out, JSON.stringify(figures, null, 2))
await worker.stop() // removes the persisted state
process.exit(outcome.failures.length ? 1 : 0)

/** The local D1's SQLite file under wrangler's --persist-to dir. */
function findSqlite(dir) {
  const stack = [dir]
  while (stack.length) {
    const d = stack.pop()
    if (!existsSync(d)) continue
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) stack.push(p)
      else if (p.includes('D1Database') && name.endsWith('.sqlite') && name !== 'metadata.sqlite') return p
    }
  }
  return null
}
