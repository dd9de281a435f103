import { describe, expect, it } from 'vitest'
import { events, tag } from './helpers'

// English event senses from issue 14's sixth round (t8-t11 blind text): which events a sentence
// gets, not who fills their roles. Every sentence here is new, written for the rule it tests.

describe('a protest needs people protesting (round six)', () => {
  it('"protest" and "rally" are no evidence of a demonstration by themselves', () => {
    // To protest a decision is to object to it; a company's shares "rally"; neither is a street act.
    expect(events('The club will protest the ruling to the federation, its manager said.')).not.toContain(
      'protest',
    )
    expect(events('Doosan rallies as Poland signs tank deal')).not.toContain('protest')
    expect(events('Thousands of students rallied in central Seoul against the tuition rise.')).toContain(
      'protest',
    )
    expect(events('Protesters marched on the embassy chanting slogans.')).toContain('protest')
  })
})

describe('a forum of analysts is no meeting of states (round six)', () => {
  it('"forum" and "on the sidelines" with scholars, experts or analysts in the sentence', () => {
    expect(
      events('Chinese and Japanese scholars at a Beijing forum discussed whether Tokyo would rearm.'),
    ).not.toContain('meeting-summit')
    expect(
      events('On the sidelines of a Tokyo security conference, experts argued over China and Russia.'),
    ).not.toContain('meeting-summit')
    expect(events('Japan and China held talks on the sidelines of the ASEAN forum.')).toContain(
      'meeting-summit',
    )
  })
})

describe('statements of concern and congratulation, and a warning by a pronoun (round six)', () => {
  it('"expressed concern" by a state is a statement; by economists none', () => {
    // Expressing concern is a diplomatic disapproval when a state voices it.
    expect(events("China expressed deep concern over Japan's new defence budget.")).toContain(
      'diplomatic-statement',
    )
    expect(events('Economists expressed concern over slowing exports.')).not.toContain('diplomatic-statement')
  })

  it('congratulating a state or leader is a statement; congratulating athletes is not', () => {
    // Congratulation is a statement only when it is addressed to an actor of standing.
    expect(events('Vladimir Putin congratulated Kim Jong Un on the party anniversary.')).toContain(
      'diplomatic-statement',
    )
    expect(events('The sports ministry congratulated the swimmers on their medals.')).toEqual([])
  })

  it('a sentence opening on a pronoun continues the previous subject, who is its actor', () => {
    // "She warned ..." after "Kim Yo Jong denounced ...": the warner is Kim Yo Jong.
    expect(
      events('', 'Kim Yo Jong denounced the leaflet launches. She warned that the South would pay dearly.'),
    ).toContain('threat-warning')
    expect(events('', 'She warned that the price of rice would rise further.')).toEqual([])
  })
})

describe('a demand is made of someone; an instruction at home is none (round six)', () => {
  it('"demand" needs an actor it is made of', () => {
    // A demand with no actor to meet it ("voted to demand an inquiry") takes no position towards a state.
    expect(events("Japan's upper house voted to demand an inquiry into the bridge collapse.")).toEqual([])
    expect(events('China demanded that Japan withdraw its claim to the islands.')).toContain(
      'diplomatic-statement',
    )
  })

  it('"urged local officials", "urged executives": people at home behind an adjective', () => {
    expect(events('Vladimir Putin urged regional officials to speed up the harvest.')).toEqual([])
    expect(events('Xi Jinping urged private executives to invest more at home.')).toEqual([])
    expect(events('Vladimir Putin urged Japan to lift its sanctions.')).toContain('diplomatic-statement')
  })
})

describe('relief at home, and a knockout round (round six)', () => {
  it('relief with neither giver nor recipient named is relief at home', () => {
    // Humanitarian here is one state's help to another's people; a country's own relief is not.
    expect(
      events('Lee Jae-myung promised that disaster relief would reach flooded farms within days.'),
    ).toEqual([])
    expect(events('China sent flood relief to North Korea on Monday.')).toContain('humanitarian')
  })

  it('teams that "meet" in a semi-final or a tournament hold no talks', () => {
    // A fixture of a tournament is a game, not a meeting of states.
    expect(events('Japan will meet China in the semi-final of the tournament on Friday.')).toEqual([])
    expect(events('Japan will meet China for talks on Friday.')).toContain('meeting-summit')
  })
})

