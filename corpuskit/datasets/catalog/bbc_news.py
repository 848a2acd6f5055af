"""BBC News 2004-05 (Greene & Cunningham): 2,225 articles in 5 categories.

One repacked file: ``bbc_news.csv``, rebuilt by :func:`prepare` from the
origin's one-text-file-per-story layout.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit.datasets.model import DataFile, Dataset, Files, prose, tree_url
from corpuskit.datasets.reading import finish, read_text_table
from corpuskit.datasets.repack import require_folder, visible_files
from corpuskit.errors import LoadError

REPO = "DokahlSoZoor/DieNeueKrone"
COMMIT = "4abe2d2ac2eb677e40bc2d770b7484b9745d4094"


def load(files: Files) -> pd.DataFrame:
    """BBC News 2004-05: 2,225 stories, outlet ``"BBC News"``, no dates.

    Returns:
        The article schema, then ``category``. ``doc_id`` is
        ``bbc_news/<category>/<nnn>``.
    """
    name = "bbc_news.csv"
    frame = read_text_table(files[name], dtype=str, keep_default_na=False)
    out = pd.DataFrame(
        {
            "doc_id": "bbc_news/" + frame["doc_id"],
            "outlet": "BBC News",
            "date_precision": "unknown",
            "title": frame["title"],
            "text": frame["text"],
            "language": "en",
            "source": f"bbc_news/{name}",
            "source_row": np.arange(1, len(frame) + 1),
            "category": frame["category"],
        }
    )
    return finish(out)


def prepare(origin_dir: str | Path, out_path: str | Path) -> None:
    """Rebuild ``bbc_news.csv`` from ``data/bbc/<category>/<nnn>.txt``.

    Each UTF-8 file becomes one row: ``doc_id`` = ``"<category>/<nnn>"``,
    ``category``, ``title`` = the first line and ``text`` = the rest, both with
    surrounding whitespace stripped. Rows are in category then file-name order;
    the CSV is pandas' default (UTF-8, ``\\n`` line ends, minimal quoting).

    Args:
        origin_dir: root of a checkout of ``DokahlSoZoor/DieNeueKrone``.
        out_path: the CSV file to write.

    Raises:
        LoadError: naming a file that is not UTF-8.
    """
    folder = require_folder(Path(origin_dir) / "data" / "bbc")
    rows = []
    for path in visible_files(folder, "*/*.txt"):
        try:
            raw = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            raise LoadError(path, f"not UTF-8: byte offset {error.start}") from None
        title, _, text = raw.partition("\n")
        category = path.parent.name
        rows.append((f"{category}/{path.stem}", category, title.strip(), text.strip()))
    frame = pd.DataFrame(rows, columns=["doc_id", "category", "title", "text"])
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(out_path, index=False)


DATASET = Dataset(
    name="bbc_news",
    title="BBC News 2004-05 (Greene & Cunningham), 2,225 articles in 5 categories",
    description=prose(
        """
        2,225 BBC News website stories from 2004-2005 in five categories (sport 511, business
        510, politics 417, tech 401, entertainment 386). The files carry no dates. Repacked:
        the text files packed into one CSV, the first line of each as title and the rest as
        text. A small, clean benchmark for scale and classification.
        """
    ),
    citation=prose(
        """
        D. Greene and P. Cunningham (2006). Practical Solutions to the Problem of Diagonal
        Dominance in Kernel Document Clustering. Proc. ICML 2006.
        """
    ),
    licence=prose(
        """
        none stated in the repository; the dataset README says all rights in the articles are
        owned by the BBC (distributed for research use)
        """
    ),
    origin_repo=REPO,
    origin_commit=COMMIT,
    files=(
        DataFile(
            "bbc_news.csv",
            "d318e9d65e00e382dd85480955acfc555411c9f83d09b99cc9639889291d1a4c",
            5126331,
            tree_url(REPO, COMMIT, "data/bbc"),
            ("data/bbc/*/*.txt",),
            prepared=True,
            how_prepared=prose(
                """
                repacked by corpuskit.datasets.catalog.bbc_news.prepare: one CSV row per text
                file (doc_id, category, title = first line, text = the rest)
                """
            ),
        ),
    ),
    n_docs=2225,
    load=load,
    prepare=prepare,
)
