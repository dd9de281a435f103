/**
 * A deterministic, realistic benchmark corpus: several ~1 MB feeds of ~200 items with HTML
 * bodies, English and Korean, RSS 2.0 and Atom, in the shapes real publishers use
 * (CDATA content:encoded, entity-escaped HTML descriptions, Atom type="html").
 * A seeded PRNG makes every run (and every bench that reuses it) see the same bytes.
 * About a fifth of the stories recur across feeds with small edits, as wire copy does,
 * so dedup/clustering benches have near-duplicates to find.
 */

import { between, mulberry32, pick, type Rng } from './lib/rng'

export interface CorpusDoc {
  /** Stable name, e.g. "rss-en-cdata". */
  name: string
  format: 'rss' | 'atom'
  lang: 'en' | 'ko'
  /** The feed's own URL (base for relative links). */
  url: string
  text: string
  items: number
}

export interface CorpusOptions {
  seed?: number
  itemsPerFeed?: number
}

const DEFAULT_SEED = 20231008
const DEFAULT_ITEMS = 200
/** Paragraphs per body: ~4-5 KB of HTML per item gives ~1 MB per 200-item feed. */
const BODY_PARAGRAPHS = [9, 14] as const
/** Share of items drawn from the shared wire-story pool (near-duplicates across feeds). */
const SHARED_STORY_RATE = 0.2
const SHARED_POOL_SIZE = 60

const EN = {
  actors: [
    'North Korea',
    'South Korea',
    'Pyongyang',
    'Seoul',
    'the United States',
    'Japan',
    'China',
    'Russia',
    'Kim Jong Un',
    'the Unification Ministry',
    'the Joint Chiefs of Staff',
    'the UN Security Council',
    'the IAEA',
  ],
  verbs: [
    'launched',
    'condemned',
    'warned against',
    'announced',
    'denied',
    'confirmed',
    'proposed',
    'rejected',
    'discussed',
    'tested',
    'expanded',
    'suspended',
  ],
  objects: [
    'a ballistic missile',
    'new sanctions',
    'joint military drills',
    'talks on the border',
    'a satellite launch',
    'humanitarian aid',
    'a cyberattack on banks',
    'the nuclear programme',
    'arms shipments',
    'a trade delegation',
    'family reunions',
    'a summit proposal',
  ],
  tails: [
    'on Tuesday, officials said',
    'according to state media',
    'in a statement carried by KCNA',
    'amid rising tensions on the peninsula',
    'a day after the talks collapsed',
    'Yonhap reported',
    'analysts in Seoul said',
    'the ministry said in a briefing',
  ],
  heads: ['Breaking', 'Analysis', 'Update', 'Exclusive', 'Explainer'],
}

const KO = {
  actors: [
    '북한',
    '한국',
    '평양',
    '서울',
    '미국',
    '일본',
    '중국',
    '러시아',
    '김정은 국무위원장',
    '통일부',
    '합동참모본부',
    '유엔 안전보장이사회',
    '국제원자력기구',
  ],
  verbs: [
    '발사했다',
    '규탄했다',
    '경고했다',
    '발표했다',
    '부인했다',
    '확인했다',
    '제안했다',
    '거부했다',
    '논의했다',
    '시험했다',
  ],
  objects: [
    '탄도미사일을',
    '새로운 제재를',
    '한미 연합훈련을',
    '군사분계선 회담을',
    '정찰위성 발사를',
    '인도적 지원을',
    '금융기관 해킹을',
    '핵 프로그램을',
    '무기 거래를',
    '무역 대표단을',
    '이산가족 상봉을',
    '정상회담 제안을',
  ],
  tails: [
    '고 관계 당국자가 밝혔다',
    '고 조선중앙통신이 보도했다',
    '고 연합뉴스가 전했다',
    '고 전문가들은 분석했다',
    '고 국방부가 브리핑에서 말했다',
  ],
  heads: ['속보', '분석', '종합', '단독', '해설'],
}

type Vocab = typeof EN

/** Korean topic particle: 은 after a final consonant (batchim), 는 after a vowel. */
function topic(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00
  return word + (code >= 0 && code % 28 !== 0 ? '은' : '는')
}

