"""The shortcuts that make ``ck.quotes`` fast give exactly what the plain code gives: the words
of a stretch from one pass over its text (``speakers/spans.py``), entities found by name from
an index (``speakers/names.py``), reporting verbs read from the words that can be one, and
datelines ruled out by their separators; a text's words found by one split with running
sums, and the register's openings read from the words' first characters; the table built from
parts of articles taken in turn by forked workers; a body's names registered only when some
field of the article has a quote; sentences without a word that can be a reporting verb,
"according to" or "in his words" ruled out of indirect speech; the speaker type of a
description read from its runs of words, as the types' patterns read it.
"""

from __future__ import annotations

import importlib
import random

import pandas as pd

from corpuskit.io.wire import parse_dateline
from corpuskit.text.sentences import split_sentences
from corpuskit.voices.quotes.indirect import _indirect_sentence, _Possible
from corpuskit.voices.quotes.masks import join_masked, mask_asides, mask_captions
from corpuskit.voices.quotes.resolve import _NOT_OPENINGS, _openings
from corpuskit.voices.quotes.verbs import reporting_verbs
from corpuskit.voices.speakers.discourse import Discourse, Entity
from corpuskit.voices.speakers.lexicon import _WORD, Lexicon, lexicon, word_of, words
from corpuskit.voices.speakers.names import surname_key
from corpuskit.voices.speakers.spans import TextWords, span_count, span_words

#: words cut in every way: dotted abbreviations, titles, initials, apostrophes and hyphens at
#: the end, a digit run into letters and an apostrophe, Cyrillic
TRICKY = (
    "Gen. Joseph L. Votel of the U.S.-led coalition said 12ab's men—and al-Assad’s—left "
    "at 3.5. p.m.; Rock'n'roll- x'y 5' e.g. Мы готовы.-"
)


