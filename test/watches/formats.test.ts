import { env } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import type { ArticleView } from '../../src/db/article-view'
import { CHAT_COPIES_NAMED, CHAT_LINK_MAX_CHARS, DISCORD_LIMITS } from '../../src/limits'
import { renderPayload, type WebhookEvent } from '../../src/watches/formats'
import { discordEmbedSize } from '../../src/watches/formats/discord'
import { truncate } from '../../src/watches/formats/text'
import { DEFAULT_RETRY_POLICY, nextRetryDelayMs, retryAfterMs } from '../../src/watches/retry-policy'
import {
  decryptSecret,
  encryptSecret,
  generateWebhookSecret,
  SecretsDisabled,
} from '../../src/watches/secrets'
import { signWebhook } from '../../src/watches/signing'

const article = (over: Partial<ArticleView> = {}): ArticleView => ({
  id: '42',
  title: 'Lavrov arrives in Pyongyang for talks with Kim',
  url: 'https://news.example/a?x=1&y=2',
  summary: 'Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday.',
  published_at: '2026-10-08T14:27:00Z',
  fetched_at: '2026-10-08T14:30:00Z',
  lang: 'en',
  author: null,
  image_url: null,
  feed: { id: '3', title: 'Yonhap' },
  actors: ['russia', 'north-korea'],
  events: ['diplomatic-visit'],
  cluster_id: '42',
  archived: false,
  ...over,
})

const matched = (a: ArticleView, name = 'Lavrov watch'): WebhookEvent => ({
  type: 'article.matched',
  timestamp: '2026-10-08T14:30:01Z',
  watch: { id: '7', name },
  article: a,
  copies: [],
  copyCount: 0,
})

describe('standard format', () => {
  it('is the Standard Webhooks envelope with the watch and the article object', () => {
    const body = JSON.parse(renderPayload('standard', matched(article())))
    expect(body).toEqual({
      type: 'article.matched',
      timestamp: '2026-10-08T14:30:01Z',
      data: { watch: { id: '7', name: 'Lavrov watch' }, article: article(), copies: [], copy_count: 0 },
    })
    const test = JSON.parse(
      renderPayload('standard', {
        type: 'watch.test',
        timestamp: '2026-10-08T14:30:01Z',
        watch: { id: '7', name: 'w' },
      }),
    )
    expect(test).toEqual({
      type: 'watch.test',
      timestamp: '2026-10-08T14:30:01Z',
      data: { watch: { id: '7', name: 'w' } },
    })
  })
})

