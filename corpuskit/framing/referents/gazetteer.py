"""A gazetteer for the referent rules: the places, institutions and people that name a state.

The codebook (``tests/devsets/naming/CODEBOOK.md``, C3) codes "the government"
and "authorities" by a place, person or institution of one country named in
the sentence, read with general knowledge of where places lie and who people
are. :data:`PLACES` holds those of the coded states (US states, cities and
institutions; the capitals, ministers and places of the other coded states and
of the Western coalition members); :data:`FOREIGN` the groups and states
outside the codes (``other``). Entries are the well-known places, bodies and
office-holders of the Syrian and Iraqi wars and of US, Russian and European
politics of 2011-2018 (and the British parties, ministers and institutions of BBC News's
2004-2005: Labour, Tory, Blair, Westminster, the names other states share,
:data:`UK_SHARED`, only in a sentence that names no other state; the regions and groups
of the wars UN speeches name in Africa, Asia and Latin America: Kasai, South Kordofan,
Rakhine, the LRA), not an exhaustive list; names the actors lexicon already holds
(Assad, Putin, Erdogan, Moscow, Ankara) are not repeated.

Keys are lower case, of one word or several (``"new zealand"``); a name
counts only when written with a capital (``"Mosul"``, not ``"mosul"``).
Left out on purpose: wire datelines of the region's news and venues of Syrian
talks (Beirut, Amman, Cairo, Istanbul, Riyadh, Geneva, Vienna, Astana:
"BEIRUT (AP) -" heads Syrian stories), names many people share (May, Ryan,
Abbas, Hadi, Abe, Jaafari), names of two places (Duma is also the Syrian town
Douma; Georgia is listed as the US state only) and people who oppose their
own government (Gulen).

Example:
    >>> PLACES["mosul"], PLACES["new york"], FOREIGN["taliban"], FOREIGN["sweden"]
    ('iraq_gov', 'us', 'group', 'state')
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from corpuskit.framing.referents.words import words

__all__ = ["FOREIGN", "PLACES", "UK_SHARED", "US_STATES", "places_in"]


def _phrases(text: str) -> frozenset[str]:
    """Comma-separated names (one or more words each) as a set."""
    return frozenset(" ".join(name.split()) for name in text.split(",") if name.strip())


#: The 50 US states: "Louisiana officials", "authorities in Texas" are American.
US_STATES = _phrases(
    """
    alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
    georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine,
    maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska,
    nevada, new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio,
    oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas,
    utah, vermont, virginia, west virginia, wisconsin, wyoming
    """
)
#: US cities in the news of 2011-2018 (attacks, protests, policing, conventions).
_US_CITIES = _phrases(
    """
    boston, chicago, los angeles, san francisco, san bernardino, cleveland, detroit, baltimore,
    philadelphia, dallas, houston, seattle, orlando, miami, atlanta, las vegas, denver,
    phoenix, charlottesville, ferguson, minneapolis, milwaukee, st. louis, new orleans,
    brooklyn, manhattan, queens, bronx
    """
)
#: US bodies and office-holders of 2011-2018 (the presidents are in the actors lexicon).
_US_BODIES = _phrases(
    """
    fbi, congress, senate, pentagon, circuit, cia, nsa, dhs, atf, gao, fisa,
    capitol hill, homeland security, immigration and customs enforcement, justice department,
    department of justice, state department, department of homeland security, border patrol,
    secret service,
    house of representatives, republican, republicans, democrats, gop, obamacare, medicaid,
    medicare, nypd, lapd, americans, sheriff, clinton, pence, kerry, tillerson, pompeo, mattis,
    hagel, biden, pelosi, mcconnell, schumer, mccain, comey, mueller, bolton, nikki haley,
    susan rice, samantha power, ash carter, paul ryan, jeff sessions, rand paul, bush,
    romney, feinstein, kavanaugh, gohmert, newsom, cuomo, giuliani, sanders, ted cruz,
    executive order, quantico, spokane, chattanooga,
    elizabeth warren, rubio, william barr, eric holder, kushner, manafort, michael flynn,
    mnuchin, pruitt, devos, fauci, ocasio-cortez, kamala harris, kasich, boehner, harry reid,
    lindsey graham, napolitano, panetta, petraeus, clapper, kellyanne conway, spicer,
    mcenany, grassley, nunes, adam schiff, nadler, mulvaney, bannon, priebus, rosenstein,
    gorsuch, ginsburg, sotomayor, state of the union, affordable care act, first amendment,
    second amendment, social security, census bureau, environmental protection agency,
    interior department, treasury department, labor department, education department,
    department of education, hhs
    """
)
#: Capitals, cities, bodies and office-holders of the other coded states (2011-2018).
_CODED = {
    "iraq_gov": """
        mosul, anbar, nineveh, ninevah, fallujah, ramadi, tikrit, kirkuk, basra, erbil, dawa,
        samarra, baiji, diyala, salahuddin, haditha, saddam, fuad masum
        """,
    "syria_gov": """
        aleppo, idlib, homs, hama, daraa, deraa, ghouta, douma, raqqa, palmyra, latakia,
        deir ez-zor, deir ezzor, deir al-zor, tartus, qamishli, muallem, moallem
        """,
    "russia": "lavrov, shoigu, peskov, medvedev, churkin, nebenzia, zakharova",
    "iran": "zarif, ahmadinejad, majlis, javad zarif",
    "turkey": "davutoglu, cavusoglu, yildirim",
    "israel": "jerusalem, tel aviv, knesset",
    "western_other": """
        brussels, london, paris, berlin, ottawa, canberra, amsterdam, copenhagen, hague,
        canada, germany, australia, netherlands, holland, denmark, belgium, england, scotland,
        wales, downing street, whitehall, scotland yard, elysee, bundestag, trudeau, harper,
        cameron, merkel, hollande, macron, turnbull, rutte, boris johnson, theresa may,
        david cameron, valls, cazeneuve,
        labour, tory, tories, lib dem, lib dems, liberal democrats, conservative party,
        blair, gordon brown, michael howard, blunkett, jack straw, westminster,
        house of commons, house of lords, law lords, home office, home secretary, nhs
        """,
}
#: British names other states' parties and offices share ("Israel's Labour party", "Japan's
#: Liberal Democrats", "India's Home Secretary"): they place the UK only in a sentence that
#: names no other state or nationality (:func:`~.context._sentence_names`); the unambiguous
#: British names (Blair, Westminster, Tories, Lib Dems, the NHS) place it in any sentence.
UK_SHARED = _phrases(
    "labour, tory, conservative party, liberal democrats, home secretary, home office, "
    "house of commons"
)
#: Places and institutions that name a state for government labels ("authorities in Anbar").
PLACES: Mapping[str, str] = {
    **dict.fromkeys(US_STATES | _US_CITIES | _US_BODIES, "us"),
    **{name: code for code, names in _CODED.items() for name in _phrases(names)},
}
#: Groups, countries and leaders outside the actor codes (all ``other``): ``group`` for
#: armed groups a generic label may name ("AQAP dispatched a terrorist"), ``state`` for
#: countries, their capitals and leaders ("Gaddafi", "the Kim regime"), ``region`` for the
#: regions of other wars that have no one government ("jihadists in the Sahel").
FOREIGN: Mapping[str, str] = {
    **dict.fromkeys(
        words("""taliban aqap aqim al-shabaab shabaab houthi houthis hamas boko haram sayyaf
        lashkar-e-taiba lashkar farc brotherhood lra kony janjaweed anti-balaka seleka m23
        eln"""),
        "group",
    ),
    **dict.fromkeys(
        _phrases("lord's resistance army, lord\u2019s resistance army, shining path"), "group"
    ),
    **dict.fromkeys(
        words("""libya afghanistan yemen somalia mali nigeria pakistan egypt tunisia algeria sudan
        chechnya philippines venezuela cuba korea pyongyang gaddafi qaddafi kadhafi gadhafi qadhafi
        mubarak
        sisi kim maduro castro lebanon jordan ukraine myanmar burma zimbabwe eritrea ethiopia
        kenya india china indonesia bahrain qatar kuwait oman morocco niger chad haiti colombia
        mexico nicaragua serbia kosovo bosnia armenia azerbaijan belarus uzbekistan bangladesh
        kashmir sirte benghazi tripoli kabul kandahar helmand islamabad peshawar mogadishu
        gaza hong kong chile argentina brazil peru bolivia ecuador guatemala honduras salvador
        panama taiwan japan vietnam thailand malaysia cambodia nepal lanka kazakhstan
        kyrgyzstan tajikistan turkmenistan rwanda congo uganda
        tanzania zambia angola mozambique cameroon ghana senegal burundi dagestan
        sanaa aden donetsk luhansk crimea kiev kyiv ukrainian libyan afghan yemeni somali
        sweden norway finland iceland ireland italy spain portugal greece poland hungary
        austria switzerland czech slovakia romania bulgaria croatia slovenia estonia latvia
        lithuania moldova cyprus malta luxembourg singapore mauritania liberia
        tokyo seoul beijing delhi rome madrid stockholm oslo athens warsaw
        albania andorra bahamas barbados belize benin bhutan botswana brunei burkina comoros
        djibouti dominica eswatini swaziland fiji gabon gambia grenada guinea guyana jamaica
        laos lesotho liechtenstein madagascar malawi maldives mauritius micronesia monaco
        mongolia montenegro namibia nauru macedonia palau palestine paraguay samoa seychelles
        suriname togo tonga trinidad tuvalu uruguay vanuatu
        caracas havana bogota quito montevideo asuncion brasilia managua tegucigalpa
        nairobi lagos abuja khartoum juba tunis algiers rabat bamako niamey ndjamena kinshasa
        harare pretoria johannesburg asmara kampala kigali lusaka luanda maputo dakar accra
        freetown monrovia conakry bangui yaounde libreville brazzaville manila bangkok hanoi
        jakarta dhaka kathmandu colombo yangon naypyidaw vientiane ulaanbaatar bishkek dushanbe
        ashgabat astana almaty karachi lahore quetta rawalpindi mumbai jalalabad kunduz herat
        grozny slovyansk sloviansk horlivka mariupol kharkiv sevastopol misrata derna tobruk
        hodeidah taiz marib mukalla goma maiduguri mombasa garissa kismayo marawi
        modi jinping poroshenko yanukovych zelensky zelenskiy duterte chavez mugabe karzai
        ghani buhari orban tsipras"""),
        "state",
    ),
    **dict.fromkeys(
        _phrases("""new zealand, saudi arabia, south africa, north korea, south korea,
        sri lanka, united arab emirates, south sudan, xi jinping, bin salman, antigua,
        cabo verde, cape verde, central african republic, costa rica, ivory coast, czechia,
        dominican republic, guinea-bissau, kiribati, marshall islands, saint kitts,
        saint lucia, saint vincent, san marino, sao tome, sierra leone, solomon islands,
        timor-leste, east timor, holy see, dprk, yerevan, tbilisi, baku, minsk, tashkent,
        mexico city, buenos aires, addis ababa, dar es salaam, phnom penh, kuala lumpur,
        port-au-prince, santo domingo, la paz, san salvador, guatemala city"""),
        "state",
    ),
    **dict.fromkeys(
        _phrases("""sahel, maghreb, horn of africa, lake chad, kidal, timbuktu, darfur,
        caucasus, mindanao, borno, donbas, donbass, sahelian, kasai, kivu, north kivu,
        south kivu, ituri, kordofan, south kordofan, blue nile, tigray, cabo delgado, rakhine,
        balochistan, waziristan, amazonia, latin america, central america, south america,
        west africa"""),
        "region",
    ),
}
_MULTIWORD = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(name).replace(r"\ ", r"\s+")
        for name in sorted(
            (name for name in {*PLACES, *FOREIGN} if " " in name), key=len, reverse=True
        )
    )
    + r")\b"
)


def places_in(sentence: str) -> list[tuple[int, str, str]]:
    """The gazetteer's names written with a capital in ``sentence``: (offset, key, words).

    Example:
        >>> places_in("Authorities in New Zealand and Texas said so.")
        [(15, 'new zealand', 'New Zealand'), (31, 'texas', 'Texas')]
    """
    lower = sentence.lower()
    if len(lower) != len(sentence):  # a character whose lower case is longer: keep offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)
    found = [
        (m.start(), " ".join(m.group().split()), sentence[m.start() : m.end()])
        for m in _MULTIWORD.finditer(lower)
    ]
    found = [item for item in found if item[2][:1].isupper()]
    taken = {position for start, _, text in found for position in range(start, start + len(text))}
    for word in _CAPITALISED.finditer(sentence):
        plain = lower[word.start() : word.end()]
        if (plain in PLACES or plain in FOREIGN) and word.start() not in taken:
            found.append((word.start(), plain, word.group()))
    return sorted(found)


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w-]*")
