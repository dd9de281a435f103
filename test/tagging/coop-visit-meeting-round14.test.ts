import { describe, expect, it } from 'vitest'
import { tag } from './helpers'

// Round fourteen, English pass on military-cooperation, visit and meeting-summit (t37-t48 first): constructions
// recurring in three tuning batches or more (docs/tagging.md §4, "Round fourteen: cooperation, visits and
// meetings"). Each block pairs what the rules now read with a use of the same words they leave alone. Sentences
// written for these tests.

const records = (body: string, date?: string) =>
  tag('', body, date).records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const events = (body: string, date?: string) => tag('', body, date).events.map((e) => e.slug)

describe('a visit of past months is recalled, background (t14, t39, t47)', () => {
  it('"Putin\'s June visit", "in June, during Putin\'s first trip", a pact signed in Pyongyang in June', () => {
    expect(
      records(
        'The pact, signed during Putin’s June visit to Pyongyang, binds Russia and North Korea.',
        '2024-11-09',
      ),
    ).toContain('visit vladimir-putin>north-korea background')
    expect(
      records(
        'The pact was signed in Pyongyang in June, during Putin’s first trip to North Korea in 24 years.',
        '2024-11-10',
      ),
    ).toContain('visit vladimir-putin>north-korea background')
    const signed = records(
      'The treaty was signed by Vladimir Putin and Kim Jong Un in Pyongyang in June.',
      '2024-10-24',
    )
    expect(signed).toContain('visit vladimir-putin>north-korea background')
    expect(signed).not.toContain('visit vladimir-putin>north-korea reported')
  })

  it('still the news: a trip this week, a June visit to come, a date of another act after "since"', () => {
    expect(
      records(
        'Kim Jong Un met Vladimir Putin in Pyongyang on Tuesday, during Putin’s first trip to North Korea in 24 years.',
        '2024-06-20',
      ),
    ).toContain('visit vladimir-putin>north-korea reported')
    expect(
      events(
        'The treaty was signed by Vladimir Putin and Kim Jong Un in Pyongyang on Wednesday.',
        '2024-06-20',
      ),
    ).toContain('visit')
    expect(
      events(
        'Lee Jae-myung met Donald Trump in Washington on Monday, their first summit since Lee took office in June.',
        '2025-08-26',
      ),
    ).toContain('visit')
  })
})

describe('a multilateral gathering attended abroad is no visit (t25, t38, t44)', () => {
  it('trilateral summit, the Summit for Democracy, a Quad meeting', () => {
    expect(
      events(
        'Chinese Premier Li Qiang arrived in Seoul on Sunday for the first trilateral summit with South Korea and Japan.',
      ),
    ).not.toContain('visit')
    expect(
      events(
        'Antony Blinken, in Seoul for the Summit for Democracy, held talks with Foreign Minister Cho Tae-yul on Monday.',
      ),
    ).not.toContain('visit')
    expect(
      events(
        'Takeshi Iwaya joined Marco Rubio for a Quad foreign ministers’ meeting in Washington on Tuesday.',
      ),
    ).not.toContain('visit')
  })

  it('a bilateral trip still is a visit', () => {
    expect(
      events('Chinese Premier Li Qiang arrived in Seoul on Sunday for talks with Yoon Suk Yeol.'),
    ).toContain('visit')
    expect(events('Takeshi Iwaya held talks with Marco Rubio in Washington on Tuesday.')).toContain('visit')
  })
})

describe('military technology handed to another state is military cooperation (t11, t34, t45)', () => {
  it('supplied, shared, received in return: with a military or satellite word and two states', () => {
    expect(
      records(
        'Officials said Russia had supplied North Korea with engine technology for its spy satellite programme.',
      ),
    ).toContain('military-cooperation russia>north-korea reported')
    expect(
      events(
        'The defence ministers agreed that the United States will share naval propulsion technology with South Korea.',
      ),
    ).toContain('military-cooperation')
  })

  it('no cooperation: civilian technology, no military word, one state', () => {
    expect(
      events('Samsung supplied chip technology for Russia’s missile makers, North Korea said.'),
    ).not.toContain('military-cooperation')
    expect(
      events('South Korea will share its shipbuilding technology with the United States.'),
    ).not.toContain('military-cooperation')
    expect(events('Japan’s military said it had received new satellite technology.')).not.toContain(
      'military-cooperation',
    )
  })
})

describe('troops fighting for or backing another state are military cooperation (en, t4, t24)', () => {
  it('"soldiers fighting for Russia", "backed by North Korean troops"', () => {
    expect(
      records(
        'Ukraine said it had captured two North Korean soldiers who were fighting for Russia in the Kursk region.',
      ),
    ).toContain('military-cooperation north-korea>russia reported')
    expect(
      events('Russian forces, backed by North Korean troops, launched an offensive in the Kursk region.'),
    ).toContain('military-cooperation')
  })

  it('fighting for a cause, with no troops, is none', () => {
    expect(
      events('Activists in South Korea are fighting for the rights of defectors from North Korea.'),
    ).not.toContain('military-cooperation')
  })
})

describe('a yes-no question asserts nothing: what it asks about is speculative (t8, t13, t7)', () => {
  it('"Q: Will Russia transfer ...?", "Would Beijing impose sanctions ...?"', () => {
    expect(records('Q: Will Russia transfer nuclear submarine technology to North Korea?')).toContain(
      'military-cooperation russia>north-korea speculative',
    )
    expect(events('Would China impose sanctions on South Korea over the deployment?')).toEqual([])
  })

  it('the same plan stated is a plan (the cooperation is symmetric: either order of its parties)', () => {
    expect(
      tag('', 'Russia will transfer nuclear submarine technology to North Korea, officials said.').records,
    ).toContainEqual(expect.objectContaining({ event: 'military-cooperation', modality: 'planned' }))
  })
})

describe('"last" on a past verb recalls the previous time, background (t40, t41, t18)', () => {
  it('"last met ... in November", "last visited Japan in August for talks"', () => {
    const met = records('Lee Jae-myung and Xi Jinping last met in Gyeongju in November.', '2025-12-30')
    expect(met).toContain('meeting-summit lee-jae-myung>xi-jinping background')
    expect(met).not.toContain('meeting-summit lee-jae-myung>xi-jinping reported')
    expect(
      records(
        'Lee Jae-myung last visited Japan in August for talks in Tokyo with Shigeru Ishiba.',
        '2025-11-03',
      ),
    ).toContain('meeting-summit lee-jae-myung>shigeru-ishiba background')
  })

  it('a meeting this week is the news', () => {
    expect(records('Lee Jae-myung and Xi Jinping met in Gyeongju on Saturday.', '2025-11-03')).toContain(
      'meeting-summit lee-jae-myung>xi-jinping reported',
    )
  })
})

describe('a meeting of one state’s own bodies is no meeting-summit (t33, t45)', () => {
  it('a budget committee meeting, talks with opposition parties', () => {
    expect(
      events('Japan’s lower house passed the budget after an all-night budget committee meeting.'),
    ).toEqual([])
    expect(
      events(
        'Shigeru Ishiba told reporters that the painstaking talks with opposition parties had produced a budget.',
      ),
    ).toEqual([])
  })

  it('two states’ joint committee still meets', () => {
    expect(events('Japan and South Korea held a joint committee meeting in Seoul on Monday.')).toContain(
      'meeting-summit',
    )
  })
})
