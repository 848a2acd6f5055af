"""Word lists of the referent rules: event nouns and nationalities.

Kept apart from the rules (:mod:`corpuskit.framing.referents.resolve`) so that
they can be read and extended on their own; places, institutions, people and
groups are in :mod:`corpuskit.framing.referents.gazetteer`. Keys are lower
case; a nationality counts only when written with a capital.

Example:
    >>> NATIONALITIES["canadian"], "attack" in EVENT_NOUNS
    ('western_other', True)
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "EVENT_NOUNS",
    "EVENT_VERBS",
    "GENERAL_NOUNS",
    "NATIONALITIES",
    "STACKED_LABELS",
    "nationality",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


#: Nouns of events, acts and things: a label before one qualifies it ("terrorist attack").
EVENT_NOUNS = words(
    """
    attack attacks bombing bombings plot plots act acts activity activities threat threats
    violence incident incidents propaganda ideology targets target shelling fire airstrike
    airstrikes strike strikes raid raids warplane warplanes jet jets aircraft helicopter
    helicopters missile missiles rocket rockets mortar mortars shell shells bomb bombs
    barrel offensive assault assaults change shutdown financing funding atrocities crimes
    collapse fall survival overthrow ouster control terrorism siege sieges explosion explosions
    gunfire infighting plane planes spending programs programmes regulation regulations
    killing killings massacre massacres kidnapping kidnappings hijacking hijackings rampage
    infiltration intimidation recruitment indoctrination radicalization radicalisation
    nexus links ties video videos website websites manifesto literature
    murder murders carnage barrage onslaught operation operations insurgency warfare
    photo photos posting postings database databases media message messages messaging
    rhetoric narrative narratives agenda ambitions leanings sympathies views beliefs
    worldview mindset tactics methods policy policies victory surveillance failures
    corruption
    """
)
#: Labels used as adjectives that may stand before another ("jihadist terrorist attacks"):
#: the noun after both decides the use.
STACKED_LABELS = words("terrorist terror jihadist jihadi militant extremist islamist insurgent")
#: Abstract nouns of a kind of violence or belief: a label before one speaks of it in
#: general ("jihadist terrorism", "Islamist ideology"), not of the group a sentence names.
GENERAL_NOUNS = words("terrorism extremism ideology ideologies")
#: Event nouns that are also verbs in their base form: after a plural label they are its verb
#: ("rebels control the east", "militants attack the post"), not a noun it qualifies.
EVENT_VERBS = words(
    "attack target fire strike raid shell bomb control assault plot massacre kidnap"
)
#: Capitalised adjectives of states outside the actor codes' own adjectives ("Turkmen" is left
#: out: the Syrian Turkmen are a people of the war).
NATIONALITIES: Mapping[str, str] = {
    **dict.fromkeys(
        ["belgian", "canadian", "australian", "dutch", "danish", "german", "british", "french"],
        "western_other",
    ),
    **dict.fromkeys(
        words("""egyptian mexican saudi yemeni libyan afghan pakistani korean jordanian lebanese
        malian nigerian somali tunisian algerian moroccan sudanese chechen filipino indian
        chinese venezuelan cuban colombian ukrainian palestinian japanese thai vietnamese
        brazilian argentine chilean peruvian swedish norwegian finnish irish italian spanish
        portuguese greek polish hungarian austrian swiss czech romanian bulgarian croatian
        serbian bosnian estonian latvian lithuanian belarusian georgian armenian azerbaijani
        kazakh uzbek cypriot emirati qatari kuwaiti bahraini omani indonesian malaysian
        bangladeshi nepalese burmese kenyan ethiopian ugandan zimbabwean albanian angolan
        argentinian bolivian burundian cambodian cameroonian chadian congolese ecuadorian
        salvadoran eritrean ghanaian guatemalan guinean haitian honduran icelandic ivorian
        jamaican kosovar kyrgyz laotian liberian macedonian malagasy malawian maltese
        mauritanian moldovan mongolian montenegrin mozambican namibian nicaraguan nigerien
        panamanian paraguayan rwandan senegalese singaporean slovak slovenian taiwanese tajik
        tanzanian togolese uruguayan zambian"""),
        "other",
    ),
}


def nationality(word: str) -> str | None:
    """The code of the state a capitalised nationality names, also in the plural or the
    possessive ("Canadians", "Egyptian's"): ``western_other``, ``other`` or ``None``.

    Example:
        >>> nationality("Canadians"), nationality("Egyptian's"), nationality("canadian")
        ('western_other', 'other', None)
    """
    if not word[:1].isupper():
        return None
    plain = word.lower().removesuffix("'s").removesuffix("\u2019s")
    return NATIONALITIES.get(plain) or NATIONALITIES.get(plain.removesuffix("s"))
