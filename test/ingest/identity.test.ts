/**
 * Item identity end to end (POST /api/ingest and the cron → queue → fetch path, in workerd):
 * within one feed the guid identifies an item; across feeds the article URL (scheme, trailing
 * slash, tracking parameters and noise fragments aside) or the exact title and text does.
 * Nothing that is a different report is ever folded into another one.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sourceUrl } from '../../src/db/article-view'
import type { FetchMessage } from '../../src/env'
import worker from '../../src/index'
import { rss } from '../helpers/feeds'
import { callJson, ingest } from '../helpers/http'
import { serve } from '../helpers/serve'

afterEach(() => vi.restoreAllMocks())

/** Runs the real queue consumer on one fetch message for `feedId` (what the cron enqueues). */
async function cronFetch(feedId: string): Promise<void> {
  const batch = createMessageBatch<FetchMessage>('seismo-fetch', [
    {
      id: `m-${feedId}`,
      timestamp: new Date(),
      attempts: 1,
      body: { feedId: Number(feedId), enqueuedAt: Date.now() },
    },
  ])
  const ctx = createExecutionContext()
  await worker.queue(batch, env, ctx)
  const result = await getQueueResult(batch, ctx)
  expect(result.explicitAcks).toEqual([`m-${feedId}`])
}

async function articlesLike(pattern: string) {
  return (
    await env.DB.prepare(
      'SELECT id, coalesce(url, canonical_url) AS url, cluster_id, feed_id FROM articles WHERE coalesce(url, canonical_url) LIKE ? ORDER BY id',
    )
      .bind(pattern)
      .all<{ id: number; url: string; cluster_id: number; feed_id: number }>()
  ).results
}

async function sourcesOf(articleId: number) {
  return (
    await env.DB.prepare(`SELECT s.feed_id, s.item_key, ${sourceUrl('s', 'a')} AS url
       FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?`)
      .bind(articleId)
      .all<{ feed_id: number; item_key: string; url: string }>()
  ).results
}

describe('across feeds, the article URL identifies', () => {
  it('identical title and text from three feeds (two ingested, one fetched by the cron) is one article', async () => {
    const story = {
      title: 'Coast guard rescues 14 fishermen off Jeju',
      description: 'All fourteen crew members were brought ashore safely, the coast guard said.',
      pubDate: 'Tue, 03 Nov 2026 04:00:00 GMT',
    }
    const a = await ingest(
      'https://outlet-one.example/rss',
      rss([
        {
          ...story,
          guid: 'one-1',
          link: 'http://press.example/2026/11/jeju-rescue?utm_source=rss&utm_medium=feed',
        },
      ]),
    )
    const b = await ingest(
      'https://outlet-two.example/rss',
      rss([{ ...story, guid: 'two-9', link: 'https://press.example/2026/11/jeju-rescue/' }]),
    )
    const feedUrl = 'https://outlet-three.example/rss'
    const added = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url: feedUrl } })
    serve(
      {
        [feedUrl]: () =>
          new Response(
            rss([{ ...story, guid: 'three-4', link: 'https://press.example/2026/11/jeju-rescue' }]),
          ),
      },
      { unknown: 'network-error' },
    )
    await cronFetch(added.body.id)

    const rows = await articlesLike('%press.example/2026/11/jeju-rescue%')
    expect(rows).toHaveLength(1)
    expect((await sourcesOf(rows[0].id)).map((s) => s.feed_id)).toHaveLength(3)
    expect(a.body).toMatchObject({ items: 1, inserted: 1, duplicates: 0 })
    expect(b.body).toMatchObject({ items: 1, inserted: 0, duplicates: 1 })
    const detail = await callJson<{ duplicates: { feed: { id: string } }[] }>(`/api/articles/${rows[0].id}`)
    expect(detail.body.duplicates.map((d) => d.feed.id)).toEqual(
      expect.arrayContaining([b.body.feed_id, added.body.id]),
    )
  })
})

interface FeedItem {
  item_key: string
  url: string | null
  merged_by: 'url' | 'content' | null
  article: { id: string; title: string | null; feed: { id: string | null } }
}

async function feedItems(feedId: string, query = ''): Promise<FeedItem[]> {
  const r = await callJson<{ items: FeedItem[]; next_cursor: string | null }>(
    `/api/feeds/${feedId}/items${query}`,
  )
  expect(r.status).toBe(200)
  return r.body.items
}

