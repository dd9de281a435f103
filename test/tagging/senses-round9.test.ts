import { describe, expect, it } from 'vitest'
import { events } from './helpers'

// Issue 14, round nine: a sense inventory of the English triggers, written from lexical knowledge (what a
// dictionary or a newsroom editor lists for each word), not from gold errors. Each block has a sentence of
// the other sense, with states in it so that only the sense cue can block it, and a real event with the same
// trigger that must still tag. Every sentence is new, written for the block it tests.

const blocked = (event: string, sentences: string[]) => {
  for (const s of sentences) expect(events(s), s).not.toContain(event)
}
const tagged = (event: string, sentences: string[]) => {
  for (const s of sentences) expect(events(s), s).toContain(event)
}

describe('attack-clash: the other senses of strike, clash, combat, fighting, battle, offensive ... (round nine)', () => {
  it('a tone struck, lightning, a hunger strike are no strike', () => {
    blocked('attack-clash', [
      'South Korea struck a conciliatory tone toward Japan.',
      'A Japanese climber was struck by lightning in South Korea.',
      'A South Korean activist began a hunger strike outside the Japanese embassy.',
    ])
    tagged('attack-clash', ['Russia launched airstrikes on Kyiv, killing five.'])
  })

  it('clashing over an issue, combating a problem, fighting corruption are disputes and policies', () => {
    blocked('attack-clash', [
      'Japan and South Korea clashed over history textbooks at the UN.',
      'Japan and South Korea agreed to combat illegal fishing by Chinese boats.',
      'North Korea vowed to improve combat readiness to counter the United States.',
      'Japan and South Korea are fighting corruption in sport together, the ministers said.',
      'South Korea is fighting a rise in Chinese fine dust, the minister said.',
    ])
    tagged('attack-clash', ['Chinese and Indian troops clashed along the disputed border, killing three.'])
  })

  it('a legal or uphill battle, a charm or peace offensive, offensive remarks or weapons, a barrage of criticism', () => {
    blocked('attack-clash', [
      "Samsung is in a legal battle with Japan's patent office.",
      "Yoon Suk Yeol faces an uphill battle against North Korea's propaganda.",
      'China launched a charm offensive toward South Korea.',
      'North Korea launched a peace offensive toward South Korea.',
      "Japan called the remarks by South Korea's minister deeply offensive.",
      "North Korea's offensive weapons worry Japan and South Korea.",
      'Japan faced a barrage of criticism from South Korea over the shrine visit.',
    ])
    tagged('attack-clash', ['Russia launched a new offensive against Ukraine in the east.'])
  })

  it('a sexual assault, a car crash, an idea shot down, panic attacks and attack ads', () => {
    blocked('attack-clash', [
      'A U.S. soldier was charged with sexual assault of a South Korean woman.',
      'Two U.S. soldiers were killed in a car crash in South Korea.',
      'South Korea shot down the idea of talks with North Korea.',
      'A Japanese tourist suffered a panic attack in Seoul after a North Korean launch.',
      "Japan's prime minister faced attack ads from the opposition over China.",
      "A Japanese man fought off a bear attack in South Korea's mountains.",
    ])
    tagged('attack-clash', ['South Korea shot down a North Korean drone over the border.'])
  })
})

describe('protest: parades, campaign rallies, demonstrations of a thing, a missile strike (round nine)', () => {
  it('troops marching in a parade and a candidate rally are no protest', () => {
    blocked('protest', [
      "Thousands of North Korean troops marched through Kim Il Sung Square in a military parade watched by China's envoy.",
      'Donald Trump held a campaign rally before thousands of supporters as Japan watched.',
      'Samsung gave a product demonstration to hundreds of Japanese buyers.',
    ])
    tagged('protest', ['Thousands of South Koreans marched against Japan in central Seoul.'])
  })

  it('a strike that kills workers is an attack, not a walkout', () => {
    blocked('protest', ['A Russian missile strike killed five workers at a factory, Ukraine said.'])
    tagged('protest', ['Hyundai workers went on strike in South Korea over pay.'])
  })
})

