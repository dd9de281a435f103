/**
 * The scale benchmark's corpus: an endless, deterministic stream of 100-item RSS documents of
 * English and Korean news (~2.5 KB bodies), with PLANTED near-duplicates whose truth is known:
 *   - re-carries (RECARRY_RATE of items): a story from another outlet's recent document, with
 *     the light edits outlets make (headline retouched, byline/dateline added, a paragraph
 *     dropped, a few words changed, a closing line added), on the new outlet's host with
 *     tracking parameters in the URL, published minutes to hours later;
 *   - siblings (SIBLING_RATE): a DIFFERENT story written from a recent one's template (same
 *     type of event, a third of the sentences reused, other names and numbers): the hard case
 *     for false merges, like two missile launches reported by the same desk.
 * Written for this benchmark, not tuned against: the near-duplicate thresholds were set on
 * test/ingest/wire-stories.ts before this generator existed.
 */
import { between, mulberry32, pick, type Rng } from './lib/rng'

export const RECARRY_RATE = 0.05
export const SIBLING_RATE = 0.03
const OUTLETS = 60
/** Re-carries and siblings draw from this many recent stories of the same language. */
const RECENT_POOL = 3_000

export interface PlantedItem {
  /** The story the text reports: a re-carry has its source's story id, a sibling its own. */
  story: number
  kind: 'original' | 'recarry' | 'sibling'
  /** A sibling's template story (related, but a different story: merging them is a false merge). */
  template?: number
  url: string
  lang: 'en' | 'ko'
}

export interface ScaleDoc {
  feedUrl: string
  xml: string
  items: PlantedItem[]
}

interface Story {
  id: number
  lang: 'en' | 'ko'
  title: string
  paragraphs: string[][]
  outlet: number
  published: number
}

const EN_WORDS = (
  'government minister officials talks president military country foreign week report support forces state ' +
  'national agency defense leader region cooperation economy market growth trade prices bank policy energy oil ' +
  'gas exports imports election party vote parliament court law police city people year month time new first ' +
  'former senior deputy announced spokesperson press conference plans program project investment companies ' +
  'industry workers border capital island coast ship navy army troops weapons equipment technology satellite ' +
  'research university students health hospital weather storm flood rain festival culture film music team match ' +
  'season record crowd travel tourism airport flights hotel data budget tax reform union strike protest rally ' +
  'court ruling judge prosecutors investigation charges arrest suspect victims families residents village farm ' +
  'harvest drought water supply power grid plant reactor fuel shortage aid delivery convoy corridor talks summit ' +
  'envoy delegation visit meeting agreement deal treaty sanctions measures restrictions ban exports shipments ' +
  'launch missile test drills exercise alert warning statement response condemned criticised welcomed urged ' +
  'called denied confirmed rejected proposed discussed expanded suspended resumed postponed cancelled approved'
).split(' ')
const EN_FUNCTION =
  'the of and to in a for on that with by from as at is was will has have its an are were'.split(' ')
const EN_ACTORS = [
  'North Korea',
  'South Korea',
  'Russia',
  'China',
  'Japan',
  'the United States',
  'Ukraine',
  'Seoul',
  'Pyongyang',
  'Moscow',
  'Beijing',
  'Tokyo',
]
const EN_STOCK = [
  'officials said on Tuesday',
  'according to state media',
  'the ministry said in a statement',
  'a spokesperson told reporters',
  'analysts said',
  'the report said',
]
const SYLLABLES = 'ka ki ko su mi na ra to yu chan min jun seo hyun woo ji ho eun tae sung'.split(' ')

