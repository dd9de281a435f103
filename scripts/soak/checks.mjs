// The soak's invariants. Each check adds a failure (a sentence saying what broke, with examples)
// or passes; figures are gathered on the way. Ground truth comes from the farm (what it served)
// and the receivers (what they were sent), never from Seismo's own view of itself.
import Database from 'better-sqlite3'

const MINUTE = 60_000
const stripTracking = (url) => url.replace(/\?utm_.*$/, '')

export async function checkAll(run) {
  const failures = []
  const passed = []
  const figures = {}
  const check = (name, problems, detail = '') => {
    if (problems.length === 0) passed.push(detail ? `${name}: ${detail}` : name)
    else failures.push(`${name}: ${problems.length} problem(s), e.g. ${problems.slice(0, 3).join('; ')}`)
  }
  const byUrl = new Map()
  for (const a of run.articles) {
    const key = stripTracking(a.url)
    byUrl.set(key, [...(byUrl.get(key) ?? []), a])
  }

  // ── Every distinct item served is stored exactly once; nothing extra ──
  const lost = []
  const doubled = []
  const expectedLinks = new Set()
  for (const [identity, item] of run.farm.served) {
    expectedLinks.add(item.link)
    const stored = byUrl.get(item.link) ?? []
    if (stored.length === 0) lost.push(identity)
    if (stored.length > 1) doubled.push(`${identity} ×${stored.length}`)
  }
  const extra = run.articles.filter((a) => !expectedLinks.has(stripTracking(a.url))).map((a) => a.url)
  check('every item the farm served is stored', lost, `${run.farm.served.size} distinct items`)
  check('no item is stored twice', doubled)
  check('nothing is stored that the farm did not serve', extra, `${run.articles.length} articles`)
  figures.articles = run.articles.length
  figures.itemsServed = run.farm.served.size

  // ── Republished copies (same link + tracking) fold; wire copies join their story's cluster ──
  const clusterOfLink = (link) => byUrl.get(link)?.[0]?.cluster_id
  const originalOfStory = new Map()
  for (const item of run.farm.served.values())
    if (item.story !== null && !item.link.includes('/wire/') && !originalOfStory.has(item.story))
      originalOfStory.set(item.story, item.link)
  const unclustered = []
  let wireCopies = 0
  for (const [identity, item] of run.farm.served) {
    if (!identity.startsWith('wire:')) continue
    const original = originalOfStory.get(item.story)
    if (!original || !byUrl.has(original) || !byUrl.has(item.link)) continue
    wireCopies++
    if (clusterOfLink(original) !== clusterOfLink(item.link)) unclustered.push(identity)
  }
  check('wire copies are clustered with their story', unclustered, `${wireCopies} copies`)
  const storiesByCluster = new Map()
  for (const item of run.farm.served.values()) {
    const c = clusterOfLink(item.link)
    if (c === undefined || item.story === null) continue
    storiesByCluster.set(c, new Set([...(storiesByCluster.get(c) ?? []), item.story]))
  }
  const merged = [...storiesByCluster].filter(([, s]) => s.size > 1).map(([c, s]) => `${c}: ${[...s]}`)
  check('different stories are never clustered together', merged, `${storiesByCluster.size} stories`)
  figures.republished = [...run.farm.served.values()].filter((i) => i.feeds.size > 1).length
  figures.wireCopies = wireCopies

  // Archived during the run (the farm's fixed items are older than the hot window): read back in full.
  const archived = run.articles.filter((a) => a.archived)
  const empty = archived.filter((a) => !a.content).map((a) => a.url)
  check('archived articles are exported in full from R2', empty, `${archived.length} archived`)
  figures.archived = archived.length

  const euckr = [...run.farm.served.values()].filter((i) => i.link.startsWith('https://news.example/'))
  const garbled = euckr.filter((i) => byUrl.get(i.link)?.[0]?.title !== i.title).map((i) => i.link)
  check('undeclared EUC-KR is stored as the Korean it is', garbled)

  // ── Every ingest accounts for every item ──
  const unaccounted = run.feeds
    .filter((f) => f.last_ingest)
    .filter(
      ({ last_ingest: s }) => s.items !== s.inserted + s.duplicates + s.skipped.empty + s.skipped.over_limit,
    )
    .map((f) => f.url)
  check('every ingest accounts for every item (items = inserted + duplicates + skipped)', unaccounted)

  // A source file edited (wrangler logs the reload) or workerd restarted (its process ids changed): local
  // queues lose their messages then, so the other failures of such a run may be its consequences. A call
  // wrangler's proxy still dropped after the soak's retries (soak/replies.mjs) fails the run too.
  const { reloads, workerdRestarts, droppedUnder } = run.observed
  check('the Worker ran the whole time without a reload (no source file changed, workerd never restarted)', [
    ...(reloads ? [`reloaded ${reloads} time(s)`] : []),
    ...workerdRestarts.map(
      ({ t, pids }) => `workerd's processes changed at ${Math.round(t / 1000)} s (now ${pids})`,
    ),
    ...droppedUnder.map((route) => `${route} dropped by wrangler's proxy after every retry`),
  ])
  checkFeeds(run, check, figures)
  checkWebhooks(run, check, figures)
  checkHttp(run, check, figures)
  checkStorage(run, check)
  return { failures, passed, figures }
}

