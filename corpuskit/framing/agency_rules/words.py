"""Closed-class and topic word lists of the agency rules (no lexicon entries here)."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


#: Heads of agent noun phrases that name a means (weapon, munition, event), not an actor.
MEANS: frozenset[str] = _words("""
    strike strikes airstrike airstrikes raid raids airraid airraids bombing bombings bomb bombs
    bombardment bombardments shelling shell shells rocket rockets missile missiles mortar mortars
    artillery fire gunfire crossfire explosion explosions blast blasts mine mines landmine
    landmines ied ieds shrapnel gas chlorine sarin weapon weapons munitions attack attacks
    assault assaults offensive clashes fighting violence bullet bullets grenade grenades
    explosives device devices projectile projectiles shellfire barrage barrages war wars conflict
    siege sieges campaign campaigns operation operations crisis standoff rampage spree
    infighting battle battles unrest insurgency
    """)

#: Events of the violence lexicon that are means when they are an agent ("the shooting
#: left 32 dead", "the massacre that killed"); not in MEANS, which the chunker reads as
#: nouns of weapons and attacks
EVENT_MEANS: frozenset[str] = MEANS | _words("""
    shooting shootings shootout shootouts massacre massacres killing killings stabbing
    stabbings ambush ambushes
    """)

_BE = _words("am is are was were be been being get gets got gotten getting")
_AUX = _words("""
    has have had having will would could can may might should must shall do does did to
    didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't cannot can't
    isn't aren't wasn't weren't
    """)
_NEGATION = frozenset(["not", "never", "cannot"])
#: adverbs of frequency: what happens or used to happen, no one event
_HABITUAL = _words("often usually routinely frequently typically commonly regularly")
_ADVERBS = (
    _words("""
    not never also reportedly allegedly apparently all both each later subsequently already
    just mostly mainly only possibly probably likely deliberately indiscriminately brutally
    initially recently still even partly seriously critically badly lightly fatally mortally
    again further sometimes
    """)
    | _HABITUAL
)
_ARTICLES = _words("the a an this these those")
_DETERMINERS = _ARTICLES | _words("his her their its our my your")
_PRONOUNS = _words("he she they it we i you them him")
#: Pronouns that can only be subjects: a past form after one is active (``the men it killed``).
_SUBJECT_PRONOUNS = _words("he she they it we i")
#: Pronouns that open no longer phrase: the chunk before a relative pronoun starts there
_INDEFINITES = _words("anyone anybody someone somebody everyone everybody whoever")
#: Words whose *'s* is a contracted *is* or *has*, not a possessive ("he's killing")
_CONTRACTED = _words("he she it that there what who where here everyone someone nobody")
#: A pronoun and a contracted *be* in one token ("[they're] killing")
_BE_CONTRACTIONS = _words("you're we're they're i'm")
_RELATIVE = frozenset(["who", "which", "that", "whom"])
_COORDINATION = frozenset(["and", "or", "but"])
_TIME = _words("""
    today yesterday tonight overnight monday tuesday wednesday thursday friday saturday sunday
    morning afternoon evening night week weekend earlier later now recently meanwhile
    shortly thereafter afterwards afterward soon
    mon tue wed thu fri sat sun weeks month months year years day days hours ago dawn
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec May
    spring summer autumn winter
    """)
#: seasons, times after a demonstrative "that" ("seized power that summer"); "fall" only
#: there, since it is a verb too (the others are in _TIME: "[Last summer]'s shooting")
_SEASONS = _words("spring summer autumn winter fall")
#: ``May`` (capitalised) is the month as :class:`_Sentence` keeps it, apart from the modal.
_MONTHS = _words("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec May
    """)
#: Words before a capitalised ``May`` that make it the month (``in May``, ``since May``).
_MONTH_LEAD = _words("""
    in on of since until till by early late mid last this next during from through before
    after between
    """)
