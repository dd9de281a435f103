import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-one's military-cooperation recall pass (branch s44-coop): constructions of the tuning gold the
// rules missed. Each block pairs the construction with words that read alike and are none. Sentences written
// for these tests; read with the learned veto off.

const COOP = 'military-cooperation'

describe('"dispatched" is a verb of sending, as "sent" (t45; the engineers of t18 t25)', () => {
  it('the state that dispatches forces is the source, the state they go to the target', () => {
    expect(records(en('North Korea has dispatched about 6,000 troops to Russia, officials said.'), COOP)).toEqual([
      'north-korea>russia reported',
    ])
    expect(
      records(en('North Korea dispatched 3,000 military engineers to Russia to clear mines, Seoul said.'), COOP),
    ).toEqual(['north-korea>russia reported'])
  })

  it('a count before forces coordinated with workers keeps the deployment', () => {
    expect(
      events(
        en(
          'North Korea has dispatched about 5,000 military engineers and construction workers to Russia to rebuild roads.',
        ),
      ),
    ).toContain(COOP)
  })

  it('dispatching a letter or an envoy is no deployment', () => {
    expect(events(en('South Korea dispatched a letter of protest to Japan on Monday.'))).not.toContain(COOP)
    expect(events(en('China dispatched its envoy to Russia for talks on Ukraine.'))).not.toContain(COOP)
  })
})