describe('shared warning data (round six)', () => {
  it('sharing missile-warning data is military cooperation, and no warning', () => {
    // Warning data, a warning system or radar is a device's output, not a threat by anyone.
    const e = events(
      'Japan and South Korea agreed to share real-time missile warning data with the United States.',
    )
    expect(e).toContain('military-cooperation')
    expect(e).not.toContain('threat-warning')
    expect(events('North Korea issued a warning to South Korea over the drills.')).toContain('threat-warning')
  })
})

describe('a pact signed in a foreign capital (round six)', () => {
  it("a leader signing in another country's capital visits it, as with talks there", () => {
    // Signing in person in a capital is being there: the visiting signatory's visit.
    const r = tag('', 'Vladimir Putin and Kim Jong Un signed a defence pact in Pyongyang on Wednesday.')
    expect(r.records.map((x) => `${x.event} ${x.source}>${x.target}`)).toContain(
      'visit vladimir-putin>north-korea',
    )
    // Countries signing name no one who travelled.
    expect(events('Japan and South Korea signed a fisheries pact in Tokyo.')).not.toContain('visit')
  })
})

describe('joint fact sheets and communiques (round six)', () => {
  it('a joint fact sheet or communique released or signed is an agreed instrument', () => {
    // Both sides' joint document is an agreement between them; one side's fact sheet is not.
    expect(
      events('Japan and the United States released a joint fact sheet on shipbuilding and defence.'),
    ).toContain('alliance-agreement')
    expect(events('China and Russia signed a joint communique on Friday.')).toContain('alliance-agreement')
    expect(events('The White House released a fact sheet on tariffs on Japan.')).not.toContain(
      'alliance-agreement',
    )
  })
})

describe('dismissing a proposal (round six)', () => {
  it("an actor dismissing another's proposal or report takes a position; a club dismissing its manager none", () => {
    // To dismiss something "as" a daydream is to reject it: a statement when an actor does it.
    expect(events("Kim Yo Jong dismissed Seoul's offer of talks as 'a fantasy'.")).toContain(
      'diplomatic-statement',
    )
    expect(events('The Lotte Giants dismissed their manager after a losing streak.')).toEqual([])
  })
})

describe('food deliveries and food aid (round six)', () => {
  it('a staple delivered or shipped to a country is aid, and food aid is humanitarian too', () => {
    // Food, vaccines or flood relief given to a state's people is humanitarian help as well as aid.
    expect(events('The World Food Programme delivered 2,000 tonnes of flour to North Korea.')).toEqual([
      'aid',
      'humanitarian',
    ])
    expect(events('Russia sent food aid to North Korea after the floods.')).toEqual(['aid', 'humanitarian'])
    // A staple with no delivery is a market story; aid in money keeps one event.
    expect(events('Rice prices in Japan rose for a fifth month.')).toEqual([])
    expect(events('Japan will provide $2 billion in economic aid to Ukraine.')).toEqual(['aid'])
  })
})

describe('office taken and left (round six)', () => {
  it('"elected prime minister", "was impeached", "stepping down" change office', () => {
    // A passive's subject is whose office changes; "elected" + the office named is taking it.
    expect(events('Shigeru Ishiba was elected prime minister by parliament on Tuesday.')).toContain(
      'leadership-change',
    )
    expect(events('Yoon Suk Yeol was impeached by the National Assembly on Saturday.')).toContain(
      'leadership-change',
    )
    expect(events('Fumio Kishida said he was stepping down as party leader.')).toContain('leadership-change')
  })

  it('a minister "dismissed" by a president is no statement by anyone', () => {
    expect(
      events('The defence minister was dismissed by President Yoon Suk Yeol as the scandal grew.'),
    ).not.toContain('diplomatic-statement')
  })
})

