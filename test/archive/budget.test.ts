import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { ARCHIVE_MIN_HOT_DAYS } from '../../src/limits'
import type { TestItem } from '../helpers/feeds'
import { ingestWire, wireItems } from './seed'

const hotCount = async () =>
  (
    await env.DB.prepare('SELECT count(*) AS n FROM articles WHERE archive_batch IS NULL').first<{
      n: number
    }>()
  )?.n

describe('D1_BUDGET_MB: the archiver runs ahead of schedule near the budget', () => {
  it('archives articles inside the hot window (never the last days) while the file grows past the high-water mark', async () => {
    await ingestWire('https://mid.example/rss', wireItems(40, 'm', 60)) // inside the 180-day window
    await ingestWire('https://fresh.example/rss', wireItems(10, 'f', ARCHIVE_MIN_HOT_DAYS - 3))
    expect(await hotCount()).toBe(50)

    // No budget: nothing is old enough.
    expect((await runArchiver(env, Date.now())).archived).toBe(0)

    // A budget the database already exceeds, and a file that grew since the last run.
    // Long, varied bodies, so that the file surely grows: five short items could fit in the slack of pages
    // already allocated (it depends on the rows' exact sizes), and then the run would rightly stay on schedule.
    await ingestWire('https://more.example/rss', wireItems(5, 'x', 90).map(withLongBody))
    const tight = { ...env, D1_BUDGET_MB: '0.01' }
    const run = await runArchiver(tight, Date.now())
    expect(run.mode).toBe('budget')
    expect(run.archived).toBe(45)
    expect(await hotCount()).toBe(10) // the last ARCHIVE_MIN_HOT_DAYS stay hot

    // The file did not grow since (freed pages are reused): the next run is back on schedule.
    const next = await runArchiver(tight, Date.now())
    expect(next.mode).toBe('schedule')
  })
})

const FILLER_WORDS = [
  'harbour',
  'ledger',
  'quarterly',
  'timber',
  'orchard',
  'cargo',
  'tariff',
  'rainfall',
  'census',
  'bakery',
]

/** The item with about 12 KB more of body: words from a fixed list in a seeded order (deflate keeps most of it). */
function withLongBody(item: TestItem, i: number): TestItem {
  let seed = 7919 * (i + 1)
  const words: string[] = []
  for (let w = 0; w < 1_500; w++) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    words.push(`${FILLER_WORDS[seed % FILLER_WORDS.length]}${seed % 997}`)
  }
  return { ...item, description: `${item.description}<p>${words.join(' ')}.</p>` }
}
