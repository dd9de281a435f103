// Local development settings shared by `npm start` and `npm run seed:local`.

import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

export const DEV_VARS = '.dev.vars'
export const LOCAL_ADMIN_TOKEN = 'seismo-local-admin'
export const LOCAL_PORT = Number(process.env.PORT ?? 8787)

/** Creates .dev.vars on first run (wrangler dev reads it); never overwrites the user's edits. */
export function ensureDevVars() {
  if (existsSync(DEV_VARS)) return
  const lines = [
    '# Local-only settings for `wrangler dev` (created by npm start; not committed).',
    `ADMIN_TOKEN=${LOCAL_ADMIN_TOKEN}`,
    '# Lets local fixture servers on 127.0.0.1 act as feeds/webhooks. Never set in production.',
    'ALLOW_PRIVATE_URLS=true',
    `SECRETS_KEY=${randomBytes(32).toString('base64')}`,
  ]
  writeFileSync(DEV_VARS, `${lines.join('\n')}\n`)
}

export function readDevVar(name) {
  if (process.env[name]) return process.env[name]
  if (!existsSync(DEV_VARS)) return undefined
  const line = readFileSync(DEV_VARS, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}=`))
  return line?.slice(name.length + 1).trim()
}
