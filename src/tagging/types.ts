/** Input and output of the tagger (pure: text in, tags out). */
export interface TagInput {
  title: string
  /** Plain-text body (already HTML-stripped). */
  content: string
  /** "en", "ko", ... (the tagger may still look at every script present). */
  lang: string
  /** Epoch ms: date-dependent titles ("Foreign Minister Cho") resolve by it. */
  publishedAt: number
}

export interface SlugTag {
  slug: string
  /** How strongly the article is about it: title mentions weigh more than body ones. */
  strength: number
  inTitle: boolean
}

export interface Mention {
  event: string
  actors: string[]
  sentence: string
  inTitle: boolean
  /**
   * The sentence as offsets (UTF-16 code units) into the text it is in (as EventRecord), stored
   * instead of a copy; -1 when spanText() would not give `sentence` back exactly (a copy is stored).
   */
  start: number
  end: number
}

/**
 * How an event is expressed (LABELLING.md, docs/tagging.md): reported (happened or happening),
 * planned (announced, scheduled, agreed, proposed), denied (negated, ruled out), speculative
 * (may, could, if, analysts expect) or background (an earlier event recalled as context).
 */
export type Modality = 'reported' | 'planned' | 'denied' | 'speculative' | 'background'

export const MODALITIES: readonly Modality[] = ['reported', 'planned', 'denied', 'speculative', 'background']

/** Taxonomy rule 4: these modalities tag the article with the event; speculative and background do not. */
export const TAGGING_MODALITIES: ReadonlySet<Modality> = new Set(['reported', 'planned', 'denied'])

/** Who did what to whom, in one sentence. */
export interface EventRecord {
  event: string
  /** Actor slug of who acts (the visitor, supplier, sanctioning party...), or null. */
  source: string | null
  /** Actor slug of who is acted upon (visited, supplied, sanctioned...), or null. */
  target: string | null
  modality: Modality
  /** The sentence is in the title (else in the tagged body text: content, or summary without content). */
  inTitle: boolean
  /** The sentence as offsets (UTF-16 code units) into that text: stored instead of a copy. */
  start: number
  end: number
  sentence: string
}

export interface TagResult {
  actors: SlugTag[]
  /** Events of the reported, planned and denied records (rule 4). */
  events: SlugTag[]
  mentions: Mention[]
  records: EventRecord[]
}
