import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesKo as ko, recordsOf } from './helpers'

// Round twenty-two's Korean diplomatic-statement recall pass (docs/tagging.md §4): Korean statement misses whose
// trigger was found but whose speaker was not, recurring in three batches or more of the tuning gold. Sentences
// written for these tests; read with the learned veto off, so the rules alone decide.

const STATEMENT = 'diplomatic-statement'

describe('a statement noun the subject issues is its statement (t25 t31 t39 t57 t58)', () => {
  it('담화에서 ... 밝혔다, 성명을 통해, 축하 메시지를 올려: the clause subject speaks', () => {
    expect(
      recordsOf(
        ko(
          '북한 외무성 대변인은 3일 조선중앙통신을 통해 발표한 담화에서 유엔의 결의를 "주권 침해"라며 배격한다고 밝혔다.',
        ),
        STATEMENT,
      ),
    ).toEqual(['north-korea>united-nations reported'])
    expect(
      recordsOf(ko('조 바이든 미국 대통령은 성명을 통해 한국과의 동맹을 높이 평가했다.'), STATEMENT),
    ).toEqual(['joe-biden>south-korea reported'])
    expect(
      recordsOf(
        ko('이재명 대통령은 SNS에 축하 메시지를 올려 "일본과 함께 미래로 나아가길 기대한다"고 밝혔다.'),
        STATEMENT,
      ),
    ).toEqual(['lee-jae-myung>japan reported'])
  })
  it("a statement relayed, an investigator's statement, an address to one's own people: no statement", () => {
    // KCNA relays a statement (전했다); the FBI attributes a theft (convention C7); a leader addresses the nation.
    const none = [
      '조선중앙통신이 이날 담화 전문을 전했다.',
      'FBI는 성명에서 북한 해커들이 빼돌린 자산을 세탁하고 있다고 밝혔다.',
      '윤석열 대통령은 긴급 대국민 담화를 통해 비상계엄을 선포했다.',
    ]
    for (const body of none) expect(eventSlugs(ko(body))).not.toContain(STATEMENT)
  })
  it('a statement that carries a warning stays the warning only', () => {
    const r = ko('김여정 부부장은 담화에서 "전단을 계속 날리면 몇 배로 대응하겠다"고 예고했다.')
    expect(recordsOf(r, STATEMENT)).toEqual([])
  })
})

describe('a statement whose content is a quotation (t30 t35 t67 t77)', () => {
  it('"...축하한다"고 말했다: the statement said in the quotation is its speaker\'s', () => {
    const r = ko('김정은 위원장은 러시아대사관을 찾아 "러시아 인민의 승리를 축하한다"고 말했다.')
    expect(recordsOf(r, STATEMENT)).toEqual(['kim-jong-un>russia reported'])
  })
  it('"러시아는 ... 해야 한다"고 규탄했다: the state opening the quotation is addressed, not people at home', () => {
    expect(
      recordsOf(
        ko('젤렌스키 대통령은 "러시아는 자신들이 벌인 공격의 대가를 치러야 한다"고 규탄했다.'),
        STATEMENT,
      ),
    ).toEqual(['volodymyr-zelensky>russia reported'])
    expect(
      recordsOf(
        ko('통일부는 "북한은 억류자들을 즉시 석방해 가족에게 돌려보내야 한다"고 촉구했다.'),
        STATEMENT,
      ),
    ).toEqual(['south-korea>north-korea reported'])
  })
  it("people the speaker's words address at home are still no statement", () => {
    const none = [
      '노동신문은 "근로자들이 증산 투쟁에 떨쳐나서야 한다"고 촉구했다.',
      '노동신문은 사설에서 근로자들이 증산에 떨쳐나설 것을 촉구했다.',
    ]
    for (const body of none) expect(eventSlugs(ko(body))).not.toContain(STATEMENT)
  })
})

describe('speakers named by a title only (t30 t31 t77)', () => {
  it("관방장관 is Japan's, 주유엔 대사 unqualified is South Korea's", () => {
    expect(
      recordsOf(ko('하야시 요시마사 관방장관은 북한에 발사 중지를 강하게 요구했다.'), STATEMENT),
    ).toEqual(['japan>north-korea reported'])
    expect(
      recordsOf(
        ko('기하라 미노루 관방장관은 기자회견에서 "중국 측에 수입 재개를 강하게 요구하겠다"고 말했다.'),
        STATEMENT,
      ),
    ).toContain('japan>china reported')
    expect(
      recordsOf(ko('황준국 주유엔 대사는 "감시 카메라를 부순 격"이라고 러시아를 비판했다.'), STATEMENT),
    ).toEqual(['south-korea>russia reported'])
  })
  it("another state's envoy to the UN is not South Korea's", () => {
    const r = ko('겅솽 주유엔 중국 차석대사는 미국을 비판했다.')
    expect(recordsOf(r, STATEMENT)).not.toContain('south-korea>united-states reported')
  })
})
