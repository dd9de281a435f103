import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko } from './helpers'

// Round fifteen's fourth precision pass, learned first from t57-t59 (politics, people, alliances and arms): false
// alarms grouped by construction, each group recurring in three batches or more (docs/tagging.md §4). Each block
// pairs the no-event reading with a real event of the same words. Sentences written for these tests; read with
// the learned veto off, so the rules alone decide.

describe('a defector named for who he is, not for what befalls him (en t1 t19 t36 t58; ko t53 t58)', () => {
  it('a defector chef, a defector lawmaker, scholarships for escapees: no humanitarian case', () => {
    expect(
      events(
        en(
          'A defector baker from Wonsan opened a third bakery in Incheon on Friday.',
          'Defector baker expands',
        ),
      ),
    ).not.toContain('humanitarian')
    expect(
      events(en('A North Korean defector won a seat on a Busan city council in Wednesday’s by-election.')),
    ).not.toContain('humanitarian')
    expect(
      events(
        en('A church choir raised 20 million won for the school fees of North Korean escapees on Sunday.'),
      ),
    ).not.toContain('humanitarian')
  })
  it('nor in Korean: 탈북민 as a cook, a climber, a worker', () => {
    expect(
      events(
        ko(
          '탈북민 요리사 박모(40)씨가 연 함흥냉면집이 개업 한 달 만에 맛집으로 떠올랐다.',
          '탈북민 요리사의 냉면집',
        ),
      ),
    ).not.toContain('humanitarian')
    expect(events(ko('탈북민 20여 명으로 꾸려진 등산 동호회가 지리산 천왕봉에 올랐다.'))).not.toContain(
      'humanitarian',
    )
  })
  it('defectors who arrive, are sent back, are held or are supported are', () => {
    expect(
      events(en('China repatriated about 200 North Korean defectors last week, activists said.')),
    ).toContain('humanitarian')
    expect(events(en('The number of defectors who arrived in South Korea rose to 240 this year.'))).toContain(
      'humanitarian',
    )
    expect(events(ko('올해 국내에 입국한 탈북민은 210명으로 집계됐다고 통일부가 밝혔다.'))).toContain(
      'humanitarian',
    )
    expect(events(ko('통일부는 탈북민 정착 지원 예산을 늘리겠다고 15일 밝혔다.'))).toContain('humanitarian')
    expect(
      events(ko('인권단체들은 중국이 지난주 탈북민 70여 명을 북한으로 돌려보냈다고 주장했다.')),
    ).toContain('humanitarian')
    expect(events(ko('중국 당국이 탈북민 50여 명을 북한으로 강제 송환했다고 인권단체가 밝혔다.'))).toContain(
      'humanitarian',
    )
  })
})

describe('a demand or blame aimed at no one, among home actors only, is home news (en t30 t57; ko t33 t59)', () => {
  it('a president blaming the opposition, a state blaming an engine: no diplomatic statement', () => {
    expect(
      events(
        en(
          'President Donald Trump blamed Democrats for the budget impasse and the closure of national parks.',
        ),
      ),
    ).not.toContain('diplomatic-statement')
    expect(
      events(
        en(
          'North Korea said its new rocket exploded after take-off, blaming an unstable second-stage engine.',
        ),
      ),
    ).not.toContain('diplomatic-statement')
  })
  it('a ministry demanding a budget or of its own firms in Korean: none', () => {
    expect(events(ko('일본 방위성은 30일 내년도 예산으로 9조엔을 요구했다.'))).not.toContain(
      'diplomatic-statement',
    )
    expect(events(ko('일본 경제산업성이 자국 반도체 업체에 생산 계획 재검토를 요구했다.'))).not.toContain(
      'diplomatic-statement',
    )
  })
  it('a demand or blame aimed at another state still is', () => {
    expect(
      events(en('President Donald Trump blamed China for the flood of fentanyl into the United States.')),
    ).toContain('diplomatic-statement')
    expect(events(ko('일본 정부는 북한에 납치 피해자의 즉각 송환을 요구했다.'))).toContain(
      'diplomatic-statement',
    )
  })
})