#: Words after a capitalised ``May`` that make it the modal after a number (``Up To 200 May
#: Have Died``, ``12 May Be Dead``).
_MODAL_AFTER = _words("have be not well never also still soon even")
#: Time words that are also nouns modifying a noun (``a night raid``, ``an Orlando night club``).
_TIME_NOUNS = _words("night morning evening afternoon day dawn week weekend")
#: Days of the week, a pre-modifier after an article ("a [Friday] shootout")
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
#: Words that point a time word at now ("[last] week's attack", "[this] month's raid")
_DEICTIC = _words("last this next past")
#: Words that introduce a time phrase before a verb (``police on Tuesday killed``).
_TIME_LEAD = _words("on last this next early late earlier in at since during until over")
#: Time words before a time lead: "[earlier] this week", "[late] last month"
_TIME_BEFORE_LEAD = _words("early earlier late later")
#: Adverbs of frequency, never the head of a noun phrase ("looked [twice] at the man")
_FREQUENCY = _words("once twice thrice")
#: Words between a preposition and the time noun of a time phrase: "over [the past] year",
#: "in [the last two] weeks", "during [that] month"
_TIME_MODIFIERS = _words(
    "the this that these those past last previous next coming following same few two three"
    " four five six several many"
)
#: Articles and possessives before a participle that make it an attribute or a noun
#: (``the wounded``, ``a murdered journalist``); not ``those``: ``those killed`` is a passive.
_ATTRIBUTIVE = _words("the a an his her their its our my your")
#: Verbs of ``left 20 dead``: their subject is the agent of ``dead``.
_LEAVE_VERBS = _words("left leave leaves leaving")
#: Verbs between *be* and ``dead`` (``were confirmed dead``).
_COPULA_VERBS = _words("confirmed reported found declared presumed feared pronounced")
#: Verbs whose object is the agent of ``of`` / ``for`` + gerund (``accusing Russia of killing``).
_ACCUSE_VERBS = _words("""
    accuse accuses accused accusing blame blames blamed blaming charge charges charged charging
    convict convicted condemn condemns condemned condemning criticise criticised criticize
    criticized suspect suspects suspected lambast lambasts lambasted lambasting lambaste
    lambastes slam slams slammed slamming denounce denounces denounced denouncing
    indict indicted indicts prosecute prosecuted sentenced jailed arrested punish punished
    punishing sanction sanctioned rebuke rebuked
    """)
#: Prepositions whose gerund takes the subject of the verb before (``face trial for
#: killing``, ``responded by killing``, ``succeeded in killing``, ``got away with killing``)
#: or after (``After killing the leader, he ...``).
_GERUND_PREPOSITIONS = _words("for after before while by without upon since in with")
#: Verbs of showing and seeing whose object does the act of a gerund after it ("a video
#: showing [a militant] beheading", "footage shows [rebels] executing prisoners")
_SHOW_VERBS = _words("""
    show shows showed shown showing depict depicts depicted depicting see sees saw seen
    seeing watch watches watched watching film filmed filming record recorded recording
    heard witnessed mimicked mimics mimicking reenacted reenacts portrayed portrays portraying
""")
#: Pictures whose "of" takes the doer of a gerund after it ("the video of [ISIS] beheading")
_PICTURE_NOUNS = _words("""
    video videos footage film films clip clips image images picture pictures photo photos
    photograph photographs recording recordings
""")
#: Tokens between a preposition and the verb whose subject its gerund takes.
_GOVERNOR_WINDOW = 8
#: Reporting verbs that can stand between a relative pronoun and its verb
#: (``Assad, who the U.S. says has killed thousands``).
_REPORTING = _words("""
    says said say claims claimed claim believes believed believe alleges alleged allege
    thinks thought think insists insisted reports reported announced announces added adds
    stated states confirmed confirms admitted admits acknowledged acknowledges
    """)
#: Tokens that may stand between a reporting verb and a pronoun it introduces
#: (``said in a statement on Tuesday that it killed``).
_REPORT_GAP = 6
#: Pronoun agents whose referent is looked for (``the army said it killed``, ``its jets``).
_PERSONAL = _words("it they he she we")
_POSSESSIVES = _words("its their his her our")
#: Pronouns of one person: their referent must be a person's name (``Putin said he``).
_SINGULAR_PERSONS = _words("he she his her")
#: Reporters that are groups or institutions, not the "he" of their report (``Police said he``).
_GROUP_NOUNS = _words("""
    police officials authorities army military ministry government prosecutors witnesses
    residents sources activists medics doctors monitor observatory agency group spokesman
    spokeswoman media reports statement
    """)