/** Bad feeds show their error and back off; good feeds were fetched on schedule, never twice at once. */
function checkFeeds(run, check, figures) {
  const byUrl = new Map(run.feeds.map((f) => [f.url, f]))
  const expect = {
    slow: /timed out/,
    http500: /HTTP 500/,
    http429: /HTTP 429/,
    http503: /HTTP 503/,
    loop: /too many redirects/,
    gzipbomb: /exceeds the \d+-byte limit/,
    oversize: /exceeds the \d+-byte limit/,
    hangup: /./,
  }
  const problems = []
  const shown = []
  for (const { name, url } of run.farm.badFeedUrls()) {
    const f =
      byUrl.get(url) ?? (name === 'moved' ? run.feeds.find((x) => x.id === run.feedIds.get(url)) : null)
    if (!f) {
      problems.push(`${name}: feed missing`)
      continue
    }
    shown.push(`${name}: ${f.last_status}${f.last_error ? ` (${f.last_error.slice(0, 60)})` : ''}`)
    if (expect[name]) {
      if (f.last_status !== 'error' || !expect[name].test(f.last_error ?? ''))
        problems.push(`${name}: expected an error like ${expect[name]}, got ${f.last_status} ${f.last_error}`)
      const wait = Date.parse(f.next_fetch_at) - Date.parse(f.last_fetched_at)
      const backoff = f.interval_minutes * 2 ** Math.max(0, f.consecutive_failures - 1) * MINUTE
      const asked = name === 'http429' ? 3_600_000 : name === 'http503' ? 7_190_000 : 0
      if (f.consecutive_failures < 1 || wait < Math.max(backoff, asked) - 1_000)
        problems.push(
          `${name}: no backoff (failures ${f.consecutive_failures}, next in ${Math.round(wait / 1000)} s)`,
        )
    }
    if (name === 'moved' && !f.url.endsWith('/newhome/feed.xml')) problems.push(`moved: still at ${f.url}`)
    if (name === 'notmodified' && f.last_status !== 'not_modified')
      problems.push(`notmodified: ${f.last_status}`)
    if (name === 'truncated' && !(f.last_status === 'ok' && f.last_ingest?.warnings?.length))
      problems.push(
        `truncated: expected ok with a warning, got ${f.last_status} ${JSON.stringify(f.last_ingest?.warnings)}`,
      )
    if (name === 'euckr' && f.last_status !== 'ok') problems.push(`euckr: ${f.last_status} ${f.last_error}`)
    if (name === 'alternating' && f.last_status === 'error' && !/not_a_feed/.test(f.last_error ?? ''))
      problems.push(`alternating: ${f.last_error}`)
    // Attempts of a failing feed are spaced by its backoff (no hammering).
    const attempts = run.farm.requests.get(new URL(url).pathname) ?? []
    for (let k = 1; k < attempts.length; k++)
      if (attempts[k] - attempts[k - 1] < f.interval_minutes * MINUTE - 5_000 && name !== 'moved')
        problems.push(`${name}: fetched again after ${Math.round((attempts[k] - attempts[k - 1]) / 1000)} s`)
  }
  check('misbehaving feeds show their error, and back off', problems)
  figures.badFeeds = shown

  const late = []
  const doubled = []
  const overdue = []
  const notOk = []
  for (const url of run.farm.goodFeedUrls()) {
    const f = byUrl.get(url)
    const created = run.observed.feedCreatedAt.get(url)
    if (!f || !created) continue
    const path = new URL(url).pathname
    const hits = run.farm.requests.get(path) ?? []
    // First fetch: by the first cron run after the feed was added (the soak fires one every round).
    if (!hits.length || hits[0] - created > run.observed.maxRoundMs + 60_000)
      late.push(
        `${path} first fetched ${hits.length ? `${Math.round((hits[0] - created) / 1000)} s` : 'never'}`,
      )
    const periods = 1 + Math.floor((run.endedAt - (hits[0] ?? run.endedAt)) / (f.interval_minutes * MINUTE))
    if (hits.length > periods + (run.observed.manualFetches.get(url) ?? 0))
      doubled.push(`${path}: ${hits.length} fetches for ${periods} due times`)
    if (Date.parse(f.next_fetch_at) <= run.observed.lastCronAt - 1_000) overdue.push(path)
    if (f.last_status !== 'ok') notOk.push(`${path}: ${f.last_status} ${f.last_error}`)
  }
  check('good feeds are first fetched by the next cron run', late)
  check('no feed is fetched twice for one due time (overlapping cron runs included)', doubled)
  check('no good feed is overdue when the run ends', overdue)
  check('good feeds end ok', notOk)
}

