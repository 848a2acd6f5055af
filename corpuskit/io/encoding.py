"""Turn the bytes of a file into text, and say which encoding was used.

News dumps come in UTF-8, in Windows code pages (cp1252 in western newsroom
exports such as FA-KES, cp1251 or KOI8-R in Russian archives), sometimes in
UTF-16 with or without a byte-order mark. :func:`decode_bytes` reads UTF-8
directly and detects anything else with `charset-normalizer
<https://charset-normalizer.readthedocs.io>`_, cross-checking a charset the
document declares. It never replaces undecodable bytes with U+FFFD: it either
decodes every byte faithfully or raises a :class:`~corpuskit.errors.LoadError`
that names the file, the byte offset and the encoding.
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections import Counter
from pathlib import Path

from charset_normalizer import CharsetMatches, from_bytes
from charset_normalizer.md import mess_ratio

from corpuskit.errors import LoadError
from corpuskit.io.report import LoadWarning

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

#: The encodings detection chooses from, in order of preference when
#: charset-normalizer rates several of them equally well (short texts).
LIKELY_ENCODINGS: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "koi8_r",
    "cp1256",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
    "cp1258",
    "koi8_u",
    "latin_1",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
)

#: Texts shorter than this (in bytes) that are not UTF-8 carry too little
#: evidence for reliable detection; the note then says detection was uncertain.
DETECTION_MIN_BYTES = 200

#: Declared charsets that mean windows-1252, as browsers read them (WHATWG).
WINDOWS_1252_LABELS = frozenset({"ascii", "iso8859-1", "cp1252"})

#: Share of the letter bytes 0xC0-0xFF (and the ё/Ё bytes) that stand in runs of
#: three or more, above which a short text is taken for single-byte Cyrillic
#: (see :func:`cyrillic_codec`).
CYRILLIC_RUN_SHARE = 0.6

_C1_UNDEFINED = dict.fromkeys(CP1252_UNDEFINED)
_HIGH_LETTERS = re.compile(rb"[\xa3\xa8\xb3\xb8\xc0-\xff]+")
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_bytes(
    data: bytes,
    *,
    path: str | Path | None = None,
    encoding: str = "auto",
    declared: str | None = None,
    notes: list[str] | None = None,
) -> tuple[str, str]:
    """Decode ``data`` to text, detecting the encoding unless one is given.

    With ``encoding="auto"`` the rules are, in order:

    1. a byte-order mark decides (UTF-8, UTF-16 LE or BE; the mark is removed);
    2. UTF-16 without a mark is recognised by its NUL bytes, all on odd (LE) or
       all on even (BE) offsets;
    3. NUL bytes anywhere else, or more than 5 % control bytes, mean the file is
       binary: ``LoadError(... "looks binary" ...)``;
    4. strict UTF-8 (no detection is run on valid UTF-8);
    5. the ``declared`` charset, if it decodes the bytes and charset-normalizer
       finds the result plausible (``iso-8859-1`` and ``ascii`` are read as
       windows-1252, as browsers do);
    6. the encoding charset-normalizer detects among :data:`LIKELY_ENCODINGS`
       (ties go to the earlier one); cp1252 and Latin-1 are read as
       ``"windows-1252"``: cp1252 with its five undefined bytes (0x81, 0x8D,
       0x8F, 0x90, 0x9D) kept as the C1 control characters of the same number;
    7. when no encoding gives plausible text, windows-1252 (which decodes every
       byte), with a remark.

    A remark naming the file is made when a declared charset is overruled, when
    no encoding gives plausible text, and when the text was detected from fewer
    than :data:`DETECTION_MIN_BYTES` bytes (detection is then uncertain: a few
    words of KOI8-R or cp1251 can read as another code page). Remarks go to
    ``notes`` when given, else they are issued as
    :class:`~corpuskit.io.report.LoadWarning`. Nothing is ever replaced: the
    text holds U+FFFD only where the bytes did.

    Args:
        data: the raw bytes.
        path: the file they came from, used in messages only.
        encoding: ``"auto"`` or any Python codec name (``"utf-8"``, ``"cp1251"``,
            ``"latin-1"``). An explicit encoding is applied strictly; a UTF-8
            BOM is removed with ``"utf-8"``.
        declared: the charset the document declares (an HTML ``<meta charset>``,
            see :func:`declared_charset`); used with ``encoding="auto"`` only.
        notes: a list the remarks are appended to, e.g. a load report's notes.

    Returns:
        ``(text, encoding_used)``, e.g. ``("Aleppo", "utf-8")``. The encoding is
        ``"utf-8"``, ``"utf-8-sig"``, ``"utf-16-le"``, ``"utf-16-be"``,
        ``"cp1252"``, ``"windows-1252"``, the declared or explicit charset as
        given, or a detected codec's Python name (``"cp1251"``, ``"koi8-r"``).

    Raises:
        LoadError: the bytes look binary, or do not decode with the explicit
            encoding (the message names the byte offset and the encoding).
        ValueError: ``encoding`` is not a known codec.

    Example:
        >>> decode_bytes("Zürich".encode("cp1252"), notes=[])
        ('Zürich', 'cp1252')
        >>> decode_bytes(b"\\xef\\xbb\\xbfAleppo")
        ('Aleppo', 'utf-8-sig')
        >>> notes = []
        >>> decode_bytes(b"<p>Aleppo</p>", path="a.html", declared="utf-16", notes=notes)
        ('<p>Aleppo</p>', 'utf-8')
        >>> notes
        ['a.html: declared charset utf-16 does not fit valid UTF-8; decoded as utf-8']
    """
    if encoding != "auto":
        return _decode_explicit(data, path, encoding)
    for bom, codec in BOMS:
        if data.startswith(bom):
            name = "utf-8-sig" if codec == "utf-8" else codec
            return _decode_strict(data[len(bom) :], path, codec, name, hint=None), name
    utf16 = _guess_utf16(data)
    if utf16 is not None:
        text = _decode_or_none(data, utf16)
        if text is not None:
            _check_not_binary(text[:SNIFF_BYTES].encode("utf-8", "surrogatepass"), path)
            return text, utf16
    _check_not_binary(data, path)
    text = _decode_or_none(data, "utf-8")
    if text is None:
        return _decode_legacy(data, path, declared, notes)
    if declared is not None and _decode_or_none(data, declared) != text:
        message = f"declared charset {declared} does not fit valid UTF-8; decoded as utf-8"
        _remark(notes, path, message)
    return text, "utf-8"


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


def _decode_legacy(
    data: bytes, path: str | Path | None, declared: str | None, notes: list[str] | None
) -> tuple[str, str]:
    """Bytes that are not UTF-8: the declared charset when plausible, else the detected one."""
    isolation = [*LIKELY_ENCODINGS, *([declared] if declared is not None else [])]
    matches = from_bytes(data, cp_isolation=isolation, preemptive_behaviour=False)
    problem = ""
    if declared is not None:
        decoded = _decode_as(data, declared, declared)
        if decoded is not None and _plausible(declared, matches):
            return decoded
        problem = "does not decode the bytes" if decoded is None else "gives implausible text"
    detected = _detected(data, matches)
    if len(data) < DETECTION_MIN_BYTES:
        detected = cyrillic_codec(data) or detected
    decoded = None if detected is None else _decode_as(data, detected, codecs.lookup(detected).name)
    if decoded is None:
        text, used = _windows_1252(data)
        _remark(
            notes,
            path,
            f"no encoding gives plausible text; decoded as {used}, every byte kept: check "
            'the file or pass encoding="..."',
        )
        return text, used
    text, used = decoded
    if problem:
        _remark(notes, path, f"declared charset {declared} {problem}; decoded as {used} (detected)")
    if len(data) < DETECTION_MIN_BYTES:
        _remark(
            notes,
            path,
            f"encoding detection uncertain for a short text ({len(data)} bytes); decoded as "
            f'{used}: pass encoding="..." if that is wrong',
        )
    return text, used


def cyrillic_codec(data: bytes) -> str | None:
    """``"cp1251"`` or ``"koi8_r"`` when short non-UTF-8 bytes read as Russian, else ``None``.

    A few words give statistical detection too little to go on (a Russian
    headline in cp1251 can rate best as cp1250 or cp1258), but single-byte
    Cyrillic has a shape of its own: its words are runs of bytes 0xC0-0xFF,
    where the accented letters of Latin scripts stand alone or in pairs inside
    ASCII words. When at least :data:`CYRILLIC_RUN_SHARE` of those bytes stand
    in runs of three or more, the text is Cyrillic; the case of the letters
    then tells the code page: cp1251 puts the lower case at 0xE0-0xFF, KOI8-R
    at 0xC0-0xDF, and the letters after a word's first one are mostly lower
    case.

    Args:
        data: bytes that are not UTF-8.

    Returns:
        A codec name, or ``None`` when the text does not look Cyrillic.

    Example:
        >>> cyrillic_codec("Бои за Мосул".encode("cp1251"))
        'cp1251'
        >>> cyrillic_codec("Бои за Мосул".encode("koi8_r"))
        'koi8_r'
        >>> cyrillic_codec("Zürich café".encode("cp1252")) is None
        True
    """
    runs = _HIGH_LETTERS.findall(data)
    cyrillic = [run for run in runs if len(run) >= 3]
    in_runs = sum(map(len, cyrillic))
    if in_runs < 4 or in_runs < CYRILLIC_RUN_SHARE * sum(map(len, runs)):
        return None
    tails = b"".join(run[1:] for run in cyrillic)
    upper_half = sum(1 for byte in tails if byte >= 0xE0)
    lower_half = sum(1 for byte in tails if 0xC0 <= byte < 0xE0)
    return "cp1251" if upper_half >= lower_half else "koi8_r"


def _detected(data: bytes, matches: CharsetMatches) -> str | None:
    """The detected codec; among equally rated ones, the first in :data:`LIKELY_ENCODINGS`.

    charset-normalizer cannot rate cp1252 text holding one of its five undefined
    bytes (Python's cp1252 codec rejects them); such text is rated here, without
    those bytes, and wins when it is as plausible as the best match.
    """
    best = matches.best()
    if best is None:
        return None
    ties = {
        name
        for match in matches
        if match.chaos <= best.chaos and match.coherence >= best.coherence
        for name in match.could_be_from_charset
    }
    ties.update(best.could_be_from_charset)
    if any(byte in data for byte in CP1252_UNDEFINED):
        text = _windows_1252(data[:SNIFF_BYTES])[0].translate(_C1_UNDEFINED)
        if mess_ratio(text, maximum_threshold=1.0) <= best.chaos:
            ties.add("cp1252")
    return next((name for name in LIKELY_ENCODINGS if name in ties), best.encoding)


def _plausible(codec: str, matches: CharsetMatches) -> bool:
    """Whether charset-normalizer finds the text that ``codec`` gives plausible."""
    names = {codecs.lookup(name).name for match in matches for name in match.could_be_from_charset}
    if codecs.lookup(codec).name in WINDOWS_1252_LABELS:
        return bool(names & {"cp1252", "iso8859-1"})
    return codecs.lookup(codec).name in names


def _decode_as(data: bytes, codec: str, name: str) -> tuple[str, str] | None:
    """``(text, name)``, or ``None`` when the bytes do not decode; the windows-1252
    labels (cp1252, Latin-1, ASCII) are read as browsers read them."""
    if codecs.lookup(codec).name in WINDOWS_1252_LABELS:
        return _windows_1252(data)
    text = _decode_or_none(data, codec)
    return None if text is None else (text, name)


def _windows_1252(data: bytes) -> tuple[str, str]:
    """``(text, "cp1252")``, or ``(text, "windows-1252")`` when an undefined byte is kept
    as the C1 control character of the same number."""
    if not any(byte in data for byte in CP1252_UNDEFINED):
        return data.decode("cp1252"), "cp1252"
    table = {byte: chr(byte) for byte in CP1252_UNDEFINED}
    pieces = re.split(b"([\x81\x8d\x8f\x90\x9d])", data)
    text = "".join(
        table[piece[0]] if len(piece) == 1 and piece[0] in table else piece.decode("cp1252")
        for piece in pieces
    )
    return text, "windows-1252"


def _decode_or_none(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _remark(notes: list[str] | None, path: str | Path | None, message: str) -> None:
    """Add a remark naming the file to ``notes``, or warn with it when there is no list."""
    text = f"{path}: {message}" if path is not None else message
    if notes is None:
        warnings.warn(text, LoadWarning, stacklevel=4)
    else:
        notes.append(text)


def _decode_explicit(data: bytes, path: str | Path | None, encoding: str) -> tuple[str, str]:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"encoding= names no known codec, got {encoding!r}") from None
    if codecs.lookup(encoding).name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    hint = 'try encoding="auto" to detect the encoding, or name the right codec'
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
    """``"utf-16-le"``/``"utf-16-be"`` when the NUL bytes say so, else ``None``.

    All NUL bytes must fall on the high-byte side, and either hold 40 % of it
    (mostly ASCII text) or 5 %, with nine in ten high bytes taking one of two
    values (ASCII and one script's block, as in Cyrillic or Arabic text).
    """
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or len(data) % 2:
        return None
    for codec, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        nuls = high.count(0)
        two_blocks = sum(count for _, count in Counter(high).most_common(2))
        if 0 in low or not nuls:
            continue
        if nuls >= 0.4 * len(high) or (nuls >= 0.05 * len(high) and two_blocks >= 0.9 * len(high)):
            return codec
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