async function clusterOf(articleId: string | number): Promise<number> {
  const row = await env.DB.prepare('SELECT cluster_id FROM articles WHERE id = ?')
    .bind(Number(articleId))
    .first<{ cluster_id: number }>()
  return row!.cluster_id
}

/** A wire story long enough to fingerprint (SIMHASH_MIN_WORDS), distinct per `topic`. */
const longText = (topic: string) =>
  `${topic}: officials in the capital said on Tuesday that the ministry would publish its findings ` +
  `within two weeks, after inspectors visited the site and interviewed workers, residents and local ` +
  `officials about the incident and its causes, the second such review this year.`

describe('within one feed, the guid identifies', () => {
  it("keeps every anchored post of a weblog's day page apart, with or without guids", async () => {
    const posts = Array.from({ length: 48 }, (_, i) => ({
      title: `Note ${i}`,
      link: `http://daypage.example/2017/06/26.html#a${String(80000 + i * 137).padStart(6, '0')}`,
      description: `Short post number ${i}.`,
      pubDate: new Date(Date.UTC(2017, 5, 26, 8, i)).toUTCString(),
    }))
    const withGuids = await ingest(
      'https://daypage.example/rss',
      rss(posts.map((p, i) => ({ ...p, guid: `daypage-${i}` }))),
    )
    expect(withGuids.body).toMatchObject({ items: 48, inserted: 48, duplicates: 0 })
    // Another weblog with the same day-page shape and no guids at all: the fragments tell posts apart.
    const noGuids = await ingest(
      'https://daypage-mirror.example/rss',
      rss(posts.map((p) => ({ ...p, link: p.link.replace('daypage.example', 'daypage-two.example') }))),
    )
    expect(noGuids.body).toMatchObject({ items: 48, inserted: 48, duplicates: 0 })
    const again = await ingest(
      'https://daypage.example/rss',
      rss(posts.map((p, i) => ({ ...p, guid: `daypage-${i}` }))),
    )
    expect(again.body).toMatchObject({
      items: 48,
      inserted: 0,
      duplicates: 48,
      merged: { same_guid: 48, same_url: 0, same_content: 0 },
    })
    expect(await articlesLike('http://daypage.example/2017/06/26.html#%')).toHaveLength(48)
  })

  it('two items with different guids and the same link are two articles, neither folded', async () => {
    const link = 'https://sponsor.example/?utm_campaign=week45'
    const r = await ingest(
      'https://linkblog.example/rss',
      rss([
        {
          title: '[Sponsor] Backups, twice',
          link,
          guid: 'sp-1',
          description: 'Thanks to our sponsor this week.',
        },
        {
          title: '[Sponsor] Last day of the offer',
          link,
          guid: 'sp-2',
          description: 'The offer ends today.',
        },
      ]),
    )
    expect(r.body).toMatchObject({ items: 2, inserted: 2, duplicates: 0 })
    const rows = await articlesLike('https://sponsor.example/%')
    expect(rows).toHaveLength(2)
    // Another feed linking the sponsor's page with the same words joins the first: the URL identifies across feeds.
    const other = await ingest(
      'https://aggregator.example/rss',
      rss([
        {
          title: '[Sponsor] Backups, twice',
          link: 'http://sponsor.example/',
          guid: 'agg-1',
          description: 'Thanks to our sponsor this week.',
        },
      ]),
    )
    expect(other.body).toMatchObject({ inserted: 0, duplicates: 1, merged: { same_url: 1 } })
  })

  it('an item edited under the same guid stays one article; a guid reused for another report is a new one', async () => {
    const feed = 'https://edits.example/rss'
    const first = await ingest(
      feed,
      rss([{ title: 'Explosion reported at port', link: 'https://edits.example/news/1', guid: 'story-1' }]),
    )
    expect(first.body.inserted).toBe(1)
    const edited = await ingest(
      feed,
      rss([{ title: 'Explosion at port kills 12', link: 'https://edits.example/news/1', guid: 'story-1' }]),
    )
    expect(edited.body).toMatchObject({ inserted: 0, merged: { same_guid: 1 } })
    const reused = await ingest(
      feed,
      rss([{ title: 'Council election results', link: 'https://edits.example/news/2', guid: 'story-1' }]),
    )
    expect(reused.body).toMatchObject({ inserted: 1, duplicates: 0 })
    const keys = (await feedItems(first.body.feed_id!)).map((i) => i.item_key).sort()
    expect(keys).toEqual(['guid:story-1', 'guid:story-1|url:https://edits.example/news/2'])
    // Both come back in one document: each is recognised, nothing new.
    const both = await ingest(
      feed,
      rss([
        { title: 'Council election results', link: 'https://edits.example/news/2', guid: 'story-1' },
        { title: 'Explosion at port kills 12', link: 'https://edits.example/news/1', guid: 'story-1' },
      ]),
    )
    expect(both.body).toMatchObject({ inserted: 0, merged: { same_guid: 2 } })
  })

  it('a guid the document gives to several different items keeps them all, across fetches', async () => {
    const feed = 'https://province.example/rss'
    const notice = (n: number, title: string) => ({
      title,
      link: `https://province.example/notice?seq=${n}`,
      guid: 'https://province.example/',
      description: `${title}.`,
    })
    const first = await ingest(feed, rss([notice(2, 'Vaccination centres open'), notice(1, 'Road reopened')]))
    expect(first.body).toMatchObject({ items: 2, inserted: 2 })
    const second = await ingest(
      feed,
      rss([
        notice(3, 'Shelter list updated'),
        notice(2, 'Vaccination centres open'),
        notice(1, 'Road reopened'),
      ]),
    )
    expect(second.body).toMatchObject({ items: 3, inserted: 1, merged: { same_guid: 2 } })
    // Only the oldest notice is left in the document: it is still the same item, not a new one.
    const third = await ingest(feed, rss([notice(1, 'Road reopened')]))
    expect(third.body).toMatchObject({ items: 1, inserted: 0, merged: { same_guid: 1 } })
    expect(await articlesLike('https://province.example/notice%')).toHaveLength(3)
  })

  it('a publisher adding or dropping guids does not duplicate its items', async () => {
    const feed = 'https://guidless.example/rss'
    const items = [1, 2, 3].map((n) => ({ title: `Bulletin ${n}`, link: `https://guidless.example/b/${n}` }))
    expect((await ingest(feed, rss(items))).body.inserted).toBe(3)
    const added = await ingest(feed, rss(items.map((i, n) => ({ ...i, guid: `b-${n}` }))))
    expect(added.body).toMatchObject({ inserted: 0, merged: { same_url: 3 } })
    const dropped = await ingest(feed, rss(items))
    expect(dropped.body).toMatchObject({ inserted: 0, duplicates: 3 })
    expect(await articlesLike('https://guidless.example/b/%')).toHaveLength(3)
  })

  it('the same title and text twice in one feed under two guids is two articles (one cluster)', async () => {
    const text = longText('Weekly ferry schedule')
    const r = await ingest(
      'https://schedules.example/rss',
      rss([
        { title: 'Ferry schedule', link: 'https://schedules.example/w/45', guid: 'w45', description: text },
        { title: 'Ferry schedule', link: 'https://schedules.example/w/46', guid: 'w46', description: text },
      ]),
    )
    expect(r.body).toMatchObject({ inserted: 2, duplicates: 0 })
    const rows = await articlesLike('https://schedules.example/w/%')
    expect(rows).toHaveLength(2)
    expect(rows[0].cluster_id).toBe(rows[1].cluster_id)
  })
})

