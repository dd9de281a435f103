import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesEn as en, eventSlugs as events, rulesKo as ko } from './helpers'

// Round sixteen's alliance-agreement pass, learned from the tuning gold. Sentences written for these tests; read with
// the learned veto off (article date 2025-06-01), so the rules alone decide.

const modalities = (r: TagResult, event: string) =>
  r.records.filter((x) => x.event === event).map((x) => x.modality)

describe('an instrument named by its signing, as what another predicate is about (ko t9 t25 t52 t60)', () => {
  it('체결한 조약에 항의했다, 체결된 협정에 따라 논의했다, 맺은 합의를 지키지 않는다: background', () => {
    const protest = ko(
      '외교부는 3일 주한 중국대사를 불러 중국과 러시아가 체결한 \u2018전략적 협력 조약\u2019에 대해 유감을 표명했다.',
    )
    expect(events(protest)).not.toContain('alliance-agreement')
    expect(modalities(protest, 'alliance-agreement')).toContain('background')
    const under = ko('양국 외교장관은 지난해 체결된 어업 협정에 따라 공동 단속을 늘리는 방안을 논의했다.')
    expect(events(under)).not.toContain('alliance-agreement')
    const kept = ko('일본 총리는 "한국이 우리와 맺은 위안부 합의를 지키지 않고 있다"고 비판했다.')
    expect(events(kept)).not.toContain('alliance-agreement')
  })
  it('the instrument as subject, ratified, or signed the day before is the news', () => {
    expect(events(ko('중국과 러시아가 체결한 전략적 협력 조약이 3일 발효됐다.'))).toContain(
      'alliance-agreement',
    )
    expect(
      events(ko('러시아 하원은 중국과 체결한 \u2018전략적 협력 조약\u2019 비준안을 3일 통과시켰다.')),
    ).toContain('alliance-agreement')
    expect(
      events(ko('외교부는 3일 중국과 러시아가 전날 체결한 전략적 협력 조약에 대해 유감을 표명했다.')),
    ).toContain('alliance-agreement')
  })
})

describe('a signed cooperation plan or memorandum is an instrument (en t9; ko t38 t39)', () => {
  it('signed a cooperation plan, 협력 계획서에 서명, 협력각서에 서명: agreement', () => {
    expect(
      events(
        en(
          'The defence ministers of China and Russia signed a cooperation plan for 2026 in Beijing on Monday.',
        ),
      ),
    ).toContain('alliance-agreement')
    expect(
      events(ko('중국과 러시아 국방장관은 3일 베이징에서 회담하고 내년도 군사 협력 계획서에 서명했다.')),
    ).toContain('alliance-agreement')
    expect(events(ko('한국과 호주 국방장관은 3일 캔버라에서 회담하고 방산 협력각서에 서명했다.'))).toContain(
      'alliance-agreement',
    )
  })
  it('a plan alone, or a book signing tour, is no instrument', () => {
    expect(
      events(en('Former Japanese prime minister Shigeru Ishiba plans a signing tour for his new memoir.')),
    ).not.toContain('alliance-agreement')
  })
})
