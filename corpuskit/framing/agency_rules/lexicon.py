"""The violence lexicon: its forms, their classes, and how a YAML file is compiled."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from corpuskit.framing.agency_rules.words import _words
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule

#: The constructions a clause is classified into.
CONSTRUCTIONS: tuple[str, ...] = (
    "active",
    "passive_agent",
    "passive_agentless",
    "intransitive",
    "nominal",
)
#: Constructions that name no agent (when no agent was found in the clause either).
AGENTLESS: tuple[str, ...] = ("passive_agentless", "intransitive", "nominal")
#: The classes of the violence lexicon. ``attack`` verbs (``bombed``, ``shelled``) are
#: transitive but report an attack, not a casualty: their clauses are kept only for the
#: agents of the clauses that follow (``jets bombed a market, killing 12``).
VERB_CLASSES: tuple[str, ...] = ("transitive-violence", "attack", "intransitive-death", "nominal")
#: The classes whose forms come as present, past and gerund.
TRANSITIVE_CLASSES: tuple[str, ...] = ("transitive-violence", "attack")
_TRANSITIVE_KINDS = ("present", "past", "gerund")
#: Verbs whose object *lives* makes them report deaths ("the war has claimed 300,000
#: lives", "fighting that cost more than 500 lives", "has taken the lives of 20"):
#: form -> kind. Read as ``claim lives`` (transitive violence) when :data:`LIVES` follows
#: within :data:`_LIVES_WINDOW` tokens of numbers and quantifiers (:data:`_LIVES_FILLER`).
LIFE_VERBS: dict[str, str] = {
    "claim": "present",
    "claims": "present",
    "claimed": "past",
    "claiming": "gerund",
    "cost": "past",
    "costs": "present",
    "costing": "gerund",
    "take": "present",
    "takes": "present",
    "took": "past",
    "taken": "past",
    "taking": "gerund",
}
LIVES = frozenset(["lives", "life"])
#: words between the verb and *lives*: quantifiers and the victims' description (not
#: possessives: "took their own lives" is suicide, "cost him his life" names no count)
_LIVES_FILLER = _words(
    "the over more than at least about nearly almost some around an estimated "
    "hundreds thousands tens millions dozens of many countless scores innocent civilian "
    "human american syrian iraqi a hundred thousand million"
)
_LIVES_WINDOW = 6
_NOUN_BEFORE = _words("the a an at its their his her human heavy high")
_NUMBER = re.compile(r"^\d[\d,.]*$")
#: the quick filter's pattern for :data:`LIFE_VERBS` with *lives* after them
_LIFE = r"(?:claim|cost|t(?:ake|ook|aking))\w{0,3}\W+(?:[\w.,]+\W+){0,6}?li(?:ves|fe)"


def _trie(words: set[str]) -> str:
    """A regular expression for any of ``words``, nested as a trie of their letters.

    ``(?:d(?:ea(?:d|th)|ie)|k(?:ill))`` is scanned 2-3 times faster than the flat
    alternation ``dead|death|die|kill``, with the same matches.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


@dataclass(frozen=True)
class VerbForm:
    """One form of the violence lexicon.

    Attributes:
        form: the form as lower-case words (``"killed"``, ``"lost their lives"``).
        lemma: its lemma (``"kill"``).
        verb_class: ``"transitive-violence"``, ``"attack"``, ``"intransitive-death"``
            or ``"nominal"``.
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
        first_words: the first words of the forms (derived from ``forms``).
    """

    forms: Mapping[tuple[str, ...], VerbForm]
    max_words: int
    trigger: re.Pattern[str]
    first_words: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_words", frozenset(words[0] for words in self.forms))

    def match(self, words: list[str], i: int) -> tuple[int, VerbForm] | None:
        """The longest form starting at token ``i``: ``(n_tokens, form)``, or ``None``."""
        if words[i] not in self.first_words:
            return _life_verb(words, i)
        for n in range(min(self.max_words, len(words) - i), 0, -1):
            found = self.forms.get(tuple(words[i : i + n]))
            if found is not None:
                return n, found
        return _life_verb(words, i)

    def to_frame(self) -> pd.DataFrame:
        """The lexicon as a DataFrame: ``form``, ``lemma``, ``verb_class``, ``kind``."""
        return pd.DataFrame([vars(f) for f in self.forms.values()])


def _life_verb(words: list[str], i: int) -> tuple[int, VerbForm] | None:
    """``claimed`` in "claimed over 100,000 lives" as a one-token form of ``claim lives``."""
    kind = LIFE_VERBS.get(words[i])
    if kind is None or (i > 0 and words[i - 1] in _NOUN_BEFORE):
        return None  # "at the cost of human life": a noun
    if words[i + 1 : i + 4] in (["the", "lives", "of"], ["the", "life", "of"]):
        return 4, VerbForm(" ".join(words[i : i + 4]), "claim lives", "transitive-violence", kind)
    for j in range(i + 1, min(len(words), i + 1 + _LIVES_WINDOW)):
        word = words[j]
        if word in LIVES:
            return 1, VerbForm(words[i], "claim lives", "transitive-violence", kind)
        if word not in _LIVES_FILLER and not _NUMBER.match(word):
            return None
    return None


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
            allowed = _TRANSITIVE_KINDS if verb_class in TRANSITIVE_CLASSES else ("forms",)
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
    trigger = re.compile(r"(?<!\w)(?:" + _trie({w[0] for w in forms}) + "|" + _LIFE + r")(?!\w)")
    return VerbLexicon(forms, max(len(w) for w in forms), trigger)