describe('across feeds, the article URL or the exact text identifies', () => {
  it('folds the same title and text under another URL from another feed, and says so per feed', async () => {
    const text = longText('Dam inspection')
    const a = await ingest(
      'https://agency.example/rss',
      rss([
        {
          title: 'Dam inspection finds cracks',
          link: 'https://agency.example/2026/dam',
          guid: 'ag-1',
          description: text,
        },
      ]),
    )
    const b = await ingest(
      'https://partner.example/rss',
      rss([
        {
          title: 'Dam inspection finds cracks',
          link: 'https://partner.example/wire/8812',
          guid: 'pt-1',
          description: text,
        },
        {
          title: 'Short notice',
          link: 'https://partner.example/wire/8813',
          guid: 'pt-2',
          description: 'Too short.',
        },
      ]),
    )
    expect(b.body).toMatchObject({
      items: 2,
      inserted: 1,
      duplicates: 1,
      merged: { same_guid: 0, same_url: 0, same_content: 1 },
    })
    const feed = await callJson<{ last_ingest: { merged: { same_content: number } } }>(
      `/api/feeds/${b.body.feed_id}`,
    )
    expect(feed.body.last_ingest.merged.same_content).toBe(1)
    const merged = await feedItems(b.body.feed_id!, '?merged=true')
    expect(merged).toEqual([
      expect.objectContaining({
        item_key: 'guid:pt-1',
        url: 'https://partner.example/wire/8812',
        merged_by: 'content',
        article: expect.objectContaining({
          title: 'Dam inspection finds cracks',
          feed: expect.objectContaining({ id: a.body.feed_id }),
        }),
      }),
    ])
    // A short text is not enough evidence: the same short item from two feeds under two URLs stays two articles.
    const c = await ingest(
      'https://third.example/rss',
      rss([
        { title: 'Short notice', link: 'https://third.example/n/1', guid: 'th-1', description: 'Too short.' },
      ]),
    )
    expect(c.body).toMatchObject({ inserted: 1, duplicates: 0 })
  })

  it("a different story behind an outlet's URL (a link blog's commentary) is its own article in that cluster", async () => {
    const outlet = await ingest(
      'https://outlet.example/rss',
      rss([
        {
          title: 'North Korea fires ballistic missile',
          link: 'https://outlet.example/world/nk-missile',
          guid: 'o-1',
          description: longText('Missile launch'),
        },
      ]),
    )
    const blog = await ingest(
      'https://commentary.example/rss',
      rss([
        {
          title: 'How fast the wire had the trajectory',
          link: 'https://outlet.example/world/nk-missile/?utm_source=commentary',
          guid: 'c-1',
          description: 'Worth noting how quickly the trajectory was reported.',
        },
      ]),
    )
    expect(blog.body).toMatchObject({ inserted: 1, duplicates: 0 })
    const [original] = (await feedItems(outlet.body.feed_id!)).map((i) => i.article.id)
    const [commentary] = (await feedItems(blog.body.feed_id!)).map((i) => i.article.id)
    expect(commentary).not.toBe(original)
    expect(await clusterOf(commentary)).toBe(await clusterOf(original))
    const detail = await callJson<{ duplicates: { id: string }[] }>(`/api/articles/${original}`)
    expect(detail.body.duplicates.map((d) => d.id)).toContain(commentary)
  })

  it('keeps anchored posts apart across feeds too: an aggregator linking one anchor joins exactly that post', async () => {
    const day = 'https://anchors.example/2017/06/26.html'
    await ingest(
      'https://anchors.example/rss',
      rss([
        {
          title: 'Morning note',
          link: `${day}#a080605`,
          guid: 'an-1',
          description: 'Coffee and the outliner.',
        },
        {
          title: 'Evening note',
          link: `${day}#a201500`,
          guid: 'an-2',
          description: 'Baseball, extra innings.',
        },
      ]),
    )
    const agg = await ingest(
      'https://planet.example/rss',
      rss([
        {
          title: 'Evening note',
          link: `${day}#a201500`,
          guid: 'planet-77',
          description: 'Baseball, extra innings.',
        },
      ]),
    )
    expect(agg.body).toMatchObject({ inserted: 0, merged: { same_url: 1 } })
    const [item] = await feedItems(agg.body.feed_id!)
    expect(item.article.title).toBe('Evening note')
  })
})

