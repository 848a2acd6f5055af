"""RuSentRel 1.1: Russian analytical news with labelled attitudes between named actors.

Three folders (``train/``, ``test/``, ``etalon/``) and ``synonyms.txt``, copied
unchanged. ``table="entities"``, ``"attitudes"`` and ``"synonyms"`` load the
annotations as tidy tables.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from corpuskit.datasets.checksums import folder_files
from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url, tree_url
from corpuskit.datasets.reading import finish
from corpuskit.errors import LoadError
from corpuskit.io.wire import MONTHS
from corpuskit.schema import string_dtype

REPO = "nicolay-r/RuSentRel"
COMMIT = "552b16533a7a067bc4492a38aee6ba024edcde50"

#: The author tag every line of an article starts with (``{Author, Unknown} ``).
AUTHOR_TAG = re.compile(r"^\{[^}\n]*\}[ \t]*", re.MULTILINE)
# The date near the top of an article, after the link text "оригинал" (the
# translated original): "оригиналиюнь 22-го, 2016", or without a month "5-го, 2016".
_DATE = re.compile(r"(?:оригинал)?(?:([а-яё]+) )?(\d{1,2})-го, (\d{4})")
_MONTHS = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]
_ARTICLE = re.compile(r"art(\d+)\.txt")


def _read(path: Path) -> str:
    """The file's text exactly (line ends kept), strictly UTF-8."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(path, f"not UTF-8: byte offset {error.start}") from None


def _articles(files: Files) -> list[tuple[str, str, Path]]:
    """``(split, native id, path)`` of each article text, in split then number order."""
    found = []
    for split in ("train", "test"):
        folder = files[f"{split}/"]
        for relative in folder_files(folder, "art*.txt"):
            match = _ARTICLE.fullmatch(relative)
            if match is not None:
                found.append((split, int(match.group(1)), folder / relative))
    found.sort(key=lambda item: (item[0] != "train", item[1]))
    return [(split, f"art{number}", path) for split, number, path in found]


def _load_articles(files: Files) -> pd.DataFrame:
    rows = []
    for split, native, path in _articles(files):
        text = _read(path)
        lines = [line.strip() for line in AUTHOR_TAG.sub("", text).splitlines()]
        lines = [line for line in lines if line]
        head = "\n".join(lines[:4])
        found = _DATE.search(head)
        date, precision = _date(found)
        rows.append(
            {
                "doc_id": f"rusentrel/{split}/{native}",
                "outlet": "inosmi.ru",
                "date": date,
                "date_precision": precision,
                "date_raw": found.group(0) if found else None,
                "title": lines[0] if lines else None,
                "text": text,
                "language": "ru",
                "source": f"rusentrel/{split}/{native}.txt",
                "split": split,
                "article": native,
            }
        )
    out = pd.DataFrame(rows)
    # 13 test files are byte-for-byte copies of train files (with other attitude labels)
    first = out.drop_duplicates("text").set_index("text")["doc_id"]
    copy_of = out["text"].map(first)
    out["duplicate_of"] = copy_of.where(copy_of != out["doc_id"])
    notes = [
        "text is the file exactly as written (author tags and CRLF/LF line ends kept), "
        "so entity offsets index into it; title is the first non-empty line without its tag",
        "date is the date inosmi.ru gives for the translated original ('оригинал' link): "
        "day precision with a month, year precision without one",
        f"{int(out['duplicate_of'].notna().sum())} articles repeat an earlier article's text "
        "exactly (test art62-art75 but art70 copy train art1-art14): duplicate_of names it; "
        "drop them before treating the test split as unseen text",
    ]
    return finish(out, notes)


def _date(found: re.Match[str] | None) -> tuple[pd.Timestamp | None, str]:
    """The date and its precision from the date line near the top of an article."""
    if found is None:
        return None, "unknown"
    month, day, year = found.group(1), int(found.group(2)), int(found.group(3))
    if month in MONTHS:
        return pd.Timestamp(year, MONTHS[month], day), "day"
    return pd.Timestamp(year, 1, 1), "year"


