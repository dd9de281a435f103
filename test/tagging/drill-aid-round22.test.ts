import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a joint strategic air patrol or a joint bomber flight is a joint drill', () => {
  it('"what Moscow and Beijing called a joint strategic air patrol"', () => {
    const r = rulesEn(
      'Four Chinese and five Russian warplanes flew through the air defence zone on Tuesday in what Moscow and Beijing called a joint strategic air patrol.',
    )
    expect(recordsOf(r, 'military-exercise').length).toBeGreaterThan(0)
  })

  it('"Chinese and Russian bombers staged a joint flight": bombers fly for their state', () => {
    const r = rulesEn('Chinese and Russian bombers staged a joint flight over the East China Sea on Tuesday.')
    expect(recordsOf(r, 'military-exercise')).toContain('china>russia reported')
  })

  it('an airline joint flight is still no drill', () => {
    const r = rulesEn('Korean Air and Delta Air Lines will launch a joint flight to Atlanta next month.')
    expect(recordsOf(r, 'military-exercise')).toEqual([])
  })

  it('합참은 ... 연합 공중전략순찰을 벌인 것으로 보고: the military reads a flight it tracked', () => {
    const r = rulesKo(
      '합참은 중국과 러시아 군용기들이 연합 공중전략순찰을 벌인 것으로 보고 전투기를 출격시켰다.',
    )
    expect(recordsOf(r, 'military-exercise')).toContain('china>russia reported')
  })

  it("a flight to come (벌일 것으로 보고) and an outsider's reading stay a guess", () => {
    const future = rulesKo(
      '군은 중국과 러시아가 다음 주 연합 공중전략순찰을 벌일 것으로 보고 대비 태세를 강화했다.',
    )
    expect(recordsOf(future, 'military-exercise')).not.toContain('china>russia reported')
    const experts = rulesKo('전문가들은 중국과 러시아가 연합 공중전략순찰을 벌인 것으로 보고 있다.')
    expect(recordsOf(experts, 'military-exercise')).not.toContain('china>russia reported')
  })
})

describe('a tabletop exercise of the allies is a drill', () => {
  it('"the allies postponed a tabletop exercise"', () => {
    const r = rulesEn(
      'South Korea and the United States postponed a tabletop exercise on nuclear deterrence that had been set for next week.',
    )
    expect(recordsOf(r, 'military-exercise').length).toBeGreaterThan(0)
  })

  it('한미는 도상연습을 실시하기로 했다', () => {
    const r = rulesKo('한국과 미국은 북한의 핵 사용을 가정한 도상연습을 내년 초 실시하기로 했다.')
    expect(recordsOf(r, 'military-exercise').length).toBeGreaterThan(0)
  })

  it('a think tank war game is still no drill', () => {
    const r = rulesEn('A Washington think tank ran a tabletop war game on a Chinese blockade of Taiwan.')
    expect(recordsOf(r, 'military-exercise')).toEqual([])
  })
})

describe('"lethal aid" denied and aid to a war machine are arms, not aid', () => {
  it('"Seoul keeps its no-lethal-aid line"', () => {
    const r = rulesEn('Seoul keeps its no-lethal-aid line as Kyiv asks South Korea for air defence systems.')
    expect(recordsOf(r, 'aid')).toEqual([])
  })

  it('"Washington accuses Beijing of aid to Russia\'s war machine"', () => {
    const r = rulesEn(
      "Washington accused China of giving aid to Russia's war machine through machine tool exports.",
    )
    expect(recordsOf(r, 'aid')).toEqual([])
  })

  it('non-lethal aid promised is still aid', () => {
    const r = rulesEn(
      'President Yoon promised Ukraine more non-lethal aid, including demining equipment and ambulances.',
    )
    expect(recordsOf(r, 'aid').length).toBeGreaterThan(0)
  })
})

describe('aid pledged as a loan or offered to be sent', () => {
  it('"Japan will lend $2 billion to Ukraine"', () => {
    const r = rulesEn(
      'Japan will lend $2 billion to Ukraine for power grid repairs, the finance ministry said.',
    )
    expect(recordsOf(r, 'aid')).toContain('japan>ukraine planned')
  })

  it('"Seoul offered to send rice to the North"', () => {
    const r = rulesEn(
      'South Korea offered on Monday to send 5,000 tonnes of rice to North Korea before the winter.',
    )
    expect(recordsOf(r, 'aid')).toContain('south-korea>north-korea planned')
  })

  it('"lend support" with no money is no aid', () => {
    const r = rulesEn('Japan said it would lend support to South Korea at the United Nations.')
    expect(recordsOf(r, 'aid')).toEqual([])
  })
})

describe('a UN agency delivering vaccines or fortified food is aid', () => {
  it('유니세프가 북한에 백신을 반입했다', () => {
    const r = rulesKo('유니세프는 북한 어린이를 위한 결핵 백신 50만회분을 북한에 반입했다고 3일 밝혔다.')
    expect(recordsOf(r, 'aid')).toContain('united-nations>north-korea reported')
  })

  it('세계식량계획이 영양강화 식품을 보냈다', () => {
    const r = rulesKo('세계식량계획(WFP)은 북한 어린이들에게 영양강화 비스킷을 보냈다.')
    expect(recordsOf(r, 'aid')).toContain('united-nations>north-korea reported')
  })

  it('a domestic vaccine shipment names no agency: no aid', () => {
    const r = rulesKo('정부는 독감 백신 500만회분이 국내에 도착했다고 밝혔다.')
    expect(recordsOf(r, 'aid')).toEqual([])
  })
})