describe('signatures', () => {
  it('verify with the official library, and during a rotation with either secret', () => {
    const oldSecret = generateWebhookSecret()
    const newSecret = generateWebhookSecret()
    expect(newSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    const body = renderPayload('standard', matched(article()))
    const ts = Math.floor(Date.now() / 1000)
    const one = signWebhook('msg_abc', ts, body, [newSecret])
    expect(one['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
    expect(new Webhook(newSecret).verify(body, { ...one })).toMatchObject({ type: 'article.matched' })
    expect(() => new Webhook(oldSecret).verify(body, { ...one })).toThrow(/No matching signature/)

    const both = signWebhook('msg_abc', ts, body, [newSecret, oldSecret])
    expect(both['webhook-signature'].split(' ')).toHaveLength(2)
    expect(() => new Webhook(newSecret).verify(body, { ...both })).not.toThrow()
    expect(() => new Webhook(oldSecret).verify(body, { ...both })).not.toThrow()
    expect(() => new Webhook(newSecret).verify(body.replace('Lavrov', 'Lavrow'), { ...both })).toThrow()
  })
})

describe('secrets at rest', () => {
  it('are AES-GCM ciphertext that only SECRETS_KEY opens', async () => {
    const secret = generateWebhookSecret()
    const stored = await encryptSecret(env.SECRETS_KEY, secret)
    expect(stored).not.toContain(secret.slice(6))
    expect(stored).not.toBe(await encryptSecret(env.SECRETS_KEY, secret)) // fresh IV each time
    expect(await decryptSecret(env.SECRETS_KEY, stored)).toBe(secret)
    const otherKey = btoa('another-32-byte-key-for-tests!!!')
    await expect(decryptSecret(otherKey, stored)).rejects.toThrow()
  })

  it('refuse to work without a usable key (503 secrets_disabled)', async () => {
    await expect(encryptSecret(undefined, 'x')).rejects.toBeInstanceOf(SecretsDisabled)
    await expect(encryptSecret(btoa('short'), 'x')).rejects.toMatchObject({
      status: 503,
      code: 'secrets_disabled',
    })
  })
})

describe('slack format', () => {
  it('is Block Kit: a linked, escaped headline with the summary, a context line, and a plain text fallback', () => {
    const body = JSON.parse(
      renderPayload(
        'slack',
        matched(article({ title: 'Kim & Lavrov: <talks>\n in Pyongyang' }), 'N.K. <watch>'),
      ),
    )
    expect(body.text).toBe('N.K. &lt;watch&gt;: Kim &amp; Lavrov: &lt;talks&gt; in Pyongyang (Yonhap)')
    expect(body.blocks).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `<https://news.example/a?x=1&amp;y=2|Kim &amp; Lavrov: &lt;talks&gt; in Pyongyang>\n${article().summary}`,
        },
      },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: 'Yonhap · actors: russia, north-korea · events: diplomatic-visit' },
        ],
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Seismo watch: N.K. &lt;watch&gt;' }] },
    ])
  })

  it('cuts very long titles and keeps a pipe in the URL from ending the link', () => {
    const body = JSON.parse(
      renderPayload('slack', matched(article({ title: 'word '.repeat(500), url: 'https://x.example/a|b' }))),
    )
    const headline = body.blocks[0].text.text as string
    expect(headline).toContain('<https://x.example/a%7Cb|')
    expect(headline.split('\n')[0].length).toBeLessThan(400)
    expect(headline).toContain('…>')
  })

  it('drops links that are not http(s)', () => {
    const body = renderPayload('slack', matched(article({ url: 'javascript:alert(1)' })))
    expect(body).not.toContain('javascript')
  })
})

describe('discord format', () => {
  it('is an embed with title, url, description, fields and timestamp, mentions disabled', () => {
    const body = JSON.parse(renderPayload('discord', matched(article())))
    expect(body.allowed_mentions).toEqual({ parse: [] })
    expect(body.content).toContain('Lavrov watch')
    expect(body.embeds).toHaveLength(1)
    expect(body.embeds[0]).toMatchObject({
      title: 'Lavrov arrives in Pyongyang for talks with Kim',
      url: 'https://news.example/a?x=1&y=2',
      description: article().summary,
      timestamp: '2026-10-08T14:27:00Z',
      fields: [
        { name: 'Source', value: 'Yonhap', inline: true },
        { name: 'Actors', value: 'russia, north-korea', inline: true },
        { name: 'Events', value: 'diplomatic-visit', inline: true },
      ],
    })
  })

  it('escapes Markdown from the feed: a disguised link in a summary shows as text', () => {
    const body = JSON.parse(
      renderPayload(
        'discord',
        matched(
          article({ summary: 'Act now: [Verify your account](https://evil.example/login) **urgent**' }),
        ),
      ),
    )
    expect(body.embeds[0].description).toBe(
      'Act now: \\[Verify your account\\]\\(https://evil.example/login\\) \\*\\*urgent\\*\\*',
    )
  })

  it('stays within every Discord limit with huge titles, summaries and tag lists', () => {
    const huge = article({
      title: '북한 '.repeat(400) + '😀'.repeat(200),
      summary: 'x'.repeat(10_000),
      actors: Array.from({ length: 400 }, (_, i) => `actor-${i}`),
      events: Array.from({ length: 400 }, (_, i) => `event-${i}`),
    })
    const body = JSON.parse(renderPayload('discord', matched(huge, 'n'.repeat(3000))))
    const e = body.embeds[0]
    expect(e.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title)
    expect(e.title.endsWith('…')).toBe(true)
    expect(e.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description)
    for (const f of e.fields) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue)
    expect(e.footer.text.length).toBeLessThanOrEqual(DISCORD_LIMITS.footer)
    expect(discordEmbedSize(e)).toBeLessThanOrEqual(DISCORD_LIMITS.total)
    expect(body.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content)
  })

  it('omits empty fields (Discord refuses them) and a missing link', () => {
    const body = JSON.parse(renderPayload('discord', matched(article({ actors: [], events: [], url: null }))))
    expect(body.embeds[0].fields.map((f: { name: string }) => f.name)).toEqual(['Source'])
    expect(body.embeds[0].url).toBeUndefined()
  })

  it('never splits a surrogate pair when cutting', () => {
    const cut = truncate(`a${'😀'.repeat(10)}`, 4)
    expect(cut.length).toBeLessThanOrEqual(4)
    expect(cut).toBe('a😀…')
  })
})

