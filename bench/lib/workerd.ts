/**
 * Serves the production bundle of the Worker straight from workerd (Miniflare) with a local D1:
 * the same runtime, bindings and SQLite as `wrangler dev`, without wrangler's development proxy.
 * That proxy adds a few milliseconds to every request that touches D1 (the search bench measures
 * it: "(article detail) via wrangler dev"), a cost production does not have.
 *
 * The bundle is what `wrangler deploy` would upload (`--dry-run --outdir`; the search bench bundles
 * bench/worker.ts, the production Worker plus its D1 meter and LIKE baseline), and the bindings come
 * from wrangler.toml (wrangler's own unstable_getMiniflareWorkerOptions); only vars are replaced,
 * so nothing from a developer's .dev.vars leaks into a benchmark.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { Miniflare } from 'miniflare'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'
import type { RunningWorker } from './wrangler'

export async function startBundledWorker(opts: {
  persistDir: string
  vars?: Record<string, string>
  /** Another entry than wrangler.toml's main (bench/worker.ts wraps the production Worker). */
  entry?: string
}): Promise<RunningWorker> {
  const outdir = mkdtempSync(join(tmpdir(), 'seismo-bundle-'))
  const entry = opts.entry ? [opts.entry] : []
  const build = spawnSync('npx', ['wrangler', 'deploy', ...entry, '--dry-run', '--outdir', outdir], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  })
  if (build.status !== 0) throw new Error(`bundling failed: ${build.stderr || build.stdout}`)
  // The bundle is named after the entry (index.js, worker.js); the other files are the text
  // modules of wrangler.toml's [[rules]] (the web app's stylesheet and script), named by hash.
  const bundle = `${basename(opts.entry ?? 'src/index.ts').replace(/\.ts$/, '')}.js`
  const files = readdirSync(outdir)
  if (!files.includes(bundle)) throw new Error(`bundling wrote no ${bundle} to ${outdir}`)
  const textModules = files
    .filter((f) => f !== bundle && !f.endsWith('.map') && !f.endsWith('.md'))
    .map((f) => ({ type: 'Text' as const, path: join(outdir, f) }))
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml')
  const adminToken = 'bench-admin'
  const mf = new Miniflare({
    ...workerOptions,
    modules: [{ type: 'ESModule', path: join(outdir, bundle) }, ...textModules],
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
