/**
 * Text hidden from readers (script, style, noscript, template, comments) never reaches any of
 * the four places an article's text goes: its title, its summary (and content), the search
 * index, and webhook payloads. The document is the hygiene fixture, ingested through the real
 * route, matched by a real watch, delivered through the real delivery queue.
 */
import { afterAll, describe, expect, it, vi } from 'vitest'
import { callJson, ingest } from '../helpers/http'
import { loadFeedFixtures } from '../ingest/parse/fixtures'
import { answer, stubReceiver } from '../watches/helpers'

const FEED_URL = 'https://hygiene.example/rss.xml'
const fixture = loadFeedFixtures().find((f) => f.file === 'rss2-hygiene.xml')!

/** Words that only ever appear inside hidden markup of the fixture. */
const HIDDEN = [
  'location.href',
  'document.cookie',
  'evil.example',
  'trackVisit',
  'Enable JavaScript',
  'pixel',
  'color:red',
  'headline{',
  'ab-test',
  'margin:0',
  'Subscribe now',
  'paywall',
  'secret schema headline',
  'enable JS',
  'tracking',
  'hidden draft headline',
  'alert(1)',
  'cat<br',
  'dog"',
]
const HIDDEN_WORDS = [
  'cookie',
  'trackvisit',
  'subscribe',
  'paywall',
  'schema',
  'draft',
  'pixel',
  'javascript',
]

interface Article {
  id: string
  title: string
  summary: string
  content?: string
}

afterAll(() => vi.restoreAllMocks())

describe('hidden text reaches no sink', () => {
  it('titles, summaries, content, search and webhooks carry only visible text', async () => {
    const { requests } = stubReceiver(answer('ok'))
    const feed = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url: FEED_URL } })
    const watch = await callJson<{ id: string }>('/api/watches', {
      method: 'POST',
      json: {
        name: 'Everything from the gazette',
        filter: `feed=${feed.body.id}`,
        webhook: { url: 'https://hooks.example/hygiene', format: 'standard' },
      },
    })
    expect(watch.status).toBe(201)

    const r = await ingest(FEED_URL, fixture.text, 'application/rss+xml')
    expect(r.body).toMatchObject({ items: 7, inserted: 7 })

    // Sinks 1 and 2: the stored title, summary and content, as the API serves them.
    const list = await callJson<{ items: Article[] }>(`/api/search?feed=${feed.body.id}&limit=20`, {
      token: null,
    })
    expect(list.body.items).toHaveLength(7)
    const titles = list.body.items.map((a) => a.title).sort()
    expect(titles).toEqual(
      [
        'safe description',
        'Budget vote passes after debate',
        'Markets rally again',
        'Summit ends with joint statement',
        'Cat and dog rescued from flood',
        'Why <script> tags still matter & what 1 < 2 means for Vector<int>',
        'Double-escaped headline',
      ].sort(),
    )
    const details = await Promise.all(
      list.body.items.map(
        async (a) => (await callJson<Article>(`/api/articles/${a.id}`, { token: null })).body,
      ),
    )
    const stored = details.map((d) => `${d.title}\n${d.summary}\n${d.content}`).join('\n')
    for (const hidden of HIDDEN) expect(stored, hidden).not.toContain(hidden)
    const budget = details.find((d) => d.title.startsWith('Budget'))!
    expect(budget.content).toBe('The assembly approved the budget 180-95.\nDebate lasted nine hours.')
    expect(details.find((d) => d.title === 'Double-escaped headline')!.summary).toBe('Double-escaped body.')

    // Sink 3: the search index finds visible words and none of the hidden ones.
    const visible = await callJson<{ items: Article[] }>('/api/search?q=assembly+budget', { token: null })
    expect(visible.body.items.map((a) => a.title)).toContain('Budget vote passes after debate')
    for (const word of HIDDEN_WORDS) {
      const hit = await callJson<{ items: Article[] }>(`/api/search?q=${word}&feed=${feed.body.id}`, {
        token: null,
      })
      expect(hit.body.items, word).toEqual([])
    }

    // Sink 4: every webhook payload (one per article) carries only visible text.
    const end = Date.now() + 8_000
    while (requests.length < 7 && Date.now() < end) await new Promise((res) => setTimeout(res, 50))
    expect(requests).toHaveLength(7)
    const payloads = requests.map((q) => q.body).join('\n')
    expect(payloads).toContain('Budget vote passes after debate')
    for (const hidden of HIDDEN) expect(payloads, hidden).not.toContain(hidden.replace(/"/g, '\\"'))
  })
})
