/**
 * Realistic wire copy for near-duplicate tests (written for these tests in the style of
 * Yonhap / Reuters dispatches; the events are fictional).
 * Each "copy" is the same story as carried by another outlet, with the edits outlets make:
 * another byline or dateline, a retouched headline, "N. Korea" spelled out, a sentence added
 * or dropped, Korean spacing and particles changed. Each "other" story shares the topic and
 * vocabulary but reports a different event.
 */

export interface Story {
  title: string
  body: string
}

export const text = (s: Story) => `${s.title}\n${s.body}`

export const EN_SRBM_YONHAP: Story = {
  title: 'N. Korea fires short-range ballistic missile into East Sea: JCS',
  body: `SEOUL, March 14 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Thursday, South Korea's military said, in its latest show of force amid joint military drills between Seoul and Washington.
The Joint Chiefs of Staff (JCS) said it detected the launch from the Jangyon area in South Hwanghae Province at around 7:44 a.m. The missile flew about 600 kilometers before splashing into waters off the North's east coast.
"Our military has strengthened surveillance and vigilance in preparation for additional launches and is maintaining a full readiness posture while closely sharing information with the United States and Japan," the JCS said in a text message sent to reporters.
South Korean and U.S. intelligence authorities are analyzing the details of the launch, including the exact type of the missile and its flight characteristics.
The launch came as the allies are holding their annual Freedom Shield exercise, which Pyongyang has long denounced as a rehearsal for invasion. The 11-day exercise is set to end next week.
It marked the North's first ballistic missile launch since late January, when it fired several cruise missiles off its west coast.
Japan's defense ministry also said it detected a possible ballistic missile launched by N. Korea and that it appeared to have fallen outside Japan's exclusive economic zone.
National Security Office chief Cho Tae-yong convened a meeting with senior officials to assess the launch and discuss countermeasures, the presidential office said.`,
}

export const EN_SRBM_HERALD_COPY: Story = {
  title: 'North Korea fires short-range ballistic missile into East Sea',
  body: `By Kim Eun-jung
North Korea fired a short-range ballistic missile into the East Sea on Thursday, South Korea's military said, in its latest show of force amid joint military drills between Seoul and Washington.
The Joint Chiefs of Staff (JCS) said it detected the launch from the Jangyon area in South Hwanghae Province at around 7:44 a.m. The missile flew about 600 kilometers before splashing into waters off the North's east coast.
"Our military has strengthened surveillance and vigilance in preparation for additional launches and is maintaining a full readiness posture while closely sharing information with the United States and Japan," the JCS said in a text message sent to reporters.
South Korean and US intelligence authorities are analyzing the details of the launch, including the exact type of the missile and its flight characteristics.
The launch came as the allies are holding their annual Freedom Shield exercise, which Pyongyang has long denounced as a rehearsal for invasion.
It marked the North's first ballistic missile launch since late January, when it fired several cruise missiles off its west coast.
Japan's defense ministry also said it detected a possible ballistic missile launched by North Korea and that it appeared to have fallen outside Japan's exclusive economic zone.
Tokyo lodged a protest with Pyongyang through diplomatic channels in Beijing, Japanese officials said.
National Security Office chief Cho Tae-yong convened a meeting with senior officials to assess the launch and discuss countermeasures, the presidential office said. (Yonhap)`,
}

/** A different launch, weeks later: same vocabulary, different facts. */
export const EN_CRUISE_OTHER: Story = {
  title: 'N. Korea fires several cruise missiles off west coast: JCS',
  body: `SEOUL, April 22 (Yonhap) -- North Korea fired several cruise missiles into the Yellow Sea on Monday, South Korea's military said, days after leader Kim Jong-un oversaw a test of what Pyongyang called a new type of strategic cruise missile warhead.
The Joint Chiefs of Staff (JCS) said it detected the launches from the Nampho area at around 3 p.m. and was analyzing their flight distance together with the United States.
Unlike ballistic missiles, cruise missile launches are not banned under U.N. Security Council resolutions, as they fly at lower altitudes and are powered by jet engines for most of their flight.
The North's state media reported last week that the Missile Administration had tested a super-large warhead designed for the Hwasal-1 Ra-3 strategic cruise missile and a new Pyoljji-1-2 anti-aircraft missile.
The launch came a day after the South Korean and U.S. air forces wrapped up a two-week combined exercise involving about 110 aircraft, including F-35A stealth fighters.
Experts say Pyongyang is seeking to diversify its means of delivering nuclear weapons ahead of the U.S. presidential election in November.`,
}