/** Every (watch, matching article) reached each healthy and flaky receiver exactly once by webhook-id. */
function checkWebhooks(run, check, figures) {
  const articleById = new Map(run.articles.map((a) => [a.id, a]))
  const servedByLink = new Map([...run.farm.served.values()].map((i) => [i.link, i]))
  const matching = (keyword) =>
    run.articles.filter((a) => servedByLink.get(stripTracking(a.url))?.keyword === keyword)
  figures.webhooks = {}
  for (const w of run.watches) {
    const expected = matching(w.keyword)
    const list = run.deliveries.get(w.label) ?? []
    const receiver = run.receivers[w.receiver]
    const received = receiver.idsByWatch().get(w.label) ?? new Map()
    const statuses = countBy(list, (d) => d.status)
    figures.webhooks[w.label] = { matches: expected.length, deliveries: list.length, statuses, requests: 0 }
    figures.webhooks[w.label].requests = receiver.requests.filter((r) => r.watch === w.label).length
    const problems = []
    if (w.receiver === 'healthy' || w.receiver === 'flaky') {
      if (w.notify === 'article') {
        const want = new Set(expected.map((a) => a.id))
        for (const id of want) {
          const ids = received.get(id)
          if (!ids) problems.push(`article ${id} never reached the receiver`)
          else if (ids.size > 1) problems.push(`article ${id} sent under ${ids.size} webhook-ids`)
        }
        for (const id of received.keys()) if (!want.has(id)) problems.push(`article ${id} does not match`)
      } else {
        const clusters = new Map()
        for (const [id, ids] of received) {
          const c = articleById.get(id)?.cluster_id ?? `?${id}`
          clusters.set(c, new Set([...(clusters.get(c) ?? []), ...ids]))
        }
        const want = new Set(expected.map((a) => a.cluster_id))
        for (const c of want) {
          const ids = clusters.get(c)
          if (!ids) problems.push(`story ${c} never reached the receiver`)
          else if (ids.size > 1) problems.push(`story ${c} alerted under ${ids.size} webhook-ids`)
        }
        for (const c of clusters.keys()) if (!want.has(c)) problems.push(`story ${c} does not match`)
        figures.webhooks[w.label].stories = want.size
      }
      const open = list.filter((d) => d.status === 'pending' || d.status === 'failed')
      if (open.length)
        problems.push(`${open.length} deliveries still ${[...new Set(open.map((d) => d.status))]}`)
      check(`${w.label}: every match reached the receiver exactly once by webhook-id`, problems)
    } else if (w.receiver === 'gone') {
      const notHeld = list.filter((d) => d.status !== 'held')
      if (list.length !== expected.length)
        problems.push(`${list.length} deliveries for ${expected.length} matches`)
      if (notHeld.length)
        problems.push(`${notHeld.length} not held: ${[...new Set(notHeld.map((d) => d.status))]}`)
      if (w.view.held !== list.length) problems.push(`the watch shows held ${w.view.held}`)
      check('410 Gone: every match is visible as held after it', problems)
    } else {
      const bad = list.filter((d) => d.status !== 'pending' && d.status !== 'failed')
      if (list.length !== expected.length)
        problems.push(`${list.length} deliveries for ${expected.length} matches`)
      if (bad.length) problems.push(`${bad.length} neither pending nor failed`)
      check('receiver down: every delivery is visible as pending or failed', problems)
    }
  }
  const badSignatures = Object.values(run.receivers).reduce((n, r) => n + r.badSignatures, 0)
  check(
    'every webhook carries a valid Standard Webhooks signature',
    badSignatures ? [`${badSignatures} refused`] : [],
  )
}

