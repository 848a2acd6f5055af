"""The word lists of the actor resolver: heads, qualifiers, descriptors and places."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


#: The actor codes of the bundled ``actors`` lexicon (its top-level categories).
ACTOR_CODES: tuple[str, ...] = (
    "russia",
    "syria_gov",
    "iran",
    "hezbollah",
    "us",
    "us_coalition",
    "western_other",
    "iraq_gov",
    "pmf",
    "kurdish",
    "isis",
    "nusra_hts",
    "rebels",
    "turkey",
    "israel",
)
#: Head nouns of forces and means: a nationality adjective before one names the actor.
FORCE_HEADS = _words(
    """
    force forces troop troops soldier soldiers army armies military militaries navy marines
    commandos unit units battalion battalions brigade brigades division police policemen
    militia militias paramilitaries paramilitary guards government regime authorities
    officials leadership president ministry jet jets warplane warplanes aircraft aircrafts
    plane planes bomber bombers helicopter helicopters gunship gunships drone drones airstrike
    airstrikes strike strikes raid raids bombing bombings bombardment bombardments shelling
    shells artillery missile missiles rocket rockets mortar mortars fire gunfire tank tanks
    warship warships attack attacks assault assaults offensive offensives operation operations
    airpower campaign campaigns incursion incursions bomb bombs
    """
)
#: Generic heads that name no actor by themselves (rule ``generic``).
_GENERIC_HEADS = _words(
    """
    militant militants fighter fighters jihadist jihadists jihadi jihadis terrorist terrorists
    gunman gunmen insurgent insurgents extremist extremists attacker attackers assailant
    assailants bomber bombers group groups men militiamen sniper snipers forces troops
    soldiers militia militias airstrike airstrikes strike strikes raid raids bomb bombs
    bombing bombings shelling explosion explosions blast blasts attack attacks rocket rockets
    missile missiles mortar mortars shell shells fire gunfire war violence clashes
    massacre massacres shooting shootings killing killings
    """
)
#: Heads whose of-phrase is what they are made of ("a series of strikes", "a barrage of fire").
#: Heads of armed groups that are no state's: a country named before one says where
#: they fight ("Syria rebels", "Syria militants"), not that the state is meant.
_NON_STATE = _words(
    """
    militant militants fighter fighters jihadist jihadists jihadi jihadis terrorist terrorists
    gunman gunmen insurgent insurgents extremist extremists rebel rebels opposition
    """
)
_COLLECTIVES = _words("series barrage barrages wave waves spate string volley volleys hail salvo")
_POLICE_HEADS = _words("police policeman policemen cops officer officers gendarmes")
#: Heads of one or a few unnamed people: a place or nationality before them describes them
#: ("an Ohio man", "an Afghan soldier"), it does not name an actor.
_PERSON_HEADS = _words(
    """
    man woman men women person suspect suspects teenager teenagers teen teens boy boys girl
    girls youth youths student students resident driver shooter gunman attacker assailant
    soldier
    """
)
_PRONOUNS = _words(
    """
    i me we us you he him she her it they them who whom which that this these those
    someone somebody anyone anybody one everyone nobody
    """
)
#: Words after which the core of a noun phrase ends (prepositions, relative words).
_BOUNDARY_WORDS = _words(
    """
    of in on at from near during after before since with without against across around
    inside outside into onto over under along for to as like amid amidst between within
    through throughout towards toward via by upon off about beyond behind including among
    who whom whose which that where when while whereas because
    """
)
#: Prepositions whose phrase says whose a bare "government" or "regime" is ("the government
#: of Iraq", "the regime in Tehran").
_WHOSE = _words("of in from")
#: Words that hand the actor to the phrase after them ("loyal to Assad").
_ALLEGIANCE = _words("loyal belonging affiliated linked allied aligned tied")
_COORDINATORS = frozenset({"and", "or", "nor"})
#: Capitalised words that may open a phrase without naming anyone ("Suspected regime strikes").
_QUALIFIERS = _words(
    """
    the a an this that these those some several many most two three four five six seven
    eight nine ten dozens hundreds suspected alleged apparent reported heavy fresh new
    renewed intense intensified deadly repeated continued ongoing recent latest retreating
    advancing besieging armed so-called
    """
)
#: Capitalised descriptions that name no actor of their own ("Islamist rebels").
_DESCRIPTORS = _words(
    """
    islamist islamists jihadist salafist salafi sunni sunnis shiite shia arab arabs western
    christian moderate extremist hardline radical islamic fundamentalist
    muslim muslims hindu hindus jewish buddhist catholic evangelical sikh
    """
)
#: Heads of events with two sides: a country named before one says where it is.
_TWO_SIDED = _words("war wars conflict conflicts fighting clashes violence crisis infighting")
#: Towns and provinces of the wars that name where, not who ("Aleppo rebel tunnel blast");
#: capitals that stand for governments (Damascus, Baghdad, Moscow) are not listed.
_PLACES = _words(
    """
    aleppo idlib homs hama raqqa deir ezzor zor daraa douma ghouta kobani kobane afrin manbij
    palmyra qamishli hasaka hasakah latakia tartus mosul fallujah ramadi tikrit kirkuk
    """
)
#: Months and weekdays: capitalised, but no one ("an April 4 attack").
_CALENDAR = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
    sat sun
    """
)
