import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { readRetagBatch } from '../../src/db/tags'
import { ingestWire, wireItems } from './seed'

describe('re-tagging after a taxonomy change', () => {
  it('leaves archived articles and their tags alone (their text is in R2)', async () => {
    await ingestWire('https://retag-old.example/rss', wireItems(5, 'r', 300))
    await ingestWire('https://retag-new.example/rss', wireItems(3, 'n', 1))
    expect((await runArchiver(env, Date.now())).archived).toBe(5)
    const batch = await readRetagBatch(env.DB, null, 100)
    expect(batch).toHaveLength(3)
    expect(batch.every((r) => r.content.length > 0)).toBe(true)
  })
})
