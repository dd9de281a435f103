import type { TriggerHit } from '../state'
import {
  addressedMessage,
  addresseeInContent,
  addressesPeople,
  aidToNoActor,
  arrivalTallyEn,
  askedWhether,
  asOffice,
  backedActor,
  backingUnvoiced,
  bareNoun,
  type Clause,
  CROWD,
  claimDeniedAsFalse,
  clauseOf,
  clauseRoles,
  consequenceRoles,
  convenedMeeting,
  courtroomSpeechEn,
  criticisedMeeting,
  cyberAttackNoun,
  DEMANDING,
  debatedTopic,
  debatingForum,
  describesNoun,
  dialogueHoped,
  disclosed,
  discussedLaunch,
  type EnContext,
  type EnModality,
  type EnRoles,
  electionCalledAfter,
  englishModality,
  englishRoles,
  FALSEHOOD_EN,
  figurativeAct,
  firedAtTarget,
  firedObject,
  firmsSign,
  hostsAGathering,
  interestInNothing,
  investigatorsBlame,
  isBacking,
  isJudgement,
  isObligation,
  isPledge,
  judgedBy,
  labelsNoActor,
  launchedOtherThing,
  launchMeetingTopic,
  launderedLoot,
  leftUnsaid,
  meetingAsPlace,
  namedAsActBefore,
  namedInPassing,
  namesAThing,
  obligedBy,
  otherSide,
  PREPS,
  pastCueElsewhere,
  pledgedToward,
  praisesSport,
  privatePartner,
  projectileFiredAt,
  projectileSubject,
  pronounReporter,
  readinessUnstated,
  reliefDrillEn,
  removalDemandedByCrowd,
  removesAThing,
  sportComplaint,
  sportPlay,
  supplierAfter,
  takenInWithoutTaker,
  toldDestination,
  voicesNoConcern,
  warningInApposition,
  weaponUser,
  workContent,
} from './english'
import { Frame, Requires } from './frames'
import { agreedInPlace, domesticBodyMeeting, meetsNoOne, metPeople, receivesNoOne } from './meeting'
import {
  CIVILIAN,
  corporatePostOnly,
  countryKey,
  figureQuoted,
  partiesNeeded,
  quotedQuestion,
  reactionTarget,
  speakerOf,
  threatBySomething,
  warning,
} from './shared'
import { NO_ACTORS, type RecordState } from './state'
import { type SentenceView, slice, tokenAt } from './view'

/**
 * English: the acceptance checks of one trigger and its roles and modality (word order, voice, prepositions).
 * A trigger the words show to name no event of the domain (a thing named after the act, a topic, speech to
 * people at home, a firing verb with no target...) is rejected here, before any role is read; the checks that
 * follow the roles (a private partner, firms' contracts, an agreement made in a place) reject on what they found.
 * Whatever is left fills the trigger's fields of the state for the steps every language shares (./index).
 */
