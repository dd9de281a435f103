import { env } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { rss } from '../helpers/feeds'
import { call, callJson, ingest } from '../helpers/http'
import { answer, type Captured, stubReceiver } from './helpers'

interface DeliveryJson {
  id: string
  article_id: string | null
  status: string
  webhook_id: string
  attempts: number
}

const FEED_URL = 'https://wire.example/world.rss'
const LAVROV = {
  title: 'Lavrov arrives in Pyongyang for talks',
  link: 'https://wire.example/2026/10/lavrov-pyongyang',
  guid: 'lavrov-pyongyang',
  description:
    'Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday for talks with North Korean officials.',
  pubDate: new Date(Date.now() - 3600_000).toUTCString(),
}
const OTHER = {
  title: 'Rain expected across the south this weekend',
  link: 'https://wire.example/2026/10/weather',
  guid: 'weather',
  description: 'Forecasters expect heavy rain in the southern provinces.',
  pubDate: new Date(Date.now() - 7200_000).toUTCString(),
}

let requests: Captured[]
let watchId: string
let actorWatchId: string
let secret: string

async function deliveries(id: string): Promise<DeliveryJson[]> {
  return (await callJson<{ deliveries: DeliveryJson[] }>(`/api/watches/${id}/deliveries`)).body.deliveries
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 8_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await probe()
    if (ok(v) || Date.now() > end) return v
    await new Promise((r) => setTimeout(r, 50))
  }
}

beforeAll(async () => {
  // The delivery queue runs the real consumer in the background: it POSTs to this stub.
  requests = stubReceiver(answer('ok')).requests
  const created = await callJson<{ id: string; secret: string }>('/api/watches', {
    method: 'POST',
    json: {
      name: 'Lavrov',
      filter: 'q=lavrov pyongyang',
      webhook: { url: 'https://hooks.example/seismo', format: 'standard' },
    },
  })
  expect(created.status).toBe(201)
  watchId = created.body.id
  secret = created.body.secret
  const byActors = await callJson<{ id: string }>('/api/watches', {
    method: 'POST',
    json: {
      name: 'Russia and North Korea',
      filter: 'actor=russia&actor=north-korea',
      webhook: { url: 'https://hooks.example/seismo', format: 'slack' },
    },
  })
  actorWatchId = byActors.body.id
})
afterAll(() => vi.restoreAllMocks())

describe('ingest → watch → webhook, end to end', () => {
  it('a new matching article creates exactly one delivery, delivered once, signed', async () => {
    const first = await ingest(FEED_URL, rss([LAVROV, OTHER]))
    expect(first.status).toBe(200)
    expect(first.body.inserted).toBe(2)

    const list = await deliveries(watchId)
    expect(list).toHaveLength(1)
    const [d] = list
    const delivered = await until(
      () => deliveries(watchId),
      (l) => l[0]?.status === 'delivered',
    )
    expect(delivered[0]).toMatchObject({ id: d.id, status: 'delivered', attempts: 1 })

    // The tags the tagger gave the article reach the matcher too.
    const byActors = await deliveries(actorWatchId)
    expect(byActors.map((x) => x.article_id)).toEqual([d.article_id])

    const posts = requests.filter((r) => r.headers['webhook-id'] === d.webhook_id)
    expect(posts).toHaveLength(1)
    const payload = new Webhook(secret).verify(posts[0].body, posts[0].headers) as {
      type: string
      data: { article: { id: string; title: string } }
    }
    expect(payload.type).toBe('article.matched')
    expect(payload.data.article).toMatchObject({ id: d.article_id, title: LAVROV.title })
  })

  it('re-ingesting the same feed and duplicate queue messages create and send nothing more', async () => {
    const again = await ingest(FEED_URL, rss([LAVROV, OTHER]))
    expect(again.body.inserted).toBe(0)
    const list = await deliveries(watchId)
    expect(list).toHaveLength(1)
    expect(await deliveries(actorWatchId)).toHaveLength(1)

    await env.DELIVERY_QUEUE.send({ deliveryId: Number(list[0].id) })
    await env.DELIVERY_QUEUE.send({ deliveryId: Number(list[0].id) })
    await new Promise((r) => setTimeout(r, 2_500)) // the local queue delivers within its 1 s batch timeout
    expect(requests.filter((r) => r.headers['webhook-id'] === list[0].webhook_id)).toHaveLength(1)
    expect(await deliveries(watchId)).toHaveLength(1)
  })

  it("serves the watch's feeds with the matching articles, validators and 304", async () => {
    const res = await call(`/watches/${watchId}/rss.xml`, { token: null })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/rss\+xml/)
    const xml = await res.text()
    expect(xml).toContain(LAVROV.title)
    expect(xml).not.toContain(OTHER.title)
    expect(xml).toContain('Seismo watch: Lavrov')
    const etag = res.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect(
      (await call(`/watches/${watchId}/rss.xml`, { token: null, headers: { 'if-none-match': etag } })).status,
    ).toBe(304)

    // Renaming the watch changes the document, so the old validator no longer matches.
    await call(`/api/watches/${watchId}`, { method: 'PATCH', json: { name: 'Lavrov visits' } })
    expect(
      (await call(`/watches/${watchId}/rss.xml`, { token: null, headers: { 'if-none-match': etag } })).status,
    ).toBe(200)

    const atom = await call(`/watches/${watchId}/atom.xml`, { token: null })
    expect(atom.headers.get('content-type')).toMatch(/application\/atom\+xml/)
    const json = await call(`/watches/${watchId}/feed.json`, { token: null })
    expect(json.headers.get('content-type')).toMatch(/application\/feed\+json/)
    const feed = (await json.json()) as { items: { title: string }[] }
    expect(feed.items.map((i) => i.title)).toEqual([LAVROV.title])

    expect((await call('/watches/999999/rss.xml', { token: null })).status).toBe(404)
    expect((await call('/watches/abc/feed.json', { token: null })).status).toBe(404)
  })
})
