// The Worker under `wrangler dev` as the contract starts it (README of the HTTP contract,
// "Running"): local D1 migrated with --persist-to into a fresh temp dir, then wrangler dev on a
// free loopback port with --test-scheduled and the three --var values. Used by the browser suite
// (test/browser/harness.mjs) and the soak run (scripts/soak.mjs).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'

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

/** Resident memory (bytes) of the workerd processes in a process group, summed; 0 if none. */
export function workerdRss(groupPid) {
  let total = 0
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      if (Number(fields[2]) !== groupPid || !comm.startsWith('workerd')) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))
      if (rss) total += Number(rss[1]) * 1024
    } catch {}
  }
  return total
}

/**
 * The Worker isolate's V8 heap through wrangler's DevTools inspector (Runtime.getHeapUsage): what a
 * deployed isolate's 128 MB limit applies to, unlike workerd's RSS, which also holds the local D1,
 * Queues and R2 simulators. Answers { used, total } in bytes, or {} when unavailable. Attaching
 * disturbs workerd (detaching has restarted it mid-request): ask when no request is in flight. The
 * answer comes after every console message held for DevTools so far: minutes of logs take a while.
 */
export async function heapUsage(inspectorPort, timeoutMs = 60_000) {
  let ws
  try {
    const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()
    ws = new WebSocket(targets[0].webSocketDebuggerUrl)
    ws.on('error', () => {})
    await new Promise((resolve, reject) => {
      ws.once('open', resolve)
      ws.once('close', reject)
    })
    const answer = new Promise((resolve) => {
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data))
        if (msg.id === 1) resolve(msg.result)
      })
      ws.once('close', () => resolve(null))
      setTimeout(() => resolve(null), timeoutMs)
    })
    ws.send(JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }))
    const r = await answer
    return r?.usedSize === undefined ? {} : { used: r.usedSize, total: r.totalSize }
  } catch {
    return {}
  } finally {
    ws?.close()
  }
}