describe('the identity audit route', () => {
  it('pages through a feed newest first and refuses a bad cursor', async () => {
    const r = await ingest(
      'https://audit.example/rss',
      rss(
        Array.from({ length: 5 }, (_, i) => ({
          title: `Item ${i}`,
          link: `https://audit.example/${i}`,
          guid: `au-${i}`,
        })),
      ),
    )
    const page1 = await callJson<{ items: FeedItem[]; next_cursor: string | null }>(
      `/api/feeds/${r.body.feed_id}/items?limit=3`,
    )
    expect(page1.body.items).toHaveLength(3)
    const page2 = await callJson<{ items: FeedItem[]; next_cursor: string | null }>(
      `/api/feeds/${r.body.feed_id}/items?limit=3&cursor=${page1.body.next_cursor}`,
    )
    expect(page2.body).toMatchObject({ next_cursor: null })
    const keys = [...page1.body.items, ...page2.body.items].map((i) => i.item_key)
    expect(new Set(keys).size).toBe(5)
    const bad = await callJson(`/api/feeds/${r.body.feed_id}/items?cursor=nope`)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ error: { code: 'invalid_cursor' } })
    expect((await callJson('/api/feeds/999999/items')).status).toBe(404)
    expect((await callJson(`/api/feeds/${r.body.feed_id}/items`, { token: null })).status).toBe(401)
  })
})
