// npm run types: writes worker-configuration.d.ts, the Env that wrangler.toml declares
// (`wrangler types`; runtime types come from @cloudflare/workers-types). npm run types:check
// (part of npm test) regenerates it and fails when the checked-in file differs: a binding or
// var changed in wrangler.toml without the types following.
//
// --env-file=/dev/null: without it wrangler also types whatever a developer's .dev.vars holds
// (npm start writes ADMIN_TOKEN there), so the file would differ from machine to machine. Secrets
// are optional and typed by hand in src/env.ts.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const FILE = 'worker-configuration.d.ts'
const ARGS = [
  'wrangler',
  'types',
  FILE,
  '--include-runtime=false',
  '--strict-vars=false',
  '--env-file=/dev/null',
]

function generate() {
  const run = spawnSync('npx', ARGS, { encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  if (run.status !== 0) {
    console.error(run.stderr || run.stdout)
    process.exit(1)
  }
}

if (process.argv[2] === '--check') {
  const committed = readFileSync(FILE, 'utf8')
  generate()
  const fresh = readFileSync(FILE, 'utf8')
  if (fresh !== committed) {
    writeFileSync(FILE, committed)
    console.error(`${FILE} is not what wrangler.toml generates: run \`npm run types\` and commit the result.`)
    process.exit(1)
  }
  console.log(`${FILE} matches wrangler.toml`)
} else {
  generate()
  console.log(`wrote ${FILE}`)
}
