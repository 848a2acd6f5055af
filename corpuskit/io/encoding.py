"""Turn the bytes of a file into text, and say which encoding was used.

News dumps come in UTF-8, in Windows code page 1252 (western newsroom exports
such as FA-KES), sometimes in UTF-16 with a byte-order mark. :func:`decode_bytes`
tries these in a fixed, documented order and never replaces undecodable bytes
with U+FFFD: it either decodes every byte faithfully or raises a
:class:`~corpuskit.errors.LoadError` that names the file, the byte offset and
the encoding.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from corpuskit.errors import LoadError

#: Byte-order marks and the codec that reads the text after them.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Bytes that cp1252 leaves undefined. The WHATWG "windows-1252" decoder (what
#: browsers use) maps them to the C1 control characters U+0081 ... U+009D.
CP1252_UNDEFINED: bytes = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D])

#: How many leading bytes the binary and UTF-16 checks look at.
SNIFF_BYTES = 65536

#: Share of control bytes (other than tab, newline, carriage return, form feed
#: and escape) above which a file is taken for binary.
CONTROL_SHARE = 0.05

_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_bytes(
    data: bytes, *, path: str | Path | None = None, encoding: str = "auto"
) -> tuple[str, str]:
    """Decode ``data`` to text, detecting the encoding unless one is given.

    With ``encoding="auto"`` the rules are, in order:

    1. a byte-order mark decides (UTF-8, UTF-16 LE or BE; the mark is removed);
    2. UTF-16 without a mark is recognised by its pattern of NUL bytes;
    3. NUL bytes anywhere else, or more than 5 % control bytes, mean the file is
       binary: ``LoadError(... "looks binary" ...)``;
    4. strict UTF-8;
    5. strict cp1252 (Windows western European), only when every byte is defined
       in cp1252;
    6. ``"windows-1252"`` as browsers decode it: cp1252 with its five undefined
       bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) kept as the C1 control characters
       of the same number. This decodes every byte and is reported as such.

    Nothing is ever replaced: the text holds U+FFFD only where the bytes did.

    Args:
        data: the raw bytes.
        path: the file they came from, used in error messages only.
        encoding: ``"auto"`` or any Python codec name (``"utf-8"``, ``"cp1251"``,
            ``"latin-1"``). An explicit encoding is applied strictly; a UTF-8
            BOM is removed with ``"utf-8"``.

    Returns:
        ``(text, encoding_used)``, e.g. ``("Aleppo", "utf-8")``. The encoding is
        one of ``"utf-8"``, ``"utf-8-sig"``, ``"utf-16-le"``, ``"utf-16-be"``,
        ``"cp1252"``, ``"windows-1252"`` or the explicit codec given.

    Raises:
        LoadError: the bytes look binary, or do not decode with the explicit
            encoding (the message names the byte offset and the encoding).
        ValueError: ``encoding`` is not a known codec.

    Example:
        >>> decode_bytes("Zürich".encode("cp1252"))
        ('Zürich', 'cp1252')
        >>> decode_bytes(b"\\xef\\xbb\\xbfAleppo")
        ('Aleppo', 'utf-8-sig')
    """
    if encoding != "auto":
        return _decode_explicit(data, path, encoding)
    for bom, codec in BOMS:
        if data.startswith(bom):
            name = "utf-8-sig" if codec == "utf-8" else codec
            return _decode_strict(data[len(bom) :], path, codec, name, hint=None), name
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = None
        if text is not None:
            _check_not_binary(text[:SNIFF_BYTES].encode("utf-8", "surrogatepass"), path)
            return text, utf16
    _check_not_binary(data, path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if not any(byte in data for byte in CP1252_UNDEFINED):
        return data.decode("cp1252"), "cp1252"
    return _decode_windows_1252(data), "windows-1252"


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if Python knows it.

    Args:
        data: the raw bytes of the page (only the first 4 KB are read).

    Returns:
        The codec name as declared (``"windows-1251"``), or ``None`` when the
        page declares none or declares one Python has no codec for.

    Example:
        >>> declared_charset(b'<html><head><meta charset="windows-1251">')
        'windows-1251'
    """
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _decode_explicit(data: bytes, path: str | Path | None, encoding: str) -> tuple[str, str]:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"encoding= names no known codec, got {encoding!r}") from None
    if codecs.lookup(encoding).name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    hint = 'try encoding="auto" to detect UTF-8, UTF-16 or cp1252, or name the right codec'
    return _decode_strict(data, path, encoding, encoding, hint=hint), encoding


def _decode_strict(
    data: bytes, path: str | Path | None, codec: str, name: str, *, hint: str | None
) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 4].hex(" ")
        raise LoadError(
            path,
            f"cannot decode as {name}: byte offset {error.start} (bytes {bad}): {error.reason}",
            hint=hint,
        ) from None


def _guess_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the NUL bytes say so, else ``None``."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= 0.4 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.4 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _check_not_binary(data: bytes, path: str | Path | None) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise LoadError(
            path,
            f"looks binary: NUL byte at byte offset {nul}",
            hint="corpuskit reads text, CSV/TSV, JSON, Parquet and HTML files",
        )
    sample = data[:SNIFF_BYTES]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > CONTROL_SHARE:
        raise LoadError(
            path,
            f"looks binary: {controls} control bytes in the first {len(sample)} bytes",
            hint="corpuskit reads text, CSV/TSV, JSON, Parquet and HTML files",
        )


def _decode_windows_1252(data: bytes) -> str:
    table = {byte: chr(byte) for byte in CP1252_UNDEFINED}
    pieces = re.split(b"([\x81\x8d\x8f\x90\x9d])", data)
    return "".join(
        table[piece[0]] if len(piece) == 1 and piece[0] in table else piece.decode("cp1252")
        for piece in pieces
    )