export function englishTrigger(st: RecordState, hit: TriggerHit): boolean {
  const { m, t, tokens, v, input, triggerTokens, isPerson, isCountry, countryOf, ev, frame, at } = st
  const first = at
  const last = Math.max(first, tokenAt(tokens, hit.end - 1))
  // The words alone decide these: no role is worth reading for a thing, a topic or a quoted word.
  if (wordNamesNoEventEn(st, hit, first, last)) return false
  // A firing verb is a strike only with a projectile aimed at a target (projectileFiredAt, below).
  // (The trigger's own text: "submarine-launched", "fire-control" are one token, no firing verb.)
  const firingClash =
    ev === m.ruleEvents.attackClash && FIRING_EN.test(slice(t, hit.start, hit.end).toLowerCase())
  const obliged = isObligation(v, first) ? obligedBy(v, first, countryOf) : undefined
  if (obliged === null) return false
  // "said the vote showed Moscow was ...": a state's report judging another's act is its position on it.
  const judged =
    m.eventSpeech[ev] === 1 && isJudgement(v, first)
      ? judgedBy(v, first, countryOf, namedBefore(input), onlyOne(input.recent.lastSentence?.persons))
      : undefined
  if (judged === null) return false
  // The frame's sense of the word outside the domain (no office, no statement abroad, no talks), before roles.
  if (
    noOfficeChangedEn(st, first, last) ||
    noStatementAbroadEn(st, first, last) ||
    noTalksOrVisitEn(st, last)
  )
    return false
  if (threatBySomething(v, first, triggerTokens, m.eventSpeech[ev] === 1 && frame === Frame.Directed))
    return false
  const clause = clauseOf(v, first, last)
  const ctx: EnContext = {
    v,
    frame,
    first,
    last,
    clause,
    previousSubject: input.previousSubject,
    previousPerson: onlyOne(input.recent.lastSentence?.persons),
    previousBody: onlyOne(input.recent.lastSentence?.others),
    previousSpeaker: input.recent.said ?? -1,
    personNamed: input.recent.persons.length > 0,
    isPerson,
    isCountry,
    countryOf,
    subject: undefined,
  }
  // Roles, then the checks that reject on the roles found, then the roles the rest of the sentence completes.
  if (!readRolesEn(st, ctx, obliged ?? judged)) return false
  // "said the report was 'not accurate'": a falsehood word is a statement only as its speaker's denial of a claim.
  const falsehood = FALSEHOOD_EN.test(hit.entry.lemma)
  if (falsehood && !claimDeniedEn(st, first)) return false
  if (noTalksBetweenStatesEn(st, first, last, clause)) return false
  // A launch or firing aimed at a target changes the target (a strike); one aimed at nothing is rejected.
  if (!readStrikeEn(st, first, last, clause, firingClash)) return false
  completeTargetEn(st, first, last)
  // Modality after the roles: thanks for an act (thankedActorEn) turns a planned act into a done one.
  const mod = readModalityEn(st, first, last, clause)
  thankedActorEn(st, first)
  // "said the result did not reflect ...": the judged clause's negation is what the statement says, not its denial.
  // (So is a falsehood word's own "not": it is what the denial says, no denial of the statement.)
  if ((judged || falsehood) && st.modality === 'denied') st.modality = null
  st.negatedAct = mod.negatedAct === true && !judged
  if (mod.denialVerb >= 0) {
    const k = mod.denialVerb
    st.denier = englishRoles({
      ...ctx,
      subject: undefined,
      frame: Frame.Directed,
      first: k,
      last: k,
      clause: clauseOf(v, k, k),
    }).source
  }
  return true
}

/**
 * The speaker of a sentence calling a claim false (claimDeniedAsFalse) denies it: the source, aimed at no one
 * named (English denials are not marked). None when no actor reports it ("analysts said the report was not true").
 */
function claimDeniedEn(st: RecordState, first: number): boolean {
  if (!claimDeniedAsFalse(st.v, first, (k) => namesEventAt(st, k))) return false
  st.speaker ??= speakerOf(st.v)
  if (st.speaker < 0) return false
  st.source = st.speaker
  st.target = -1
  return true
}

/** Some event's trigger (of another event than the trigger's) opens at token k, whether or not it passed its rules. */
const namesEventAt = (st: RecordState, k: number) =>
  st.input.s.triggers.some((h) => h.entry.event !== st.ev && tokenAt(st.tokens, h.start) === k)

/**
 * The trigger's own words name no event of the domain: a thing, a topic or a quoted word, something left unsaid
 * or named in passing, a pretext, a fight no forces fought, a strike with no projectile. (Checked first: no role
 * is read for these.)
 */