const KO_STEMS = (
  '정부 대통령 장관 회담 군사 국방 외교 경제 시장 성장 무역 가격 은행 정책 에너지 수출 수입 선거 정당 국회 법원 경찰 ' +
  '도시 국민 올해 이번 지난 관계자 발표 계획 사업 투자 기업 산업 노동자 국경 수도 해군 육군 공군 병력 무기 장비 기술 ' +
  '위성 연구 대학 학생 보건 병원 날씨 태풍 홍수 여름 겨울 축제 문화 영화 음악 경기 시즌 관광 공항 항공 호텔 자료 ' +
  '예산 세금 개혁 노조 파업 시위 집회 판결 판사 검찰 수사 혐의 체포 피해자 가족 주민 마을 농장 수확 가뭄 전력 ' +
  '발전소 연료 부족 지원 전달 협정 조약 제재 조치 제한 금지 선적 발사 미사일 시험 훈련 경보 경고 성명 대응 규탄'
).split(' ')
const KO_PARTICLES = ['', '은', '는', '이', '가', '을', '를', '의', '에서', '에', '과', '와', '도', '으로']
const KO_ENDINGS = ['했다', '밝혔다', '전했다', '말했다', '예정이다', '있다', '됐다', '강조했다', '발표했다']
const KO_ACTORS = ['북한', '한국', '러시아', '중국', '일본', '미국', '우크라이나', '평양', '서울']
const KO_SYLLABLES = '김 이 박 최 정 강 조 윤 장 임 민 준 서 현 우 지 호 은 태 성 영 수'.split(' ')

const zipf = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(xs.length * rng() ** 2.2)]

function enName(rng: Rng): string {
  const part = () => {
    const s = Array.from({ length: between(rng, 2, 3) }, () => pick(rng, SYLLABLES)).join('')
    return s[0].toUpperCase() + s.slice(1)
  }
  return `${part()} ${part()}`
}
const koName = (rng: Rng) => Array.from({ length: 3 }, () => pick(rng, KO_SYLLABLES)).join('')

/** Story-specific names and numbers: what makes two stories of one topic different. */
function specifics(rng: Rng, lang: 'en' | 'ko'): string[] {
  const names = Array.from({ length: 4 }, () => (lang === 'en' ? enName(rng) : koName(rng)))
  const numbers = Array.from({ length: 4 }, () => String(between(rng, 2, 9_999)))
  return [...names, ...numbers]
}

function enSentence(rng: Rng, own: string[]): string[] {
  const n = between(rng, 14, 24)
  const words: string[] = [pick(rng, EN_ACTORS)]
  for (let i = 0; i < n; i++) {
    const r = rng()
    words.push(r < 0.35 ? pick(rng, EN_FUNCTION) : r < 0.45 ? pick(rng, own) : zipf(rng, EN_WORDS))
  }
  if (rng() < 0.3) words.push(pick(rng, EN_STOCK))
  return words
}

function koSentence(rng: Rng, own: string[]): string[] {
  const n = between(rng, 7, 12)
  const words: string[] = [pick(rng, KO_ACTORS) + pick(rng, ['은', '는', '이', '가'])]
  for (let i = 0; i < n; i++) {
    const base = rng() < 0.12 ? pick(rng, own) : zipf(rng, KO_STEMS)
    words.push(base + pick(rng, KO_PARTICLES))
  }
  words.push(pick(rng, KO_ENDINGS))
  return words
}

const sentenceText = (words: string[], lang: 'en' | 'ko') =>
  lang === 'en' ? `${words.join(' ')}.` : `${words.join(' ')}.`

function newStory(rng: Rng, id: number, lang: 'en' | 'ko', outlet: number, published: number): Story {
  const own = specifics(rng, lang)
  const make = () => (lang === 'en' ? enSentence(rng, own) : koSentence(rng, own))
  // ~2.5 KB of text: 6-8 paragraphs of 3 sentences (English ~20 words, Korean ~10 words a sentence).
  const paragraphs = Array.from({ length: between(rng, 6, 8) }, () =>
    Array.from({ length: 3 }, () => sentenceText(make(), lang)),
  )
  const title = lang === 'en' ? make().slice(0, 9).join(' ') : make().slice(0, 5).join(' ')
  return { id, lang, title, paragraphs, outlet, published }
}

/** A different story from the same template: a third of the sentences reused, new specifics. */
function sibling(rng: Rng, of: Story, id: number, outlet: number, published: number): Story {
  const fresh = newStory(rng, id, of.lang, outlet, published)
  const paragraphs = fresh.paragraphs.map((p, i) =>
    p.map((s, j) => (rng() < 0.33 && of.paragraphs[i]?.[j] ? of.paragraphs[i][j] : s)),
  )
  return { ...fresh, title: of.title, paragraphs }
}

