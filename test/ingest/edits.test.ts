/**
 * Items edited by their publisher under the same guid (a corrected headline, an updated body), end
 * to end through the real routes in workerd: the feed is served from the fetch mock and fetched with
 * POST /api/feeds/:id/fetch. The article stays one article (same id, no duplicate) and takes the new
 * text: its tags, mentions, event records, search entry and story fingerprint follow it; the
 * counters say `updated`; a whitespace-only change is not an edit; an older version never
 * overwrites a newer one; a watch the edit newly matches alerts once.
 */
import { env } from 'cloudflare:test'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { DEFAULT_ARCHIVE_AFTER_DAYS } from '../../src/limits'
import { rss, type TestItem } from '../helpers/feeds'
import { callJson, type IngestReply } from '../helpers/http'

type Reply = IngestReply & { updated: number; outdated: number }

interface Article {
  id: string
  title: string
  summary: string
  content: string
  actors: string[]
  events: string[]
  cluster_id: string
  archived?: boolean
  mentions: { event: string; actors: string[]; sentence: string }[]
  event_records: { event: string; source: string | null; target: string | null; sentence: string }[]
  duplicates: { id: string }[]
}

/** What each served feed URL answers now (tests change it between fetches). */
const documents = new Map<string, string>()

/** The Worker's outbound fetch: each feed URL answers its current document, anything else (webhooks) 200. */
beforeEach(() => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input as RequestInfo, init as RequestInit)
    const doc = documents.get(req.url)
    if (doc !== undefined)
      return new Response(doc, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
    return new Response('ok')
  })
})
afterEach(() => vi.restoreAllMocks())

async function addFeed(url: string): Promise<string> {
  const { status, body } = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url } })
  expect(status).toBe(201)
  return body.id
}

/** Serves `items` at the feed URL and fetches it through POST /api/feeds/:id/fetch. */
async function publish(feedId: string, url: string, items: TestItem[]): Promise<Reply> {
  documents.set(url, rss(items))
  const { status, body } = await callJson<Reply>(`/api/feeds/${feedId}/fetch`, { method: 'POST' })
  expect(status).toBe(200)
  expect(body.status).toBe('ok')
  return body
}

const article = async (id: string) => (await callJson<Article>(`/api/articles/${id}`)).body

async function search(query: string): Promise<string[]> {
  const { status, body } = await callJson<{ items: { id: string }[] }>(`/api/search?${query}`)
  expect(status).toBe(200)
  return body.items.map((i) => i.id)
}

async function articlesOfFeed(feedId: string): Promise<string[]> {
  return (await search(`feed=${feedId}&limit=100`)).sort()
}

const HOUR = 3_600_000
const at = (ms: number) => new Date(ms).toUTCString()
const T0 = Date.now() - 10 * HOUR

/**
 * Two versions of one wire story at `site`: a first text, and the publisher's rewrite (another
 * headline, another body, dated an hour later). Each site's text is its own (a desk line), so no
 * other test's article shares its exact text.
 */
function versions(site: string, t0 = T0): { v1: TestItem; v2: TestItem } {
  const desk = ` Reported by the ${site} desk.`
  const v1: TestItem = {
    title: 'Coastal villages flooded after zephyrine storm',
    link: `https://${site}/news/1`,
    guid: `${site}-1`,
    description:
      'Heavy rain from the zephyrine storm flooded three coastal villages overnight, local officials said. ' +
      `Residents were moved to school gyms while crews pumped water from the streets.${desk}`,
    pubDate: at(t0),
  }
  const v2: TestItem = {
    ...v1,
    title: 'North Korea fires ballistic missile quorvath toward East Sea',
    description:
      "North Korea fired a ballistic missile toward the East Sea on Tuesday, South Korea's Joint Chiefs " +
      `of Staff said. The quorvath launch came days after Seoul and Washington wrapped up joint drills.${desk}`,
    pubDate: at(t0 + HOUR),
  }
  return { v1, v2 }
}

