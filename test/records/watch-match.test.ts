import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { rss } from '../helpers/feeds'
import { callJson, ingest } from '../helpers/http'
import { answer, stubReceiver } from '../watches/helpers'

/**
 * A watch with a record filter alerts on the articles whose records match, through the ingest
 * path (the in-memory matcher), and its feed (SQL) agrees with its deliveries.
 */
const FEED = 'https://wire.example/relations.rss'
const ITEMS = [
  {
    title: 'North Korea ships artillery shells to Russia',
    link: 'https://wire.example/r/nk-ru',
    guid: 'nk-ru',
    description: 'North Korea shipped millions of artillery shells to Russia, U.S. officials said.',
  },
  {
    title: 'Russia supplies air defence systems to North Korea',
    link: 'https://wire.example/r/ru-nk',
    guid: 'ru-nk',
    description: 'Russia supplied air defence systems to North Korea last week.',
  },
  {
    title: 'Putin pledges more weapons for Pyongyang',
    link: 'https://wire.example/r/putin',
    guid: 'putin',
    description: 'Vladimir Putin pledged to supply more weapons to North Korea next year.',
  },
].map((i, n) => ({ ...i, pubDate: new Date(Date.now() - (n + 1) * 3600_000).toUTCString() }))

const watches: Record<string, string> = {}

async function deliveredTitles(watch: string): Promise<string[]> {
  const list = (
    await callJson<{ deliveries: { article_id: string }[] }>(`/api/watches/${watches[watch]}/deliveries`)
  ).body.deliveries
  const titles = []
  for (const d of list)
    titles.push((await callJson<{ title: string }>(`/api/articles/${d.article_id}`)).body.title)
  return titles.sort()
}

beforeAll(async () => {
  stubReceiver(answer('ok'))
  for (const [name, filter] of [
    ['nkToRussia', 'event=arms-trade&source=north-korea&target=russia'],
    ['russiaSource', 'source=russia&event=arms-trade'],
    ['putinPlanned', 'source=vladimir-putin&modality=planned'],
    ['denied', 'modality=denied'],
  ]) {
    const created = await callJson<{ id: string }>('/api/watches', {
      method: 'POST',
      json: { name, filter, webhook: { url: 'https://hooks.example/relations', format: 'standard' } },
    })
    expect(created.status).toBe(201)
    watches[name] = created.body.id
  }
  expect((await ingest(FEED, rss(ITEMS))).body.inserted).toBe(3)
})
afterAll(() => vi.restoreAllMocks())

describe('watches on event records', () => {
  it('alert on the articles one of whose records matches source, target, modality and event together', async () => {
    expect(await deliveredTitles('nkToRussia')).toEqual([ITEMS[0].title])
    // source=russia covers Putin: a person matches the country he implies.
    expect(await deliveredTitles('russiaSource')).toEqual([ITEMS[2].title, ITEMS[1].title].sort())
    expect(await deliveredTitles('putinPlanned')).toEqual([ITEMS[2].title])
    expect(await deliveredTitles('denied')).toEqual([])
  })

  it("serve the same articles in the watch's feed (SQL) as were delivered (matcher)", async () => {
    for (const name of Object.keys(watches)) {
      const feed = await callJson<{ items: { title: string }[] }>(`/watches/${watches[name]}/feed.json`)
      expect(feed.body.items.map((i) => i.title).sort(), name).toEqual(await deliveredTitles(name))
    }
  })
})
