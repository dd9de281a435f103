import { env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { deleteIndexRowStatement } from '../../src/db/search-index'
import { searchIndexStatements } from '../../src/search/indexer'
import { BASE, type SearchBody, seedArticles, seedFeeds } from './seed'

const ids = async (q: string) => {
  const res = await SELF.fetch(`${BASE}/api/search?q=${encodeURIComponent(q)}&clusters=all`)
  expect(res.status).toBe(200)
  return ((await res.json()) as SearchBody).items.map((i) => Number(i.id))
}

beforeAll(async () => {
  await seedFeeds([{ id: 1, title: 'Wire' }])
  await seedArticles([
    {
      id: 7,
      title: 'Seoul hosts summit',
      summary: '북한은 불참했다',
      content: 'Talks on café prices.',
      published: '2024-05-01T00:00:00Z',
    },
  ])
})

describe('search index rows (contentless FTS5, rowid = article id)', () => {
  it('indexes title, lead and body as the ingest store writes them', async () => {
    expect(await ids('summit')).toEqual([7])
    expect(await ids('북한')).toEqual([7])
    expect(await ids('cafe')).toEqual([7])
    expect(await ids('CAFÉ')).toEqual([7])
  })
  it('re-indexes an article in place (INSERT OR REPLACE)', async () => {
    await env.DB.batch(
      searchIndexStatements(env.DB, [{ id: 7, title: 'Seoul hosts forum', summary: '', content: '' }]),
    )
    expect(await ids('summit')).toEqual([])
    expect(await ids('forum')).toEqual([7])
  })
  it('removes an article from the index (contentless_delete)', async () => {
    await env.DB.batch([deleteIndexRowStatement(env.DB, 7)])
    expect(await ids('forum')).toEqual([])
  })
})
