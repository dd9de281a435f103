import { describe, expect, it } from 'vitest'
import { tag } from './helpers'

// English event recall, round fifteen, second pass (t49-t56 first): events the tuning gold labels that the rules
// missed, on constructions recurring in three tuning batches or more (docs/tagging.md §4, "Round fifteen"). Each
// block pairs the event the rules now read with a no-event use of the same words. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (body: string) => records(tag('', body))

describe('an arms maker named beside its deal supplies the weapons (t22, t24, t47, t50)', () => {
  it('"the company signed a contract to supply howitzers", "a contract with Hyundai Rotem for tanks"', () => {
    expect(
      en(
        'Shares of Hanwha Aerospace rose 5% on Monday after the company signed a contract to supply 40 howitzers to Norway.',
      ),
    ).toContain('arms-trade south-korea>null reported')
    expect(
      en('Norway’s procurement agency signed a contract with Hyundai Rotem on Monday for 50 more K2 tanks.'),
    ).toContainEqual(expect.stringMatching(/^arms-trade south-korea>null (reported|planned)$/))
    expect(
      en('Hyundai Rotem said its quarterly profit doubled, driven by deliveries of K2 tanks to Norway.'),
    ).toContain('arms-trade south-korea>null reported')
  })

  it('no event: a maker in a market story with no contract, deal, order or deliveries', () => {
    expect(
      en(
        'Seoul stocks fell 2% as investors sold defence makers such as Hanwha Aerospace, whose shares had surged on hopes of more arms exports.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^arms-trade /))
    expect(en('Hyundai Rotem signed a contract to build a new train depot in Norway.')).toEqual([])
  })
})

describe('the release of people a state holds is asked for: a humanitarian case (t21, t53, t54; gold t8 t30 t31)', () => {
  it('"demanded the early release of its crew", "urged Pyongyang to release them", "to free the crew"', () => {
    expect(
      tag(
        '',
        'Japan on Monday demanded the early release of a fishing boat and its crew seized by Russian border guards.',
      ).events.map((e) => e.slug),
    ).toContain('humanitarian')
    expect(
      tag(
        '',
        'Six South Korean nationals are believed held in the North, and Seoul urged Pyongyang to release them.',
      ).events.map((e) => e.slug),
    ).toContain('humanitarian')
    expect(tag('Tokyo urges Moscow to free crew of seized trawler').events.map((e) => e.slug)).toContain(
      'humanitarian',
    )
  })

  it('no case: a release of water, a statement or footage, visa-free entry, or no people held', () => {
    const events = (body: string) => tag('', body).events.map((e) => e.slug)
    expect(
      events('Japan began to release treated water from the Fukushima plant, angering Chinese fishermen.'),
    ).not.toContain('humanitarian')
    expect(events('North Korea released footage of the crew of its new submarine on Sunday.')).not.toContain(
      'humanitarian',
    )
    expect(
      events('South Korea will extend visa-free entry for Chinese nationals travelling in groups.'),
    ).toEqual([])
    expect(events('Japan released its annual defence white paper on Tuesday.')).toEqual([])
  })
})

describe('a ban or curb on exports to a state is a sanction (t29, t50; export licences t29 t55)', () => {
  it('"banned exports of gallium to the United States", "goods barred from export to Russia"', () => {
    expect(en('China banned exports of gallium and germanium to the United States on Tuesday.')).toContain(
      'sanctions china>united-states reported',
    )
    expect(en('South Korea added 682 items to the list of goods barred from export to Russia.')).toContain(
      'sanctions south-korea>russia reported',
    )
    expect(
      en('Japan said it would require export licences for 23 types of chipmaking equipment to China.'),
    ).toContain('sanctions japan>china planned')
  })

  it('no sanction: a ban by no actor, or a firm’s own licences', () => {
    expect(en('India banned exports of rice on Tuesday to curb food prices.')).toEqual([])
    expect(en('The chipmaker said its export licences for the plant were renewed.')).toEqual([])
  })
})