/** Another ballistic launch on another day: the closest kind of "different story". */
export const EN_ICBM_OTHER: Story = {
  title: 'N. Korea fires ICBM toward East Sea ahead of U.S. election: JCS',
  body: `SEOUL, Oct. 31 (Yonhap) -- North Korea fired an intercontinental ballistic missile (ICBM) toward the East Sea on Thursday, South Korea's military said, in a show of force days before the U.S. presidential election.
The Joint Chiefs of Staff said it detected the launch from the Pyongyang area at around 7:10 a.m. The missile was fired at a lofted angle and flew for about 86 minutes, the longest flight time recorded for a North Korean missile.
The military said it suspects the missile was a new solid-fuel ICBM and that it is sharing information with the United States and Japan while maintaining a full readiness posture.
Seoul's defense minister had warned earlier this week that the North was likely to conduct a seventh nuclear test or an ICBM launch around the election, after Pyongyang sent thousands of troops to Russia.
The launch drew swift condemnation from Washington and Tokyo, which called it a flagrant violation of multiple U.N. Security Council resolutions.
North Korea last tested an ICBM in December, when it launched a Hwasong-18 that flew about 1,000 kilometers.`,
}

export const KO_SRBM_YONHAP: Story = {
  title: '北, 동해상으로 단거리탄도미사일 발사…합참 "600㎞ 비행"',
  body: `(서울=연합뉴스) 김지헌 기자 = 북한이 14일 오전 동해상으로 단거리탄도미사일(SRBM)을 발사했다고 합동참모본부가 밝혔다.
합참은 "우리 군은 오늘 오전 7시 44분께 황해남도 장연 일대에서 동해상으로 발사된 단거리탄도미사일 1발을 포착했다"며 "북한 탄도미사일은 약 600㎞를 비행했다"고 말했다.
이어 "우리 군은 추가 발사에 대비해 감시와 경계를 강화한 가운데 미국, 일본 측과 북한 탄도미사일 정보를 긴밀하게 공유하면서 만반의 태세를 유지하고 있다"고 강조했다.
한미 정보당국은 미사일의 구체적인 기종과 비행 특성 등을 정밀 분석하고 있다.
이번 발사는 한미 연합연습 '자유의 방패'(프리덤실드)가 진행 중인 가운데 이뤄졌다. 북한은 그간 한미 연합연습을 '북침 전쟁 연습'이라고 비난해왔다.
북한이 탄도미사일을 발사한 것은 지난 1월 서해상으로 순항미사일 여러 발을 쏜 이후 처음이다.
일본 방위성도 북한이 탄도미사일 가능성이 있는 물체를 발사했으며 일본 배타적경제수역(EEZ) 밖에 떨어진 것으로 보인다고 밝혔다.
대통령실은 조태용 국가안보실장 주재로 긴급 회의를 열어 대응 방안을 논의했다고 전했다.
jk@yna.co.kr`,
}

export const KO_SRBM_OTHER_OUTLET_COPY: Story = {
  title: '북한, 동해상으로 단거리 탄도미사일 발사…"600㎞ 비행"',
  body: `[서울신문 박기석 기자] 북한이 14일 오전 동해상으로 단거리 탄도미사일(SRBM)을 발사했다고 합동참모본부가 밝혔다.
합참은 "우리 군은 오늘 오전 7시 44분께 황해남도 장연 일대에서 동해상으로 발사된 단거리 탄도미사일 1발을 포착했다"며 "북한 탄도미사일은 약 600㎞를 비행했다"고 말했다.
이어 "우리 군은 추가 발사에 대비해 감시와 경계를 강화한 가운데 미국, 일본 측과 북한 탄도미사일 정보를 긴밀하게 공유하면서 만반의 태세를 유지하고 있다"고 강조했다.
한미 정보당국은 미사일의 구체적 기종과 비행특성 등을 정밀 분석중이다.
이번 발사는 한미 연합연습 '자유의 방패'(프리덤실드)가 진행되는 가운데 이뤄졌다.
북한이 탄도미사일을 쏜 것은 지난 1월 서해상으로 순항미사일 여러 발을 발사한 이후 처음이다.
일본 방위성도 북한이 탄도미사일 가능성이 있는 물체를 발사했으며 일본 배타적경제수역(EEZ) 밖에 떨어진 것으로 보인다고 발표했다.
대통령실은 조태용 국가안보실장 주재로 긴급 회의를 열고 대응 방안을 논의했다고 전했다.`,
}