function wordNamesNoEventEn(st: RecordState, hit: TriggerHit, first: number, last: number): boolean {
  const { m, t, tokens, v, ev, frame } = st
  if (namesAThing(v, first, last) || describesNoun(v, first, last) || englishTopic(v, first)) return true
  // "shares rocketing", "a typhoon slams Japan", "an attack on a market segment": a figure of speech, no act.
  if (figurativeAct(v, first, last)) return true
  // "a thriller about a crew who smuggle coal": the plot of a work of art or fiction, no act reported.
  if (workContent(v, first)) return true
  // "Crowds gather ... chanting for Yoon to step down": a gathering is a protest only of a crowd demanding.
  if (frame === Frame.Protest && gatheringNoCrowdEn(v, slice(t, hit.start, hit.end), first)) return true
  // "aid for chipmaker Rapidus", "relief for victims": help to a firm or to people at home, no transfer abroad.
  if ((frame === Frame.Transfer || frame === Frame.People) && aidToNoActor(v, first, last)) return true
  // (Not speech: "expressed 'regret'" quotes the very word said.)
  if (m.eventSpeech[ev] !== 1 && figureQuoted(m, t, hit) && !quotedFightOnForcesEn(st, last)) return true
  if (leftUnsaid(v, first) || namedInPassing(v, first)) return true
  // "led the satellite launch preparatory committee": a launch naming the body in charge of it is no launch.
  if (frame === Frame.Self && launchNamesBody(v, last)) return true
  // "a disaster relief exercise": relief naming a drill's kind is no relief given.
  if ((frame === Frame.People || ev === m.ruleEvents.aid) && reliefDrillEn(v, last)) return true
  // "ordered the military to be ready to suppress the South": a readiness no one states is no offer.
  if (m.eventSpeech[ev] === 1 && readinessUnstated(v, first)) return true
  // "told he was going to a training exercise": a pretext a soldier was given, no drill.
  if (ev === m.ruleEvents.militaryExercise && toldDestination(v, first)) return true
  if (ev === m.ruleEvents.attackClash && !foughtByForces(v, first, last)) return true
  // "help Russia retake Kursk from Ukraine": taking a place back is a fight only from a holder it names.
  if (ev === m.ruleEvents.attackClash && takenFromNoHolderEn(st)) return true
  if (ev === m.ruleEvents.attackClash && cyberAttackNoun(v, first)) return true
  if (ev === m.ruleEvents.attackClash && sportPlay(v)) return true
  // "A drone hit the dome", "its naval drones had sunk the ship": a strike only with a projectile its subject.
  // (The token, not the trigger's text: "hitting" holds "hit".)
  return (
    ev === m.ruleEvents.attackClash &&
    /^(hit|sank|sunk)/.test(slice(t, hit.start, hit.end).toLowerCase()) &&
    !(/^(hit|hits|sank|sunk)$/.test(tokens[first].text) && projectileSubject(v, first))
  )
}

/** A leadership verb that changes no office: its object is no office or a thing, a crowd's demand, a shot fired. */
function noOfficeChangedEn(st: RecordState, first: number, last: number): boolean {
  const { v, isCountry, frame } = st
  if (frame !== Frame.Leadership) return false
  // "confirmed Hegseth as defense secretary": these verbs give an office only when they name it; no
  // office changes when the object is a thing ("dismissed the session as a plot").
  if (!asOffice(v, last) || removesAThing(v, last)) return true
  if (removalDemandedByCrowd(v, first)) return true
  // "the board appointed its R&D head as chief executive": a company's post, no state's office.
  if (corporatePostOnly(v, false)) return true
  // "its soldiers had fired on a guard post": a shot aimed at a target, no one dismissed.
  return projectileFiredAt(v, last, isCountry) !== null
}

/**
 * A speech word that is no statement towards another actor (a question put to the speaker, speech to people at
 * home, sport, investigators, a courtroom, no concern or interest voiced); a protest word mobilising people.
 */
function noStatementAbroadEn(st: RecordState, first: number, last: number): boolean {
  const { m, tokens, v, ev, frame } = st
  const speech = m.eventSpeech[ev] === 1
  // "Asked how Tokyo had responded, Hayashi said ...": a participle opening the sentence is the
  // question put to the speaker, no request of anyone.
  if (speech && tokens[first].text === 'asked' && !tokens.some((x, k) => k < first && x.word)) return true
  // Speech to people at home, or "rallies farmers" (a protest word as a verb of mobilising them).
  if ((speech || frame === Frame.Protest) && addressesPeople(v, last)) return true
  if (!speech) return false
  if (praisesSport(v, first) || sportComplaint(v)) return true
  if (investigatorsBlame(v, first)) return true
  if (courtroomSpeechEn(v, first)) return true
  if (voicesNoConcern(v, first, last)) return true
  // "branded South Korea a hostile state": a label is a position only when an actor is what it labels.
  if (labelsNoActor(v, first)) return true
  if (interestInNothing(v, last)) return true
  if (!isBacking(v, first)) return false
  st.speaker ??= speakerOf(v)
  // "Lavrov said Moscow fully supported ...": a backing is a statement only in its own state's voice.
  return backingUnvoiced(v, first, st.speaker, st.countryOf)
}

