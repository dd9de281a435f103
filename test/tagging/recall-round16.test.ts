import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round sixteen's event recall pass on new topics (t63-t65): constructions the gold labels that the rules
// missed, each recurring in three batches or more (docs/tagging.md §4). Each block pairs the construction with
// words that read alike and are none. Sentences written for these tests; read with the learned veto off, so the
// rules alone decide.

const LAUNCH = 'missile-launch'
const THREAT = 'threat-warning'
const STRIKE = 'attack-clash'

describe('a military satellite lifting off on a hired rocket (t28 t29 t41 t65; 스페이스X t29 t43 t65)', () => {
  it('is the owner state’s launch', () => {
    expect(
      records(
        en(
          "Japan's second military reconnaissance satellite lifted off aboard an H3 rocket from Tanegashima on Monday, the defence ministry said.",
        ),
        LAUNCH,
      ),
    ).toContain('japan>null reported')
    expect(
      records(
        ko(
          '국방부는 군 정찰위성 3호기가 미국 캘리포니아주 반덴버그 우주군기지에서 스페이스X 팰컨9 로켓에 실려 발사됐다고 밝혔다.',
        ),
        LAUNCH,
      ),
    ).toContain('south-korea>null reported')
  })
  it('not a civil or commercial lift-off', () => {
    expect(
      events(en("Japan's H3 rocket lifted off from Tanegashima on Monday carrying a weather satellite.")),
    ).not.toContain(LAUNCH)
    expect(
      events(en('A Falcon 9 rocket lifted off from Florida on Monday carrying 20 Starlink satellites.')),
    ).not.toContain(LAUNCH)
    expect(events(ko('스페이스X는 스타링크 위성 20기를 실은 팰컨9 로켓을 발사했다.'))).not.toContain(LAUNCH)
  })
})

describe('force used "without hesitation" if attacked (t18 t30; 주저 없이 t61 t65; 적들 t9)', () => {
  it('is a threat', () => {
    expect(
      records(
        en(
          'Kim Jong Un said North Korea would use its nuclear weapons without hesitation if attacked by the United States.',
        ),
        THREAT,
      ),
    ).toContain('north-korea>united-states reported')
    expect(
      records(
        ko("김정은 국무위원장은 '적들이 우리를 공격하면 주저 없이 모든 공격력을 사용할 것'이라고 말했다."),
        THREAT,
      ),
    ).toContain('kim-jong-un>null reported')
  })
  it('not help given without hesitation', () => {
    expect(events(en('South Korea said it would help Ukraine without hesitation.'))).not.toContain(THREAT)
    expect(events(ko('정부는 피해 지역 복구를 주저 없이 지원하겠다고 밝혔다.'))).not.toContain(THREAT)
  })
})

describe("troops driving out or annihilating the other side's forces (t30; 몰아내·격멸 t44 t48 t65)", () => {
  it('is an attack on that side', () => {
    expect(
      records(
        en('North Korean troops helped annihilate Ukrainian forces in the Kursk region, Russia said.'),
        STRIKE,
      ),
    ).toContain('north-korea>ukraine reported')
    expect(
      records(ko('북한군이 쿠르스크에서 우크라이나군을 격멸했다고 조선중앙통신이 밝혔다.'), STRIKE),
    ).toContain('north-korea>ukraine reported')
    expect(
      records(ko('북한군 부대가 쿠르스크에서 우크라이나군을 몰아냈다고 러시아 국방부가 밝혔다.'), STRIKE),
    ).toContain('north-korea>ukraine reported')
  })
  it('not driving out corruption', () => {
    expect(events(en('Kim Jong Un vowed to annihilate corruption in the party.'))).not.toContain(STRIKE)
    expect(events(ko('여당은 부패 세력을 정치권에서 몰아내겠다고 밝혔다.'))).not.toContain(STRIKE)
  })
})