/** The light edits of another outlet carrying the same wire story. */
function recarry(rng: Rng, s: Story, outlet: number): { title: string; paragraphs: string[][] } {
  const swap = (sentence: string) => {
    const words = sentence.split(' ')
    words[between(rng, 0, words.length - 1)] = s.lang === 'en' ? zipf(rng, EN_WORDS) : zipf(rng, KO_STEMS)
    return words.join(' ')
  }
  const paragraphs = s.paragraphs
    .filter((_, i) => i === 0 || rng() > 0.1)
    .map((p) => p.map((sentence) => (rng() < 0.12 ? swap(sentence) : sentence)))
  const byline = s.lang === 'en' ? `By ${enName(rng)}` : `(서울=뉴스${outlet}) ${koName(rng)} 기자 =`
  paragraphs.unshift([byline])
  paragraphs.push([s.lang === 'en' ? 'The outlet contributed reporting.' : '이 기사는 제휴사 기사입니다.'])
  const title = s.lang === 'en' ? `${s.title} (update)` : `[종합] ${s.title}`
  return { title, paragraphs }
}

const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function itemXml(
  title: string,
  link: string,
  guid: string,
  paragraphs: string[][],
  published: number,
): string {
  const html = paragraphs.map((p) => `<p>${p.join(' ')}</p>`).join('\n')
  return `<item><title>${esc(title)}</title><link>${esc(link)}</link><guid isPermaLink="false">${guid}</guid>
<pubDate>${new Date(published).toUTCString()}</pubDate><description>${esc(paragraphs[0].join(' '))}</description>
<content:encoded><![CDATA[${html}]]></content:encoded></item>`
}

/** Documents of `itemsPerDoc` items, forever; same seed → same bytes. */
export function* scaleDocs(
  opts: { seed?: number; itemsPerDoc?: number; start?: number } = {},
): Generator<ScaleDoc> {
  const rng = mulberry32(opts.seed ?? 15_0515)
  const perDoc = opts.itemsPerDoc ?? 100
  const recent: Record<'en' | 'ko', Story[]> = { en: [], ko: [] }
  let nextStory = 1
  let clock = opts.start ?? Date.parse('2026-06-01T00:00:00Z')
  for (let doc = 0; ; doc++) {
    const outlet = doc % OUTLETS
    const lang: 'en' | 'ko' = outlet % 5 < 3 ? 'en' : 'ko'
    const host = `${lang}-outlet-${outlet}.example`
    const items: PlantedItem[] = []
    const xml: string[] = []
    // The newest RECENT_POOL stories of other outlets. This document only adds stories of its own
    // outlet, so the pool changes only when `recent` is trimmed: rebuilt then, not per item.
    let pool: Story[] | null = null
    for (let i = 0; i < perDoc; i++) {
      clock += 30_000
      const r = rng()
      pool ??= recent[lang].filter((s) => s.outlet !== outlet).slice(-RECENT_POOL)
      const guid = `d${doc}-i${i}`
      if (r < RECARRY_RATE && pool.length > 0) {
        const src = pick(rng, pool)
        const edited = recarry(rng, src, outlet)
        const url = `https://${host}/news/${src.id}.html?utm_source=rss&utm_medium=feed&utm_campaign=wire`
        xml.push(itemXml(edited.title, url, guid, edited.paragraphs, clock + between(rng, 5, 120) * 60_000))
        items.push({ story: src.id, kind: 'recarry', url, lang })
        continue
      }
      const id = nextStory++
      const template = r < RECARRY_RATE + SIBLING_RATE && pool.length > 0 ? pick(rng, pool) : null
      const story = template
        ? sibling(rng, template, id, outlet, clock)
        : newStory(rng, id, lang, outlet, clock)
      const url = `https://${host}/news/${id}.html`
      xml.push(itemXml(story.title, url, guid, story.paragraphs, clock))
      items.push(
        template
          ? { story: id, kind: 'sibling', template: template.id, url, lang }
          : { story: id, kind: 'original', url, lang },
      )
      recent[lang].push(story)
      if (recent[lang].length > RECENT_POOL * 2) {
        recent[lang].splice(0, RECENT_POOL)
        pool = null
      }
    }
    const feedUrl = `https://${host}/rss.xml`
    yield {
      feedUrl,
      items,
      xml: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Outlet ${outlet}</title><link>https://${host}/</link><description>scale bench</description>
<language>${lang}</language>
${xml.join('\n')}
</channel></rss>`,
    }
  }
}
