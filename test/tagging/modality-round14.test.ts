import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Round fourteen, modality (errors that change an article's events, t37-t48 first): a time clause of "came after" /
// "N days after", what has been done "so far", a date not set, a commitment's "would" and a Korean ~한 바 있다.
// Each block pairs the construction with a sentence it must leave alone. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const events = (r: ReturnType<typeof tag>) => r.events.map((e) => e.slug)
const en = (body: string, date = '2024-11-15') => tag('', body, date)
const ko = (body: string, date = '2025-06-01') => tagKo(body, '', date)

describe('a time clause of "came after" or "N days after" recalls its act', () => {
  it('"came three days after", "came after": the earlier act is background', () => {
    const r = en(
      'The statement came three days after North Korea fired a ballistic missile into the East Sea.',
    )
    expect(records(r)).toContain('missile-launch north-korea>null background')
    expect(events(r)).not.toContain('missile-launch')
    const s = en('The protest came after Japan imposed sanctions on North Korea last month.')
    expect(records(s)).toContain('sanctions japan>north-korea background')
  })

  it('an apposition between commas stays in the clause', () => {
    const r = en(
      "The visit came two days after Russia's defence minister, Andrei Belousov, praised the North Korean troops.",
    )
    expect(records(r)).toContain('diplomatic-statement andrei-belousov>north-korea background')
    expect(events(r)).not.toContain('diplomatic-statement')
  })

  it('a report in the clause, "hours after" and a clause a comma closes stay the news', () => {
    const r = en('The visit came after the group reported that North Korea had sent shells to Russia.')
    expect(records(r)).toContain('arms-trade north-korea>russia reported')
    const s = en(
      'North Korea fired a missile on Monday, hours after South Korea and the United States held talks.',
    )
    expect(events(s)).toContain('meeting-summit')
    expect(events(en('Days after the vote, Japan imposed sanctions on North Korea.'))).toContain('sanctions')
  })
})

describe('what has been done "so far" or "until now" is the context', () => {
  it('a perfect with "so far" or "until now" is background', () => {
    const r = en('Seoul has so far provided Ukraine with humanitarian aid.')
    expect(records(r)).toContain('aid south-korea>ukraine background')
    expect(events(r)).not.toContain('aid')
    expect(events(en('Until now Tokyo has sent Kyiv only humanitarian aid.'))).not.toContain('humanitarian')
  })

  it('a refusal so far stays denied, a perfect alone stays reported', () => {
    expect(records(en('Seoul has so far refused to send weapons to Ukraine.'))).toContain(
      'arms-trade south-korea>ukraine denied',
    )
    expect(events(en('Tokyo has provided humanitarian aid to Ukraine.'))).toContain('aid')
  })
})

describe('an act whose date is not set is only possible', () => {
  it('English: "no date has been set for a visit" is neither denied nor planned', () => {
    const r = en('The Kremlin said no date has been set for a Putin visit to Pyongyang.')
    expect(records(r)).toContain('visit vladimir-putin>north-korea speculative')
    expect(events(r)).not.toContain('visit')
  })

  it('English: an agreement or preparations under way keep it planned', () => {
    const r = en('Putin and Kim have agreed to hold another summit, though no date has been set.')
    expect(records(r).some((x) => x.startsWith('meeting-summit') && x.endsWith('planned'))).toBe(true)
    const s = en("Russian officials said preparations for Kim Jong Un's visit to Russia were under way.")
    expect(records(s)).toContain('visit kim-jong-un>russia planned')
  })

  it('Korean: 일정은 확정되지 않았다, 일정 미정, 날짜 확정 보도 사실 아냐, a question answered 정해진 일정은 없다', () => {
    const r = ko('외교부 관계자는 "한일 정상회담 일정은 아직 확정되지 않았다"고 말했다.')
    expect(records(r)).toContain('meeting-summit south-korea>japan speculative')
    expect(events(r)).not.toContain('meeting-summit')
    expect(records(ko('한미 정상회담 일정 미정'))).toContain(
      'meeting-summit south-korea>united-states speculative',
    )
    expect(records(ko('대통령실 "푸틴 방한 날짜 확정 보도, 사실 아냐"'))).toContain(
      'visit vladimir-putin>south-korea speculative',
    )
    const q = ko('대변인은 한미 외교장관 회담이 열리느냐는 질문에 "아직 정해진 일정은 없다"고 답했다.')
    expect(events(q)).not.toContain('meeting-summit')
  })

  it('Korean: a plan of its own (추진) stays planned, and a date to come is planned', () => {
    const r = ko('정부는 한미 정상회담을 추진하고 있지만 일정은 정해지지 않았다.')
    expect(records(r)).toContain('meeting-summit south-korea>united-states planned')
    expect(records(ko('한일 정상회담이 다음 달 열린다.'))).toContain(
      'meeting-summit south-korea>japan planned',
    )
  })
})

describe('"would" after a commitment is its future, planned', () => {
  it('"agreed that ... would visit", "pledged that ... would provide"', () => {
    expect(records(en('Lee and Ishiba agreed that Ishiba would visit South Korea next year.'))).toContain(
      'visit shigeru-ishiba>south-korea planned',
    )
    expect(records(en('Ishiba pledged that Japan would provide aid to Ukraine.'))).toContain(
      'aid japan>ukraine planned',
    )
  })

  it('a bare "would" in the writer\'s voice stays a guess', () => {
    expect(records(en('Japan would provide aid to Ukraine.'))).toContain('aid japan>ukraine speculative')
  })
})

describe('Korean ~한 바 있다 recalls what was done', () => {
  it('비난한 바 있다, 전략대화를 가진 바 있다: background', () => {
    const r = ko('북한은 한미 연합훈련을 비난한 바 있다.')
    expect(records(r)).toContain('diplomatic-statement north-korea>south-korea background')
    expect(events(r)).toEqual([])
    expect(records(ko('러시아는 북한과 전략대화를 가진 바 있다.'))).toContain(
      'meeting-summit russia>north-korea background',
    )
  })

  it('바 없다 stays a denial, and the plain past stays reported', () => {
    const r = ko('정부는 우크라이나에 살상무기를 지원하는 방안을 검토한 바 없다고 밝혔다.')
    expect(records(r)).toContain('arms-trade south-korea>ukraine denied')
    expect(events(ko('북한은 한미 연합훈련을 비난했다.'))).toContain('diplomatic-statement')
  })
})
