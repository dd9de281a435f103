import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Round fifteen, modality (errors that change an article's events, t37-t53 first): a Korean plan of the trigger's own
// predicate outlasts the sentence's recall cues, a Korean 지난 N일 of four days or more recalls its act, and an English
// "go ahead with their drills" names a drill already set. Each block pairs the construction with a sentence it must
// leave alone. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const events = (r: ReturnType<typeof tag>) => r.events.map((e) => e.slug)
const en = (body: string, date = '2026-02-15') => tag('', body, date)
const ko = (body: string, date = '2025-06-01') => tagKo(body, '', date)

describe('a Korean plan of the trigger’s own predicate outlasts a recall of its sentence', () => {
  it('앞서 opening the sentence, a recalled date on another word: the plan stays planned', () => {
    const r = ko(
      '앞서 대통령실은 북러 조약 체결에 대응해 우크라이나에 대한 무기 지원 문제를 재검토하겠다고 밝혔다.',
    )
    expect(records(r)).toContain('arms-trade south-korea>ukraine planned')
    expect(events(r)).toContain('arms-trade')
    const s = ko(
      '지난달 취임한 나카타니 겐 일본 방위상이 이달 말 서울을 방문해 김용현 국방부 장관과 회담할 예정이다.',
    )
    expect(records(s)).toContain('visit gen-nakatani>south-korea planned')
    expect(events(s)).toContain('visit')
  })

  it('a recalled act with no plan, and a plan dated long ago, stay background', () => {
    expect(records(ko('앞서 국방부는 북한이 러시아에 무기를 지원했다고 밝혔다.'))).toContain(
      'arms-trade north-korea>russia background',
    )
    expect(records(ko('지난달 취임한 나카타니 겐 일본 방위상이 서울을 방문했다.'))).toContain(
      'visit gen-nakatani>south-korea background',
    )
    expect(events(ko('당시 김정은 위원장은 서울을 방문하겠다고 약속했다.'))).not.toContain('visit')
    expect(events(ko('북한은 지난해 정찰위성을 3기 발사하겠다고 밝혔다.'))).not.toContain('missile-launch')
  })
})

describe('a Korean 지난 N일 four days or more back recalls its act', () => {
  it('지난 2~4일 of the 10th, 지난 6일 on a launch noun of the 10th: background', () => {
    const r = ko(
      '김정은 위원장은 지난 2~4일 베이징을 방문해 시진핑 국가주석과 정상회담을 했다.',
      '2025-09-10',
    )
    expect(records(r)).toContain('visit kim-jong-un>china background')
    expect(events(r)).not.toContain('visit')
    expect(events(r)).not.toContain('meeting-summit')
    const s = ko(
      '한미일 외교장관은 공동성명을 내고 지난 6일 북한의 탄도미사일 발사를 강력히 규탄했다.',
      '2025-09-10',
    )
    expect(records(s)).toContain('missile-launch north-korea>null background')
    // The statement that condemns it (the launch noun's object between the date and 규탄) is today's.
    expect(records(s)).toContain('diplomatic-statement south-korea>north-korea reported')
  })

  it('a range ending two days back, or a day of last month three days back, is still the news', () => {
    const r = ko(
      '김정은 위원장은 지난 2~4일 베이징을 방문해 시진핑 국가주석과 정상회담을 했다.',
      '2025-09-06',
    )
    expect(events(r)).toContain('visit')
    expect(events(ko('김정은 위원장은 지난 30일 베이징을 방문했다.', '2025-09-02'))).toContain('visit')
    expect(events(ko('김정은 위원장은 지난 28일 베이징을 방문했다.', '2025-09-03'))).not.toContain('visit')
  })
})

describe('an English drill its owners "go ahead with" is set', () => {
  it('"if Seoul and Washington go ahead with their joint exercise": planned under the warning', () => {
    const r = en(
      "Kim Yo Jong warned that Seoul would face a 'shocking' response if South Korea and the United States go ahead with their large-scale joint exercise next month.",
    )
    expect(records(r)).toContain('military-exercise south-korea>united-states planned')
    expect(events(r)).toContain('military-exercise')
  })

  it('"goes ahead with a nuclear test" stays a supposition', () => {
    const r = en('If North Korea goes ahead with a nuclear test, the United States will push for sanctions.')
    expect(events(r)).not.toContain('nuclear-weapons')
  })
})
