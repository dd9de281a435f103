// Feed documents for the browser suite and the screenshots: English and Korean wire copy shaped
// like Yonhap's and the Korea Herald's feeds, dated relative to now (so the 30-day trend has
// data and a surge two days ago), one story carried by two outlets, and one hostile item whose
// text tries markup and script.

const DAY = 86_400_000
const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** [days ago, hour UTC, title, description] */
const YONHAP_EN = [
  [
    2,
    1,
    'N. Korea fires ballistic missile into East Sea: JCS',
    'North Korea fired a short-range ballistic missile toward the East Sea on Tuesday, the Joint Chiefs of Staff said. The launch came days after Seoul and Washington wrapped up their annual joint drills.',
  ],
  [
    2,
    4,
    'N. Korea fires second ballistic missile in a day',
    'North Korea fired another ballistic missile on Tuesday afternoon, its second launch of the day, according to South Korean military officials. The missile flew about 600 kilometers before landing in the East Sea.',
  ],
  [
    2,
    6,
    'Japan protests N. Korean missile launch through diplomatic channels',
    "Japan lodged a protest with North Korea through its embassy in Beijing after Pyongyang fired ballistic missiles on Tuesday. Japan's defense ministry said the missiles fell outside its exclusive economic zone.",
  ],
  [
    2,
    8,
    'U.S. condemns N. Korea missile launch, urges return to dialogue',
    'The United States condemned North Korea on Tuesday for launching ballistic missiles. The State Department said the launches violate multiple UN Security Council resolutions.',
  ],
  [
    2,
    10,
    'UN Security Council to meet on N. Korea missile launches',
    'The UN Security Council will hold an emergency meeting on North Korea after it fired two ballistic missiles, diplomats said. The United States and Japan requested the meeting.',
  ],
  [
    5,
    3,
    'Lavrov arrives in Pyongyang for talks with Choe Son Hui',
    'Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday for a two-day visit. Lavrov will hold talks with North Korean Foreign Minister Choe Son Hui on bilateral cooperation.',
  ],
  [
    8,
    5,
    'Moscow denies arms deal with Pyongyang',
    'Russia denied on Monday that it had agreed to buy artillery shells from North Korea. The Kremlin said reports of an arms deal were groundless.',
  ],
  [
    10,
    2,
    'S. Korea, U.S. begin joint military exercise',
    'South Korea and the United States began a joint military exercise on Wednesday, the Joint Chiefs of Staff said. North Korea has called such drills a rehearsal for invasion.',
  ],
  [
    12,
    7,
    'Seoul imposes sanctions on N. Korean hackers',
    'South Korea imposed sanctions on North Korean individuals accused of cyberattacks and cryptocurrency theft, the foreign ministry said.',
  ],
  [
    20,
    9,
    'Kim Jong Un inspects munitions factory',
    'North Korean leader Kim Jong Un inspected a munitions factory and called for increased production of missiles, state media reported.',
  ],
]

/** More days of distinct stories, so the unfiltered list is longer than one page (Load more). */
const MORE = [
  [
    'Unification ministry proposes talks on separated families',
    'Seoul proposed Red Cross talks on reunions of families separated by the Korean War, the unification ministry said.',
  ],
  [
    'Defectors arriving in South Korea rise for third year',
    'The number of North Korean defectors reaching the South rose again this year, government data showed.',
  ],
  [
    'Pyongyang marathon returns after five-year pause',
    'Foreign amateur runners took part in the Pyongyang marathon for the first time since the pandemic closed the border.',
  ],
  [
    'Kaesong industrial park equipment seen moved, satellite images show',
    'Commercial satellite imagery suggests machinery left by South Korean firms at Kaesong has been relocated.',
  ],
  [
    'China-N. Korea trade climbs to four-year high',
    'Trade between China and North Korea reached its highest monthly level in four years, Chinese customs data showed.',
  ],
  [
    'Typhoon floods farmland in North Hwanghae province',
    'Heavy rain brought by a typhoon flooded rice paddies and damaged houses in North Hwanghae province, state television said.',
  ],
  [
    'Seoul think tank expects poor harvest in the North',
    'A government-funded institute forecast a weak grain harvest in North Korea after a dry spring.',
  ],
  [
    'N. Korean restaurant chain abroad shuts branches',
    'Several North Korean state-run restaurants in Southeast Asia have closed, according to local reports.',
  ],
  [
    'Former POW repatriation group appeals to Geneva body',
    'Families of South Korean prisoners of war held in the North filed a petition with a United Nations working group.',
  ],
  [
    'Inter-Korean hotline unanswered for another month',
    'Daily calls on the inter-Korean liaison line went unanswered again, the unification ministry said on Thursday.',
  ],
  [
    'Pyongyang opens new hospital named after founder',
    'State media showed the opening ceremony of a large general hospital in central Pyongyang.',
  ],
  [
    'Rodong Sinmun editorial urges self-reliance in steel output',
    'The ruling party newspaper called on steelworkers to raise production using domestic coal and iron ore.',
  ],
  [
    'Seoul court upholds spying conviction of former activist',
    'An appeals court upheld the conviction of a former labor activist for contacting North Korean agents in Cambodia.',
  ],
  [
    'North Korean women’s football team wins regional title',
    'The North Korean women’s national football team beat Japan in the final of a regional tournament.',
  ],
  [
    'Researchers map cellphone use in rural North Korea',
    'A survey of defectors found mobile phones are now common in rural households, researchers said.',
  ],
  [
    'DMZ guard post restoration continues, military says',
    'South Korean military officials said the North keeps rebuilding guard posts it demolished under a 2018 accord.',
  ],
]
for (const [i, [title, text]] of MORE.entries()) YONHAP_EN.push([13 + i, 11, title, text])