describe('cyberattack and sanctions: a breach of a resolution, voice phishing, the state-sanctioned (round nine)', () => {
  it('a breach of a resolution, an armistice or the border is no intrusion; voice phishing rings are crime', () => {
    blocked('cyberattack', [
      "North Korea's launch was a breach of UN Security Council resolutions, Japan said.",
      'North Korea called the drill a breach of the armistice, South Korea said.',
      'A security breach at the DMZ let a North Korean soldier cross into South Korea.',
      'Chinese voice phishing rings targeted South Koreans from Cambodia.',
      'A Chinese man was hacked to death in Japan.',
    ])
    tagged('cyberattack', ['North Korean hackers stole cryptocurrency from a Japanese exchange.'])
  })

  it('"state-sanctioned", a culture blacklist, a news embargo, disciplinary sanctions', () => {
    blocked('sanctions', [
      "North Korea's state-sanctioned hackers stole $1.5 billion from a Japanese exchange.",
      "The Chinese artists were on Park Geun-hye's culture blacklist in South Korea.",
      'A news embargo on the Japan-South Korea statement was lifted at noon.',
      'The South Korean lawmaker faces disciplinary sanctions from his party over his trip to Japan.',
    ])
    tagged('sanctions', [
      'The United States imposed sanctions on North Korea.',
      'Japan blacklisted Chinese firms.',
    ])
  })
})

describe('visit and meeting-summit: a team trip, a summit of a mountain or of business, "was met with" (round nine)', () => {
  it('a national team visiting for a qualifier is no official visit', () => {
    blocked('visit', ['The South Korean national team will visit Tokyo for the qualifier.'])
    tagged('visit', ["South Korea's foreign minister will visit Tokyo next week."])
  })

  it('a mountain summit, a business summit, an online forum are no talks of states', () => {
    blocked('meeting-summit', [
      'South Korean climbers reached the summit of Mount Paektu in North Korea.',
      "Samsung and SK Hynix executives spoke at an AI summit in San Francisco, alongside South Korea's trade envoy.",
      "Chinese users on an online forum mocked North Korea's parade.",
    ])
    tagged('meeting-summit', ['Japan and China held a summit in Lima.'])
  })

  it('a proposal "met with" skepticism, a shareholders\' or fan meeting, wage talks, medical consultations', () => {
    blocked('meeting-summit', [
      "Seoul's proposal was met with skepticism in Tokyo.",
      "Japan's plan was met with protests from South Korea.",
      "Hyundai's annual general meeting of shareholders in Seoul approved the Japan plant.",
      'BTS held a fan meeting in Tokyo for Japanese fans.',
      "Wage negotiations between Hyundai's union and management in South Korea stalled.",
      'Doctors in South Korea limited medical consultations for Japanese patients.',
      'South Korea launched public consultations on its new immigration rules for Chinese workers.',
      "The film's dialogue mixes North Korean and South Korean dialects.",
      'A South Korean official said by phone that Japan had not replied.',
      'Police warned of a telephone scam targeting South Koreans posing as Chinese officials.',
    ])
    tagged('meeting-summit', [
      'Yoon Suk Yeol and Fumio Kishida spoke by phone on Monday.',
      'Japan and South Korea will meet in Tokyo for talks on North Korea.',
    ])
  })
})

