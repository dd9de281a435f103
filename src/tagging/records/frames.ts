/**
 * Role frames: how the arguments of an event's sentence map to source and target. Each default
 * event names its frame in the taxonomy (`roles.frame`); an event an admin adds gets `directed`.
 *
 *   directed    the subject acts on the object: condemn X, sanction X, warn X, attack X
 *   transfer    the giver gives to the recipient: supply/send X to Y; buying reverses (Y buys from X)
 *   symmetric   two parties do it together: X and Y met, X met with Y, the X-Y summit
 *   visit       the visitor goes to the host: X visited Y, arrived in Y, Y hosted X
 *   self        the actor does it, a target only when aimed: X fired a missile (toward Y)
 *   people      the actor acts on people of the target country: China repatriated North Korean
 *               defectors, Ukraine captured North Korean soldiers (the demonym is the target)
 *   election    the winner (a person) or the country holding it
 *   leadership  the person taking office, else the person leaving it
 *   protest     protesters are rarely actors; a state "protesting" is a diplomatic protest
 *
 * The preposition and particle tables are English and Korean grammar, so they live here, not in
 * the taxonomy data.
 */
import { Case } from './view'

export enum Frame {
  Directed,
  Transfer,
  Symmetric,
  Visit,
  Self,
  People,
  Election,
  Leadership,
  Protest,
}

export enum Requires {
  None,
  /** A source or a target. */
  Any,
  /** A source (a warning needs someone who warns). */
  Source,
  /** A host that is not the visitor's own country. */
  Host,
  /** No victim without an attacker: a hacked firm with no one to blame is no state's act. */
  Attributed,
  /** A source or a target, and a side other than the source's in the sentence: fighting is against someone. */
  Adversary,
}

const FRAMES: Record<string, Frame> = {
  directed: Frame.Directed,
  transfer: Frame.Transfer,
  symmetric: Frame.Symmetric,
  visit: Frame.Visit,
  self: Frame.Self,
  people: Frame.People,
  election: Frame.Election,
  leadership: Frame.Leadership,
  protest: Frame.Protest,
}

const REQUIRES: Record<string, Requires> = {
  none: Requires.None,
  any: Requires.Any,
  source: Requires.Source,
  host: Requires.Host,
  attributed: Requires.Attributed,
  adversary: Requires.Adversary,
}

export const frameOf = (name: string | undefined): Frame => FRAMES[name ?? ''] ?? Frame.Directed
export const requiresOf = (name: string | undefined): Requires => REQUIRES[name ?? ''] ?? Requires.None

export interface FrameGrammar {
  /** English prepositions introducing the target after the trigger ("sanctions on X", "arrived in X"). */
  targetPreps: ReadonlySet<string>
  /** English prepositions introducing a second party ("talks with X"). */
  partnerPreps: ReadonlySet<string>
  /** Korean cases that mark the target before the trigger (러시아에 공급, 북한을 규탄). */
  targetCases: ReadonlySet<Case>
  /** A noun-phrase-internal actor ("North Korean defectors", 북한 주민) is the target, not the source. */
  prenominalTarget: boolean
  /** Venue-only mentions may fill the target (a visit's host). */
  venueTarget: boolean
}

const set = <T>(...xs: T[]): ReadonlySet<T> => new Set(xs)
const NONE = set<string>()

const GRAMMAR: Record<Frame, FrameGrammar> = {
  [Frame.Directed]: {
    targetPreps: set('on', 'against', 'at', 'to', 'toward', 'towards', 'into', 'upon'),
    partnerPreps: set('with'),
    targetCases: set(Case.Acc, Case.Dat, Case.Dir),
    prenominalTarget: false,
    venueTarget: false,
  },
  [Frame.Transfer]: {
    targetPreps: set('to', 'for', 'into', 'with'),
    partnerPreps: NONE,
    targetCases: set(Case.Dat, Case.Dir),
    prenominalTarget: false,
    venueTarget: false,
  },
  [Frame.Symmetric]: {
    // With one party only, a joint frame may still be aimed: "drills around Taiwan", "a pact against X".
    targetPreps: set(
      'with',
      'between',
      'against',
      'around',
      'near',
      'toward',
      'towards',
      'targeting',
      'to',
      'for',
    ),
    partnerPreps: set('with', 'between', 'alongside'),
    targetCases: set(Case.Com, Case.Dat),
    prenominalTarget: false,
    venueTarget: false,
  },
  [Frame.Visit]: {
    targetPreps: set('to', 'in', 'into', 'at'),
    partnerPreps: NONE,
    targetCases: set(Case.Acc, Case.Dat, Case.Dir, Case.Loc),
    prenominalTarget: false,
    venueTarget: true,
  },
  [Frame.Self]: {
    targetPreps: set('at', 'toward', 'towards', 'over', 'against'),
    partnerPreps: NONE,
    targetCases: set<Case>(),
    prenominalTarget: false,
    venueTarget: false,
  },
  [Frame.People]: {
    targetPreps: set('to', 'into', 'from', 'against', 'on'),
    partnerPreps: NONE,
    targetCases: set(Case.Acc, Case.Dat, Case.Dir),
    prenominalTarget: true,
    venueTarget: false,
  },
  [Frame.Election]: {
    targetPreps: NONE,
    partnerPreps: NONE,
    targetCases: set<Case>(),
    prenominalTarget: false,
    venueTarget: false,
  },
  [Frame.Leadership]: {
    targetPreps: NONE,
    partnerPreps: NONE,
    targetCases: set<Case>(),
    prenominalTarget: false,
    venueTarget: false,
  },
  [Frame.Protest]: {
    targetPreps: set('against', 'at', 'over'),
    partnerPreps: NONE,
    targetCases: set(Case.Acc, Case.Dat),
    prenominalTarget: false,
    venueTarget: false,
  },
}

export const grammarOf = (f: Frame): FrameGrammar => GRAMMAR[f]

/** Frames where the two parties are interchangeable (the scorer, too, accepts either order). */
export const isSymmetricFrame = (f: Frame) => f === Frame.Symmetric
