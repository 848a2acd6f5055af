"""Patterns and word sets of the referent rules (:mod:`corpuskit.framing.referents.resolve`).

Example:
    >>> bool(_WAR.search("Shelling killed two.")), "candidate" in _POLITICS
    (True, True)
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.words import words as _words

#: a sentence about the Syrian or Iraqi wars: their own rules apply, not another war's
_SYRIA_IRAQ = re.compile(r"syria|iraq", re.IGNORECASE)
#: Chemical weapons, which the news gives the Syrian regime
_CHEMICAL = re.compile(r"\b(?:chemical|sarin|chlorine|nerve\s+agent)", re.IGNORECASE)
#: Words of the Syrian war, also where no party is named apart ("anti-Islamic State
#: operations"): its places, its weapons (:data:`_CHEMICAL`) and the Islamic State
_SYRIAN_WORDS = re.compile(
    r"syria|assad|damascus|aleppo|idlib|homs|ghouta|raqqa|deir|daraa|latakia|"
    rf"{_CHEMICAL.pattern}|barrel|islamic\s+state|isis|isil|daesh",
    re.IGNORECASE,
)
_GOVERNMENT = _words("government governments regime regimes authorities")
_DEFAULT_REBELS = re.compile(
    r"^(?:moderate\s+)?(?:rebel|opposition|armed opposition|syrian opposition)", re.IGNORECASE
)
_ARMY = re.compile(r"\b(?:forces|troops|soldiers|army|fighters|militias?|loyalists)\b", re.I)
#: the act, not the actor: "arming a rebellion", "governments that have rebelled against"
_NOT_A_LABEL = _words(
    "rebellion rebellions rebellious rebelliousness rebelled rebelling militantly"
)
#: "a rebel flag", "the rebel yell": the Confederacy's emblems, no armed actor
_CONFEDERATE = _words("flag flags yell")
#: Capitalised words that name no actor of their own (apostrophes lost in some corpora).
_NOT_NAMES = _words(
    """takfiri takfiris syrias iraqs but and so islamic islamist islamists sunni shiite shia federal
    muslim arab western salafi salafist wahhabi"""
)
#: Words of war or violence; without one, "opposition", "insurgent" or "fighters" is politics.
_WAR = re.compile(
    r"\b(?:wars?|kill\w*|attack\w*|battl\w*|bomb\w*|troops|forces|military|army|armed|weapons|"
    r"ceasefire|siege|air\s*strikes?|shell\w*|offensive|terror\w*|jihad\w*|insurgency|civilians|"
    r"rebel\w*|regime|syria\w*|iraq\w*|assad|aleppo|damascus|idlib|ghouta|isis|isil|"
    r"islamic state|daesh|nusra|taliban|militias?|raids?|gun\s*battle|occupation|civil war|"
    r"fighting|fought|overr[au]n|seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|ypg|sdf|pkk|arm|arming|"
    r"peshmerga|hezbollah)\b",
    re.IGNORECASE,
)
_POLITICAL_OPPOSITION = _words(
    """
    in congressional democratic republican gop public bipartisan diligent fierce strong stiff
    growing initial vocal widespread outright mounting staunch vehement firm unanimous
    stubborn strident implacable his her our my their its your an partisan conservative liberal
    right-wing left-wing far-right far-left centrist little much less
    progressive labour tory parliamentary political internal intraparty domestic court
    judicial
    """
)
#: Words that mark "the opposition" as political (codebook C4): parties, votes, parliaments.
_POLITICAL_CONTEXT = re.compile(
    r"\b(?:elect\w*|vot(?:e|es|ed|ing|ers?)|parliament\w*|congress\w*|senat\w+|lawmakers?|"
    r"legislat\w+|party|parties|campaign\w*|candidat\w+|primar(?:y|ies)|republicans?|"
    r"democrats?|GOP|bills?|impeach\w*|nominees?|protest\w*|ballots?|polls?|politic\w*|"
    r"liberals?|conservatives?|coalition\s+government|incumbents?|caucus\w*|PACs?|nominat\w+|"
    r"democratic|challengers?)\b",
    re.IGNORECASE,
)
#: "dog fighters", "UFC fighters", the Foo Fighters: fighters of no war.
_NOT_FIGHTERS = _words("dog fire prize cage ufc mma street crime corruption kick pit bull foo")
#: "jet fighters", "F-18 fighters", "stealth fighters": aircraft, not people.
_AIRCRAFT = re.compile(
    r"(?:\b(?:jets?|aerial|stealth|supersonic|interceptor|multirole|multi-role|strike)|"
    r"\b[A-Z][A-Za-z]*(?:-|/)[A-Z]?\d+[A-Za-z]*)\s+$"
)
#: degree adverbs before a predicative adjective ("so militant", "increasingly militant")
_DEGREE = _words("so too very more less most increasingly overly rather quite")
#: "militant" as a predicate: after a copula, a verb of becoming or seeming, "say" or a
#: coordinating "and" ("the mood was celebratory and militant.", "(some might say militant)",
#: "the Normals have gotten militant,"), ending its clause: a temperament, no armed actor
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|become|became|becomes|becoming|get|gets|got|"
    r"gotten|getting|grow|grows|grew|grown|turn|turns|turned|seem|seems|seemed|look|looks|"
    r"looked|sound|sounds|sounded|remain|remains|remained|say|said|call|called|and|or)\s+$"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)\]\u2014]|$)")
#: "an insurgent candidate": a newcomer in politics.
_POLITICS = _words(
    "candidate candidates campaign campaigns upstart bid challenger challengers candidacy "
    "politician politicians race primary"
)
#: "regime change", "regime collapse": events of the regime the sentence points at.
_REGIME_EVENTS = _words("change collapse fall survival overthrow ouster")
_LEGAL_POWERS = re.compile(r"\b(?:had|has|have|gave|given|granted|grant)\s+(?:the\s+)?$", re.I)
_OTHER = _words("other others rival allied")
_MODIFIERS = _words(
    """
    the a an some many several most all both these those its their his our hundreds dozens
    thousands scores other rival allied foreign armed moderate islamist radical hardline
    extremist suspected
    alleged local sunni shiite shia jihadist militant veteran remaining so-called
    self-proclaimed takfiri foreign-backed foreign-sponsored rebel opposition government regime
    pro-government pro-regime militia coalition security special freedom al one two three four
    five six seven eight nine ten eleven twelve twenty thirty forty fifty
    """
)
_PEOPLE_HEADS = _words(
    """
    fighters forces groups group militia militias troops soldiers members ranks units factions
    organization organizations organisation organisations cells army leaders leadership
    commanders positions stronghold strongholds territory areas capital officials sources
    representatives men convert converts recruits supporters terrorists militants jihadists
    insurgents rebels gunmen
    """
)
_POSTMODIFIER = re.compile(
    r"^\s*(?:,\s*)?(?:of|from|with|belonging\s+to|loyal\s+to|linked\s+to|affiliated\s+(?:with|to)|"
    r"such\s+as|like|including|known\s+as|calling\s+themselves|called|named|"
    r"(?:which|who)\s+(?:is|are|was|were)\s+(?:also\s+)?known\s+(?:as|by)"
    r"(?:\s+the\s+acronyms?)?)\s+",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"^\s*(?:,|\(|\u2014|\u2013|\s-)\s*")
_PHRASE_END = re.compile(
    r"[,;:.!?()\"\u201c\u201d]|\s(?:is|was|were|are|has|have|had|who|which|that|said|says|told|"
    r"tells|added|reported|reports|wrote|"
    r"and\s+(?:the\s+)?(?:other|its|their))\b",
    re.IGNORECASE,
)
#: "fighters battling President Assad": a generic label fighting the Syrian government.
_OPPONENT = re.compile(
    r"^\s+(?:battling|fighting|against|opposed\s+to|opposing)\s+(?P<who>[^,;.]{2,60}?)"
    r"(?=[,;.]|\s+(?:now|in|and|since|for|who|which|that)\b|$)",
    re.IGNORECASE,
)
_OTHER_GROUP = re.compile(
    r"\b(?P<name>[A-Z][\w'-]+)\s+(?:militants|fighters|militias?|rebels|insurgents|jihadists|"
    r"terrorists|gunmen|government|authorities)\b"
)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their|his|her)\s+(?:\w+\s+)?$", re.IGNORECASE)
_POSSESSIVE_WORD = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
#: "Kurdish forces are the most effective fighters": the subject of a copula before the hit.
_COPULA = re.compile(
    r"(?:^|[,;:(]\s*)(?P<subject>[^,;:()]{2,80}?)\s+(?:is|are|was|were|remains?|remained|"
    r"became|become|(?:ha(?:ve|s|d)\s+)?(?:proven|proved|been)(?:\s+to\s+be)?)\s+"
    r"(?:(?!(?:by|with|against|from|to|for|on|in|at|into|after)\s)[a-z-]+(?<!ing)\s+){0,4}$"
)
#: an apposition naming the group before the label: "held by al-Nusra Front, a Syrian rebel
#: group" (codebook rule 2: the apposition decides); no preposition or article between the
#: article and the label ("Hezbollah, a foe of the rebels" names no one by "rebels")
_APPOSED = re.compile(
    r"(?P<subject>(?:(?:al-)?[A-Z][\w'’.-]*\s+){0,4}(?:al-)?[A-Z][\w'’.-]*),\s+(?:a|an)\s+"
    r"(?:(?!(?:of|the|a|an|in|on|at|for|to|by|with|from|against)\b)[\w-]+\s+){0,3}$"
)
#: "The regime has been accused of ... by insurgent groups": the accusers of the hit.
_ACCUSED_BY = re.compile(r"\baccused\b[^;]*\bby\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
#: The Iraqi insurgency of 2003-2011 (``other`` in the codebook).
_IRAQ_WAR = re.compile(
    r"\bIraq\s+War\b|\b(?:war\s+in|occupation\s+of|invasion\s+of|insurgency\s+in)\s+Iraq\b|"
    r"\b(?:American|U\.?S\.?)\s+(?:forces|troops|soldiers|Marines)\s+in\s+Iraq\b|"
    r"\bIraqi\s+insurgen|\bSaddam\b|\b200[3-9]\b[^.]*\bIraq\b"
)
#: Words of an armed conflict (not of a single attack) for ``foreign_conflict``.
_CONFLICT = re.compile(
    r"\b(?:civil\s+war|war|insurgency|intervention|occupation|uprising|overthr\w+|offensive|"
    r"advance\w*|battl\w+|fight\w*|seiz\w+|captur\w+|control\w*|territory|regime|killed|"
    r"(?:took|taken|taking)\s+over|rockets?|air\s*strikes?)\b",
    re.IGNORECASE,
)
#: Labels of unnamed attackers: never read as a conflict's party by place (codebook C1).
_ATTACKERS = re.compile(r"^(?:gunm[ae]n|terrorists?|attackers?|armed\s+men)$", re.IGNORECASE)
#: ... and the perpetrators of one attack, named by it ("the attack by [jihadists] on") or by
#: their verb ("[Militants] stormed a hotel in Mali", "militants had surrounded the consulate");
#: not "the attacks of terrorist groups", the acts of a war
_ATTACK_BY = re.compile(r"\battack\s+(?:of|by)\s+$", re.IGNORECASE)
_ONE_ATTACK = re.compile(
    r"\s+(?:had\s+)?(?:stormed|attacked|ambushed|bombed|raided|kidnapped|abducted|"
    r"killed|shot|opened fire|invaded|surrounded|assaulted|beheaded|hijacked)\b"
)
_CONFLICT_LINK = re.compile(
    r"\b(?:fight\w*|fought|battl\w+|clash\w*|attack\w*|against|versus|vs|kill\w*|defeat\w*|"
    r"expel\w*|oust\w*|drive|drove|driven|repel\w*|bomb\w*|shell\w*|target\w*|besieg\w*|"
    r"ambush\w*|pound\w*|rout\w*|push\w*|retak\w+|recaptur\w+|execut\w+|behead\w*)\b",
    re.IGNORECASE,
)
_QAEDA = re.compile(r"\b(?:al[- ])?q[a']?[ie]da\b", re.IGNORECASE)
#: Adjectives of coded states, kept as modifiers at the start of a sentence ("Syrian al-Qaeda").
_STATE_ADJECTIVES = _words("syrian iraqi iranian russian turkish american kurdish israeli")
_INDEFINITE = re.compile(r"\b(?:a|an|any|another)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: "system of government", "under presidential government": rule, not a government.
_ABSTRACT_GOVERNMENT = re.compile(
    r"(?:\b(?:system|systems|form|forms|kind|type|branch|branches|level|levels|size|scope|"
    r"philosophy|theory|role)\s+of\s+|"
    # "business and government working together", "distrusted government": the notion
    r"\b(?:business|businesses|industry|labou?r|church|markets?|academia|society)\s+and\s+|"
    r"\b(?:distrust|distrusts|distrusted|mistrust|mistrusted|hate|hated|fear|feared)\s+|"
    r"(?:^|[^\w\s,]\s*|\b(?:of|under|for|against|than|and|or|by|to|provide|"
    r"provides|providing)\s+)"
    r"(?:presidential|parliamentary|representative|constitutional|limited|big|bigger|small|"
    r"smaller|self|good|bad|effective|responsive|accountable|democratic|civilian|military|divided|"
    r"credible|honest|competent|efficient|clean|transparent)"
    r"\s+)$",
    re.IGNORECASE,
)
#: "government spending", "government regulation": government in general, no one's (not
#: "government shutdown", an event of one government: codebook, `use`)
_GOVERNMENT_ACTIVITY = _words(
    """
    regulation regulations spending services overreach intervention interference bureaucracy
    bureaucrats benefits programs programmes subsidies handouts grants accounts funding
    oversight outreach contracts contractors debt transparency schools
    school leadership
    """
)
#: "the student government", "civil government": a body or an idea, not a state's government.
_NOT_STATE_GOVERNMENT = _words("student students campus civil")
#: Modals after an indefinite "a government": a statement about governments in general ("a
#: government should represent its citizens").
_GENERIC_MODALS = _words("should must ought cannot can")
#: Heads of the names of monitors, research bodies and publications: a capitalised label
#: before them is part of such a name, not a group ("Militant Islam Monitor").
_NAME_HEADS = _words(
    """
    monitor watch institute project center centre review magazine network foundation forum
    journal report studies research initiative
    """
)
#: up to three capitalised words ending in a head of :data:`_NAME_HEADS`
_NAME_HEAD = re.compile(
    r"(?:\s+[A-Z][\w'-]*){0,2}\s+(?:"
    + "|".join(sorted(word.capitalize() for word in _NAME_HEADS))
    + r")\b"
)
_COPULAS = _words(
    """
    is was has should must can cannot does isn't doesn't
    """
)
#: Words after which a bare, lower-case "government" is government in general: "cynicism
#: about government", "furious at government", "the value of government", "expect that
#: government should", "against all government" (not "and", "with", "against": "talks with
#: government" is one side; nor "from": "his resignation from government").
_BARE_GOVERNMENT = re.compile(
    r"\b(about|at|of|on|toward|towards|that|because|whether|all|"
    # ... and as the object of a verb of its size or of attitudes to it: "dismantle
    # government, not ...", "continue growing government." (not "fund government into March")
    r"(?:grow|shrink|expand|cutt|reduc|limit|dismantl|demoniz|distrust|trust|hat|fear|"
    r"streamlin)ing|dismantle|shrink|grow|expand|reduce|limit|trust|distrust|understand)\s+$",
    re.IGNORECASE,
)
#: ... and at the head of a clause, as its subject before a verb: "When government does that",
#: "And today, government is huge" (not "a date when the government", a determiner between)
_BARE_SUBJECT = re.compile(r"(?:\b(?:when|whenever|if|unless|while)|[,;:])\s+$", re.IGNORECASE)
#: Verbs after a bare "government": "expect that government should", not the demonstrative
#: "topple that government in Damascus".
_BARE_VERBS = _COPULAS | _words("are were had have could would will may might did wasn't")
#: Determiners that open a noun phrase after "government" ("at government and [its]
#: promises", "made cynicism about government [our] pastime"), not a second pre-modifier
#: ("at government and rebel checkpoints").
_BARE_CONJUNCT = _words("the a an its their his her our this these those")
#: Words after which a bare "government" is the noun itself, not a pre-modifier ("cynical
#: about government in", "the rewards of government while"; not "attacks on government
#: checkpoints", "talks on government formation").
_BARE_FOLLOWERS = (
    _BARE_VERBS
    | _BARE_CONJUNCT
    | _words(
        """
        in to for with at on of by from as than after before during over into through since
        without within across under against among that which who itself while when whereas
        because but so if although though unless where
        """
    )
)
#: Titles before a name: the phrase starts after them ("President Assads regime").
_TITLES = _words(
    """
    president prime minister king queen crown prince emir sheikh ayatollah general gen
    colonel col lt maj brig commander chancellor secretary senator sen rep governor gov
    mr mrs ms dr
    """
)
#: Appositions that open with one of these are not names of the hit ("authorities, so Dr.
#: X's counselors ..."; "insurgents, possibly linked to Islamic State": hedged).
_NOT_APPOSITION = _words(
    """
    so and but or nor while as when if because although though then yet which who where
    whose possibly perhaps probably likely maybe reportedly allegedly apparently
    presumably not said says told according
    """
)
#: Groups outside the actor codes named by a common noun ("cartel gunmen").
_CRIME_GROUPS = _words(
    """
    cartel cartels mafia gang gangs
    """
)
#: Labels of Sunni Islamist armed groups: never coreferent with Kurdish forces; "Takfiri"
#: also never with Shia militias or Hezbollah.
_ISLAMIST = re.compile(r"^(?:jihad|takfir|islamist)", re.IGNORECASE)
#: Function words that are capitalised at a sentence start, not names ("Will government ...").
_FUNCTION_WORDS = _words(
    """
    will would can could should may might must does did do is are was were has have had
    when where why how what who if the a an this that these those as in on at
    """
)
#: "the sanctions regime", "an inspection regime": a system of rules, no government.
_REGIME_SENSES = _words(
    """
    sanctions sanction inspection inspections tax visa trade export import legal regulatory
    verification monitoring nonproliferation non-proliferation treaty control controls
    visa-free fees fee tariff customs ceasefire truce licensing pricing training fitness
    diet treatment drug dosing testing quarantine border currency exchange-rate privacy
    copyright patent accounting reporting compliance leadership e-mail email information data
    planning immigration asylum welfare pension benefits subsidy banking disclosure screening
    vaccination vaccine flu-vaccine health care exercise maintenance compensation trading
    travel detention
    """
)
#: "a regime of torture", "regime of sanctions": a system of something.
#: also an abstract noun of a practice or a quality, lower case ("a regime of oversight", "the
#: regime of novelty", "regimes of balanced diplomacy"; rule s38), not one of state rule or
#: violence ("a regime of repression", "the regime of occupation", "a regime of terror"), nor
#: after or as a word of violence or fear (:data:`_VIOLENCE_OF`: "a regime of intimidation
#: and brutality", "the regime of fear and cruelty"; "a regime of torture and fear" stays)
_VIOLENCE_OF = (
    r"(?:violen|brutal|intimida|cruel|fear|terror|impunity|annihila|extermina|massacre|"
    r"murder|kill)"
)
_RULES_OF = re.compile(
    r"\s+of\s+(?:(?!" + _VIOLENCE_OF + r")[a-z]+\s+){0,2}?(?!" + _VIOLENCE_OF + r")"
    r"(?:torture|sanctions|control|inspections|abuse|detention|"
    r"(?!(?:oppress|repress|occupa|persecu|domina|subjuga|tyranny|autocracy|theocracy|"
    r"democracy|ethnic|military|terror)\w*\b)[a-z]+(?:tion|sion|ment|ance|ence|ty|cy|sight))\b"
)
#: Words of party politics before a label ("GOP insurgents", "Tory rebels").
_PARTY_WORDS = frozenset({"GOP", "Republican", "Democratic", "Tory", "Labour", "Conservative"})
#: "opposition politicians", "opposition parties": parliamentary opposition.
_POLITICIANS = _words(
    """
    politician politicians lawmaker lawmakers mp mps party parties candidate candidates
    legislator legislators deputies voters senators research researcher researchers
    """
)
#: words before "authorities" that make them powers: "new legal authorities", "expanding
#: authorities for U.S. forces"
_POWERS = frozenset({"legal", "statutory", "expanding", "expanded", "expand", "broader"})
#: "anti-Damascus militants", "Anti-Assad fighters": the label names the opponents of the
#: government named in a modifier of the hit's phrase
_AGAINST = re.compile(r"\b[Aa]nti-(?P<who>[A-Z][\w-]*)\s+(?:[\w-]+\s+){0,2}$")
#: a region's or faith's states, none of them named: "Arab regimes", "Gulf governments"
_REGIONS = frozenset({"Arab", "Gulf", "Muslim", "African", "Asian", "Sunni", "regional"})
#: "authorities of a country that ...": a state the sentence leaves unnamed
_OF_ANY = re.compile(
    r"\s+of\s+(?:a|an|any|another|some|one|every)\s+(?:[\w-]+\s+)?(?:country|state|nation)\b",
    re.IGNORECASE,
)
#: post-modifiers that give the group's name: "a militant group called Liwa al-Thawra"
_NAMING_CUE = re.compile(r"\b(?:called|named|known(?:\s+(?:as|by))?|themselves)\s*$", re.I)
#: a group noun before a name after "of", "from" or "with": "fighters from the Islamist militia
#: Ansar al-Shariah" names the group, outside the codes or not
_GROUP_BEFORE_NAME = re.compile(
    r"the\s+(?:[\w-]+\s+){0,2}(?:group|militia|organi[sz]ation|movement|network|faction|"
    r"brigade)\s+(?=[A-Z])",
    re.IGNORECASE,
)
#: nouns a group's name follows after "called" or "named": "a militant group called X"
_GROUP_NOUNS = (
    "group",
    "groups",
    "organization",
    "organisation",
    "faction",
    "militia",
    "movement",
    "network",
    "cell",
    "outfit",
    "brigade",
    "alliance",
    "coalition",
)
#: The object of monitoring: "a group that monitors jihadist websites", "tracks jihadist web
#: postings", "monitoring of suspected militants": the class watched, not a group (``unknown``)
_MONITORS = re.compile(
    r"\b(?:monitor|monitors|monitored|monitoring|tracks|tracking)\s+(?:of\s+)?(?:suspected\s+)?$",
    re.IGNORECASE,
)
#: A tie to a named group before the label: "ISIS-related terrorists", "al-Qaeda linked
#: militants" (not "affiliated with terrorist groups", "issues related to government").
#: The tie is not the group's name (codebook precedents: "Al Qaeda-linked", "affiliated"), so
#: the group it names decides neither as the label's name nor as the sentence's actor
_TIED = re.compile(
    r"(?:[\w)]-\s?|\b[A-Z][\w'-]*\s)(?i:linked|related|affiliated|inspired)"
    r"(?P<after>\s+(?:(?!(?:to|with|by)\s)[\w-]+\s+)?)$"
)