/** A meeting or visit word that names none between states: people met at home, a forum, things received, a host. */
function noTalksOrVisitEn(st: RecordState, last: number): boolean {
  const { tokens, v, isPerson, frame } = st
  if (frame === Frame.Visit) return hostsAGathering(v, last)
  if (frame !== Frame.Symmetric) return false
  // "toured a tank factory and met workers", "firms that hosted the workers": meeting or hosting
  // people at home is no talks between states.
  if (/^(meet|meets|met|host|hosts|hosted|hosting)$/.test(tokens[last].text) && addressesPeople(v, last))
    return true
  if (debatingForum(v, last)) return true
  // "received shells", "received 180 votes": receiving things or votes is no reception of a person.
  if (receivesNoOne(v, last, isPerson)) return true
  // "meet the conditions", "meet current and future threats": meet as satisfy or answer, no meeting.
  return meetsNoOne(v, last, isPerson)
}

/**
 * The roles the words give (an obligation's or a judgement's, else englishRoles), then a consequence's, a
 * pledge's, the clause's and the reporting state's. False: a pledge toward no one.
 */
function readRolesEn(st: RecordState, ctx: EnContext, given: EnRoles | undefined): boolean {
  const { m, v, countryOf, ev } = st
  const { first, last, clause } = ctx
  const roles = given ?? englishRoles(ctx)
  let { source, target } = roles
  const consequence = consequenceRoles(v, first, last, source, target, countryOf)
  if (consequence) ({ source, target } = consequence)
  // "It said the South would be held responsible": no speaker named, the reporting pronoun's referent is (t8).
  if (consequence && source < 0 && target >= 0) source = otherCountry(pronounReporter(ctx), target, countryOf)
  // "Lavrov said Moscow fully supported Pyongyang's ...": the speaker is its source, the one backed its target.
  if (m.eventSpeech[ev] === 1 && isBacking(v, first) && st.speaker !== undefined) {
    source = st.speaker
    target = backedActor(v, first, source, countryOf)
  }
  if (m.eventSpeech[ev] === 1 && isPledge(v, first)) {
    // "Cho was sworn in on Monday, vowing to ...": a participle's pledger is the sentence's subject.
    if (source < 0) source = v.args.find((a) => !a.venue && a.last < first)?.parties[0] ?? -1
    target = source >= 0 ? pledgedToward(v, first, (p) => countryOf(p) === countryOf(source)) : -1
    if (target < 0) return false
  }
  st.moreSources = roles.moreSources ?? NO_ACTORS
  st.moreTargets = roles.moreTargets ?? NO_ACTORS
  if (source < 0 && target < 0 && partiesNeeded(m.eventRequires[ev])) ({ source, target } = clauseRoles(ctx))
  // "Ukraine's military said its drones struck the port", "Russia's defence ministry said its forces had
  // carried out a strike": a fight whose subject is "its" forces is the reporting state's.
  if (
    source < 0 &&
    target < 0 &&
    m.eventRequires[ev] === Requires.Adversary &&
    ownForcesBefore(v, clause.left, first)
  ) {
    st.speaker ??= speakerOf(v)
    if (st.speaker >= 0 && st.isCountry(countryOf(st.speaker))) source = countryOf(st.speaker)
  }
  st.source = source
  st.target = target
  return true
}

/**
 * Talks the roles show to be none between states: a private partner, people or a body at home, firms' pacts, a
 * meeting convened by no state; "agreed in" a place with no second party (completed here when there is one).
 */
function noTalksBetweenStatesEn(st: RecordState, first: number, last: number, clause: Clause): boolean {
  const { m, tokens, v, input, isPerson, isCountry, frame } = st
  if (frame !== Frame.Symmetric) return false
  const { source } = st
  // "Putin held talks with business leaders": a private partner, no international meeting; nor
  // "meets escapees", "held a meeting with fishing cooperatives" (people at home: ./meeting).
  if (st.target < 0 && (privatePartner(v, last) || meetingAsPlace(v, first) || metPeople(v, last)))
    return true
  if (domesticBodyMeeting(v, first, last)) return true
  // A pact signed by firms only is a contract (round sixteen: t52 t60; t17's parties are its routes' cities).
  if (firmsSign(v, first, input.s.actors)) return true
  if (convenedMeeting(v, first, (p) => !isPerson(p) && !isCountry(p))) return true
  // "agreed in Tokyo": an agreement made in a named place by two parties is their meeting there ("Ahn and his
  // Japanese counterpart agreed in Seoul": the other party may be a nationality in the subject).
  if (tokens[first].text === 'agreed' && /^(in|at)$/.test(tokens[last].text)) {
    if (source >= 0 && st.target < 0)
      st.target =
        v.args.find(
          (a) =>
            !a.venue &&
            a.last < first &&
            a.first > clause.left &&
            countryKey(m, a.parties[0]) !== countryKey(m, source),
        )?.parties[0] ?? -1
    if (source < 0 || st.target < 0 || !agreedInPlace(v, last)) return true
  }
  return false
}