#: Words that end the main clause a participle may take its subject from (``..., said that``).
_CLAUSE_OPENERS = _words("that said says say told reported added according")
#: conjunctions opening a clause whose subject a later participle may take
_SUBORDINATORS = _words("after before when while because since as until once")
#: those that never stand as a preposition before a subject ("after [a drone strike] killed")
_OPENERS = _SUBORDINATORS - {"as"}
#: Times of day outside :data:`_TIME`: "after [dark]"
_NIGHT = _words("dark midnight noon nightfall sunset sunrise daybreak")
#: times of day and times that close a chunk ("after dark", "by Monday")
_TIMES_OF_DAY = _TIME | _NIGHT
#: the words of a finite verb group other than a verb form ("is", "has", "will"; not "to")
_VERB_WORDS = _BE | (_AUX - {"to"})
#: Irregular past forms (``fell``, ``struck``, ``beat``): finite after a subject, and verbs
#: in a series of past verbs (``beat, raped and murdered``).
_IRREGULAR_PAST = _words("""
    fell hit struck tore shook blew took went came ran drove set threw began swept left
    overran led broke burst spread cut put sent brought made gave knelt fled held stood
    fought sought caught bought kept crept felt dealt spent built knew grew drew flew wrote
    rode strode spoke stole chose froze woke wore swore hid slid sat met sped bled forgot
    got forgave sank rang sprang became withdrew stuck swung hung flung dug spun lost found
    beat shot burnt
    """)
#: Irregular past forms and other finite verbs that follow a subject (``shells fell``).
_FINITE = _IRREGULAR_PAST | _words("""
    rocked opened fired stormed dropped launched resumed carried ripped targeted pounded
    continued exploded detonated attacked ambushed raided shelled bombed seized begun has
    have had is are was were
    """)
#: Participles that read as adjectives inside a noun phrase (``armed groups``).
_ADJECTIVAL_PARTICIPLES = _words("""
    armed suspected alleged unidentified masked unnamed united so-called organized
    organised coordinated trained backed led supported allied affiliated aligned linked
    wounded injured killed detained
    """)
#: dates and years end a chunk (``24-02-2015 Syrian Army kills``: the agent is ``Syrian Army``)
_DATE = re.compile(r"^(?:\d{1,4}(?:[-/.]\d{1,2}){1,2}(?:[-/.]\d{2,4})?|(?:19|20)\d\d)$")
_PREPOSITIONS = _words("""
    in on at of from to with by for during after before near since into onto over under across
    against amid amidst among around through throughout toward towards upon via without within
    outside inside between behind beyond despite following including like per than off out up
    down along about due
    """)
#: Sentence adverbs that open a clause, never an agent (``[Also] Syrian army killed``,
#: ``[Elsewhere] in Syria rebels attacked``).
_SENTENCE_ADVERBS = _words("""
    also elsewhere meanwhile however separately moreover furthermore additionally besides
    then thus therefore still yet now instead reportedly allegedly apparently rather indeed
    nevertheless nonetheless likewise otherwise
    """)
_CLAUSE_WORDS = _words("""
    and or but nor so yet that which who whom whose when where while whereas as because if
    although though until unless whether then there here not never least
    """)
_VERBS = _words("""
    said says say saying told tells reported reports claimed claims added adds denied denies
    accused accuses confirmed confirms announced announces stated states insisted insists
    alleged alleges according blamed blames dropped launched fired carried conducted continued
    saw left leaving caused causes causing inflicted inflicting rose rise rises risen reached
    reaches climbed stood stands stand put puts including seem seems seemed appear appears
    appeared unlikely believe believes believed think thinks
    """)
