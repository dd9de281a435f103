import { env } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  CHAT_DIGEST_MAX_LINES,
  DISCORD_LIMITS,
  SLACK_LIMITS,
  SLACK_MESSAGE_MAX_CHARS,
} from '../../src/limits'
import { buildDueDigests } from '../../src/watches/digest'
import { type DiscordBody, discordEmbedSize } from '../../src/watches/formats/discord'
import { type SlackBody, slackTextSize } from '../../src/watches/formats/slack'
import { manyItems, rss } from '../helpers/feeds'
import { callJson, ingest } from '../helpers/http'
import {
  answer,
  type Captured,
  listDeliveries,
  runCron,
  runDeliveryBatch,
  stubReceiver,
  TEST_POLICY,
  testClock,
  until,
} from './helpers'

/**
 * Digests driven by the real cron handler: matches are collected as they are ingested, and a
 * cron run after the period ends sends one message per watch through the real delivery queue.
 */

interface DigestPayload {
  type: string
  timestamp: string
  data: {
    watch: { id: string; name: string }
    period: { start: string; end: string }
    count: number
    omitted: number
    articles: { id: string; title: string; url: string; copies: { url: string }[]; copy_count: number }[]
  }
}

const MIN = 60_000
const URLS = {
  standard: 'https://hooks.example/digest',
  slack: 'https://hooks.example/slack',
  discord: 'https://hooks.example/discord',
}

let rx: ReturnType<typeof stubReceiver>

async function createWatch(
  format: keyof typeof URLS,
  filter: string,
  extra: Record<string, unknown> = { notify: 'article' },
) {
  const r = await callJson<{ id: string; secret: string; delivery: unknown }>('/api/watches', {
    method: 'POST',
    json: {
      name: `Digest <${format}> *officials*`,
      filter,
      webhook: { url: URLS[format], format },
      delivery: { mode: 'digest', every: '15m' },
      ...extra,
    },
  })
  expect(r.status).toBe(201)
  return r.body
}

const deliveries = (id: string) => listDeliveries(id, '?limit=200')
const digestsOf = (id: string) => listDeliveries(id, '?kind=watch.digest')
const posts = (url: string) => rx.requests.filter((r) => r.url === url)
const settle = () => new Promise((r) => setTimeout(r, 1_500))

beforeAll(() => {
  rx = stubReceiver(answer('ok'))
})
afterAll(() => vi.restoreAllMocks())

