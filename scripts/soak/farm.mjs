// The soak's feed farm: one loopback HTTP server holding hundreds of feeds that change every
// round, and the misbehaving hosts a monitoring service meets. It records what it served, item by
// item, so the soak can check that every distinct item is stored exactly once (scripts/soak.mjs).
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { mulberry32 } from '../../bench/lib/rng.ts'

/** Keywords the watches filter on: a share of the stories carry one. */
export const KEYWORDS = ['zorblat', 'quintex']

/** The benches' seeded PRNG (mulberry32): the same --seed gives the same farm. */
export const rng = mulberry32

const SYLLABLES = 'ka ro mi tes van dor eli pun sar gu lom fe ri tan bo chel mar ven pa lu dra sko nim'.split(
  ' ',
)

/** A vocabulary of pseudo-words: stories drawn from it share almost no three-word shingles. */
function vocabulary(random, n) {
  const words = new Set()
  while (words.size < n) {
    const k = 2 + Math.floor(random() * 2)
    let w = ''
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    words.add(w)
  }
  return [...words]
}

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The misbehaving feeds: path, and what Seismo must show for each (checked by the soak). */
export const BAD_FEEDS = {
  slow: 'answers after the fetch timeout',
  http500: 'answers 500',
  http429: 'answers 429 with Retry-After: 3600',
  http503: 'answers 503 with Retry-After as an HTTP date two hours ahead',
  loop: 'redirects in a loop',
  moved: 'answers 301 to its new home (which serves a valid feed)',
  gzipbomb: 'a gzip body that inflates to 64 MB',
  oversize: 'a 6 MB body without Content-Length',
  truncated: 'XML cut in the middle of its third item',
  euckr: 'EUC-KR without any charset declaration',
  alternating: 'valid on odd fetches, an HTML error page on even ones',
  notmodified: '304 Not Modified forever',
  hangup: 'the connection is closed in the middle of the body',
}

