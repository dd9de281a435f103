import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, recordsOf } from './helpers'

// Round nineteen's precision pass on missile-launch: a firing word ("launch", "fire") whose object is no projectile
// starts a body, a scheme or a rally, or names a place (tu t43 t61 t62). Sentences written for these tests; read
// with the learned veto off, so the rules alone decide. English only: the Korean triggers (발사, 쏘아 올) take no
// such object.

describe('a firing word whose object is no projectile is no launch (tu t43 t61 t62)', () => {
  it('launching a group, a data-sharing scheme or a rebound; a launch centre', () => {
    expect(
      events(en('Japan and South Korea launch Joint Deterrence Group as ballistic submarine docks in Busan')),
    ).not.toContain('missile-launch')
    expect(
      events(
        en('The two allies will launch real-time missile warning data sharing next month, officials said.'),
      ),
    ).not.toContain('missile-launch')
    expect(
      recordsOf(
        en('Defence stocks slid on North Korea missile fears before chipmakers launch a rebound.'),
        'missile-launch',
      ),
    ).toEqual([])
    expect(
      events(en('Putin met Kim at the Vostochny space launch centre, where Angara rockets are assembled.')),
    ).not.toContain('missile-launch')
  })
  it('a projectile, a count, a designation or no object at all still is one', () => {
    expect(events(en('North Korea launched a military reconnaissance satellite late Tuesday.'))).toContain(
      'missile-launch',
    )
    expect(
      events(en('North Korea fired two short-range ballistic missiles into the sea on Monday.')),
    ).toContain('missile-launch')
    expect(
      events(
        en('North Korea launched a Hwasong-18 toward the East Sea, a ballistic type it showed in April.'),
      ),
    ).toContain('missile-launch')
    expect(
      events(en('The missile North Korea fired Friday morning flew about 800 kilometers, Seoul said.')),
    ).toContain('missile-launch')
    expect(
      events(
        en(
          'North Korea fired off its east coast on Sunday, launching what appeared to be a ballistic missile.',
        ),
      ),
    ).toContain('missile-launch')
  })
})
