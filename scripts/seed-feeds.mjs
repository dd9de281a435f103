// Adds the default news feeds through the admin API (idempotent: existing ones answer 409).
// Usage: npm run seed:local   (SEISMO_URL and ADMIN_TOKEN override the local defaults)
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { LOCAL_PORT, readDevVar } from './local-config.mjs'

export async function seedFeeds(baseUrl, token) {
  const feeds = JSON.parse(readFileSync(new URL('./default-feeds.json', import.meta.url), 'utf8'))
  let added = 0
  for (const feed of feeds) {
    const res = await fetch(`${baseUrl}/api/feeds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(feed),
    })
    if (res.status === 201) added++
    else if (res.status !== 409) console.warn(`seed: ${feed.url} → ${res.status} ${await res.text()}`)
  }
  return { added, total: feeds.length }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const baseUrl = process.env.SEISMO_URL ?? `http://127.0.0.1:${LOCAL_PORT}`
  const token = readDevVar('ADMIN_TOKEN')
  if (!token) {
    console.error('ADMIN_TOKEN is not set (run npm start once, or export ADMIN_TOKEN)')
    process.exit(1)
  }
  const { added, total } = await seedFeeds(baseUrl, token)
  console.log(`seeded ${added} new feeds (${total} in the default list)`)
}
