import { describe, expect, it } from 'vitest'
import { eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round nineteen's recall pass on threat-warning: a construction the gold labels whose trigger was found but
// whose record was dropped for want of a source, recurring in three batches or more. Sentences written for these
// tests; read with the learned veto off, so the rules alone decide.

const THREAT = 'threat-warning'

describe('a Korean warning worded as a noun inside a quotation (t21 t34 t54 t73)', () => {
  it("is the speaker's: the topic before the quotation", () => {
    expect(
      records(
        ko(
          '이재명 대통령은 3일 기념식에서 "북한이 도발을 감행한다면 압도적인 대응에 직면할 것"이라고 말했다.',
        ),
        THREAT,
      ),
    ).toEqual(['lee-jae-myung>north-korea reported'])
    expect(
      records(
        ko('러시아 외무부는 20일 "한국의 무기 공급에 단호한 대응 조치를 취할 것"이라고 밝혔다.'),
        THREAT,
      ),
    ).toEqual(['russia>south-korea reported'])
  })
  it('or the 이/가 subject before it when there is no topic', () => {
    expect(
      records(
        ko(
          "북한 김여정 부부장이 미국을 비난하는 담화를 내고 '폭격기들은 반드시 대가를 치르게 될 것'이라고 경고했다.",
        ),
        THREAT,
      ),
    ).toEqual(['kim-yo-jong>united-states reported'])
  })
  it('not a warning at home, with no other country to aim it at', () => {
    expect(
      events(ko('김용현 전 장관은 재판에서 "병력을 보낸 것은 경고 차원이었을 뿐"이라고 주장했다.')),
    ).not.toContain(THREAT)
  })
})
