import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round sixteen's military-cooperation and attack-clash recall pass: constructions the gold labels that the
// rules missed, each recurring in three batches or more (docs/tagging.md §4). Each block pairs the construction
// with words that read alike and are none. Sentences written for these tests; read with the learned veto off, so
// the rules alone decide.

const COOP = 'military-cooperation'
const STRIKE = 'attack-clash'

describe('joint (nuclear deterrence) planning between allies (t18 t20 t35 t59)', () => {
  it('is military cooperation', () => {
    expect(
      events(
        en(
          'Seoul and Washington held a meeting of their Nuclear Consultative Group on Friday to coordinate nuclear deterrence planning.',
        ),
      ),
    ).toContain(COOP)
    expect(
      events(
        en('U.S. and South Korean officials discussed joint planning for nuclear contingencies on Tuesday.'),
      ),
    ).toContain(COOP)
  })
  it('not a planning word alone', () => {
    expect(events(en('South Korea and Japan began urban planning talks on Tuesday.'))).not.toContain(COOP)
  })
})

describe('exchanges between two militaries (tu t34 t45; 국방·훈련 교류 t34 t39 t42)', () => {
  it('agreed or expanded exchanges between armed forces are military cooperation', () => {
    expect(
      records(
        en('Japan and South Korea agreed on Tuesday to expand personnel exchanges between their militaries.'),
        COOP,
      ),
    ).toContain('japan>south-korea planned')
    expect(
      events(
        en(
          'Cadets from South Korea began a semester in the United States under an officer-training exchange.',
        ),
      ),
    ).toContain(COOP)
    expect(events(ko('한국과 일본은 중단됐던 국방 교류를 정상화하기로 했다.'))).toContain(COOP)
    expect(events(ko('북한과 러시아는 군사 교육과 기술 분야 교류를 확대하는 계획서에 서명했다.'))).toContain(
      COOP,
    )
  })
  it('not civilian exchanges', () => {
    expect(events(ko('한국과 일본 정상은 인적 교류 확대 방안을 논의했다.'))).not.toContain(COOP)
    expect(events(ko('한국과 중국은 문화 분야 교류를 확대하기로 했다.'))).not.toContain(COOP)
  })
})

describe('help with satellites or rockets, technical support (t8 t9 t20 t29 t43 t61)', () => {
  it('is technology cooperation between the two states', () => {
    expect(records(en('Putin said Moscow would help North Korea build satellites.'), COOP).join(' ')).toMatch(
      /russia>north-korea|vladimir-putin>north-korea/,
    )
    expect(
      events(
        en(
          'Seoul said on Thursday that Russian specialists helped North Korea put a spy satellite into orbit.',
        ),
      ),
    ).toContain(COOP)
    expect(
      events(ko('국정원은 북한의 위성 발사 성공 배경에 러시아의 기술 지원이 있었다고 보고했다.')),
    ).toContain(COOP)
    expect(events(ko('푸틴 대통령은 북한의 인공위성 개발을 돕겠다고 말했다.'))).toContain(COOP)
  })
  it('not help with no satellite, nor support that is only possible', () => {
    expect(events(en('Japan will help South Korea host the Expo next year.'))).not.toContain(COOP)
    expect(
      events(ko('국정원은 북한이 러시아의 기술 지원을 받아 위성을 추가로 발사할 가능성이 있다고 보고했다.')),
    ).not.toContain(COOP)
    expect(
      events(ko('연평도와 백령도 인근에서 위성항법장치 교란으로 어선들이 장애를 겪었다고 북한을 비판했다.')),
    ).not.toContain(COOP)
  })
})

describe('a cut to troops stationed with an ally, denied (t40 t44 t59)', () => {
  it('pulling or cutting troops from an ally is a change to military cooperation', () => {
    expect(
      events(
        en(
          'The Pentagon denied a report that it was weighing pulling 4,500 troops from South Korea.',
          'Pentagon denies troop report',
        ),
      ),
    ).toContain(COOP)
  })
  it('not troops leaving a building at home', () => {
    expect(
      events(en('Lawmakers voted to lift martial law and troops began withdrawing from parliament.')),
    ).not.toContain(COOP)
  })
})

describe('a missile fired at a target in a war is the launcher’s strike (t27 t35 t44)', () => {
  it('the launcher strikes the country fired at, not the missiles’ maker', () => {
    expect(
      records(
        en(
          'Russia had fired dozens of North Korean-made ballistic missiles at Ukrainian cities, Zelensky said.',
        ),
        STRIKE,
      ),
    ).toEqual(['russia>ukraine reported'])
    expect(
      records(
        en(
          "Ukraine fired U.S.-made ATACMS missiles at a military facility in Russia's Bryansk region, Moscow said.",
        ),
        STRIKE,
      ),
    ).toContain('ukraine>russia reported')
    expect(
      events(
        en("Russia launched 400 drones and 18 missiles at Ukraine overnight, Ukraine's air force said."),
      ),
    ).toContain(STRIKE)
  })
  it('not a test fired at a range, nor a launch into the sea', () => {
    const test = en('Japan will test-fire an upgraded anti-ship missile at a training area next month.')
    expect(events(test)).not.toContain(STRIKE)
    const launch = en('North Korea fired a ballistic missile into the East Sea on Tuesday, the JCS said.')
    expect(events(launch)).toContain('missile-launch')
    expect(events(launch)).not.toContain(STRIKE)
  })
})
