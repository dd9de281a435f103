import { rss, type TestItem } from '../helpers/feeds'
import { ingest } from '../helpers/http'

const DAY = 86_400_000

/** Realistic, distinct wire items (tagged: actors and events in every body). */
export function wireItems(n: number, prefix: string, publishedDaysAgo: number): TestItem[] {
  const actors = ['North Korea', 'Russia', 'China', 'Japan', 'the United States', 'South Korea']
  const acts = [
    'fired a ballistic missile',
    'imposed new sanctions on',
    'held summit talks with',
    'sent envoys to',
  ]
  return Array.from({ length: n }, (_, i) => {
    const a = actors[i % actors.length]
    const b = actors[(i * 7 + 1) % actors.length]
    const act = acts[i % acts.length]
    return {
      title: `${a} ${act} ${b}, report ${prefix}-${i}`,
      link: `https://archive.example/${prefix}/${i}?utm_source=rss`,
      guid: `${prefix}-${i}`,
      description:
        `<p>${a} ${act} ${b} on day ${i}, officials said in a statement numbered ${prefix}${i * 13}.</p>` +
        `<p>Analysts in Seoul said the move = "a signal", with +${i} units and @desk comments; ` +
        `the ministry will review shipment ${i * 31} and ledger ${i * 17} next week.</p>`,
      pubDate: new Date(Date.now() - publishedDaysAgo * DAY - i * 60_000).toUTCString(),
    }
  })
}

export async function ingestWire(feedUrl: string, items: TestItem[]): Promise<void> {
  const r = await ingest(feedUrl, rss(items))
  if (r.status !== 200 || r.body.inserted !== items.length)
    throw new Error(`seed ingest failed: ${r.status} ${JSON.stringify(r.body)}`)
}