describe("alliance-agreement and diplomatic-statement: contracts of people, a court's or prosecutors' acts (round nine)", () => {
  it('a record deal, a plea or wage agreement, a licence, a bill signed into law are no interstate instrument', () => {
    blocked('alliance-agreement', [
      'The Japanese singer signed a record deal with a South Korean label.',
      'The South Korean suspect signed a plea agreement with U.S. prosecutors.',
      "Hyundai's union and management in South Korea reached a wage agreement.",
      "Samsung and Japan's Sony signed a licensing agreement for image sensors.",
      "The Chinese firm agreed to pay a fine to South Korea's antitrust regulator.",
    ])
    tagged('alliance-agreement', ['Japan and South Korea signed an agreement on intelligence sharing.'])
  })

  it('a court rejecting an appeal, prosecutors summoning a suspect, a defendant denying charges', () => {
    blocked('diplomatic-statement', [
      'A Seoul court rejected the appeal of a Japanese company over wartime labour.',
      'A South Korean court dismissed the lawsuit against Japan as groundless.',
      'The accused, a Chinese national, denied the charges in a Seoul court.',
      'Prosecutors summoned the former South Korean defense minister for questioning.',
      'A Chinese man was condemned to death for spying on Japan.',
      'Japan denied entry to a North Korean football team.',
      "A typhoon slammed into Japan's southern coast, killing two.",
    ])
    tagged('diplomatic-statement', [
      'Japan rejected the South Korean court ruling on wartime labour.',
      'China denied supplying weapons to Russia.',
      'South Korea summoned the Chinese ambassador over the balloons.',
    ])
  })
})

describe('military events: chips deployed, think tanks, rescue helicopters, a fire broke out, a fire drill (round nine)', () => {
  it('military-cooperation: chips deployed, a battery technology transfer, tourist data sharing', () => {
    blocked('military-cooperation', [
      'Samsung deployed its AI chips in Japan and the United States.',
      'The technology transfer of battery know-how from South Korea to China worried industry.',
      'South Korea and Japan agreed on data sharing on tourists to speed immigration checks.',
    ])
    tagged('military-cooperation', [
      "Russia's technology transfer to North Korea worries South Korea.",
      'North Korea deployed troops to Russia to help in Kursk.',
    ])
  })

  it('arms-trade: think tanks and fuel tanks, open arms, a secret weapon, rescue helicopters, seafood shells', () => {
    blocked('arms-trade', [
      'A Japanese think tank sent a report on China and North Korea to lawmakers.',
      'South Korea shipped fuel tanks and storage tanks to Japan.',
      'China welcomed the Japanese delegation with open arms and sold them tea.',
      "Son Heung-min is South Korea's secret weapon against Japan, and he sold out the stadium.",
      "Hyundai sold rescue helicopters to Japan's fire department.",
      'North Korea sent seafood shells to China.',
    ])
    tagged('arms-trade', [
      'North Korea sent artillery shells to Russia.',
      'The United States sold Apache helicopters to South Korea.',
    ])
  })

  it('nuclear-weapons and missile-launch: enrichment classes, under fire, a cruise ship, a crewed space launch', () => {
    blocked('nuclear-weapons', ["Japan's enrichment program for gifted students attracted Chinese interest."])
    tagged('nuclear-weapons', ['Iran and North Korea expanded uranium enrichment, Japan said.'])
    blocked('missile-launch', [
      "Seoul's missile policy came under fire from Japanese lawmakers.",
      'A fire broke out at a Chinese rocket factory, injuring five.',
      'Lotte launched a cruise ship service from Busan to Japan.',
      'The South Korean drama, which launched in Japan on Netflix, features a missile crisis.',
      'China launched the Shenzhou rocket carrying three astronauts to its space station.',
    ])
    // A state's military satellite on a commercial rocket is still a launch (tuning tu-en-004).
    tagged('missile-launch', [
      'South Korea launched its first military spy satellite on a SpaceX rocket.',
      'North Korea fired a ballistic missile into the East Sea, Japan said.',
    ])
  })

  it('military-exercise: earthquake drills, an exercise in futility, fitness, political maneuvers, tabletop war games', () => {
    blocked('military-exercise', [
      'Schools in Japan held an earthquake drill as South Korean students watched.',
      "Japan's summit with South Korea was an exercise in futility, critics in China said.",
      'South Koreans exercise less than the Japanese, a fitness survey found.',
      'Political maneuvers in Seoul delayed the Japan deal.',
      "A U.S. think tank's tabletop war game simulated a Chinese invasion of Taiwan.",
    ])
    tagged('military-exercise', ['China staged exercises around Taiwan, Japan said.'])
  })

  it("threat-warning: weather and profit warnings, forecasts, virus countermeasures, threatened species, a coach's ultimatum", () => {
    blocked('threat-warning', [
      'Japan issued a tsunami warning after a quake struck off its coast, South Korea said.',
      "South Korea's finance ministry warned that exports to China would slow next year.",
      'North Korea announced new countermeasures against the virus at its borders with China.',
      "South Korea's threatened species list now includes Japanese cranes.",
      "The Chinese coach gave South Korea's federation an ultimatum.",
      'The FBI warned of North Korean phishing emails targeting Japanese firms.',
    ])
    tagged('threat-warning', [
      'North Korea warned of countermeasures against the drills by South Korea and the United States.',
      'China warned Japan not to interfere in Taiwan.',
    ])
  })
})

