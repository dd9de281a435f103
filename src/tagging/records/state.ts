/**
 * What the phases of sentenceRecords (./index) share: the sentence being read, and the roles and modality one
 * trigger's phases derive. One object of one shape per sentence, its trigger fields reset for each trigger, so
 * the phases take it instead of long argument lists and no trigger allocates.
 */
import type { CompiledTaxonomy } from '../compile'
import type { Modality } from '../types'
import { Frame } from './frames'
import type { RawRecord, SentenceInput } from './shared'
import type { SentenceView, Token, TokenMarks } from './view'

/** A Korean trigger's span and frame, with the record it made. */
export interface TriggerSpan {
  start: number
  end: number
  frame: Frame
  rec: RawRecord
}

export interface RecordState {
  // The sentence's, set once per sentence.
  readonly m: CompiledTaxonomy
  readonly input: SentenceInput
  /** The segment's text (seg.t). */
  readonly t: SentenceView['t']
  readonly tokens: Token[]
  readonly v: SentenceView
  /** The tokens holding a trigger of the sentence. */
  readonly triggerTokens: TokenMarks
  readonly isPerson: (a: number) => boolean
  readonly isCountry: (a: number) => boolean
  readonly countryOf: (a: number) => number
  /** The records made so far, in order. */
  readonly out: RawRecord[]
  /** Korean: per record pushed for a trigger, its span and frame (humanitarian aid shares its roles). */
  readonly spans: TriggerSpan[]
  /** Korean statements read with no speaker (post.ts: dropUnspoken). */
  readonly unspoken: RawRecord[]
  /** English: records whose supplier is only the arms maker the sentence names (makersDeal). */
  readonly makers: RawRecord[]
  /**
   * Records whose trigger is a noun naming the event, not a predicate telling it: in Korean only when the sentence
   * counts an anniversary (조약 원본을, 한미동맹은 beside 70주년), in English a bare noun in any sentence (bareNoun).
   */
  readonly named: RawRecord[]
  /** Who reports the sentence (speakerOf): read once, on demand; undefined until then. */
  speaker: number | undefined
  /** The sentence counts an anniversary (70주년): read on its first Korean record (English never needs it). */
  anniversary: boolean | undefined

  // The trigger's: set by the loop and resetTrigger, then filled by its language's phase.
  /** The trigger's event and the event's frame. */
  ev: number
  frame: Frame
  /** The trigger's first token. */
  at: number
  /** The tagger's background rules fired on the trigger (HitInfo.background). */
  background: boolean
  /** The trigger is Korean text (its language's phase and rules). */
  korean: boolean
  source: number
  target: number
  modality: Modality | null
  /** Who denies the act (a denial verb's subject, a Korean denial's topic), -1 for none. */
  denier: number
  /** The act said not to exist (EnModality.negatedAct): its reporter denies it, whosever act it is. */
  negatedAct: boolean
  /** Korean: the statement itself is someone's guess (KoModality.guessed). */
  koGuessed: boolean
  /** Korean: a failure told (KoModality.failed): nobody's denial. */
  koFailed: boolean
  /** Korean: a plan of the trigger's own predicate (KoModality.ownPlan): not made background. */
  koOwnPlan: boolean
  /** The background cue dates something else, or the act is disclosed news: the trigger is not background. */
  undated: boolean
  /** English: a statement only supposed ("may reject", a condition in the writer's voice): not made. */
  speechGuessed: boolean
  /**
   * "would fire missiles, calling them a warning": a warning named after an act not reported is as
   * supposed, planned or denied as that act (the naming goes with it).
   */
  namedActModality: Modality | null
  /** Roles the trigger's record leaves empty on purpose (RawRecord.empty). */
  empty: number
  /** English: the trigger is a bare noun, uncued (bareNoun): it may name again an event the sentence recalls. */
  bareEn: boolean
  moreSources: readonly number[]
  moreTargets: readonly number[]
  /** English: the country a launch is fired at (firedAtTarget), -1 for a place only; null for no strike. */
  struck: number | null
  /** The record's event (settleModality): the trigger's, a strike for a launch at a target, a drill for a firing. */
  event: number
  /** The record's modality as recorded (settleModality); `modality` stays null when no cue set it. */
  final: Modality
  /** The side a fight is fought beside (completeSides), -1 for none. */
  ally: number
  /** English: the supplier is only the arms maker the sentence names (makersDeal). */
  byMaker: boolean
  /** English: the "from" naming whom a place is taken back from (takenFrom), -1 for none; undefined until read. */
  takenFrom: number | undefined
}

/** No coordinated roles (most triggers): one shared empty list, not two new ones per trigger. */
export const NO_ACTORS: readonly number[] = []

/** Clears the trigger's fields before its phases run (every field, so the object keeps its shape). */
export function resetTrigger(
  st: RecordState,
  ev: number,
  frame: Frame,
  at: number,
  background: boolean,
  korean: boolean,
): void {
  st.ev = ev
  st.frame = frame
  st.at = at
  st.background = background
  st.korean = korean
  st.source = -1
  st.target = -1
  st.modality = null
  st.denier = -1
  st.negatedAct = false
  st.koGuessed = false
  st.koFailed = false
  st.koOwnPlan = false
  st.undated = false
  st.speechGuessed = false
  st.namedActModality = null
  st.empty = 0
  st.bareEn = false
  st.moreSources = NO_ACTORS
  st.moreTargets = NO_ACTORS
  st.struck = null
  st.event = ev
  st.final = 'reported'
  st.ally = -1
  st.byMaker = false
  st.takenFrom = undefined
}

/**
 * The state of one sentence, every field set up front: one object shape for every sentence and trigger (the
 * trigger's fields are reset for each trigger, the lazy ones fill in later).
 */
export function newRecordState(
  m: CompiledTaxonomy,
  input: SentenceInput,
  v: SentenceView,
  triggerTokens: TokenMarks,
  helpers: Pick<RecordState, 'isPerson' | 'isCountry' | 'countryOf'>,
): RecordState {
  return {
    m,
    input,
    t: v.t,
    tokens: v.tokens,
    v,
    triggerTokens,
    isPerson: helpers.isPerson,
    isCountry: helpers.isCountry,
    countryOf: helpers.countryOf,
    out: [],
    spans: [],
    unspoken: [],
    makers: [],
    named: [],
    speaker: undefined,
    anniversary: undefined,
    ev: -1,
    frame: Frame.Directed,
    at: -1,
    background: false,
    korean: false,
    source: -1,
    target: -1,
    modality: null,
    denier: -1,
    negatedAct: false,
    koGuessed: false,
    koFailed: false,
    koOwnPlan: false,
    undated: false,
    speechGuessed: false,
    namedActModality: null,
    empty: 0,
    bareEn: false,
    moreSources: NO_ACTORS,
    moreTargets: NO_ACTORS,
    struck: null,
    event: -1,
    final: 'reported',
    ally: -1,
    byMaker: false,
    takenFrom: undefined,
  }
}
