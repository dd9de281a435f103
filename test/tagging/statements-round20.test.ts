import { describe, expect, it } from 'vitest'
import { rulesKo as ko, recordsOf } from './helpers'

// Round twenty's diplomatic-statement recall pass (docs/tagging.md §4): a Korean warning that first demands,
// in the imperative, what its target must stop is also that demand (t46 t55 t76). Sentences written for
// these tests; read with the learned veto off, so the rules alone decide. Korean only: an English demand has
// its own verbs (urged, demanded), statement triggers already.

const STATEMENT = 'diplomatic-statement'
const WARNING = 'threat-warning'

describe('a warning that first demands in the imperative is also the demand (t46 t55 t76)', () => {
  it('"중단하라"며 ... 경고했다: the warning and the demand, from the same speaker to the same target', () => {
    const r = ko('합참은 "북한은 도발을 즉각 중단하라"며 "모든 책임은 북한에 있다"고 경고했다.')
    expect(recordsOf(r, WARNING)).toContain('south-korea-jcs>north-korea reported')
    expect(recordsOf(r, STATEMENT)).toContain('south-korea-jcs>north-korea reported')
    const c = ko(
      '중국 상무부는 담화를 내고 "미국은 잘못된 조치를 시정하라"며 "필요한 모든 조치를 취할 것"이라고 경고했다.',
    )
    expect(recordsOf(c, STATEMENT)).toContain('china>united-states reported')
  })
  it('"중단할 것을 경고한다": a demand worded as the warning’s object', () => {
    const r = ko(
      '합동참모본부는 북한이 풍선을 날려 보낸 것과 관련해 "저급한 행위를 즉각 중단할 것을 엄중히 경고한다"고 밝혔다.',
    )
    expect(recordsOf(r, STATEMENT)).toContain('south-korea-jcs>north-korea reported')
  })
  it('a warning with no demand stays a warning only; an order to one’s own troops demands nothing of the target', () => {
    expect(recordsOf(ko('북한은 "도발하면 대가를 치를 것"이라고 한국에 경고했다.'), STATEMENT)).toEqual([])
    const order = ko("합참의장은 '북한이 도발할 경우 도발 원점까지 단호하게 응징하라'고 지시했다.")
    expect(recordsOf(order, STATEMENT)).toEqual([])
  })
})

describe('a demand kept up, told by its own speaker today, is reported (t5 t26 t46)', () => {
  it('"거듭 요청해 왔다고 밝혔다", "...요청해 왔다\'고 말했다": the speaker’s position now', () => {
    expect(recordsOf(ko('정부는 중국 측에 강제북송 중단을 거듭 요청해 왔다고 밝혔다.'), STATEMENT)).toContain(
      'south-korea>china reported',
    )
    const quoted = ko(
      "외교부 당국자는 '탈북민이 원하는 곳으로 갈 수 있게 해 달라고 중국 측에 거듭 요청해 왔다'고 말했다.",
    )
    expect(recordsOf(quoted, STATEMENT)).toContain('south-korea>china reported')
  })
  it('the writer recalling a habit ("그동안 ... 비난해 왔다") keeps it context', () => {
    const r = ko("북한은 그동안 한미 연합연습을 '북침 전쟁연습'이라고 비난해 왔다.")
    expect(recordsOf(r, STATEMENT)).toEqual(['north-korea>south-korea background'])
  })
})
