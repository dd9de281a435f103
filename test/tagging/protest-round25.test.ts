import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('civilians gathering to shout or condemn are a street protest', () => {
  it('시민 수만 명이 모여 ... 외쳤다: a crowd gathered shouting a slogan', () => {
    const r = rulesKo("주말 광화문 광장에 시민 수만 명이 모여 '정부 퇴진'을 외쳤다.")
    expect(recordsOf(r, 'protest').length).toBeGreaterThan(0)
  })

  it('비판하는 시민단체 회원들이 모여: the criticised state is the target', () => {
    const r = rulesKo('일본의 오염수 방류를 비판하는 시민단체 회원들이 부산역 앞에 모여 구호를 외쳤다.')
    expect(recordsOf(r, 'protest')).toContain('null>japan reported')
  })

  it('노동자 수천 명이 몰려나와 ... 철회를 요구했다: workers streaming out to demand', () => {
    const r = rulesKo('노동자 수천 명이 서울 도심으로 몰려나와 미국의 관세 정책 철회를 요구했다.')
    expect(recordsOf(r, 'protest')).toContain('null>united-states reported')
  })

  it('not people gathering for anything else, member states, a welcoming crowd, nor 규모인', () => {
    for (const s of [
      '주민들이 마을회관에 모여 대피 방송을 들었다.',
      '시민들이 광장에 모여 대표팀의 승리를 응원했다.',
      '회원국 정상들이 모여 북한의 미사일 발사를 규탄했다.',
      '대통령 방한을 환영하는 교민들이 공항에 모였다.',
      '양측은 현재 100억 달러 규모인 통화스와프 확대를 논의할 예정이다.',
    ])
      expect(recordsOf(rulesKo(s), 'protest')).toEqual([])
  })
})

describe('a crowd gathering to demand or chant for something is a street protest (English)', () => {
  it('"Crowds gather outside ... chanting for the president to resign"', () => {
    const r = rulesEn('Crowds gather outside the parliament in Seoul chanting for the president to resign.')
    expect(recordsOf(r, 'protest').length).toBeGreaterThan(0)
  })

  it('"students gathered outside the Chinese embassy demanding": against the embassy\'s state', () => {
    const r = rulesEn(
      'Hundreds of students gathered outside the Chinese embassy demanding the release of the detained activists.',
    )
    expect(recordsOf(r, 'protest')).toContain('null>china reported')
  })

  it('not fans chanting a name, ministers calling for calm, people gathering to watch, nor intelligence-gathering', () => {
    for (const s of [
      "Thousands of fans gathered outside the stadium chanting the team's name.",
      'Foreign ministers gathered in Seoul calling for calm on the peninsula.',
      'Residents gathered at the shelter to watch the news.',
      'Japan launched a new intelligence-gathering satellite on Friday.',
    ])
      expect(recordsOf(rulesEn(s), 'protest')).toEqual([])
  })
})
