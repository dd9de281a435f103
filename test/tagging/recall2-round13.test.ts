import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Recall where the trigger was there but a check or a role rule dropped the record, on groups recurring in three
// tuning batches or more (docs/tagging.md §4, "Round thirteen", second pass). Each block pairs the event the rules
// now read with a no-event use of the same words. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (body: string) => records(tag('', body))
const ko = (body: string) => records(tagKo(body))
const events = (r: ReturnType<typeof tag>) => r.events.map((e) => e.slug)

describe('what a naming participle calls the act just told is its agent’s warning (t22, t27, t37)', () => {
  it('"fired two cruise missiles ..., calling them a stern warning to the United States"', () => {
    expect(
      en(
        'North Korea fired two cruise missiles into the sea on Sunday, calling them a stern warning to the United States.',
      ),
    ).toContain('threat-warning north-korea>united-states reported')
  })

  it('a statement naming another’s act, "condemned the launch, calling it ...": no warning', () => {
    expect(
      en('South Korea condemned the launch on Sunday, calling it a stern warning sign for the region.'),
    ).toEqual(['diplomatic-statement south-korea>null reported'])
  })

  it('the act under a condition or a modal ("if ... launched drills, calling them", "would fire"): no reported warning', () => {
    const reported = (body: string) => en(body).filter((r) => r.endsWith('reported'))
    expect(
      reported(
        'If North Korea launched drills around Taiwan, calling them a stern warning to separatists, tensions would rise.',
      ),
    ).toEqual([])
    expect(
      reported(
        'North Korea would fire missiles, calling them a stern warning to the United States, if the drills went ahead.',
      ),
    ).toEqual([])
    expect(
      en('China launched drills around Taiwan on Monday, calling them a stern warning to separatist forces.'),
    ).toContain('threat-warning china>taiwan reported')
  })
})

describe('a Korean candidate elected takes office (t21, t28, t32, t36, t41)', () => {
  it('이재명 후보가 당선됐다: the winner, and the office he takes', () => {
    expect(ko('제21대 대통령 선거에서 더불어민주당 이재명 후보가 당선됐다.')).toEqual([
      'election lee-jae-myung>null reported',
      'leadership-change lee-jae-myung>null reported',
    ])
  })

  it('a candidate outside the taxonomy elected to a top office: the state holding the election', () => {
    expect(ko('대만 총통 선거에서 민진당 라이칭더 후보가 당선됐다.')).toContain(
      'leadership-change taiwan>null reported',
    )
  })

  it('a governor’s seat, a party’s win, a football association: no leadership change', () => {
    expect(ko('일본 도쿄도지사 선거에서 무소속 김철수 후보가 당선됐다.')).toEqual([
      'election japan>null reported',
    ])
    expect(ko('일본 총선에서 자민당이 승리했다.')).toEqual(['election japan>null reported'])
    expect(ko('대한축구협회장 선거에서 김철수 후보가 당선됐다.')).toEqual([])
  })

  it('a win under a condition (당선되면, 당선된다면, 당선 시, 당선될 경우): no reported record', () => {
    const reported = (body: string, title = '') =>
      records(tagKo(body, title)).filter((r) => r.endsWith('reported'))
    expect(reported('', '이재명 후보 "당선되면 남북 연락채널 복원부터"')).toEqual([])
    expect(reported('이재명 후보가 대통령에 당선된다면 남북 관계가 달라질 것이다.')).toEqual([])
    expect(reported('이재명 후보는 대통령 당선 시 남북 연락채널을 복원하겠다고 말했다.')).toEqual([])
    expect(reported('이재명 후보는 대통령에 당선될 경우 남북 연락채널을 복원하겠다고 밝혔다.')).toEqual([])
    expect(ko('대만 총통 선거에서 민진당 라이칭더 후보가 당선되면 중국이 반발할 것이다.')).not.toContain(
      'leadership-change taiwan>null reported',
    )
    // The plain win in the same words still is.
    expect(ko('이재명 후보가 대통령에 당선됐다.')).toContain('leadership-change lee-jae-myung>null reported')
  })
})

