// Prints the soak's figures and verdicts (the same figures --json writes for docs/reliability.md).
const ms = (v) => (v === null || v === undefined ? '-' : `${Math.round(v)}`)
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`

export function printReport(f, outcome) {
  const out = []
  out.push(
    '',
    `Soak (${f.mode}, seed ${f.seed}): ${f.elapsedSeconds} s, ${f.rounds} rounds, ${f.cronFires} cron runs`,
  )
  out.push(
    `  (${f.overlappingCronRuns} of them pairs fired at once); ${f.itemsServed} distinct items served, ${f.articles} articles`,
  )
  out.push(`  stored, ${f.republished} republished under tracking links, ${f.wireCopies} wire copies`, '')
  out.push('Read load (autocannon, per route):')
  out.push(
    '  route                                          req     req/s   p50 ms  p95 ms  p99 ms  statuses',
  )
  for (const r of Object.values(f.load.routes)) {
    out.push(
      `  ${r.name.padEnd(46)} ${String(r.requests).padStart(6)} ${r.rps.toFixed(1).padStart(8)} ${ms(r.p50).padStart(8)}` +
        `${ms(r.p95).padStart(8)}${ms(r.p99).padStart(8)}  ${JSON.stringify(r.statuses)}`,
    )
  }
  const o = f.load.overLimit
  out.push(
    `  one client over its limit (/feed.json, ${o.limit} a minute): ${o.sent} requests, ${JSON.stringify(o.statuses)}`,
  )
  const peak = f.memory.reduce((m, s) => Math.max(m, s.rss), 0)
  out.push(
    '',
    `Worker memory, workerd peak RSS (with the local D1, Queues, R2 and DevTools logs): ${mb(peak)}` +
      ` (sampled every second; at start ${mb(f.memory[0]?.rss ?? 0)})`,
  )
  out.push(
    'Queues over time (from /health: fetch in flight / due, deliveries pending / due / held, articles):',
  )
  const step = Math.max(1, Math.floor(f.queues.length / 12))
  for (let i = 0; i < f.queues.length; i += step) {
    const q = f.queues[i]
    out.push(
      `  t=${String(Math.round(q.t / 1000)).padStart(4)} s  fetch ${q.in_flight}/${q.due}  deliveries ` +
        `${q.d_pending}/${q.d_due}/${q.d_held}  articles ${q.articles}  fetches done ${q.fetched}`,
    )
  }
  // Calls wrangler's dev proxy dropped and the soak sent again (soak/replies.mjs): not the Worker's doing.
  if (f.devProxyRetries.length)
    out.push('', `Calls sent again after wrangler's proxy dropped them: ${f.devProxyRetries.join(', ')}`)
  out.push('', 'Misbehaving feeds:', ...f.badFeeds.map((b) => `  ${b}`))
  out.push('', 'Webhooks:')
  for (const [label, w] of Object.entries(f.webhooks))
    out.push(
      `  ${label.padEnd(16)} matches ${w.matches}${w.stories ? ` (${w.stories} stories)` : ''}, requests ${w.requests}, deliveries ${JSON.stringify(w.statuses)}`,
    )
  const errors = Object.entries(f.logEvents).filter(([k]) => !k.startsWith('info:'))
  out.push(
    '',
    `Worker log events (warn/error): ${errors.length ? errors.map(([k, n]) => `${k} ×${n}`).join(', ') : 'none'}`,
  )
  out.push('', 'Invariants:')
  for (const p of outcome.passed) out.push(`  ok    ${p}`)
  for (const p of outcome.failures) out.push(`  FAIL  ${p}`)
  out.push(
    '',
    outcome.failures.length ? `${outcome.failures.length} invariant(s) broken` : 'all invariants hold',
  )
  console.log(out.join('\n'))
}
