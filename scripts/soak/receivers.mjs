// The soak's webhook receivers on loopback: healthy, flaky (random 500s, answers after the webhook
// timeout, slow answers), one answering 410 Gone, and one that is down (a port nobody listens on).
// Each verifies every request's signature with the standardwebhooks package and records the
// webhook-ids it accepted, by watch.
import { createServer } from 'node:http'
import { Webhook } from 'standardwebhooks'
import { freePort } from '../lib/dev-worker.mjs'
import { rng } from './farm.mjs'

/** Share of first attempts the flaky receiver fails, and how (the retry of the same webhook-id succeeds). */
const FLAKY_FIRST_ATTEMPT_FAILURES = 0.25
const HANG_MS = 11_000 // longer than the Worker's webhook timeout (WEBHOOK_TIMEOUT_MS, 10 s)
const SLOW_MS = 2_500

export class Receiver {
  constructor(kind, seed) {
    this.kind = kind
    this.random = rng(seed)
    /** watch id → secret (whsec_...), registered when the soak creates the watch. */
    this.secrets = new Map()
    /** Every request: { watch, webhookId, type, articleId, status, verified, at } */
    this.requests = []
    this.attemptsById = new Map()
    this.badSignatures = 0
  }

  async start() {
    if (this.kind === 'down') {
      this.url = `http://127.0.0.1:${await freePort()}/hook` // nothing listens there
      return this
    }
    this.server = createServer((req, res) => {
      const chunks = []
      req.on('data', (c) => chunks.push(c))
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')))
    })
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${this.server.address().port}/hook`
    return this
  }

  stop() {
    if (!this.server) return Promise.resolve()
    this.server.closeAllConnections?.()
    return new Promise((r) => this.server.close(r))
  }

  handle(req, res, body) {
    const watch = new URL(req.url, 'http://x').searchParams.get('watch')
    const secret = this.secrets.get(watch)
    let payload = null
    try {
      payload = new Webhook(secret).verify(body, req.headers)
    } catch {
      this.badSignatures++
      res.writeHead(400)
      return res.end('bad signature')
    }
    const webhookId = req.headers['webhook-id']
    const attempt = (this.attemptsById.get(webhookId) ?? 0) + 1
    this.attemptsById.set(webhookId, attempt)
    const record = (status) =>
      this.requests.push({
        watch,
        webhookId,
        type: payload.type,
        articleId: payload.data?.article?.id ?? null,
        status,
        at: Date.now(),
      })
    if (this.kind === 'gone') {
      record(410)
      res.writeHead(410)
      return res.end('gone')
    }
    if (this.kind === 'flaky' && attempt === 1 && this.random() < FLAKY_FIRST_ATTEMPT_FAILURES) {
      const how = this.random()
      if (how < 0.6) {
        record(500)
        res.writeHead(500)
        return res.end('flaky')
      }
      if (how < 0.9) {
        record(200)
        return setTimeout(() => res.end('ok, slowly'), SLOW_MS)
      }
      record('timeout')
      return setTimeout(() => res.end('too late'), HANG_MS)
    }
    record(200)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"ok":true}')
  }

  /** webhook-ids this receiver accepted (a 2xx was sent, or at least the request arrived), by watch. */
  idsByWatch() {
    const out = new Map()
    for (const r of this.requests) {
      const byArticle = out.get(r.watch) ?? new Map()
      const ids = byArticle.get(r.articleId) ?? new Set()
      ids.add(r.webhookId)
      byArticle.set(r.articleId, ids)
      out.set(r.watch, byArticle)
    }
    return out
  }
}

export async function startReceivers(seed) {
  const kinds = ['healthy', 'flaky', 'gone', 'down']
  const list = await Promise.all(kinds.map((k, i) => new Receiver(k, seed + i).start()))
  return Object.fromEntries(kinds.map((k, i) => [k, list[i]]))
}