describe('digests, period by period', () => {
  it('send nothing for an empty period, one message for 1 match, and one for 300', async () => {
    const std = await createWatch('standard', 'q=officials')
    const slack = await createWatch('slack', 'q=officials')
    const discord = await createWatch('discord', 'q=officials')
    expect(std.delivery).toEqual({ mode: 'digest', every: '15m' })

    // Period with 0 matches: no delivery, no request.
    await runCron(Date.now() + 30 * MIN)
    await settle()
    expect(await deliveries(std.id)).toEqual([])
    expect(rx.requests).toHaveLength(0)

    // Period with 1 match: collected at ingest, sent once the period is over.
    await ingest(
      'https://digest-a.example/rss',
      rss([
        {
          title: 'Officials meet in Busan',
          link: 'https://digest-a.example/1',
          description: 'Officials met.',
        },
        { title: 'Rain in the south', link: 'https://digest-a.example/2', description: 'Heavy rain.' },
      ]),
    )
    const [collected] = await deliveries(std.id)
    expect(collected).toMatchObject({ status: 'collected', digest_id: null, kind: 'article.matched' })
    await settle()
    expect(rx.requests).toHaveLength(0)

    await runCron(Date.now() + 30 * MIN)
    const one = await until(
      () => digestsOf(std.id),
      (l) => l[0]?.status === 'delivered',
    )
    expect(one).toHaveLength(1)
    expect(one[0]).toMatchObject({ article_id: null, article_count: 1, status: 'delivered' })
    expect((await deliveries(std.id)).find((d) => d.id === collected.id)!.digest_id).toBe(one[0].id)
    await until(
      async () => rx.requests.length,
      (n) => n === 3,
    )
    const [first] = posts(URLS.standard)
    const payload = new Webhook(std.secret).verify(first.body, first.headers) as DigestPayload
    expect(first.headers['webhook-id']).toBe(one[0].webhook_id)
    expect(payload.type).toBe('watch.digest')
    expect(payload.data).toMatchObject({ count: 1, omitted: 0, watch: { id: std.id } })
    expect(payload.data.articles.map((a) => a.title)).toEqual(['Officials meet in Busan'])
    // Periods end on a quarter hour; this one was run late (simulated time), so it reaches back to its match.
    const { start, end } = payload.data.period
    expect(Date.parse(end) % (15 * MIN)).toBe(0)
    expect(Date.parse(end) - Date.parse(start)).toBeGreaterThanOrEqual(15 * MIN)
    expect(Date.parse(start)).toBeLessThanOrEqual(Date.parse(one[0].period_start!))
    const slackOne = JSON.parse(posts(URLS.slack)[0].body) as SlackBody
    expect(JSON.stringify(slackOne.blocks)).toContain('Officials meet in Busan')
    expect(JSON.stringify(slackOne.blocks)).not.toContain('more')

    // Period with 300 matches: one message; the standard one carries all 300 articles.
    const batch = await ingest('https://digest-b.example/rss', rss(manyItems(300, 'officials-round')))
    expect(batch.body.inserted).toBe(300)
    await runCron(Date.now() + 45 * MIN)
    const two = await until(
      () => digestsOf(std.id),
      (l) => l.length === 2 && l[0].status === 'delivered',
    )
    expect(two[0]).toMatchObject({ article_count: 300, status: 'delivered' })
    for (const chat of [slack, discord])
      expect((await digestsOf(chat.id)).map((d) => d.article_count)).toEqual([300, 1])
    await until(
      async () => rx.requests.length,
      (n) => n === 6,
    )
    const big = posts(URLS.standard)[1]
    const bigPayload = new Webhook(std.secret).verify(big.body, big.headers) as DigestPayload
    expect(bigPayload.data.count).toBe(300)
    expect(bigPayload.data.omitted).toBe(0)
    expect(new Set(bigPayload.data.articles.map((a) => a.id)).size).toBe(300)

    const slackBig = JSON.parse(posts(URLS.slack)[1].body) as SlackBody
    const lines = slackBig.blocks
      .filter((b) => b.type === 'section')
      .flatMap((b) => (b.type === 'section' ? b.text.text.split('\n') : []))
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.length).toBeLessThanOrEqual(CHAT_DIGEST_MAX_LINES)
    const more = slackBig.blocks[slackBig.blocks.length - 1]
    expect(more).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `+${300 - lines.length} more` }],
    })
    expect(slackBig.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks)
    expect(slackTextSize(slackBig)).toBeLessThanOrEqual(SLACK_MESSAGE_MAX_CHARS)
    expect(slackBig.text).toContain('300 new articles')

    const discordBig = JSON.parse(posts(URLS.discord)[1].body) as DiscordBody
    const embed = discordBig.embeds![0]
    const listed = embed.description!.split('\n')
    expect(listed[listed.length - 1]).toBe(`+${300 - (listed.length - 1)} more`)
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description)
    expect(discordEmbedSize(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.total)
    expect(discordBig.allowed_mentions).toEqual({ parse: [] })
    // The watch name is the user's text: escaped in Markdown, not markup.
    expect(embed.title).toBe('Seismo digest: Digest \\<discord\\> \\*officials\\*')

    // Overlapping cron runs for the same period send nothing more.
    await runCron(Date.now() + 45 * MIN)
    await settle()
    expect(await digestsOf(std.id)).toHaveLength(2)
    expect(rx.requests).toHaveLength(6)
  })
})

describe('switching a digest watch back to instant delivery', () => {
  it('sends what it had collected as a last digest at the next cron run', async () => {
    vi.restoreAllMocks()
    rx = stubReceiver(answer('ok'))
    const w = await createWatch('standard', 'q=harvest')
    await ingest(
      'https://digest-f.example/rss',
      rss([{ title: 'Rice harvest begins', link: 'https://digest-f.example/1', description: 'A harvest.' }]),
    )
    const patched = await callJson<{ delivery: unknown }>(`/api/watches/${w.id}`, {
      method: 'PATCH',
      json: { delivery: { mode: 'instant' } },
    })
    expect(patched.body.delivery).toEqual({ mode: 'instant', every: null })
    await runCron(Date.now())
    const [last] = await until(
      () => digestsOf(w.id),
      (l) => l[0]?.status === 'delivered',
    )
    expect(last.article_count).toBe(1)
    // New matches are alerts of their own again.
    await ingest(
      'https://digest-f.example/rss',
      rss([
        { title: 'Harvest festival opens', link: 'https://digest-f.example/2', description: 'A festival.' },
      ]),
    )
    const list = await until(
      () => deliveries(w.id),
      (l) => l[0]?.kind === 'article.matched' && l[0].status === 'delivered',
    )
    expect(list.map((d) => [d.kind, d.status])).toEqual([
      ['article.matched', 'delivered'],
      ['watch.digest', 'delivered'],
      ['article.matched', 'collected'],
    ])
  })
})

