import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { eventSlugs as events, rulesOnly, tag, tagKo } from './helpers'

// Other senses of trigger words, from false alarms and wrong-sense events on t21-t42, taken only where the
// cause recurs in three tuning batches or more (docs/tagging.md §4, "Round thirteen, other senses"). Each block pairs the
// no-event sense with a real event of the same words. Sentences written for these tests. The blocked senses
// are read with the learned veto off: the rules alone must reject them (the veto is retrained on their output).

const records = (r: TagResult) => r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (title: string, body = '') => events(rulesOnly('en', title, body))
const ko = (body: string, title = '') => events(rulesOnly('ko', title, body))

describe("a sports story's headline and lead set the sense of its body (t31, t33, t35, t38, t41)", () => {
  it('an attack, a strikeout or a golfer\'s "attack mode" after a baseball or golf lead: none', () => {
    expect(
      en(
        'Japan edges Korea in WBC clash',
        'Fans packed bars to watch Japan beat South Korea 4-3 in a World Baseball Classic game. ' +
          "Korea's attack stalled after the fifth inning, and Japan's closer struck out the side.",
      ),
    ).toEqual([])
    expect(
      en(
        'Ko switches to attack mode to win Japan Classic',
        'Ko Jin-young fired a 65 in the final round to win the Japan Classic by three strokes, with four birdies ' +
          'on the back nine. Prime Minister Shigeru Ishiba congratulated her.',
      ),
    ).not.toContain('attack-clash')
  })

  it("a national team's set-piece drills, a baseball club's spring camp: no military exercise", () => {
    expect(
      en(
        "Klinsmann's side trains in Cardiff",
        "South Korea's national football team trained in Cardiff on Thursday. South Korea then ran drills on free " +
          'kicks before the friendly.',
      ),
    ).toEqual([])
    expect(ko('프로야구 두산 베어스가 일본 미야자키에서 스프링캠프 훈련에 들어갔다.')).toEqual([])
  })

  it('a real attack, joint drills and a summit at a ballgame still tag', () => {
    expect(
      records(tag('', 'Russia attacked Ukraine with more than 100 drones overnight, Kyiv said.')),
    ).toContain('attack-clash russia>ukraine reported')
    expect(
      records(tag('', 'South Korea and the United States held joint drills near the border on Monday.')),
    ).toContain('military-exercise south-korea>united-states reported')
    expect(records(tagKo('한미 양국 군은 다음 주 연합 훈련을 실시한다고 밝혔다.'))).toContain(
      'military-exercise south-korea>united-states planned',
    )
    expect(
      records(
        tag(
          'Baseball diplomacy: Yoon and Kishida meet before Tokyo Dome game',
          'President Yoon Suk Yeol and Prime Minister Fumio Kishida held a summit in Tokyo on Thursday before ' +
            'watching the World Baseball Classic game between their teams. Fans filled the stands that evening.',
        ),
      ),
    ).toContain('meeting-summit yoon-suk-yeol>fumio-kishida reported')
  })
})

describe('an honorary, promotional or academic title is no office (t25, t32, t38)', () => {
  it('a goodwill ambassador, a visiting professor: no leadership change', () => {
    expect(
      en(
        '',
        "Japan's Foreign Ministry appointed a cartoon mascot as goodwill ambassador for the Osaka Expo.",
      ),
    ).toEqual([])
    expect(
      en(
        'Ex-minister to teach at SNU',
        'Former Foreign Minister Park Jin has been appointed a visiting professor at Seoul National University.',
      ),
    ).toEqual([])
  })

  it('a minister, or a professor named to head an agency, still takes office', () => {
    expect(
      records(
        tag('', 'Prime Minister Shigeru Ishiba appointed Takeshi Iwaya as foreign minister on Tuesday.'),
      ),
    ).toContain('leadership-change takeshi-iwaya>null reported')
    expect(
      events(
        tag(
          '',
          'President Yoon Suk Yeol appointed an aerospace engineering professor at Seoul National University as ' +
            'the first head of the new space agency.',
        ),
      ),
    ).toContain('leadership-change')
  })
})

describe('a public alert is no threat (t24, t32, t35)', () => {
  it("a J-Alert, a weather agency's special warning, 'with little warning': none", () => {
    expect(en('', 'Japan briefly issued a J-Alert missile warning for Okinawa before lifting it.')).toEqual(
      [],
    )
    expect(
      en(
        '',
        'The Japan Meteorological Agency issued a rare special warning for Kagoshima prefecture, where gusts could ' +
          'reach 200 km per hour.',
      ),
    ).toEqual([])
    expect(
      en('', 'Officials said the North could conduct a nuclear test with little warning.'),
    ).not.toContain('threat-warning')
  })

  it("a state's warning still tags, also one to strike 'without warning'", () => {
    expect(
      records(tag('', 'North Korea warned South Korea that it would face grave consequences.')),
    ).toContain('threat-warning north-korea>south-korea reported')
    expect(events(tag('', 'North Korea warned that it would strike without warning if provoked.'))).toContain(
      'threat-warning',
    )
  })
})

