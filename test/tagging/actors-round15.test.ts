import { describe, expect, it } from 'vitest'
import { actors, actorsOf, defaultTagger } from './helpers'

// Round fifteen's actor pass (false actors on t49-t56 first, each group seen in three batches or more): a
// place in a country named over several words (중국 저장성 원저우에서), a company's initials after a
// possessive country ("China's BYD"), and actors that only the roles of vetoed records tagged. Each blocked
// shape is paired with a real actor it must keep. Sentences written for these tests.

const ko = (title: string, body = '') =>
  defaultTagger().tag({ title, content: body, lang: 'ko', publishedAt: Date.parse('2025-06-01T00:00:00Z') })
const koActors = (title: string, body = '') => actorsOf(ko(title, body))

describe('a place in a country named over several words (Korean)', () => {
  it('중국 저장성 원저우에서, 중국 항저우 사오싱 ... 센터에서: a venue in a sentence reporting no event', () => {
    expect(koActors('', '선수단은 8일 중국 저장성 원저우에서 열린 대회 준결승에 나섰다.')).toEqual([])
    expect(koActors('', '결승은 중국 항저우 사오싱 야구·소프트볼 스포츠센터에서 열린다.')).toEqual([])
  })

  it('a run with a body or another actor on the way, or an event sentence, keeps the country', () => {
    expect(koActors('', '중국 외교부 청사에서 브리핑이 열렸다.')).toEqual(['china'])
    expect(
      koActors('', '미국 법무부는 한국 가상자산거래소 업비트에서 자산을 탈취한 북한 해커들을 기소했다.'),
    ).toContain('south-korea')
  })

  it('중국 선양과 러시아 블라디보스토크에 주재하며: where people are posted, and the first of two such places', () => {
    expect(koActors('', '그는 러시아 블라디보스토크에 주재하며 무역 업무를 맡아 왔다.')).toEqual([])
    expect(koActors('', '이들은 중국 선양과 러시아 블라디보스토크에 주재하며 자금을 세탁했다.')).toEqual([])
    expect(koActors('', '중국은 북한에 대사를 주재시키고 있다.')).toContain('china')
  })
})

describe("a company's initials after a possessive country, in a sentence reporting no event", () => {
  it('"China\'s BYD", "Taiwan\'s TSMC", "South Korea\'s SK Hynix", "China\'s CSI 300"', () => {
    expect(actors('', "Dealers said China's BYD cut the price of its compact SUV again.")).toEqual([])
    expect(actors('', "Analysts ranked Taiwan's TSMC and South Korea's SK Hynix first and second.")).toEqual(
      [],
    )
    expect(actors('', "Japan's Nikkei slipped while China's CSI 300 barely moved.")).toEqual([])
  })

  it("a state's initials that name it, a state body and one name that speaks still tag", () => {
    expect(actors('', "North Korea's KCNA published the photographs on Friday.")).toContain('north-korea')
    expect(actors('', "Japan's Defense Ministry published the photographs on Friday.")).toEqual(['japan'])
    expect(actors('', "Russia's Zakharova said the photographs were fake.")).toContain('russia')
  })
})

describe('actors only the roles of vetoed records tagged', () => {
  it('a tour "launched in Tokyo", a supply deal with "US big tech": no record left, no actor', () => {
    expect(
      actors(
        "Interview: girl group on topping the chart 'summit' and their Tokyo tour launch",
        '"We launched the tour in Tokyo because our Japanese fans found us first," the leader said in an ' +
          'interview, adding that the group would visit ten cities in Europe before returning home in December.',
      ),
    ).toEqual([])
    expect(
      koActors(
        "반도체 업체 3분기 영업익 '역대 최대'…메모리 수출 호조",
        '회사는 29일 실적 발표에서 영업이익이 크게 늘었다고 밝혔다. 회사 측은 "내년 물량은 이미 완판됐다"며 ' +
          '미국 빅테크 고객사와의 공급 협상도 마무리 단계라고 설명했다.',
      ),
    ).toEqual([])
  })

  it("a kept record's role still tags a country named only as a place (a visit's host)", () => {
    expect(actors('', 'Putin arrived in Pyongyang on Wednesday for a two-day state visit.')).toContain(
      'north-korea',
    )
  })
})