describe('a digest is one delivery', () => {
  it('retried with the same webhook-id, re-signed per attempt, delivered once', async () => {
    vi.restoreAllMocks()
    rx = stubReceiver(answer('busy', { status: 503 }), answer('ok'))
    const w = await createWatch('standard', 'q=minister')
    await ingest(
      'https://digest-c.example/rss',
      rss([{ title: 'Minister visits Jeju', link: 'https://digest-c.example/1', description: 'A visit.' }]),
    )
    // Built directly (not through the cron) so that only this test's consumer sends it.
    const [digestId] = await buildDueDigests(env, Date.now() + 30 * MIN, Date.now())
    expect(digestId).toBeGreaterThan(0)
    const clock = testClock()
    const opts = { policy: TEST_POLICY, now: clock.now }
    expect((await runDeliveryBatch([digestId], opts)).retryDelays).toEqual([5])
    clock.advance(5_000)
    await runDeliveryBatch([digestId], opts)
    await runDeliveryBatch([digestId], opts) // a duplicate message sends nothing
    const sent = posts(URLS.standard)
    expect(sent).toHaveLength(2)
    expect(new Set(sent.map((r: Captured) => r.headers['webhook-id'])).size).toBe(1)
    expect(sent[0].headers['webhook-timestamp']).not.toBe(sent[1].headers['webhook-timestamp'])
    for (const r of sent) {
      const at = new Date(Number(r.headers['webhook-timestamp']) * 1000)
      expect(r.headers['webhook-signature']).toBe(
        new Webhook(w.secret).sign(r.headers['webhook-id'], at, r.body),
      )
    }
    const [d] = await digestsOf(w.id)
    expect(d).toMatchObject({ status: 'delivered', article_count: 1 })
  })
})

describe('story mode in a digest', () => {
  it('lists a story once with the copies folded into it', async () => {
    vi.restoreAllMocks()
    rx = stubReceiver(answer('ok'))
    const w = await createWatch('standard', 'q=typhoon', { notify: 'story' })
    const body = (outlet: string) =>
      `Typhoon Khanun made landfall on the southern coast of South Korea on Thursday morning, bringing heavy ` +
      `rain and strong winds to Busan and the surrounding provinces. Authorities evacuated thousands of residents ` +
      `from low-lying areas and suspended ferry services, flights and some rail lines. The weather agency said the ` +
      `storm would weaken as it moved north across the peninsula over the next day. (${outlet})`
    await ingest(
      'https://digest-d.example/rss',
      rss([{ title: 'Typhoon makes landfall', link: 'https://digest-d.example/t', description: body('D') }]),
    )
    await ingest(
      'https://digest-e.example/rss',
      rss([
        {
          title: 'Typhoon Khanun makes landfall',
          link: 'https://digest-e.example/t',
          description: body('E'),
        },
        {
          title: 'Typhoon season ends early',
          link: 'https://digest-e.example/u',
          description: 'Forecasters said the typhoon season ended earlier than usual this year.',
        },
      ]),
    )
    const list = await deliveries(w.id)
    const folded = list.filter((d) => d.status === 'folded')
    expect(folded).toHaveLength(1)
    expect(list.filter((d) => d.status === 'collected')).toHaveLength(2)
    await runCron(Date.now() + 30 * MIN)
    const [digest] = await until(
      () => digestsOf(w.id),
      (l) => l[0]?.status === 'delivered',
    )
    expect(digest.article_count).toBe(2)
    await until(
      async () => posts(URLS.standard).length,
      (n) => n === 1,
    )
    const payload = new Webhook(w.secret).verify(
      posts(URLS.standard)[0].body,
      posts(URLS.standard)[0].headers,
    ) as DigestPayload
    const landfall = payload.data.articles.find((a) => a.url === 'https://digest-d.example/t')!
    expect(landfall.copy_count).toBe(1)
    expect(landfall.copies.map((c) => c.url)).toEqual(['https://digest-e.example/t'])
    expect(payload.data.articles.find((a) => a.url === 'https://digest-e.example/u')!.copy_count).toBe(0)
    // The copy is folded into the first delivery of its story: the landfall match collected first.
    const lead = list.find((d) => d.id === folded[0].folded_into)!
    expect(lead.status).toBe('collected')
    expect(lead.article_id).toBe(landfall.id)
  })
})