def _load_entities(files: Files) -> pd.DataFrame:
    rows = []
    for split, native, path in _articles(files):
        text = _read(path)
        ann = path.with_name(f"{native}.ann")
        for number, line in enumerate(_read(ann).splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.split("\t")
            fields = parts[1].split() if len(parts) == 3 else []
            if len(fields) != 3 or not (fields[1].isdigit() and fields[2].isdigit()):
                raise LoadError(ann, f"line {number} is not 'T<n><TAB>TYPE start end<TAB>text'")
            start, end = int(fields[1]), int(fields[2])
            if text[start:end] != parts[2]:
                raise LoadError(
                    ann,
                    f"line {number}: text[{start}:{end}] is {text[start:end]!r}, not {parts[2]!r}",
                )
            rows.append(
                {
                    "doc_id": f"rusentrel/{split}/{native}",
                    "entity_id": parts[0],
                    "type": fields[0],
                    "start": start,
                    "end": end,
                    "text": parts[2],
                    "split": split,
                }
            )
    out = pd.DataFrame(rows)
    return out.astype({c: string_dtype() for c in ("doc_id", "entity_id", "type", "text", "split")})


def _load_attitudes(files: Files) -> pd.DataFrame:
    sources = [("train", files["train/"], "art*.opin.txt")]
    sources.append(("test", files["etalon/"], "art*.opin.txt"))
    rows = []
    for split, folder, pattern in sources:
        for relative in folder_files(folder, pattern):
            path = folder / relative
            native = relative.removesuffix(".opin.txt")
            for number, line in enumerate(_read(path).splitlines(), start=1):
                if not line.strip():
                    continue
                parts = [part.strip() for part in line.removeprefix("\ufeff").split(",")]
                if len(parts) != 4 or parts[2] not in ("pos", "neg"):
                    raise LoadError(path, f"line {number} is not 'source, target, pos|neg, time'")
                rows.append(
                    {
                        "doc_id": f"rusentrel/{split}/{native}",
                        "source": parts[0],
                        "target": parts[1],
                        "label": parts[2],
                        "time": parts[3],
                        "split": split,
                    }
                )
    out = pd.DataFrame(rows)
    return out.astype(dict.fromkeys(out.columns, string_dtype()))


def _load_synonyms(files: Files) -> pd.DataFrame:
    path = files["synonyms.txt"]
    rows = []
    for line in _read(path).splitlines():
        variants = [v.strip() for v in line.removeprefix("\ufeff").split(",") if v.strip()]
        rows.extend({"entity": variants[0], "variant": v} for v in variants)
    out = pd.DataFrame(rows).drop_duplicates(ignore_index=True)
    return out.astype(dict.fromkeys(out.columns, string_dtype()))


_TABLES = {
    "articles": _load_articles,
    "entities": _load_entities,
    "attitudes": _load_attitudes,
    "synonyms": _load_synonyms,
}


def load(files: Files, *, table: str = "articles") -> pd.DataFrame:
    """RuSentRel 1.1.

    Args:
        files: the located files.
        table: ``"articles"`` (default): the 71 articles (42 train, 29 test);
            ``doc_id`` is ``rusentrel/<split>/art<N>``; ``text`` is the file
            exactly (every line keeps its ``{Author, Unknown}`` tag and its
            CRLF or LF end) so that entity offsets index into it; ``title`` is
            the first non-empty line without its tag; ``outlet`` is
            ``inosmi.ru``; ``date`` the date inosmi.ru gives for the
            translated original (``date_raw`` ``"оригиналиюнь 22-го, 2016"``:
            ``date_precision`` ``day``; ``year`` without a month, ``unknown``
            without a date line); then ``split``, ``article`` and
            ``duplicate_of`` (13 test articles are exact copies of train
            articles: the earlier ``doc_id``, else NA). ``"entities"``: the
            automatic named-entity spans of the ``.ann`` files (``doc_id,
            entity_id, type, start, end, text, split``; types PER, ORG, LOC,
            GEOPOLIT; ``text == article_text[start:end]`` is checked).
            ``"attitudes"``: the 1,369 document-level attitudes (``doc_id,
            source, target, label`` pos|neg, ``time, split``), from
            ``train/*.opin.txt`` and, for the test articles, ``etalon/``.
            ``"synonyms"``: ``entity`` (the first variant of a line of
            ``synonyms.txt``) and each ``variant`` (the entity itself included).

    Returns:
        The chosen table.
    """
    return _TABLES[table](files)


DATASET = Dataset(
    name="rusentrel",
    title="RuSentRel 1.1: Russian analytical news with attitudes between named actors",
    description=prose(
        """
        71 long analytical articles in Russian (inosmi.ru translations of foreign outlets,
        2016-era international politics: Syria, ISIS, Russia, the US, NATO, Ukraine; 42 train,
        29 test) with automatic named-entity spans and 1,369 labelled document-level attitudes
        between named actors (neg 725, pos 644). Every line of an article starts with an
        author tag such as '{Author, Unknown}'; the text is kept exactly, tags and mixed
        CRLF/LF line ends included, because the entity offsets count them. title is the
        first non-empty line without its tag; date is the date given for the translated
        original (day or year precision); 13 test articles copy train articles exactly
        (duplicate_of names the train article). table='entities' gives the spans,
        table='attitudes' the attitude pairs (test articles' gold from etalon/),
        table='synonyms' the entity variants used to match attitude pairs to the text.
        train/art22 has attitudes (9) but no text in the origin; its attitudes are kept.
        The train/test folders also hold art*.author.txt files (attitudes of the author,
        source 'author'), copied but not loaded.
        """
    ),
    citation=prose(
        """
        Natalia Loukachevitch, Nicolay Rusnachenko (2018). Extracting Sentiment Attitudes from
        Analytical Texts. Computational Linguistics and Intellectual Technologies (Dialogue
        2018). arXiv:1808.08932.
        """
    ),
    licence="MIT (the repository's LICENSE)",
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "train/",
            "43db219eb0195abb227e8c2b4e98bec53f1b2c1a20c0cc7cbd136dac1c6af23b",
            841948,
            tree_url(REPO, COMMIT, "train"),
            ("train/art*",),
            n_files=150,
        ),
        DataFile(
            "test/",
            "eccde5ed0aaeb654beaeeb22b96cabd1eec4790f7484a91474ba1beeddc1454b",
            1191802,
            tree_url(REPO, COMMIT, "test"),
            ("test/art*",),
            n_files=72,
        ),
        DataFile(
            "etalon/",
            "b1a45ffad82329709135e598f2daa5a8a686cb0447f72f33c6d65ed8e6e8e2ba",
            37074,
            tree_url(REPO, COMMIT, "etalon"),
            ("etalon/art*.opin.txt",),
            n_files=29,
        ),
        DataFile(
            "synonyms.txt",
            "bb800e1997eccbe3a2c8b1088151f8096539eeb359d06fb7c765c8eed42dbb9f",
            69440,
            raw_url(REPO, COMMIT, "synonyms.txt"),
            ("synonyms.txt",),
        ),
        DataFile(
            "LICENSE",
            "24ef6d21bc40be1c03bfbddc5fe8144adafdc80f9363bc2eb1478b1d1c7b26e6",
            1076,
            raw_url(REPO, COMMIT, "LICENSE"),
            ("LICENSE",),
        ),
    ),
    n_docs=71,
    tables=("articles", "entities", "attitudes", "synonyms"),
    load=load,
)