const HOSTILE = [
  1,
  5,
  'Hostile headline <script>alert("title")</script> about the missile',
  'A <img src=x onerror=alert("img")> description with <mark>fake marks</mark> and &lt;b&gt; text on the missile launch by North Korea.',
]

const YONHAP_KO = [
  [
    2,
    1,
    '북한, 동해상으로 탄도미사일 발사…합참',
    '북한이 화요일 동해상으로 단거리 탄도미사일을 발사했다고 합동참모본부가 밝혔다. 이번 발사는 한미 연합훈련이 끝난 지 며칠 만이다.',
  ],
  [
    5,
    3,
    '라브로프 러시아 외무장관, 평양 방문',
    '세르게이 라브로프 러시아 외무장관이 평양을 방문해 최선희 외무상과 회담했다. 양측은 군사 협력 문제를 논의한 것으로 알려졌다.',
  ],
  [
    9,
    4,
    '정부, 북한 해커 독자제재 부과',
    '정부가 가상화폐 탈취에 관여한 북한 해커들에 대해 독자제재를 부과했다고 외교부가 밝혔다.',
  ],
  [3, 6, '한미 연합훈련 마무리', '한국과 미국이 연합훈련을 마무리했다. 북한은 훈련을 강하게 비난해 왔다.'],
]

function rssDocument({ title, link, lang, items, base }, now) {
  const body = items
    .map(([daysAgo, hour, t, d], i) => {
      const day = Math.floor((now - daysAgo * DAY) / DAY) * DAY
      const date = new Date(Math.min(day + hour * 3_600_000, now - 60_000)).toUTCString()
      return `<item><title>${esc(t)}</title><link>${base}/view/${lang}${daysAgo}-${hour}-${i}</link>
<guid isPermaLink="false">${lang}-${daysAgo}-${hour}-${i}</guid><description>${esc(d)}</description><pubDate>${date}</pubDate></item>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>${link}</link><description>${esc(title)}</description>
<language>${lang}</language>
${body}
</channel></rss>`
}

/** The documents to POST to /api/ingest?url=..., in order. */
export function fixtureFeeds(now = Date.now()) {
  return [
    {
      url: 'https://en.yna.example.kr/rss/northkorea.xml',
      doc: rssDocument(
        {
          title: 'Yonhap News Agency - North Korea',
          link: 'https://en.yna.example.kr/',
          lang: 'en',
          items: [...YONHAP_EN, HOSTILE],
          base: 'https://en.yna.example.kr',
        },
        now,
      ),
    },
    {
      // The Korea Herald carries Yonhap's first story word for word: one story, two outlets.
      url: 'https://www.koreaherald.example/rss/national.xml',
      doc: rssDocument(
        {
          title: 'The Korea Herald - National',
          link: 'https://www.koreaherald.example/',
          lang: 'en',
          items: [YONHAP_EN[0]],
          base: 'https://www.koreaherald.example',
        },
        now,
      ),
    },
    {
      url: 'https://www.yna.example.kr/rss/northkorea.xml',
      doc: rssDocument(
        {
          title: '연합뉴스 북한',
          link: 'https://www.yna.example.kr/',
          lang: 'ko',
          items: YONHAP_KO,
          base: 'https://www.yna.example.kr',
        },
        now,
      ),
    },
  ]
}
