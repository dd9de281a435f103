import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesEn, rulesKo } from './helpers'

describe('a launch of a civil spacecraft is a space launch, no missile-launch', () => {
  it('a crewed craft, a space station, a survey nanosatellite: no missile-launch', () => {
    expect(
      eventSlugs(
        rulesEn(
          'China launched a crewed spacecraft on Thursday carrying three astronauts to its space station.',
        ),
      ),
    ).not.toContain('missile-launch')
    expect(
      eventSlugs(
        rulesEn('Japan launched an earth-observation nanosatellite on a commercial rocket from New Zealand.'),
      ),
    ).not.toContain('missile-launch')
    expect(
      eventSlugs(
        rulesKo('중국이 25일 유인우주선을 로켓에 실어 발사했으며 우주인 3명이 우주정거장에 머물 예정이다.'),
      ),
    ).not.toContain('missile-launch')
  })

  it('still tagged: a spy satellite, a weapon in orbit, a missile fired beside a civil word', () => {
    expect(
      eventSlugs(
        rulesEn(
          'North Korea launched a spy satellite on Tuesday. State media said a crewed spacecraft would follow.',
        ),
      ),
    ).toContain('missile-launch')
    expect(
      eventSlugs(
        rulesEn('Russia launched a satellite that is likely a counterspace weapon near other spacecraft.'),
      ),
    ).toContain('missile-launch')
    expect(eventSlugs(rulesEn('North Korea fired a ballistic missile into the sea on Monday.'))).toContain(
      'missile-launch',
    )
    expect(
      eventSlugs(
        rulesKo('북한이 25일 군사정찰위성을 로켓에 실어 발사했다. 북한은 우주정거장 건설 계획도 밝혔다.'),
      ),
    ).toContain('missile-launch')
  })
})
