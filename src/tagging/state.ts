/** The per-article state the tagger's stages share (types, and scratch buffers reused between articles). */

import { doubled } from '../lib/arrays'
import type { CompiledTaxonomy, Entry } from './compile'
import { NormBuffer, type NormText } from './normalise'
import { Candidates } from './scan'

/** Buffers reused from article to article (tagging is synchronous: one article at a time per tagger). */
export class Scratch {
  candidates = new Candidates()
  title = new NormBuffer()
  body = new NormBuffer()
  cueId = new Int32Array(256)
  cuePos = new Int32Array(256)
  cueEnd = new Int32Array(256)
  cueCount = 0
  pushCue(id: number, pos: number, end: number): number {
    if (this.cueCount === this.cueId.length) {
      this.cueId = doubled(this.cueId)
      this.cuePos = doubled(this.cuePos)
      this.cueEnd = doubled(this.cueEnd)
    }
    this.cueId[this.cueCount] = id
    this.cuePos[this.cueCount] = pos
    this.cueEnd[this.cueCount] = end
    return this.cueCount++
  }
}

export interface ActorMention {
  start: number
  end: number
  /** Actor indices with their implications, in order. */
  actors: number[]
  /** The actors the form itself names, before implications (two for compounds: 한미, inter-Korean). */
  primary: number[]
  /** Contextual forms ("the North"): accepted only if the article names one of these. */
  requires: number[] | null
  /** A party form (a company): the actor only in a sentence reporting an event. */
  partyOnly?: boolean
  /** Named only by a metonym (Seoul, 도쿄): the city itself outside political copy. */
  metonym?: boolean
  /** Named only by a domestic body (국회, 교육부): tags the actor, no party to events or records. */
  body?: boolean
  /** Named only by a bare office or body (정부, 해군, 국회): no alias, title, city or coreference. */
  bare?: boolean
}

/** A metonym used as a place ("in Pyongyang", 평양에서): not an actor tag, but a visit's host. */
export interface VenueMention {
  start: number
  end: number
  actors: number[]
}

export interface TriggerHit {
  entry: Entry
  start: number
  end: number
}

export interface Sentence {
  seg: Segment
  start: number
  end: number
  actors: ActorMention[]
  /** Actors whose capital appears here only as a place ("in Pyongyang"). */
  venues: number[]
  venueMentions: VenueMention[]
  /** Range of this sentence's cues in Scratch.cueId/cuePos. */
  cueStart: number
  cueEnd: number
  /** End of the first clause, computed on demand (-1 = not yet; see clauseContext). */
  firstClauseEnd: number
  /** The comma closing an opening years-ago phrase, on demand (-1 = not yet, -2 = none; background.ts). */
  yearsAgoEnd: number
  triggers: TriggerHit[]
  /** Mentions by a domestic body only, set apart from `actors` before events are read (buildResult). */
  bodies?: ActorMention[]
}

export interface Segment {
  t: NormText
  inTitle: boolean
  /** ALL-CAPS headline: short case-sensitive forms (US, UN) are not trusted in it. */
  caps: boolean
}

export interface ArticleState {
  m: CompiledTaxonomy
  scratch: Scratch
  publishedAt: number
  publishedYear: number
  /** Order number of each actor's latest full mention (-1 = none yet): coreference needs one. */
  lastFull: Int32Array
  fullCounter: number
  sentences: Sentence[]
  /** Headline coreference forms read before any full mention ("Yoon says ..."): settled by the body's. */
  titleCoref: { sentence: Sentence; start: number; end: number; actors: number[] }[] | null
}
