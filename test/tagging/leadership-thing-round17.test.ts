import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

// Round seventeen: a transitive leadership verb (dismiss, replace, name ...) whose object is a thing removes or
// replaces that thing, nobody leaves office (t41 t54 t63 t67). English only: the Korean leadership words are
// nouns of office (해임, 경질, 교체) read by their own rules. Sentences written for these tests.

describe('a leadership verb with a thing for object is no leadership change', () => {
  it('"dismissed the session as a hostile plot" (t67)', () => {
    const r = rulesEn("North Korea's ambassador dismissed the session as a hostile plot.")
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })

  it('"had replaced remote-access software used by terminal operators" (t41)', () => {
    const r = rulesEn(
      'Chinese port officials said they had replaced remote-access software used by terminal operators.',
    )
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })

  it('a person, a post or a name for object still changes office', () => {
    expect(
      recordsOf(
        rulesEn('President Yoon Suk Yeol dismissed Defence Minister Kim Yong-hyun on Thursday.'),
        'leadership-change',
      ),
    ).toEqual(['kim-yong-hyun>null reported'])
    expect(
      recordsOf(
        rulesEn('Kim Jong Un dismissed the chief of the general staff, KCNA said.'),
        'leadership-change',
      ),
    ).toEqual(['kim-jong-un>null reported'])
    expect(
      recordsOf(rulesEn('Vladimir Putin replaced the defence minister on Sunday.'), 'leadership-change'),
    ).toEqual(['vladimir-putin>null reported'])
    // "a former economist as defence minister": the post comes after "as".
    expect(
      recordsOf(
        rulesEn('Vladimir Putin appointed a former economist as defence minister.'),
        'leadership-change',
      ),
    ).toEqual(['vladimir-putin>null reported'])
  })
})
