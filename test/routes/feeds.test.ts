import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../src/index'
import { MAX_JSON_BODY_BYTES } from '../../src/limits'
import { call, callJson, ORIGIN } from '../helpers/http'

type Feed = Record<string, unknown> & { id: string; url: string }

async function withEnv(overrides: Partial<typeof env>, path: string, init: RequestInit = {}) {
  const ctx = createExecutionContext()
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, ...overrides }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

describe('admin authentication', () => {
  it('refuses admin routes without a token (401) and with a wrong one (401)', async () => {
    expect((await call('/api/feeds', { token: null })).status).toBe(401)
    const wrong = await callJson('/api/feeds', { token: 'nope' })
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatchObject({ error: { code: 'unauthorized' } })
  })

  it('answers 503 admin_disabled when ADMIN_TOKEN is not configured: never open by default', async () => {
    const res = await withEnv({ ADMIN_TOKEN: undefined }, '/api/feeds', {
      headers: { authorization: 'Bearer anything' },
    })
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ error: { code: 'admin_disabled' } })
  })
})

describe('feed CRUD', () => {
  it('creates a feed due for its first fetch at once, with the contract fields', async () => {
    const before = Date.now()
    const { status, body } = await callJson<Feed>('/api/feeds', {
      method: 'POST',
      json: { url: 'https://crud.example/rss.xml', title: 'Crud', interval_minutes: 15, lang: 'ko-KR' },
    })
    expect(status).toBe(201)
    expect(body).toMatchObject({
      url: 'https://crud.example/rss.xml',
      title: 'Crud',
      enabled: true,
      interval_minutes: 15,
      lang: 'ko',
      last_fetched_at: null,
      last_status: 'never',
      last_error: null,
      consecutive_failures: 0,
      article_count: 0,
    })
    expect(typeof body.id).toBe('string')
    expect(Date.parse(body.next_fetch_at as string)).toBeLessThanOrEqual(Date.now())
    expect(Date.parse(body.next_fetch_at as string)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('defaults interval_minutes to 30 and refuses 409 feed_exists for the same normalised URL', async () => {
    const first = await callJson<Feed>('/api/feeds', {
      method: 'POST',
      json: { url: 'https://Dup.Example:443/feed?utm_source=x#top' },
    })
    expect(first.status).toBe(201)
    expect(first.body.interval_minutes).toBe(30)
    const again = await callJson('/api/feeds', { method: 'POST', json: { url: 'https://dup.example/feed' } })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: { code: 'feed_exists' } })
  })

  it.each([
    [{ url: 'not a url' }, 'url_not_allowed'],
    [{ url: 'ftp://files.example/feed' }, 'url_not_allowed'],
    [{ url: 'https://ok.example/a', interval_minutes: 4 }, 'invalid_request'],
    [{ url: 'https://ok.example/b', interval_minutes: 1441 }, 'invalid_request'],
    [{ url: 'https://ok.example/c', unknown: 1 }, 'invalid_request'],
    [{}, 'invalid_request'],
  ])('refuses bad input %j with 400 %s and stores nothing', async (json, code) => {
    const before = (await callJson<{ feeds: Feed[] }>('/api/feeds')).body.feeds.length
    const { status, body } = await callJson('/api/feeds', { method: 'POST', json })
    expect(status).toBe(400)
    expect(body).toMatchObject({ error: { code } })
    expect((await callJson<{ feeds: Feed[] }>('/api/feeds')).body.feeds.length).toBe(before)
  })

  it('refuses malformed JSON and a non-JSON body with a 400 envelope', async () => {
    const bad = await call('/api/feeds', {
      method: 'POST',
      body: '{"url":',
      headers: { 'content-type': 'application/json' },
    })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request' } })
    const text = await call('/api/feeds', {
      method: 'POST',
      body: 'url=https://x.example',
      headers: { 'content-type': 'text/plain' },
    })
    expect(text.status).toBe(415)
    expect(await text.json()).toMatchObject({ error: { code: 'unsupported_media_type' } })
  })

  it(`answers 413 body_too_large for JSON bodies over ${MAX_JSON_BODY_BYTES} bytes`, async () => {
    const res = await call('/api/feeds', {
      method: 'POST',
      json: { url: 'https://big.example/feed', title: 'x'.repeat(MAX_JSON_BODY_BYTES) },
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { code: 'body_too_large' } })
  })

  it('refuses private and loopback URLs with url_not_allowed unless ALLOW_PRIVATE_URLS is true', async () => {
    for (const url of [
      'http://127.0.0.1:8080/feed',
      'http://localhost/feed',
      'http://10.1.2.3/rss',
      'http://169.254.169.254/latest',
    ]) {
      const res = await withEnv({ ALLOW_PRIVATE_URLS: 'false' }, '/api/feeds', {
        method: 'POST',
        headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
        body: JSON.stringify({ url }),
      })
      expect(res.status, url).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: 'url_not_allowed' } })
    }
    const allowed = await callJson('/api/feeds', {
      method: 'POST',
      json: { url: 'http://127.0.0.1:9/local-feed' },
    })
    expect(allowed.status).toBe(201)
  })

  it('gets, patches, lists and deletes a feed; an unknown or non-numeric id is 404', async () => {
    const { body: created } = await callJson<Feed>('/api/feeds', {
      method: 'POST',
      json: { url: 'https://life.example/feed' },
    })
    const got = await callJson<Feed>(`/api/feeds/${created.id}`)
    expect(got.body).toMatchObject({ id: created.id, url: 'https://life.example/feed' })

    const patched = await callJson<Feed>(`/api/feeds/${created.id}`, {
      method: 'PATCH',
      json: { title: 'Life', interval_minutes: 60, enabled: false },
    })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ title: 'Life', interval_minutes: 60, enabled: false })

    const list = await callJson<{ feeds: Feed[] }>('/api/feeds')
    expect(list.body.feeds.some((f) => f.id === created.id)).toBe(true)

    expect((await call(`/api/feeds/${created.id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await call(`/api/feeds/${created.id}`)).status).toBe(404)
    expect((await call(`/api/feeds/${created.id}`, { method: 'DELETE' })).status).toBe(404)
    expect((await callJson('/api/feeds/abc')).body).toMatchObject({ error: { code: 'not_found' } })
    expect((await call('/api/feeds/999999')).status).toBe(404)

    // Adding the URL again revives the same feed (its archive reconnects).
    const revived = await callJson<Feed>('/api/feeds', {
      method: 'POST',
      json: { url: 'https://life.example/feed' },
    })
    expect(revived.status).toBe(201)
    expect(revived.body.id).toBe(created.id)
  })

  it('reports feed counts in /health', async () => {
    const { body } = await callJson<{ feeds: number }>('/health', { token: null })
    expect(body.feeds).toBeGreaterThan(0)
  })
})
