"""Session 32's speaker rules. Names: in text stripped of its commas, a person's name that
opens a phrase before "the" and a role is the speaker, not the body's name that ends the
role ("Dana Roe the head of the Union of Nerve Chemists said"), and "a" or "an" and a role noun
between a name and its verb are its appositive ("Dana Roe a coalition spokesman told").
Participles: a participle after a clause that opens with a place or time ("In the Rose Garden,
Roe played it down, saying ...") has the clause's subject, not the place. Fragments: a short
fragment after a named subject and its verb of saying or describing in the same clause is that
subject's quote, not a scare quote ("Roe went on to call the plan 'a cruel hoax'"), unless the verb
is passive, the subject a share ("40 percent of voters"), or the fragment a name in capitals.
Carried speakers: a quote-only paragraph after a paragraph whose quote a description speaks
('"...," her manager said.') carries that description on, as a named speaker already was.

Each case is a text written for the test; the phenomena come from the errors of the quotes
hold-outs read as development data.
"""

from __future__ import annotations

import pandas as pd
from quote_cases import spoken

import corpuskit as ck
from corpuskit.voices.quotes.appositions import bare_appositive
from corpuskit.voices.speakers.bare_names import name_before_the
from corpuskit.voices.speakers.lexicon import lexicon, words
from corpuskit.voices.speakers.parse import parse_mention
from corpuskit.voices.speakers.spans import span_words


def _speakers(text: str) -> list[str | None]:
    return [value for _, value in spoken(text, "speaker")]


def test_a_name_before_the_and_a_role_is_the_speaker_not_the_body_after_it() -> None:
    text = (
        'Inspections will go on. "We are concerned by these reports" said Dana Roe the head '
        "of the Organisation for the Prohibition of Nerve Agents on Tuesday."
    )
    assert _speakers(text) == ["Dana Roe"]
    mention = parse_mention("Dana Roe the head of the Union of Nerve Chemists said")
    assert mention.name == "Dana Roe"
    assert "dana" not in mention.roles and "head" in mention.roles


def test_name_before_the_keeps_a_name_that_ends_its_phrase() -> None:
    lex = lexicon()
    phrase = words("Foreign Minister Dana Roe")
    assert name_before_the(phrase, phrase[-2:], lex) == phrase[-2:]
    body = words("Stop the War Coalition")  # one word before "the": a body's name
    assert name_before_the(body, body[-2:], lex) == body[-2:]


def test_a_quote_only_paragraph_carries_on_a_described_speaker() -> None:
    text = (
        "The answer was no.\n\n"
        '"She has no account of any kind," her manager told the magazine.\n\n'
        '"Any posts in her name were made by others."\n\n'
        "The account was closed."
    )
    assert _speakers(text) == ["her manager", "her manager"]


def test_a_paragraph_that_is_not_only_a_quote_carries_on_no_description() -> None:
    text = (
        '"She has no account of any kind," her manager told the magazine.\n\n'
        'Fans were unconvinced. "Any posts in her name were made by others."'
    )
    assert _speakers(text) == ["her manager", None]


def test_a_name_and_an_appositive_without_commas_before_the_verb_is_the_speaker() -> None:
    text = (
        '"No strikes were made in that area. The claim is wrong" U.S. Air Force Colonel Dana Roe a '
        "coalition spokesman told reporters by email."
    )
    assert _speakers(text) == ["Dana Roe"]


def test_a_clause_between_name_and_verb_is_no_bare_appositive() -> None:
    assert not bare_appositive(span_words("a report that said", 0, 18))
    assert not bare_appositive(span_words("a", 0, 1))


def test_a_participle_after_a_leading_place_has_the_clause_subject() -> None:
    text = (
        "In the White House Rose Garden, Senator Dana Roe played down the feud, saying the two "
        "were \u201ccloser than ever before.\u201d"
    )
    assert _speakers(text) == ["Dana Roe"]


def _direct(text: str) -> list[tuple[str, str | None]]:
    table = ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False, n_jobs=1)
    rows = table[table["kind"] != "excluded"]
    return list(zip(rows["quote"], rows["speaker"], strict=True))


def test_a_short_fragment_after_the_subject_and_its_verb_of_saying_is_a_quote() -> None:
    called = 'Senator Dana Roe went on to call the plan "a cruel hoax."'
    assert _direct(called) == [("a cruel hoax.", "Dana Roe")]
    seeking = 'Senator Dana Roe nevertheless said she was seeking "a fair deal" for the farmers.'
    assert _direct(seeking) == [("a fair deal", "Dana Roe")]


def test_a_short_fragment_stays_a_scare_quote_without_a_subject_using_it() -> None:
    passive = 'Senator Dana Roe was promised "dirt" on her rival.'
    assert _direct(passive) == []


def test_a_name_modifying_a_role_noun_or_a_possessor_is_no_user_of_the_fragment() -> None:
    # a review of unseen news found these given to the name: "Trump's lawyers" -> Trump; the
    # words are a quote by the codebook (the supporters, the lawyers, the voters, the critics
    # use them), which the fragment filter of session 34 keeps, with no speaker rather than the name
    supporters = 'Obama supporters called the plan "a cruel hoax."'
    lawyers = "Senator Dana Roe\u2019s lawyers called the ruling \u201ca travesty.\u201d"
    share = 'Forty percent of voters described themselves as "angry" this year.'
    clause = 'Senator Dana Roe met the critics who described the plan as "folly" afterwards.'
    for text in (supporters, lawyers, share, clause):
        assert all(pd.isna(speaker) for _, speaker in _direct(text)), text


def test_a_description_is_not_carried_past_words_after_the_quote() -> None:
    text = (
        '"She has no account of any kind," her manager told the magazine.\n\n'
        '"Any posts in her name were made by others." Rep. Dana Roe, D-Calif., on Monday.'
    )
    assert _speakers(text) == ["her manager", None]