describe('aid and humanitarian: first aid, student aid, relief from tariffs, organ donation, captured on camera (round nine)', () => {
  it('aid: first aid, student aid, a sigh of relief, tariff or sanctions relief, rare earth supplies, consular help', () => {
    blocked('aid', [
      'Japanese tourists in Seoul took first aid classes.',
      "Japan's financial aid for college students now covers South Korean students.",
      "Japanese investors breathed a sigh of relief after South Korea's election.",
      'South Korea won tariff relief from the United States.',
      'North Korea seeks sanctions relief from the United States.',
      'China cut rare earth supplies to Japan, worth billions of dollars.',
      "South Korea's consular assistance helped Japanese tourists stranded in Seoul.",
      'A South Korean woman donated her organs to a Japanese patient, saving five lives.',
      "South Korea's tax relief for Japanese firms cost $1 billion.",
    ])
    tagged('aid', [
      'Japan provided $5 million in humanitarian aid to North Korea.',
      'Japan will provide a $1 billion loan to the Philippines.',
    ])
  })

  it('humanitarian: defecting to a rival party, captured on camera or a market, repatriated profits or artifacts', () => {
    blocked('humanitarian', [
      'A South Korean lawmaker defected to the rival party after visiting Japan.',
      'The Chinese drone captured the Japanese fleet on camera.',
      "Samsung captured half of Japan's smartphone market.",
      'South Korea and Japan discussed the repatriation of profits by Japanese firms.',
      'Japan agreed to the repatriation of Korean cultural artifacts to South Korea.',
      'South Korean workers in Japan earn starvation wages, China said.',
    ])
    tagged('humanitarian', [
      'A North Korean soldier defected to South Korea across the border.',
      'Ukraine captured two North Korean soldiers in Kursk.',
      'China forcibly repatriated North Korean defectors.',
    ])
  })
})