/**
 * "Russia fired North Korean missiles at Ukrainian cities": a launch fired at a target is the
 * launcher's strike (attack-clash) on the country struck, else on the other side the sentence names
 * (not who reports it); not a launch. False: a launch of another thing, a firing verb aimed at nothing, a
 * strike whose object was fired or with no shooter.
 */
function readStrikeEn(
  st: RecordState,
  first: number,
  last: number,
  clause: Clause,
  firingClash: boolean,
): boolean {
  const { m, v, isCountry, frame } = st
  if (frame === Frame.Self && launchedOtherThing(v, first, last)) return false
  if (frame !== Frame.Self && !firingClash) return true
  const { source } = st
  const struck = firingClash ? projectileFiredAt(v, last, isCountry) : firedAtTarget(v, last, isCountry)
  st.struck = struck
  if (firingClash && struck === null) return false
  if (struck === null) return true
  if (m.ruleEvents.attackClash < 0 || firedObject(v, first, last, clause.left)) return false
  // ("its soldiers had fired on a South Korean guard post": the struck side is told, if not the shooter.)
  if (source < 0 && !(firingClash && struck >= 0)) return false
  const side = (p: number) => countryKey(m, p)
  st.speaker ??= speakerOf(v)
  const reporter = st.speaker
  st.target =
    struck >= 0 && (source < 0 || side(struck) !== side(source))
      ? struck
      : otherSide(v, last, (p) => side(p) !== side(source) && (reporter < 0 || side(p) !== side(reporter)))
  return true
}

/**
 * The roles the sentence completes beyond the trigger's words: a warning named after an act, a message's
 * sender and recipient, a warning's addressee, a reaction's target, an arms supplier, a weapon's user.
 */
function completeTargetEn(st: RecordState, first: number, last: number): void {
  const { m, v, input, out, ev, frame } = st
  let { source, target } = st
  // "China launched drills around Taiwan, calling them a stern warning": what a naming participle calls
  // the act just told is its agent's warning (the participle's subject is the sentence's), aimed where
  // the act was aimed. Only an act: "condemned the launch, calling it ..." names a statement's object.
  if (source < 0 && warning(m, ev) && namedAsActBefore(v, first))
    for (let k = out.length - 1; k >= 0; k--) {
      const act = out[k]
      if (act.source < 0 || m.eventSpeech[act.event] === 1) continue
      source = act.source
      if (target < 0) target = act.target
      if (act.modality !== 'reported') st.namedActModality = act.modality
      break
    }
  // "Yoon said Seoul could arm Ukraine if ..., a warning aimed squarely at Pyongyang": a warning in apposition
  // to the sentence's report is its speaker's.
  if (source < 0 && warning(m, ev) && warningInApposition(v, first)) source = st.speaker ??= speakerOf(v)
  // "N. Korean soldier crosses MDL, taken into custody": with no by-phrase, the one taken in is the people's side.
  if (frame === Frame.People && source >= 0 && target < 0 && takenInWithoutTaker(v, first, last)) {
    target = source
    source = -1
  }
  const message = m.eventSpeech[ev] === 1 && target < 0 ? addressedMessage(v, first) : null
  if (message) {
    if (message.sender >= 0 || source === message.recipient) source = message.sender
    target = message.recipient
  }
  if (target < 0 && source >= 0 && warning(m, ev))
    target = addresseeInContent(v, last, source, (p) => countryKey(m, p) === countryKey(m, source))
  // "North Korea fired a missile. Japan protested.": a reaction naming no one in its sentence is
  // aimed at the actor the previous sentence was about, when that is another country's.
  if (target < 0 && source >= 0 && m.eventSpeech[ev] === 1 && frame === Frame.Directed)
    target = reactionTarget(m, v, source, input.previousSubject)
  if (frame === Frame.Transfer) {
    const supplier = supplierAfter(v, last)
    if (supplier >= 0 && supplier !== source) {
      if (target === supplier) target = -1
      source = supplier
      if (target >= 0 && countryKey(m, target) === countryKey(m, source)) target = -1
    }
  }
  if (target < 0 && source >= 0 && frame === Frame.Transfer)
    target = weaponUser(v, first, (p) => countryKey(m, p) !== countryKey(m, source))
  // "retake Kursk from Ukrainian forces": the side a place is taken back from is the one fought.
  const holder = ev === m.ruleEvents.attackClash && TAKE_BACK.test(v.tokens[first].text) ? holderFrom(st) : -1
  if (holder >= 0 && (source < 0 || countryKey(m, holder) !== countryKey(m, source))) target = holder
  st.source = source
  st.target = target
}

