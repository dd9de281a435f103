import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DeliveryMessage, FetchMessage } from '../../src/env'
import { handleFetchBatch } from '../../src/ingest/consumer'
import { log, logLine, scrubSecrets } from '../../src/lib/log'
import { handleDeliveryBatch } from '../../src/watches/delivery-consumer'
import { ADMIN_TOKEN, call, callJson } from '../helpers/http'

/**
 * Tokens and secrets never reach the logs, checked through the structured logger on the paths
 * that log: every console line written while real requests, fetches and deliveries run is
 * collected and searched for the secrets involved.
 */

function captureLogs(): string[] {
  const lines: string[] = []
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '))
    })
  return lines
}

afterEach(() => vi.restoreAllMocks())

describe('secrets inside values are scrubbed, whatever the field is called', () => {
  it.each([
    ['a webhook secret', 'secret is whsec_c2VjcmV0LWJ5dGVzLXRoYXQtbWF0dGVy', 'c2VjcmV0LWJ5dGVz'],
    [
      'a bearer header copied into a message',
      'sent Authorization: Bearer seismo-admin-xyz',
      'seismo-admin-xyz',
    ],
    ['a URL password', 'GET https://reader:hunter2@feeds.example/x.xml failed', 'hunter2'],
    ['a token in a query', 'redirect to https://feeds.example/x.xml?token=abc123def&page=2', 'abc123def'],
    ['an API key in a query', 'GET https://api.example/v1?api_key=K-998877 → 500', 'K-998877'],
    [
      'a signed URL',
      'https://bucket.example/o?X-Amz-Signature=deadbeef42&X-Amz-Credential=AKIA77',
      'deadbeef42',
    ],
    [
      'a Slack webhook URL',
      'POST https://hooks.slack.com/services/T000/B000/XXsecretXX failed',
      'XXsecretXX',
    ],
    [
      'a Discord webhook URL',
      'POST https://discord.com/api/webhooks/123456/tokenpart-xyz: 404',
      'tokenpart-xyz',
    ],
  ])('%s', (_what, text, secret) => {
    expect(scrubSecrets(text)).not.toContain(secret)
    const line = logLine('error', 'delivery_crashed', { error: new TypeError(text), note: text })
    expect(line).not.toContain(secret)
    expect(JSON.parse(line).note).toContain('[redacted]')
  })

  it('leaves ordinary text alone', () => {
    const text = 'feed 12: HTTP 503 (retry after 3600 s) at https://news.example/rss?page=2&lang=ko'
    expect(scrubSecrets(text)).toBe(text)
  })
})

describe('what the Worker logs while it works holds no token or secret', () => {
  it('requests with wrong, read and admin tokens log none of them', async () => {
    const lines = captureLogs()
    await call('/api/feeds', { token: 'wrong-token-123456' })
    await call('/api/search?q=x&token=read-token-in-query-789')
    await call('/api/feeds/999999999', { method: 'PATCH', json: { title: 'x' } })
    await call('/api/watches/not-a-number', { token: ADMIN_TOKEN })
    for (const secret of ['wrong-token-123456', 'read-token-in-query-789', ADMIN_TOKEN])
      expect(lines.join('\n')).not.toContain(secret)
  })

  it('a fetch refused on a redirect that carries credentials logs the feed without them', async () => {
    const feedUrl = 'https://private-feeds.example/feed.xml?api_key=feed-key-4242'
    const target = 'ftp://reader:hunter2-pass@files.example/feed?token=redirect-token-99'
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () => new Response(null, { status: 302, headers: { location: target } }),
    )
    const lines = captureLogs()
    const created = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url: feedUrl } })
    const batch = createMessageBatch<FetchMessage>('seismo-fetch', [
      {
        id: 'm',
        timestamp: new Date(),
        attempts: 1,
        body: { feedId: Number(created.body.id), enqueuedAt: Date.now() },
      },
    ])
    await handleFetchBatch(batch, env)
    getQueueResult(batch, createExecutionContext())
    const logged = lines.join('\n')
    expect(logged).toContain('feed_fetched') // the failure was logged...
    expect(logged).toContain('refused') // ...with its reason
    for (const secret of ['feed-key-4242', 'hunter2-pass', 'redirect-token-99'])
      expect(logged).not.toContain(secret)
  })

  it('creating a webhook and delivering to it logs neither its secret, its URL credential, nor SECRETS_KEY', async () => {
    const hook = 'https://hooks.slack.com/services/T0001/B0001/slack-path-secret'
    const lines = captureLogs()
    const w = await callJson<{ id: string; secret: string }>('/api/watches', {
      method: 'POST',
      json: { name: 'secret test', filter: 'q=anything', webhook: { url: hook, format: 'slack' } },
    })
    expect(w.status).toBe(201)
    // The receiver's network fails with an error that quotes the URL, as fetch errors may.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      throw new TypeError(`fetch failed: ${hook}`)
    })
    const test = await call(`/api/watches/${w.body.id}/test`, { method: 'POST' })
    expect(test.status).toBeLessThan(500)
    const row = await env.DB.prepare('SELECT id FROM deliveries WHERE watch_id = ?1 LIMIT 1')
      .bind(Number(w.body.id))
      .first<{ id: number }>()
    if (row) {
      const batch = createMessageBatch<DeliveryMessage>('seismo-deliveries', [
        { id: 'd', timestamp: new Date(), attempts: 1, body: { deliveryId: row.id } },
      ])
      await handleDeliveryBatch(batch, env)
    }
    log.error('delivery_crashed', { error: new TypeError(`fetch failed: ${hook}`) })
    const logged = lines.join('\n')
    expect(logged).toContain('delivery_crashed')
    for (const secret of [
      w.body.secret,
      w.body.secret.slice(6),
      'slack-path-secret',
      env.SECRETS_KEY!,
      ADMIN_TOKEN,
    ])
      expect(logged).not.toContain(secret)
  })
})