function sentence(rng: Rng, v: Vocab, lang: 'en' | 'ko'): string {
  if (lang === 'ko')
    return `${topic(pick(rng, v.actors))} ${pick(rng, v.objects)} ${pick(rng, v.verbs).replace(/다$/, '')}${pick(rng, v.tails)}.`
  return `${pick(rng, v.actors)} ${pick(rng, v.verbs)} ${pick(rng, v.objects)} ${pick(rng, v.tails)}.`
}

interface Story {
  title: string
  paragraphs: string[]
}

function makeStory(rng: Rng, lang: 'en' | 'ko'): Story {
  const v = lang === 'ko' ? KO : EN
  const lead = sentence(rng, v, lang).replace(/[.]$/, '')
  const title = `[${pick(rng, v.heads)}] ${lead}`
  const count = between(rng, BODY_PARAGRAPHS[0], BODY_PARAGRAPHS[1])
  const paragraphs: string[] = []
  for (let i = 0; i < count; i++) {
    const n = between(rng, 3, 5)
    paragraphs.push(Array.from({ length: n }, () => sentence(rng, v, lang)).join(' '))
  }
  return { title, paragraphs }
}

/** Small edits a second outlet makes to wire copy: a changed word, a dropped paragraph. */
function editStory(rng: Rng, s: Story): Story {
  const paragraphs = s.paragraphs.filter((_, i) => i === 0 || rng() > 0.1)
  return { title: s.title.replace(/^\[[^\]]+\]/, '[Wire]'), paragraphs }
}

function bodyHtml(rng: Rng, s: Story, link: string): string {
  const parts = s.paragraphs.map((p, i) =>
    i === 2
      ? `<p>${p} <a href="${link}#more" rel="noopener">more</a> &amp; <em>context</em></p>`
      : `<p>${p}</p>`,
  )
  if (rng() < 0.5)
    parts.splice(
      1,
      0,
      `<figure><img src="/img/${Math.floor(rng() * 1e6)}.jpg" alt="photo"/><figcaption>© Photo</figcaption></figure>`,
    )
  parts.push('<script>trackView()</script>')
  return parts.join('\n')
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number): string => String(n).padStart(2, '0')

function rfc822(ms: number, offsetMin: number): string {
  const d = new Date(ms + offsetMin * 60_000)
  const sign = offsetMin < 0 ? '-' : '+'
  const off = Math.abs(offsetMin)
  return (
    `${DAY_NAMES[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(off / 60)}${pad(off % 60)}`
  )
}

interface FeedSpec {
  name: string
  format: 'rss' | 'atom'
  lang: 'en' | 'ko'
  host: string
  /** How the HTML body is carried. */
  body: 'cdata' | 'escaped'
}

const SPECS: FeedSpec[] = [
  { name: 'rss-en-cdata', format: 'rss', lang: 'en', host: 'wire.example.com', body: 'cdata' },
  { name: 'rss-ko-escaped', format: 'rss', lang: 'ko', host: 'news.example.co.kr', body: 'escaped' },
  { name: 'atom-en-escaped', format: 'atom', lang: 'en', host: 'herald.example.org', body: 'escaped' },
  { name: 'atom-ko-cdata', format: 'atom', lang: 'ko', host: 'tongil.example.kr', body: 'cdata' },
  { name: 'rss-en-escaped', format: 'rss', lang: 'en', host: 'nknews.example.com', body: 'escaped' },
]

const wrapHtml = (html: string, how: FeedSpec['body']): string =>
  how === 'cdata' ? `<![CDATA[${html}]]>` : escapeXml(html)

interface ItemData {
  id: string
  link: string
  title: string
  summary: string
  html: string
  published: number
  author: string
  category: string
}

function rssItem(it: ItemData, spec: FeedSpec): string {
  return `<item>
<title>${escapeXml(it.title)}</title>
<link>${it.link}</link>
<guid isPermaLink="false">${it.id}</guid>
<pubDate>${rfc822(it.published, spec.lang === 'ko' ? 540 : 0)}</pubDate>
<dc:creator>${escapeXml(it.author)}</dc:creator>
<category>${escapeXml(it.category)}</category>
<description>${wrapHtml(it.summary, spec.body)}</description>
<content:encoded>${wrapHtml(it.html, spec.body)}</content:encoded>
<media:thumbnail url="https://${spec.host}/thumb/${it.id}.jpg"/>
</item>`
}

