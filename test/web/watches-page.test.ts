import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { call, callJson } from '../helpers/http'
import { decode } from './helpers'

let id: string

beforeAll(async () => {
  const { body } = await callJson<{ id: string }>('/api/watches', {
    method: 'POST',
    json: {
      name: 'Digest of launches',
      filter: 'event=missile-launch',
      webhook: { url: 'http://127.0.0.1:9/hook', format: 'slack' },
      notify: 'article',
      delivery: { mode: 'digest', every: '1h' },
    },
  })
  id = body.id
  // Deliveries as the alert backend leaves them: two held while the webhook was disabled, one
  // folded into an earlier alert of the same story, and a digest of three matches.
  const now = Date.now()
  const row = (article: number | null, kind: string, status: string, extra = '') =>
    env.DB.prepare(
      `INSERT INTO deliveries (watch_id, article_id, kind, status, message_id, created_at, updated_at${extra ? `, ${extra}` : ''})
       VALUES (?1, ?2, ?3, ?4, 'msg_' || coalesce(?2, 'digest') || ?3, ?5, ?5${extra ? ', 1, 3' : ''})`,
    ).bind(Number(id), article, kind, status, now)
  await env.DB.batch([
    row(101, 'article.matched', 'held'),
    row(102, 'article.matched', 'held'),
    row(103, 'article.matched', 'folded', 'folded_into, item_count'),
    row(null, 'watch.digest', 'delivered', 'period_start, item_count'),
  ])
})

const adminPage = async (path: string) =>
  decode(await (await call(path, { headers: { 'accept-language': 'en' } })).text())

describe('the watch pages show the alert options and every delivery state', () => {
  it('fills the edit form with the watch: webhook, format, alert per article, hourly digest', async () => {
    const html = await adminPage(`/watches/${id}`)
    expect(html).toContain('value="http://127.0.0.1:9/hook"')
    expect(html).toMatch(/<option value="slack" selected="">Slack<\/option>/)
    expect(html).toMatch(/<option value="article" selected="">every article, copies included<\/option>/)
    expect(html).toMatch(/<option value="digest:1h" selected="">A digest every hour<\/option>/)
  })

  it('offers to release or discard held deliveries, and labels held, folded and digest rows', async () => {
    const html = await adminPage(`/watches/${id}`)
    expect(html).toContain('2 deliveries held while the webhook was disabled')
    expect(html).toContain(`data-api="/api/watches/${id}/deliveries/release"`)
    expect(html).toContain(`data-api="/api/watches/${id}/deliveries/discard"`)
    expect(html).toMatch(/data-status="held"/)
    expect(html).toMatch(/data-status="folded"[\s\S]*folded into #1/)
    expect(html).toContain('watch.digest')
  })

  it('lists the watch with how it alerts and what it holds', async () => {
    const html = await adminPage('/watches')
    expect(html).toContain('Digest of launches')
    expect(html).toContain('every article, copies included · A digest every hour')
    expect(html).toContain('2 deliveries held while the webhook was disabled')
  })
})
