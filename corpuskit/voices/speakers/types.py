"""Speaker types from the article's own words: :class:`ArticleTypes`, which reads every mention
of a speaker in one article with the cue lexicon (:class:`~corpuskit.voices.speakers.cues.TypeCues`,
``speaker_cues.yaml``).

News introduces a person once, with a title before the name ("Sen. John McCain",
"Human Rights Watch director Kenneth Roth", "CNN's Jake Tapper"), an apposition
after it ("Joe Smith, a senior fellow at the Atlantic Council,"), a party tag
("Rep. Peter King, R-N.Y.,") or the body they speak for ("Ann Lee of Amnesty
International"), and names them by surname later. :class:`ArticleTypes` finds
those descriptions at every mention of the full name or surname, outside no
particular quote, and types them with the cue lexicon: a body the description
names (after "of", "for", "at", "with", "from", or as a possessive) gives its
type first, else the longest role entry. Descriptions that start with "former"
count only after the bundled people-and-bodies list.

Example:
    >>> body = ("Bruce Riedel, a senior fellow at the Brookings Institution, "
    ...         "spoke on Monday. Riedel said the group was weak.")
    >>> ArticleTypes(body).person_type("Bruce Riedel")
    ('expert', 'present')
"""

from __future__ import annotations

import re

from corpuskit.voices.speakers.cues import (
    POSSESSIVE,
    TOKEN,
    TypeCues,
    contains,
    cue_words,
    type_cues,
)
from corpuskit.voices.speakers.heads import headed_type
from corpuskit.voices.speakers.known import KnownSources, known_sources
from corpuskit.voices.speakers.lexicon import lexicon
from corpuskit.voices.speakers.phrase_words import _ADJECTIVE_RANKS, initials
from corpuskit.voices.speakers.role_phrases import (
    _FORMER,
    academic_role,
    is_clause,
    political_head,
    present_role,
    state_diplomat,
)

__all__ = ["ArticleTypes", "TypeCues", "type_cues"]

#: a character that continues a word (a name is found only as a whole word)
_WORD_CHAR = re.compile(r"[\w-]")
#: words between a title and the body it names ("spokesman for the Pentagon")
_LINKS = frozenset({"of", "for", "at", "with", "from", "in"})
#: a body named in a description: a run of capitalised words (with "of", "the", "for", "and")
_BODY = re.compile(
    r"\b(?:of|for|at|with|from|to)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|the|and|on|to|&|[A-Z][\w'’.&-]*))*)"
)
#: a principal named right before a staff word: "Boehner spokesman", "Pentagon spokeswoman"
_PRINCIPAL = re.compile(
    r"^((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)\s+(?:spokes(?:man|woman|person)|aide|adviser|"
    r"advisor|press secretary|chief of staff|communications director)\b"
)
#: a run of capitalised words joined by small words ("Association for the Advancement of")
_NAME_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|on|the|and)\s+)*[A-Z][\w'’&-]*)+")
#: a body's name opening a description before lower-case words ("Arab League chief")
_PREFIX_BODY = re.compile(r"^((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s+(?=[a-z])")
_POSSESSOR = re.compile(r"^((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s?\s")
#: an apposition after a name's comma or dash, up to the next comma, dash, clause mark or
#: sentence end; an age ("Leigh Corfman, 53, a ...") and a relative "who is" are skipped
_APPOSITION = re.compile(
    r"\s*[,\u2014\u2013]\s*(?:\d{1,3}\s*,\s*)?"
    r"(?:who\s+(?:is|was|has\s+been|had\s+been|heads|headed|leads|led|runs|ran|directs|chairs|"
    r"works\s+(?:for|at|with)|worked\s+(?:for|at|with)|teaches\s+at|serves\s+as|served\s+as)\s+)?"
    r"((?:[^,;:()\n\"“”.!?\u2014\u2013]|\.(?=[\w,])|(?<=\b[A-Z])\.)+)"
)
#: an indefinite description after a name in text without commas ("said Tarek a police officer.")
_BARE_APPOSITION = re.compile(r"\s+((?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})(?=[.;:\n])")
#: a lower-case run right after a name, up to a clause mark (see ``_bare_role``)
_BARE_ROLE = re.compile(
    r"\s+((?:(?:a|an|the)\s+)?[a-z][\w-]*(?:\s+(?:[a-z][\w'’-]*|[A-Z][\w'’.&-]*)){0,11})"
    r"(?=[.;:\n\s])"
)
#: words that end a description set without commas: the verb of another clause
_CLAUSE_WORDS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "and", "but", "who",
     "which", "that", "on", "in"}
)  # fmt: skip
#: a text at least this long with under one comma per 1,000 characters has lost its commas
_COMMALESS_MIN_LENGTH = 300
#: modifiers that may open a role description ("deputy director", "senior fellow")
_ROLE_MODIFIERS = frozenset(
    {"deputy", "senior", "chief", "former", "executive", "assistant", "top", "local", "acting"}
)
_AFTER_BODY = re.compile(
    r"\s+(?:of|at|from|with)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|the|and|[A-Z][\w'’.&-]*))*)"
)
#: small words inside a title run before a name ("Secretary of State", "spokesman for the
#: Pentagon"); "and" is not one: "President Obama and Hillary Clinton" are two people
_CONNECTORS = frozenset({"of", "for", "the", "at", "on"})
#: small words right before a name that make it the object of a phrase, not a title's bearer
_OBJECT_OF = _CONNECTORS | {"to", "by", "with", "from", "against", "about", "near", "than", "like"}
#: small words after a role that lead to the body it belongs to
_BEFORE_BODY = _CONNECTORS | {"for", "with", "from", "by"}
#: types of a body's name that no state's officer holds ("Human Rights Campaign President")
_PRIVATE_TYPES = frozenset({"ngo_un", "expert", "media"})
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "miss", "madam"})
#: capitalised words before a surname that are not a first name
_NOT_FIRST = frozenset({"the", "and", "but", "when", "while", "as", "that", "says", "said", "told"})
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“A-Z])|\n")
#: lower-case words that end a title run ("the", "and", "with")
_FUNCTION = frozenset(
    {"a", "an", "the", "and", "or", "but", "to", "of", "for", "at", "on", "in", "by", "with",
     "from", "as", "than", "his", "her", "their", "its", "our", "my", "your", "this", "these",
     "those", "who", "which", "what", "where", "not", "also", "then", "there", "here", "is",
     "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
     "says", "say", "tells", "told", "after", "before", "about", "into", "over", "under"}
)  # fmt: skip