describe('story alerts in chat', () => {
  const copies = Array.from({ length: 8 }, (_, i) => ({
    id: String(100 + i),
    title: `Copy ${i}`,
    url: `https://outlet${i}.example/x`,
    published_at: '2026-10-08T14:40:00Z',
    feed: { id: String(10 + i), title: i === 0 ? 'Kyodo *News*' : `Outlet ${i}` },
  }))
  const story: WebhookEvent = { ...(matched(article()) as object), copies, copyCount: 12 } as WebhookEvent

  it(`name at most ${CHAT_COPIES_NAMED} other outlets, then "+N more", escaped`, () => {
    const slack = JSON.parse(renderPayload('slack', story))
    expect(slack.blocks[2]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Also reported by Kyodo \u2217News\u2217, Outlet 1, Outlet 2, Outlet 3, Outlet 4 +7 more',
        },
      ],
    })
    const discord = JSON.parse(renderPayload('discord', story))
    expect(discord.embeds[0].fields[3]).toEqual({
      name: 'Also reported by',
      value: 'Kyodo \\*News\\*, Outlet 1, Outlet 2, Outlet 3, Outlet 4 +7 more',
      inline: false,
    })
  })

  it(`leave out links longer than ${CHAT_LINK_MAX_CHARS} characters, keeping the title`, () => {
    const long = `https://news.example/${'a'.repeat(CHAT_LINK_MAX_CHARS)}`
    const slack = renderPayload('slack', matched(article({ url: long })))
    expect(slack).not.toContain('news.example')
    expect(slack).toContain('Lavrov arrives in Pyongyang for talks with Kim')
    const discord = JSON.parse(renderPayload('discord', matched(article({ url: long }))))
    expect(discord.embeds[0].url).toBeUndefined()
  })
})

describe('retry schedule', () => {
  it("follows Standard Webhooks' recommendation: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then give up", () => {
    const p = { ...DEFAULT_RETRY_POLICY, random: () => 0 }
    const delays = Array.from({ length: 8 }, (_, i) => nextRetryDelayMs(p, i + 1, null))
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, null])
  })

  it('adds at most the jitter fraction, never less than the schedule or Retry-After', () => {
    const p = { ...DEFAULT_RETRY_POLICY, random: () => 0.999 }
    const d = nextRetryDelayMs(p, 2, null)!
    expect(d).toBeGreaterThan(300_000)
    expect(d).toBeLessThanOrEqual(300_000 * (1 + DEFAULT_RETRY_POLICY.jitter))
    expect(nextRetryDelayMs(p, 1, 3_600_000)).toBe(3_600_000)
    expect(nextRetryDelayMs(p, 1, 10 * 86_400_000)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs)
  })

  it('reads Retry-After only on 429 and 503, as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 0, 1)
    expect(retryAfterMs(429, '30', now)).toBe(30_000)
    expect(retryAfterMs(503, new Date(now + 90_000).toUTCString(), now)).toBe(90_000)
    expect(retryAfterMs(500, '30', now)).toBeNull()
    expect(retryAfterMs(429, 'soon', now)).toBeNull()
  })
})