describe('hosting a leader (round six)', () => {
  it('a leader hosting another holds a meeting with them; hosting a fair or "the hosts" of a match none', () => {
    // To host someone is to receive them: the host and the guest meet.
    expect(events('Xi Jinping hosted Vladimir Putin in Beijing on Thursday.')).toContain('meeting-summit')
    expect(events('Seoul hosted a robotics fair with 40 countries.')).not.toContain('meeting-summit')
    expect(events('Japan lost 2-1 as the hosts South Korea lifted the cup.')).not.toContain('meeting-summit')
  })
})

describe('multilateral meetings and commercial talks (round six)', () => {
  it('leaders of three states meeting in a capital is a meeting, nobody visiting; two is a visit', () => {
    // A venue of a three-way gathering locates the meeting; bilateral talks abroad are a visit.
    const three = events('', 'Li Qiang met Yoon Suk Yeol and Fumio Kishida in Tokyo on Monday.')
    expect(three).toContain('meeting-summit')
    expect(three).not.toContain('visit')
    expect(events('', 'Li Qiang met Fumio Kishida in Tokyo on Monday.')).toContain('visit')
  })

  it("a firm's talks with dealers or suppliers are no talks between states", () => {
    expect(
      events('The carmaker said it was in talks with dealers in Japan and the United States.'),
    ).not.toContain('meeting-summit')
  })
})

describe('a mutual-assistance clause (round six)', () => {
  it('"mutual assistance in the event of aggression" is military cooperation; mutual assistance in trade is not', () => {
    // A pact's mutual-assistance clause against attack is the mutual defence the definition names.
    expect(
      events(
        'The treaty provides for mutual assistance in the event of aggression against Russia or North Korea.',
      ),
    ).toContain('military-cooperation')
    expect(events('Japan and South Korea pledged mutual assistance on tourism.')).not.toContain(
      'military-cooperation',
    )
  })
})

describe('a protest in a film or concert story (round six)', () => {
  it('"a protest against forgetting" in a film or festival story is a figure', () => {
    // Culture pages use "protest" and "march" as figures; the context word sets the sense.
    expect(
      events("'My film is a protest against silence,' the director said after its premiere drew thousands."),
    ).toEqual([])
    expect(events('Thousands of protesters marched in Seoul against the tax bill.')).toContain('protest')
  })
})

describe('a military act under a market headline (round six)', () => {
  it("a body sentence naming two states' forces keeps its sense under a market headline", () => {
    // Markets move on real clashes: the headline's market sense does not make the troops a figure.
    expect(
      events(
        'Shares in Seoul fall after border shooting',
        'North Korean soldiers fired at South Korean troops across the border on Monday.',
      ),
    ).toContain('attack-clash')
    // A sports headline still sets the sense of a match report naming two national sides.
    expect(
      events(
        'Football: Japan edge South Korea in qualifier',
        "Japan's attack beat South Korea 1-0 on Friday.",
      ),
    ).toEqual([])
  })
})

describe('a word is no evidence of its own sense (round six)', () => {
  it('"primary", "candidate", "polls" need an election word other than themselves', () => {
    // "the primary foe" is no primary election; a primary with voters is.
    expect(events('Kim Jong Un named South Korea the primary foe of North Korea.')).not.toContain('election')
    expect(events("Japan's ruling party primary drew record voters.")).toContain('election')
  })
})

describe("backing another state's nuclear-powered submarines (round six)", () => {
  it('one state approving or helping another build nuclear-powered submarines is military cooperation', () => {
    // Defence technology one state backs for another is the technology transfer the definition names.
    expect(
      events('The United States backed South Korea’s plan to build nuclear-powered submarines.'),
    ).toContain('military-cooperation')
    // One country's own programme names no partner.
    expect(events('South Korea plans to build nuclear-powered submarines by 2035.')).not.toContain(
      'military-cooperation',
    )
  })
})

// Round seven (issue 14, t12-t15 blind text: live blogs, op-eds, institutional statements, alerts).

