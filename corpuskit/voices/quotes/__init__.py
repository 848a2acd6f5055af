"""Who says what: direct and indirect quotes with their speakers, :func:`quotes`.

**Direct quotes.** Quotation marks are paired within a paragraph (paragraphs
are separated by a blank line): straight ``"`` and two apostrophes ``''``
toggle, ``“``/``”``, ``«``/``»`` and ``„``/``“`` open and close. Single quotes
(``'``, ``‘``/``’``) count in headline fields (``title``, ``lede``), where they
are the house style, and in a body paragraph only when it holds no double
quote mark; an apostrophe (a ``’`` or ``'`` with a letter on both sides) never
closes a quote. A paragraph whose quote is still open at its end continues in
the next paragraph when that one opens with a quote mark, or opens with none
and closes it. A quote's text is what lies between the marks, without the
surrounding white space or a final comma (``"..., " he said``). Stretches that
are not quotes (titles of works, names, scare quotes, page furniture) are kept
out with a ``reason`` (``include_excluded=True`` returns them).

**One row per part.** A split quote (``"...," Lavrov noted. "..."``), or one
spanning paragraphs, gives one row per part; the parts share a ``quote_id``
and are numbered by ``part``, so ``text[start:end] == quote`` holds for every
row. A part joins the quote before it when it lies in the same paragraph, has
no attribution of its own and the quote before it has one, or when it
continues an open quote into the next paragraph.

**Attribution.** The speaker phrase and reporting verb are looked for after
the closing mark (to the end of the sentence or the next opening mark:
``"...," Lavrov noted``, ``"...," said the minister``, ``"...," he told
reporters``) and before the opening mark (from the start of the sentence:
``Lavrov told reporters: "..."``, ``Speaking in Moscow, Lavrov said: "..."``,
or a headline's ``Lavrov: '...'``, which has no verb). A quote-only paragraph
without an attribution, directly after a paragraph whose last quote has a
speaker, is given that speaker (the convention for a speaker's run of quotes);
its attribution offsets are NA. Other unattributed quotes keep speaker NA, and
are excluded as scare quotes when shorter than five words (the so-called
"moderate opposition").

**Indirect speech** (``include_indirect=True``), in sentences not covered by
a direct quote:

* ``CONTENT, SPEAKER VERB [tail].`` with a tail of at most eight words that
  opens with a preposition or time word ("..., Russian Foreign Minister Sergey
  Lavrov said on Monday.");
* ``SPEAKER VERB (that) CONTENT`` ("Lavrov said the coalition ...", "He told
  reporters that ...": ``told`` needs ``that`` or an audience such as
  "reporters" or "AFP" before the clause; a verb followed by a preposition or
  time word needs a later ``that``; "vowed (on Monday) to ..." takes the
  infinitive); a verb of a relative clause ("who asked ...") is skipped;
* ``According to SPEAKER, CONTENT`` and ``CONTENT, according to SPEAKER``;
* ``..., in his words, ...`` and ``CONTENT, SPEAKER VERB, CONTENT.``: the
  whole sentence;
* ``"...," SPEAKER VERB, adding that CONTENT``: a participle after a direct
  quote's attribution, by the same speaker.

The quoted text of indirect speech is the content clause, without a wire
dateline. Speakers are resolved
by :mod:`corpuskit.voices.speakers` (names, surnames, role descriptions,
pronouns, speaker types); reporting verbs, their lemmas and framing groups come
from ``corpuskit/voices/data/reporting_verbs.yaml``.

Limits: rule-based, English only; no parse trees, so an attribution far from
its quote, nested quotes, and speakers named only by a first name are missed.
Measured precision, recall and attribution accuracy are in ``docs/quotes.md``.

The package's modules follow those steps: :mod:`~corpuskit.voices.quotes.marks`
(quotation marks and the stretches between them),
:mod:`~corpuskit.voices.quotes.masks` (page furniture and party tags blanked
before speakers are read), :mod:`~corpuskit.voices.quotes.attribution`
(reporting verbs and speaker phrases, with the cue words and patterns of
:mod:`~corpuskit.voices.quotes.attribution_cues`), :mod:`~corpuskit.voices.quotes.direct`,
:mod:`~corpuskit.voices.quotes.indirect`,
:mod:`~corpuskit.voices.quotes.exclusions` (names, titles, scare quotes),
:mod:`~corpuskit.voices.quotes.resolve` (speakers),
:mod:`~corpuskit.voices.quotes.table` (:func:`quotes`, the table) and
:mod:`~corpuskit.voices.quotes.score` (:func:`score_quotes`).
"""

from __future__ import annotations

from corpuskit.voices.quotes.score import score_quotes
from corpuskit.voices.quotes.table import DESCRIPTIONS, QUOTE_COLUMNS, quotes

__all__ = ["DESCRIPTIONS", "QUOTE_COLUMNS", "quotes", "score_quotes"]