describe("a mountain's summit, a business summit, a union's talks are no meeting (t22, t24, t26, t29, t30, t34)", () => {
  it('a summit with a mountain, a trail or a height: none', () => {
    expect(
      en(
        '',
        'Kim Jong Un rode up the snowy slopes of Mount Paektu, and state media showed the leader at the summit ' +
          'with senior officials.',
      ),
    ).toEqual([])
    expect(
      en(
        'Students reach summit of Hallasan',
        'About 90 foreign students from countries including China and Mongolia reached the 1,947-metre summit of ' +
          'Hallasan at sunrise on Saturday.',
      ),
    ).toEqual([])
  })

  it("a chief executive's AI summit, a union's wage agreement: none", () => {
    expect(
      en(
        '',
        'Nvidia chief executive Jensen Huang told an AI summit in Seoul on Friday that demand for chips was ' +
          "outrunning supply, while South Korea's science minister promised subsidies.",
      ),
    ).toEqual([])
    expect(
      en(
        '',
        "Members of the union at Hanwha Ocean's shipyard voted in favour of a tentative wage agreement on " +
          'Thursday, closing five months of talks.',
      ),
    ).toEqual([])
  })

  it("ministers' talks still tag", () => {
    expect(
      records(
        tag(
          '',
          'South Korean Foreign Minister Cho Tae-yul held talks with Japanese Foreign Minister Takeshi Iwaya in Tokyo.',
        ),
      ),
    ).toContain('meeting-summit cho-tae-yul>takeshi-iwaya reported')
  })
})

describe('Korean: elections to a council or a party organ, ships held, regulators, a deal negotiated', () => {
  it('이사국 선거, 정치국 위원으로 선거 (t24, t31, t36, t42): no election; a presidential election still is', () => {
    expect(ko('한국이 국제해사기구 총회 이사국 선거에서 이사국으로 당선됐다.')).toEqual([])
    expect(ko('최선희 외무상이 노동당 정치국 위원으로 선거됐다.')).toEqual([])
    // The winner is a taxonomy person, so the election's source is Trump (LABELLING.md; recall2-round13.test.ts).
    expect(records(tagKo('미국 대통령 선거에서 트럼프가 당선됐다.'))).toContain(
      'election donald-trump>null reported',
    )
  })

  it('a cargo ship or tanker held (t27, t28, t31, t35): no humanitarian event; detained people still are', () => {
    expect(
      ko(
        '해양경찰청은 북한산 석탄을 옮겨 실은 것으로 의심되는 화물선을 포항항에 억류하고 선원들을 조사하고 있다고 밝혔다.',
      ),
    ).toEqual([])
    expect(
      ko(
        '정부는 공해상에서 북한 선박에 정유제품을 옮겨 실은 혐의를 받는 유조선을 여수항에 억류하고 조사 중이라고 밝혔다.',
      ),
    ).toEqual([])
    expect(records(tagKo('통일부는 북한에 억류된 국민 6명의 송환을 촉구했다.'))).toContain(
      'humanitarian north-korea>south-korea reported',
    )
  })

  it("a regulator's fine (t22, t23, t25, t40) is no sanction, in its sentence or later in its story", () => {
    expect(ko('금융당국은 개인정보를 유출한 카드사에 과징금을 부과하는 제재를 의결했다.')).toEqual([])
    expect(
      ko(
        '개인정보위는 이용자 정보를 제대로 알리지 않고 넘긴 해외 쇼핑몰에 과징금을 부과하는 제재를 의결했다. ' +
          '중국 플랫폼에 대한 첫 제재 사례다.',
        '개인정보위, 中 쇼핑몰에 과징금 제재',
      ),
    ).toEqual([])
    expect(records(tagKo('미국은 북한 해커 조직에 대한 독자 제재를 발표했다.'))).toContain(
      'sanctions united-states>north-korea reported',
    )
  })

  it('협상 of a purchase or a deal (t21, t34, t35) is no meeting; talks between states still are', () => {
    expect(
      ko(
        '페스코프 크렘린궁 대변인은 러시아가 북한으로부터 포탄을 사들이려고 협상하고 있다는 보도에 대해 ' +
          "'근거 없는 주장'이라며 부인했다.",
      ),
    ).not.toContain('meeting-summit')
    expect(records(tagKo('한미 양국은 방위비 분담금 협상을 이어가기로 했다.'))).toContain(
      'meeting-summit south-korea>united-states planned',
    )
  })
})