def _plain(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return words(text[start:end], start) if start < end else []


def test_span_words_equal_words_of_every_stretch_of_a_tricky_text() -> None:
    found = TextWords(TRICKY)
    assert found.words == words(TRICKY)
    for start in range(len(TRICKY) + 1):
        for end in range(start, len(TRICKY) + 1):
            expected = _plain(TRICKY, start, end)
            assert found.between(start, end) == expected, (start, end)
            assert found.count(start, end) == len(expected), (start, end)


def test_a_cut_word_is_read_from_the_stretch() -> None:
    us = TRICKY.index("U.S.-led")
    assert [w for _, _, w in span_words(TRICKY, us, us + 3)] == ["U.S"]  # no full stop left
    assert [w for _, _, w in span_words(TRICKY, us, us + 4)] == ["U.S."]
    digits = TRICKY.index("12ab's")
    # the whole word stops at the apostrophe after digits; from its letters on, it does not
    assert [w for _, _, w in span_words(TRICKY, digits, digits + 6)] == ["12ab", "s"]
    assert [w for _, _, w in span_words(TRICKY, digits + 2, digits + 6)] == ["ab's"]
    assert [w for _, _, w in span_words("Gen. Votel", 1, 4)] == ["en"]
    assert span_count("He said the talks failed.", 3, 17) == 3
    assert span_words("text", 3, 2) == [] and span_count("text", 3, 2) == 0


def test_span_words_equal_words_on_real_articles(data_dir) -> None:
    texts = pd.read_parquet(
        data_dir / "article_bias_prediction" / "articles.parquet", columns=["content_original"]
    )["content_original"].head(40)
    rng = random.Random(0)
    for text in texts.fillna(""):
        for _ in range(200):
            start = rng.randrange(0, len(text) + 1)
            end = rng.randrange(start, min(len(text), start + 300) + 1)
            assert span_words(text, start, end) == _plain(text, start, end)
            assert span_count(text, start, end) == len(_plain(text, start, end))


def _scan(entities: list[Entity], name: str) -> Entity | None:
    """The lookup ``Discourse`` made before the index: a scan of every entity."""
    for entity in reversed(entities):
        if entity.name == name:
            return entity
    key = surname_key(name)
    people = [e for e in entities if e.kind == "person" and surname_key(e.name) == key]
    if not people:
        return None
    return people[0] if len(name.split()) == 1 else people[-1]


def test_entities_are_found_by_name_as_a_scan_finds_them() -> None:
    discourse = Discourse()
    asked = ["Hunter", "Duncan Hunter", "Margaret Hunter", "Assad", "Bashar al-Assad", "Pentagon"]
    steps = [
        Entity("Hunter", "person"),
        Entity("Pentagon", "org"),
        Entity("Margaret Hunter", "person"),
        "rename",
        Entity("Assad", "person"),
        Entity("Hunter", "org"),
    ]
    for step in steps:
        if step == "rename":
            discourse.entities[0].name = "Duncan Hunter"  # a longer name, as register does
            discourse.names.renamed()
        else:
            discourse.entities.append(step)
        for name in asked:
            assert discourse._by_name(name) is _scan(discourse.entities, name), name
    people = discourse.entities
    assert discourse._by_name("Hunter") is people[-1]  # the last of that exact name
    assert discourse._by_name("Duncan Hunter") is people[0]
    assert discourse._by_name("Ann Hunter") is people[2]  # the last person of that surname
    assert discourse.names.surnamed("hunter", first=True) is people[0]


def test_verbs_are_read_from_the_words_that_can_be_one() -> None:
    text = "Officials pointed out that he said, adding it was according to plan; pointed  out"
    found = [(form, lemma) for _, _, form, lemma in reporting_verbs(text, 0, len(text))]
    assert found == [
        ("pointed out", "point out"),
        ("said", "say"),
        ("adding", "add"),
        ("according to", "according to"),
    ]  # "pointed  out" (two spaces) is no form; "pointed" alone is none either
    assert reporting_verbs(text, 0, 12) == []  # "pointed" cut: the stretch's own words only


def test_a_dateline_needs_its_separator() -> None:
    assert parse_dateline("MOSCOW March 27 TASS Moscow stands for it.") is None
    assert parse_dateline("BEIRUT (Reuters) - Rebels said.").outlet == "Reuters"
    assert parse_dateline("WASHINGTON — The Senate voted.").place == "WASHINGTON"
    assert parse_dateline("МОСКВА, 27 мар — РИА Новости. Текст").outlet == "RIA Novosti"


def _plain_text_words(text: str) -> tuple[list[int], list[int], list[tuple[int, int, str]]]:
    """The words of a text as ``TextWords`` found them before: one match object per word."""
    titles = lexicon().titles
    matches = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found = [word_of(s, e, t, titles) if t[-1] in ".-'’" else (s, e, t) for s, e, t in matches]
    return [s for s, _, _ in matches], [e for _, e, _ in matches], found


def _plain_openings(tokens: list[tuple[int, int, str]]) -> list[int]:
    """The openings of the name register as a scan of every word finds them (a role word
    before a capital, but not "of", "for", "and", "at", "on", "in" or "to")."""
    capitalised = [word[:1].isupper() for _, _, word in tokens] + [False]
    titles = (lexicon().role_words | lexicon().titles) - _NOT_OPENINGS
    return [
        index
        for index, (_, _, word) in enumerate(tokens)
        if capitalised[index] or (capitalised[index + 1] and word.lower() in titles)
    ]


#: texts whose last characters a word may or may not keep, and capitals of every kind
EDGES = (
    TRICKY,
    "",
    "x",
    "U.S.",
    "1918-’s war, 1990's. 3said’ and 5-'",
    "said. said- said’ Said.. ‘Said’ “Said.”",
    "the president Donald Trump and spokesman John Kirby; of Congress, the U.N. chief",
    "Über ÉCOLE ǅemal İstanbul \u212aelvin ßtraße Ωmega said",
    "--- ’ ' . - A.B.C.D. Gen. Joseph L. Votel.",
)


def test_text_words_equal_one_match_per_word() -> None:
    for text in EDGES:
        found = TextWords(text)
        assert (found.starts, found.raw_ends, found.words) == _plain_text_words(text), text


def test_text_words_and_openings_equal_the_plain_scan_on_real_articles(data_dir) -> None:
    texts = pd.read_parquet(
        data_dir / "article_bias_prediction" / "articles.parquet", columns=["content_original"]
    )["content_original"].head(300)
    for text in [*EDGES, *texts.fillna("")]:
        found = TextWords(text)
        assert (found.starts, found.raw_ends, found.words) == _plain_text_words(text)
        assert _openings(text, found) == _plain_openings(found.words)


def test_openings_of_titles_before_names() -> None:
    text = "the president Donald Trump met spokesman John Kirby and Kirby's aide."
    found = TextWords(text)
    opened = [found.words[i][2] for i in _openings(text, found)]
    assert opened == ["president", "Donald", "Trump", "spokesman", "John", "Kirby", "Kirby's"]
    text = "the circuitry of Marco Rubio"  # "of" opens no phrase that would hide the name
    found = TextWords(text)
    assert [found.words[i][2] for i in _openings(text, found)] == ["Marco", "Rubio"]


def test_parts_taken_in_turn_give_the_same_table(monkeypatch) -> None:
    # the module, not the ``quotes`` function that shadows its package on corpuskit.voices
    table = importlib.import_module("corpuskit.voices.quotes.table")
    texts = [
        '"We will win," Ann Roe said. Roe, a senator, spoke in Ohio.',
        "Nothing was quoted here. The White House met on Monday.",
        'Bob Lee, a professor at Yale, spoke. "It is weak," Lee said. He said it failed.',
    ]
    articles = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(30)],
            "text": [texts[i % 3] for i in range(30)],
            "title": ["'We will win': Roe" if i % 3 == 0 else None for i in range(30)],
            "outlet": [f"o{i % 4}" for i in range(30)],
        }
    )
    alone = table.quotes(articles, n_jobs=1, include_excluded=True)
    monkeypatch.setattr(table, "workers", lambda n_jobs, n_docs: 2)
    monkeypatch.setattr(table, "_PART", 4)  # eight parts, taken in turn by two workers
    assert table.quotes(articles, n_jobs=2, include_excluded=True).equals(alone)
    assert alone["speaker"].notna().any() and set(alone["outlet"]) <= {"o0", "o1", "o2", "o3"}


