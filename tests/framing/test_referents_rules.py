"""One test per referent rule, on sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpuskit.framing.naming import naming
from corpuskit.framing.referents import naming_hits, resolve_hit
from corpuskit.framing.referents.article import ArticleContext, resolve_in_article
from corpuskit.lexicons.dictionary import Dictionary


def resolve(sentence: str, hit: str, occurrence: int = 0) -> tuple[str, str, str]:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(hit, start + 1)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.use, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # al-Qaeda is placed where the sentence puts al-Qaeda itself (codebook C7)
        (
            "Al Qaeda militants in Syria seized a base.",
            "militants",
            ("nusra_hts", "person", "name"),
        ),
        ("Syrian al-Qaeda fighters shelled the town.", "fighters", ("nusra_hts", "person", "name")),
        (
            "After the war in Iraq ended, the president hunted al Qaeda terrorists in Somalia.",
            "terrorists",
            ("other", "person", "name"),
        ),
        # groups, countries and leaders outside the actor codes
        (
            "The Taliban dispatched a militant to bomb the checkpoint.",
            "militant",
            ("other", "person", "sentence_actor"),
        ),
        ("Libyan insurgents overran the port.", "insurgents", ("other", "person", "name")),
        (
            "Militias fought on after Gaddafi was overthrown.",
            "Militias",
            ("other", "person", "foreign_conflict"),
        ),
        # a single attack abroad stays unknown (C1)
        ("Gunmen stormed a hotel in Mali.", "Gunmen", ("unknown", "person", "default")),
        # the Iraq war of 2003-2011
        (
            "During the Iraq War, insurgents planted bombs along the highways.",
            "insurgents",
            ("other", "person", "iraq_war"),
        ),
        (
            "Smugglers brought jihadis across the border to fight U.S. troops in Iraq.",
            "jihadis",
            ("other", "person", "iraq_war"),
        ),
        # the subject of a copula names the predicate label
        (
            "The YPG have proven to be the most disciplined fighters in the north.",
            "fighters",
            ("kurdish", "person", "copula"),
        ),
        (
            "ISIS is fighting the militants of the south.",
            "militants",
            ("unknown", "person", "default"),
        ),
        # accusers or opponents of the Assad government are the rebels (C5)
        (
            "The Assad government was accused of torture by insurgent groups.",
            "insurgent",
            ("rebels", "person", "opponent"),
        ),
        # governments: unnamed plural, institutions and US states, capitals
        (
            "The treaty obliges foreign governments to share records.",
            "governments",
            ("unknown", "person", "unnamed"),
        ),
        (
            "Reporters asked Ohio police and the local authorities for comment.",
            "authorities",
            ("us", "person", "sentence_actor"),
        ),
        (
            "The government lost its appeal, the 4th Circuit ruled.",
            "government",
            ("us", "person", "sentence_actor"),
        ),
        (
            "The government in Cairo banned the march, officials in Egypt said.",
            "government",
            ("other", "person", "sentence_actor"),
        ),
        # regime change: the regime to be changed, or none as a slogan (C2)
        (
            "Regime change in Pyongyang is what the hawks want.",
            "Regime",
            ("other", "event_adjective", "regime_change"),
        ),
        (
            "Washington has long pursued regime change in Damascus.",
            "regime",
            ("syria_gov", "event_adjective", "regime_change"),
        ),
        (
            "The senator said regime change never works, Obama replied.",
            "regime",
            ("none", "", "not_actor"),
        ),
        # countries, not an armed actor (C10)
        ("Visitors from jihadist countries were barred.", "jihadist", ("none", "", "not_actor")),
    ],
)
def test_sentence_rules(sentence, hit, expected):
    assert resolve(sentence, hit) == expected


ARTICLE = (
    "Islamic State fighters dug in around the old city. "
    "The militants planted mines on every road. "
    "Iraqi troops advanced slowly. "
    "By evening the jihadists had lost two districts. "
    "Daesh also lost the airport, and ISIS commanders fled."
)


def _hit(text: str, word: str) -> tuple[tuple[int, int], int, int]:
    start = text.index(word)
    article = ArticleContext(text)
    sentence = next(span for span in article.sentences if span[0] <= start < span[1])
    return sentence, start, start + len(word)


def test_previous_sentence_names_the_group():
    sentence, start, end = _hit(ARTICLE, "militants")
    found = resolve_in_article(ARTICLE, sentence, start, end)
    assert (found.referent, found.reason, found.evidence) == (
        "isis",
        "previous_sentence",
        "Islamic State",
    )


def test_article_topic_names_the_group_when_dominant():
    sentence, start, end = _hit(ARTICLE, "jihadists")
    found = resolve_in_article(ARTICLE, sentence, start, end)
    assert (found.referent, found.reason, found.evidence) == ("isis", "article_topic", "isis 3/3")


def test_no_dominant_group_stays_unknown():
    text = (
        "Rebels held the east. ISIS held the desert. Rebels and ISIS clashed. "
        "The Kurdish YPG took a dam. Rain fell. At night the militants withdrew."
    )
    sentence, start, end = _hit(text, "militants")
    assert resolve_in_article(text, sentence, start, end).referent == "unknown"


def test_one_attacker_and_named_hits_keep_their_sentence_reading():
    text = "ISIS held the city. ISIS lost it. ISIS fled. A terrorist then shot two guards."
    sentence, start, end = _hit(text, "terrorist")
    assert resolve_in_article(text, sentence, start, end).reason == "default"
    text = "ISIS held the city. ISIS lost it. Rebel fighters then entered."
    sentence, start, end = _hit(text, "Rebel")
    assert resolve_in_article(text, sentence, start, end).referent == "rebels"


def test_a_group_set_against_the_hit_is_not_its_referent():
    text = "Rebels held the town. The FSA fought on. FSA fighters pushed out the terrorist group."
    sentence, start, end = _hit(text, "terrorist group")
    assert resolve_in_article(text, sentence, start, end).referent == "unknown"
    assert resolve(
        "The aim shifted to fighting Iran and establishing regime change in Damascus.", "regime"
    ) == ("syria_gov", "event_adjective", "regime_change")


LABELS = Dictionary({"militants": ["militant*"], "jihadists": ["jihadist*"]})


def test_naming_hits_context_sentence_and_article():
    article = naming_hits([ARTICLE], LABELS, context="article")
    sentence = naming_hits([ARTICLE], LABELS)  # the default reads the sentence alone
    assert article["referent"].tolist() == ["isis", "isis"]
    assert sentence["referent"].tolist() == ["unknown", "unknown"]
    assert article["sentence_referent"].tolist() == sentence["referent"].tolist()
    with pytest.raises(ValueError, match="context="):
        naming_hits([ARTICLE], LABELS, context="document")


def test_naming_with_article_context_leaves_out_militants_of_an_isis_article():
    articles = pd.DataFrame({"doc_id": ["a"], "text": [ARTICLE]})
    counted = naming(articles, labels=LABELS, context="article", n_boot=10, n_perm=10)
    assert counted.shares["count"].sum() == 0
    by_sentence = naming(articles, labels=LABELS, n_boot=10, n_perm=10)
    assert by_sentence.shares["count"].sum() == 2


def test_n_jobs_gives_the_same_table(monkeypatch):
    import corpuskit.framing.referents.hits as hits_module

    with pytest.raises(ValueError, match="n_jobs="):
        naming_hits(["Rebels."], LABELS, n_jobs=0)
    monkeypatch.setattr(hits_module, "workers", lambda n_jobs, n_docs: 2 if n_jobs != 1 else 1)
    texts = [ARTICLE, "Rebels shelled the regime. The militants fled.", "No labels here."] * 4
    one = naming_hits(texts, LABELS, context="article", n_jobs=1)
    two = naming_hits(texts, LABELS, context="article", n_jobs=2)
    pd.testing.assert_frame_equal(one, two)
