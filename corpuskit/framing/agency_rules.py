"""The rules behind :func:`corpuskit.framing.agency.agency`: who is said to have killed whom.

A sentence is cut into tokens by corpuskit's token rule (offsets kept); each
token sequence that is a form of the violence lexicon
(``corpuskit/framing/data/violence_verbs.yaml``) starts a candidate clause,
longest form first. Each candidate is then classified by closed-class words
around it; there is no part-of-speech tagger, so every rule below is a
heuristic (``docs/agency.md`` gives the measured precision and recall).

**Verb group.** Walking left from the trigger over auxiliaries (``has``,
``did``, ``will``, ``to``, ...), forms of *be* / *get*, negations and a few
adverbs (``reportedly``, ``also``, ``all``) gives the verb group. A *be* or
*get* form in it makes a past form passive (``were reportedly killed``);
``not``, ``never`` or an ``n't`` form in it sets ``negated``.

**Constructions.**

* ``transitive-violence``, past form (``killed``, ``struck``):
  passive after *be* / *get*; otherwise ``by`` right after the verb, or no
  object noun phrase after it, makes a reduced passive (headline
  ``20 killed in air strike``, ``civilians killed by shelling``); an object
  after it makes it active. A passive is ``passive_agent`` when a ``by`` phrase
  follows within six tokens of the same clause (``killed on Sunday by regime
  shelling``), else ``passive_agentless``. A past form right after a
  determiner is an adjective (``the wounded``, ``a targeted strike``) and
  ignored.
* ``transitive-violence``, present form (``kill``, ``hits``): active, or
  passive as above for the homographs of past and present (``hit``).
* ``transitive-violence``, gerund (``killing``): ``nominal`` after a
  determiner or before ``of`` (``the killing of civilians``); active before an
  object (``..., killing 12 civilians``); otherwise ignored.
* ``intransitive-death`` (``died``, ``lost their lives``): ``intransitive``.
* ``nominal`` (``deaths``, ``casualties``, ``death toll``): ``nominal``.

**Agent and victim** are noun-phrase chunks cut by closed-class words: a chunk
runs over any tokens that are not prepositions, conjunctions, relative
pronouns, auxiliaries, reporting verbs (``said``), time words (``Sunday``),
dates, lexicon words or punctuation; ``the``/``a`` start a new chunk; ``of`` is
kept after a quantity noun (``dozens of civilians``, ``members of a family``);
a leading quantifier is kept (``at least``, ``more than``, ``up to``,
``nearly``). A subject chunk that ends a modifier of an earlier chunk is
replaced by that chunk (``strikes on [Aleppo's hospitals] killed``: agent
``strikes``).

* active: agent = the chunk before the verb group, victim = the chunk after it;
* passive: victim = the chunk before the verb group, agent = the ``by`` chunk;
* intransitive: victim = the chunk before the verb group, no agent;
* nominal: victim = the ``of`` / ``among`` chunk after the noun (the number
  after ``death toll``), else its pre-modifiers
  (``civilian deaths`` -> ``civilian``, dropping determiners and evaluative
  adjectives such as ``heavy``); agent = a ``by`` chunk after it, or the
  subject of ``caused`` / ``left`` / ``inflicted`` before it (``the strikes
  caused heavy casualties``);
* a relative pronoun before the verb group points to its antecedent
  (``the strike that killed 12``: agent ``the strike``);
* a clause with no chunk before it after ``and`` / ``or`` / ``but`` or a comma
  takes the agent (active) or victim (others) of the previous clause of the
  sentence (``jets bombed the town and killed 12``, ``..., killing 12``).

**Agent type.** ``"means"`` when the agent's head (its last token) is in
:data:`MEANS` (weapons, munitions and events: ``shelling``, ``air strikes``,
``barrel bombs``, ``explosion``), else ``"actor"``. Aircraft and vehicles
(``Russian jets``, ``a US drone``) count as actors: news uses them as
metonyms of their operators. ``regime shelling`` is a means (its head is
``shelling``), though it names an actor as a modifier.

**Not violence.** A transitive clause whose object (or passive subject) head is
in :data:`NOT_VIOLENCE_OBJECTS` (``struck a deal``, ``killed the bill``, ``hit
a record``), or that is followed by a particle of :data:`NOT_VIOLENCE_PARTICLES`
(``hit back``), is dropped. Nominals before :data:`NOT_CASUALTY_FOLLOWERS`
(``death penalty``, ``death threats``) are dropped.

**Victim count.** From the victim chunk: the first number in digits
(``1,200``) or words (``twelve``, ``a dozen``) gives ``victim_count``; the
quantifier before it gives ``count_qualifier`` (``"at_least"``,
``"more_than"``, ``"up_to"``, ``"about"``, ``"exact"``); vague quantities
(``dozens``, ``hundreds``, ``scores``, ``several``) give NaN with
``count_qualifier="vague"``; no quantity gives NaN and ``None``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule

__all__ = [
    "CONSTRUCTIONS",
    "MEANS",
    "NOT_VIOLENCE_OBJECTS",
    "VERB_CLASSES",
    "Clause",
    "VerbForm",
    "VerbLexicon",
    "find_clauses",
    "load_verbs",
    "parse_count",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


#: The constructions a clause is classified into.
CONSTRUCTIONS: tuple[str, ...] = (
    "active",
    "passive_agent",
    "passive_agentless",
    "intransitive",
    "nominal",
)
#: The classes of the violence lexicon.
VERB_CLASSES: tuple[str, ...] = ("transitive-violence", "intransitive-death", "nominal")
_TRANSITIVE_KINDS = ("present", "past", "gerund")

#: Heads of agent noun phrases that name a means (weapon, munition, event), not an actor.
MEANS: frozenset[str] = _words("""
    strike strikes airstrike airstrikes raid raids airraid airraids bombing bombings bomb bombs
    bombardment bombardments shelling shell shells rocket rockets missile missiles mortar mortars
    artillery fire gunfire crossfire explosion explosions blast blasts mine mines landmine
    landmines ied ieds shrapnel gas chlorine sarin weapon weapons munitions attack attacks
    assault assaults offensive clashes fighting violence bullet bullets grenade grenades
    explosives device devices projectile projectiles shellfire barrage barrages war wars conflict
    siege sieges campaign campaigns operation operations
    """)
#: Object heads that make a transitive lexicon verb a non-violent idiom.
NOT_VIOLENCE_OBJECTS: frozenset[str] = _words("""
    deal deals agreement agreements accord bargain compromise bill bills proposal proposals
    motion plan plans idea talks record records high highs low lows note chord tone balance
    snag jackpot headlines nerve time back home road
    """)
#: Particles right after the verb that make it a non-violent idiom (``hit back``, ``hit out``).
NOT_VIOLENCE_PARTICLES: frozenset[str] = frozenset(["back", "out", "upon"])
#: Words right after a nominal that make it something else than a casualty (``death penalty``).
NOT_CASUALTY_FOLLOWERS: frozenset[str] = _words("""
    penalty sentence sentences threat threats row squad squads certificate certificates march
    camp camps anniversary knell wish trap
    """)

_BE = _words("am is are was were be been being get gets got gotten getting")
_AUX = _words("""
    has have had having will would could can may might should must shall do does did to
    didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't cannot can't
    isn't aren't wasn't weren't
    """)
_NEGATION = frozenset(["not", "never", "cannot"])
_ADVERBS = _words("""
    not never also reportedly allegedly apparently all both each later subsequently already
    just mostly mainly only possibly probably likely deliberately indiscriminately brutally
    initially recently still even partly seriously critically badly lightly fatally mortally
    again further
    """)
_ARTICLES = _words("the a an this these those")
_DETERMINERS = _ARTICLES | _words("his her their its our my your")
_PRONOUNS = _words("he she they it we i you them him")
_RELATIVE = frozenset(["who", "which", "that", "whom"])
_COORDINATION = frozenset(["and", "or", "but"])
_TIME = _words("""
    today yesterday tonight overnight monday tuesday wednesday thursday friday saturday sunday
    morning afternoon evening night week weekend earlier later now recently meanwhile
    mon tue wed thu fri sat sun
    """)
#: dates and years end a chunk (``24-02-2015 Syrian Army kills``: the agent is ``Syrian Army``)
_DATE = re.compile(r"^(?:\d{1,4}(?:[-/.]\d{1,2}){1,2}(?:[-/.]\d{2,4})?|(?:19|20)\d\d)$")
_PREPOSITIONS = _words("""
    in on at of from to with by for during after before near since into onto over under across
    against amid amidst among around through throughout toward towards upon via without within
    outside inside between behind beyond despite following including like per than off out up
    down along about
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
    reaches climbed stood stands stand put puts including
    """)
_CAUSE_VERBS = _words("caused cause causes causing left leaving leave inflicted inflict inflicting")
_BOUNDARY = _BE | _AUX | _PREPOSITIONS | _CLAUSE_WORDS | _TIME | _VERBS
#: Nouns after which ``of`` stays inside the noun phrase (``dozens of civilians``).
_QUANTITY_NOUNS = _words("""
    dozens hundreds thousands scores tens number numbers group groups members member most some
    many all several one two three four five six seven eight nine ten dozen families family
    majority
    """)
#: Adjectives dropped from the pre-modifiers of a nominal (``heavy casualties``).
_NOMINAL_ADJECTIVES = _words("""
    heavy many more further mass high several numerous reported recent new total overall
    possible alleged latest final rising mounting growing
    """)
_QUANTIFIER_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("up", "to"): "up_to",
    ("as", "many", "as"): "up_to",
    ("about",): "about",
    ("around",): "about",
    ("nearly",): "about",
    ("almost",): "about",
    ("some",): "about",
    ("approximately",): "about",
    ("roughly",): "about",
    ("an", "estimated"): "about",
}
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_TENS = {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0}
_NUMBER_WORDS: dict[str, float] = {word: float(i) for i, word in enumerate(_ONES.split(" "))}
_NUMBER_WORDS |= _TENS | {"eighty": 80.0, "ninety": 90.0, "hundred": 100.0, "dozen": 12.0}
_VAGUE = _words("dozens scores hundreds thousands several many numerous tens")
#: a count: ``12``, ``1,200``, ``1.5`` (not a date such as ``26.11.2014``)
_NUMERIC = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")
_PUNCTUATION_GAP = re.compile(r"[,;:()\[\]\"“”«»—–]|\s-\s|/")
_BY_WINDOW = 6
_MAX_MODIFIER_JUMPS = 3
#: Prepositions whose phrase can modify a subject noun (``strikes on hospitals killed``).
_MODIFIER_PREPOSITIONS = _words("on in of between near against from at across among inside")
#: Compass words that end a chunk before ``of`` (``positions north of Manbij``).
_COMPASS = _words("north south east west northeast northwest southeast southwest")
_TOLL_WINDOW = 8


@dataclass(frozen=True)
class VerbForm:
    """One form of the violence lexicon.

    Attributes:
        form: the form as lower-case words (``"killed"``, ``"lost their lives"``).
        lemma: its lemma (``"kill"``).
        verb_class: ``"transitive-violence"``, ``"intransitive-death"`` or ``"nominal"``.
        kind: ``"present"``, ``"past"``, ``"gerund"`` (transitive verbs) or ``"form"``.
    """

    form: str
    lemma: str
    verb_class: str
    kind: str


@dataclass(frozen=True)
class VerbLexicon:
    """The violence lexicon compiled for matching token sequences.

    Attributes:
        forms: token tuple -> :class:`VerbForm`.
        max_words: the longest form, in tokens.
        trigger: a regular expression that finds any form's first word in
            lower-cased text (a quick filter before tokenizing).
    """

    forms: Mapping[tuple[str, ...], VerbForm]
    max_words: int
    trigger: re.Pattern[str]

    def match(self, words: list[str], i: int) -> tuple[int, VerbForm] | None:
        """The longest form starting at token ``i``: ``(n_tokens, form)``, or ``None``."""
        for n in range(min(self.max_words, len(words) - i), 0, -1):
            found = self.forms.get(tuple(words[i : i + n]))
            if found is not None:
                return n, found
        return None

    def to_frame(self) -> Any:
        """The lexicon as a DataFrame: ``form``, ``lemma``, ``verb_class``, ``kind``."""
        import pandas as pd

        return pd.DataFrame([vars(f) for f in self.forms.values()])


def _bundled_path() -> Path:
    return Path(str(resources.files("corpuskit.framing") / "data" / "violence_verbs.yaml"))


def load_verbs(
    verbs: str | Path | Mapping[str, Any] | VerbLexicon | None = None,
    *,
    rule: TokenRule = DEFAULT_RULE,
) -> VerbLexicon:
    """Load and compile a violence lexicon.

    Args:
        verbs: ``None`` (the bundled ``violence_verbs.yaml``), the path of a YAML
            file in its format, a mapping in that format (class -> lemma ->
            kinds -> forms), or an already compiled :class:`VerbLexicon`.
        rule: the token rule that cuts the forms (as it cuts the texts).

    Returns:
        The compiled :class:`VerbLexicon`.

    Raises:
        ValueError: naming the file (or ``verbs=``), the class and the lemma of a
            malformed entry.

    Example:
        >>> lexicon = load_verbs()
        >>> lexicon.forms[("killed",)].lemma, lexicon.forms[("died",)].verb_class
        ('kill', 'intransitive-death')
    """
    if isinstance(verbs, VerbLexicon):
        return verbs
    where = "verbs="
    if verbs is None or isinstance(verbs, (str, Path)):
        path = _bundled_path() if verbs is None else Path(verbs)
        where = str(path)
        if not path.is_file():
            raise ValueError(f"verbs= {where!r} is not a file")
        with path.open(encoding="utf-8") as handle:
            verbs = yaml.safe_load(handle)
    if not isinstance(verbs, Mapping):
        raise ValueError(f"{where}: expected a mapping of classes, got {type(verbs).__name__}")
    forms: dict[tuple[str, ...], VerbForm] = {}
    for verb_class, lemmas in verbs.items():
        if verb_class == "meta":
            continue
        if verb_class not in VERB_CLASSES:
            raise ValueError(
                f"{where}: unknown class {verb_class!r}; expected one of {VERB_CLASSES}"
            )
        if not isinstance(lemmas, Mapping):
            raise ValueError(f"{where}: class {verb_class!r} must map lemmas to their forms")
        for lemma, kinds in lemmas.items():
            allowed = _TRANSITIVE_KINDS if verb_class == "transitive-violence" else ("forms",)
            if not isinstance(kinds, Mapping) or not kinds or set(kinds) - set(allowed):
                raise ValueError(
                    f"{where}: {verb_class}/{lemma} must map {allowed} to lists of forms, "
                    f"got {kinds!r}"
                )
            for kind, values in kinds.items():
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise ValueError(
                        f"{where}: {verb_class}/{lemma}/{kind} must be a list of forms"
                    )
                for value in values:
                    words = tuple(rule.tokenize(value))
                    if not words:
                        raise ValueError(f"{where}: {verb_class}/{lemma} has an empty form")
                    name = "form" if kind == "forms" else kind
                    known = forms.get(words)
                    # a form listed as present and past (``hit``) is kept as past: it can be passive
                    if known is None or (name == "past" and known.kind == "present"):
                        forms[words] = VerbForm(" ".join(words), str(lemma), verb_class, name)
    if not forms:
        raise ValueError(f"{where}: the lexicon has no forms")
    first_words = sorted({words[0] for words in forms}, key=len, reverse=True)
    trigger = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, first_words)) + r")(?!\w)")
    return VerbLexicon(forms, max(len(w) for w in forms), trigger)


@dataclass(frozen=True)
class Clause:
    """One violence or casualty clause found in a text.

    Offsets are character offsets into the text given to :func:`find_clauses`;
    ``agent`` and ``victim`` are the text as written (``None`` when absent).
    """

    start: int
    end: int
    verb: str
    lemma: str
    verb_class: str
    construction: str
    agent: str | None
    agent_type: str | None
    victim: str | None
    victim_count: float
    count_qualifier: str | None
    negated: bool


class _Sentence:
    """Tokens of one text with the punctuation that separates them."""

    def __init__(self, text: str, rule: TokenRule) -> None:
        self.text = text
        matches = rule.matches(text)
        self.starts = [m[0] for m in matches]
        self.ends = [m[1] for m in matches]
        self.words = [m[2] for m in matches]
        # gap[i]: punctuation between token i-1 and token i
        self.gap = [False] + [
            bool(_PUNCTUATION_GAP.search(text[self.ends[i - 1] : self.starts[i]]))
            for i in range(1, len(matches))
        ]

    def __len__(self) -> int:
        return len(self.words)

    def span(self, a: int, b: int) -> str | None:
        return self.text[self.starts[a] : self.ends[b - 1]] if b > a else None

    def quantifier_before(self, a: int) -> int:
        """Start of a quantifier phrase (``at least``) that ends right before token ``a``."""
        for phrase in _QUANTIFIER_PHRASES:
            n = len(phrase)
            fits = a - n >= 0 and tuple(self.words[a - n : a]) == phrase
            if fits and not any(self.gap[a - n + 1 : a + 1]):
                return a - n
        return a

    def quantifier_after(self, i: int) -> int:
        """Index after a quantifier phrase starting at ``i`` that precedes a number."""
        for phrase in _QUANTIFIER_PHRASES:
            n = len(phrase)
            fits = tuple(self.words[i : i + n]) == phrase and i + n < len(self.words)
            if fits and _is_quantity(self.words[i + n]) and not any(self.gap[i + 1 : i + n + 1]):
                return i + n
        return i


def _is_quantity(word: str) -> bool:
    return bool(_NUMERIC.match(word)) or word in _NUMBER_WORDS or word in _VAGUE


class _Rules:
    """Classify the lexicon matches of one sentence."""

    def __init__(self, sentence: _Sentence, lexicon: VerbLexicon) -> None:
        self.s = sentence
        self.lexicon = lexicon
        self.verb_at: dict[int, tuple[int, VerbForm]] = {}
        i = 0
        while i < len(sentence):
            found = lexicon.match(sentence.words, i)
            if found is None:
                i += 1
                continue
            self.verb_at[i] = found
            i += found[0]
        self.clauses: list[Clause] = []
        # (antecedent, last chunk) of the last relative clause: "[the strike] that killed [12]"
        self.relative: tuple[tuple[int, int], tuple[int, int]] | None = None

    def is_verb(self, i: int) -> bool:
        found = self.verb_at.get(i)
        return found is not None and found[1].verb_class != "nominal"

    def left_np(self, j: int, *, cross_gap: bool = False) -> tuple[int, int]:
        """The noun-phrase chunk that ends right before token ``j``."""
        s = self.s
        i = j - 1
        if not cross_gap and j < len(s) and s.gap[j]:
            return j, j
        while i >= 0:
            word = s.words[i]
            if word == "of" and i > 0 and s.words[i - 1] in _QUANTITY_NOUNS and not s.gap[i]:
                i -= 1
                continue
            if word == "and" and i > 0 and self._capitalized(i + 1) and self._capital(i - 1):
                i -= 1
                continue
            if word in _BOUNDARY or i in self.verb_at or _DATE.match(word):
                break
            i -= 1
            if s.gap[i + 1] or word in _PRONOUNS:
                break
            if word in _ARTICLES and not (
                i > 0 and s.words[i] == "of" and s.words[i - 1] in _QUANTITY_NOUNS
            ):
                break
        a = i + 1
        if a < j:
            a = s.quantifier_before(a)
        return a, j

    def right_np(self, j: int) -> tuple[int, int]:
        """The noun-phrase chunk that starts at token ``j``."""
        s = self.s
        if j >= len(s):
            return j, j
        i = s.quantifier_after(j)
        first = i
        while i < len(s):
            word = s.words[i]
            if i > j and s.gap[i]:
                break
            if word == "of" and i > j and s.words[i - 1] in _QUANTITY_NOUNS:
                i += 1
                continue
            if word == "and" and i > first and i + 1 < len(s) and self._capitalized(i + 1):
                i += 1
                continue
            if i > first and word in _ARTICLES and s.words[i - 1] != "of":
                break
            if word in _COMPASS and i + 1 < len(s) and s.words[i + 1] == "of":
                break
            if word in _BOUNDARY or i in self.verb_at or _DATE.match(word):
                break
            i += 1
            if word in _PRONOUNS:
                break
        return (j, i) if i > first else (j, j)

    def _capital(self, i: int) -> bool:
        return self.s.text[self.s.starts[i]].isupper()

    def _capitalized(self, i: int) -> bool:
        """Token ``i`` starts with a capital and no punctuation comes before it."""
        return self._capital(i) and not self.s.gap[i]

    def verb_group(self, i: int) -> tuple[int, bool, bool]:
        """``(start, passive, negated)`` of the auxiliaries and adverbs before token ``i``."""
        s = self.s
        k = i
        while k > 0 and not s.gap[k]:
            word = s.words[k - 1]
            if word in _BE or word in _AUX or word in _ADVERBS or word in _NEGATION:
                k -= 1
            else:
                break
        group = s.words[k:i]
        passive = any(w in _BE for w in group)
        negated = any(w in _NEGATION or w.endswith("n't") for w in group)
        return k, passive, negated

    def by_phrase(self, j: int) -> tuple[int, int] | None:
        """The chunk after a ``by`` within a few tokens from ``j`` in the same clause."""
        s = self.s
        for i in range(j, min(j + _BY_WINDOW + 1, len(s))):
            if i > j and s.gap[i]:
                return None
            word = s.words[i]
            if word == "by":
                a, b = self.right_np(i + 1)
                return (a, b) if b > a else None
            if word in _CLAUSE_WORDS or word in _VERBS or self.is_verb(i):
                return None
        return None

    def subject(self, k: int) -> tuple[int, int, str | None]:
        """The chunk before the verb group starting at ``k``: ``(a, b, link)``.

        ``link`` is ``"relative"`` when the chunk is the antecedent of a relative
        pronoun (also when the chunk before the verb group is the end of a relative
        clause found before: then the antecedent is taken), ``"coordinated"`` when
        there is no chunk and a coordinator or a comma comes first, else ``None``.
        """
        s = self.s
        a, b = self.left_np(k)
        if b > a:
            if self.relative is not None and (a, b) == self.relative[1]:
                # "the strike that killed 12 children hit a school": the main verb's subject
                return (*self.relative[0], "relative")
            return (*self.head_chunk(a, b), None)
        if k > 0 and s.words[k - 1] in _RELATIVE and not s.gap[k]:
            a, b = self.left_np(k - 1, cross_gap=True)
            if b > a:
                return a, b, "relative"
        if k > 0 and (s.words[k - 1] in _COORDINATION or s.gap[k]):
            return k, k, "coordinated"
        return k, k, None

    def head_chunk(self, a: int, b: int) -> tuple[int, int]:
        """The head chunk of a subject whose last chunk ``(a, b)`` may end a modifier.

        ``strikes on [Aleppo's hospitals] killed``, ``clashes between rebels and
        [Islamic State] killed``, ``mortar shells fired by [terrorists] wounded``:
        while a preposition (or ``and`` before a capitalised chunk, or a participle
        and ``by``) comes right before the chunk and a chunk comes before that, the
        subject is that earlier chunk.
        """
        s = self.s
        for _ in range(_MAX_MODIFIER_JUMPS):
            if a == 0 or s.gap[a]:
                break
            word = s.words[a - 1]
            coordinated = word == "and" and self._capital(a) and a > 1 and self._capital(a - 2)
            if word in _MODIFIER_PREPOSITIONS or coordinated:
                end = a - 1
            elif word == "by" and a > 1 and s.words[a - 2].endswith("ed") and not s.gap[a - 1]:
                end = a - 2
            else:
                break
            if s.gap[end + 1] or (end < a - 1 and s.gap[end + 2]):
                break
            earlier = self.left_np(end)
            if earlier[1] == earlier[0]:
                break
            a, b = earlier
        return a, b

    def previous(self, attribute: str) -> str | None:
        return getattr(self.clauses[-1], attribute) if self.clauses else None

    def classify(self, i: int, n: int, form: VerbForm) -> Clause | None:
        s = self.s
        after = i + n
        k, passive, negated = self.verb_group(i)
        agent: tuple[int, int] | None = None
        victim: tuple[int, int] | None = None
        inherited_agent = inherited_victim = None
        if form.verb_class == "nominal" or (form.kind == "gerund" and self._nominal_gerund(i, n)):
            return self._nominal(i, n, form, negated)
        if form.verb_class == "intransitive-death":
            a, b, link = self.subject(k)
            victim = (a, b)
            if link == "coordinated":
                inherited_victim = self.previous("victim")
            construction = "intransitive"
        else:
            adjective = i > 0 and s.words[i - 1] in _DETERMINERS and not s.gap[i] and k == i
            if adjective and form.kind in ("past", "present"):
                return None
            if after < len(s) and s.words[after] in NOT_VIOLENCE_PARTICLES and not s.gap[after]:
                return None
            obj = self.right_np(after) if after < len(s) and not s.gap[after] else (after, after)
            by_next = after < len(s) and s.words[after] == "by" and not s.gap[after]
            if form.kind == "gerund" and obj[1] == obj[0]:
                return None
            if form.kind == "past" and (passive or by_next or obj[1] == obj[0]):
                a, b, link = self.subject(k)
                victim = (a, b)
                if link == "coordinated":
                    inherited_victim = self.previous("victim")
                agent = self.by_phrase(after)
                construction = "passive_agent" if agent else "passive_agentless"
                tail = agent
            else:
                a, b, link = self.subject(k)
                agent, victim = (a, b), obj
                if link == "coordinated":
                    inherited_agent = self.previous("agent")
                construction = "active"
                tail = obj
            if link == "relative" and tail is not None and tail[1] > tail[0]:
                self.relative = ((a, b), tail)
            head = victim[1] - 1
            if victim[1] > victim[0] and s.words[head] in NOT_VIOLENCE_OBJECTS:
                return None
        return self._clause(
            i, n, form, construction, agent, victim, negated, inherited_agent, inherited_victim
        )

    def _nominal_gerund(self, i: int, n: int) -> bool:
        s = self.s
        before = i > 0 and s.words[i - 1] in _DETERMINERS and not s.gap[i]
        of_after = i + n < len(s) and s.words[i + n] == "of" and not s.gap[i + n]
        return before or of_after

    def _nominal(self, i: int, n: int, form: VerbForm, negated: bool) -> Clause | None:
        s = self.s
        after = i + n
        if after < len(s) and s.words[after] in NOT_CASUALTY_FOLLOWERS and not s.gap[after]:
            return None
        victim: tuple[int, int] | None = None
        end = after
        if form.lemma == "death toll":
            for q in range(after, min(after + _TOLL_WINDOW, len(s))):
                if q > after and s.gap[q]:
                    break
                if _is_quantity(s.words[q]) or s.quantifier_after(q) > q:
                    victim = self.right_np(q)
                    end = victim[1]
                    break
        elif after < len(s) and s.words[after] in ("of", "among") and not s.gap[after]:
            victim = self.right_np(after + 1)
            end = max(victim[1], after + 1)
        else:
            a, _ = self.left_np(i)
            while a < i and (s.words[a] in _DETERMINERS or s.words[a] in _NOMINAL_ADJECTIVES):
                a += 1
            victim = (a, i)
        agent = self.by_phrase(end)
        if agent is None:
            pre, _ = self.left_np(i)
            if pre > 0 and s.words[pre - 1] in _CAUSE_VERBS and not s.gap[pre]:
                a, b, _ = self.subject(self.verb_group(pre - 1)[0])
                agent = (a, b) if b > a else None
        return self._clause(i, n, form, "nominal", agent, victim, negated, None, None)

    def _clause(
        self,
        i: int,
        n: int,
        form: VerbForm,
        construction: str,
        agent: tuple[int, int] | None,
        victim: tuple[int, int] | None,
        negated: bool,
        inherited_agent: str | None,
        inherited_victim: str | None,
    ) -> Clause:
        s = self.s
        agent_text = s.span(*agent) if agent else None
        if agent_text is None and construction == "active":
            agent_text = inherited_agent
        victim_text = s.span(*victim) if victim else None
        victim_words = s.words[victim[0] : victim[1]] if victim else []
        if victim_text is None:
            victim_text = inherited_victim
            victim_words = DEFAULT_RULE.tokenize(victim_text) if victim_text else []
        agent_type = None
        if agent_text is not None:
            head = DEFAULT_RULE.tokenize(agent_text)[-1:]
            agent_type = "means" if head and head[0] in MEANS else "actor"
        count, qualifier = parse_count(victim_words)
        return Clause(
            start=s.starts[i],
            end=s.ends[i + n - 1],
            verb=s.text[s.starts[i] : s.ends[i + n - 1]],
            lemma=form.lemma,
            verb_class=form.verb_class,
            construction=construction,
            agent=agent_text,
            agent_type=agent_type,
            victim=victim_text,
            victim_count=count,
            count_qualifier=qualifier,
            negated=negated,
        )

    def run(self) -> list[Clause]:
        for i, (n, form) in sorted(self.verb_at.items()):
            clause = self.classify(i, n, form)
            if clause is not None:
                self.clauses.append(clause)
        return self.clauses


def parse_count(words: list[str]) -> tuple[float, str | None]:
    """The number of victims in a victim chunk, and how it is qualified.

    Args:
        words: the chunk's tokens (lower case, as the token rule gives them).

    Returns:
        ``(count, qualifier)``: the first number (digits or words; NaN when
        none or vague) and ``"at_least"``, ``"more_than"``, ``"up_to"``,
        ``"about"``, ``"exact"``, ``"vague"`` or ``None`` (no quantity).

    Example:
        >>> parse_count(["at", "least", "1,200", "civilians"])
        (1200.0, 'at_least')
        >>> parse_count(["dozens", "of", "children"])
        (nan, 'vague')
    """
    for i, word in enumerate(words):
        if _NUMERIC.match(word):
            value = float(word.replace(",", ""))
        elif word in _NUMBER_WORDS:
            value = _NUMBER_WORDS[word]
        elif word in _VAGUE:
            return math.nan, "vague"
        else:
            continue
        for phrase, qualifier in _QUANTIFIER_PHRASES.items():
            if tuple(words[max(0, i - len(phrase)) : i]) == phrase:
                return value, qualifier
        return value, "exact"
    return math.nan, None


def find_clauses(
    text: str, lexicon: VerbLexicon | None = None, *, rule: TokenRule = DEFAULT_RULE
) -> list[Clause]:
    """Find and classify the violence and casualty clauses of one sentence.

    Args:
        text: the sentence (or any short text: a headline, a paragraph).
        lexicon: the violence lexicon (:func:`load_verbs`); default the bundled one.
        rule: the token rule.

    Returns:
        The clauses, in text order (see the module docstring for the rules).

    Example:
        >>> [(c.construction, c.agent, c.victim) for c in find_clauses(
        ...     "Russian jets killed 12 civilians and 20 were wounded.")]
        [('active', 'Russian jets', '12 civilians'), ('passive_agentless', None, '20')]
    """
    lexicon = load_verbs(rule=rule) if lexicon is None else lexicon
    if not lexicon.trigger.search(text.lower()):
        return []
    return _Rules(_Sentence(text, rule), lexicon).run()
