"""Whom a hit names when its sentence does not say: the previous sentence and the article's topic.

News names a group once and then calls it "the militants": in a report on
Mosul, "militants" are the Islamic State even where the sentence names no
group. The codebook of the development set codes each hit from its sentence
alone (:func:`corpuskit.framing.referents.resolve_hit`); this step reads
further, for the hits of armed-actor labels ("militants", "fighters",
"jihadists", "insurgents", "terrorists", "armed groups") that the sentence
leaves ``unknown`` by default and that name people:

1. ``previous_sentence``: the previous sentence names exactly one armed group
   (:data:`~corpuskit.framing.referents.ARMED_GROUPS`): "Islamic State fled
   the town. The militants left mines behind." -> ``isis``;
2. ``article_topic``: one armed group is the article's dominant one: at least
   :data:`MIN_MENTIONS` of its mentions and :data:`DOMINANT_SHARE` of all
   mentions of armed groups in the article ("isis 12/14" in ``evidence``).

A group the hit's sentence sets against it ("FSA fighters pushed out the
terrorist group") is never its referent. Labels of unnamed attackers ("a
terrorist", "gunmen") and generic statements with other groups ("other
terrorist groups") are left as they are.

Example:
    >>> text = "Islamic State fighters held the town. The militants left mines behind."
    >>> article = ArticleContext(text)
    >>> start = text.index("militants")
    >>> resolve_in_article(text, article.sentences[1], start, start + 9, article=article)
    HitReferent(referent='isis', use='person', reason='previous_sentence', \
evidence='Islamic State')
"""

from __future__ import annotations

from collections import Counter

from corpuskit.framing.referents.context import ARMED_GROUPS, _named, opposed_groups
from corpuskit.framing.referents.defaults import label_kind
from corpuskit.framing.referents.resolve import HitReferent, resolve_hit
from corpuskit.text.sentences import split_sentences

__all__ = ["CONTEXTS", "DOMINANT_SHARE", "MIN_MENTIONS", "ArticleContext", "resolve_in_article"]

#: Values of ``context=``: read a hit from its ``sentence`` alone, or from its ``article`` too.
CONTEXTS = ("article", "sentence")
#: Share of the article's armed-group mentions the dominant group must have.
DOMINANT_SHARE = 2 / 3
#: Mentions the dominant group must have in the article.
MIN_MENTIONS = 3
#: Labels of one unnamed attacker, left to their sentence ("a terrorist opened fire").
_ONE_ATTACKER = frozenset({"terrorist", "gunman", "gunmen", "attacker", "attackers"})


class ArticleContext:
    """The armed groups named in one article, computed once and shared by its hits.

    Example:
        >>> text = "ISIS held Mosul. ISIS fled. Daesh lost. Then militants returned."
        >>> ArticleContext(text).topic()
        ('isis', 'isis 3/3')
    """

    def __init__(self, text: str, sentences: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.sentences = split_sentences(text) if sentences is None else sentences
        self._groups: list[list[tuple[str, str]]] | None = None

    def groups(self, number: int) -> list[tuple[str, str]]:
        """The armed groups (code, words) named in sentence ``number``."""
        if self._groups is None:
            self._groups = [
                [
                    (code, words)
                    for _, code, words in _named(self.text[first:last], (0, 0))
                    if code in ARMED_GROUPS
                ]
                for first, last in self.sentences
            ]
        return self._groups[number]

    def topic(self) -> tuple[str, str] | None:
        """The dominant armed group of the article and its count, or ``None``."""
        counts = Counter(
            code for number in range(len(self.sentences)) for code, _ in self.groups(number)
        )
        if not counts:
            return None
        (code, top), total = counts.most_common(1)[0], sum(counts.values())
        if top >= MIN_MENTIONS and top >= DOMINANT_SHARE * total:
            return code, f"{code} {top}/{total}"
        return None


def resolve_in_article(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    *,
    article: ArticleContext | None = None,
) -> HitReferent:
    """Whom the hit ``text[start:end]`` names, from its sentence, then from the article.

    Args:
        text: the article's text.
        sentence: the ``(first, last)`` character offsets of the hit's sentence in ``text``.
        start: the hit's first character in ``text``.
        end: the character after the hit.
        article: the article's :class:`ArticleContext` (made from ``text`` when ``None``).

    Raises:
        ValueError: when ``sentence`` is not one of the article's sentences.

    Returns:
        The :class:`~corpuskit.framing.referents.HitReferent` of
        :func:`~corpuskit.framing.referents.resolve_hit`, or one with reason
        ``previous_sentence`` or ``article_topic``.
    """
    first, last = sentence
    found = resolve_hit(text[first:last], start - first, end - first)
    hit = text[start:end]
    if (
        found.referent != "unknown"
        or found.reason != "default"
        or found.use != "person"
        or label_kind(hit) != "generic"
        or hit.lower() in _ONE_ATTACKER
    ):
        return found
    article = ArticleContext(text) if article is None else article
    opposed = opposed_groups(text[first:last], start - first, end - first)
    if tuple(sentence) not in article.sentences:
        raise ValueError(
            f"sentence= {sentence} is not a sentence of the text ({article.sentences})"
        )
    number = article.sentences.index(tuple(sentence))
    if number > 0:
        codes = dict(article.groups(number - 1))
        if len(codes) == 1 and not codes.keys() & opposed:
            code, words = next(iter(codes.items()))
            return HitReferent(code, found.use, "previous_sentence", words)
    topic = article.topic()
    if topic is not None and topic[0] not in opposed:
        return HitReferent(topic[0], found.use, "article_topic", topic[1])
    return found
