"""Propaganda Techniques Corpus v2 (SemEval-2020 Task 11), training articles.

A folder of 371 article files and two label files, copied unchanged;
``table="spans"`` loads the technique spans.
"""

from __future__ import annotations

import re

import pandas as pd

from corpuskit.datasets.checksums import folder_files
from corpuskit.datasets.model import DataFile, Dataset, Files, prose, raw_url, tree_url
from corpuskit.datasets.reading import finish, read_text_table
from corpuskit.errors import LoadError
from corpuskit.schema import string_dtype

REPO = "aschern/semeval2020_task11"
COMMIT = "8a5f3d7b57b5a8e85ce967531a27bfde35156c9a"


def load(files: Files, *, table: str = "articles") -> pd.DataFrame:
    """Propaganda Techniques Corpus, training articles.

    Args:
        files: the located files.
        table: ``"articles"`` (default): 371 articles; ``text`` is the file's
            text exactly (UTF-8, line ends and a leading byte-order mark kept) so
            that span offsets index into it; ``title`` is line 1 without the mark;
            then ``article_id`` (int). ``"spans"``: a plain DataFrame of the
            6,129 technique spans from ``train-task2-TC.labels`` with columns
            ``article_id, doc_id, technique, start, end`` (character offsets,
            end exclusive: ``text[start:end]``).

    Returns:
        The chosen table.
    """
    if table == "spans":
        spans = read_text_table(
            files["train-task2-TC.labels"],
            sep="\t",
            header=None,
            names=["article_id", "technique", "start", "end"],
        )
        spans.insert(1, "doc_id", "ptc_semeval2020_task11/" + spans["article_id"].astype(str))
        return spans.astype({"doc_id": string_dtype(), "technique": string_dtype()})
    folder = files["train-articles/"]
    rows = []
    for relative in folder_files(folder, "article*.txt"):
        path = folder / relative
        match = re.fullmatch(r"article(\d+)\.txt", relative)
        if match is None:
            raise LoadError(path, "file name is not article<ID>.txt")
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            raise LoadError(path, f"not UTF-8: byte offset {error.start}") from None
        rows.append(
            {
                "doc_id": f"ptc_semeval2020_task11/{match.group(1)}",
                "date_precision": "unknown",
                "title": text.split("\n", 1)[0].removeprefix("\ufeff").strip() or None,
                "text": text,
                "language": "en",
                "source": f"ptc_semeval2020_task11/train-articles/{relative}",
                "article_id": int(match.group(1)),
            }
        )
    out = pd.DataFrame(rows).sort_values("article_id").reset_index(drop=True)
    return finish(out, ["text is the file exactly as written, so span offsets stay valid"])


DATASET = Dataset(
    name="ptc_semeval2020_task11",
    title="Propaganda Techniques Corpus v2 (SemEval-2020 Task 11), training articles",
    description=prose(
        """
        371 news articles with 6,129 propaganda-technique spans in 14 classes (Loaded_Language
        2,123, Name_Calling,Labeling 1,058, ...). No outlet or date metadata. The text is the
        file exactly as written (a leading byte-order mark included) so that the character
        offsets of the spans stay valid; title is line 1. table='spans' gives the spans (end
        offsets exclusive).
        """
    ),
    citation=prose(
        """
        G. Da San Martino, S. Yu, A. Barron-Cedeno, R. Petrov, P. Nakov (2019). Fine-Grained
        Analysis of Propaganda in News Articles. EMNLP-IJCNLP 2019. Also: Da San Martino et al.
        (2020), SemEval-2020 Task 11: Detection of Propaganda Techniques in News Articles.
        """
    ),
    licence=prose(
        """
        none stated in the repository (the official distribution at propaganda.qcri.org
        required registration)
        """
    ),
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "train-articles/",
            "b32ed6a211f52ef5037fb7dd1261b9af64bbccabcd88c5ccc8e006aad18342f5",
            2107701,
            tree_url(REPO, COMMIT, "datasets/train-articles"),
            ("datasets/train-articles/article*.txt",),
            n_files=371,
        ),
        DataFile(
            "train-task1-SI.labels",
            "8733b0876c2dc51e16e892d5eb1c7479424d217d1cdf0504a4075d3a1ce7eef6",
            108269,
            raw_url(REPO, COMMIT, "datasets/train-task1-SI.labels"),
            ("datasets/train-task1-SI.labels",),
        ),
        DataFile(
            "train-task2-TC.labels",
            "aee64bf6c7da1da08bd5f9f88f65377a29325740515a97b8e447ae196263c896",
            230658,
            raw_url(REPO, COMMIT, "datasets/train-task2-TC.labels"),
            ("datasets/train-task2-TC.labels",),
        ),
    ),
    n_docs=371,
    tables=("articles", "spans"),
    load=load,
)
