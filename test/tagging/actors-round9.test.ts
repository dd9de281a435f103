import { describe, expect, it } from 'vitest'
import { actors, actorsOf, defaultTagger } from './helpers'

// Issue 14, round nine's actor pass: shapes of business, sports, culture, weather, courts and opinion copy
// that name a country without its state acting, enumerated from how those desks write (not from gold
// errors), each with the state-acting counterpart that must still tag. Sentences written for these tests.

const ko = (title: string, body = '', date = '2024-06-01') =>
  defaultTagger().tag({ title, content: body, lang: 'ko', publishedAt: Date.parse(`${date}T00:00:00Z`) })
const koActors = (title: string, body = '', date?: string) => actorsOf(ko(title, body, date))

describe("an economy's figures are no state act", () => {
  it('"South Korea\'s exports", "Japan\'s consumer prices", "U.S. inflation", "China\'s factory activity"', () => {
    expect(actors('', "South Korea's exports climbed 9 percent in April on strong ship orders.")).toEqual([])
    expect(actors('', "Japan's consumer prices rose 2.6 percent from a year before.")).toEqual([])
    expect(actors('', 'U.S. inflation slowed to 3.1 percent last month.')).toEqual([])
    expect(actors('', "China's factory activity shrank for a third month.")).toEqual([])
    expect(actors('', "Korea's trade surplus narrowed to $3 billion.")).toEqual([])
    expect(actors('', 'U.S. crude inventories rose by 2 million barrels.')).toEqual([])
  })

  it('"exports to China" in an eventless sentence; exports to North Korea banned under sanctions stay', () => {
    expect(actors('', 'Exports to China fell 5 percent, the customs office said.')).toEqual([])
    expect(actors('', 'Foreign visitors to Japan reached 3 million in March.')).toEqual([])
    expect(actors('', 'Exports to North Korea are banned under U.N. sanctions.')).toContain('north-korea')
  })

  it("the state's own bodies and curbs still tag: a ministry, export curbs, a central bank's owner", () => {
    expect(actors('', "Japan's trade ministry said it would review the export rules.")).toEqual(['japan'])
    expect(actors('', "Japan's export curbs on chip materials angered Seoul.")).toEqual([
      'japan',
      'south-korea',
    ])
    expect(actors('', "China's commerce ministry announced controls on gallium.")).toEqual(['china'])
  })

  it("Korean: 수출이, 물가, 성장률, 기술주, over a date (한국의 5월 수출이); 수출 규제 is the state's", () => {
    expect(koActors('', '한국의 4월 수출이 9% 늘었다.')).toEqual([])
    expect(koActors('', '한국 반도체 수출이 두 달째 증가했다.')).toEqual([])
    expect(koActors('', '일본의 소비자물가가 2.6% 올랐다.')).toEqual([])
    expect(koActors('', '미국 기술주가 일제히 올랐다.')).toEqual([])
    expect(koActors('', '일본의 수출 규제에 맞서 정부는 제소를 검토했다.')).toContain('japan')
  })
})

describe('goods, food and works by origin', () => {
  it('"Japanese whisky sales", "Chinese tea", "a Chinese painting", "Japanese manga"', () => {
    expect(actors('', 'Japanese whisky sales jumped in Britain last year.')).toEqual([])
    expect(actors('', 'The shop sells Chinese tea and Korean cosmetics.')).toEqual([])
    expect(actors('', 'A Chinese painting fetched $15 million at auction.')).toEqual([])
    expect(actors('', 'Japanese manga sales set a record in France.')).toEqual([])
    expect(actors('', 'The U.S. box office had a slow weekend.')).toEqual([])
  })

  it('Korean: 일본 위스키, 일본 라멘 가게, 한국 화장품, 중국 그림, 미국 팝스타', () => {
    expect(koActors('', '일본 위스키가 유럽에서 인기를 끌고 있다.')).toEqual([])
    expect(koActors('', '한국 화장품이 파리 매장에 진열됐다.')).toEqual([])
    expect(koActors('', '중국 그림 한 점이 경매에서 팔렸다.')).toEqual([])
    expect(koActors('', '미국 팝스타가 서울 공연을 마쳤다.')).toEqual([])
  })
})

