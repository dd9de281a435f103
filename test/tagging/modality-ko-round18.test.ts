import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesKo } from './helpers'

// Round eighteen, Korean modality errors that change an article's events (docs/tagging.md §3, round eighteen).
// Sentences written for these tests.

// The bound noun 시 (when, if) after the act's verbal noun: 강행 시, 지속시 (t5 t8 t9 t16).
describe('a condition closed by 시 supposes its act', () => {
  it('핵실험 감행 시 ...: the test is supposed, not reported or planned', () => {
    const r = rulesKo('', '정부 "北 핵실험 감행 시 독자제재 추진"')
    expect(recordsOf(r, 'nuclear-weapons')).toEqual(['north-korea>null speculative'])
    expect(eventSlugs(r)).not.toContain('nuclear-weapons')
  })

  it('미사일 발사 강행 시, in a body sentence', () => {
    const r = rulesKo('일본 정부는 북한이 미사일 발사 강행 시 추가 제재를 검토하겠다고 밝혔다.')
    expect(recordsOf(r, 'missile-launch')).toEqual(['north-korea>null speculative'])
    expect(eventSlugs(r)).not.toContain('missile-launch')
  })

  it('파병 지속시 ... 지원 검토: what follows the condition is supposed; the deployment goes on', () => {
    const r = rulesKo('', '정부 "러 파병 지속시 우크라이나에 포탄 지원 검토"')
    expect(recordsOf(r, 'arms-trade')).toEqual(['south-korea>ukraine speculative'])
    expect(eventSlugs(r)).toEqual(['military-cooperation'])
  })

  it('시 주석 is Xi, no condition; a plain report stays reported', () => {
    expect(recordsOf(rulesKo('시 주석은 다음 달 한국을 방문할 예정이다.'), 'visit')).toEqual([
      'xi-jinping>south-korea planned',
    ])
    expect(recordsOf(rulesKo('북한은 14일 동해상으로 탄도미사일을 발사했다.'), 'missile-launch')).toEqual([
      'north-korea>null reported',
    ])
  })
})

// What must be done within a deadline counted in days is set, planned (t28 t30 t46 t57).
describe('an obligation with a deadline is planned', () => {
  it('40일 안에 총선거를 치러야 한다', () => {
    const r = rulesKo('일본은 중의원 해산 후 40일 안에 총선거를 치러야 한다.')
    expect(recordsOf(r, 'election')).toEqual(['japan>null planned'])
    expect(eventSlugs(r)).toContain('election')
  })

  it('advice with no deadline stays speculative, and so does a deadline under a condition', () => {
    expect(recordsOf(rulesKo('한국은 차기 대통령 선거를 공정하게 치러야 한다.'), 'election')).toEqual([
      'south-korea>null speculative',
    ])
    expect(recordsOf(rulesKo('정부는 북한과의 대화에 적극 나서야 한다.'), 'meeting-summit')).toEqual([
      'south-korea>north-korea speculative',
    ])
    const r = rulesKo('헌법에 따라 대통령 궐위 시 60일 이내에 후임자를 뽑는 대통령 선거를 실시해야 한다.')
    expect(eventSlugs(r)).not.toContain('election')
  })
})

// A headline's "may" with 있다 left out (나설 수도, 열릴 수도) and a bare 가능 predicate are guesses (t17 t44 t61).
describe('guesses the cue list missed', () => {
  it('"北, 이달 중 ICBM 시험발사 나설 수도": the guess outweighs the plan word 나설', () => {
    const r = rulesKo('', '전문가 "北, 이달 중 ICBM 시험발사 나설 수도"')
    expect(recordsOf(r, 'missile-launch')).toEqual(['north-korea>null speculative'])
    expect(eventSlugs(r)).not.toContain('missile-launch')
  })

  it('"한중 정상회담 조만간 열릴 수도…" outweighs the date to come', () => {
    const r = rulesKo('', '외교부 "한중 정상회담 조만간 열릴 수도…"')
    expect(recordsOf(r, 'meeting-summit')).toEqual(['south-korea>china speculative'])
  })

  it('"北 내주 위성 발사 가능"', () => {
    const r = rulesKo('', '국방부 "北 내주 위성 발사 가능"')
    expect(recordsOf(r, 'missile-launch')).toEqual(['north-korea>null speculative'])
  })

  it('수도 서울 and 가능한 한 빨리 are no guesses', () => {
    expect(recordsOf(rulesKo('수도 서울에서 한일 정상회담이 열렸다.'), 'meeting-summit')).toEqual([
      'south-korea>japan reported',
    ])
    const r = rulesKo('대통령은 가능한 한 빨리 김정은 위원장과 정상회담을 하겠다고 말했다.')
    expect(eventSlugs(r)).toContain('meeting-summit')
  })
})
