"""Sentence splitting: tricky cases, news cases per rule, the founding article, real news."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.text.sentences import sentences, split_sentences

CASES_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "text" / "sentence_cases.json"
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))


# Own news sentences, one case per phenomenon of the English Golden Rules of
# pragmatic_segmenter and of wire copy: (text, the expected sentences).
NEWS_CASES: dict[str, tuple[str, list[str]]] = {
    "titles": (
        "Mr. Assad spoke in Damascus. Dr. Hamid treated the wounded.",
        ["Mr. Assad spoke in Damascus.", "Dr. Hamid treated the wounded."],
    ),
    "rank chain": (
        "Lt. Col. Dillon and U.S. Gen. Votel briefed reporters in Baghdad.",
        ["Lt. Col. Dillon and U.S. Gen. Votel briefed reporters in Baghdad."],
    ),
    "U.S. at sentence end": (
        "The convoy never reached the U.S. But it reached Turkey.",
        ["The convoy never reached the U.S.", "But it reached Turkey."],
    ),
    "U.S. before a name": (
        "The convoy reached the U.S. Embassy in Baghdad.",
        ["The convoy reached the U.S. Embassy in Baghdad."],
    ),
    "No. and Jan. before numbers": (
        "Camp No. 3 was shelled on Jan. 5 in Aleppo. Nobody was hurt.",
        ["Camp No. 3 was shelled on Jan. 5 in Aleppo.", "Nobody was hurt."],
    ),
    "month at sentence end": (
        "The siege began in Jan. The evacuation ended it.",
        ["The siege began in Jan.", "The evacuation ended it."],
    ),
    "St. before a name": (
        "St. Simeon church was damaged. Nobody was inside.",
        ["St. Simeon church was damaged.", "Nobody was inside."],
    ),
    "etc. at sentence end": (
        "Shells hit schools, clinics, bakeries, etc. The UN condemned the attacks.",
        ["Shells hit schools, clinics, bakeries, etc.", "The UN condemned the attacks."],
    ),
    "etc. mid-sentence": (
        "Shells hit schools, clinics, etc. in east Aleppo.",
        ["Shells hit schools, clinics, etc. in east Aleppo."],
    ),
    "e.g. and i.e.": (
        "Aid groups (e.g. The Red Crescent) were blocked, i.e. Nothing got through.",
        ["Aid groups (e.g. The Red Crescent) were blocked, i.e. Nothing got through."],
    ),
    "page before a number": (
        "The report cites it on p. 12. The annex lists names.",
        ["The report cites it on p. 12.", "The annex lists names."],
    ),
    "initials": (
        "George W. Bush sent troops to Iraq. J. R. Allen led the coalition.",
        ["George W. Bush sent troops to Iraq.", "J. R. Allen led the coalition."],
    ),
    "pronoun I": (
        "The choice was between him and I. Nobody agreed with Ali I. Hassan.",
        ["The choice was between him and I.", "Nobody agreed with Ali I. Hassan."],
    ),
    "decimals": (
        "The pound fell 3.5 percent. Bread cost $1.50 a loaf.",
        ["The pound fell 3.5 percent.", "Bread cost $1.50 a loaf."],
    ),
    "money at sentence end": (
        "The UN asked for $3.2 billion. $1.1 billion was pledged.",
        ["The UN asked for $3.2 billion.", "$1.1 billion was pledged."],
    ),
    "digits open a sentence": (
        "Over 1,000 people fled. 200 stayed in the old city.",
        ["Over 1,000 people fled.", "200 stayed in the old city."],
    ),
    "a.m. at sentence end": (
        "The strike came at 3 a.m. The hospital collapsed.",
        ["The strike came at 3 a.m.", "The hospital collapsed."],
    ),
    "a.m. mid-sentence": (
        "The strike came at 3 a.m. local time.",
        ["The strike came at 3 a.m. local time."],
    ),
    "p.m. before a title": (
        "Shelling resumed at 6 P.M. Gen. Hassan ordered it.",
        ["Shelling resumed at 6 P.M.", "Gen. Hassan ordered it."],
    ),
    "time opening a sentence": (
        "At 5 a.m. Gen. Hassan's tanks moved in.",
        ["At 5 a.m. Gen. Hassan's tanks moved in."],
    ),
    "ellipsis ending a sentence": (
        "The minister paused... Then he left the podium.",
        ["The minister paused...", "Then he left the podium."],
    ),
    "ellipsis mid-sentence": (
        "The minister paused... and then left.",
        ["The minister paused... and then left."],
    ),
    "bracketed omission": (
        "He said the talks had failed [...] Nobody knew why.",
        ["He said the talks had failed [...] Nobody knew why."],
    ),
    "omission after a stop": (
        "Aid never came. […] The doctors left.",
        ["Aid never came.", "[…] The doctors left."],
    ),
    "spaced ellipsis": (
        "The city will fall . . . Nobody can stop it.",
        ["The city will fall . . . Nobody can stop it."],
    ),
    "spaced ellipsis after a stop": (
        "The city fell. . . . Nobody could stop it.",
        ["The city fell.", ". . . Nobody could stop it."],
    ),
    "spaced ellipsis with a stop": (
        "The city fell . . . . Nobody could stop it.",
        ["The city fell . . . .", "Nobody could stop it."],
    ),
    "quote then attribution": (
        '"Aleppo is burning," the doctor said. "We need help."',
        ['"Aleppo is burning," the doctor said.', '"We need help."'],
    ),
    "question in quotes": (
        "“Where are the buses?” a resident asked. Nobody answered.",
        ["“Where are the buses?” a resident asked.", "Nobody answered."],
    ),
    "exclamation in quotes": (
        "“Leave now!” the officer shouted. Families ran.",
        ["“Leave now!” the officer shouted.", "Families ran."],
    ),
    "stop inside closing quote": (
        'The UN called it "a war crime." Russia denied it.',
        ['The UN called it "a war crime."', "Russia denied it."],
    ),
    "stop inside brackets": (
        "The medic (She had worked there for years.) stayed in Aleppo.",
        ["The medic (She had worked there for years.) stayed in Aleppo."],
    ),
    "bracketed sentence": (
        "At least 30 died. (The army denied it.) Monitors disagreed.",
        ["At least 30 died.", "(The army denied it.)", "Monitors disagreed."],
    ),
    "repeated marks": (
        "Help!! Is anyone there?! Nobody answered.",
        ["Help!!", "Is anyone there?!", "Nobody answered."],
    ),
    "numbered list without stops": (
        "1. The army advanced 2. The rebels retreated",
        ["1. The army advanced", "2. The rebels retreated"],
    ),
    "bracket list": (
        "1) Open corridors 2) Allow aid 3) Stop shelling",
        ["1) Open corridors", "2) Allow aid", "3) Stop shelling"],
    ),
    "letter list": ("a. Aleppo b. Mosul c. Raqqa", ["a. Aleppo", "b. Mosul", "c. Raqqa"]),
    "bullet list": (
        "• 9. Aleppo was retaken • 10. Mosul was retaken",
        ["• 9. Aleppo was retaken", "• 10. Mosul was retaken"],
    ),
    "list after a sentence": (
        "The UN made demands. 1.) A ceasefire 2.) Aid convoys.",
        ["The UN made demands.", "1.) A ceasefire", "2.) Aid convoys."],
    ),
    "e-mail at sentence end": (
        "Write to press@unicef.org. The office is in Amman.",
        ["Write to press@unicef.org.", "The office is in Amman."],
    ),
    "web address": (
        "The video is at https://www.example.org/aleppo/strike.html. It shows the ward.",
        ["The video is at https://www.example.org/aleppo/strike.html.", "It shows the ward."],
    ),
    "glued e-mail": (
        "Contact Rami.Nasser@example.org for details.",
        ["Contact Rami.Nasser@example.org for details."],
    ),
    "glued stop": (
        "Twelve people were killed.The army blamed rebels.",
        ["Twelve people were killed.", "The army blamed rebels."],
    ),
    "glued stop after a year": (
        "Aleppo fell in 2016.Mosul followed.",
        ["Aleppo fell in 2016.", "Mosul followed."],
    ),
    "glued opening quote": (
        'Nobody survived the strike."If they come back, we leave," a resident said.',
        ["Nobody survived the strike.", '"If they come back, we leave," a resident said.'],
    ),
    "glued closing quote": (
        '"The strike killed my brother."If the shelling goes on, we leave.',
        ['"The strike killed my brother."', "If the shelling goes on, we leave."],
    ),
    "glued title": ("Mr.Lavrov arrived.", ["Mr.Lavrov arrived."]),
    "TASS dateline": (
        "MOSCOW, March 27. /TASS/. Russia backs the liberation of Mosul. Lavrov said so.",
        ["MOSCOW, March 27. /TASS/. Russia backs the liberation of Mosul.", "Lavrov said so."],
    ),
    "TASS dateline, city in lower case": (
        "Moscow, March 27. /TASS/. Russia called for talks. Nobody came.",
        ["Moscow, March 27. /TASS/. Russia called for talks.", "Nobody came."],
    ),
    "Reuters dateline": (
        "BEIRUT (Reuters) - Rebels left east Aleppo. Buses took them west.",
        ["BEIRUT (Reuters) - Rebels left east Aleppo.", "Buses took them west."],
    ),
    "AP dateline": (
        "DAMASCUS, Syria (AP) — Troops advanced. Rebels fell back.",
        ["DAMASCUS, Syria (AP) — Troops advanced.", "Rebels fell back."],
    ),
    "AP dateline with a date": (
        "ALEPPO, Syria, Dec. 13 (AP) -- The last rebels left. Buses waited.",
        ["ALEPPO, Syria, Dec. 13 (AP) -- The last rebels left.", "Buses waited."],
    ),
    "SANA dateline": (
        "Aleppo, SANA- Army units restored security. Families returned.",
        ["Aleppo, SANA- Army units restored security.", "Families returned."],
    ),
    "dateline with a dotted place": (
        "ST. PETERSBURG, Russia (AP) — Putin spoke. He left.",
        ["ST. PETERSBURG, Russia (AP) — Putin spoke.", "He left."],
    ),
    "byline and headline lines": (
        "Mosul offensive enters old city\nBy Hana Khalil\n\n"
        "Iraqi forces pushed in on Sunday. Civilians fled.",
        [
            "Mosul offensive enters old city",
            "By Hana Khalil",
            "Iraqi forces pushed in on Sunday.",
            "Civilians fled.",
        ],
    ),
    "caption line": (
        "Rescue workers search the rubble (Photo: AFP)\nThe strike hit a market.",
        ["Rescue workers search the rubble (Photo: AFP)", "The strike hit a market."],
    ),
    "line break inside a sentence": (
        "Iraqi forces, backed by coalition aircraft,\nentered the old city. "
        "The minister said\nthe talks would resume.",
        [
            "Iraqi forces, backed by coalition aircraft,\nentered the old city.",
            "The minister said\nthe talks would resume.",
        ],
    ),
    "paragraph break always ends": (
        "Aleppo under siege\n\nthe bombing went on\n\nGen.\n\nHassan spoke.",
        ["Aleppo under siege", "the bombing went on", "Gen.", "Hassan spoke."],
    ),
    "Russian": (
        "Москва. В. Путин заявил о перемирии. Обстрелы продолжились.",
        ["Москва.", "В. Путин заявил о перемирии.", "Обстрелы продолжились."],
    ),
    "Arabic": (
        "قتل عشرة مدنيين. وقال المرصد إن الطائرات روسية.",
        ["قتل عشرة مدنيين.", "وقال المرصد إن الطائرات روسية."],
    ),
    "Chinese": ("阿勒颇的战斗结束了。平民离开了。", ["阿勒颇的战斗结束了。平民离开了。"]),
    "whitespace only": (" \n\n \t ", []),
    "unbalanced quote": (
        'He said "the city fell. Then nothing. "',
        ['He said "the city fell.', 'Then nothing. "'],
    ),
}


@pytest.mark.parametrize("name", list(NEWS_CASES))
def test_news_case(name: str) -> None:
    text, expected = NEWS_CASES[name]
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_long_texts_without_sentence_ends() -> None:
    no_stops = "shelling continued over the eastern districts " * 4000
    assert split_sentences(no_stops) == [(0, len(no_stops) - 1)]
    # a stop that never ends the sentence, every few words (quadratic in the old splitter)
    titles = "Mr. Lavrov met Gen. Votel and Lt. Col. Dillon of the U.S. Army, " * 3000
    assert split_sentences(titles) == [(0, len(titles) - 1)]
    glued = "Rebels said.The army killed.Three more " * 3000
    spans = split_sentences(glued)
    assert len(spans) == 2 * 3000 + 1
    assert [glued[a:b] for a, b in spans[:3]] == [
        "Rebels said.",
        "The army killed.",
        "Three more Rebels said.",
    ]


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="text must be a str, got NoneType"):
        split_sentences(None)  # type: ignore[arg-type]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_tricky_case(case: dict) -> None:
    text = case["text"]
    assert [text[a:b] for a, b in split_sentences(text)] == case["sentences"]


def test_founding_article(seed_article: Path) -> None:
    text = seed_article.read_text(encoding="utf-8")
    frame = sentences(text)
    assert frame["sentence"].tolist() == list(range(len(frame)))
    assert (frame["text"] == [text[a:b] for a, b in zip(frame["start"], frame["end"])]).all()
    lines = frame["text"].tolist()
    # headline and lede are their own sentences (paragraph breaks)
    assert lines[1].startswith("Russian top diplomat believes US-led coalition")
    # the dateline joins the first sentence of the body
    assert lines[3].startswith("MOSCOW, March 27. /TASS/. Moscow stands for the liberation")
    assert lines[3].endswith("Russian Foreign Minister Sergey Lavrov said on Monday.")
    assert not any(line.strip() in {"MOSCOW, March 27.", "/TASS/."} for line in lines)
    # quotes: a sentence ending inside the closing quote ends after it
    assert '"While Mosul is much larger than eastern Aleppo."' in lines
    assert any(line.endswith("the Russian top diplomat said.") for line in lines)
    # the subheading stands alone
    assert "UN Security Council’s special briefing" in lines
    assert lines[-1].endswith('voice our proposals.".')
    assert len(lines) == 18


def test_frame_has_docvars_and_offsets(fixtures: Path) -> None:
    articles = pd.read_csv(fixtures / "text" / "articles.csv")
    frame = ck.sentences(articles)
    assert frame.columns.tolist() == [
        "doc_id",
        "sentence",
        "start",
        "end",
        "text",
        "outlet",
        "date",
        "topic",
    ]
    first = frame[frame["doc_id"] == "wire-1"]["text"].tolist()
    assert first == [
        "ALEPPO, Dec. 13. /WIRE/. The UN Security Council met on Tuesday.",
        "Russia's envoy said the humanitarian corridors were open.",
        "The U.S.-led coalition didn't comment.",
    ]
    assert frame[frame["doc_id"] == "paper-2"]["text"].tolist() == [
        "Over 200 civilians were killed in west Mosul, officials said.",
        '"We don\'t know why," a resident said.',
    ]
    assert "empty-4" not in frame["doc_id"].tolist()
    assert frame["outlet"].iloc[0] == "Wire A"
    assert frame["start"].dtype == "int64" and frame["sentence"].dtype == "int64"


def test_inputs() -> None:
    empty = sentences([])
    assert len(empty) == 0 and "doc_id" in empty.columns
    frame = sentences(pd.Series(["One. Two.", None]))
    assert frame["doc_id"].tolist() == ["doc1", "doc1"]
    with pytest.raises(KeyError, match="text_column="):
        sentences(pd.DataFrame({"body": ["x"]}))


def test_real_news(data_dir: Path) -> None:
    path = data_dir / "article_bias_prediction" / "articles.parquet"
    texts = pd.read_parquet(path, columns=["content_original"])["content_original"].iloc[:300]
    frame = sentences(texts.tolist())
    assert len(frame) > 300 * 10
    by_doc = dict(list(frame.groupby("doc_id", sort=False)))
    for doc_id, group in by_doc.items():
        text = texts.iloc[int(doc_id[3:]) - 1]
        assert (group["text"] == [text[a:b] for a, b in zip(group["start"], group["end"])]).all()
        assert (group["start"].to_numpy()[1:] >= group["end"].to_numpy()[:-1]).all()
        assert (group["text"].str.strip() == group["text"]).all()
    # no sentence ends on a title before a name
    titles = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov)\.$")
    assert not frame["text"].str.contains(titles).any()
    # no sentence starts in lower case after a stop (except quotes of lower-case text)
    lower_starts = frame["text"].str.match(r"[a-z]")
    assert lower_starts.mean() < 0.01
    # no sentence holds a stop glued to the next sentence ("killed.The", 12 with the old splitter)
    glued = frame["text"].str.contains(r"(?<![@/\w.])[a-z]{3,}\.[\"”]?[A-Z][a-z]{2,}")
    assert frame.loc[glued, "text"].tolist() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Об этом заявил г-н Лавров. Боевики ушли.",
            ["Об этом заявил г-н Лавров.", "Боевики ушли."],
        ),
        (
            "В 2016 г. Мосул был занят боевиками. Однако в 2017 г. город освободили.",
            ["В 2016 г. Мосул был занят боевиками.", "Однако в 2017 г. город освободили."],
        ),
        (
            "Акад. Иванов, т.е. ученый, выступил. Он сказал, что и т.д. Потом ушел.",
            ["Акад. Иванов, т.е. ученый, выступил.", "Он сказал, что и т.д.", "Потом ушел."],
        ),
        (
            "Потери составили 3 тыс. человек. Боевики отступили.",
            ["Потери составили 3 тыс. человек.", "Боевики отступили."],
        ),
        (
            "МОСКВА, 27 марта. /ТАСС/. Россия за освобождение Мосула. Боевики ушли.",
            ["МОСКВА, 27 марта. /ТАСС/. Россия за освобождение Мосула.", "Боевики ушли."],
        ),
    ],
)
def test_russian_abbreviations_and_datelines(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected
