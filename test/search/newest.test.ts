import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseFilter } from '../../src/search/filter'
import { newestMatch } from '../../src/search/find'
import { seedArticles, seedFeeds } from './seed'

const known = { actors: new Set(['russia', 'china']), events: new Set<string>() }
const filter = (qs: string) => parseFilter(new URLSearchParams(qs), known)

beforeAll(async () => {
  await seedFeeds([{ id: 1, title: 'Wire' }])
  await seedArticles([
    {
      id: 1,
      title: 'Russia one',
      published: '2024-05-01T00:00:00Z',
      fetchedAt: Date.parse('2024-05-01T00:05:00Z'),
      actors: ['russia'],
    },
    {
      id: 2,
      title: 'Russia two',
      published: '2024-05-03T00:00:00Z',
      fetchedAt: Date.parse('2024-05-03T00:05:00Z'),
      actors: ['russia'],
    },
    { id: 3, title: 'China', published: '2024-05-04T00:00:00Z', actors: ['china'] },
  ])
})

describe('newestMatch (feed validators)', () => {
  it('gives the newest matching article', async () => {
    expect(await newestMatch(env.DB, filter('actor=russia'))).toEqual({
      id: 2,
      published_at: Date.parse('2024-05-03T00:00:00Z'),
      fetched_at: Date.parse('2024-05-03T00:05:00Z'),
    })
  })
  it('changes its id when a back-dated article arrives among the newest ones', async () => {
    await seedArticles([
      {
        id: 4,
        title: 'Russia late',
        published: '2024-05-02T00:00:00Z',
        fetchedAt: Date.parse('2024-05-05T00:00:00Z'),
        actors: ['russia'],
      },
    ])
    expect(await newestMatch(env.DB, filter('actor=russia'))).toEqual({
      id: 4,
      published_at: Date.parse('2024-05-03T00:00:00Z'),
      fetched_at: Date.parse('2024-05-03T00:05:00Z'),
    })
  })
  it('is null when nothing matches, and follows q', async () => {
    expect(await newestMatch(env.DB, filter('q=nothing'))).toBeNull()
    expect((await newestMatch(env.DB, filter('q=china')))?.id).toBe(3)
  })
})