describe('a rally outside an embassy is a street protest (t26, t27, t31, t42)', () => {
  it('"rallied outside the Russian embassy in Seoul, chanting slogans against Moscow"', () => {
    expect(
      en(
        'Several hundred activists rallied outside the Russian embassy in Seoul on Saturday, chanting slogans against Moscow.',
      ),
    ).toEqual(['protest null>russia reported'])
  })

  it('defectors rallying speak for no state', () => {
    expect(
      en(
        'About 100 North Korean defectors and activists rallied outside the Chinese embassy in Seoul on Friday.',
      ),
    ).toContain('protest null>china reported')
    expect(
      en(
        'About 100 North Korean defectors and activists rallied outside the Chinese embassy in Seoul on Friday.',
      ),
    ).not.toContain('diplomatic-statement north-korea>china reported')
  })

  it('fans outside a stadium, a protest lodged with an embassy: no street protest', () => {
    expect(en('Hundreds of fans rallied outside the stadium on Saturday, chanting the team’s name.')).toEqual(
      [],
    )
    expect(
      events(tag('', 'Japan’s foreign ministry lodged a protest with the Chinese embassy on Monday.')),
    ).toEqual(['diplomatic-statement'])
  })

  it('a rally under a condition ("if ... rallied outside", "Should protesters rally outside"): no reported protest', () => {
    const reported = (body: string) => en(body).filter((r) => r.endsWith('reported'))
    expect(
      reported(
        'If hundreds of activists rallied outside the Japanese embassy in Seoul, police would be deployed.',
      ),
    ).toEqual([])
    expect(
      reported('Should thousands of protesters rally outside the Japanese embassy, police would intervene.'),
    ).toEqual([])
    expect(en('Hundreds of activists rallied outside the Japanese embassy in Seoul on Saturday.')).toEqual([
      'protest null>japan reported',
    ])
  })
})

describe('generators and grants given to another state are aid (t27, t29, t31)', () => {
  it('"will provide 50 mobile generators to Ukraine to keep hospitals running"', () => {
    expect(
      en('Japan will provide 50 mobile generators to Ukraine to keep hospitals running this winter.'),
    ).toEqual(['aid japan>ukraine planned', 'humanitarian japan>ukraine planned'])
  })

  it('"will give $12 million" to a UN agency', () => {
    expect(
      en('South Korea will give $12 million to the World Food Programme for North Korean children.'),
    ).toContain('aid south-korea>united-nations planned')
  })

  it('a firm supplying generators, support given to a plan, legal aid: no aid', () => {
    expect(en('Hyundai will provide 50 generators to a Japanese shipyard.')).toEqual([])
    expect(en('Seoul will give full support to the plan.')).toEqual([])
    expect(
      en('The UN agency urged South Korea to give asylum seekers better access to legal aid.'),
    ).not.toContain('aid united-nations>south-korea reported')
  })

  it('aid given under a condition ("would give ... if", "If Japan gave ..."): no reported aid', () => {
    const reported = (body: string) => en(body).filter((r) => r.endsWith('reported'))
    expect(reported('Japan would give $24 million to UNICEF if the ceasefire held.')).toEqual([])
    expect(
      reported('If Japan gave $24 million to UNICEF, the agency could expand its work in Gaza.'),
    ).toEqual([])
    expect(
      reported('The United States would provide $15 million in grants to Ukraine if Congress approved.'),
    ).toEqual([])
    expect(en('Japan gave $24 million to UNICEF for children in Gaza on Monday.')).toContain(
      'aid japan>united-nations reported',
    )
  })
})

describe('an office given by name: elected, confirmed, backed X as <office> (t23, t25, t38)', () => {
  it('"confirmed Marco Rubio as secretary of state"', () => {
    expect(en('The Senate confirmed Marco Rubio as secretary of state on Monday.')).toEqual([
      'leadership-change marco-rubio>null reported',
    ])
  })

  it('"backed X, an economist, as defence minister"; "elected her as the country’s first female prime minister"', () => {
    expect(
      en('Russian lawmakers on Tuesday backed Andrei Belousov, an economist, as defence minister.'),
    ).toContain('leadership-change andrei-belousov>null reported')
    expect(
      en(
        'Lee sent a message to Sanae Takaichi after Japan’s parliament elected her as the country’s first female prime minister.',
      ),
    ).toContain('leadership-change sanae-takaichi>null reported')
  })

  it('"confirmed the launch", "backed the plan as a step", elected to a term of a federation: no office', () => {
    expect(en('The defense minister confirmed the launch on Monday.')).toEqual([])
    expect(en('The prime minister backed the plan as a step toward peace.')).toEqual([])
    expect(
      en('Chung was elected to a fourth term as president of the Korea Football Association on Wednesday.'),
    ).toEqual([])
  })

  it('an office given under a condition ("If the Senate confirms X as", "if ... elected her as"): no reported change', () => {
    const reported = (body: string) => en(body).filter((r) => r.endsWith('reported'))
    expect(
      reported('If the Senate confirms Pete Hegseth as defense secretary, he will oversee the Pentagon.'),
    ).toEqual([])
    expect(
      reported(
        'If the LDP elected her as leader, Takaichi would become Japan’s first female prime minister.',
      ),
    ).toEqual([])
    expect(
      reported('If parliament backed Andrei Belousov as defence minister, the war effort would change.'),
    ).toEqual([])
    expect(en('The Senate confirmed Pete Hegseth as defense secretary.')).toContain(
      'leadership-change pete-hegseth>null reported',
    )
  })
})
