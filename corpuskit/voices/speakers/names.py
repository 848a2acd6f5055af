"""People and bodies of one article found by name: :func:`surname_key` and :class:`NameIndex`,
which :class:`~corpuskit.voices.speakers.discourse.Discourse` asks at every name it meets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.phrase_words import NAME_SUFFIXES, initials

if TYPE_CHECKING:
    from corpuskit.voices.speakers.discourse import Entity

__all__ = ["GIVEN_PREFIX", "NameIndex", "same_person", "short_given", "surname_key"]

#: the case endings of a Russian surname (Лавров, Лаврова, Лаврову, Лавровым, Лаврове)
_RUSSIAN_ENDING = re.compile(r"(?:ым|ом|ой|ую|ей|а|у|е|ы|я|ю)$")
_AL = re.compile(r"^(?:al|el)-")
_CYRILLIC_WORD = re.compile(r"[а-яё-]{5,}")


def _without_suffix(words: list[str]) -> list[str]:
    """Lower-case name words without a final generational suffix ("jr.", "iii")."""
    while len(words) > 1 and words[-1].rstrip(",.") in NAME_SUFFIXES:
        words = words[:-1]
    return [w.rstrip(",") for w in words]


#: the shortest first name read as the start of a longer one ("Chris", "Christopher")
GIVEN_PREFIX = 3


def same_person(known: str, name: str) -> bool:
    """Whether two names of several words are one person's: equal, or one the end of the other
    once case is ignored ("De Mistura" of "Staffan de Mistura", "Abdel Rahman" of "Rami Abdel
    Rahman"), and a generational suffix when one name is a surname ("Jackson" of "Jesse Jackson
    Jr.", not "Donald Trump" of "Donald Trump Jr.").

    Example:
        >>> same_person("Staffan de Mistura", "De Mistura"), same_person("Ali Said", "Omar Said")
        (True, False)
    """
    whole = known.lower().split(), name.lower().split()
    a, b = _without_suffix(whole[0]), _without_suffix(whole[1])
    if min(len(a), len(b)) > 1 and (len(a) < len(whole[0])) != (len(b) < len(whole[1])):
        return False  # "Donald Trump" and "Donald Trump Jr.": father and son
    shorter, longer = sorted((a, b), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def short_given(full: str, name: str) -> bool:
    """Whether two names of two or more words share the surname and one first name begins
    the other ("Christopher Wray" and "Chris Wray"; not "Donald Trump" and "Ivanka Trump").

    Example:
        >>> short_given("Christopher Wray", "Chris Wray")
        True
        >>> short_given("Donald Trump", "Ivanka Trump")
        False
    """
    a, b = full.lower().split(), name.lower().split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    first, other = sorted((a[0], b[0]), key=len)
    return len(first) >= GIVEN_PREFIX and other.startswith(first)


@lru_cache(maxsize=WORD_CACHE)
def surname_key(name: str) -> str:
    """The key a name is found under by surname: its last word without ``al-``, and a
    generational suffix after it ("Jr."); a Russian surname without its case ending, so "по
    словам Лаврова" finds "Сергей Лавров". :class:`NameIndex` finds a name with a suffix by
    the surname alone too, unless a person of that surname without one is met.

    Example:
        >>> surname_key("Bashar al-Assad"), surname_key("Theodore Boutrous Jr.")
        ('assad', 'boutrous jr')
        >>> surname_key("Сергея Лаврова") == surname_key("Сергей Лавров")
        True
    """
    words = name.lower().split()
    bare = _without_suffix(words)
    last = _AL.sub("", bare[-1])
    if _CYRILLIC_WORD.fullmatch(last):
        last = _RUSSIAN_ENDING.sub("", last)
    return last if len(bare) == len(words) else f"{last} {words[-1].rstrip(',.')}"


class NameIndex:
    """The entities of a list by exact name (the last of each name), the persons by
    surname key (the first and the last of each key) and the organisations by the last word
    of a name of several words (the last of each): what a scan of the list in order finds,
    without the scan. Entities appended to the list are read at the next lookup;
    :meth:`renamed` must be called when an entity's name changes.

    Args:
        entities: the list, in order of mention (appended to, never reordered).

    Example:
        >>> from corpuskit.voices.speakers.discourse import Entity
        >>> people = [Entity("Hunter", "person"), Entity("Margaret Hunter", "person")]
        >>> index = NameIndex(people)
        >>> index.named("Hunter").name, index.surnamed("hunter", first=False).name
        ('Hunter', 'Margaret Hunter')
    """

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.renamed()

    def renamed(self) -> None:
        """Read the whole list again at the next lookup (a name has changed).

        Example:
            >>> from corpuskit.voices.speakers.discourse import Entity
            >>> people = [Entity("Hunter", "person")]
            >>> index = NameIndex(people)
            >>> people[0].name = "Duncan Hunter"
            >>> index.renamed()
            >>> index.named("Duncan Hunter").name
            'Duncan Hunter'
        """
        self._read = 0
        self._named: dict[str, Entity] = {}
        self._first: dict[str, Entity] = {}
        self._last: dict[str, Entity] = {}
        self._given: dict[str, list[Entity]] = {}
        self._inner: dict[str, list[Entity]] = {}
        self._ends: dict[str, Entity] = {}
        self._heads: dict[str, Entity] = {}
        self._initials: dict[str, Entity] = {}
        self._plain: set[str] = set()

    def named(self, name: str) -> Entity | None:
        """The last entity of exactly this name.

        Example:
            >>> from corpuskit.voices.speakers.discourse import Entity
            >>> NameIndex([Entity("Hunter", "person")]).named("Hunter").name
            'Hunter'
        """
        self._update()
        return self._named.get(name)

    def surnamed(self, key: str, *, first: bool) -> Entity | None:
        """The first (or last) person whose name has this :func:`surname_key`.

        Example:
            >>> from corpuskit.voices.speakers.discourse import Entity
            >>> people = [Entity("Duncan Hunter", "person"), Entity("Margaret Hunter", "person")]
            >>> NameIndex(people).surnamed("hunter", first=True).name
            'Duncan Hunter'
        """
        self._update()
        return (self._first if first else self._last).get(key)

    def given(self, word: str) -> Entity | None:
        """The one person of several name words whose first name is ``word`` (lower case),
        None when there is none or more than one.

        Example:
            >>> from corpuskit.voices.speakers.discourse import Entity
            >>> people = [Entity("Leila Haddad", "person"), Entity("Omar Haddad", "person")]
            >>> two_omars = [*people, Entity("Omar Khalil", "person")]
            >>> NameIndex(people).given("leila").name, NameIndex(two_omars).given("omar")
            ('Leila Haddad', None)
        """
        self._update()
        found = {id(e): e for e in self._given.get(word, [])}
        return next(iter(found.values())) if len(found) == 1 else None

    def inner(self, key: str) -> Entity | None:
        """The one person whose name of three or more words has this :func:`surname_key` for
        a word with an Arabic article between the first and the last ("Mr. Daghari" for
        "Tarek al-Daghari al-Awlaki"; not "Walker" of "George Herbert Walker Bush"), None when
        there is none or more than one.

        Example:
            >>> from corpuskit.voices.speakers.discourse import Entity
            >>> people = [Entity("Tarek al-Daghari al-Awlaki", "person")]
            >>> NameIndex(people).inner("daghari").name, NameIndex(people).inner("tarek")
            ('Tarek al-Daghari al-Awlaki', None)
        """
        self._update()
        found = {id(e): e for e in self._inner.get(key, [])}
        return next(iter(found.values())) if len(found) == 1 else None

    def short_form(self, word: str) -> Entity | None:
        """The last organisation whose name of several words ends in ``word`` ("the Times"
        after "The New York Times"), else the last whose head noun before "of" or "for" it
        is ("the Observatory" after "the Syrian Observatory for Human Rights").

        Example:
            >>> from corpuskit.voices.speakers.discourse import Entity
            >>> bodies = [Entity("The New York Times", "org"),
            ...           Entity("Syrian Observatory for Human Rights", "org")]
            >>> NameIndex(bodies).short_form("Times").name
            'The New York Times'
            >>> NameIndex(bodies).short_form("Observatory").name
            'Syrian Observatory for Human Rights'
        """
        self._update()
        return self._ends.get(word) or self._heads.get(word)

    def abbreviated(self, acronym: str) -> Entity | None:
        """The last organisation of several words whose capital initials are ``acronym``
        ("NRA" after "the National Rifle Association").

        Example:
            >>> from corpuskit.voices.speakers.discourse import Entity
            >>> NameIndex([Entity("National Rifle Association", "org")]).abbreviated("NRA").name
            'National Rifle Association'
        """
        self._update()
        return self._initials.get(acronym)

    def _update(self) -> None:
        if self._read == len(self.entities):
            return  # nothing appended since the last look-up: most look-ups
        for entity in self.entities[self._read :]:
            self._named[entity.name] = entity
            if entity.kind == "org":
                parts = entity.name.split()
                if len(parts) > 1:
                    self._ends[parts[-1]] = entity
                acronym = initials(entity.name)
                if len(acronym) > 1 and "." not in entity.name:  # not "U.S. Navy" for "UN"
                    self._initials[acronym] = entity
                head = next((i for i, w in enumerate(parts) if w in ("of", "for")), 0)
                if head > 0 and parts[head - 1][:1].isupper():
                    self._heads[parts[head - 1]] = entity
            if entity.kind == "person":
                key = surname_key(entity.name)
                self._first.setdefault(key, entity)
                self._last[key] = entity
                self._by_surname(key)
                words = entity.name.split()
                if len(_without_suffix(entity.name.lower().split())) > 1:  # not "Donald Jr"
                    self._given.setdefault(words[0].lower(), []).append(entity)
                for word in words[1:-1]:
                    if _AL.match(word) and word[3:4].isupper():  # "al-Daghari", not "Herbert"
                        self._inner.setdefault(surname_key(word), []).append(entity)
        self._read = len(self.entities)

    def _by_surname(self, key: str) -> None:
        """Find a name with a generational suffix ("Jesse Jackson Jr.") by the surname alone
        ("Jackson") unless a person of that surname without one is met ("Donald Trump" and
        "Donald Trump Jr.": "Trump" is the father)."""
        surname, _, suffix = key.partition(" ")
        if not suffix:
            self._plain.add(surname)
            for found in (self._first, self._last):
                if " " in surname_key(found[surname].name):
                    found[surname] = self._last[key]
        elif surname not in self._plain and len(self._last[key].name.split()) > 2:
            # a full name with the suffix, not "Donald Jr" of a caption
            self._first.setdefault(surname, self._first[key])
            self._last[surname] = self._last[key]