describe('a statement aimed at no one abroad (round seven)', () => {
  it('thanks, praise or welcome at home, with no other state in the sentence or the one before, is none', () => {
    // An official statement takes a position towards another actor; thanking one's own staff takes none.
    expect(
      events(
        'Navy marks founding day',
        'The navy held a parade in Busan on Friday. President Lee Jae-myung thanked sailors for their years of service.',
      ),
    ).toEqual([])
    expect(
      events(
        'Assembly adopts budget',
        'The General Assembly adopted its budget on Monday. António Guterres welcomed the decision.',
      ),
    ).toEqual([])
  })

  it('the same words keep their statement when another state is named nearby', () => {
    expect(
      events('', 'North Korea fired two missiles on Monday. Japan condemned the launch in a statement.'),
    ).toContain('diplomatic-statement')
    expect(
      events('', "China welcomed the decision to resume talks with Japan's foreign ministry."),
    ).toContain('diplomatic-statement')
  })
})

describe('dialogue as a policy, and meeting people at home (round seven)', () => {
  it('"return to dialogue", "open to dialogue" name a policy of talking, no talks', () => {
    // The mass noun after a verb of return or openness is a disposition; "a dialogue" held is an event.
    expect(
      events('', 'Tokyo urged Pyongyang to return to dialogue and abandon its missile programme.'),
    ).not.toContain('meeting-summit')
    expect(events('', 'Seoul said it remained open to dialogue with the North.')).not.toContain(
      'meeting-summit',
    )
    expect(
      events('', 'Japan and China will hold a high-level economic dialogue in Tokyo next month.'),
    ).toContain('meeting-summit')
  })

  it('a leader who "met workers" at a plant holds no talks; meeting a foreign minister does', () => {
    expect(
      events(
        '',
        'Kim Jong Un toured a tractor plant and met workers, urging them to meet production quotas.',
      ),
    ).toEqual([])
    expect(
      events('', 'Xi Jinping met Japanese Foreign Minister Takeshi Iwaya in Beijing on Monday.'),
    ).toContain('meeting-summit')
  })
})

describe('what analysts debate is only supposed (round seven)', () => {
  it('an act named after "analysts debate", "experts split on", "a forum debates" is no reported event', () => {
    // The topic of a debate is a question, not news of the act.
    expect(events('Analysts debate whether North Korea will test a nuclear device before winter')).toEqual([])
    expect(events('Experts split on timing of next Chinese missile test')).toEqual([])
    expect(events('Tokyo forum debates future of Japan-South Korea ties')).toEqual([])
    // Experts who report an act, not debate it, leave it reported.
    expect(events('North Korea conducted a nuclear test on Sunday, experts said.')).toContain(
      'nuclear-weapons',
    )
    expect(events('Japan and South Korea held talks at a Tokyo forum on Monday.')).toContain('meeting-summit')
  })
})

describe("a ministry's formulas of protest and opposition (round seven)", () => {
  it('"lodged a stern protest", "lodged representations", "conveyed grave concerns", "firmly opposes"', () => {
    // The fixed wording of diplomatic protest, whatever adjective or quotation marks sit inside it.
    expect(events('', 'Seoul lodged a strong protest with Tokyo over the textbook.')).toContain(
      'diplomatic-statement',
    )
    expect(events('', 'Beijing has lodged solemn representations with Washington.')).toContain(
      'diplomatic-statement',
    )
    expect(events('', "Japan conveyed 'grave concerns' to Russia through diplomatic channels.")).toContain(
      'diplomatic-statement',
    )
    expect(events('', 'China firmly opposes the U.S. decision to sell drones to Taiwan.')).toContain(
      'diplomatic-statement',
    )
  })

  it('lodging a complaint or conveying a message without protest words, or by no actor, is none', () => {
    expect(events('', 'The tenant lodged a complaint with the landlord about the heating.')).toEqual([])
    expect(events('', 'Japan conveyed its condolences to the families of the victims.')).not.toContain(
      'diplomatic-statement',
    )
  })
})

