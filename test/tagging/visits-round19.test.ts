import { describe, expect, it } from 'vitest'
import { rulesKo as ko, recordsOf as records } from './helpers'

// Round nineteen's visit pass: a construction behind wrong or missed visit tags in the tuning gold, recurring in
// three batches or more. Sentences written for these tests; read with the learned veto off, so the rules alone
// decide.

const VISIT = 'visit'

describe('a Korean headline visit whose lead tells a trip to attend a gathering (t11 t18 t28 t36)', () => {
  const lead =
    '도널드 트럼프 미국 대통령이 부산에서 열리는 아시아태평양경제협력체(APEC) 정상회의 참석을 위해 다음 주 한국을 찾는다고 백악관이 밝혔다.'

  it('is that gathering, the meeting only (convention 5): no visit', () => {
    expect(records(ko(lead, '트럼프 대통령 6년 만에 방한…한미 정상회담 주목'), VISIT)).toEqual([])
    expect(
      records(
        ko(
          '기시다 후미오 일본 총리가 뉴욕에서 열리는 유엔총회 참석차 20일 미국을 방문한다고 일본 정부가 밝혔다.',
          '기시다 총리 방미…바이든 대통령과 회담 조율',
        ),
        VISIT,
      ),
    ).toEqual([])
  })
  it('unless the headline calls it a state visit', () => {
    expect(records(ko(lead, '트럼프 대통령 6년 만에 국빈 방한…한미 정상회담 주목'), VISIT)).toEqual([
      'donald-trump>south-korea reported',
    ])
  })
  it('a lead telling a trip for bilateral talks (a 회의 of two, no 정상회의) keeps the headline visit', () => {
    expect(
      records(
        ko(
          '피트 헤그세스 미국 국방장관이 다음 달 서울에서 열리는 한미안보협의회의(SCM)에 참석하기 위해 방한한다고 국방부가 밝혔다.',
          '헤그세스 장관 내달 방한…안규백 장관과 회담',
        ),
        VISIT,
      ),
    ).toContain('pete-hegseth>south-korea planned')
    expect(
      records(
        ko(
          '도널드 트럼프 미국 대통령이 다음 주 한국을 찾아 이재명 대통령과 정상회담을 한다고 백악관이 밝혔다.',
          '트럼프 대통령 6년 만에 방한…한미 정상회담 주목',
        ),
        VISIT,
      ),
    ).toContain('donald-trump>south-korea reported')
  })
})