export const KO_CRUISE_OTHER: Story = {
  title: '北, 서해상으로 순항미사일 여러발 발사…합참 "한미 정밀 분석"',
  body: `(서울=연합뉴스) 이영재 기자 = 북한이 22일 오후 서해상으로 순항미사일 여러 발을 발사했다고 합동참모본부가 밝혔다.
합참은 "우리 군은 오늘 오후 3시께 남포 일대에서 서해상으로 발사된 순항미사일 수 발을 포착했다"며 "세부 제원은 한미 정보당국이 정밀 분석 중"이라고 말했다.
순항미사일은 탄도미사일과 달리 유엔 안보리 결의에 따른 제재 대상은 아니지만, 저고도로 비행해 요격이 어렵다는 특징이 있다.
북한 관영 조선중앙통신은 지난주 미사일총국이 '화살-1 라-3형' 전략순항미사일 초대형 전투부 위력시험과 신형 반항공미사일 '별찌-1-2형' 시험사격을 진행했다고 보도한 바 있다.
이번 발사는 한미 공군이 F-35A 스텔스 전투기 등 110여 대를 동원한 연합공중훈련을 마친 지 하루 만에 이뤄졌다.
전문가들은 북한이 미국 대선을 앞두고 핵 운반수단을 다양화하려는 것으로 보고 있다.`,
}

export const KO_ICBM_OTHER: Story = {
  title: '北, ICBM 동해상 발사…합참 "고각 발사, 역대 최장 86분 비행"',
  body: `(서울=연합뉴스) 김지헌 기자 = 북한이 31일 오전 동해상으로 대륙간탄도미사일(ICBM)을 발사했다고 합동참모본부가 밝혔다.
합참은 "우리 군은 오늘 오전 7시 10분께 평양 일대에서 고각으로 발사된 장거리탄도미사일 1발을 포착했다"고 말했다.
이번 미사일은 약 86분간 비행해 북한 미사일 가운데 역대 최장 비행시간을 기록한 것으로 분석됐다.
군은 신형 고체연료 ICBM일 가능성에 무게를 두고 미국, 일본 측과 정보를 긴밀하게 공유하면서 만반의 태세를 유지하고 있다고 밝혔다.
국방부 장관은 이번 주 초 북한이 미국 대선을 전후해 7차 핵실험이나 ICBM 발사에 나설 가능성이 있다고 경고한 바 있다.
북한의 ICBM 발사는 지난해 12월 '화성-18형' 발사 이후 10개월여 만이다.`,
}

export const EN_ARMS_REUTERS: Story = {
  title: 'North Korea shipped artillery shells to Russia by rail, satellite images show',
  body: `WASHINGTON (Reuters) - North Korea has shipped thousands of containers of artillery shells to Russia by rail over the past two months, according to commercial satellite images reviewed by researchers, deepening a military partnership that Western governments say violates United Nations sanctions.
The images, taken between Sept. 30 and Nov. 20, show a sharp increase in freight traffic at the Tumangang rail facility on the North Korean side of the border, with as many as 73 rail cars visible at one time, the Center for Strategic and International Studies said in a report on Tuesday.
The White House said last month that North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia for use in its war in Ukraine, and that Pyongyang was seeking advanced weapons technology in return.
Russia and North Korea have denied arms transfers, but have pledged to deepen military cooperation after leader Kim Jong Un met President Vladimir Putin at a space launch centre in Russia's Far East in September.
A South Korean lawmaker briefed by the country's spy agency said on Wednesday that the North had sent more than a million rounds of artillery ammunition to Russia since August.
The increase in rail traffic could not be independently verified by Reuters.
Reporting by Josh Smith in Seoul and Simon Lewis in Washington; Editing by Lincoln Feast`,
}

