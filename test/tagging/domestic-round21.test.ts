import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round twenty-one, domestic politics (parliaments, courts, parties, street rallies). Sentences written for
// these tests (the helpers date them 1 June 2025).

// A removal a street crowd demands or shouts is its slogan, no leadership change (t11 t30 t36 t43 t57).
describe('a removal a crowd demands is no leadership change', () => {
  it('English: "rallied ... demanding the impeachment of", "chanting for X to step down", "to demand X\'s ouster"', () => {
    const a = rulesEn(
      'Thousands of protesters rallied outside the National Assembly on Friday demanding the impeachment of President Yoon Suk Yeol.',
    )
    expect(eventSlugs(a)).toContain('protest')
    expect(eventSlugs(a)).not.toContain('leadership-change')
    const b = rulesEn(
      'Crowds gathered outside the presidential office chanting for Yoon Suk Yeol to step down.',
    )
    expect(eventSlugs(b)).not.toContain('leadership-change')
    const c = rulesEn("Protesters marched through central Seoul on Sunday to demand Yoon Suk Yeol's ouster.")
    expect(eventSlugs(c)).not.toContain('leadership-change')
  })

  it('English: a removal put to a vote, or done, stays a leadership change', () => {
    const a = rulesEn(
      'Thousands of protesters rallied outside the National Assembly on Friday demanding the impeachment of President Yoon Suk Yeol as lawmakers prepared to vote on a motion to remove him.',
    )
    expect(recordsOf(a, 'leadership-change')).toContain('yoon-suk-yeol>null planned')
    const b = rulesEn(
      'Thousands of protesters cheered outside the National Assembly as lawmakers voted to impeach President Yoon Suk Yeol.',
    )
    expect(eventSlugs(b)).toContain('leadership-change')
    const c = rulesEn(
      'Opposition lawmakers will vote on the impeachment of President Yoon Suk Yeol on Saturday.',
    )
    expect(recordsOf(c, 'leadership-change')).toContain('yoon-suk-yeol>null planned')
  })

  it('Korean: \'윤석열 퇴진\'을 외쳤다, "윤석열 정부 퇴진" 구호, 탄핵을 둘러싼 찬반 집회, "탄핵하라"', () => {
    const a = rulesKo("서울 도심에 시민 수만 명이 모여 '윤석열 퇴진'을 외쳤다.")
    expect(eventSlugs(a)).not.toContain('leadership-change')
    const b = rulesKo('', '광화문서 주말 집회…"윤석열 정부 퇴진" 구호')
    expect(eventSlugs(b)).not.toContain('leadership-change')
    const c = rulesKo('8일 서울 광화문 일대에서 윤석열 대통령 탄핵을 둘러싼 찬반 집회가 잇따라 열렸다.')
    expect(eventSlugs(c)).toContain('protest')
    expect(eventSlugs(c)).not.toContain('leadership-change')
    const d = rulesKo('', '국회 앞 촛불 집회…"윤 대통령 탄핵하라"')
    expect(eventSlugs(d)).not.toContain('leadership-change')
  })

  it('Korean: a vote or a ruling on the removal stays a leadership change', () => {
    const a = rulesKo('국회는 14일 본회의에서 윤석열 대통령에 대한 탄핵소추안을 표결할 예정이다.')
    expect(recordsOf(a, 'leadership-change')).toContain('yoon-suk-yeol>null planned')
    const b = rulesKo('헌법재판소는 4일 윤석열 대통령에 대한 탄핵심판에서 파면을 결정했다.')
    expect(eventSlugs(b)).toContain('leadership-change')
  })
})

