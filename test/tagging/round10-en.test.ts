import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../src/tagging/types'
import { defaultTagger } from './helpers'

/** Issue 14, round ten (t21-t31): English error groups seen across several new writers, as new sentences. */
const brief = (r: EventRecord) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`
const records = (body: string, title = '', date = '2025-06-01') =>
  defaultTagger()
    .tag({ title, content: body, lang: 'en', publishedAt: Date.parse(`${date}T00:00:00Z`) })
    .records.map(brief)
const events = (body: string) => records(body).map((r) => r.split(' ')[0])

describe('round ten: official messages of condolence or congratulation aimed at another actor', () => {
  it("a condolence message to another state leader is a statement; one to victims or to one's own team is not", () => {
    expect(
      records(
        'Chinese President Xi Jinping sent condolences to Japanese Prime Minister Fumio Kishida after the earthquake.',
      ),
    ).toContain('diplomatic-statement xi-jinping>fumio-kishida reported')
    expect(
      events('Antony Blinken offered his condolences to the families of the victims of the ferry disaster.'),
    ).not.toContain('diplomatic-statement')
    expect(
      events(
        "Yoon Suk Yeol sent a congratulatory message to South Korea's national football team after the win.",
      ),
    ).not.toContain('diplomatic-statement')
  })
})

describe('round ten: mockery and rebukes are disapproval (an actor speaking)', () => {
  it('an official mocking or berating another actor is a statement; private mockery is none', () => {
    expect(
      records("Kim Yo Jong mocked South Korea's defence minister as a coward in a statement on Sunday."),
    ).toContain('diplomatic-statement kim-yo-jong>south-korea reported')
    expect(records('Donald Trump berated Volodymyr Zelensky in the Oval Office on Friday.')).toContain(
      'diplomatic-statement donald-trump>volodymyr-zelensky reported',
    )
    expect(events('Comedians mocked the new tax on late-night television.')).toEqual([])
  })
})

describe('round ten: a request of another state', () => {
  it('"asked China to release" is a request; a question put to the speaker or a conditional "if they asked" is not', () => {
    expect(records('Japan asked China to release the detained businessman without delay.')).toContain(
      'diplomatic-statement japan>china reported',
    )
    expect(events('Asked whether China had been consulted, the minister declined to comment.')).toEqual([])
    expect(
      events('Kyiv would be ready to hand the prisoners over to South Korea if they asked.'),
    ).not.toContain('diplomatic-statement')
  })
})

describe('round ten: people returned or detained across a border', () => {
  it("returning a state's fishermen is humanitarian; returning to the table is not", () => {
    expect(
      records('North Korea returned four South Korean fishermen at the eastern sea border on Friday.'),
    ).toContain('humanitarian north-korea>south-korea reported')
    expect(events('South Korea returned to the negotiating table with Japan on Friday.')).not.toContain(
      'humanitarian',
    )
  })

  it("one state detaining another's national is humanitarian; police detaining protesters is not", () => {
    expect(records("Russia's security service detained a South Korean missionary in Vladivostok.")).toContain(
      'humanitarian russia>south-korea reported',
    )
    expect(
      events('Police detained dozens of protesters outside the Japanese embassy in Seoul.'),
    ).not.toContain('humanitarian')
  })
})

describe('round ten: speakers at a rally speak for no state', () => {
  it('rally speakers demanding something of Beijing make no statement; the foreign ministry does', () => {
    expect(
      events('Speakers at the rally demanded that Beijing stop the forced repatriations.'),
    ).not.toContain('diplomatic-statement')
    expect(
      records("South Korea's foreign ministry demanded that Beijing stop the forced repatriations."),
    ).toContain('diplomatic-statement south-korea>china reported')
  })
})

describe('round ten: traders and study authors speak for no state', () => {
  it('processors welcoming a decision make no statement; the government does', () => {
    expect(
      events("Scallop processors welcomed China's decision to lift the ban on Japanese seafood."),
    ).not.toContain('diplomatic-statement')
    expect(records("Japan welcomed China's decision to lift the ban on Japanese seafood.")).toContain(
      'diplomatic-statement japan>china reported',
    )
    expect(
      events(
        'In most runs, fuel ran short within two weeks, the authors wrote, urging Washington to buy more tankers.',
      ),
    ).not.toContain('diplomatic-statement')
  })
})
