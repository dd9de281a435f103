import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe("an official speaking, or said to be, in another state's capital is visiting it", () => {
  it('"said in Beijing on Monday that ...": the speaker is in China', () => {
    const r = rulesEn(
      'Japanese Foreign Minister Takeshi Iwaya said in Beijing on Monday that Japan would strengthen security cooperation with China.',
    )
    expect(recordsOf(r, 'visit')).toContain('takeshi-iwaya>china reported')
  })

  it('"speaking to reporters in Tokyo": the verb before its audience', () => {
    const r = rulesEn(
      'Wang Yi, speaking to reporters in Tokyo, said China would deepen military cooperation with Japan.',
    )
    expect(recordsOf(r, 'visit')).toContain('wang-yi>japan reported')
  })

  it("not a speaker at home, a speech to come, nor one on a gathering's sidelines", () => {
    expect(
      recordsOf(
        rulesEn(
          'Chinese Premier Li Qiang said in Beijing that China would deepen military cooperation with Russia.',
        ),
        'visit',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn(
          'Iwaya is expected to say in Beijing that Japan would strengthen security cooperation with China.',
        ),
        'visit',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn(
          'Wang Yi said in Tokyo on the sidelines of a trilateral meeting that China would deepen military cooperation with Russia.',
        ),
        'visit',
      ),
    ).toEqual([])
  })
})

describe('a leader at a ceremony abroad travelled there', () => {
  it('"held talks in Moscow, a day after standing alongside Putin and Kim at a parade": a third leader at the ceremony only', () => {
    const r = rulesEn(
      'Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Friday, a day after standing alongside Putin and Kim Jong Un at a military parade.',
    )
    expect(recordsOf(r, 'visit')).toContain('xi-jinping>russia reported')
  })

  it('not three leaders holding talks at a venue with no ceremony', () => {
    const r = rulesEn(
      'Chinese President Xi Jinping held talks with Russian President Vladimir Putin and Kim Jong Un in Moscow on Friday.',
    )
    expect(recordsOf(r, 'visit')).toEqual([])
  })

  it('"모스크바 붉은광장에서 ... 열병식을 지켜봤다": watching from a place in the capital', () => {
    const r = rulesKo(
      '시진핑 중국 국가주석이 9일 모스크바 붉은광장에서 푸틴 대통령과 나란히 전승절 열병식을 지켜봤다.',
    )
    expect(recordsOf(r, 'visit')).toContain('xi-jinping>russia reported')
  })

  it('not a leader watching at home, nor a parade watched on screen from home', () => {
    expect(recordsOf(rulesKo('김정은 국무위원장이 평양 김일성광장에서 열병식을 지켜봤다.'), 'visit')).toEqual(
      [],
    )
    expect(
      recordsOf(rulesKo('이재명 대통령은 서울 용산 집무실에서 북한 열병식 중계를 지켜봤다.'), 'visit'),
    ).toEqual([])
  })
})

describe('guests a "with" absolute names at a ceremony came to its holder\'s state', () => {
  it('"a parade ..., with Chinese President Xi Jinping watching alongside Putin"', () => {
    const r = rulesEn(
      'Russia held a Victory Day parade in Moscow on Friday, with Chinese President Xi Jinping watching alongside Putin.',
    )
    expect(recordsOf(r, 'visit')).toContain('xi-jinping>russia reported')
  })

  it('"sworn in ... in a ceremony, with Japanese Foreign Minister Iwaya among the foreign guests"', () => {
    const r = rulesEn(
      'Donald Trump was sworn in on Monday in a ceremony at the Capitol, with Japanese Foreign Minister Takeshi Iwaya among the foreign guests.',
    )
    expect(recordsOf(r, 'visit')).toContain('takeshi-iwaya>united-states reported')
  })

  it("not a guest of the holder's own state, nor a capital watching from afar", () => {
    expect(
      recordsOf(
        rulesEn(
          'Donald Trump was sworn in on Monday in a ceremony at the Capitol, with Vice President JD Vance among the guests.',
        ),
        'visit',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('China staged a military parade on Tuesday, with Washington watching closely.'),
        'visit',
      ),
    ).toEqual([])
  })
})