/**
 * The modality the words cue (englishModality), then what the sentence says of it: a topic debated, a launch
 * discussed or reacted to, a meeting criticised or hoped for, an election called after, a cue dating another
 * clause, an attack disclosed, a theft laundered, a statement only supposed. Sets st.modality, returns the cues.
 */
function readModalityEn(st: RecordState, first: number, last: number, clause: Clause): EnModality {
  const { m, tokens, v, input, ev, frame, background } = st
  const mod = englishModality(v, first, last, clause, frame, input.today)
  let modality = mod.modality
  st.bareEn = modality === null && !background && bareNoun(v, first, clause.left)
  if (modality !== 'background' && debatedTopic(v, first)) modality = 'speculative'
  // "Asked whether hackers were harvesting data", "'Whom did Kim meet at Panmunjom?'": a question tells nothing.
  if (modality !== 'background' && (askedWhether(v, first) || quotedQuestion(v, first)))
    modality = 'speculative'
  if (modality !== 'speculative' && discussedLaunch(v, first, last)) modality = 'background'
  // "a session over North Korea's launch", "concern over its launches": the launch the meeting reacts to, before it.
  if (modality !== 'speculative' && launchMeetingTopic(v, first, last)) modality = 'background'
  if (ev === m.ruleEvents.meetingSummit && criticisedMeeting(v, first)) modality = 'background'
  // "pledged to seek a restoration of dialogue": an aim, no talks proposed.
  if (ev === m.ruleEvents.meetingSummit && dialogueHoped(v, first)) modality = 'speculative'
  if (frame === Frame.Leadership && electionCalledAfter(v, first)) modality = 'background'
  // "may reject the offer as it has in the past": the cue dates another clause of the sentence.
  st.undated = background && pastCueElsewhere(v, first, last, clause)
  // "236 defectors reached South Korea last year, the ministry said": a tally of arrivals made public is the news.
  if (background && frame === Frame.People && arrivalTallyEn(v) && disclosed(v)) st.undated = true
  // An attack attributed in a finding made public is the news, however long ago it was carried out.
  if (
    m.eventRequires[ev] === Requires.Attributed &&
    (background || modality === 'background') &&
    disclosed(v)
  ) {
    st.undated = true
    if (modality === 'background') modality = null
  }
  // "laundering cryptocurrency stolen by hackers": the loot's theft, before the laundering told.
  if (
    m.eventRequires[ev] === Requires.Attributed &&
    modality !== 'speculative' &&
    launderedLoot(v, first, last)
  )
    modality = 'background'
  // "it may reject the offer": a modal of possibility on the speech verb itself, no statement made.
  st.speechGuessed = modality === 'speculative' && /^(may|might|could)$/.test(tokens[first - 1]?.text ?? '')
  // "Should North Korea fire a missile, Japan would respond": a warning supposed by a condition in the writer's
  // own voice was not made.
  if (modality === 'speculative' && mod.supposed) st.speechGuessed = true
  st.modality = modality
  return mod
}

/** "thanked South Korea for its aid": the one thanked did the act, for the one who thanks (a done act, then). */
function thankedActorEn(st: RecordState, first: number): void {
  const { m, v, ev, frame } = st
  const giver = m.eventSpeech[ev] === 1 ? -1 : thankedFor(v, first)
  if (giver < 0 || giver === st.source) return
  if (frame === Frame.Transfer || frame === Frame.Directed) st.target = st.source
  st.source = giver
  if (st.modality === 'planned' || st.modality === 'speculative') st.modality = null
}