export const EN_ARMS_REUTERS_COPY: Story = {
  title: 'N. Korea ships artillery shells to Russia by rail - satellite images',
  body: `North Korea has shipped thousands of containers of artillery shells to Russia by rail over the past two months, according to commercial satellite images reviewed by researchers, deepening a military partnership that Western governments say violates U.N. sanctions.
The images, taken between Sept. 30 and Nov. 20, show a sharp increase in freight traffic at the Tumangang rail facility on the North Korean side of the border, with as many as 73 rail cars visible at one time, the Center for Strategic and International Studies said in a report on Tuesday.
The White House said last month that North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia for use in its war in Ukraine, and that Pyongyang was seeking advanced weapons technology in return.
Russia and North Korea have denied arms transfers, but have pledged to deepen military cooperation after leader Kim Jong Un met President Vladimir Putin at a space launch center in Russia's Far East in September.
A South Korean lawmaker briefed by the country's spy agency said on Wednesday that the North had sent more than a million rounds of artillery ammunition to Russia since August.
(Reuters)`,
}

/** Same two countries, same topic (arms for Russia), another event and another week. */
export const EN_ARMS_OTHER: Story = {
  title: 'Ukraine says North Korean missiles used in strikes on Kharkiv',
  body: `KYIV, Jan 18 (Reuters) - Ukraine's prosecutor general said on Thursday that Russia had fired at least 20 ballistic missiles supplied by North Korea at Ukrainian cities since late December, including a strike on Kharkiv that killed two people this week.
Investigators examined debris from a missile that hit a residential building in Kharkiv on Jan. 2 and found markings and components consistent with the North Korean Hwasong-11 short-range ballistic missile, Andriy Kostin told reporters.
Half of the North Korean missiles had deviated from their programmed trajectory and exploded in the air, Kostin said, suggesting reliability problems.
The United States said this month that Russia had used North Korean ballistic missiles in attacks on Ukraine and warned that Pyongyang was learning from their use on the battlefield.
Moscow and Pyongyang have denied arms transfers but pledged to deepen military cooperation.
Reporting by Tom Balmforth; Editing by Andrew Heavens`,
}

/** The same story from another outlet: [what the outlet changed, original, copy]. */
export const COPIES: [string, Story, Story][] = [
  [
    'Yonhap, English: byline, headline, "N. Korea", a sentence added and one cut',
    EN_SRBM_YONHAP,
    EN_SRBM_HERALD_COPY,
  ],
  [
    'Reuters, English: dateline and credits dropped, "U.N.", "centre/center", headline',
    EN_ARMS_REUTERS,
    EN_ARMS_REUTERS_COPY,
  ],
  [
    'Yonhap, Korean: byline, 北/북한, spacing, particles, wording, a sentence cut',
    KO_SRBM_YONHAP,
    KO_SRBM_OTHER_OUTLET_COPY,
  ],
]

/** Different stories on the same topic, in the same vocabulary. */
export const DIFFERENT_STORIES: [string, Story, Story][] = [
  ['English: SRBM launch vs cruise missiles weeks later', EN_SRBM_YONHAP, EN_CRUISE_OTHER],
  ['English: SRBM launch vs ICBM launch months later', EN_SRBM_YONHAP, EN_ICBM_OTHER],
  ['English: cruise vs ICBM', EN_CRUISE_OTHER, EN_ICBM_OTHER],
  ['English: shells to Russia vs North Korean missiles in Ukraine', EN_ARMS_REUTERS, EN_ARMS_OTHER],
  ['Korean: SRBM launch vs cruise missiles', KO_SRBM_YONHAP, KO_CRUISE_OTHER],
  ['Korean: SRBM launch vs ICBM launch (same reporter, same formulas)', KO_SRBM_YONHAP, KO_ICBM_OTHER],
  ['Korean: cruise vs ICBM', KO_CRUISE_OTHER, KO_ICBM_OTHER],
]

/** Title plus the first paragraphs: what summary-only feeds carry. */
export const lead = (s: Story): Story => ({
  title: s.title,
  body: s.body
    .split('\n')
    .filter((l) => !/^By /.test(l))
    .slice(0, 2)
    .join('\n'),
})