/** Zero 5xx anywhere; readers within their limits never see a 429; the one over it gets 429 + Retry-After. */
function checkHttp(run, check, figures) {
  const problems = []
  for (const [name, r] of Object.entries(run.loadResults.routes)) {
    const fiveXx = Object.entries(r.statuses).filter(([s]) => Number(s) >= 500)
    if (fiveXx.length) problems.push(`${name}: ${JSON.stringify(Object.fromEntries(fiveXx))}`)
    if (r.errors || r.timeouts)
      problems.push(`${name}: ${r.errors} connection errors, ${r.timeouts} timeouts`)
  }
  problems.push(...run.observed.soak5xx)
  check('zero 5xx answers', problems)
  const limits = []
  for (const [name, r] of Object.entries(run.loadResults.routes))
    if (r.statuses[429]) limits.push(`${name}: ${r.statuses[429]} readers limited`)
  const { limit, sent, statuses, refused } = run.loadResults.overLimit
  if (!refused) limits.push(`the client over its limit was never refused (${sent} requests)`)
  else {
    if (!(Number(refused.retryAfter) >= 1)) limits.push(`429 with Retry-After ${refused.retryAfter}`)
    if (refused.body?.error?.code !== 'rate_limited')
      limits.push(`429 answered ${JSON.stringify(refused.body)}`)
  }
  const worse = Object.keys(statuses).filter((s) => Number(s) >= 500)
  if (worse.length) limits.push(`the client over its limit got ${worse}`)
  check(
    'rate limits: readers within limits pass, the client over it gets 429 JSON with Retry-After',
    limits,
    refused
      ? `refused after ${statuses[200] ?? 0} of ${limit} allowed, Retry-After ${refused.retryAfter} s`
      : '',
  )
  const events = run.observed.logEvents
  const alarming = Object.keys(events).filter((k) =>
    /^error:(unhandled_error|route_without_access_policy|queue_batch_unknown|feed_fetch_crashed|delivery_crashed)/.test(
      k,
    ),
  )
  check(
    'no crash in the Worker logs',
    alarming.map((k) => `${k} ×${events[k]}`),
  )
  figures.fiveXx = problems.length
}

/** The database itself: no article without its rows, no delivery without its article. */
function checkStorage(run, check) {
  if (!run.sqlite) return check('the local D1 file is readable', ['not found'])
  const db = new Database(run.sqlite, { readonly: true, fileMustExist: true })
  const count = (sql) => db.prepare(sql).get().n
  const problems = []
  const q = {
    'articles without a source': `SELECT count(*) AS n FROM articles a
      WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)`,
    // Archived articles (older than the hot window: the farm's fixed items are dated January)
    // leave the search index on purpose; their text is in R2 (checked through the export).
    'hot articles without a search row': `SELECT count(*) AS n FROM articles a
      WHERE a.archive_batch IS NULL AND NOT EXISTS (SELECT 1 FROM article_search WHERE rowid = a.id)`,
    'archived articles of an unfinished batch': `SELECT count(*) AS n FROM articles a
      WHERE a.archive_batch IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM archive_batches b WHERE b.id = a.archive_batch AND b.state = 'done')`,
    'deliveries without their article': `SELECT count(*) AS n FROM deliveries d
      WHERE d.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id)`,
    'sources pointing at no article': `SELECT count(*) AS n FROM article_sources s
      WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)`,
    'clusters whose representative is missing': `SELECT count(DISTINCT cluster_id) AS n FROM articles a
      WHERE NOT EXISTS (SELECT 1 FROM articles r WHERE r.id = a.cluster_id)`,
  }
  for (const [what, sql] of Object.entries(q)) {
    const n = count(sql)
    if (n) problems.push(`${n} ${what}`)
  }

  db.close()
  check('storage is whole (sources, search rows, deliveries, clusters)', problems)
}

function countBy(list, key) {
  const out = {}
  for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1
  return out
}
