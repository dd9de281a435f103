/**
 * A state's posts, the one place the record rules take their office words from: one core list per language
 * and, where a rule needs a different set, a named variant built from the core plus (or minus) named words.
 */

const words = (s: string): readonly string[] => s.split(' ')
const without = (xs: readonly string[], drop: string) => xs.filter((x) => !drop.split(' ').includes(x))
/** Matches one of the words as a whole word anywhere in a text. */
const wordIn = (xs: readonly string[]) => new RegExp(String.raw`\b(${xs.join('|')})\b`)

/** A state's posts by title: president, minister, premier, chancellor, secretary, governor, speaker. */
export const STATE_POSTS_EN = words('president minister premier chancellor secretary governor speaker')

/** 대통령, 총리, 장관, 위원장, 의장: a state's posts by title. */
export const STATE_POSTS_KO = words('대통령 총리 장관 위원장 의장')

/** Offices a verb gives ("elected X president", "confirmed as party leader"): also a party's or a body's head. */
export const OFFICES_EN: ReadonlySet<string> = new Set([
  ...STATE_POSTS_EN,
  ...words('leader chairman chairwoman secretary-general'),
])

/** A post or who holds one ("dismissed the chief of the general staff", "named his successor"): more heads. */
export const POST_OR_HOLDER_EN: ReadonlySet<string> = new Set([
  ...OFFICES_EN,
  ...words(
    'chief chiefs head heads commander commanders general generals official officials ambassador envoy ' +
      'director deputy cabinet government ministers leaders successor predecessor replacement diplomat ' +
      'diplomats lawmaker loyalist',
  ),
])

/** A state's post in a sentence's lower-cased text: also its adjective, envoys, forces, lawmakers, government. */
export const STATE_POST_EN = wordIn([
  ...STATE_POSTS_EN,
  ...words('presidential ministers ambassador envoy general commander lawmaker cabinet government'),
])

/** A state's post inside a word (국방장관, 주한미군사령관, 당 대표): also its agencies', envoys' and lawmakers'. */
export const STATE_POST_KO = new RegExp(
  `(${[...STATE_POSTS_KO, ...words('청장 대사 사령관 차관 국방상 외무상 실장 수석 총장 원장 의원 총재'), '당 ?대표'].join('|')})`,
)

/** A title right after 전 (윤석열 전 대통령, 김 전 국방장관): at the word's start, with its ministries' prefixes. */
export const FORMER_TITLE_KO = new RegExp(
  `^(${[...STATE_POSTS_KO, ...words('국무총리 국방 외교 통일 대표 주석 비서실장 국정원장 합참의장')].join('|')})`,
)

/** A title by a name (President Yoon, the prime minister): with "prime", leaders and chiefs; "speaker" names anyone. */
export const NAME_TITLES_EN: ReadonlySet<string> = new Set([
  ...without(STATE_POSTS_EN, 'speaker'),
  ...words('prime leader chief'),
])

/** A visiting official's post with a case particle (국방장관이, 차관을): ministers and envoys, no 위원장 or 의장. */
export const TITLE_CASE_KO = new RegExp(
  `(${[...without(STATE_POSTS_KO, '위원장 의장'), ...words('부총리 차관 외무상 국방상 특사')].join('|')})(이|가|은|는|을|를|과|와)$`,
)

/** Head nouns that make an actor the subject (북한 정권이, 김정은 위원장이): no 의장, plus regimes, organs, media. */
export const AGENT_HEAD_KO = new RegExp(
  `^(${[
    ...without(STATE_POSTS_KO, '의장'),
    ...words('정권 당국 정부 군 군대 지도부 측 대변인 관계자 외무성 국방성 매체 통신 신문'),
  ].join('|')})(이|가)$`,
)

/** A subject official or delegation by title alone (부총리가, 국회의장이): of the core only 장관 and 의장. */
export const TITLE_SUBJECT_KO = new RegExp(
  `(${[
    ...without(STATE_POSTS_KO, '대통령 총리 위원장'),
    ...words('부총리 본부장 차관 특사단? 대표단 사절단 의원단 방문단'),
  ].join('|')})(이|가|은|는)$`,
)

/** A state's top office, or its election (대선), at a word's start: no ministers or chairs, plus 총통 and 대선. */
export const TOP_OFFICE_KO = new RegExp(
  `^(${[...without(STATE_POSTS_KO, '장관 위원장 의장'), '총통', '대선'].join('|')})`,
)

/** 사령관, 합참의장, 국방장관: the core's 의장, 총리, 장관 only with a military, cabinet or ministry prefix. */
export const COMMAND_OFFICE_KO = new RegExp(
  `(${[
    ...words('사령관 국방상 외무상'),
    ...words('합참 합동참모').map((p) => `${p}의장`),
    '내각총리',
    ...words('국방 외무').map((p) => `${p}장관`),
  ].join('|')})`,
)

/** An office-holder's title closing a mention (일본 관방장관, 중국 총리): no chairs, plus 주석, 내각, -상. */
export const HOLDER_KO = new RegExp(
  `(${[...without(STATE_POSTS_KO, '위원장 의장'), ...words('주석 내각 상')].join('|')})$`,
)
