"""The labels :func:`corpuskit.naming` counts: default branches of ``actor_naming`` per referent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from corpuskit.lexicons.bundled import lexicon as load_lexicon
from corpuskit.lexicons.dictionary import SEPARATOR, Dictionary

__all__ = ["REFERENTS", "REFERENT_ACTORS", "USES", "label_dictionary", "naming_labels"]

#: Referents with default labels: the branch of the ``actor_naming`` lexicon used.
REFERENTS = {
    "armed_opposition": "opposition",
    "government": "government",
    "army": "army",
    "isis": "isis",
    "coalition": "coalition",
    "russia": "russia",
}
#: The resolved referents (:mod:`corpuskit.framing.referents`) a referent's hits are counted
#: for by default: "ISIS militants" are not the armed opposition, "Turkish government"
#: is not the Syrian government. Referents not listed count every hit.
REFERENT_ACTORS: dict[str, tuple[str, ...]] = {
    "armed_opposition": ("rebels", "unknown"),
    "government": ("syria_gov", "unknown"),
    "army": ("syria_gov", "unknown"),
}
#: Values of ``use=``: which uses of a label are counted.
USES = ("person", "event_adjective", "all")


def naming_labels(referent: str = "armed_opposition") -> Dictionary:
    """The default labels of a referent: one branch of the ``actor_naming`` lexicon.

    Args:
        referent: a key of :data:`REFERENTS` (``"armed_opposition"`` gives
            rebels, militants, terrorists, jihadists, insurgents, opposition,
            moderate_opposition, armed_groups, fighters).

    Returns:
        A :class:`~corpuskit.lexicons.dictionary.Dictionary` whose categories are
        the branch's leaves, e.g. ``"opposition/rebels"``.

    Raises:
        ValueError: for an unknown referent.

    Example:
        >>> naming_labels("government").categories
        ['government/government', 'government/regime', 'government/authorities']
    """
    if referent not in REFERENTS:
        raise ValueError(
            f"referent= has no default labels; pass labels= or use one of {sorted(REFERENTS)}, "
            f"got {referent!r}"
        )
    return load_lexicon("actor_naming").subset([REFERENTS[referent]])


def label_dictionary(
    labels: Mapping[str, Sequence[str]] | Dictionary | None, referent: str
) -> tuple[Dictionary, list[str]]:
    """The dictionary to count with and the label name of each of its categories."""
    if labels is None:
        dictionary = naming_labels(referent)
    elif isinstance(labels, Dictionary):
        dictionary = labels
    elif isinstance(labels, Mapping):
        for name, entries in labels.items():
            if isinstance(entries, str) or not isinstance(entries, Sequence) or not entries:
                raise ValueError(
                    f"labels= must map each label to a non-empty list of entries; label "
                    f"{name!r} has {entries!r}"
                )
        dictionary = Dictionary({name: list(entries) for name, entries in labels.items()})
    else:
        raise ValueError(
            "labels= must be a dict of label -> entries or a Dictionary, got "
            f"{type(labels).__name__}"
        )
    categories = dictionary.categories
    firsts = {category.split(SEPARATOR, 1)[0] for category in categories}
    if len(firsts) == 1 and all(SEPARATOR in category for category in categories):
        return dictionary, [category.split(SEPARATOR, 1)[1] for category in categories]
    return dictionary, list(categories)
