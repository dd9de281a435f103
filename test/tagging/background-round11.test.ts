import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Round eleven, background by date (t21-t36): an event noun whose own phrase carries a date before the
// article's is recalled as context; the date of a verb, or a date of today or to come, stays the news. Each
// block pairs a blocked construction with a real report it must keep. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const events = (r: ReturnType<typeof tag>) => r.events.map((e) => e.slug)
// Articles of 15 November (English, UTC) and 20 November (Korean, KST).
const en = (body: string, title = '') => tag(title, body, '2024-11-15')
const ko = (body: string, title = '') => tagKo(body, title, '2024-11-20')

describe('an event noun dated before the article is background (English)', () => {
  it('a month before the article\'s: "signed during Putin\'s visit to Pyongyang in June" (t30)', () => {
    const r = en(
      "The treaty, signed during Vladimir Putin's visit to Pyongyang in June, obliges each side to help the other.",
    )
    expect(records(r)).toContain('visit vladimir-putin>north-korea background')
    expect(events(r)).not.toContain('visit')
  })

  it("the same visit with this week's date, or as a verb, is the news", () => {
    expect(events(en("Russian lawmakers praised Vladimir Putin's visit to Pyongyang this week."))).toContain(
      'visit',
    )
    expect(events(en('Vladimir Putin visited Pyongyang on Thursday.'))).toContain('visit')
  })

  it('"last week" and "earlier this month" on a noun (t26, t29, t35, t36)', () => {
    const launch = en(
      "Japan and the United States began a joint drill on Friday after North Korea's missile launch last week.",
    )
    expect(records(launch)).toContain('missile-launch north-korea>null background')
    const visit = en('Sergei Lavrov toured the resort during a visit to North Korea earlier this month.')
    expect(events(visit)).not.toContain('visit')
  })

  it('"last week" on a verb stays the news: "China sent back 60 defectors last week"', () => {
    const r = en('China forcibly repatriated about 60 North Korean defectors last week, a rights group said.')
    expect(records(r)).toContain('humanitarian china>north-korea reported')
  })

  it('a day of the article\'s month a week or more back: "won the leadership race on Oct. 4" (t23, t36)', () => {
    const r = tag(
      '',
      'Sanae Takaichi, who won the LDP leadership race on Oct. 4, named her cabinet.',
      '2025-10-21',
    )
    expect(events(r)).not.toContain('election')
    // Yesterday's date is the news.
    const today = tag(
      '',
      'Sanae Takaichi, who won the LDP leadership race on Oct. 20, named her cabinet.',
      '2025-10-21',
    )
    expect(events(today)).toContain('election')
  })

  it("a month after the article's, or a plan, is not read as past", () => {
    expect(records(en('Kim Jong Un will make a visit to Russia in December.'))).toContain(
      'visit kim-jong-un>russia planned',
    )
  })

  it('the noun opening its sentence is its subject, the news about it', () => {
    expect(events(en('The summit in June between Kim and Putin produced a treaty.'))).toContain(
      'meeting-summit',
    )
  })
})

describe('an event noun dated before the article is background (Korean)', () => {
  it('9월 ... 방문 이후 of an article of November (t28)', () => {
    const r = ko('9월 김정은 국무위원장의 러시아 방문 이후 두 달 만에 위성 발사에 성공했다.')
    expect(records(r)).toContain('visit kim-jong-un>russia background')
    expect(events(r)).not.toContain('visit')
  })

  it('the visit as the predicate of today is the news', () => {
    expect(events(ko('김정은 국무위원장이 20일 러시아를 방문했다.'))).toContain('visit')
  })

  it('지난주 in a relative clause on the noun (t22): 정부가 지난주 발표한 독자제재', () => {
    const r = ko(
      "러시아 외무부는 한국 정부가 지난주 발표한 대러 독자제재에 대해 '비우호적 조치'라고 비판했다.",
    )
    expect(records(r)).toContain('sanctions south-korea>russia background')
  })

  it('지난주 on a verb stays the news: 중국이 지난주 탈북민을 강제북송했다', () => {
    expect(records(ko('중국이 지난주 탈북민 60여 명을 강제북송했다고 인권단체들이 밝혔다.'))).toContain(
      'humanitarian china>north-korea reported',
    )
  })

  it('a treaty signed in June that takes effect today is the news (the noun is the subject)', () => {
    expect(
      events(ko('북한과 러시아가 지난 6월 서명한 포괄적 전략동반자 관계 조약이 20일 발효됐다.')),
    ).toContain('alliance-agreement')
  })

  it('오는 12월 is to come, not past', () => {
    expect(events(ko('김정은 위원장은 오는 12월 러시아 방문을 추진하고 있다.'))).toContain('visit')
  })
})
