import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Round eleven, meetings and visits (t21-t36): a meeting or a visit needs states' representatives as its
// parties and a place where the talks are held. Each block pairs a blocked construction with a real event
// it must keep. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (body: string) => records(tag('', body))
const ko = (body: string) => records(tagKo(body))

describe('an implied visit needs the place where the talks are held', () => {
  it('a capital a summit is proposed to is its addressee, not a venue (t26, t36)', () => {
    const r = en(
      'Prime Minister Fumio Kishida told reporters on Friday that he had proposed a summit to Pyongyang.',
    )
    expect(r.some((x) => x.startsWith('visit'))).toBe(false)
    expect(r).toContain('meeting-summit fumio-kishida>null planned')
  })

  it('talks in a capital, or a flight to it, stay the official visit', () => {
    expect(en('Prime Minister Fumio Kishida met Kim Jong Un in Pyongyang on Friday.')).toContain(
      'visit fumio-kishida>north-korea reported',
    )
    expect(
      en('Prime Minister Fumio Kishida flew to Pyongyang on Friday for a summit with Kim Jong Un.'),
    ).toContain('visit fumio-kishida>north-korea reported')
  })

  it('two capitals fused into one word name the two sides, not a place (t31)', () => {
    const r = ko('기시다 총리는 서울·평양 연락사무소 설치를 북측과 협의하겠다고 말했다.')
    expect(r.some((x) => x.startsWith('visit'))).toBe(false)
    expect(ko('기시다 총리는 평양에서 김정은 위원장과 회담했다.')).toContain(
      'visit fumio-kishida>north-korea reported',
    )
  })
})

describe('countries listed after "from" describe people, they meet for no state', () => {
  it('a list opened by "from" after a private noun is no party, whatever names it holds (t33)', () => {
    expect(
      en('Archaeologists from Korea, Japan and China met in Nara to compare excavation records.'),
    ).toEqual([])
    expect(en('Deans of 12 law schools from South Korea, China and Japan met in Incheon on Friday.')).toEqual(
      [],
    )
  })

  it("a state's officials from the same list still meet", () => {
    expect(en('Officials from South Korea, Japan and China met in Beijing on Monday.')).toContain(
      'meeting-summit south-korea>japan reported',
    )
  })
})

describe("a meeting of one state's or one firm's own body is no talks between states (t23, t33)", () => {
  it('각료회의, 최고인민회의 and a later 회의 of it, 경영회의, 재계회의', () => {
    expect(ko('바이든 대통령은 백악관 각료회의에서 인플레이션이 잡혔다고 말했다.')).toEqual([])
    expect(ko('북한은 최고인민회의 제3차 회의를 이달 말 평양에서 연다고 밝혔다.')).toEqual([])
    expect(ko('기아는 미국 정부의 관세 인상에 대응해 비상경영회의를 소집했다.')).toEqual([])
    expect(ko('일본 경제단체연합회와 대한상공회의소는 부산에서 한일 재계회의를 개최했다.')).toEqual([])
  })

  it("a ministers' meeting of two states is kept", () => {
    expect(ko('한일 외교장관회의가 도쿄에서 열렸다.')).toContain('meeting-summit south-korea>japan reported')
  })
})

describe('통화 of a phone or a service is telephony, not a call between leaders (t33)', () => {
  it('음성 통화, 통화 기능, 영상통화 서비스', () => {
    expect(ko('일본 이동통신사 라쿠텐에서 음성 통화와 문자 전송이 한때 끊겼다.')).toEqual([])
    expect(ko('미국 구글은 안드로이드 휴대전화의 위성 통화 기능을 한국에 도입했다.')).toEqual([])
    expect(ko('카카오는 일본 시장에 번역 자막을 단 영상통화 서비스를 내놓았다.')).toEqual([])
  })

  it('a call between two leaders is kept', () => {
    expect(ko('윤석열 대통령은 기시다 총리와 전화 통화를 했다.')).toContain(
      'meeting-summit yoon-suk-yeol>fumio-kishida reported',
    )
  })
})

describe('a meeting with people at home or lawmakers is no talks between states (t31, t33, t34)', () => {
  it('fishing cooperatives, escapees, members of Congress as the only partner', () => {
    const has = (r: string[]) => r.some((x) => x.startsWith('meeting-summit'))
    expect(
      has(en("Japan's fisheries agency held a meeting with fishing cooperatives in Aomori on Tuesday.")),
    ).toBe(false)
    expect(has(en('The UN special rapporteur meets escapees in Seoul.'))).toBe(false)
    expect(
      has(en('Taiwan said its president would meet members of Congress during a stopover in Houston.')),
    ).toBe(false)
  })

  it('a counterpart, or a leader named beside the families, is still met', () => {
    const counterpart = en(
      "Japan's foreign minister held a meeting with his South Korean counterpart in Tokyo on Tuesday.",
    )
    expect(counterpart.some((x) => /^meeting-summit \S+>south-korea reported$/.test(x))).toBe(true)
    expect(
      en('Prime Minister Fumio Kishida met Yoon Suk Yeol and families of abductees on Tuesday.'),
    ).toContain('meeting-summit fumio-kishida>yoon-suk-yeol reported')
  })
})
