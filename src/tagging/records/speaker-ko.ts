/**
 * Korean: who speaks each sentence, for the next sentence's statement that names no speaker of its own
 * (continuedSpeakerKo: 국가안전국은 ... 밝혔다. 국가안전국은 ... 비판했다). The speaker is the topic or subject of
 * the sentence's reporting verb, not its first source (which may be the attacker it reports). A sentence read
 * with its records gives its speaker there (sentenceSpeakerKo); one with no trigger is read only when the next
 * sentence's statement needs it (SpeakerTrail), before that sentence's own tokens are made (they share a list).
 */
import type { CompiledTaxonomy } from '../compile'
import type { Sentence } from '../state'
import { buildArgs, type Recent } from './args'
import {
  Boundary,
  continuedSpeakerKo,
  NO_SPEAKER_KO,
  reportingEndKo,
  type SpeakerKo,
  speakingArgKo,
  tokenBoundary,
  tokenCase,
} from './korean'
import { countryKey } from './shared'
import { companyForm, type SentenceView, sentenceView, slice, type Token, TokenMarks, tokenize } from './view'

/** A word that may be part of a name before an actor's title (김홍균 외교부 1차관): no actor, particle or ending. */
const bareWordKo = (tok: Token) =>
  tok.word && tok.arg < 0 && tokenCase(tok) === null && tokenBoundary(tok) === Boundary.None

const home = (m: CompiledTaxonomy, actor: number) =>
  m.homeKo >= 0 && actor >= 0 && countryKey(m, actor) === countryKey(m, m.homeKo)

/** The previous speaker continued at the trigger at `at` (-1: at the sentence's end), else -1. */
export function carriedSpeakerKo(
  m: CompiledTaxonomy,
  v: SentenceView,
  at: number,
  previous: SpeakerKo,
): number {
  return continuedSpeakerKo(v, at, previous, home(m, previous.actor)) ? previous.actor : -1
}

/**
 * Who speaks a Korean sentence: the topic or subject of its reporting verb (not a firm's name: speakingArgKo), with
 * the words naming it, else a legislature adopting a statement (legislature), else the speaker of the sentence
 * before when this one continues it. Null when that depends on a sentence before that was not read.
 */
export function sentenceSpeakerKo(
  m: CompiledTaxonomy,
  v: SentenceView,
  mentions: Sentence['actors'],
  legislature: number,
  previous: SpeakerKo | null,
): SpeakerKo | null {
  const arg = speakingArgKo(v)
  if (arg) {
    if (companyForm(mentions, v, arg)) return NO_SPEAKER_KO
    const { t, tokens } = v
    // Its words run from the bare name before it (김홍균 외교부 1차관은) to the title word holding its particle.
    let first = arg.first
    while (first > 0 && first > arg.first - 3 && bareWordKo(tokens[first - 1])) first--
    let last = arg.last
    for (let k = arg.last + 1; k <= arg.last + 4 && k < tokens.length; k++)
      if (tokens[k].text === arg.particle) last = k
    return {
      actor: arg.parties[0],
      phrase: slice(t, tokens[first].start, tokens[last].end),
      rest: slice(t, tokens[last].end, tokens[tokens.length - 1].end),
    }
  }
  if (legislature >= 0 && reportingEndKo(v) >= 0)
    return {
      actor: legislature,
      phrase: '',
      rest: slice(v.t, v.tokens[0].start, v.tokens[v.tokens.length - 1].end),
    }
  if (previous === null) return null
  return carriedSpeakerKo(m, v, -1, previous) >= 0 ? previous : NO_SPEAKER_KO
}

const NO_TRIGGERS = new TokenMarks()

/**
 * The speakers of an article's sentences, in order: set from each sentence read with its records, read on demand
 * for the others (a sentence with no trigger, whose words are tokenised again only then).
 */
export class SpeakerTrail {
  private readonly said: (SpeakerKo | null)[] = []

  constructor(
    private readonly m: CompiledTaxonomy,
    private readonly sentences: readonly Sentence[],
    private readonly recent: Recent,
  ) {}

  /** Sentence i's speaker as its records read it (null: it depends on the sentence before). */
  set(i: number, speaker: SpeakerKo | null): void {
    this.said[i] = speaker
  }

  /** The speaker of the sentence before sentence i, read now if it was not. */
  before(i: number): SpeakerKo {
    return i > 0 ? this.of(i - 1) : NO_SPEAKER_KO
  }

  private of(i: number): SpeakerKo {
    const known = this.said[i]
    if (known) return known
    // (The sentences before are read first only when this one continues them: they reuse the token list.)
    const speaker = this.read(i, null) ?? (this.read(i, this.before(i)) as SpeakerKo)
    this.said[i] = speaker
    return speaker
  }

  private read(i: number, previous: SpeakerKo | null): SpeakerKo | null {
    const s = this.sentences[i]
    const v = sentenceView(s.seg.t, tokenize(s.seg.t, s.start, s.end))
    // Nothing named and nothing reported (인명 피해는 없었다): the speaker before goes on.
    if (s.actors.length === 0 && !s.bodies?.length && reportingEndKo(v) < 0) return previous
    NO_TRIGGERS.clear()
    buildArgs(this.m, v, s.actors, s.venueMentions, this.recent, NO_TRIGGERS)
    return sentenceSpeakerKo(this.m, v, s.actors, -1, previous)
  }
}
