import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_TREND_BUCKETS } from '../../src/limits'
import { BASE, seedArticles, seedFeeds } from './seed'

interface Trends {
  interval: string
  since: string
  until: string
  buckets: { start: string; count: number }[]
}

beforeAll(async () => {
  await seedFeeds([{ id: 1, title: 'Wire' }])
  await seedArticles([
    {
      id: 1,
      title: 'Missile launch',
      published: '2024-05-01T03:00:00Z',
      actors: ['north-korea'],
      events: ['missile-launch'],
    },
    {
      id: 2,
      title: 'Another missile launch',
      published: '2024-05-01T23:59:59Z',
      actors: ['north-korea'],
      events: ['missile-launch'],
    },
    {
      id: 3,
      title: 'Copy: another missile launch',
      published: '2024-05-02T01:00:00Z',
      clusterId: 2,
      actors: ['north-korea'],
      events: ['missile-launch'],
    },
    { id: 4, title: 'Missile talks', published: '2024-05-04T10:00:00Z', actors: ['russia'] },
    {
      id: 5,
      title: '북한 미사일 발사',
      lang: 'ko',
      published: '2024-05-06T10:00:00Z',
      actors: ['north-korea'],
      events: ['missile-launch'],
    },
  ])
})

const trends = async (qs: string) => {
  const res = await SELF.fetch(`${BASE}/api/trends?${qs}`)
  return { status: res.status, body: (await res.json()) as Trends & { error?: { code: string } } }
}

describe('GET /api/trends', () => {
  it('counts stories per UTC day, zero-filled', async () => {
    const { status, body } = await trends('event=missile-launch&since=2024-05-01&until=2024-05-06')
    expect(status).toBe(200)
    expect(body.buckets).toEqual([
      { start: '2024-05-01T00:00:00Z', count: 2 },
      { start: '2024-05-02T00:00:00Z', count: 1 },
      { start: '2024-05-03T00:00:00Z', count: 0 },
      { start: '2024-05-04T00:00:00Z', count: 0 },
      { start: '2024-05-05T00:00:00Z', count: 0 },
      { start: '2024-05-06T00:00:00Z', count: 1 },
    ])
  })
  it('counts every copy with clusters=all and combines q with filters', async () => {
    const all = await trends('q=missile&since=2024-05-01&until=2024-05-04&clusters=all')
    expect(all.body.buckets.map((b) => b.count)).toEqual([2, 1, 0, 1])
    const ko = await trends('q=미사일&lang=ko&since=2024-05-06&until=2024-05-06')
    expect(ko.body.buckets).toEqual([{ start: '2024-05-06T00:00:00Z', count: 1 }])
  })
  it('buckets weeks starting on Monday', async () => {
    // 2024-05-01 is a Wednesday: its week starts Monday 2024-04-29; 2024-05-06 is the next Monday.
    const { body } = await trends('actor=north-korea&interval=week&since=2024-05-01&until=2024-05-12')
    expect(body.buckets).toEqual([
      { start: '2024-04-29T00:00:00Z', count: 2 },
      { start: '2024-05-06T00:00:00Z', count: 1 },
    ])
  })
  it('defaults to the last 30 days', async () => {
    const { body } = await trends('')
    expect(body.buckets.length).toBe(31)
    expect(Date.parse(body.until) - Date.parse(body.since)).toBe(30 * 86_400_000)
  })
  it('refuses too many buckets, bad intervals and unknown slugs', async () => {
    expect((await trends(`since=2020-01-01&until=2024-01-01`)).body.error?.code).toBe('too_many_buckets')
    expect((await trends(`since=2020-01-01&until=2024-01-01&interval=week`)).status).toBe(200)
    expect(MAX_TREND_BUCKETS).toBeLessThan(4 * 366)
    expect((await trends('interval=hour')).status).toBe(400)
    expect((await trends('actor=atlantis')).body.error?.code).toBe('unknown_actor')
  })
})