describe('private people a country describes', () => {
  it('"a Chinese student", "a Japanese man", "a Russian woman", "U.S.-based", "a U.S. judge"', () => {
    expect(actors('', 'A Chinese student won the mathematics olympiad in Sydney.')).toEqual([])
    expect(actors('', 'A Japanese man in his 60s was arrested for shoplifting.')).toEqual([])
    expect(actors('', 'A Russian woman was pulled from the rubble after two days.')).toEqual([])
    expect(actors('', 'A U.S.-based startup raised $30 million.')).toEqual([])
    expect(actors('', 'A U.S. judge dismissed the patent lawsuit.')).toEqual([])
  })

  it('people a quantifier counts; not the soldiers a quantifier counts', () => {
    expect(actors('', 'Many Japanese still distrust nuclear power, the survey found.')).toEqual([])
    expect(actors('', 'Korean Americans make up a fifth of the town.')).toEqual([])
    expect(actors('', 'Many North Korean soldiers were killed, the spy agency said.')).toContain(
      'north-korea',
    )
  })

  it('where a life took someone: "emigrated from Russia", "moved to the United States"', () => {
    expect(actors('', 'His parents emigrated from Russia in 1991.')).toEqual([])
    expect(actors('', 'She moved to the United States as a teenager.')).toEqual([])
    expect(actors('', 'Russia moved troops to the border with Ukraine.')).toEqual(['russia', 'ukraine'])
  })

  it('Korean: 중국 선수, 미국 시민권자, 미국 스타트업, 미국 여자골프 투어', () => {
    expect(koActors('', '중국 탁구 선수가 결승에 올랐다.')).toEqual([])
    expect(koActors('', '미국 시민권자인 그는 서울에서 자랐다.')).toEqual([])
    expect(koActors('', '미국 여자골프 투어에서 첫 승을 거뒀다.')).toEqual([])
  })
})

describe('companies and tournaments that open with a country', () => {
  it('China Mobile, China Eastern, Japan Post, Air China; Japan Airlines as before', () => {
    expect(actors('', 'China Mobile said profit rose 5 percent.')).toEqual([])
    expect(actors('', 'China Eastern took delivery of ten jets.')).toEqual([])
    expect(actors('', 'Japan Post will raise postage next year.')).toEqual([])
    expect(actors('', 'Air China added a route to Milan.')).toEqual([])
    expect(actors('', 'China said it would retaliate.')).toEqual(['china'])
  })

  it('the U.S. Open, the Korea Open, the Japan Series; a national team still represents its country', () => {
    expect(actors('', 'She reached the quarterfinals of the U.S. Open.')).toEqual([])
    expect(actors('', 'The Korea Open starts in Seoul next week.')).toEqual([])
    expect(actors('', 'The Tigers won the Japan Series in six games.')).toEqual([])
    expect(actors('', 'South Korea beat Japan 2-1 in the final.')).toEqual(['japan', 'south-korea'])
  })

  it('"Japan\'s Shohei Ohtani" is a player; "Japan\'s Foreign Ministry" the state', () => {
    expect(actors('', "Japan's Shohei Ohtani hit two home runs on Sunday.")).toEqual([])
    expect(actors('', "Japan's Foreign Ministry lodged a protest with China.")).toEqual(['china', 'japan'])
  })
})

describe('weather reaching a country', () => {
  it('"Record heat hit South Korea", "the typhoon approached Japan"; not beside an event', () => {
    expect(actors('', 'Record heat hit South Korea on Monday.')).toEqual([])
    expect(actors('', 'The typhoon weakened as it approached Japan.')).toEqual([])
    expect(actors('', 'Yellow dust from China covered the region.')).toEqual([])
    expect(actors('', 'A typhoon hit Japan as North Korea fired a missile.')).toContain('north-korea')
  })

  it('Korean: 태풍이 일본을 향해, 폭염이 한국을 덮쳤다, 한국에 상륙', () => {
    expect(koActors('', '태풍이 일본을 향해 북상하고 있다.')).toEqual([])
    expect(koActors('', '폭염이 한국을 덮쳤다.')).toEqual([])
    expect(koActors('', '태풍은 주말 한국에 상륙할 전망이다.')).toEqual([])
  })
})

describe('the real actors these shapes sit beside', () => {
  it("China's foreign ministry, Korea's defense minister, Japan's government", () => {
    expect(actors('', "China's foreign ministry said it firmly opposed the move.")).toEqual(['china'])
    expect(actors('', "Korea's defense minister inspected the border units.")).toEqual(['south-korea'])
    expect(actors('', "Japan's government approved a record defense budget.")).toEqual(['japan'])
    expect(koActors('', '중국 외교부는 강하게 반대한다고 밝혔다.')).toEqual(['china'])
    expect(koActors('', '일본 정부는 방위비 증액을 승인했다.')).toEqual(['japan'])
  })
})
