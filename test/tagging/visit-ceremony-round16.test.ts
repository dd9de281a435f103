import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Visit pass on int-16: a leader at a state's ceremony (a parade, an inauguration) held in that state's capital,
// told with no word of visiting (batches en, ko, t30, t39, t64). Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)

describe('a ceremony attended abroad is a visit of its host', () => {
  it('English: "stood alongside ... at a military parade in Beijing", "watched a parade in Pyongyang"', () => {
    expect(
      records(
        tag('', 'Kim Jong Un stood alongside Xi Jinping at a military parade in Beijing on Wednesday.'),
      ),
    ).toContain('visit kim-jong-un>china reported')
    expect(
      records(tag('', 'Li Qiang watched a military parade in Pyongyang on Friday alongside Kim Jong Un.')),
    ).toContain('visit li-qiang>north-korea reported')
  })

  it('English, left alone: a parade at home, a place of speculation before the verb', () => {
    expect(
      records(tag('', 'Kim Jong Un watched a military parade in Pyongyang on Friday.')).some((r) =>
        r.startsWith('visit'),
      ),
    ).toBe(false)
    expect(
      records(
        tag(
          '',
          'Speculation had grown in Seoul that Vladimir Putin might attend the celebrations in person.',
        ),
      ),
    ).not.toContain('visit vladimir-putin>south-korea speculative')
  })

  it('Korean: 베이징에서 열리는 열병식에 참석한다고 (planned, each coordinated leader), 참석하지 않는다고 (denied)', () => {
    const planned = records(
      tagKo(
        '중국 외교부는 28일 김정은 국무위원장과 블라디미르 푸틴 러시아 대통령이 다음 달 3일 베이징에서 열리는 열병식에 참석한다고 발표했다.',
      ),
    )
    expect(planned).toContain('visit kim-jong-un>china planned')
    expect(planned).toContain('visit vladimir-putin>china planned')
    expect(
      records(
        tagKo(
          '페스코프 대변인은 김정은 국무위원장이 모스크바에서 열리는 전승절 열병식에 참석하지 않는다고 밝혔다.',
        ),
      ),
    ).toContain('visit kim-jong-un>russia denied')
  })

  it('Korean, left alone: a ceremony at home, a host named after the verb', () => {
    const home = records(tagKo('김정은 국무위원장이 평양에서 열린 열병식에 참석했다.'))
    expect(home.some((r) => r.startsWith('visit'))).toBe(false)
    const after = records(
      tagKo('김정은 국무위원장이 베이징에서 열린 열병식에 참석해 시진핑 국가주석과 함께 망루에 올랐다.'),
    )
    expect(after).toContain('visit kim-jong-un>china reported')
    expect(after.some((r) => r.startsWith('visit xi-jinping'))).toBe(false)
  })
})
