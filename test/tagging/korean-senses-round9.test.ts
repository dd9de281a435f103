import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { defaultTagger, eventsOf } from './helpers'

// Issue 14, round nine: a sense inventory of the Korean triggers, written from what the words mean (a
// dictionary's other senses and their cues), not from gold errors. Each block pairs a sentence of the other
// sense with one of the event on the same trigger. Sentences written for these tests.

function ko(body: string, title = '', date = '2025-06-01'): TagResult {
  return defaultTagger().tag({
    title,
    content: body,
    lang: 'ko',
    publishedAt: Date.parse(`${date}T00:00:00Z`),
  })
}

const events = (body: string, title = '') => eventsOf(ko(body, title))

describe('meeting-summit: 통화 as currency, 접견 of a lawyer, wage talks, meeting fans', () => {
  it('통화 naming a currency (통화인, 통화 약세, 기축 통화) is no phone call', () => {
    expect(events('중국 통화인 위안화 가치가 급락했다.')).not.toContain('meeting-summit')
    expect(events('일본 정부는 자국 통화 약세를 우려했다.')).not.toContain('meeting-summit')
    expect(events('조태열 외교부 장관은 왕이 부장과 전화 통화를 했다.')).toContain('meeting-summit')
  })

  it('a detainee receiving a lawyer (접견, 면담 with 변호인, 구치소) is no audience', () => {
    expect(events('윤석열 전 대통령은 구치소에서 변호인을 접견했다.')).not.toContain('meeting-summit')
    expect(events('이재명 대통령은 청와대에서 미국 국무장관을 접견했다.')).toContain('meeting-summit')
  })

  it('wage bargaining between unions and management (임금 협상, 노사) is no negotiation of states', () => {
    expect(events('현대차 노사는 일본 공장 임금 협상을 타결했다.')).not.toContain('meeting-summit')
    expect(events('한국과 미국은 방위비 분담금 협상을 타결했다.')).toContain('meeting-summit')
  })

  it('a film or star meeting its audience or fans (관객과 만난다, 팬들과 만났다)', () => {
    expect(events('중국 배우가 한국 팬들과 만났다.')).not.toContain('meeting-summit')
    expect(events('일본 영화가 다음 달 한국 관객과 만난다.')).not.toContain('meeting-summit')
    expect(events('이시바 총리는 도쿄에서 한국 외교부 장관과 만났다.')).toContain('meeting-summit')
  })
})

describe('alliance-agreement: a petition’s signatures and a business MOU', () => {
  it('서명 운동 collects signatures; no state signs anything', () => {
    expect(
      events(
        '시민단체는 일본 정부 사과를 요구하는 서명 운동을 벌여 100만 명의 서명을 받았다는 선언문을 발표했다.',
      ),
    ).not.toContain('alliance-agreement')
    expect(events('한국과 미국은 원자력 협정에 서명했다.')).toContain('alliance-agreement')
  })

  it('업무협약 between companies is no interstate instrument', () => {
    expect(events('삼성전자와 미국 엔비디아가 업무협약(MOU)을 체결했다.')).not.toContain('alliance-agreement')
    expect(events('한국과 체코는 원전 협력 양해각서를 체결했다.')).toContain('alliance-agreement')
  })
})

describe('diplomatic-statement: a coach’s protest, a firm’s plans, netizens and stars', () => {
  it('protesting a referee’s call (심판 판정, 오심) is sport', () => {
    expect(events('일본 축구 대표팀 감독은 심판 판정에 항의하다 퇴장당했다.')).not.toContain(
      'diplomatic-statement',
    )
    expect(events('정부는 일본의 역사 왜곡에 강하게 항의했다.')).toContain('diplomatic-statement')
  })

  it('“no plans” to launch a product or raise a price is a company’s, not a state’s position', () => {
    expect(events('미국 애플은 아이폰 가격 인상 계획이 없다고 밝혔다.')).not.toContain('diplomatic-statement')
    expect(events('중국 기업 관계자는 한국 출시 계획이 없다고 말했다.')).not.toContain('diplomatic-statement')
    expect(events('미국 국방부는 주한미군을 감축할 계획이 없다고 밝혔다.')).toContain('diplomatic-statement')
  })

  it('netizens condemning, and stars praising each other, take no official position', () => {
    expect(events('중국 누리꾼들은 한국 걸그룹을 비난했다.')).not.toContain('diplomatic-statement')
    expect(events('미국 배우는 동료 한국 배우의 연기를 치켜세웠다.')).not.toContain('diplomatic-statement')
    expect(events('중국 외교부는 일본의 방위비 증액을 비난했다.')).toContain('diplomatic-statement')
    expect(events('트럼프 대통령은 이재명 대통령의 리더십을 치켜세웠다.')).toContain('diplomatic-statement')
  })
})