#: Nominals whose possessor is the doer even without *of* (``Assad's massacres``).
_AGENT_NOMINALS = _words("massacre massacres slaughter bloodshed")
#: Nouns a gerund modifies ("a beheading [video]", "a shooting [survivor]")
_GERUND_HEADS = _words("video videos survivor survivors spree sprees rampage")
#: Nouns before "shooting victims" that make the gerund a modifier ("the [school] shooting
#: victims"), besides places and names
_EVENT_SITES = _words("school church mosque synagogue mass campus concert club theater police")
#: Participles whose *by* names the doer of the event before them ("a massacre [perpetrated]
#: by"); "carried out by" is matched as a phrase
_DOING = _words("perpetrated committed conducted staged")
#: How far after a nominal such a participle may come
_CARRIED_WINDOW = 14
#: tokens between a nominal (and its victim) and a by-phrase after an aside ("of X, 26, by")
_APPOSED_WINDOW = 10
_BOUNDARY = _BE | _AUX | _PREPOSITIONS | _CLAUSE_WORDS | _TIME | _VERBS
#: Nouns after which ``of`` stays inside the noun phrase (``dozens of civilians``).
_QUANTITY_NOUNS = _words("""
    dozens hundreds thousands scores tens number numbers group groups members member most some
    many all several one two three four five six seven eight nine ten dozen families family
    majority series barrage barrages wave waves spate string volley volleys hail salvo salvos
    kind kinds sort band bands half
    """)
#: Spans of time before ``of`` and an event, inside its chunk (``five [years] of war``)
_DURATIONS = _words("days weeks months years decades")
#: Boundary words that are pre-modifiers right after an article (``an [alleged] attack``,
#: ``an [earlier] attack``).
_ARTICLE_MODIFIERS = _words("alleged suspected reported earlier later recent previous continued")
#: Adjectives dropped from the pre-modifiers of a nominal (``heavy casualties``).
_NOMINAL_ADJECTIVES = _words("""
    heavy many more further mass high several numerous reported recent new total overall
    possible alleged latest final rising mounting growing
    """)
#: dashes that set off an aside as commas do
_DASHES = frozenset({"--", "\u2014", "\u2013", "-"})
_PUNCTUATION_GAP = re.compile(r"[,;:()\"“”«»—–]|\s--?\s|/")
#: Tokens a by-phrase may stand after the trigger (``killed in the district of the city
#: by sniper fire``), with no punctuation, clause word or verb between.
_BY_WINDOW = 10
#: prepositions after a participle that make it a verb of its own ("and taken to")
_PARTICIPLE_PREPOSITIONS = _words("to into in at from on away off")
#: modifiers of a means or attack noun that may be coordinated ("car and knife attack",
#: "air and artillery strikes", "tear gas and stun grenades")
_MEANS_MODIFIERS = _words("""
    air artillery car knife gun rocket mortar missile truck bomb suicide chemical barrel
    tank drone sniper ground naval cluster gas stun tear
    """)
#: verbs after *be* that raise an infinitive's subject ("are understood to have killed")
_RAISING = _words("""
    understood believed thought said reported alleged known suspected feared expected
    estimated claimed presumed
    """)
#: forms of "use" before an object and a "to" of purpose: "used a rifle to kill"
_USE = frozenset({"uses", "used", "using"})
#: Present verbs before an infinitive whose subject does what it names ("the regime
#: [continues] to shoot")
_TO_VERBS = _words("""
    continue continues begin begins start starts keep keeps seem seems appear appears try
    tries want wants vow vows threaten threatens plan plans intend intends refuse refuses
    """)
#: Verbs whose object is the doer of the infinitive after it ("prompted [the U.S.] to kill")
_CONTROL = _words("""
    prompted prompt prompts prompting ordered order orders ordering forced force forces
    forcing allowed allow allows allowing authorized authorised authorize authorise
    urged urge urges urging told tell tells telling instructed instruct commanded command
    enabled enable enables encouraged encourage encourages inspired inspire inspires
    sent send sends trained train trains directed direct directs
    """)
#: heads of an armed actor's noun phrase ("[Masked gunmen] targeting the office killed")
_ARMED_HEADS = _words("""
    gunman gunmen militant militants fighters troops soldiers forces jets rebels insurgents
    attackers assailants bombers bomber men
    """)
