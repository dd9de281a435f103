import { afterEach, describe, expect, it, vi } from 'vitest'
import { log, logLine, REDACTED } from '../../src/lib/log'

afterEach(() => vi.restoreAllMocks())

describe('structured log', () => {
  it('writes one JSON line per event: level, event name, then the fields', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const info = vi.spyOn(console, 'log').mockImplementation(() => {})
    log.info('feed_fetched', { feed_id: 12, inserted: 3 })
    log.error('delivery_crashed', { delivery_id: 7 })
    expect(info).toHaveBeenCalledTimes(1)
    expect(error).toHaveBeenCalledTimes(1)
    const line = info.mock.calls[0][0] as string
    expect(line).not.toContain('\n')
    expect(JSON.parse(line)).toEqual({ level: 'info', event: 'feed_fetched', feed_id: 12, inserted: 3 })
    expect(JSON.parse(error.mock.calls[0][0] as string)).toMatchObject({
      level: 'error',
      event: 'delivery_crashed',
    })
  })

  it('never writes a secret: fields named like credentials are redacted at any depth', () => {
    const values = [
      'seismo-admin-token-value',
      'read-token-value',
      'dGVzdC1zZWNyZXRzLWtleS0zMi1ieXRlcy1sb25nISE=',
      'whsec_c2VjcmV0LWJ5dGVz',
      'Bearer abc.def',
      'v1,signature-value',
      'session=cookie-value',
      'hunter2',
    ]
    const line = logLine('warn', 'config_dump', {
      env: {
        ADMIN_TOKEN: values[0],
        READ_TOKEN: values[1],
        SECRETS_KEY: values[2],
        PUBLIC_URL: 'https://x.test',
      },
      watch: {
        id: 4,
        secret: values[3],
        previous_secret_enc: 'v1.abc.def',
        webhook_url: 'https://hook.test/a',
      },
      headers: [{ Authorization: values[4] }, { 'webhook-signature': values[5] }, { cookie: values[6] }],
      password: values[7],
      apiKey: 'k',
    })
    for (const v of [...values, 'v1.abc.def']) expect(line).not.toContain(v)
    const parsed = JSON.parse(line)
    expect(parsed.env).toEqual({
      ADMIN_TOKEN: REDACTED,
      READ_TOKEN: REDACTED,
      SECRETS_KEY: REDACTED,
      PUBLIC_URL: 'https://x.test',
    })
    expect(parsed.watch).toEqual({
      id: 4,
      secret: REDACTED,
      previous_secret_enc: REDACTED,
      webhook_url: 'https://hook.test/a',
    })
    expect(parsed.headers[0].Authorization).toBe(REDACTED)
    expect(parsed.apiKey).toBe(REDACTED)
  })

  it('keeps ordinary keys, including ones that merely contain "key" (watch index keys, cache keys)', () => {
    const parsed = JSON.parse(
      logLine('info', 'watch_indexed', { key: 'actor:russia', url_key: 'a.test/rss' }),
    )
    expect(parsed).toMatchObject({ key: 'actor:russia', url_key: 'a.test/rss' })
  })

  it('writes errors as name, message and stack; survives cycles, bigints and deep objects', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    let deep: Record<string, unknown> = { leaf: true }
    for (let i = 0; i < 20; i++) deep = { deep }
    const parsed = JSON.parse(
      logLine('error', 'unhandled_error', { error: new TypeError('boom'), cyclic, n: 10n ** 20n, deep }),
    )
    expect(parsed.error).toMatchObject({ name: 'TypeError', message: 'boom' })
    expect(parsed.error.stack).toContain('boom')
    expect(parsed.cyclic).toEqual({ a: 1, self: '[circular]' })
    expect(parsed.n).toBe('100000000000000000000')
    expect(JSON.stringify(parsed.deep)).toContain('[object]')
  })

  it('a field named level or event cannot disguise the line', () => {
    const parsed = JSON.parse(logLine('error', 'real_event', { level: 'debug', event: 'fake' }))
    expect(parsed).toMatchObject({ level: 'error', event: 'real_event' })
  })
})