/** A state's armed forces or their weapons, as the subject of a strike ("its naval drones", "its troops"). */
const OWN_FORCES =
  /^(forces|troops|soldiers|units|military|army|navy|drones|missiles|artillery|aircraft|jets|warplanes)$/

/** "its (naval) drones ..." right before the trigger, in its clause: the subject is a state's own forces. */
function ownForcesBefore(v: SentenceView, left: number, first: number): boolean {
  const { tokens } = v
  const forces = (k: number) => OWN_FORCES.test(tokens[k]?.text ?? '')
  for (let k = first - 1; k > left && k >= first - 8; k--)
    if (tokens[k].text === 'its' && (forces(k + 1) || forces(k + 2))) return true
  return false
}

/**
 * "North Korea confirms its troops fought for Russia in Kursk", "soldiers had fought in Kursk": "fought" (and
 * "fought for") is a fight told when armed forces are its subject, right before it (t14 t30 t39 t75);
 * "units that fought in Kursk", "veterans who fought", "management fought back" recall or figure one.
 * True for other words.
 */
function foughtByForces(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  if (tokens[first].text !== 'fought' || !(first === last || tokens[last].text === 'for')) return true
  let k = first - 1
  if (/^(had|have|has)$/.test(tokens[k]?.text ?? '')) k--
  return /^(forces|troops|soldiers|units)$/.test(tokens[k]?.text ?? '')
}

/** The words of a fight that takes a place back: "retake", "retook", "liberate", "liberated", "liberating". */
const TAKE_BACK = /^(retak|retook|liberat)/

/** True: "retake" or "liberate" (as its own verb, not "deliberate") with no "from" naming a holder in its clause. */
function takenFromNoHolderEn(st: RecordState): boolean {
  const word = st.tokens[st.at].text
  if (!/(retak|retook|liberat)/.test(word)) return false
  if (!TAKE_BACK.test(word) || /^liberation/.test(word)) return true
  return takenFrom(st) < 0
}

/** The trigger's "from" naming a holder (fromAt), read once per trigger: the reject steps and the roles share it. */
function takenFrom(st: RecordState): number {
  if (st.takenFrom === undefined) st.takenFrom = fromAt(st.v, st.at)
  return st.takenFrom
}

/** The "from" within six words after the verb, in its clause, followed by a party or armed forces; else -1. */
function fromAt(v: SentenceView, first: number): number {
  const { tokens } = v
  for (let k = first + 1; k < tokens.length && k <= first + 6; k++) {
    const x = tokens[k].text
    if (/^[,.;:]$/.test(x)) return -1
    if (x !== 'from') continue
    const held =
      tokens[k + 1]?.arg >= 0 || tokens[k + 2]?.arg >= 0 || OWN_FORCES.test(tokens[k + 2]?.text ?? '')
    return held ? k : -1
  }
  return -1
}

/** The party named right after that "from" ("from Ukraine", "from Ukrainian forces"), or -1. */
function holderFrom(st: RecordState): number {
  const { v } = st
  const k = takenFrom(st)
  const a = k < 0 ? -1 : v.tokens[k + 1].arg
  return a >= 0 && !v.args[a].venue ? v.args[a].parties[0] : -1
}

/**
 * "helped 'annihilate' Ukrainian forces", "'liberate' Kursk from Ukrainian forces": a fighting verb the fighter's
 * own word puts in quotes is still the fight told when its object is armed forces or a place taken from a holder.
 */
function quotedFightOnForcesEn(st: RecordState, last: number): boolean {
  const { m, v, ev } = st
  if (ev !== m.ruleEvents.attackClash) return false
  if (TAKE_BACK.test(v.tokens[st.at].text)) return takenFrom(st) >= 0
  for (let k = last + 1; k < v.tokens.length && k <= last + 4; k++) {
    const x = v.tokens[k].text
    if (/^[,.;:]$/.test(x)) return false
    if (/^(forces|troops|soldiers|units)$/.test(x)) return true
  }
  return false
}

/**
 * The firing verbs attack-clash shares with missile-launch, as the trigger's text (which may sit inside a longer
 * token: "firings", "submarine-launched"): a strike only when aimed (projectileFiredAt reads the token).
 */
const FIRING_EN = /^(fir|launch)[a-z]*$/