describe('an item edited under its guid', () => {
  it('keeps its article, which takes the new text, tags, records and search entry; counted updated', async () => {
    const url = 'https://edits.example/wire.rss'
    const feedId = await addFeed(url)
    const { v1, v2 } = versions('edits.example')
    const first = await publish(feedId, url, [v1])
    expect(first).toMatchObject({ inserted: 1, updated: 0, outdated: 0 })
    const [id] = await articlesOfFeed(feedId)
    const before = await article(id)
    expect(before.title).toBe(v1.title)
    expect(before.events).not.toContain('missile-launch')
    expect(await search(`q=zephyrine&feed=${feedId}`)).toEqual([id])

    const edited = await publish(feedId, url, [v2])
    expect(edited).toMatchObject({
      items: 1,
      inserted: 0,
      duplicates: 1,
      merged: { same_guid: 1, same_url: 0, same_content: 0 },
      updated: 1,
      outdated: 0,
    })
    // Same article, no duplicate.
    expect(await articlesOfFeed(feedId)).toEqual([id])
    const after = await article(id)
    expect(after.title).toBe(v2.title)
    expect(after.content).toContain('quorvath launch came days after')
    expect(after.content).not.toContain('zephyrine')
    expect(after.summary).toContain('North Korea fired a ballistic missile')
    // Re-tagged exactly as a new article with this text.
    expect(after.actors).toContain('north-korea')
    expect(after.events).toContain('missile-launch')
    expect(
      after.mentions.some((m) => m.event === 'missile-launch' && m.sentence.includes('North Korea')),
    ).toBe(true)
    expect(after.mentions.every((m) => !m.sentence.includes('zephyrine'))).toBe(true)
    expect(after.event_records.some((r) => r.event === 'missile-launch' && r.source === 'north-korea')).toBe(
      true,
    )
    expect(after.event_records.every((r) => !r.sentence.includes('zephyrine'))).toBe(true)
    // Search follows the new text, and the tag indexes the new tags.
    expect(await search(`q=quorvath&feed=${feedId}`)).toEqual([id])
    expect(await search(`q=zephyrine&feed=${feedId}`)).toEqual([])
    expect(await search(`q=coastal villages&feed=${feedId}`)).toEqual([])
    expect(await search(`event=missile-launch&feed=${feedId}`)).toEqual([id])
    for (const slug of before.events.filter((e) => !after.events.includes(e)))
      expect(await search(`event=${slug}&feed=${feedId}`)).toEqual([])
    // The feed records it, and counts no new article.
    const feed = (await callJson<{ article_count: number; last_ingest: Reply }>(`/api/feeds/${feedId}`)).body
    expect(feed.article_count).toBe(1)
    expect(feed.last_ingest).toMatchObject({ updated: 1, outdated: 0, merged: { same_guid: 1 } })

    // The same version again: a re-fetch, nothing rewritten.
    const again = await publish(feedId, url, [v2])
    expect(again).toMatchObject({ inserted: 0, merged: { same_guid: 1 }, updated: 0, outdated: 0 })
  })

  it('a whitespace-only change is not an edit', async () => {
    const url = 'https://spaces.example/wire.rss'
    const feedId = await addFeed(url)
    const item = versions('spaces.example').v1
    await publish(feedId, url, [item])
    const [id] = await articlesOfFeed(feedId)
    const spaced = await publish(feedId, url, [
      {
        ...item,
        title: `  ${item.title.replace(/ /g, '   ')} `,
        // Runs of spaces, and sentences now on lines of their own (the text keeps line breaks).
        description: `\n  <p>${item.description!.replace(/\. /g, '.<br/>\n\n   ')}</p>\n`,
      },
    ])
    expect(spaced).toMatchObject({ inserted: 0, merged: { same_guid: 1 }, updated: 0, outdated: 0 })
    expect((await article(id)).title).toBe(item.title)
  })

  it('an older version arriving after a newer one does not overwrite it', async () => {
    const url = 'https://order.example/wire.rss'
    const feedId = await addFeed(url)
    const { v1, v2 } = versions('order.example')
    await publish(feedId, url, [v1])
    const [id] = await articlesOfFeed(feedId)
    expect(await publish(feedId, url, [v2])).toMatchObject({ updated: 1, outdated: 0 })
    // A stale mirror serves the first version again: dated before the stored one.
    const stale = await publish(feedId, url, [v1])
    expect(stale).toMatchObject({ inserted: 0, merged: { same_guid: 1 }, updated: 0, outdated: 1 })
    expect((await article(id)).title).toBe(v2.title)
    expect(await search(`q=quorvath&feed=${feedId}`)).toEqual([id])
    // A later correction, dated after, applies.
    const v3 = {
      ...v2,
      title: 'North Korea fires two ballistic missiles quorvath toward East Sea',
      pubDate: at(T0 + 2 * HOUR),
    }
    expect(await publish(feedId, url, [v3])).toMatchObject({ updated: 1, outdated: 0 })
    expect((await article(id)).title).toBe(v3.title)
    expect(await articlesOfFeed(feedId)).toEqual([id])
  })

  it("another feed carrying the article never rewrites it with its own copy's text", async () => {
    const urlA = 'https://owner.example/wire.rss'
    const urlB = 'https://mirror.example/wire.rss'
    const a = await addFeed(urlA)
    const b = await addFeed(urlB)
    const item = versions('owner.example').v2
    await publish(a, urlA, [item])
    const [id] = await articlesOfFeed(a)
    // The mirror republishes the same link under its own guid: folded into the owner's article.
    expect(await publish(b, urlB, [{ ...item, guid: 'mirror-1' }])).toMatchObject({ merged: { same_url: 1 } })
    // The mirror's copy then changes: the owner's article keeps the owner's text.
    const changed = await publish(b, urlB, [{ ...item, guid: 'mirror-1', title: `${item.title} (mirror)` }])
    expect(changed).toMatchObject({ inserted: 0, merged: { same_guid: 1 }, updated: 0 })
    expect((await article(id)).title).toBe(item.title)
  })

  it('a watch the edit newly matches alerts once; an edit of an alerted article does not alert again', async () => {
    const created = await callJson<{ id: string }>('/api/watches', {
      method: 'POST',
      json: {
        name: 'quorvath',
        filter: 'q=quorvath',
        notify: 'article',
        webhook: { url: 'https://hooks.example/edits', format: 'standard' },
      },
    })
    expect(created.status).toBe(201)
    const deliveries = async () =>
      (await callJson<{ deliveries: { article_id: string }[] }>(`/api/watches/${created.body.id}/deliveries`))
        .body.deliveries
    const url = 'https://alerts.example/wire.rss'
    const feedId = await addFeed(url)
    const { v1, v2 } = versions('alerts.example')
    await publish(feedId, url, [v1])
    const [id] = await articlesOfFeed(feedId)
    expect(await deliveries()).toEqual([])
    await publish(feedId, url, [v2])
    expect((await deliveries()).map((d) => d.article_id)).toEqual([id])
    await publish(feedId, url, [{ ...v2, title: `${v2.title}, officials say`, pubDate: at(T0 + 3 * HOUR) }])
    expect((await deliveries()).map((d) => d.article_id)).toEqual([id])
  })

  it("a representative's story fingerprint follows the new text: copies of the new text join its story", async () => {
    const body = (topic: string, n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `The ${topic} committee reviewed proposal number ${i + 1} and recorded its findings for the archive.`,
      ).join(' ')
    const oldText = `${body('harbour dredging', 8)} Dredgers will work through the winter season.`
    const newText = `${body('railway electrification', 8)} Engineers will start on the northern line first.`
    const url = 'https://story.example/wire.rss'
    const feedId = await addFeed(url)
    const item = {
      title: 'Harbour dredging plan approved',
      link: 'https://story.example/news/1',
      guid: 'story-1',
      description: oldText,
      pubDate: at(T0),
    }
    await publish(feedId, url, [item])
    const [id] = await articlesOfFeed(feedId)
    expect((await article(id)).cluster_id).toBe(id)
    await publish(feedId, url, [
      { ...item, title: 'Railway electrification plan approved', description: newText },
    ])
    // Another outlet's copy of the NEW text (its own link and guid) joins the edited article's story.
    const otherUrl = 'https://copies.example/wire.rss'
    const other = await addFeed(otherUrl)
    const copy = await publish(other, otherUrl, [
      {
        title: 'Railway electrification plan gets approval',
        link: 'https://copies.example/news/rail',
        guid: 'copy-rail',
        description: `${newText} Reporting by the copies desk.`,
        pubDate: at(T0 + HOUR),
      },
    ])
    expect(copy.inserted).toBe(1)
    const [copyId] = await articlesOfFeed(other)
    expect((await article(copyId)).cluster_id).toBe(id)
    expect((await article(id)).duplicates.map((d) => d.id)).toContain(copyId)
    // A copy of the OLD text no longer finds it.
    await publish(other, otherUrl, [
      {
        title: 'Harbour dredging plan gets approval',
        link: 'https://copies.example/news/harbour',
        guid: 'copy-harbour',
        description: `${oldText} Reporting by the copies desk.`,
        pubDate: at(T0 + HOUR),
      },
    ])
    const harbourId = (await articlesOfFeed(other)).find((x) => x !== copyId)!
    expect((await article(harbourId)).cluster_id).not.toBe(id)
  })

  it('an archived article takes the edit: it comes back hot with the new text, searchable', async () => {
    const url = 'https://archive.example/wire.rss'
    const feedId = await addFeed(url)
    const old = Date.now() - (DEFAULT_ARCHIVE_AFTER_DAYS + 20) * 24 * HOUR
    const { v1, v2 } = versions('archive.example', old)
    await publish(feedId, url, [v1])
    const [id] = await articlesOfFeed(feedId)
    await runArchiver(env as Parameters<typeof runArchiver>[0], Date.now())
    expect((await article(id)).archived).toBe(true)
    expect(await publish(feedId, url, [v2])).toMatchObject({ updated: 1 })
    const after = await article(id)
    expect(after).toMatchObject({ archived: false, title: v2.title })
    expect(after.content).toContain('quorvath launch')
    expect(after.events).toContain('missile-launch')
    expect(await search(`q=quorvath&feed=${feedId}`)).toEqual([id])
    // The archiver archives the new version again, and the article reads back the same from R2.
    await runArchiver(env as Parameters<typeof runArchiver>[0], Date.now())
    const rearchived = await article(id)
    expect(rearchived).toMatchObject({ archived: true, title: v2.title, content: after.content })
    expect(rearchived.mentions).toEqual(after.mentions)
  })
})
