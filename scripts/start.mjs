// npm start: local D1 migrations, then wrangler dev on :8787 with cron testing, then the default feeds.
import { spawn, spawnSync } from 'node:child_process'
import { ensureDevVars, LOCAL_PORT, readDevVar } from './local-config.mjs'
import { seedFeeds } from './seed-feeds.mjs'

const HEALTH_TIMEOUT_MS = 90_000
const wrangler = (args, opts = {}) => spawn('npx', ['wrangler', ...args], { stdio: 'inherit', ...opts })

ensureDevVars()
const migrate = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'], {
  stdio: 'inherit',
  env: { ...process.env, CI: 'true' }, // non-interactive: no confirmation prompt
})
if (migrate.status !== 0) process.exit(migrate.status ?? 1)

const dev = wrangler(['dev', '--port', String(LOCAL_PORT), '--test-scheduled'])
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => dev.kill(sig))
dev.on('exit', (code) => process.exit(code ?? 0))

const base = `http://127.0.0.1:${LOCAL_PORT}`
const deadline = Date.now() + HEALTH_TIMEOUT_MS
while (Date.now() < deadline) {
  try {
    if ((await fetch(`${base}/health`)).ok) break
  } catch {}
  await new Promise((r) => setTimeout(r, 500))
}
const token = readDevVar('ADMIN_TOKEN')
try {
  const { added, total } = await seedFeeds(base, token)
  console.log(`
  Seismo is running at ${base}
  default feeds: ${added} added now, ${total} in the list (offline they show as feed errors in GET /api/feeds)
  admin token (from .dev.vars): ${token}
    curl -H "Authorization: Bearer ${token}" ${base}/api/feeds
  run the cron now:  curl "${base}/__scheduled?cron=*/5+*+*+*+*"
  search:            curl "${base}/api/search?actor=north-korea"    docs: ${base}/docs
`)
} catch (err) {
  console.error('could not seed the default feeds:', err.message)
}
