import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a Korean gathering of three states or more held abroad is the meeting only', () => {
  it('한미일 국방장관회의 in Tokyo: no visit of Japan', () => {
    const r = rulesKo(
      '신원식 국방부 장관과 로이드 오스틴 미국 국방장관, 기하라 미노루 일본 방위상은 28일 도쿄에서 한미일 국방장관회의를 열고 협력각서에 서명했다.',
    )
    expect(recordsOf(r, 'visit')).toEqual([])
    expect(recordsOf(r, 'meeting-summit').length).toBeGreaterThan(0)
  })

  it('한중일 외교장관회의 attended in Tokyo: no visit', () => {
    const r = rulesKo(
      '조태열 외교부 장관이 오는 22일 일본 도쿄에서 열리는 한중일 외교장관회의에 참석한다고 외교부가 20일 밝혔다.',
    )
    expect(recordsOf(r, 'visit')).toEqual([])
  })

  it('bilateral talks in the host capital still imply the visit', () => {
    const r = rulesKo('조현 외교부 장관은 16일 도쿄에서 이와야 다케시 일본 외무상과 회담했다.')
    expect(recordsOf(r, 'visit')).toContain('cho-hyun>japan reported')
  })

  it('English: a trilateral meeting in Tokyo stays the meeting only', () => {
    const r = rulesEn(
      'Defence Minister Shin Won-sik met U.S. Defense Secretary Lloyd Austin and Japanese Defense Minister Minoru Kihara in Tokyo on Sunday for trilateral talks.',
    )
    expect(recordsOf(r, 'visit')).toEqual([])
  })
})

describe('a visit naming no host is made to the side coordinated with the visitor', () => {
  it('"Lavrov and Choe Son Hui toast ... at the start of his three-day visit"', () => {
    const r = rulesEn(
      'Russian Foreign Minister Sergei Lavrov and North Korean Foreign Minister Choe Son Hui toast at a resort hotel on Saturday at the start of his three-day visit.',
    )
    expect(recordsOf(r, 'visit')).toContain('sergei-lavrov>north-korea reported')
  })

  it('"South Korea and the United States signed ... during Yoon\'s state visit"', () => {
    const r = rulesEn(
      "South Korea and the United States signed a cybersecurity framework on Wednesday during President Yoon Suk Yeol's state visit.",
    )
    expect(recordsOf(r, 'visit')).toContain('yoon-suk-yeol>united-states reported')
  })

  it('not at a gathering ("on the sidelines of the APEC forum ... reciprocal visits")', () => {
    const r = rulesEn(
      "South Korean President Lee Jae-myung and Japan's Prime Minister Sanae Takaichi met on the sidelines of the APEC forum, agreeing to continue reciprocal visits by their leaders.",
    )
    expect(recordsOf(r, 'visit')).toEqual([])
  })

  it('a visitor named with no one of another country gets no host', () => {
    const r = rulesEn(
      'President Yoon Suk Yeol and his wife returned home on Sunday after a six-day state visit.',
    )
    expect(recordsOf(r, 'visit')).toEqual([])
  })
})

describe('a Korean visit announced in the non-past is planned', () => {
  it('방한한다고 국방부가 밝혔다, 국빈 방한한다고 발표했다: planned', () => {
    const r = rulesKo('국방부는 피트 헤그세스 미국 국방장관이 방한한다고 밝혔다.')
    expect(recordsOf(r, 'visit')).toContain('pete-hegseth>south-korea planned')
    const x = rulesKo('대통령실은 시진핑 중국 국가주석이 국빈 방한한다고 발표했다.')
    expect(recordsOf(x, 'visit')).toContain('xi-jinping>south-korea planned')
  })

  it('공식 방문한다고 밝혔다: planned', () => {
    const r = rulesKo('북한 외무성은 최선희 외무상이 러시아를 공식 방문한다고 밝혔다.')
    expect(recordsOf(r, 'visit')).toContain('choe-son-hui>russia planned')
  })

  it('a visit made (방한했다고 밝혔다) stays reported', () => {
    const r = rulesKo('국방부는 피트 헤그세스 미국 국방장관이 4일 방한했다고 밝혔다.')
    expect(recordsOf(r, 'visit')).toContain('pete-hegseth>south-korea reported')
    expect(recordsOf(r, 'visit')).not.toContain('pete-hegseth>south-korea planned')
  })
})