describe('missiles fired at a city, killing people, are an attack (round seven)', () => {
  it('combat use of missiles with people killed is attack-clash, not a launch', () => {
    // The taxonomy's missile-launch excludes combat use against targets.
    const e = events('', 'Russia fired Iranian-made missiles at Odesa overnight, killing three civilians.')
    expect(e).toContain('attack-clash')
    expect(e).not.toContain('missile-launch')
    // A test launch into the sea stays a launch.
    expect(events('', 'North Korea fired two ballistic missiles into the sea on Monday.')).toEqual([
      'missile-launch',
    ])
  })
})

describe('a theft of crypto assets is a cyberattack, and "the attack" on an exchange no fight (round seven)', () => {
  it('"the theft of virtual assets", "the attack" in the same sentence: cyberattack, no attack-clash', () => {
    const e = events(
      '',
      'Seoul police said North Korea was responsible for the theft of $40 million in virtual assets from a Korean exchange, attributing the attack to Lazarus.',
    )
    expect(e).toContain('cyberattack')
    expect(e).not.toContain('attack-clash')
  })

  it('a theft of cars or paintings, or by no actor, is none; blaming hackers for a theft names them', () => {
    expect(events('', 'Police arrested two men over the theft of paintings from a Seoul gallery.')).toEqual(
      [],
    )
    const r = tag('', 'Japan blamed North Korean hackers for the $50 million Bitcoin theft.')
    expect(r.records.filter((x) => x.event === 'cyberattack').map((x) => x.source)).toEqual(['north-korea'])
  })
})

describe('a handshake between officials, and teams that meet (round seven)', () => {
  it('officials shaking hands with each other meet; coaches or welders shaking hands do not', () => {
    expect(
      events('', 'Wang Yi shook hands with Takeshi Iwaya at the start of their talks in Beijing.'),
    ).toContain('meeting-summit')
    expect(events('', 'Kim Jong Un and Vladimir Putin shook hands at the Vostochny cosmodrome.')).toContain(
      'meeting-summit',
    )
    expect(events('', 'Lee Jae-myung toured a shipyard, shaking hands with welders.')).toEqual([])
  })

  it('a national team that meets another in a qualifier holds no talks', () => {
    expect(
      events('Japan face China in Asian Cup qualifier', 'The national team meets China in Osaka next week.'),
    ).not.toContain('meeting-summit')
  })
})

describe('a television channel or a climate satellite launched is no missile launch (round seven)', () => {
  it('"launched a satellite channel", a JAXA weather satellite: no launch; a spy satellite: a launch', () => {
    expect(events('', 'Russia launched a Korean-language satellite television channel on Monday.')).toEqual(
      [],
    )
    expect(
      events('', "Japan's JAXA launched a weather satellite on an H-2A rocket from Tanegashima."),
    ).toEqual([])
    expect(events('', 'North Korea launched a military reconnaissance satellite on Tuesday.')).toContain(
      'missile-launch',
    )
  })
})

describe('statements by private people, and help at home (round seven)', () => {
  it('a demand or criticism by protesters or economists, no actor speaking, is no statement', () => {
    expect(
      events('', 'Thousands of protesters rallied in Seoul demanding Yoon Suk Yeol step down.'),
    ).not.toContain('diplomatic-statement')
    expect(events('', "Economists at a Tokyo forum criticized China's export curbs.")).not.toContain(
      'diplomatic-statement',
    )
    expect(events('', "Japan criticized China's export curbs.")).toContain('diplomatic-statement')
  })

  it("a state's aid to its own flooded towns is none; after a sentence naming another state it is aid", () => {
    expect(
      events(
        '',
        'Floods cut power to 5,000 homes in Gangwon. Seoul will send emergency aid of 2 billion won to flooded villages.',
      ),
    ).toEqual([])
    expect(
      events(
        '',
        'Japanese Foreign Minister Takeshi Iwaya met Volodymyr Zelensky in Kyiv. Tokyo will provide $200 million in aid.',
      ),
    ).toContain('aid')
  })
})