function atomEntry(it: ItemData, spec: FeedSpec): string {
  const iso = new Date(it.published).toISOString()
  return `<entry>
<id>tag:${spec.host},2023:${it.id}</id>
<title type="html">${escapeXml(escapeXml(it.title))}</title>
<link rel="alternate" type="text/html" href="${it.link}"/>
<link rel="replies" type="application/atom+xml" href="${it.link}/comments.xml"/>
<published>${iso}</published>
<updated>${iso}</updated>
<author><name>${escapeXml(it.author)}</name></author>
<category term="${escapeXml(it.category)}"/>
<summary type="html">${wrapHtml(it.summary, spec.body)}</summary>
<content type="html">${wrapHtml(it.html, spec.body)}</content>
</entry>`
}

function rssDoc(spec: FeedSpec, items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${spec.name}</title>
<link>https://${spec.host}/</link>
<atom:link href="https://${spec.host}/feed.xml" rel="self" type="application/rss+xml"/>
<description>Benchmark feed ${spec.name}</description>
<language>${spec.lang === 'ko' ? 'ko-KR' : 'en-US'}</language>
<ttl>15</ttl>
${items.join('\n')}
</channel>
</rss>
`
}

function atomDoc(spec: FeedSpec, entries: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${spec.lang}">
<title>${spec.name}</title>
<id>https://${spec.host}/</id>
<link rel="alternate" href="https://${spec.host}/"/>
<link rel="self" href="https://${spec.host}/atom.xml"/>
<updated>2023-10-08T14:27:00Z</updated>
${entries.join('\n')}
</feed>
`
}

const AUTHORS_EN = ['Jeong Min-ho', 'Colin Zwirko', 'Hyonhee Shin', 'Josh Smith', 'Kim Tong-hyung']
const AUTHORS_KO = ['김민수 기자', '이지현 기자', '박성훈 특파원', '최은영 기자']
const CATEGORIES_EN = ['North Korea', 'Defense', 'Diplomacy', 'Economy']
const CATEGORIES_KO = ['북한', '국방', '외교', '경제']
/** Corpus "now": fixed so dates are deterministic. */
const BASE_TIME = Date.UTC(2023, 9, 8, 14, 27, 0)

function makeItems(rng: Rng, spec: FeedSpec, count: number, pool: Record<'en' | 'ko', Story[]>): ItemData[] {
  const items: ItemData[] = []
  for (let i = 0; i < count; i++) {
    const shared = rng() < SHARED_STORY_RATE
    const story = shared ? editStory(rng, pick(rng, pool[spec.lang])) : makeStory(rng, spec.lang)
    const id = `${spec.name}-${i}`
    const link = `https://${spec.host}/news/${2023}/${id}.html?utm_source=rss`
    const html = bodyHtml(rng, story, link)
    items.push({
      id,
      link,
      title: story.title,
      summary: `<p>${story.paragraphs[0]}</p>`,
      html,
      published: BASE_TIME - i * 7 * 60_000 - Math.floor(rng() * 60) * 1000,
      author: pick(rng, spec.lang === 'ko' ? AUTHORS_KO : AUTHORS_EN),
      category: pick(rng, spec.lang === 'ko' ? CATEGORIES_KO : CATEGORIES_EN),
    })
  }
  return items
}

/** Generates the corpus; same options → byte-identical documents. */
export function generateCorpus(opts: CorpusOptions = {}): CorpusDoc[] {
  const rng = mulberry32(opts.seed ?? DEFAULT_SEED)
  const count = opts.itemsPerFeed ?? DEFAULT_ITEMS
  const pool = {
    en: Array.from({ length: SHARED_POOL_SIZE }, () => makeStory(rng, 'en')),
    ko: Array.from({ length: SHARED_POOL_SIZE }, () => makeStory(rng, 'ko')),
  }
  return SPECS.map((spec) => {
    const items = makeItems(rng, spec, count, pool)
    const text =
      spec.format === 'rss'
        ? rssDoc(
            spec,
            items.map((it) => rssItem(it, spec)),
          )
        : atomDoc(
            spec,
            items.map((it) => atomEntry(it, spec)),
          )
    const url = `https://${spec.host}/${spec.format === 'rss' ? 'feed.xml' : 'atom.xml'}`
    return { name: spec.name, format: spec.format, lang: spec.lang, url, text, items: count }
  })
}
