/**
 * Serves the production bundle of the Worker straight from workerd (Miniflare) with a local D1:
 * the same runtime, bindings and SQLite as `wrangler dev`, without wrangler's development proxy.
 * That proxy adds a few milliseconds to every request that touches D1 (the search bench measures
 * it: "(article detail) via wrangler dev"), a cost production does not have.
 *
 * The bundle is what `wrangler deploy` would upload (`--dry-run --outdir`), and the bindings come
 * from wrangler.toml (wrangler's own unstable_getMiniflareWorkerOptions); only vars are replaced,
 * so nothing from a developer's .dev.vars leaks into a benchmark.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'
import type { RunningWorker } from './wrangler'

export async function startBundledWorker(opts: {
  persistDir: string
  vars?: Record<string, string>
}): Promise<RunningWorker> {
  const outdir = mkdtempSync(join(tmpdir(), 'seismo-bundle-'))
  const build = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  })
  if (build.status !== 0) throw new Error(`bundling failed: ${build.stderr || build.stdout}`)
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml')
  const adminToken = 'bench-admin'
  const mf = new Miniflare({
    ...workerOptions,
    modules: [{ type: 'ESModule', path: join(outdir, 'index.js') }],
    modulesRoot: outdir,
    bindings: { ALLOW_PRIVATE_URLS: 'true', ADMIN_TOKEN: adminToken, ...opts.vars },
    d1Persist: join(opts.persistDir, 'v3', 'd1'),
    port: 0,
  } as ConstructorParameters<typeof Miniflare>[0])
  const url = (await mf.ready).toString().replace(/\/$/, '')
  return {
    url,
    persistDir: opts.persistDir,
    adminToken,
    async stop() {
      await mf.dispose()
      rmSync(outdir, { recursive: true, force: true })
    },
  }
}