describe('"the sides" and "each side" stand for the parties just named (round seven)', () => {
  it('"The sides agreed to hold an exercise" after a meeting of two states is their joint drill', () => {
    expect(
      events(
        '',
        'Defence officials from Japan and South Korea met in Tokyo on Monday. The sides agreed to hold a joint exercise next year.',
      ),
    ).toContain('military-exercise')
  })

  it('"The treaty obliges each side to provide military assistance" after the pact named its parties', () => {
    expect(
      events(
        '',
        'The pact between Russia and North Korea took effect on Wednesday. The treaty obliges each side to provide immediate military assistance if the other is attacked.',
      ),
    ).toContain('military-cooperation')
    // "military and other assistance" coordinates military assistance: no civil aid.
    expect(
      events(
        '',
        'Kim Jong Un and Vladimir Putin signed a treaty. It obliges each side to provide military and other assistance if the other is attacked.',
      ),
    ).not.toContain('aid')
  })
})

describe('a tank deal, "at least" and a standing deterrence commitment (round seven)', () => {
  it('signing a deal for tanks or howitzers is arms trade, no agreement between states', () => {
    const e = events('', 'South Korea is set to sign a second howitzer deal with Romania next month.')
    expect(e).not.toContain('alliance-agreement')
    expect(events('', 'Japan and the Philippines signed a defence pact on Monday.')).toContain(
      'alliance-agreement',
    )
  })

  it('"fired at least one missile" is a launch, no fire at a target', () => {
    expect(events('', 'North Korea fired at least two ballistic missiles into the sea on Monday.')).toEqual([
      'missile-launch',
    ])
  })

  it('extended deterrence that "remains ironclad" is a standing commitment, no new cooperation', () => {
    expect(
      events('', "Hegseth said Washington's commitment to extended deterrence remains ironclad."),
    ).not.toContain('military-cooperation')
  })
})

describe('an arms-sale notification and a contract for tanks (round seven)', () => {
  it('"approved the possible sale" of helicopters or missiles is a sale, not a guess nor cooperation', () => {
    const e = events(
      '',
      'The State Department has approved the possible sale of 24 Black Hawk helicopters to Japan, the Defense Security Cooperation Agency said.',
    )
    expect(e).toEqual(['arms-trade'])
    // "a possible sale" someone weighs is still a guess.
    expect(events('', 'Seoul could consider a possible sale of howitzers to Poland.')).not.toContain(
      'arms-trade',
    )
  })

  it('a buyer that signs a contract for tanks from a state buys arms from it', () => {
    expect(events('', 'Poland signed a contract for 96 more K2 tanks from South Korea on Friday.')).toContain(
      'arms-trade',
    )
  })
})

describe('"dismissed" from office in a reshuffle is no statement (round seven)', () => {
  it('"chief dismissed as the party reshuffles" removes an officer; "dismissed X as Y" rejects a claim', () => {
    expect(events("Navy chief dismissed as Workers' Party reshuffles military", '')).not.toContain(
      'diplomatic-statement',
    )
    expect(events('', "Kim Yo Jong dismissed Seoul's proposal as a daydream.")).toContain(
      'diplomatic-statement',
    )
  })
})

describe("a trilateral meeting in a capital is nobody's visit (round seven)", () => {
  it('"hold trilateral summit in Seoul" is a meeting, with no visit of the host; a bilateral one is a visit', () => {
    expect(events('Li Qiang, Kishida hold trilateral summit in Seoul', '')).not.toContain('visit')
    expect(events('', 'Wang Yi held talks with Takeshi Iwaya in Tokyo on Monday.')).toContain('visit')
  })
})

