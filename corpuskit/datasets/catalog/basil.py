"""BASIL: bias spans in NYT / Fox News / HuffPost coverage of 100 events.

Two folders (``articles/``, ``annotations/``, 300 JSON files each) and
``annotation_changes.txt``, copied unchanged from the origin repository.
"""

from __future__ import annotations

import pandas as pd

from corpuskit.datasets.checksums import folder_files
from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url, tree_url
from corpuskit.datasets.reading import finish, read_json
from corpuskit.errors import LoadError

REPO = "launchnlp/BASIL"
COMMIT = "4fdbc4f68d5ddae648990063cb6dd11424d96222"

#: BASIL relative_stance spellings -> the paper's three values (both spellings occur).
BASIL_STANCES: dict[str, str] = {
    "liberal": "liberal",
    "left": "liberal",
    "center": "center",
    "conservative": "conservative",
    "right": "conservative",
}


def _basil_feelings(annotations: dict, prefix: str) -> str | None:
    pairs = [
        f"{key[len(prefix) :]}={value}"
        for key, value in sorted(annotations.items())
        if key.startswith(prefix) and key != f"{prefix}main_event"
    ]
    return "; ".join(pairs) or None


def load(files: Files) -> pd.DataFrame:
    """BASIL: 300 articles; paragraphs joined, article-level annotations attached.

    ``text`` joins each paragraph's sentences with a space and the paragraphs
    with a blank line. ``outlet`` is the source lower-cased (``nyt``, ``fox``,
    ``hpo``; 12 are upper-case in the files).

    Returns:
        The article schema, then the article's ``uuid, triplet-uuid, main-event,
        main-entities`` (joined by ``"; "``), ``keywords, word-count`` and, from
        ``annotations/``, ``relative_stance, author_feeling_main_event,
        annotation_notes``, ``relative_stance_normalised`` (:data:`BASIL_STANCES`: the
        files say ``left``/``right`` on 62 articles and ``liberal``/``conservative`` on
        the others), ``author_feelings`` and ``annotator_feelings``
        (``"Entity=value; ..."`` from the ``author_feeling_<entity>`` and
        ``you_feeling_<entity>`` keys), ``n_lexical_spans`` and
        ``n_informational_spans`` (phrase-level bias spans). ``doc_id`` is
        ``basil/<triplet-uuid>_<n>`` (the file name).
    """
    articles, annotations = files["articles/"], files["annotations/"]
    rows = []
    for relative in folder_files(articles, "*/*.json"):
        path = articles / relative
        article = read_json(path)
        stem = path.stem
        ann_path = annotations / path.parent.name / f"{stem}_ann.json"
        if not ann_path.is_file():
            raise LoadError(ann_path, f"annotation file of {relative} not found")
        ann = read_json(ann_path)
        level = ann.get("article-level-annotations", {})
        phrases = ann.get("phrase-level-annotations", [])
        paragraphs = [" ".join(sentences) for sentences in article["body-paragraphs"]]
        rows.append(
            {
                "doc_id": f"basil/{stem}",
                "outlet": str(article["source"]).lower(),
                "date_raw": article["date"],
                "title": article["title"],
                "text": "\n\n".join(paragraphs),
                "url": article.get("url"),
                "language": "en",
                "source": f"basil/articles/{relative}",
                "uuid": article["uuid"],
                "triplet-uuid": article["triplet-uuid"],
                "main-event": article.get("main-event"),
                "main-entities": "; ".join(article.get("main-entities", [])) or None,
                "keywords": article.get("keywords"),
                "word-count": article.get("word-count"),
                "relative_stance": level.get("relative_stance"),
                "author_feeling_main_event": level.get("author_feeling_main_event"),
                "annotation_notes": level.get("notes") or None,
                "relative_stance_normalised": BASIL_STANCES.get(level.get("relative_stance")),
                "author_feelings": _basil_feelings(level, "author_feeling_"),
                "annotator_feelings": _basil_feelings(level, "you_feeling_"),
                "n_lexical_spans": sum(p.get("bias") == "lex" for p in phrases),
                "n_informational_spans": sum(p.get("bias") == "inf" for p in phrases),
            }
        )
    out = pd.DataFrame(rows)
    out.insert(2, "date", pd.to_datetime(out["date_raw"], format="%Y-%m-%d"))
    out["word-count"] = out["word-count"].astype("Int64")
    return finish(out)


DATASET = Dataset(
    name="basil",
    title="BASIL: bias spans in NYT / Fox News / HuffPost coverage of 100 events",
    description=prose(
        """
        300 articles in 100 event triplets (2010-2019), each event covered by the New York
        Times, Fox News and the Huffington Post, with article-level stance (relative_stance
        liberal/center/conservative, feelings toward the main entities) and phrase-level
        lexical and informational bias spans. Loaded with body paragraphs joined (sentences by
        a space, paragraphs by a blank line), outlet = nyt/fox/hpo and the article-level
        annotations joined; relative_stance is spelled left/right on 62 articles and
        liberal/conservative on the others (relative_stance_normalised maps both).
        """
    ),
    citation=prose(
        """
        Lisa Fan, Marshall White, Eva Sharma, Ruisi Su, Prafulla Kumar Choubey, Ruihong Huang,
        Lu Wang (2019). In Plain Sight: Media Bias Through the Lens of Factual Reporting. EMNLP
        2019.
        """
    ),
    licence="none stated in the repository",
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "articles/",
            "ac06b8c42b37d2ea1a6c13372a8f9efff605ae464651982c032fed638e86ff2a",
            1603913,
            tree_url(REPO, COMMIT, "articles"),
            ("articles/*/*.json",),
            n_files=300,
        ),
        DataFile(
            "annotations/",
            "e6ba78f496998928bdf7f79975ed4f834ff288eb0258578559a1eca6e95f42a4",
            996513,
            tree_url(REPO, COMMIT, "annotations"),
            ("annotations/*/*_ann.json",),
            n_files=300,
        ),
        DataFile(
            "annotation_changes.txt",
            "208ad160f636bf1587aa4eeaa309fdd8cde96bde76f9fd0a136d489c515136d0",
            2264,
            raw_url(REPO, COMMIT, "annotation_changes.txt"),
            ("annotation_changes.txt",),
        ),
    ),
    n_docs=300,
    load=load,
)
