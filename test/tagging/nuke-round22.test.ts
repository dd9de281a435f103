import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-two's nuclear-weapons recall pass: constructions behind missed nuclear-weapons tags in the tuning
// gold, recurring in three batches or more. Sentences written for these tests; read with the learned veto off, so
// the rules alone decide.

const NUKE = 'nuclear-weapons'

describe('extended deterrence strengthened, or said to include nuclear forces, is umbrella planning (tu t9 t88)', () => {
  it('Korean: 확장억제 강화, 핵을 포함한 확장억제', () => {
    expect(records(ko('한미 국방장관은 미국의 확장억제 강화 방안에 합의했다.'), NUKE)).toEqual([
      'united-states>null planned',
    ])
    expect(
      records(ko('미일 외교·국방장관들은 핵을 포함한 미국의 확장억제 공약을 재확인했다.'), NUKE),
    ).toEqual(['united-states>null reported'])
  })
  it('English: extended deterrence strengthened, or reaffirmed including nuclear capabilities', () => {
    expect(
      eventSlugs(
        en(
          'The defence chiefs of South Korea and the United States agreed to strengthen U.S. extended deterrence.',
        ),
      ),
    ).toContain(NUKE)
    expect(
      records(
        en('Austin reaffirmed U.S. extended deterrence for Japan, including nuclear capabilities.'),
        NUKE,
      ),
    ).toEqual(['united-states>japan reported'])
  })
  it('while a commitment only reaffirmed, with no nuclear forces named, stays defence ties', () => {
    const koReaffirmed = ko('두 장관은 공동성명에서 미국의 확장억제 공약을 재확인했다.')
    expect(eventSlugs(koReaffirmed)).not.toContain(NUKE)
    expect(eventSlugs(koReaffirmed)).toContain('military-cooperation')
    expect(
      eventSlugs(
        en('Hegseth said the U.S. commitment to extended deterrence for South Korea remained ironclad.'),
      ),
    ).not.toContain(NUKE)
  })
  it('and a sentence naming the Nuclear Consultative Group is left to its own reading (convention C2)', () => {
    // The same records as before this pass: the rule steps aside where the NCG is named.
    expect(records(ko('한미는 핵협의그룹 회의를 열고 확장억제 강화 방안을 논의했다.'), NUKE)).toEqual([
      'south-korea>null reported',
    ])
    expect(
      eventSlugs(
        en(
          'Officials from Seoul and Washington met for the Nuclear Consultative Group and agreed to strengthen extended deterrence.',
        ),
      ),
    ).toEqual([])
  })
  it('and strengthening anything else is no nuclear event', () => {
    expect(eventSlugs(ko('정부는 한미 동맹 강화를 위해 노력하겠다고 밝혔다.'))).not.toContain(NUKE)
  })
})
