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
}

export interface TagResult {
  actors: SlugTag[]
  events: SlugTag[]
  mentions: Mention[]
}
