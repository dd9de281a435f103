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
