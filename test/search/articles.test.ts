import { env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { BASE, seedArticles, seedFeeds } from './seed'

interface Detail {
  id: string
  title: string
  content: string
  feed: { id: string; title: string | null }
  actors: string[]
  events: string[]
  cluster_id: string
  mentions: { event: string; actors: string[]; sentence: string; in_title: boolean }[]
  duplicates: { id: string; url: string | null; feed: { id: string; title: string | null } }[]
}

beforeAll(async () => {
  await seedFeeds([
    { id: 1, title: 'Wire' },
    { id: 2, title: 'Herald' },
    { id: 3, title: 'Daily' },
  ])
  await seedArticles([
    {
      id: 10,
      title: 'Russia ships shells to North Korea',
      content: 'Russia shipped shells to North Korea. Seoul protested.',
      published: '2024-05-01T00:00:00Z',
      feedId: 1,
      actors: ['russia', 'north-korea', 'south-korea'],
      events: ['arms-trade', 'diplomatic-statement'],
      mentions: [
        {
          event: 'arms-trade',
          actors: ['russia', 'north-korea'],
          sentence: 'Russia ships shells to North Korea',
          inTitle: true,
        },
        { event: 'diplomatic-statement', actors: ['south-korea'], sentence: 'Seoul protested.' },
      ],
    },
    {
      id: 11,
      title: 'Russia sends shells to North Korea',
      published: '2024-05-01T02:00:00Z',
      feedId: 2,
      clusterId: 10,
      url: 'https://herald.example/11',
    },
    { id: 12, title: 'Unrelated', published: '2024-05-02T00:00:00Z', feedId: 1 },
  ])
  // The same article (same canonical URL) also carried by feed 3.
  await env.DB.prepare(
    `INSERT INTO article_sources (feed_id, item_key, article_id, url, first_seen_at) VALUES (3, 'guid:x', 10, 'https://daily.example/x', 1)`,
  ).run()
})

const get = (id: string) => SELF.fetch(`${BASE}/api/articles/${id}`)

describe('GET /api/articles/:id', () => {
  it('answers the article with content, mentions sentence by sentence, and its duplicates', async () => {
    const res = await get('10')
    expect(res.status).toBe(200)
    const a = (await res.json()) as Detail
    expect(a).toMatchObject({
      id: '10',
      feed: { id: '1', title: 'Wire' },
      cluster_id: '10',
      content: 'Russia shipped shells to North Korea. Seoul protested.',
    })
    expect(a.actors).toEqual(['russia', 'north-korea', 'south-korea'])
    expect(a.mentions).toEqual([
      {
        event: 'arms-trade',
        actors: ['russia', 'north-korea'],
        sentence: 'Russia ships shells to North Korea',
        in_title: true,
      },
      {
        event: 'diplomatic-statement',
        actors: ['south-korea'],
        sentence: 'Seoul protested.',
        in_title: false,
      },
    ])
    expect(a.duplicates).toEqual([
      { id: '11', url: 'https://herald.example/11', feed: { id: '2', title: 'Herald' } },
      { id: '10', url: 'https://daily.example/x', feed: { id: '3', title: 'Daily' } },
    ])
  })
  it('lists the cluster head as a duplicate of a later copy', async () => {
    const a = (await (await get('11')).json()) as Detail
    expect(a.duplicates.map((d) => d.id)).toEqual(['10'])
    expect(a.mentions).toEqual([])
  })
  it('answers an article without duplicates with an empty list', async () => {
    expect(((await (await get('12')).json()) as Detail).duplicates).toEqual([])
  })
  it('answers 404 not_found for unknown and non-numeric ids', async () => {
    for (const id of ['999', 'abc', '1.5', '-1', '0', '99999999999999999999']) {
      const res = await get(id)
      expect(res.status, id).toBe(404)
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
    }
  })
})
