"""What the prepare steps share: reading an origin checkout, writing the repacked file.

A dataset whose corpuskit copy was repacked from the origin layout has a
``prepare(origin_dir, out_path)`` function in its catalog module;
``origin_dir`` is the root of a checkout (or of the files
:func:`corpuskit.fetch_dataset` downloaded) of the origin repository at the
pinned commit. These helpers find its files, write Parquet the way the
registered copies were written, and read Excel workbooks (with pandas and
openpyxl).

Example:
    >>> from pathlib import Path
    >>> require_folder(Path("no-such-checkout") / "data")
    Traceback (most recent call last):
    ...
    corpuskit.errors.LoadError: no-such-checkout/data: folder not found; pass the root of ...
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from corpuskit.datasets.checksums import folder_files
from corpuskit.errors import LoadError

#: zstd level of the repacked Parquet files (level 19 reproduces the registered bytes
#: with pyarrow 26).
PARQUET_ZSTD_LEVEL = 19


def visible_files(folder: Path, pattern: str) -> Iterator[Path]:
    """The files of ``folder`` matching ``pattern``, sorted, hidden files left out."""
    for relative in folder_files(folder, pattern):
        yield folder / relative


def require_folder(folder: Path) -> Path:
    """``folder``, or a :class:`LoadError` when it does not exist."""
    if not folder.is_dir():
        raise LoadError(folder, "folder not found; pass the root of the origin repository")
    return folder


def write_parquet(frame: pd.DataFrame, out_path: str | Path) -> None:
    """Write ``frame`` as the registered Parquet files were written (zstd level 19, no index)."""
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(
        out_path, compression="zstd", compression_level=PARQUET_ZSTD_LEVEL, index=False
    )


def read_xlsx(path: str | Path) -> pd.DataFrame:
    """The first worksheet of an ``.xlsx`` workbook, every cell as written, no header row.

    Read by :func:`pandas.read_excel` with openpyxl (``pip install
    'corpuskit[excel]'``): strings unchanged (surrounding spaces kept), whole
    numbers as ``int``, empty cells as missing values.

    Args:
        path: the workbook.

    Returns:
        One row per worksheet row (``dtype=object``), columns numbered from 0.

    Raises:
        LoadError: when the file is not a readable workbook.
        ImportError: when openpyxl is not installed (the message says how to install it).
    """
    try:
        return pd.read_excel(path, sheet_name=0, header=None, dtype=object, engine="openpyxl")
    except ImportError as error:
        raise ImportError(
            f"reading {path} needs openpyxl: pip install 'corpuskit[excel]' ({error})"
        ) from None
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign file
        raise LoadError(Path(path), f"not a readable xlsx workbook: {error}") from None
