"""Word lists of the referent rules: event nouns, nationalities, places, actors outside the codes.

Kept apart from the rules (:mod:`corpuskit.framing.referents.resolve`) so that
they can be read and extended on their own. Keys are lower case; a place or
name counts only when written with a capital (``"Mosul"``, not ``"mosul"``).

Example:
    >>> PLACES["mosul"], NATIONALITIES["canadian"], FOREIGN["taliban"]
    ('iraq_gov', 'western_other', 'group')
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVENT_NOUNS", "FOREIGN", "NATIONALITIES", "PLACES", "US_STATES", "words"]


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
    collapse fall survival overthrow ouster
    """
)
#: Capitalised adjectives of states outside the actor codes' own adjectives.
NATIONALITIES: Mapping[str, str] = {
    **dict.fromkeys(
        ["belgian", "canadian", "australian", "dutch", "danish", "german", "british", "french"],
        "western_other",
    ),
    **dict.fromkeys(
        words("""egyptian mexican saudi yemeni libyan afghan pakistani korean jordanian lebanese
        malian nigerian somali tunisian algerian moroccan sudanese chechen filipino indian
        chinese venezuelan cuban colombian ukrainian palestinian japanese thai vietnamese
        brazilian argentine chilean peruvian"""),
        "other",
    ),
}
#: The 50 US states: "Louisiana officials", "authorities in Texas" are American.
US_STATES = words(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
    """
)
#: Places and institutions that name a state for government labels ("authorities in Anbar").
PLACES: Mapping[str, str] = {
    **dict.fromkeys(
        words("""mosul anbar nineveh ninevah fallujah ramadi tikrit kirkuk basra erbil dawa"""),
        "iraq_gov",
    ),
    **dict.fromkeys(
        words("""aleppo idlib homs hama daraa deraa ghouta douma raqqa palmyra latakia"""),
        "syria_gov",
    ),
    **dict.fromkeys(
        words(
            """fbi congress federal senate pentagon circuit cia clinton pence sheriff republican
            republicans democrats gop obamacare medicaid medicare nypd americans"""
        )
        | US_STATES,
        "us",
    ),
    **dict.fromkeys(
        words(
            """brussels london paris berlin ottawa canberra amsterdam copenhagen canada trudeau
            harper cameron merkel hollande macron turnbull rutte"""
        ),
        "western_other",
    ),
}
#: Groups, countries and leaders outside the actor codes (all ``other``): ``group`` for
#: armed groups a generic label may name ("AQAP dispatched a terrorist"), ``state`` for
#: countries and their leaders ("Gaddafi", "the Kim regime").
FOREIGN: Mapping[str, str] = {
    **dict.fromkeys(
        words("""taliban aqap aqim al-shabaab shabaab houthi houthis hamas boko haram sayyaf
        lashkar-e-taiba lashkar farc
        brotherhood"""),
        "group",
    ),
    **dict.fromkeys(
        words("""libya afghanistan yemen somalia mali nigeria pakistan egypt tunisia algeria sudan
        chechnya philippines venezuela cuba korea pyongyang gaddafi qaddafi kadhafi mubarak
        sisi kim maduro castro lebanon jordan ukraine myanmar burma zimbabwe eritrea ethiopia
        kenya india china indonesia bahrain qatar kuwait oman morocco niger chad haiti colombia
        mexico nicaragua serbia kosovo bosnia armenia azerbaijan belarus uzbekistan bangladesh
        kashmir sirte benghazi tripoli kabul kandahar helmand islamabad peshawar mogadishu
        gaza hong kong chile argentina brazil peru bolivia ecuador guatemala honduras salvador
        panama taiwan japan vietnam thailand malaysia cambodia nepal lanka kazakhstan
        kyrgyzstan tajikistan turkmenistan rwanda congo uganda
        tanzania zambia angola mozambique cameroon ghana senegal burundi dagestan
        sanaa aden donetsk luhansk crimea kiev kyiv"""),
        "state",
    ),
}
