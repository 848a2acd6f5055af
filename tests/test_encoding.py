"""decode_bytes: BOMs, UTF-8, cp1252, windows-1252, UTF-16, binary detection, explicit codecs."""

from __future__ import annotations

import codecs

import pytest

from corpuskit.errors import LoadError
from corpuskit.io.encoding import declared_charset, decode_bytes

TEXT = "Caf\u00e9 in Aleppo \u2013 \u201cquoted\u201d \u20ac5"


def test_plain_utf8():
    assert decode_bytes(TEXT.encode("utf-8")) == (TEXT, "utf-8")


def test_ascii_is_reported_as_utf8():
    assert decode_bytes(b"Mosul") == ("Mosul", "utf-8")


def test_utf8_bom_is_removed():
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == (TEXT, "utf-8-sig")


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16"), "utf-16-le"),
    ],
)
def test_utf16_with_bom(encoded, name):
    assert decode_bytes(encoded) == (TEXT, name)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec):
    text = "Aleppo and Mosul, 2016.\n" * 3
    assert decode_bytes(text.encode(codec)) == (text, codec)


def test_cp1252_fallback():
    data = TEXT.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data) == (TEXT, "cp1252")


def test_cp1252_undefined_bytes_become_c1_controls_not_replacement_chars():
    # FA-KES has such bytes: 0x95 (a bullet in cp1252) followed by 0x81 (undefined)
    data = b"Time is \x95\x81running out"
    text, used = decode_bytes(data)
    assert used == "windows-1252"
    assert text == "Time is \u2022\x81running out"
    assert "\ufffd" not in text


def test_real_replacement_character_is_kept():
    text = "broken \ufffd glyph"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_explicit_encoding_is_used():
    text = "\u041c\u043e\u0441\u043a\u0432\u0430"  # Moscow in Cyrillic
    assert decode_bytes(text.encode("cp1251"), encoding="cp1251") == (text, "cp1251")


def test_explicit_utf8_drops_the_bom():
    assert decode_bytes(codecs.BOM_UTF8 + b"Aleppo", encoding="utf-8") == ("Aleppo", "utf-8")


def test_explicit_encoding_failure_names_file_offset_and_codec():
    data = "ok ok \u00e9".encode("cp1252")
    with pytest.raises(LoadError) as caught:
        decode_bytes(data, path="news/a.txt", encoding="utf-8")
    message = str(caught.value)
    assert "news/a.txt" in message
    assert "byte offset 6" in message
    assert "utf-8" in message
    assert "hint:" in message
    assert caught.value.path == "news/a.txt"


def test_unknown_codec_is_an_argument_error():
    with pytest.raises(ValueError, match="encoding= names no known codec"):
        decode_bytes(b"x", encoding="no-such-codec")


def test_nul_byte_means_binary():
    with pytest.raises(LoadError, match=r"looks binary: NUL byte at byte offset 4") as caught:
        decode_bytes(b"text\x00more text", path="x.txt")
    assert caught.value.path == "x.txt"


def test_many_control_bytes_mean_binary():
    data = bytes(range(1, 9)) * 20 + b"some text"
    with pytest.raises(LoadError, match=r"looks binary: \d+ control bytes"):
        decode_bytes(data, path="x.bin")


def test_a_few_control_bytes_are_text():
    data = b"Line one\x0cform feed and one \x07 bell in a long enough line of text here."
    text, used = decode_bytes(data)
    assert used == "utf-8"
    assert text.startswith("Line one\x0c")


def test_png_header_looks_binary():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    with pytest.raises(LoadError, match="looks binary"):
        decode_bytes(png, path="image.txt")


def test_declared_charset():
    assert declared_charset(b'<meta charset="windows-1251">') == "windows-1251"
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
        == "koi8-r"
    )
    assert declared_charset(b"<html><p>no charset</p>") is None
    assert declared_charset(b'<meta charset="x-no-such">') is None


def test_nul_pattern_of_binary_numbers_is_not_taken_for_utf16():
    data = b"".join(bytes([1 + i % 6, 0]) for i in range(400))  # little-endian 16-bit counters
    with pytest.raises(LoadError, match="looks binary"):
        decode_bytes(data, path="counts.bin")