export class FeedFarm {
  constructor({ seed, goodFeeds, stateDir }) {
    this.random = rng(seed)
    this.words = vocabulary(this.random, 3000)
    this.goodCount = goodFeeds
    this.stateDir = stateDir
    this.round = 0
    /** feed index → { items: Item[], next: number, fetches: number[] } */
    this.feeds = []
    /** Every item served in a complete response: identity → { link, title, text, keyword, story, feeds } */
    this.served = new Map()
    /** Requests per path, with their times (ms). */
    this.requests = new Map()
    this.badFetches = new Map()
    this.gzipBomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 })
    // Real EUC-KR bytes (a test fixture) with nothing saying so: no header charset, no encoding
    // declaration, and the <language> hint removed too.
    const fixture = new URL('../../test/fixtures/charset/euc-kr-header-only.xml.b64', import.meta.url)
    const bytes = Buffer.from(readFileSync(fixture, 'utf8').trim(), 'base64')
    this.eucKr = Buffer.from(bytes.toString('latin1').replace('<language>ko</language>', ''), 'latin1')
    const doc = new TextDecoder('euc-kr').decode(this.eucKr)
    this.eucKrItems = [...doc.matchAll(/<item><title>(.*?)<\/title><link>(.*?)<\/link>/g)].map((m) => ({
      link: m[2],
      title: m[1],
      identity: `euckr:${m[2]}`,
      story: null,
      keyword: null,
    }))
    this.stories = []
    for (let f = 0; f < goodFeeds; f++) {
      const feed = { items: [], next: 0 }
      this.feeds.push(feed)
      for (let i = 0; i < 4; i++) this.addOwnItem(f)
    }
  }

  async start() {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r))
    this.base = `http://127.0.0.1:${this.server.address().port}`
    return this
  }

  stop() {
    this.server.closeAllConnections?.()
    return new Promise((r) => this.server.close(r))
  }

  /** An absolute URL of the farm (item links are kept as paths, absolute ones left as they are). */
  url(path) {
    return path.startsWith('/') ? `${this.base}${path}` : path
  }

  goodFeedUrls() {
    return this.feeds.map((_, f) => this.url(`/good/${f}.xml`))
  }

  badFeedUrls() {
    return Object.keys(BAD_FEEDS).map((name) => ({ name, url: this.url(`/bad/${name}.xml`) }))
  }

  sentence(n, extra = []) {
    const words = []
    for (let i = 0; i < n; i++) words.push(this.words[Math.floor(this.random() * this.words.length)])
    words.splice(Math.floor(this.random() * words.length), 0, ...extra)
    return `${words.join(' ')}.`
  }

  /** A new story (its own text), first published by feed f. */
  newStory() {
    const keyword = this.random() < 0.08 ? KEYWORDS[Math.floor(this.random() * KEYWORDS.length)] : null
    const body = [this.sentence(18, keyword ? [keyword] : []), this.sentence(20), this.sentence(16)]
    const story = { id: this.stories.length, title: this.sentence(7).slice(0, -1), body, keyword }
    this.stories.push(story)
    return story
  }

  addOwnItem(f) {
    const feed = this.feeds[f]
    const n = feed.next++
    const story = this.newStory()
    feed.items.unshift({
      guid: `farm-${f}-${n}`,
      link: `/good/${f}/item/${n}`, // links are paths until served: the port is known only then
      title: story.title,
      text: story.body.join(' '),
      published: Date.now(),
      identity: `own:${f}:${n}`,
      story: story.id,
      keyword: story.keyword,
    })
  }

  /** Every round: new items, edited titles, republished and wire copies, items that disappear. */
  advance() {
    this.round++
    for (let f = 0; f < this.feeds.length; f++) {
      const feed = this.feeds[f]
      if (this.random() < 0.6) this.addOwnItem(f)
      if (this.random() < 0.2 && feed.items.length) {
        const item = feed.items[Math.floor(this.random() * feed.items.length)]
        item.title = `${item.title} (updated)` // an edit under the same guid: still one article
      }
      const donor = this.feeds[Math.floor(this.random() * this.feeds.length)]
      const original = donor.items.find((i) => i.identity.startsWith('own:'))
      // Once per feed: the same link under a second guid of one feed is a second item by the
      // identity rules (a link blog posting twice), not a republication.
      feed.republished ??= new Set()
      if (donor !== feed && original && !feed.republished.has(original.identity) && this.random() < 0.15) {
        feed.republished.add(original.identity)
        // Republished: the same link with tracking parameters, under this feed's own guid.
        feed.items.unshift({
          ...original,
          guid: `farm-${f}-repub-${feed.next++}`,
          link: `${original.link}?utm_source=farm${f}&utm_medium=rss&utm_campaign=soak`,
          published: Date.now(),
        })
      }
      if (donor !== feed && original && this.random() < 0.1) {
        // A wire copy: another URL, the same story lightly edited → its own article, same cluster.
        const n = feed.next++
        const story = this.stories[original.story]
        feed.items.unshift({
          guid: `farm-${f}-wire-${n}`,
          link: `/good/${f}/wire/${n}`,
          title: `${story.title} - Farm ${f}`,
          text: `${story.body.join(' ')} Reporting by farm desk ${f}.`,
          published: Date.now(),
          identity: `wire:${f}:${n}`,
          story: story.id,
          keyword: story.keyword,
        })
      }
      while (feed.items.length > 9) feed.items.pop() // the oldest disappears from the feed
    }
  }

  rss(title, items) {
    const entries = items
      .map(
        (i) =>
          `<item><title>${xml(i.title)}</title><link>${xml(this.url(i.link))}</link><guid isPermaLink="false">${i.guid}</guid>` +
          `<pubDate>${new Date(i.published).toUTCString()}</pubDate><description>${xml(i.text)}</description></item>`,
      )
      .join('\n')
    return (
      `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${xml(title)}</title>` +
      `<link>${this.base}/</link>\n${entries}\n</channel></rss>\n`
    )
  }

  record(path) {
    const list = this.requests.get(path) ?? []
    list.push(Date.now())
    this.requests.set(path, list)
    return list.length
  }

  /** Items of a document count as served once the whole response has left. */
  serveItems(res, feedKey, items, body, type = 'application/rss+xml; charset=utf-8') {
    res.writeHead(200, { 'content-type': type })
    res.end(body, () => {
      for (const i of items) {
        const known = this.served.get(i.identity)
        if (known) known.feeds.add(feedKey)
        else
          this.served.set(i.identity, {
            link: this.url(i.link).replace(/\?utm_.*$/, ''),
            title: i.title,
            keyword: i.keyword,
            story: i.story,
            feeds: new Set([feedKey]),
          })
      }
    })
  }

  handle(req, res) {
    const path = req.url.split('?')[0]
    const count = this.record(path)
    const good = /^\/good\/(\d+)\.xml$/.exec(path)
    if (good) {
      const f = Number(good[1])
      const feed = this.feeds[f]
      if (!feed) return this.notFound(res)
      return this.serveItems(res, `good/${f}`, feed.items, this.rss(`Farm feed ${f}`, feed.items))
    }
    const bad = /^\/bad\/(\w+)\.xml$/.exec(path)
    if (bad && bad[1] in BAD_FEEDS) return this.misbehave(bad[1], res, count)
    if (path === '/newhome/feed.xml') {
      const items = [this.fixedItem('moved', 1), this.fixedItem('moved', 2)]
      return this.serveItems(res, 'moved', items, this.rss('Moved feed', items))
    }
    if (path.startsWith('/loop/')) {
      res.writeHead(302, { location: path === '/loop/a' ? '/loop/b' : '/loop/a' })
      return res.end()
    }
    return this.notFound(res)
  }

  notFound(res) {
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('no such feed')
  }

  fixedItem(name, n) {
    return {
      guid: `farm-${name}-${n}`,
      link: `/bad/${name}/item/${n}`,
      title: `${name} item ${n}`,
      text: `The ${name} feed carries item number ${n}, with text of its own.`,
      published: Date.parse('2026-01-01T00:00:00Z') + n * 60_000,
      identity: `${name}:${n}`,
      story: null,
      keyword: null,
    }
  }

  misbehave(name, res, count) {
    switch (name) {
      case 'slow':
        return setTimeout(() => {
          if (res.destroyed) return
          res.writeHead(200, { 'content-type': 'application/rss+xml' })
          res.end(this.rss('Too slow', []))
        }, 20_000)
      case 'http500':
        res.writeHead(500, { 'content-type': 'text/plain' })
        return res.end('internal error')
      case 'http429':
        res.writeHead(429, { 'retry-after': '3600', 'content-type': 'text/plain' })
        return res.end('slow down')
      case 'http503':
        res.writeHead(503, { 'retry-after': new Date(Date.now() + 7_200_000).toUTCString() })
        return res.end('maintenance')
      case 'loop':
        res.writeHead(302, { location: '/loop/a' })
        return res.end()
      case 'moved':
        res.writeHead(301, { location: '/newhome/feed.xml' })
        return res.end()
      case 'gzipbomb':
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
        return res.end(this.gzipBomb)
      case 'oversize': {
        res.writeHead(200, { 'content-type': 'application/rss+xml' })
        const chunk = Buffer.alloc(64 * 1024, 0x41)
        let sent = 0
        const more = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length
            if (!res.write(chunk)) return res.once('drain', more)
          }
          res.end()
        }
        res.on('error', () => undefined)
        return more()
      }
      case 'truncated': {
        const items = [1, 2, 3].map((n) => this.fixedItem('truncated', n))
        const doc = this.rss('Truncated', items)
        const cut = doc.indexOf('<description>', doc.indexOf('farm-truncated-3'))
        // Items 1 and 2 are complete: those are served; the third is cut.
        return this.serveItems(res, 'truncated', items.slice(0, 2), doc.slice(0, cut))
      }
      case 'euckr':
        return this.serveItems(res, 'euckr', this.eucKrItems, this.eucKr, 'application/xml')
      case 'alternating': {
        if (count % 2 === 0) {
          res.writeHead(200, { 'content-type': 'text/html' })
          return res.end('<html><body><h1>502 Bad Gateway</h1></body></html>')
        }
        const items = [this.fixedItem('alternating', count)]
        return this.serveItems(res, 'alternating', items, this.rss('Alternating', items))
      }
      case 'notmodified':
        res.writeHead(304, { etag: '"forever"' })
        return res.end()
      case 'hangup': {
        const items = [1, 2].map((n) => this.fixedItem('hangup', n))
        const doc = this.rss('Hang-up', items)
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(doc.length) })
        res.write(doc.slice(0, doc.length >> 1))
        return setTimeout(() => res.socket?.destroy(), 50)
      }
    }
  }
}
