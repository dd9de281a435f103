import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a leader addressing or attending the UN General Assembly is a multilateral meeting', () => {
  it('"used his address to the UN General Assembly"', () => {
    const r = rulesEn(
      'Ukrainian President Volodymyr Zelensky used his address to the UN General Assembly on Tuesday to urge member states to keep up pressure on Moscow.',
    )
    expect(recordsOf(r, 'meeting-summit').length).toBeGreaterThan(0)
  })

  it('"will attend the UN General Assembly" is planned', () => {
    const r = rulesEn(
      'Prime Minister Shigeru Ishiba will attend the UN General Assembly in New York next week.',
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('shigeru-ishiba>united-nations planned')
  })

  it('not a General Assembly committee adopting a resolution', () => {
    const r = rulesEn(
      'A UN General Assembly committee adopted a resolution on Wednesday condemning human rights abuses in North Korea.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual([])
  })
})

describe('a reception or courtesy call on a person is a meeting', () => {
  it('"was received ... by Kim Jong Un"', () => {
    const r = rulesEn(
      'Russian Defence Minister Andrei Belousov, who was received at the airport by officials and later by Kim Jong Un, toured a tank plant on Friday.',
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('andrei-belousov>kim-jong-un reported')
  })

  it('"Kim Jong Un received Russian Foreign Minister Sergei Lavrov"', () => {
    const r = rulesEn('Kim Jong Un received Russian Foreign Minister Sergei Lavrov in Wonsan on Saturday.')
    expect(recordsOf(r, 'meeting-summit')).toContain('kim-jong-un>sergei-lavrov reported')
  })

  it('not receiving things ("had received artillery shells")', () => {
    const r = rulesEn(
      'The Kremlin denied on Monday that Russia had received artillery shells from North Korea.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual([])
  })

  it('김정은 국무위원장을 예방했다', () => {
    const r = rulesKo(
      '왕이 중국 외교부장이 10일 평양에서 김정은 국무위원장을 예방했다고 조선중앙통신이 보도했다.',
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('wang-yi>kim-jong-un reported')
  })

  it('not prevention (충돌 예방, 질병 예방)', () => {
    expect(
      recordsOf(
        rulesKo('북한과 중국은 국경 지역 충돌 예방을 위해 긴밀히 협력하기로 했다.'),
        'meeting-summit',
      ),
    ).toEqual([])
    expect(recordsOf(rulesKo('한국 질병관리청은 독감 예방접종을 당부했다.'), 'meeting-summit')).toEqual([])
  })
})

describe('refusing to sit down with a party is a denied meeting', () => {
  it('"had no interest in sitting down with Seoul"', () => {
    const r = rulesEn('Kim Yo Jong said on Monday that Pyongyang had no interest in sitting down with Seoul.')
    expect(recordsOf(r, 'meeting-summit').some((x) => x.endsWith('denied'))).toBe(true)
  })

  it('마주앉을 일 없다 (written without a space)', () => {
    const r = rulesKo("김여정 부부장은 20일 담화를 내고 '서울과 마주앉을 일은 없을 것'이라고 밝혔다.")
    expect(recordsOf(r, 'meeting-summit').some((x) => x.endsWith('denied'))).toBe(true)
  })

  it('two leaders who sat down for talks met', () => {
    const r = rulesEn('Yoon Suk Yeol sat down with Fumio Kishida in Tokyo on Thursday.')
    expect(recordsOf(r, 'meeting-summit')).toContain('yoon-suk-yeol>fumio-kishida reported')
  })
})

describe('"meet" as satisfy or answer is no meeting', () => {
  it('"capability to meet current and future threats"', () => {
    const r = rulesEn(
      "The State Department said the jets would improve South Korea's capability to meet current and future threats.",
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual([])
  })

  it('"will meet any further leaflets ... with a new response"', () => {
    const r = rulesEn(
      'North Korea will meet any further leaflets from South Korean activists with a new response, Kim Yo Jong said.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual([])
  })

  it('still a meeting: "met Trump and the two discussed ... the response to China"', () => {
    const r = rulesEn(
      'Lee Jae-myung met Donald Trump in Gyeongju and the two discussed tariffs with a focus on the response to China.',
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('lee-jae-myung>donald-trump reported')
  })
})

describe('talks of "the two sides" named just before have their parties', () => {
  it('"The two sides agreed to hold a dialogue next month"', () => {
    const r = rulesEn(
      "South Korea's foreign ministry on Tuesday summoned a Chinese diplomat over China's platforms in the Yellow Sea. The two sides agreed to hold a maritime dialogue next month.",
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('south-korea>china planned')
  })

  it('"After hours of talks, the two leaders signed"', () => {
    const r = rulesEn(
      'Kim Jong Un welcomed Vladimir Putin at the airport on Wednesday. After hours of talks, the two leaders signed a treaty.',
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('kim-jong-un>vladimir-putin reported')
  })

  it('not a dated pair ("The two countries ... in 1965 after years of negotiations")', () => {
    const r = rulesEn(
      'An exhibition on South Korea and Japan opened in Seoul on Friday. The two countries established relations in 1965 after 14 years of negotiations.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual([])
  })
})
