import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

const visits = (text: string) => recordsOf(rulesEn(text), 'visit')
const visitsKo = (text: string) => recordsOf(rulesKo(text), 'visit')

describe('a news or press conference the trip is announced at is no gathering the visitor attends (visit)', () => {
  it('"will travel to X ..., an official told a news conference": a planned visit', () => {
    expect(
      visits('Sergei Lavrov will travel to Beijing on Monday, a Chinese spokesman told a news conference.'),
    ).toEqual(['sergei-lavrov>china planned'])
    expect(
      visits('Kim Jong Un will travel to Beijing next month, the foreign ministry told a press conference.'),
    ).toEqual(['kim-jong-un>china planned'])
  })

  it('still no visit: the trip is to a conference, whatever the briefing', () => {
    expect(
      visits(
        'Kim Jong Un will travel to Beijing for a security conference, a spokesman told a news conference.',
      ),
    ).toEqual([])
    expect(
      visits('Sergei Lavrov will travel to Beijing for a conference on Asian security next week.'),
    ).toEqual([])
  })
})

describe('방X 중인 + a person: the one the ongoing trip hangs on is the visitor, not the topic (visit)', () => {
  it('the visitor stands beside the host with no talks told', () => {
    expect(visitsKo('김정은 국무위원장은 방북 중인 리창 중국 총리와 함께 주석단에 올랐다.')).toEqual([
      'li-qiang>north-korea reported',
    ])
    expect(visitsKo('이재명 대통령은 방한 중인 왕이 중국 외교부장과 함께 만찬장에 들어섰다.')).toEqual([
      'wang-yi>south-korea reported',
    ])
  })

  it('still the subject: the person after 중인 is the topic itself, or no person follows', () => {
    expect(visitsKo('러시아를 방문 중인 김정은 국무위원장은 12일 공장을 시찰했다.')).toEqual([
      'kim-jong-un>russia reported',
    ])
    expect(visitsKo('김정은 국무위원장은 방북 중인 관광객들이 늘고 있다고 말했다.')).toEqual([])
  })
})

describe('X의 + bare date words + 방X: the possessor owns the trip over 연내, 다음 달 (visit)', () => {
  it('a trip being arranged, its owner before the date words', () => {
    expect(visitsKo('양국 외교 당국은 이재명 대통령의 연내 방일을 조율하고 있다.')).toEqual([
      'lee-jae-myung>japan planned',
    ])
    expect(visitsKo('정부는 이재명 대통령의 다음 달 방중을 추진하고 있다.')).toEqual([
      'lee-jae-myung>china planned',
    ])
  })

  it('still no trip owner: the possessor is a place (a demand noun, not a trip of a person)', () => {
    expect(visitsKo('서울의 연내 방일 수요가 늘고 있다고 여행업계는 전했다.')).toEqual([])
  })
})
