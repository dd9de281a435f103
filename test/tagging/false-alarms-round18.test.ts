import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round eighteen, false alarms: an earlier event recalled while the sentence tells something else. Sentences
// written for these tests.

// One already titled former leaving office is why the title reads so (t8 t36 t43).
describe('a leadership change of one titled former is background', () => {
  it('"Former Defense Minister Kim Yong-hyun, who resigned over ..."', () => {
    const r = rulesEn(
      'Former Defense Minister Kim Yong-hyun, who resigned over the martial law decree, testified before the court on Tuesday.',
    )
    expect(recordsOf(r, 'leadership-change')).toEqual(['kim-yong-hyun>null background'])
    expect(eventSlugs(r)).not.toContain('leadership-change')
  })

  it('"Former President Yoon Suk Yeol, removed from office by the court, ..."', () => {
    const r = rulesEn(
      'Former President Yoon Suk Yeol, removed from office by the court, attended his trial on Monday.',
    )
    expect(recordsOf(r, 'leadership-change')).toEqual(['yoon-suk-yeol>null background'])
  })

  it('김 전 장관은 ... 물러났다, 윤석열 전 대통령 탄핵은', () => {
    expect(recordsOf(rulesKo('김용현 전 장관은 지난 4일 장관직에서 물러났다.'), 'leadership-change')).toEqual(
      ['kim-yong-hyun>null background'],
    )
    const r = rulesKo('한 시민은 "윤석열 전 대통령 탄핵은 민주주의의 승리"라고 말했다.')
    expect(recordsOf(r, 'leadership-change')).toEqual(['yoon-suk-yeol>null background'])
  })

  it('taking a new office stays the news, and so does leaving one without "former"', () => {
    const r = rulesEn(
      'Former defense minister Shigeru Ishiba was elected prime minister by parliament on Tuesday.',
    )
    expect(recordsOf(r, 'leadership-change')).toEqual(['shigeru-ishiba>null reported'])
    const s = rulesEn('Defense Minister Kim Yong-hyun resigned on Thursday, the presidential office said.')
    expect(recordsOf(s, 'leadership-change')).toEqual(['kim-yong-hyun>null reported'])
  })
})

// An anniversary's scene (t25 t32 t40 t47): a sentence opened by "N years ago", or another noun naming the event
// an anniversary counts from, is the past recalled.
describe('an anniversary recalls its event', () => {
  it('"One year ago on Monday, ..." opens a recalled scene', () => {
    const r = rulesEn(
      'One year ago on Monday, Kim Jong Un and Vladimir Putin signed a defence treaty in Pyongyang.',
    )
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['kim-jong-un>vladimir-putin background'])
    expect(eventSlugs(r)).toEqual([])
  })

  it('2년 전 오늘 새벽, ... 발사했다', () => {
    const r = rulesKo('2년 전 오늘 새벽, 북한은 동해상으로 대륙간탄도미사일을 발사했다.')
    expect(recordsOf(r, 'missile-launch')).toEqual(['north-korea>null background'])
  })

  it('a leading phrase that dates another act is not the scene: "3년 전 회담 이후 처음으로,"', () => {
    const r = rulesKo('3년 전 회담 이후 처음으로, 윤석열 대통령과 기시다 총리가 도쿄에서 정상회담을 했다.')
    expect(recordsOf(r, 'meeting-summit')).toContain('yoon-suk-yeol>fumio-kishida reported')
  })

  it('조약 서명 60주년을 맞아 조약 원본을, 1주년인 19일 북러 동맹을: the same treaty named again', () => {
    expect(eventSlugs(rulesKo('정부는 한일기본조약 서명 60주년을 맞아 조약 원본을 공개했다.'))).toEqual([])
    const r = rulesKo('북한은 북러 조약 체결 1주년인 19일 북러 동맹을 강조했다.')
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['north-korea>russia background'])
  })

  it('a new agreement signed on the anniversary is the news', () => {
    const r = rulesKo('북한과 러시아는 조약 체결 1주년을 맞아 19일 새 경제협력 협정을 체결했다.')
    expect(recordsOf(r, 'alliance-agreement')).toContain('north-korea>russia reported')
    const s = rulesKo('북한과 러시아는 조약 체결 1주년인 19일 평양에서 협정에 서명했다.')
    expect(recordsOf(s, 'alliance-agreement')).toContain('north-korea>russia reported')
  })
})
