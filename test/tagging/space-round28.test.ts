import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesEn, rulesKo } from './helpers'

describe('a civil space word is read in the launch sentence and the next one, not the whole text', () => {
  it('a missile fired, a space station named a sentence or two on: still missile-launch', () => {
    expect(
      eventSlugs(
        rulesEn(
          'North Korea fired a short-range missile into the East Sea on Tuesday, Seoul said. ' +
            'The launch came as Chinese astronauts returned from the space station.',
        ),
      ),
    ).toContain('missile-launch')
    expect(
      eventSlugs(
        rulesEn(
          'North Korea launched two projectiles toward the sea on Friday, the military said. ' +
            'Officials were analysing the flight data. Separately, Japan sent a telescope into orbit.',
        ),
      ),
    ).toContain('missile-launch')
    expect(
      eventSlugs(
        rulesKo(
          '북한이 7일 동해상으로 단거리 미사일을 발사했다. 같은 날 중국 우주인들은 우주정거장에서 귀환했다.',
        ),
      ),
    ).toContain('missile-launch')
  })

  it('a civil payload named in the launch sentence or the next: still no missile-launch', () => {
    expect(
      eventSlugs(
        rulesEn(
          'China launched a rocket on Sunday from its northwest. It carried three astronauts to its space station.',
        ),
      ),
    ).not.toContain('missile-launch')
    expect(
      eventSlugs(
        rulesEn('Japan launched a rocket carrying an x-ray telescope on Thursday, the space agency said.'),
      ),
    ).not.toContain('missile-launch')
    expect(
      eventSlugs(rulesKo('중국이 30일 로켓을 발사했다. 로켓에는 우주정거장으로 향하는 유인우주선이 실렸다.')),
    ).not.toContain('missile-launch')
  })
})
