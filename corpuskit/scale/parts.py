"""A document-term matrix written in parts, one folder per partition.

:func:`~corpuskit.scale.counting.dtm_dask` with ``path=`` writes each
partition's rows as a :meth:`DocTermMatrix.save` folder (``part-00000``, ...);
all parts share one vocabulary. :class:`DocTermParts` names those folders and
works on them without holding the whole matrix: :meth:`DocTermParts.group`
sums rows per group on the Dask workers, :meth:`DocTermParts.stack` loads
everything when it fits.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import overload

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.docterm import DocTermMatrix

__all__ = ["DocTermParts"]


class DocTermParts(Sequence[Path]):
    """The part folders of a document-term matrix, in row order.

    A sequence of :class:`~pathlib.Path` (``len``, indexing, iteration give the
    folders), with verbs that read the parts.

    Args:
        paths: the part folders, in row order (each written by
            :meth:`DocTermMatrix.save`, all with the same features).

    Example:
        >>> import numpy as np, pandas as pd, tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> for i, rows in enumerate([[[1, 0]], [[2, 1], [0, 3]]]):
        ...     docvars = pd.DataFrame({"doc_id": [f"d{i}{j}" for j in range(len(rows))],
        ...                             "side": ["left"] * len(rows)})
        ...     _ = DocTermMatrix(np.array(rows), ["a", "b"], docvars).save(folder / f"part-{i}")
        >>> parts = DocTermParts.open(folder)
        >>> len(parts), parts.stack().shape
        (2, (3, 2))
        >>> parts.group("side", progress=False).matrix.toarray().tolist()
        [[3, 4]]
    """

    def __init__(self, paths: Sequence[str | Path]) -> None:
        self.paths = [Path(p) for p in paths]

    @classmethod
    def open(cls, folder: str | Path) -> DocTermParts:
        """The ``part-*`` folders inside ``folder``, sorted by name.

        Raises:
            FileNotFoundError: if ``folder`` holds no ``part-*`` folder.
        """
        paths = sorted(p for p in Path(folder).glob("part-*") if p.is_dir())
        if not paths:
            raise FileNotFoundError(f"{folder} holds no part-* folders written by dtm_dask(path=)")
        return cls(paths)

    def __len__(self) -> int:
        return len(self.paths)

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> DocTermParts: ...

    def __getitem__(self, index: int | slice) -> Path | DocTermParts:
        if isinstance(index, slice):
            return DocTermParts(self.paths[index])
        return self.paths[index]

    def __iter__(self) -> Iterator[Path]:
        return iter(self.paths)

    def __repr__(self) -> str:
        where = f" in {self.paths[0].parent}" if self.paths else ""
        return f"<DocTermParts: {len(self.paths)} parts{where}>"

    def load(self, index: int) -> DocTermMatrix:
        """Part ``index`` as a :class:`DocTermMatrix`."""
        return DocTermMatrix.load(self.paths[index])

    def stack(self) -> DocTermMatrix:
        """All parts as one :class:`DocTermMatrix` (rows in order): it must fit in memory.

        Raises:
            ValueError: if the parts have different features.
        """
        parts = [DocTermMatrix.load(p) for p in self.paths]
        features = parts[0].features
        for part, path in zip(parts[1:], self.paths[1:]):
            if not np.array_equal(part.features, features):
                raise ValueError(
                    f"{path} has other features than {self.paths[0]}; parts must share them"
                )
        matrix = sp.vstack([p.matrix for p in parts], format="csr")
        docvars = pd.concat([p.docvars for p in parts], ignore_index=True)
        return DocTermMatrix(matrix, features, docvars)

    def group(
        self, by: str | Sequence[str], *, dropna: bool = False, progress: bool | None = None
    ) -> DocTermMatrix:
        """Counts summed per group, as :meth:`DocTermMatrix.group` on the stacked parts.

        Each part is loaded and grouped in a Dask task (on the active
        ``distributed`` client, if any); the groups are then added up in a tree.

        Args:
            by: a docvars column or several.
            dropna: as in :meth:`DocTermMatrix.group`.
            progress: show a progress bar (``None``: only when interactive).

        Returns:
            The grouped count :class:`DocTermMatrix` (``n_docs``, ``n_tokens`` summed).
        """
        import dask

        from corpuskit.scale.counting import sum_groups

        columns = [by] if isinstance(by, str) else list(by)
        grouped = [dask.delayed(_group_part)(str(path), columns, dropna) for path in self.paths]
        return sum_groups(grouped, by=columns, dropna=dropna, progress=progress)


def _group_part(path: str, by: list[str], dropna: bool) -> DocTermMatrix:
    return DocTermMatrix.load(path).group(by, dropna=dropna)
