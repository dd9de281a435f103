/**
 * Starts the Worker under `wrangler dev` against a throwaway local D1, for benchmarks that time
 * routes from outside through HTTP (workerd's clocks are too coarse to time inside it).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RunningWorker {
  url: string
  persistDir: string
  adminToken: string
  /** The wrangler dev process (its workerd runs below it), when started here. */
  pid?: number
  stop(): Promise<void>
}

const STARTUP_TIMEOUT_MS = 120_000

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

/** Applies migrations to a fresh persist dir (or `persistDir` if given) and serves the Worker. */
export async function startWorker(
  opts: { persistDir?: string; vars?: Record<string, string> } = {},
): Promise<RunningWorker> {
  const persistDir = opts.persistDir ?? mkdtempSync(join(tmpdir(), 'seismo-bench-'))
  const adminToken = 'bench-admin'
  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir],
    {
      env: { ...process.env, CI: 'true' },
      encoding: 'utf8',
    },
  )
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`)
  const port = await freePort()
  const vars = { ADMIN_TOKEN: adminToken, ALLOW_PRIVATE_URLS: 'true', ...opts.vars }
  const args = [
    'wrangler',
    'dev',
    '--port',
    String(port),
    '--persist-to',
    persistDir,
    '--test-scheduled',
    '--log-level',
    'error',
  ]
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const child: ChildProcess = spawn('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) break
    } catch {}
    if (Date.now() > deadline) throw new Error('wrangler dev did not start in time')
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    url,
    persistDir,
    adminToken,
    pid: child.pid,
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {}
      await new Promise((r) => setTimeout(r, 500))
      if (!opts.persistDir) rmSync(persistDir, { recursive: true, force: true })
    },
  }
}

/** CPU seconds (user + system) used so far by a process and all its live descendants (Linux /proc). */
export function treeCpuSeconds(rootPid: number): number {
  const parents = new Map<number, number>()
  const cpu = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parents.set(Number(entry), Number(fields[1]))
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS)
    } catch {}
  }
  let total = 0
  for (const [pid, seconds] of cpu) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p)) {
      if (p === rootPid) {
        total += seconds
        break
      }
    }
  }
  return total
}

/** Linux USER_HZ (getconf CLK_TCK): 100 on every mainstream kernel. */
const CLOCK_TICKS = 100

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}