def test_names_are_registered_for_a_headline_quote_of_a_body_without_quotes() -> None:
    # the body holds no quote: its names are still registered, since the headline's
    # speaker is resolved against them
    articles = pd.DataFrame(
        {
            "doc_id": ["a"],
            "text": ["Senator Ann Roe of Ohio spoke to voters on Monday about the plan."],
            "title": ["Roe: 'We will win this fight'"],
        }
    )
    found = importlib.import_module("corpuskit.voices.quotes.table").quotes(articles)
    assert found["speaker"].tolist() == ["Ann Roe"]
    assert found["field"].tolist() == ["title"]


#: sentences whose indirect speech hangs on one word: a verb form at the end of a longer
#: word, a two-word form, "according to" and "in his words" in odd cases, a dateline
SPEECH = (
    "WASHINGTON (AP) — Officials said the talks had failed.",
    "MOSCOW—Lavrov told reporters that the talks had failed.",
    "Lavrov pointed out that the talks had failed.",
    "The talks failed, ACCORDING TO the ministry.",
    "The plan, in his words, was a disaster for everyone.",
    "The plan, Lavrov added, was a disaster for everyone.",
    "По словам министра, переговоры провалились.",
    "The essayist wrote an essay on the recall of the notes.",
    "Nothing happened here on Monday at all.",
)


def test_sentences_ruled_out_give_no_indirect_speech(data_dir) -> None:
    texts = pd.read_parquet(
        data_dir / "article_bias_prediction" / "articles.parquet", columns=["content_original"]
    )["content_original"].head(300)
    ruled_out = 0
    for text in [" ".join(SPEECH), *SPEECH, *texts.fillna("")]:
        masked = mask_asides(mask_captions(text))
        possible = _Possible(masked)
        for start, end in join_masked(text, split_sentences(text)):
            for a, b in {(start, end), (start + 3, end), (start, end - 2)}:
                if a < b and not possible(a, b):
                    ruled_out += 1
                    assert _indirect_sentence(masked, a, b) is None, masked[a:b]
    assert ruled_out > 1000


def test_sentences_with_a_verb_form_are_not_ruled_out() -> None:
    for sentence in SPEECH[:7]:
        assert _Possible(sentence)(0, len(sentence)), sentence
    for sentence in SPEECH[:6]:
        assert _indirect_sentence(sentence, 0, len(sentence)) is not None, sentence
    essay = SPEECH[7]
    assert _Possible(essay)(0, len(essay))  # "essay" ends in "say": read, not ruled out
    assert not _Possible(SPEECH[8])(0, len(SPEECH[8]))


def _type_by_patterns(lex: Lexicon, text: str) -> str:
    """The type reading before the runs of words: each type's pattern over the whole text."""
    for name, pattern in lex.type_patterns:
        for match in pattern.finditer(text):
            if not lex._inside_longer(text, name, match.start(), match.end()):
                return name
    return "unknown"


def test_types_read_from_runs_of_words_equal_the_patterns() -> None:
    lex = lexicon()
    entries = [entry for _, typed in lex.speaker_types for entry in typed]
    vocabulary = sorted({w for entry in entries for w in entry.split()})
    vocabulary += ["the", "of", "a.", "", "|", "former", "u.s.", "attorney", "general"]
    rng = random.Random(0)
    texts = ["attorney general", "the attorney general said", "  major  general ", "x"]
    for _ in range(20000):
        parts = [
            rng.choice(entries) if rng.random() < 0.3 else rng.choice(vocabulary)
            for _ in range(rng.randint(1, 40))
        ]
        texts.append(" ".join(parts)[: rng.choice([30, 80, 81, 400])])
    typed = 0
    for text in texts:
        expected = _type_by_patterns(lex, text)
        assert Lexicon._type_of.__wrapped__(lex, text) == expected, text
        typed += expected != "unknown"
    assert typed > 5000