/** Nouns whose "on X" names a topic, not an act: "intelligence on North Korean hacking". */
const TOPIC_HEADS = new Set(
  (
    'intelligence information cooperation framework coordination measures efforts working group ' +
    'experts expertise training awareness defences defenses vigilance data'
  ).split(' '),
)

/** The trigger is what cooperation or intelligence is about ("share intelligence on North Korean hacking"). */
function englishTopic(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 5; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word) return false
    if (t.text === 'on' || t.text === 'against') return TOPIC_HEADS.has(v.tokens[k - 1]?.text ?? '')
    if (PREPS.has(t.text)) return false
  }
  return false
}

const THANKS = /^(thank|thanks|thanked|thanking|praised|praises|hailed|credited)$/

/** "thanked South Korea for its aid": the actor thanked for the act the trigger names, -1 when none. */
function thankedFor(v: SentenceView, first: number): number {
  let k = first - 1
  while (k > 0 && k >= first - 3 && v.tokens[k].text !== 'for') k--
  if (k <= 1 || v.tokens[k].text !== 'for') return -1
  const x = v.tokens[k - 1]
  if (x.arg < 0) return -1
  const a = v.args[x.arg]
  return !a.venue && THANKS.test(v.tokens[a.first - 1]?.text ?? '') ? a.parties[0] : -1
}

/** The one actor of a kind a sentence named, or -1 (none, or two that a pronoun could not tell apart). */
const onlyOne = (named: readonly number[] | undefined) => (named?.length === 1 ? named[0] : -1)

/** The persons and countries the sentence before named (none for a headline). */
const namedBefore = (input: RecordState['input']): number[] => {
  const last = input.recent.lastSentence
  return last ? [...last.persons, ...last.countries] : []
}

/** The party unless it is of the other's country (a state does not threaten itself), else -1. */
const otherCountry = (p: number, other: number, countryOf: (a: number) => number) =>
  p >= 0 && countryOf(p) !== countryOf(other) ? p : -1

/** Heads of a body or office (a committee, an agency) a noun before them says is in charge of. */
const BODY_HEADS = /^(committee|commission|agency|bureau|administration|authority|office|directorate)$/

/**
 * "the satellite launch preparatory committee", "the launch agency": the launch noun (at `last`) with a body's
 * head within two words after it, no verb between, names what the body is in charge of, no launch carried out.
 */
function launchNamesBody(v: SentenceView, last: number): boolean {
  const { tokens } = v
  if (!/^launch(es)?$/.test(tokens[last].text)) return false
  for (let k = last + 1; k <= last + 2 && k < tokens.length && tokens[k].word && tokens[k].arg < 0; k++)
    if (BODY_HEADS.test(tokens[k].text)) return true
  return false
}

/** Verbs of people gathering: a protest trigger only under gatheringNoCrowdEn. */
const GATHERING = /^(gather|gathers|gathered|gathering)$/
/** Words from a gathering verb back to the crowd gathering ("activists and students have gathered"). */
const GATHERER_REACH = 4

/**
 * "Crowds gather outside the National Assembly chanting for Yoon to step down", "activists and students have
 * gathered ... to demand an apology": civilians gathering are a street protest when they demand or chant for
 * something (the gold: t43 t47; in Korean t41 t57 t102). Not "fans gathered chanting the team's name", "leaders
 * gathered calling for calm" (no crowd), "residents gathered to watch", "intelligence-gathering". True rejects.
 */
function gatheringNoCrowdEn(v: SentenceView, trigger: string, first: number): boolean {
  const { tokens } = v
  // (The bare verb only: "gathered outside" is a trigger of its own.)
  if (!GATHERING.test(trigger.toLowerCase())) return false
  // "intelligence-gathering": the verb inside a compound.
  if (!GATHERING.test(tokens[first].text)) return true
  let crowd = false
  for (let k = first - 1; k >= 0 && k >= first - GATHERER_REACH && !crowd; k--)
    crowd = CIVILIAN.has(tokens[k].text) || CROWD.has(tokens[k].text)
  return (
    !crowd ||
    !tokens.some(
      (x, k) =>
        k > first &&
        DEMANDING.has(x.text) &&
        (/^demand/.test(x.text) || /^(for|against|slogans|on)$/.test(tokens[k + 1]?.text ?? '')),
    )
  )
}