describe('a headline exhortation over a domestic lead is no statement (round eight)', () => {
  it('"Kim inspects plant, urges ..." with a lead naming no other state; a lead naming one keeps it', () => {
    // A headline summarises its lead: what the lead names is the context of the headline's speech.
    expect(
      events(
        'Kim inspects tractor works, urges bumper harvest',
        'North Korean leader Kim Jong Un inspected a tractor factory in Nampo on Monday, state media said.',
      ),
    ).not.toContain('diplomatic-statement')
    expect(
      events(
        'Wang Yi praises "new chapter" after talks in Beijing',
        'Chinese Foreign Minister Wang Yi held talks with South Korean Foreign Minister Cho Hyun on Monday.',
      ),
    ).toContain('diplomatic-statement')
  })
})

describe('"sanctioned with a fine" is a penalty, not sanctions between states (round eight)', () => {
  it('a regulator or a league that sanctions a firm or a team with a fine; sanctions on a state stay', () => {
    // To sanction someone with a fine (or "sanctioned and fined") is to penalise them.
    expect(
      events(
        '',
        'The Japan Fair Trade Commission sanctioned a Korean-owned game studio with a 40 million yen fine.',
      ),
    ).not.toContain('sanctions')
    expect(events('Cycling team sanctioned and fined after doping test', '')).not.toContain('sanctions')
    expect(events('', 'Japan sanctioned four North Korean shipping firms on Tuesday.')).toContain('sanctions')
  })
})

describe('a contest, white-hat hackers and met standards are no events (round eight)', () => {
  it('"a hacking contest" names what is contested; "white-hat hackers" break in to test', () => {
    // A trigger noun before "contest", "competition" or "festival" names the kind of contest.
    expect(events('Tokyo drone-hacking competition draws students from Seoul', '')).not.toContain(
      'cyberattack',
    )
    expect(
      events('', 'Ethical hackers from Japan probed a Seoul bank in a test paid for by the bank.'),
    ).not.toContain('cyberattack')
    expect(events('', 'North Korean hackers stole $30 million from a Japanese crypto exchange.')).toContain(
      'cyberattack',
    )
  })

  it('"met international standards" satisfies them; "met" a minister holds talks', () => {
    // To meet a standard or expectations is to satisfy it, as with requirements and quotas.
    expect(events('', "China said Japan met the treaty's standards.")).not.toContain('meeting-summit')
    expect(events('', 'Japan met South Korea in Tokyo for talks on Friday.')).toContain('meeting-summit')
  })
})

describe('hosting a gathering and a mock vote are no visit and no election (round eight)', () => {
  it('"hosted a reception/banquet" holds an event; "hosted Kim Jong Un" receives a visitor', () => {
    // The object of "host" in a visit is a guest; a reception, dinner or conference is an event held.
    expect(
      events(
        '',
        'The Chinese ambassador hosted a banquet in Tokyo to mark the visit of a Chinese delegation.',
      ),
    ).not.toContain('visit')
    expect(events('', 'Xi Jinping hosted Kim Jong Un in Beijing on a state visit.')).toContain('visit')
  })

  it('"a mock election" or "simulated attacks" is staged practice', () => {
    // "mock" and "simulated" before an act name a pretend one.
    expect(events('', 'Students in Busan held a mock election for president.')).not.toContain('election')
    expect(events('', "Japan's ruling party held a leadership election on Saturday.")).toContain('election')
  })
})

describe('a numbered list item is its own sentence (round eight)', () => {
  it('"... orders. 2) A typhoon is set to strike ..." does not join the items\' words into one event', () => {
    // "2)" after a full stop opens a list item, as a capital would open a sentence.
    const list = '1) Seoul praised shipyard workers for record orders. 2) A typhoon is set to strike Okinawa.'
    expect(events('Three things', list)).not.toContain('protest')
    expect(
      events('Two things', '1) Chip exports rose. 2) North Korea fired a ballistic missile on Monday.'),
    ).toContain('missile-launch')
  })
})

describe('fans who rally are an audience, not protesters (round eight)', () => {
  it('fans rallying for a singer or a team; a crowd rallying against a policy stays a protest', () => {
    // "Fans" names supporters of a performer or a club: an entertainment or sports story.
    expect(
      events(
        '',
        'Hundreds of fans rallied outside Seoul Station as the actor left for his military service.',
      ),
    ).not.toContain('protest')
    expect(
      events('', 'Hundreds of students rallied outside Seoul Station against the tuition rise.'),
    ).toContain('protest')
  })
})

