import { env } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_WEBHOOK_SIGNATURES } from '../../src/limits'
import { createWatch } from '../../src/watches/manage'
import { call, callJson } from '../helpers/http'
import { answer, type Captured, seedArticle, seedDelivery, seedFeed, stubReceiver } from './helpers'

afterEach(() => vi.restoreAllMocks())

interface WatchJson {
  id: string
  name: string
  filter: string
  description: string
  enabled: boolean
  webhook: {
    url: string
    format: string
    disabled_reason: string | null
    previous_secret_expires_at: string | null
    previous_secrets: { expires_at: string }[]
  } | null
  notify: 'story' | 'article'
  delivery: { mode: 'instant' | 'digest'; every: string | null }
  held: number
  feeds: { rss: string; atom: string; json: string }
  secret?: string
}
interface DeliveryJson {
  id: string
  article_id: string | null
  kind: string
  status: string
  webhook_id: string
  attempts: number
  last_status_code: number | null
  last_error: string | null
  next_attempt_at: string | null
  created_at: string
  attempt_log: {
    attempt: number
    status_code: number | null
    error: string | null
    duration_ms: number
    response: string | null
  }[]
}
type ErrorJson = { error: { code: string; message: string } }

const HOOK = { url: 'https://hooks.example/seismo', format: 'standard' }
const create = (json: unknown) => callJson<WatchJson & ErrorJson>('/api/watches', { method: 'POST', json })
const watchCount = async () =>
  (await env.DB.prepare('SELECT count(*) AS n FROM watches').first<number>('n')) ?? 0

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 5_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await probe()
    if (ok(v) || Date.now() > end) return v
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('POST /api/watches', () => {
  it('creates a watch and shows its secret once, with absolute feed URLs', async () => {
    const { status, body } = await create({
      name: 'Lavrov in Pyongyang',
      filter: 'actor=russia&actor=north-korea&event=visit',
      webhook: HOOK,
    })
    expect(status).toBe(201)
    expect(body).toMatchObject({
      name: 'Lavrov in Pyongyang',
      filter: 'actor=russia&actor=north-korea&event=visit',
      description: 'russia + north-korea · visit',
      enabled: true,
      webhook: { url: 'https://hooks.example/seismo', format: 'standard', disabled_reason: null },
      feeds: {
        rss: `https://seismo.test/watches/${body.id}/rss.xml`,
        atom: `https://seismo.test/watches/${body.id}/atom.xml`,
        json: `https://seismo.test/watches/${body.id}/feed.json`,
      },
    })
    expect(body.id).toMatch(/^\d+$/)
    expect(body.secret).toMatch(/^whsec_/)

    const got = await callJson<WatchJson & { index_keys: string[] }>(`/api/watches/${body.id}`)
    expect(got.status).toBe(200)
    expect(got.body.secret).toBeUndefined()
    expect(got.body.index_keys).toEqual(['actor:north-korea&actor:russia'])
    const list = await callJson<{ watches: WatchJson[] }>('/api/watches')
    expect(list.body.watches.map((w) => w.id)).toContain(body.id)
    expect(list.body.watches.every((w) => w.secret === undefined)).toBe(true)

    // At rest the secret is ciphertext only.
    const dump = JSON.stringify(await env.DB.prepare('SELECT * FROM watches').all())
    expect(dump).not.toContain(body.secret!.slice('whsec_'.length))
  })

  it('a feed-only watch needs no webhook and has no secret', async () => {
    const { status, body } = await create({ name: 'Korean missile news', filter: 'q=미사일&lang=ko' })
    expect(status).toBe(201)
    expect(body.webhook).toBeNull()
    expect(body.secret).toBeUndefined()
  })

  it('refuses filters as /api/search would, with the same codes, and stores nothing', async () => {
    const before = await watchCount()
    const cases: [string, string][] = [
      ['actor=atlantis', 'unknown_actor'],
      ['event=picnic', 'unknown_event'],
      ['since=yesterday', 'invalid_date'],
      ['q="unbalanced', 'unbalanced_quotes'],
      ['feed=abc', 'invalid_feed'],
      ['actors=russia', 'invalid_filter'],
    ]
    for (const [filter, code] of cases) {
      const { status, body } = await create({ name: 'bad', filter, webhook: HOOK })
      expect(status, filter).toBe(400)
      expect(body.error.code, filter).toBe(code)
      if (code !== 'invalid_filter') {
        // Exactly what /api/search answers for the same filter (search ignores unknown params; a watch refuses them).
        const search = await callJson<ErrorJson>(`/api/search?${filter}`)
        expect(search.status, filter).toBe(400)
        expect(body.error, filter).toEqual(search.body.error)
      }
    }
    expect((await create({ name: 'bad', filter: 'actor=atlantis' })).body.error.message).toContain('atlantis')
    expect(await watchCount()).toBe(before)
  })

  it('refuses bad bodies and webhook URLs with 4xx JSON errors', async () => {
    const before = await watchCount()
    expect((await create({ name: '', filter: 'actor=russia' })).status).toBe(400)
    expect((await create({ filter: 'actor=russia' })).status).toBe(400)
    expect(
      (
        await create({
          name: 'x',
          filter: 'actor=russia',
          webhook: { url: 'https://h.example', format: 'teams' },
        })
      ).status,
    ).toBe(400)
    expect((await create({ name: 'x', filter: 'actor=russia', extra: 1 })).status).toBe(400)
    const ftp = await create({
      name: 'x',
      filter: 'actor=russia',
      webhook: { url: 'ftp://hooks.example/x', format: 'slack' },
    })
    expect(ftp.status).toBe(400)
    expect(ftp.body.error.code).toBe('url_not_allowed')
    const big = await call('/api/watches', {
      method: 'POST',
      json: { name: 'x', filter: `q=${'a'.repeat(70_000)}` },
    })
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ error: { code: 'body_too_large' } })
    const bad = await call('/api/watches', {
      method: 'POST',
      body: '{nope',
      headers: { 'content-type': 'application/json' },
    })
    expect(bad.status).toBe(400)
    expect(await watchCount()).toBe(before)
  })

  it('refuses private webhook URLs unless ALLOW_PRIVATE_URLS, and webhooks without SECRETS_KEY (503)', async () => {
    const before = await watchCount()
    await expect(
      createWatch(
        { ...env, ALLOW_PRIVATE_URLS: 'false' },
        {
          name: 'x',
          filter: 'actor=russia',
          webhook: { url: 'http://127.0.0.1:8080/hook', format: 'standard' },
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({
      status: 400,
      code: 'url_not_allowed',
    })
    await expect(
      createWatch(
        { ...env, SECRETS_KEY: undefined },
        {
          name: 'x',
          filter: 'actor=russia',
          webhook: { url: 'https://hooks.example/x', format: 'standard' },
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({
      status: 503,
      code: 'secrets_disabled',
    })
    expect(await watchCount()).toBe(before)
    // A private address is fine in local development (tests run with ALLOW_PRIVATE_URLS=true).
    expect(
      (
        await create({
          name: 'local',
          filter: 'actor=russia',
          webhook: { url: 'http://127.0.0.1:8080/hook', format: 'standard' },
        })
      ).status,
    ).toBe(201)
  })

  it('needs the admin token', async () => {
    expect((await call('/api/watches', { token: null })).status).toBe(401)
    expect(
      (await call('/api/watches', { method: 'POST', token: 'wrong', json: { name: 'x', filter: '' } }))
        .status,
    ).toBe(401)
  })
})

describe('PATCH / DELETE /api/watches/:id', () => {
  it('changes name, filter, enabled and webhook; a first webhook gets a secret, a changed one keeps it', async () => {
    const { body: w } = await create({ name: 'feed only', filter: 'actor=russia' })
    const patch = (json: unknown) =>
      callJson<WatchJson & ErrorJson>(`/api/watches/${w.id}`, { method: 'PATCH', json })

    const renamed = await patch({
      name: 'Russia watch',
      filter: 'actor=russia&event=sanctions',
      enabled: false,
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body).toMatchObject({
      name: 'Russia watch',
      filter: 'actor=russia&event=sanctions',
      enabled: false,
      webhook: null,
    })
    expect((await patch({ filter: 'actor=atlantis' })).body.error.code).toBe('unknown_actor')

    const hooked = await patch({ webhook: { url: 'https://hooks.example/a', format: 'slack' } })
    expect(hooked.body.secret).toMatch(/^whsec_/)
    const moved = await patch({ webhook: { url: 'https://hooks.example/b', format: 'discord' } })
    expect(moved.body.secret).toBeUndefined()
    expect(moved.body.webhook).toMatchObject({ url: 'https://hooks.example/b', format: 'discord' })
    const secretEnc = await env.DB.prepare('SELECT secret_enc FROM watches WHERE id = ?')
      .bind(w.id)
      .first('secret_enc')
    expect(secretEnc).not.toBeNull()

    const removed = await patch({ webhook: null })
    expect(removed.body.webhook).toBeNull()
    expect(
      await env.DB.prepare('SELECT secret_enc FROM watches WHERE id = ?').bind(w.id).first('secret_enc'),
    ).toBeNull()
  })

  it('deletes a watch and its pending deliveries; unknown ids are 404', async () => {
    const { body: w } = await create({ name: 'to delete', filter: 'actor=china', webhook: HOOK })
    const d = await seedDelivery(Number(w.id), await seedArticle({ feedId: await seedFeed() }))
    expect((await call(`/api/watches/${w.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await env.DB.prepare('SELECT count(*) AS n FROM deliveries WHERE id = ?').bind(d).first('n')).toBe(
      0,
    )
    expect((await call(`/api/watches/${w.id}`)).status).toBe(404)
    expect((await call(`/api/watches/${w.id}`, { method: 'DELETE' })).status).toBe(404)
    expect((await call('/api/watches/abc')).status).toBe(404)
    expect((await call(`/api/watches/${w.id}/deliveries`)).status).toBe(404)
  })
})

describe('POST /api/watches/:id/test', () => {
  it('sends a signed watch.test delivery now and answers what the receiver said', async () => {
    const { body: w } = await create({ name: 'tested', filter: 'actor=japan', webhook: HOOK })
    const rx = stubReceiver(answer('received, thanks', { status: 202 }))
    const { status, body } = await callJson<{
      ok: boolean
      status_code: number
      body: string
      duration_ms: number
      webhook_id: string
      delivery_id: string
    }>(`/api/watches/${w.id}/test`, { method: 'POST' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, status_code: 202, body: 'received, thanks' })
    expect(body.duration_ms).toBeGreaterThanOrEqual(0)
    expect(rx.requests).toHaveLength(1)
    const payload = new Webhook(w.secret!).verify(rx.requests[0].body, rx.requests[0].headers)
    expect(payload).toMatchObject({ type: 'watch.test', data: { watch: { id: w.id, name: 'tested' } } })
    expect(rx.requests[0].headers['webhook-id']).toBe(body.webhook_id)

    vi.restoreAllMocks()
    stubReceiver(answer('boom', { status: 500 }))
    const failed = await callJson<{ ok: boolean; status_code: number; error: string }>(
      `/api/watches/${w.id}/test`,
      { method: 'POST' },
    )
    expect(failed.body).toMatchObject({ ok: false, status_code: 500 })
    expect(failed.body.error).toContain('HTTP 500')

    const { body: list } = await callJson<{ deliveries: DeliveryJson[] }>(`/api/watches/${w.id}/deliveries`)
    expect(list.deliveries.map((d) => [d.kind, d.status, d.last_status_code])).toEqual([
      ['watch.test', 'failed', 500],
      ['watch.test', 'delivered', 202],
    ])
  })

  it('answers 409 for a watch without webhook', async () => {
    const { body: w } = await create({ name: 'no hook', filter: 'actor=japan' })
    const r = await callJson<ErrorJson>(`/api/watches/${w.id}/test`, { method: 'POST' })
    expect(r.status).toBe(409)
    expect(r.body.error.code).toBe('no_webhook')
  })
})

describe('secret rotation', () => {
  const signedTest = async (id: string, rx: { requests: Captured[] }) => {
    await call(`/api/watches/${id}/test`, { method: 'POST' })
    return rx.requests[rx.requests.length - 1]
  }
  const verifies = (secret: string, req: Captured) => {
    try {
      new Webhook(secret).verify(req.body, req.headers)
      return true
    } catch {
      return false
    }
  }

  it('two rotations within 24 h keep all three secrets signing; each verifies with standardwebhooks', async () => {
    const { body: w } = await create({ name: 'rotating', filter: 'actor=japan', webhook: HOOK })
    const original = w.secret!
    const first = await callJson<WatchJson>(`/api/watches/${w.id}/rotate-secret`, { method: 'POST' })
    expect(first.status).toBe(200)
    const second = await callJson<WatchJson>(`/api/watches/${w.id}/rotate-secret`, { method: 'POST' })
    expect(second.status).toBe(200)
    const [s1, s2] = [first.body.secret!, second.body.secret!]
    expect(new Set([original, s1, s2]).size).toBe(3)
    expect(second.body.webhook!.previous_secrets).toHaveLength(2)
    const expires = Date.parse(second.body.webhook!.previous_secret_expires_at!)
    expect(expires - Date.now()).toBeGreaterThan(23.9 * 3600_000)

    const rx = stubReceiver(answer('ok'))
    const signed = await signedTest(w.id, rx)
    expect(signed.headers['webhook-signature'].split(' ')).toHaveLength(3)
    // A receiver holding any one of the three secrets accepts the message.
    for (const secret of [original, s1, s2]) expect(verifies(secret, signed)).toBe(true)
    expect(verifies(`whsec_${btoa('a secret nobody was ever given!!')}`, signed)).toBe(false)

    // 24 h after the first rotation the original stops signing; the other two still do.
    await env.DB.prepare(
      `UPDATE watches SET previous_secrets = (
         SELECT json_group_array(json_object('enc', json_extract(value, '$.enc'), 'expires_at',
           CASE WHEN key = 1 THEN ?1 ELSE json_extract(value, '$.expires_at') END))
           FROM json_each(previous_secrets)) WHERE id = ?2`,
    )
      .bind(Date.now() - 1, w.id)
      .run()
    const later = await signedTest(w.id, rx)
    expect(later.headers['webhook-signature'].split(' ')).toHaveLength(2)
    expect([original, s1, s2].map((s) => verifies(s, later))).toEqual([false, true, true])
  })

  it(`refuses a rotation that would need more than ${MAX_WEBHOOK_SIGNATURES} signatures, saying when it can`, async () => {
    const { body: w } = await create({ name: 'rotating often', filter: 'actor=japan', webhook: HOOK })
    const secrets = [w.secret!]
    for (let i = 1; i < MAX_WEBHOOK_SIGNATURES; i++) {
      const r = await callJson<WatchJson>(`/api/watches/${w.id}/rotate-secret`, { method: 'POST' })
      expect(r.status).toBe(200)
      secrets.push(r.body.secret!)
    }
    const refused = await callJson<ErrorJson & { error: { retry_after: string } }>(
      `/api/watches/${w.id}/rotate-secret`,
      { method: 'POST' },
    )
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('too_many_secrets')
    expect(Date.parse(refused.body.error.retry_after)).toBeGreaterThan(Date.now())
    const rx = stubReceiver(answer('ok'))
    const signed = await signedTest(w.id, rx)
    expect(signed.headers['webhook-signature'].split(' ')).toHaveLength(MAX_WEBHOOK_SIGNATURES)
    for (const secret of secrets) expect(verifies(secret, signed)).toBe(true)
  })
})

describe('deliveries and redelivery', () => {
  it('lists deliveries newest first with attempts and the last answer; a failed one can be sent again', async () => {
    const { body: w } = await create({ name: 'listing', filter: 'actor=russia', webhook: HOOK })
    const feedId = await seedFeed()
    const first = await seedDelivery(Number(w.id), await seedArticle({ feedId }))
    const second = await seedDelivery(Number(w.id), await seedArticle({ feedId }))
    await env.DB.prepare(
      `UPDATE deliveries SET status = 'failed', attempts = 8, last_status_code = 500, last_error = 'HTTP 500 (gave up after 8 attempts)', next_attempt_at = NULL WHERE id = ?`,
    )
      .bind(first)
      .run()
    await env.DB.prepare(
      `INSERT INTO delivery_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms, response) VALUES (?, 8, ?, 500, 'HTTP 500', 12, 'oops')`,
    )
      .bind(first, Date.now())
      .run()

    const { status, body } = await callJson<{ deliveries: DeliveryJson[]; next_before: string | null }>(
      `/api/watches/${w.id}/deliveries`,
    )
    expect(status).toBe(200)
    expect(body.deliveries.map((d) => d.id)).toEqual([String(second), String(first)])
    expect(body.deliveries[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
      kind: 'article.matched',
      attempt_log: [],
    })
    expect(body.deliveries[0].next_attempt_at).toMatch(/Z$/)
    expect(body.deliveries[1]).toMatchObject({
      status: 'failed',
      attempts: 8,
      last_status_code: 500,
      next_attempt_at: null,
      attempt_log: [{ attempt: 8, status_code: 500, error: 'HTTP 500', duration_ms: 12, response: 'oops' }],
    })
    const page = await callJson<{ deliveries: DeliveryJson[]; next_before: string | null }>(
      `/api/watches/${w.id}/deliveries?limit=1`,
    )
    expect(page.body.deliveries.map((d) => d.id)).toEqual([String(second)])
    const next = await callJson<{ deliveries: DeliveryJson[] }>(
      `/api/watches/${w.id}/deliveries?limit=1&before=${page.body.next_before}`,
    )
    expect(next.body.deliveries.map((d) => d.id)).toEqual([String(first)])
    expect((await call(`/api/watches/${w.id}/deliveries?limit=0`)).status).toBe(400)

    // Redeliver: pending again, same webhook-id, delivered by the queue consumer.
    const webhookId = body.deliveries[1].webhook_id
    expect(
      (await callJson<ErrorJson>(`/api/watches/${w.id}/deliveries/${second}/redeliver`, { method: 'POST' }))
        .body.error.code,
    ).toBe('not_failed')
    const rx = stubReceiver(answer('ok'))
    const again = await callJson<DeliveryJson>(`/api/watches/${w.id}/deliveries/${first}/redeliver`, {
      method: 'POST',
    })
    expect(again.status).toBe(202)
    expect(again.body).toMatchObject({ status: 'pending', webhook_id: webhookId, attempts: 8 })
    const row = await until(
      () =>
        env.DB.prepare('SELECT status, attempts FROM deliveries WHERE id = ?')
          .bind(first)
          .first<{ status: string; attempts: number }>(),
      (r) => r?.status === 'delivered',
    )
    expect(row).toMatchObject({ status: 'delivered', attempts: 9 })
    expect(rx.requests.filter((r) => r.headers['webhook-id'] === webhookId)).toHaveLength(1)
    expect((await call(`/api/watches/${w.id}/deliveries/999999/redeliver`, { method: 'POST' })).status).toBe(
      404,
    )
  })
})

describe('watch options: notify and delivery', () => {
  it('new watches alert once per story, instantly; both options can be set and changed', async () => {
    const { status, body } = await create({ name: 'defaults', filter: 'actor=japan', webhook: HOOK })
    expect(status).toBe(201)
    expect(body).toMatchObject({ notify: 'story', delivery: { mode: 'instant', every: null }, held: 0 })

    const digest = await create({
      name: 'daily',
      filter: 'actor=japan',
      webhook: HOOK,
      notify: 'article',
      delivery: { mode: 'digest', every: '1d' },
    })
    expect(digest.body).toMatchObject({ notify: 'article', delivery: { mode: 'digest', every: '1d' } })
    const got = await callJson<WatchJson>(`/api/watches/${digest.body.id}`)
    expect(got.body).toMatchObject({ notify: 'article', delivery: { mode: 'digest', every: '1d' } })

    const patched = await callJson<WatchJson>(`/api/watches/${digest.body.id}`, {
      method: 'PATCH',
      json: { notify: 'story', delivery: { mode: 'instant' } },
    })
    expect(patched.body).toMatchObject({ notify: 'story', delivery: { mode: 'instant', every: null } })
  })

  it('refuses bad options with a 400 that says what is wrong, and changes nothing', async () => {
    const { body: w } = await create({ name: 'strict', filter: 'actor=japan', webhook: HOOK })
    const cases: [unknown, RegExp][] = [
      [{ notify: 'cluster' }, /notify must be "story" or "article"/],
      [{ delivery: { mode: 'weekly' } }, /delivery\.mode must be "instant" or "digest"/],
      [{ delivery: { mode: 'digest', every: '2h' } }, /delivery\.every must be "15m", "1h" or "1d"/],
      [{ delivery: { mode: 'digest' } }, /a digest needs every/],
      [{ delivery: { mode: 'instant', every: '1h' } }, /every applies only to mode "digest"/],
      [{ delivery: { mode: 'digest', every: '1h', at: '09:00' } }, /at/],
      [{ delivery: 'digest' }, /delivery/],
    ]
    for (const [json, message] of cases) {
      const created = await create({ name: 'bad', filter: 'actor=japan', webhook: HOOK, ...(json as object) })
      expect(created.status).toBe(400)
      expect(created.body.error.code).toBe('invalid_request')
      expect(created.body.error.message).toMatch(message)
      const patched = await callJson<ErrorJson>(`/api/watches/${w.id}`, { method: 'PATCH', json })
      expect(patched.status).toBe(400)
      expect(patched.body.error.message).toMatch(message)
    }
    const after = await callJson<WatchJson>(`/api/watches/${w.id}`)
    expect(after.body).toMatchObject({ notify: 'story', delivery: { mode: 'instant', every: null } })
  })

  it('/openapi.json describes notify, delivery, held, release and discard', async () => {
    const doc = (await (await call('/openapi.json', { token: null })).json()) as {
      paths: Record<string, Record<string, unknown>>
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
    }
    const create = doc.components.schemas.CreateWatch.properties!
    expect(Object.keys(create)).toEqual(expect.arrayContaining(['notify', 'delivery']))
    expect(JSON.stringify(create.notify)).toContain('story')
    expect(JSON.stringify(doc.components.schemas.DeliveryInput)).toContain('15m')
    expect(Object.keys(doc.components.schemas.Watch.properties!)).toEqual(
      expect.arrayContaining(['notify', 'delivery', 'held']),
    )
    expect(JSON.stringify(doc.components.schemas.Delivery)).toContain('folded')
    expect(doc.paths['/api/watches/{id}/deliveries/release'].post).toBeTruthy()
    expect(doc.paths['/api/watches/{id}/deliveries/discard'].post).toBeTruthy()
  })
})