describe('election and leadership-change: mobilisation campaigns, vaccine candidates, prizes, a hospital opened (round nine)', () => {
  it('election: an 80-day campaign, an anti-corruption drive, a vaccine candidate, a primary concern, a strike ballot', () => {
    blocked('election', [
      "The Workers' Party of North Korea launched an 80-day campaign to boost production.",
      "China's Communist Party pressed its anti-corruption campaign ahead of Japan talks.",
      'North Korean hackers ran a phishing campaign against Japanese party members.',
      "South Korea's vaccine candidate was tested in Japan by a party of doctors.",
      "The ruling party's primary concern is Japan, South Korea's minister said.",
      'Hyundai union members voted in a strike ballot in South Korea.',
      'The papal election drew cardinals from South Korea and Japan.',
    ])
    tagged('election', [
      "Japan's Liberal Democratic Party began its leadership campaign ahead of the election.",
      "Taiwan's voters cast ballots in a presidential election watched by China.",
    ])
  })

  it('leadership-change: nominated for a prize, a hospital inaugurated, landmines removed, named in a bribery probe', () => {
    blocked('leadership-change', [
      'Shinzo Abe nominated Donald Trump for the Nobel Peace Prize.',
      'Kim Jong Un inaugurated a new hospital in Pyongyang, and Chinese diplomats attended.',
      'South Korean soldiers removed landmines near the border, officials said.',
      'China removed North Korea from the list of banned countries, officials said.',
      'The South Korean minister was named in a bribery probe involving Japanese firms.',
      "Time named Kim Jong Un among the 100 most influential people, Japan's minister said.",
      'A South Korean court dismissed the lawsuit filed by Japanese officials.',
      'South Korea replaced its aging F-4 fleet, the air force chief said.',
    ])
    tagged('leadership-change', [
      "South Korea's defense minister resigned to take responsibility for the crash.",
      'Lee Jae-myung was inaugurated as president of South Korea.',
      "North Korea removed its defense minister, South Korea's spy agency said.",
      "Japan's prime minister nominated a new central bank governor.",
    ])
  })
})

describe('second sweep: fans, partners in business, economic security, a speech delivered, a team in training (round nine)', () => {
  it('a video call with fans and a meet-and-greet are no talks; "in partnership with" is no pact', () => {
    blocked('meeting-summit', [
      'BTS held a video call with Japanese fans.',
      'South Korean fans lined up for a meet-and-greet with the Japanese singer.',
    ])
    blocked('alliance-agreement', ["Hyundai, in partnership with Japan's Toyota, launched a hydrogen car."])
    tagged('meeting-summit', ['Yoon Suk Yeol held a video call with Fumio Kishida.'])
  })

  it('economic or energy security cooperation is no military cooperation', () => {
    blocked('military-cooperation', [
      'South Korea and Japan agreed to boost economic security cooperation on chips.',
      'Japan and South Korea discussed energy security cooperation.',
    ])
    tagged('military-cooperation', [
      'Japan and South Korea agreed to deepen security cooperation against North Korea.',
    ])
  })

  it('a speech delivered, a message sent, details provided about missiles are no transfer of them', () => {
    blocked('arms-trade', [
      'Kim Jong Un delivered a speech on missiles to party officials, China said.',
      'North Korea sent a message with its missile launch, Japan said.',
      'South Korea provided details of the missile launch to Japan.',
    ])
    tagged('arms-trade', ['North Korea delivered missiles to Russia, South Korea said.'])
  })

  it('a team training, a film launched by a star, consumers paying the price, Rice the diplomat, food delivery apps', () => {
    blocked('military-exercise', [
      "South Korea's national team held drills in Paju ahead of the Japan match.",
    ])
    blocked('missile-launch', ['Tom Cruise launched his new film in Seoul, as Japanese fans flocked.'])
    blocked('threat-warning', [
      "Japanese consumers will pay the price for China's export curbs, economists said.",
    ])
    blocked('aid', [
      "Condoleezza Rice sent a letter to North Korea's foreign minister.",
      "South Korea's food delivery apps expanded into Japan, sending meals to Japanese customers.",
    ])
    blocked('cyberattack', ['Japanese growth hackers helped South Korean startups.'])
    tagged('threat-warning', ['North Korea warned that South Korea would pay a price for the leaflets.'])
  })
})

describe('an attack in words, and a kidnapping for ransom (round nine)', () => {
  it('"attacked Japan\'s remarks": the object of the verb is something said or decided (records code)', () => {
    blocked('attack-clash', [
      "China attacked Japan's remarks as irresponsible.",
      'North Korea attacked the South Korean plan as a provocation, Japan said.',
      "Russia's foreign ministry attacked Japan's defence policy.",
    ])
    tagged('attack-clash', [
      "Russia attacked Ukraine's energy grid with drones.",
      'Russian forces attacked Ukrainian positions near Kursk.',
    ])
  })

  it('a child abducted for ransom and found safe is a crime story, no abduction case of states', () => {
    blocked('humanitarian', ['The Chinese boy abducted in Japan was found safe, South Korean media said.'])
    tagged('humanitarian', ['Japan urged North Korea to return the Japanese citizens it abducted.'])
  })
})