#: heads of an armed actor's or a state's noun phrase, never a modifier of another head
_ACTOR_HEADS = _ARMED_HEADS | _words("force army military police regime government")
#: words of a wire byline ("By The Associated Press", "By Reuters staff")
_WIRE_WORDS = _words("associated reuters afp staff correspondent")
#: Two-sided events: a by-phrase after one is the verb's (``killed in the war by X``).
_WAR_EVENTS = _words("war wars conflict conflicts fighting clashes violence")
#: Irregular participles whose own by-phrase is not the trigger's (``a village held by``).
_OWN_BY = _words("held run led made taken seen given built sent kept hit struck")
#: Closing quotes that may stand between a trigger and its by-phrase.
_QUOTES = frozenset(['"', "\u201d", "'", "\u2019"])
_MAX_MODIFIER_JUMPS = 3
#: Further jumps allowed while the chunk reached is a place or a distance (``Air raids in
#: the town of X about 20 km south of [the city] killed``).
_LOCATOR_JUMPS = 3
#: Units of a distance phrase (``about [20 km] south of``).
_DISTANCE_UNITS = _words("km kilometres kilometers kilometre kilometer miles mile metres meters")
#: Adjectives of allegiance before *to* / *with* (``militiamen loyal to the government``).
_ALLEGIANCE = _words("loyal linked affiliated allied aligned belonging close tied")
#: Prepositions whose phrase can modify a subject noun (``strikes on hospitals killed``).
_MODIFIER_PREPOSITIONS = _words(
    "on in of between near against from at across among inside around outside throughout"
)
#: Compass words that end a chunk before ``of`` (``positions north of Manbij``).
_COMPASS = _words("north south east west northeast northwest southeast southwest")
_TOLL_WINDOW = 8
_APPOSITION_WINDOW = 12
#: Tokens a relative clause may span between its antecedent and the main verb.
_RELATIVE_WINDOW = 20
#: Last words that cannot end a subject (``Last updated``: not a subject).
_NOT_SUBJECT = _TIME | _TIME_LEAD | _ADVERBS
# A chunk whose head is a place is where, not who: "the northern city", "Ghouta"
# (capitals used for governments, Moscow or Damascus, are not listed).
_PLACE_NOUNS = _words("""
    city cities town towns village villages province provinces region regions district
    districts neighbourhood neighborhood neighbourhoods neighborhoods suburb suburbs
    enclave enclaves countryside area areas outskirts quarter
    """)
_PLACE_NAMES = _words("""
    ghouta aleppo mosul idlib homs hama raqqa daraa douma fallujah ramadi tikrit kobani
    afrin palmyra manbij
    """)
#: Force nouns that are the agent when they modify a nominal with an *of* victim.
_FORCE_MODIFIERS = _words("police army military regime government troops soldiers militia")
#: Nouns that end a source after *according to* (``according to the bulletin [X]``).
_SOURCE_NOUNS = _words("""
    bulletin agency report reports statement sources source media observatory reporter
    correspondent tv television channel monitor monitors sana activists officials
    """)
#: Place adverbs between an antecedent and its relative pronoun (``an attack there that``).
_LOCATIVES = _words("there here")
#: Names whose second word is a closed-class word (``United States``: not *states*).
_NAME_PAIRS = frozenset([("united", "states"), ("united", "nations"), ("gulf", "states")])
#: Closed-class words that are also names when written in capitals (``IS``, ``US``, ``IT``).
_ACRONYM_CLASH = _words("is us it as at in on or an who are am")


#: Words in -ly that are not adverbs.
_LY_NOUNS = frozenset(
    [
        *("family", "assembly", "supply", "anomaly", "monopoly", "italy", "july"),
        *("rally", "ally", "bully", "belly", "jelly", "homily", "reply"),
        *("elderly", "friendly", "deadly", "costly", "lonely", "ugly", "orderly", "bodily"),
    ]
)


def _is_adverb(word: str) -> bool:
    """A closed-class adverb or a word in -ly (``fiercely``), not ``family``."""
    return word in _ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS)
