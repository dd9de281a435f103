import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

// Round twenty-three's modality pass: constructions that decide whether an article is tagged (rule 4: reported,
// planned and denied tag it, speculative and background do not). The tests' articles are dated 2025-06-01.

describe('a would/could clause under a condition after it is a possibility (tu t53 t61 t88)', () => {
  it('"would not object to Tokyo lifting its sanctions, provided ...": speculative, not denied', () => {
    const r = rulesEn(
      'The families said on Sunday they would not object to Tokyo lifting its sanctions on North Korea, provided all abductees are returned.',
    )
    expect(recordsOf(r, 'sanctions')).toEqual(['null>north-korea speculative'])
  })

  it('"would have no reason to avoid talks if Washington dropped its demand": speculative, no denial', () => {
    const r = rulesEn(
      'Kim Jong Un said he would have no reason to avoid talks with the United States if Washington dropped its demand.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual(['kim-jong-un>united-states speculative'])
    expect(recordsOf(r, 'diplomatic-statement')).toEqual([])
  })

  it('a noun subject whose predicate holds the modal: "sanctions were \'something we could discuss\' if ..."', () => {
    const r = rulesEn(
      "Trump said sanctions on North Korea were 'something we could discuss' if he met Kim Jong Un.",
    )
    expect(recordsOf(r, 'sanctions')).toEqual(['donald-trump>north-korea speculative'])
  })

  it('not an act of its own clause before the conditioned one (the sanctions imposed stay reported)', () => {
    const r = rulesEn(
      'Japan imposed sanctions on North Korea on Monday and said it would respond if Pyongyang fired again.',
    )
    expect(recordsOf(r, 'sanctions')).toEqual(['japan>north-korea reported'])
  })

  it('not a refusal with no condition ("would not send troops" stays a denial, with its statement)', () => {
    const r = rulesEn('Russia said on Friday it would not send troops to North Korea.')
    expect(recordsOf(r, 'military-cooperation')).toEqual(['russia>north-korea denied'])
    expect(recordsOf(r, 'diplomatic-statement')).toEqual(['russia>null reported'])
  })

  it('not a state\'s own nuclear doctrine ("would use nuclear weapons ... if attacked" stays reported)', () => {
    const r = rulesEn(
      'Kim Jong Un said North Korea would use nuclear weapons without hesitation if attacked.',
    )
    expect(recordsOf(r, 'nuclear-weapons')).toEqual(['kim-jong-un>null reported'])
  })
})

describe('an act a question asks about (여부, ~는지 before 묻는 질문) is a possibility (t44 t64 t95)', () => {
  it('파병 여부를 묻는 질문에는 답하지 않았다: speculative, not denied', () => {
    const r = rulesKo('최선희 외무상은 북한군 파병 여부를 묻는 질문에는 답하지 않았다.')
    expect(recordsOf(r, 'military-cooperation')).toEqual(['north-korea>null speculative'])
  })

  it('방문하는지를 묻는 말에 "적절한 시기에 발표할 것": speculative, not reported', () => {
    const r = rulesKo(
      '중국 외교부 대변인은 김정은 국무위원장이 다음 달 베이징을 방문하는지를 묻는 말에 "적절한 시기에 발표할 것"이라고 답했다.',
    )
    expect(recordsOf(r, 'visit')).toEqual(['kim-jong-un>china speculative'])
  })

  it('진행하고 있는지에 대해서는 "확인해 드릴 수 없다": a reply withheld, speculative', () => {
    const r = rulesKo(
      '외교부는 우크라이나 측과 포로 이송 협의를 진행하고 있는지에 대해서는 "확인해 드릴 수 없다"고 말했다.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual(['south-korea>ukraine speculative'])
  })

  it('not a denial given in the reply (부인했다 stays denied)', () => {
    const r = rulesKo('러시아 외무부는 북한군 파병 여부를 묻는 질문에 "사실무근"이라고 부인했다.')
    expect(recordsOf(r, 'military-cooperation')).toEqual(['north-korea>russia denied'])
  })

  it('not a plain statement about the act (파병 여부에 대해 공식 언급을 하지 않고 있다 keeps its reading)', () => {
    const r = rulesKo('북한은 파병 여부에 대해 공식 언급을 하지 않고 있다.')
    expect(recordsOf(r, 'military-cooperation')).toEqual(['north-korea>null reported'])
  })

  it('not an announced visit (방문한다고 밝혔다 stays planned)', () => {
    const r = rulesKo('중국 외교부는 김정은 국무위원장이 다음 달 베이징을 방문한다고 밝혔다.')
    expect(recordsOf(r, 'visit')).toEqual(['kim-jong-un>china planned'])
  })
})

describe('a rumour of the act on the next word, called false, is denied (t7 t27 t33)', () => {
  it('방러 임박설 사실 아냐: the visit denied', () => {
    expect(recordsOf(rulesKo('크렘린궁 "김정은 방러 임박설 사실 아냐"'), 'visit')).toEqual([
      'kim-jong-un>russia denied',
    ])
  })

  it('포탄 구매설 근거 없어: the arms trade denied', () => {
    expect(recordsOf(rulesKo('크렘린 "北 포탄 구매설 근거 없어"'), 'arms-trade')).toEqual([
      'north-korea>russia denied',
    ])
  })

  it('not a rumour nobody calls false (방러 임박설이 나온다 stays speculative)', () => {
    expect(recordsOf(rulesKo('김정은 방러 임박설이 나온다.'), 'visit')).toEqual([
      'kim-jong-un>russia speculative',
    ])
  })

  it('not a rumour of another act (대선 개입설 is of interference: the election is not denied)', () => {
    expect(recordsOf(rulesKo('中 "한국 대선 개입설은 근거 없는 억측"'), 'election')).toEqual([
      'south-korea>null speculative',
    ])
  })
})