class ArticleTypes:
    """The speaker types one article's own words give its people and bodies.

    Args:
        body: the article's body text.
        cues: the cue lexicon (default: the bundled :func:`type_cues`).
        known: the people-and-bodies list, for bodies named in descriptions.
        date: the article's ISO date (for listed bodies typed by period).
    """

    def __init__(
        self,
        body: str,
        cues: TypeCues | None = None,
        known: KnownSources | None = None,
        date: str | None = None,
    ) -> None:
        self.body = body
        self.cues = cues or type_cues()
        self.known = known or known_sources()
        self.date = date
        self._cache: dict[str, tuple[str, str]] = {}
        self._expanded: dict[str, str] = {}
        self._by_initials: dict[str, str] | None = None
        #: a text stripped of its commas (FA-KES), where appositions are set off by nothing
        self.commaless = len(body) >= _COMMALESS_MIN_LENGTH and body.count(",") * 1000 < len(body)

    def person_type(self, name: str) -> tuple[str, str]:
        """The type of a named person from the descriptions of their mentions, and its
        source: ``"present"`` (a present role), ``"former"`` (only a former role),
        ``"age"`` (only an age after the name: an ordinary person) or ``"none"``."""
        if name not in self._cache:
            self._cache[name] = ("unknown", "none")  # a description naming its own bearer
            self._cache[name] = self._person_type(name)
        return self._cache[name]

    def _person_type(self, name: str) -> tuple[str, str]:
        former, aged = "unknown", False
        for position, end in self._mentions(name):
            after = self.body[end : end + 80]
            aged = aged or bool(self.cues.age.match(after) or self.cues.ordinary.match(after))
            for words, was in self._descriptions(position, end):
                found = self.description_type(words)
                if was and found in ("official", "unknown") and political_head(words):
                    found = "politician"
                if found != "unknown" and not was:
                    return found, "present"
                if found != "unknown" and former == "unknown":
                    former = found
        if former != "unknown":
            return former, "former"
        return ("witness_resident", "age") if aged else ("unknown", "none")

    def _mentions(self, name: str) -> list[tuple[int, int]]:
        parts = name.split()
        forms = [name] if len(parts) < 2 else [name, parts[-1]]
        body, found = self.body, set()
        for form in filter(None, forms):
            # its non-overlapping occurrences as a whole word (not "Rice" in "Price")
            at = body.find(form)
            while at >= 0:
                end = at + len(form)
                alone = at == 0 or _WORD_CHAR.match(body, at - 1) is None
                if alone and form != name and self._other_first_name(at, parts[0]):
                    alone = False  # "Steven Sotloff" is not his mother "Shirley Sotloff"
                if alone and _WORD_CHAR.match(body, end) is None:
                    found.add((at, end))
                    at = body.find(form, end)
                else:
                    at = body.find(form, at + 1)
        return sorted(found)

    def _other_first_name(self, at: int, first: str) -> bool:
        """Whether the surname at ``at`` follows a capitalised first name other than ``first``
        (not a title: "President Trump" is Donald Trump)."""
        before = re.search(r"([A-Z][a-z]+)\s+$", self.body[max(0, at - 30) : at])
        if before is None or before.group(1) == first:
            return False
        word = before.group(1).lower()
        return not self._is_role(word) and word not in _TITLES and word not in _NOT_FIRST

    def _descriptions(self, start: int, end: int) -> list[tuple[str, bool]]:
        """The descriptions at one mention: the title run before it, a party tag, the apposition
        and the body named right after it, each with whether it is a former role."""
        found: list[tuple[str, bool]] = []
        before = self._title_run(start)
        if before:
            found.append(before)
        after = self.body[end : end + 240]
        if self.cues.party_tag.match(after):
            found.append(("senator", False))
        apposition = _APPOSITION.match(after) or _BARE_APPOSITION.match(after)
        if apposition is not None and is_clause(apposition.group(1)):
            apposition = None  # "Citing sources close to Carson, the Washington Post reported"
        if apposition is not None and self._is_description(apposition.group(1)):
            phrase = apposition.group(1)
            found.append(present_role(phrase, self.cues, self._possessed(phrase, end)))
        elif apposition is None and self.commaless and (bare := self._bare_role(after)):
            found.append(present_role(bare, self.cues))
        body = _AFTER_BODY.match(after)
        if body is not None:
            found.append((f"of {body.group(1)}", False))
            # "Representative Tom O'Halleran, Democrat of Arizona", "Gov. Jeb Bush of Florida, a
            # leading Republican contender": the apposition after the place
            later = _APPOSITION.match(after, body.end())
            if apposition is None and later is not None and self._is_description(later.group(1)):
                found.append(present_role(later.group(1), self.cues))
        return found

    def _title_run(self, start: int) -> tuple[str, bool] | None:
        """The title words right before a name ("Russian Foreign Minister", "spokesman for the
        Pentagon", "CNN's"), or the description before "<description>, <name>"."""
        head = _SENTENCE_END.split(self.body[max(0, start - 160) : start])[-1]
        if self._sentence_ends(head):
            return None  # "..., according to CNN. Foley's brother": no title
        comma = re.search(r",\s*$", head)
        if comma is not None:
            # "The center's president, Cathi Herrod": the clause before the comma
            clause = re.split(r"[,;:()\"“”]", head[: comma.start()])[-1].strip()
            if clause and len(clause.split()) <= 8 and self._is_description(clause):
                return present_role(clause, self.cues, self._possessed(clause, start))
            return None
        chosen: list[str] = []
        limit, modifiers = len(head), 0
        for match in reversed(list(TOKEN.finditer(head))):
            word, lower = match.group(), match.group().lower()
            if head[match.end() : limit].strip() or (lower in _OBJECT_OF and not chosen):
                break  # "sources close to Carson", "an aide to Ann Roe": another's title
            if lower in _FORMER:
                chosen.insert(0, word)  # "former Gov. Jeb Bush": a former role
                break
            role = word[:1].isupper() or lower in _CONNECTORS or self._is_role(lower)
            if not role or word in _ADJECTIVE_RANKS:  # lower case: "a major Trump backer"
                # a modifier inside the run: "White House economic adviser"
                if not (self._modifier(lower) and modifiers < 2 and self._has_role(chosen)):
                    break
                modifiers += 1
            chosen.insert(0, word)
            limit = match.start()
        while chosen and (chosen[0].lower() in _CONNECTORS or self._loose(chosen[0])):
            chosen.pop(0)
        if not chosen or self._named_body(chosen):
            return None
        text = " ".join(chosen)
        return present_role(text, self.cues, self._possessed(text, start))

    def _sentence_ends(self, head: str) -> bool:
        """Whether ``head`` ends a sentence right before the name: a full stop after a word
        that is not a title or an initial ("CNN. Foley", not "Sen. Foley", "George W. Bush")."""
        end = re.search(r"(\S+)[.!?]\s+$", head)
        if end is None:
            return False
        word = end.group(1).lower()
        if head.rstrip()[-1] in "!?":
            return True
        return not (len(word) == 1 or self._is_role(f"{word}.") or word in _TITLES or "." in word)

    def _modifier(self, lower: str) -> bool:
        """A lower-case word that may stand inside a title run ("economic", "deputy"), not a
        function word or a verb."""
        return (
            lower.isalpha()
            and lower not in _NOT_FIRST
            and lower not in _FUNCTION
            and lower not in lexicon().verb_forms
            and not lower.endswith(("ing", "ed", "ly"))
        )

    def _has_role(self, chosen: list[str]) -> bool:
        return any(self._is_role(w.lower()) for w in chosen)

    def _loose(self, word: str) -> bool:
        """A lower-case modifier left at the start of a run ("economic" of "economic
        adviser"), dropped; role words and "former" stay."""
        lower = word.lower()
        return word[:1].islower() and not self._is_role(lower) and lower not in _FORMER

    def _named_body(self, chosen: list[str]) -> bool:
        """A run that is a body's name written before a name without a comma ("for The
        Washington Post Bowman wrote"): it opens with "The", has no role word nor possessive."""
        return (
            chosen[0] == "The"
            and not self._has_role(chosen[1:])
            and not any(POSSESSIVE.search(w) for w in chosen)
        )

    def _possessed(self, text: str, position: int) -> str | None:
        """The body a lower-case possessive refers to ("the center's president" -> the last
        "Center ..." named before): its name, else None."""
        found = re.search(r"\b(?i:the|its|their)\s+([a-z][\w-]*)['’]s?\s", text)
        if found is None:
            return None
        noun = found.group(1)
        pattern = re.compile(
            rf"((?:[A-Z][\w'’.&-]*\s+)*{noun.title()}"
            r"(?:\s+(?:for|of|on|the|and)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)?)"
        )
        named = [m.group(1) for m in pattern.finditer(self.body, 0, position)]
        return named[-1] if named else None

    def _is_description(self, phrase: str) -> bool:
        """Whether a phrase next to a name describes its bearer: it starts with a determiner, a
        possessive or a role word ("a senior fellow", "Russia's top diplomat", "spokesman
        for"), not a verb ("has been deriding") nor another name."""
        first = phrase.split()[0] if phrase.split() else ""
        lower = first.lower()
        # "communications director for Pence": a role word among the first words
        lex = lexicon()
        role_follows = (
            first[:1].islower()
            and not lower.endswith(("ing", "ed"))
            and lower not in lex.verb_forms
            and any(w.lower() in lex.person_roles for w in phrase.split()[1:3])
        )
        return (
            lower in ("a", "an", "the", "his", "her", "their", "its", "one", "now", "former")
            or first.endswith(("'s", "’s"))
            or (first[:1].islower() and self._is_role(lower))
            or lower in ("democrat", "republican", "independent")  # NYT: "Republican of Texas"
            or role_follows
        )

    def _bare_role(self, after: str) -> str | None:
        """A role description set right after a name without a comma, up to its reporting
        verb or the sentence end, read only in a text stripped of its commas (FA-KES: "said
        Nadim Houry deputy director of the division at Human Rights Watch", "Mohammed Saeed an
        activist in the area told"): a lower-case phrase with a role word among its first
        three."""
        run = _BARE_ROLE.match(after)
        if run is None:
            return None
        phrase: list[str] = []
        verbs = lexicon().verb_forms
        for word in run.group(1).split():
            if word.lower().strip(".") in verbs or word.lower() in _CLAUSE_WORDS:
                break
            phrase.append(word)
        if len(phrase) < 2 or phrase[1][:1].isupper():
            return None  # "Clinton spokeswoman Karen Finney": the title of another name
        first = phrase[0].lower()
        opens = (
            first in ("a", "an")
            or first in _ROLE_MODIFIERS
            or (self._is_role(first) and first not in _BEFORE_BODY)
        )
        if not opens or not any(w[:1].islower() and self._is_role(w.lower()) for w in phrase[:3]):
            return None
        return " ".join(phrase).rstrip(".")

    def _is_role(self, lower: str) -> bool:
        return POSSESSIVE.sub("", lower) in self.cues.role_words

    def description_type(self, text: str) -> str:
        """A body the description names gives the type; staff of a person named there take
        that person's type ("Ocasio-Cortez's chief of staff", "an aide to Sen. Ann Roe");
        else the role words."""
        if state_diplomat(text):
            return "official"  # "the U.S. ambassador to the U.N.": a state's diplomat
        words = cue_words(text)
        staff = any(contains(words, entry) for entry in self.cues.staff)
        for pattern in (_BODY, _POSSESSOR, _PRINCIPAL):
            body = pattern.search(text)
            if body is None:
                continue
            named = body.group(1).rstrip(".")
            found = self.cues.org_type(self.expand(named), self.known, self.date)
            if found == "unknown" and staff:
                found = self._principal_type(named)
                if found == "official" and "campaign" in words:
                    return "politician"  # "a spokeswoman for the Obama campaign"
            # a think tank the list does not hold (not HRW, not the IMF)
            if found == "ngo_un" and academic_role(words, named) and not self._listed(named):
                return "expert"  # "a senior fellow at the Center for a New American Security"
            if found != "unknown":
                return found
        # "vice president of the watchdog group Count the Cost": the body the officer serves
        found = headed_type(text, self.cues, self.known, self.date)
        if found is not None:
            return found
        prefix = _PREFIX_BODY.match(text)
        if prefix is not None:
            # a body named before lower-case role words: "Arab League chief", "White House
            # economic adviser"
            found = self.cues.org_type(prefix.group(1).rstrip("."), self.known, self.date)
            if found != "unknown":
                return found
        listed = self._listed_prefix(text)
        if listed is not None:
            return listed
        found = self.cues.role_type(words)
        if found == "official" and "campaign" in words:
            return "politician"  # campaign staff: "an Obama campaign national security adviser"
        return found

    def _listed_prefix(self, text: str) -> str | None:
        """The type of a listed body whose name opens a title of capitalised words before
        a role ("NAACP President", "Human Rights Watch Director"), or of a body of three
        words or more that the organisation words type other than a state's ("Human Rights
        Campaign President", "Roe Policy Institute Fellow"), else None."""
        parts = text.split()
        for k in range(min(4, len(parts) - 1), 0, -1):
            name, rest = " ".join(parts[:k]), cue_words(" ".join(parts[k:]))
            if self.cues.role_type(rest) == "unknown":
                continue
            entry = self.known.find(name)
            if entry is not None and entry.kind == "org":
                return entry.type_on(self.date)
            words = parts[:k]
            # a role word may end the name ("Campaign"), not stand in it ("Director Vice")
            if k >= 3 and all(w[:1].isupper() for w in words) and not self._has_role(words[:-1]):
                found = self.cues.org_type(name, self.known, self.date)
                if found in _PRIVATE_TYPES:
                    return found
        return None

    def _listed(self, named: str) -> bool:
        """Whether the people-and-bodies list holds the body named (its acronym spelled out)."""
        return self.known.find(self.expand(named)) is not None

    def _principal_type(self, named: str) -> str:
        """The type of the person a staff member works for, named as written: the bundled
        list's type of the name first ("Speaker Paul Ryan" is a politician), then the title
        words, then the article's descriptions of the person."""
        kept = [w for w in named.split() if not w.endswith(".")]
        while kept and self._is_role(kept[0].lower()):
            kept.pop(0)
        name = " ".join(kept)
        listed = self.known.type_of(name, self.date) if name else None
        if listed is not None and listed != "unknown":
            return listed
        found = self.cues.role_type(cue_words(named))
        if found == "unknown":
            described, source = self.person_type(name) if name else ("unknown", "none")
            found = described if source == "present" else "unknown"
        return found

    def expand(self, name: str) -> str:
        """The full name an acronym stands for where the article spells it out ("Government
        Accountability Office (GAO)") or writes a listed longer name ("Agence France-Presse"
        for "AFP"), or a name of the article whose capitalised words it abbreviates ("National
        Association for the Advancement of Colored People" for "N.A.A.C.P."), else the name."""
        if not name.isupper() or len(name) > 12:
            return name
        if name not in self._expanded:
            self._expanded[name] = self._spelled_out(name)
        return self._expanded[name]

    def _spelled_out(self, name: str) -> str:
        spelled = f"({name})" in self.body and re.search(  # the quick test first: a long body
            rf"((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|on|the|and|[A-Z][\w'’.&-]*))*)\s+\({re.escape(name)}\)",
            self.body,
        )
        listed = spelled.group(1) if spelled else self.known.spelled_in(name, self.body)
        letters = name.replace(".", "")
        if listed or not 2 < len(letters) <= 8 or not letters.isalpha():
            return listed or name
        if self._by_initials is None:  # the body's runs of capitalised words, read once
            self._by_initials = {}
            for run in _NAME_RUN.finditer(self.body):
                found = run.group().removeprefix("The ")
                self._by_initials.setdefault(initials(found), found)
        return self._by_initials.get(letters, name)

    def anonymous(self, start: int, text: str | None = None) -> bool:
        """Whether the sentence from ``start`` says the source is withheld ("who spoke on
        condition of anonymity")."""
        text = self.body if text is None else text
        end = _SENTENCE_END.search(text, start)
        sentence = text[start : end.start() if end else start + 300].lower()
        return any(phrase in sentence for phrase in self.cues.anonymity)
