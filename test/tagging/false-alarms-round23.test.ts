import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

describe('a figure of speech: the trigger verb has a market, a price or the weather for subject or aim', () => {
  it('"Chip shares rocketing" and "fired off price hikes": no launch', () => {
    const r = rulesEn(
      "Japan's trade ministry said chip shares were rocketing, and traders said Samsung had fired off another round of memory price hikes.",
    )
    expect(recordsOf(r, 'missile-launch')).toEqual([])
  })

  it('"Typhoon Haikui slams Taiwan": no statement', () => {
    const r = rulesEn('Typhoon Haikui slams eastern Taiwan, heads for the Chinese coast', 'x')
    expect(eventSlugs(r)).toEqual([])
  })

  it('"launching an attack on a segment", "fires a warning shot at the property market"', () => {
    expect(
      eventSlugs(
        rulesEn(
          'Chinese carmaker Geely unveiled a compact model in Seoul, launching an attack on a segment long led by Hyundai and Kia.',
        ),
      ),
    ).toEqual([])
    expect(
      eventSlugs(
        rulesEn("Japan's central bank fires a warning shot at the property market with a rate rise"),
      ),
    ).toEqual([])
  })

  it('"The court strikes down a ban on balloon launches": a ruling, no strike', () => {
    const r = rulesEn('South Korea court strikes down ban on leaflets sent to North Korea')
    expect(recordsOf(r, 'attack-clash')).toEqual([])
  })

  it('a state striking a state is still a strike; a state warning another still a warning', () => {
    expect(
      recordsOf(rulesEn('Russian forces struck Ukrainian energy facilities overnight.'), 'attack-clash')
        .length,
    ).toBeGreaterThan(0)
    expect(
      recordsOf(
        rulesEn(
          'North Korea fired a ballistic missile into the East Sea on Tuesday, the South Korean military said.',
        ),
        'missile-launch',
      ),
    ).toContain('north-korea>null reported')
  })

  it("sports: a team's attack and strikes are play", () => {
    const r = rulesEn(
      "Sports desk: South Korea's attack finally breaks through against Japan as two late strikes seal the win",
    )
    expect(recordsOf(r, 'attack-clash')).toEqual([])
  })

  it('Korean: an attack on a failing or a policy is criticism, an attack on a place a strike', () => {
    expect(
      recordsOf(rulesKo('야당 의원들이 외교부를 상대로 대북 정책을 집중 공격했다.'), 'attack-clash'),
    ).toEqual([])
    expect(recordsOf(rulesKo('러시아군이 우크라이나 발전소를 집중 공격했다.'), 'attack-clash')).toContain(
      'russia>ukraine reported',
    )
  })
})

describe('a question asks about the act, it does not tell it', () => {
  it('"Asked whether state hacking groups ... were already hoarding files": speculative', () => {
    const r = rulesEn(
      'Asked whether state hacking groups such as North Korea\'s Kimsuky were already hoarding encrypted files to crack later, the professor said: "It would be naive to think not."',
    )
    expect(eventSlugs(r)).toEqual([])
    expect(recordsOf(r, 'cyberattack')).toEqual(['north-korea>null speculative'])
  })

  it('a quoted quiz question ("Whom did Kim Jong Un meet ...?")', () => {
    const r = rulesKo("'김정은 위원장이 싱가포르에서 만난 미국 대통령은?'…청소년 퀴즈대회 결선 열려")
    expect(eventSlugs(r)).toEqual([])
    expect(recordsOf(r, 'meeting-summit').every((x) => x.endsWith('speculative'))).toBe(true)
  })

  it('Korean indirect questions: -는지를 묻는 말에, -ㄹ지는 불투명하다', () => {
    expect(
      eventSlugs(
        rulesKo(
          '중국 외교부는 다음 달 베이징에서 열리는 열병식에 김정은 국무위원장이 참석하는지를 묻는 말에 "발표할 것이 없다"고 답했다.',
        ),
      ),
    ).not.toContain('visit')
    expect(eventSlugs(rulesKo('연합훈련 축소가 북한의 대화 복귀를 이끌어 낼지는 불투명하다.'))).not.toContain(
      'military-exercise',
    )
  })

  it('a stem closing on ㄹ before the 지 of a negation is no -ㄹ지 question (열지 못했다: denied, not a guess)', () => {
    expect(recordsOf(rulesKo('북한은 한국과 회담을 열지 못했다.'), 'meeting-summit')).toEqual([
      'north-korea>south-korea denied',
    ])
  })

  it('the drill named 을지 is no -을지 question', () => {
    const r = rulesKo('한미 연합연습인 을지 자유의 방패가 오늘부터 열흘 동안 진행된다.')
    expect(eventSlugs(r)).toContain('military-exercise')
  })

  it('what a question presupposes elsewhere in the sentence is still told', () => {
    const r = rulesKo('북한은 29일 동해상으로 탄도미사일을 발사했다.')
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
    expect(
      recordsOf(rulesEn('North Korea fired a ballistic missile on Sunday, Japan said.'), 'missile-launch'),
    ).toContain('north-korea>null reported')
  })
})

describe("what a work of art or fiction shows is the work's, not the news", () => {
  it('"a thriller about a crew who smuggle North Korean coal"', () => {
    const r = rulesEn(
      'The Jeonju film festival opened with "Night Harbour", a thriller about sailors who smuggle North Korean coal through ship-to-ship transfers.',
    )
    expect(eventSlugs(r)).toEqual([])
  })

  it('Korean: 발사 장면을 담은 기념우표, 핵무력을 미화하는 영상', () => {
    expect(
      eventSlugs(
        rulesKo('북한 체신성이 신형 ICBM 발사 장면을 담은 기념우표를 발행했다고 조선중앙통신이 보도했다.'),
      ),
    ).toEqual([])
    expect(
      eventSlugs(rulesKo('재판부는 피고인이 북한의 핵무력을 미화하는 영상을 반복해 올렸다고 지적했다.')),
    ).toEqual([])
  })

  it('footage released of a launch still reports the launch', () => {
    const r = rulesEn('North Korea launched an ICBM on Friday and state TV aired footage showing the launch.')
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
  })
})

describe('help to a firm or to people at home is no aid between states', () => {
  it('"aid for chipmaker X", "relief for flood victims"', () => {
    expect(eventSlugs(rulesEn('Tokyo approves fresh aid for chipmaker Kioxia'))).toEqual([])
    expect(
      eventSlugs(
        rulesEn('President Lee Jae-myung toured flooded villages and vowed swift relief for victims.'),
      ),
    ).toEqual([])
  })

  it('aid to another country, or to its people, stays aid', () => {
    const r = rulesEn(
      'South Korea will provide $10 million in humanitarian aid to Ukraine, the foreign ministry said.',
    )
    expect(recordsOf(r, 'aid')).toContain('south-korea>ukraine planned')
  })
})