// Speech to or by a court, and a denial of criminal charges, is speech at a trial (t30 t74 t89).
describe('speech at a trial is no diplomatic statement', () => {
  it('English: "told the court ... a warning to the opposition and not a coup", "the judge said"', () => {
    const a = rulesEn(
      "Former President Yoon Suk Yeol told the court on Monday that the decree had been a 'peaceful' warning to the opposition and 'not a coup.'",
    )
    expect(eventSlugs(a)).not.toContain('threat-warning')
    expect(eventSlugs(a)).not.toContain('diplomatic-statement')
  })

  it('English: a government condemning a verdict stays a statement', () => {
    const r = rulesEn(
      "Japan's government called the Seoul court's verdict extremely regrettable and lodged a protest with South Korea on Friday.",
    )
    expect(eventSlugs(r)).toContain('diplomatic-statement')
  })

  it("Korean: 재판부는 '... 송환하지 않은 채 ...'고 밝혔다, 혐의를 부인했다", () => {
    const a = rulesKo(
      "재판부는 '북한이 정전협정을 어기고 국군포로를 송환하지 않은 채 강제노역을 시킨 불법행위가 인정된다'고 밝혔다.",
    )
    expect(eventSlugs(a)).not.toContain('diplomatic-statement')
    const b = rulesKo('김 전 장관 측은 "정상적인 대북 작전이었다"며 혐의를 전면 부인했다.')
    expect(eventSlugs(b)).not.toContain('diplomatic-statement')
  })

  it('Korean: a government protesting a ruling, or denying a claim, stays a statement', () => {
    const a = rulesKo(
      '일본 정부는 주일 한국대사관 공사를 불러 "한일 청구권협정에 반하는 판결"이라며 항의했다.',
    )
    expect(recordsOf(a, 'diplomatic-statement')).toContain('japan>south-korea reported')
    const b = rulesKo('북한 외무성은 러시아와의 무기 거래 의혹을 부인했다.')
    expect(eventSlugs(b)).toContain('diplomatic-statement')
  })
})

// A demand aimed at one's own government or leader is home news (t30 t51; taxonomy: "aimed at another actor").
describe("a demand aimed at one's own government is no diplomatic statement", () => {
  it('English: "the National Assembly voted to demand the lifting of the martial law President Yoon declared"', () => {
    const r = rulesEn(
      "South Korea's National Assembly has voted to demand the lifting of the martial law President Yoon Suk Yeol declared just hours ago.",
    )
    expect(eventSlugs(r)).not.toContain('diplomatic-statement')
  })

  it('English: a demand aimed at another state stays a statement', () => {
    const r = rulesEn('South Korea demanded that North Korea stop sending trash balloons across the border.')
    expect(eventSlugs(r)).toContain('diplomatic-statement')
  })

  it('Korean: 당 대표가 ... 정부에 촉구했다 (the demand about North Korea, aimed at home)', () => {
    const r = rulesKo(
      '이재명 대표는 수락 연설에서 "북한의 오물풍선과 확성기 방송이 맞서는 대치를 멈춰야 한다"며 대화 채널 복원을 정부에 촉구했다.',
    )
    expect(eventSlugs(r)).not.toContain('diplomatic-statement')
  })

  it('Korean: 정부가 북한에 촉구했다 stays a statement', () => {
    const r = rulesKo('통일부는 북한에 이산가족 생사 확인에 조속히 호응할 것을 촉구했다.')
    expect(recordsOf(r, 'diplomatic-statement')).toContain('south-korea>north-korea reported')
  })
})

// A removal an election was called after, or is held because of, is its cause, recalled (t6 t26 t38 t40 t41 t51).
describe('a removal that caused an election is background', () => {
  it('English: "the June 3 election, which was called after Yoon was removed from office"', () => {
    const r = rulesEn(
      'Overseas voting opened on Tuesday for the June 3 snap presidential election, which was called after Yoon Suk Yeol was removed from office.',
    )
    expect(eventSlugs(r)).toContain('election')
    expect(eventSlugs(r)).not.toContain('leadership-change')
    expect(recordsOf(r, 'leadership-change')).toEqual(['yoon-suk-yeol>null background'])
  })

  it('English: a removal told as the news stays reported', () => {
    const r = rulesEn('The Constitutional Court removed President Yoon Suk Yeol from office on Friday.')
    expect(recordsOf(r, 'leadership-change')).toContain('yoon-suk-yeol>null reported')
  })

  it('Korean: 사임 표명으로 치러지는 총재선거', () => {
    const r = rulesKo('이시바 시게루 일본 총리의 사임 표명으로 치러지는 자민당 총재선거가 22일 고시됐다.')
    expect(eventSlugs(r)).toContain('election')
    expect(eventSlugs(r)).not.toContain('leadership-change')
  })

  it('Korean: 사임을 표명했다 as the news stays a leadership change', () => {
    const r = rulesKo('이시바 시게루 일본 총리는 7일 기자회견을 열고 사임을 표명했다.')
    expect(eventSlugs(r)).toContain('leadership-change')
  })
})