describe('marines are a state body, and food deliveries are aid (round eight)', () => {
  it('"South Korean marines held a drill" is the state\'s drill, as with troops', () => {
    // Marines, sailors, airmen and pilots serve their state's forces, like troops and soldiers.
    expect(events('', 'Japanese sailors held a live-fire drill off Okinawa on Monday.')).toContain(
      'military-exercise',
    )
    expect(events('', 'Japanese students held a fire drill at their school on Monday.')).not.toContain(
      'military-exercise',
    )
  })

  it('"food deliveries to North Korea" is aid, as "delivered food to" is', () => {
    // The nouns of delivering and shipping food name the same transfer as the verbs.
    expect(events('', 'The UN will resume food shipments to North Korea next month.')).toContain('aid')
    expect(events('', 'Food prices in Japan rose again.')).not.toContain('aid')
  })
})

describe('meeting relatives or veterans is no talks between states (round eight)', () => {
  it('"met relatives of abductees" meets people; "met Japan\'s foreign minister" holds talks', () => {
    // Relatives, victims, survivors and veterans are people of no state's standing, like families.
    expect(
      events('', 'Japanese Foreign Minister Takeshi Iwaya met relatives of abductees in Seoul.'),
    ).not.toContain('meeting-summit')
    expect(events('', 'Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in Seoul.')).toContain(
      'meeting-summit',
    )
  })
})

describe('technical help with satellites or weapons in return is military cooperation (round eight)', () => {
  it('"in return, Moscow gave Pyongyang technical help with satellites"; technical help to a school is none', () => {
    // Technical help between two states with a military object, or as the price of a deal, is cooperation.
    expect(
      events(
        '',
        'In return, Russia is giving North Korea technical assistance with its submarines, Seoul said.',
      ),
    ).toContain('military-cooperation')
    expect(events('', 'A Japanese charity gave technical help to a school in Seoul.')).not.toContain(
      'military-cooperation',
    )
  })
})

describe('"would respond" and "will not go unanswered" are threats (round eight)', () => {
  it('a state that says it would respond to another\'s act threatens it; "urged X to respond" asks', () => {
    // A stated intent to answer another state's act is a threat of retaliation, as "vowed to retaliate" is.
    expect(
      events('', "Russia's foreign ministry said Moscow would respond to the new U.S. sanctions."),
    ).toContain('threat-warning')
    expect(events('', 'Seoul urged Pyongyang to respond to its offer of talks.')).not.toContain(
      'threat-warning',
    )
    expect(
      events('', 'Consumers in Japan will pay the price for the weak yen, economists said.'),
    ).not.toContain('threat-warning')
  })
})

describe('a call by phone is talks, and takes no one to a capital it names (round eight)', () => {
  it('"congratulated him by phone", "during a call" are talks; a city named in a call is no visit', () => {
    // Speaking by phone or in a call is a conversation between the two, as "phone call" and "telephone" are.
    expect(events('', 'Trump congratulated Lee Jae-myung by phone on Friday.')).toContain('meeting-summit')
    const call = events(
      '',
      'Iwaya and Cho Tae-yul condemned arms shipments to Moscow during a call on Monday.',
    )
    expect(call).toContain('meeting-summit')
    expect(call).not.toContain('visit')
    expect(events('', 'Iwaya held talks with Lavrov in Moscow on Monday.')).toContain('visit')
  })
})

describe('hosting workers is no talks (round eight)', () => {
  it('"firms that hosted the workers" host people; "Xi hosted Kim" holds talks', () => {
    // As with "met workers": a people noun as the one hosted is no state received.
    expect(
      events(
        '',
        'Japan blacklisted a North Korean labour network, adding two Chinese firms that hosted the workers.',
      ),
    ).not.toContain('meeting-summit')
    expect(events('', 'Xi Jinping hosted Kim Jong Un in Beijing.')).toContain('meeting-summit')
  })
})