describe('third sweep: audiences thanked, doping, sea warnings, games and phones launched (round nine)', () => {
  it('a ministerial nominee is no ministerial meeting; audiences, athletes and doping are no diplomacy', () => {
    blocked('meeting-summit', ["South Korea's ministerial nominee faced a confirmation hearing on Japan."])
    blocked('diplomatic-statement', [
      'The Japanese pianist thanked South Korean audiences.',
      "Japan's Olympic committee congratulated South Korea's athletes.",
      "The South Korean athlete was accused of doping by Japan's anti-doping agency.",
    ])
    tagged('diplomatic-statement', ['North Korea accused South Korea of sending drones over Pyongyang.'])
  })

  it('high waves and pickpockets, a missile-themed game, a satellite phone service, a stake sold', () => {
    blocked('threat-warning', [
      "Japan's coast guard warned fishermen of high waves near South Korea.",
      'South Korean police warned Chinese tourists of pickpockets.',
    ])
    blocked('missile-launch', [
      "South Korea's Hanwha launched an ICBM-themed video game in Japan.",
      "Japan's Rakuten launched a satellite phone service in South Korea.",
    ])
    blocked('arms-trade', ['South Korea sold its stake in a Japanese tank maker.'])
    tagged('missile-launch', ['North Korea launched an ICBM toward the sea east of Japan.'])
  })

  it('a film academy vote, suppliers replaced, a rights commission fining a firm', () => {
    blocked('election', ["Japan's Academy voted Parasite best foreign film, beating Chinese candidates."])
    blocked('leadership-change', [
      'South Korean exporters replaced Chinese suppliers with Japanese ones, the trade minister said.',
    ])
    blocked('humanitarian', [
      "South Korea's human rights commission fined a Japanese firm over its hiring policy.",
    ])
    tagged('humanitarian', ['The UN criticized human rights abuses in North Korea.'])
  })
})

describe('fourth sweep: anti-ship missiles, other panels, courtesy calls, fans vowing, police patrols (round nine)', () => {
  it('a ship-to-ship missile is a weapon type, no sanctions evasion and no transfer', () => {
    const tags = events('North Korea tested new ship-to-ship missiles, South Korea said.')
    expect(tags).not.toContain('sanctions')
    expect(tags).not.toContain('arms-trade')
    tagged('sanctions', [
      'A UN panel of experts said North Korea evaded sanctions through ship-to-ship transfers.',
    ])
  })

  it('a Fukushima panel of experts, a research grant, a courtesy call are no sanctions, aid or statement', () => {
    blocked('sanctions', ['A panel of experts from Japan and South Korea reviewed the Fukushima water plan.'])
    blocked('aid', ['South Korean researchers won a Japanese research grant.'])
    blocked('diplomatic-statement', [
      "Japan's new ambassador called on South Korea's foreign minister on Monday.",
    ])
    tagged('diplomatic-statement', ['China called on Japan to withdraw its remarks.'])
  })

  it('fans vowing retaliation, a whistleblower, police joint patrols, a film premiere', () => {
    blocked('threat-warning', [
      'Japanese fans vowed retaliation against South Korea after the loss.',
      'The South Korean company faced retaliation claims from a Japanese whistleblower.',
    ])
    blocked('military-exercise', [
      'South Korean and Chinese police began joint patrols in Myeongdong for Chinese tourists.',
    ])
    blocked('cyberattack', ['The Japanese film about North Korean hackers premiered in South Korea.'])
    tagged('threat-warning', ['North Korea vowed retaliation against South Korea for the leaflets.'])
  })
})
