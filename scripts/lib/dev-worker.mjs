// The Worker under `wrangler dev` as the contract starts it (README of the HTTP contract,
// "Running"): local D1 migrated with --persist-to into a fresh temp dir, then wrangler dev on a
// free loopback port with --test-scheduled and the three --var values. Used by the browser suite
// (test/browser/harness.mjs) and the soak run (scripts/soak.mjs).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const START_TIMEOUT_MS = 120_000

/** A free TCP port on loopback (listen on 0, read it, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/**
 * Starts the Worker; `onOutput(text)` sees everything wrangler and workerd print (the Worker's
 * JSON log lines included). Answers { base, dir, pid, log(), stop() }: `pid` leads the process
 * group wrangler and workerd run in (started detached), which stop() ends.
 */
export async function startDevWorker({ adminToken, secretsKey, prefix = 'seismo-dev-', onOutput } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
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
  // The DevTools inspector too gets a free port (wrangler's default, 9229, is shared by every run).
  const inspectorPort = await freePort()
  const args = ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', dir]
  args.push('--inspector-port', String(inspectorPort), '--inspector-ip', '127.0.0.1')
  args.push('--test-scheduled', '--var', `ADMIN_TOKEN:${adminToken}`, '--var', 'ALLOW_PRIVATE_URLS:true')
  args.push('--var', `SECRETS_KEY:${secretsKey}`, '--show-interactive-dev-session=false')
  const child = spawn('npx', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  // Detached, wrangler would outlive a caller that crashes or is interrupted: end it (and its state
  // dir) whenever this process exits, however it exits.
  const onExit = () => {
    stopProcess(child)
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', onExit)
  let log = ''
  const take = (d) => {
    const text = String(d)
    log += text
    onOutput?.(text)
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
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
    dir,
    pid: child.pid,
    inspectorPort,
    log: () => log,
    stop: async ({ keepDir = false } = {}) => {
      stopProcess(child)
      await new Promise((r) => setTimeout(r, 500))
      if (keepDir) return
      rmSync(dir, { recursive: true, force: true })
      process.off('exit', onExit)
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

/** The workerd processes in a process group: [{ pid, rss }] (rss in bytes), by pid. */
export function workerdProcesses(groupPid) {
  const found = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      if (Number(fields[2]) !== groupPid || !comm.startsWith('workerd')) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))
      found.push({ pid: Number(name), rss: rss ? Number(rss[1]) * 1024 : 0 })
    } catch {}
  }
  return found.sort((a, b) => a.pid - b.pid)
}
