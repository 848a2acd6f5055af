"""decode_bytes: BOMs, UTF-8, detection, declared charsets, UTF-16, binary detection, codecs."""

from __future__ import annotations

import codecs

import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io import encoding
from corpuskit.io.encoding import declared_charset, decode_bytes
from corpuskit.io.report import LoadWarning

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
    notes = []
    assert decode_bytes(data, path="a.txt", notes=notes) == (TEXT, "cp1252")
    assert notes == [
        "a.txt: encoding detection uncertain for a short text (28 bytes); decoded as cp1252: "
        'pass encoding="..." if that is wrong'
    ]


def test_cp1252_undefined_bytes_become_c1_controls_not_replacement_chars():
    # FA-KES has such bytes: 0x95 (a bullet in cp1252) followed by 0x81 (undefined)
    data = b"Time is \x95\x81running out"
    text, used = decode_bytes(data, notes=[])
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


# Detection (issue #14, item 10): texts of a few sentences, written for these tests.
RUSSIAN = (
    "Министр иностранных дел заявил в понедельник, что переговоры о перемирии в Алеппо "
    "продолжаются. По его словам, гуманитарные коридоры для мирных жителей открыты "
    "круглосуточно. Журналисты сообщили, что в восточной части города всё ещё слышны взрывы."
)
FRENCH = (
    "Le ministre des Affaires étrangères a déclaré lundi que les négociations sur la trêve "
    "à Alep se poursuivent. Selon lui, des couloirs humanitaires ont été ouverts pour les "
    "civils « jour et nuit ». Des explosions étaient encore entendues à l'est de la ville."
)
GERMAN = (
    "Der Außenminister erklärte am Montag, dass die Verhandlungen über eine Waffenruhe in "
    "Aleppo weitergehen. Nach seinen Worten seien humanitäre Korridore für Zivilisten rund "
    "um die Uhr geöffnet – „die Lage bleibt gefährlich“, sagten Journalisten vor Ort."
)
ENGLISH = (
    "The foreign minister said on Monday that talks on a truce in Aleppo were continuing. "
    "He said humanitarian corridors for civilians were open around the clock. Reporters "
    "said explosions could still be heard in the east of the city."
)


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [
        (RUSSIAN, "cp1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8-r"),
        (RUSSIAN, "utf-16-le", "utf-16-le"),
        (RUSSIAN, "utf-16-be", "utf-16-be"),
        (RUSSIAN, "utf-16", "utf-16-le"),
        (FRENCH, "cp1252", "cp1252"),
        (FRENCH, "latin-1", "cp1252"),
        (GERMAN, "cp1252", "cp1252"),
        (ENGLISH, "utf-16-le", "utf-16-le"),
        (ENGLISH, "utf-16-be", "utf-16-be"),
    ],
)
def test_undeclared_encodings_are_detected(text, codec, name):
    notes = []
    assert decode_bytes(text.encode(codec), path="a.txt", notes=notes) == (text, name)
    assert notes == []


@pytest.mark.parametrize(("codec", "name"), [("koi8-r", "koi8-r"), ("cp1251", "cp1251")])
def test_short_text_is_detected_with_an_uncertainty_note(codec, name):
    text = RUSSIAN[:40]
    notes = []
    assert decode_bytes(text.encode(codec), path="short.txt", notes=notes) == (text, name)
    assert notes == [
        f"short.txt: encoding detection uncertain for a short text (40 bytes); decoded as "
        f'{name}: pass encoding="..." if that is wrong'
    ]


def test_uncertain_detection_warns_without_a_notes_list():
    with pytest.warns(LoadWarning, match=r"short\.txt: encoding detection uncertain"):
        decode_bytes("Zürich".encode("cp1252"), path="short.txt")


def test_declared_utf16_on_ascii_is_read_as_utf8_with_a_note():
    page = b'<html><head><meta charset="utf-16"></head><body><p>Aleppo</p></body></html>'
    notes = []
    assert decode_bytes(page, path="p.html", declared="utf-16", notes=notes) == (
        page.decode("ascii"),
        "utf-8",
    )
    assert notes == ["p.html: declared charset utf-16 does not fit valid UTF-8; decoded as utf-8"]


@pytest.mark.parametrize(
    ("declared", "codec", "problem"),
    [
        ("windows-1252", "cp1251", "gives implausible text"),
        ("iso-8859-1", "koi8-r", "gives implausible text"),
        ("cp1252", "koi8-r", "gives implausible text"),
        ("utf-16", "koi8-r", "does not decode the bytes"),
        ("koi8-r", "cp1251", "gives implausible text"),
    ],
)
def test_implausible_declared_charset_falls_back_to_detection(declared, codec, problem):
    notes = []
    text, used = decode_bytes(RUSSIAN.encode(codec), path="p.html", declared=declared, notes=notes)
    assert (text, used) == (RUSSIAN, codec)
    assert notes == [
        f"p.html: declared charset {declared} {problem}; decoded as {codec} (detected)"
    ]


@pytest.mark.parametrize(("text", "declared"), [(RUSSIAN, "windows-1251"), (FRENCH, "latin1")])
def test_plausible_declared_charset_is_used_without_a_note(text, declared):
    notes = []
    data = text.encode("cp1251" if text is RUSSIAN else "cp1252")
    used = "cp1252" if declared == "latin1" else declared
    assert decode_bytes(data, declared=declared, notes=notes) == (text, used)
    assert notes == []


def test_implausible_bytes_are_kept_with_a_note():
    notes = []
    data = bytes(range(0x80, 0x100)) * 4
    text, used = decode_bytes(data, path="odd.txt", notes=notes)
    assert (len(text), used) == (512, "windows-1252")
    assert notes == [
        "odd.txt: no encoding gives plausible text; decoded as windows-1252, every byte kept: "
        'check the file or pass encoding="..."'
    ]


def test_valid_utf8_is_never_sent_to_detection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("detection ran on valid UTF-8")

    monkeypatch.setattr(encoding, "from_bytes", refuse)
    assert decode_bytes(RUSSIAN.encode("utf-8"), declared="utf-8") == (RUSSIAN, "utf-8")


def test_read_articles_records_an_overruled_charset(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"></head><body><article>'
        f"<p>{RUSSIAN}</p></article></body></html>"
    )
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    arts = ck.read_articles(path)
    assert arts.loc[0, "text"] == RUSSIAN
    assert ck.load_report(arts).notes == [
        f"{path}: declared charset windows-1252 gives implausible text; decoded as cp1251 "
        "(detected)",
        f"decoded 1 file(s) as cp1251 (not UTF-8): {path}",
    ]


def _rusentrel(data_dir):
    files = sorted(f for f in (data_dir / "rusentrel").glob("*/art*.txt") if f.name.count(".") == 1)
    if len(files) != 71:
        pytest.fail(f"expected the 71 rusentrel articles under {data_dir / 'rusentrel'}")
    return files


def _as(text, codec):
    """``text`` as ``codec`` can write it (KOI8-R has no « » — …: those become ``?``)."""
    return text.encode(codec, errors="replace").decode(codec)


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_real_russian_articles_read_identically_in_cp1251_and_koi8(data_dir, tmp_path, codec):
    files = _rusentrel(data_dir)
    (tmp_path / "utf8").mkdir()
    (tmp_path / codec).mkdir()
    for path in files:
        text = _as(path.read_text("utf-8"), codec)
        (tmp_path / "utf8" / path.name).write_text(text, "utf-8")
        (tmp_path / codec / path.name).write_bytes(text.encode(codec))
    expected = ck.read_articles(tmp_path / "utf8")
    got = ck.read_articles(tmp_path / codec)
    assert len(got) == 71
    for column in ("title", "lede", "text"):
        assert got[column].tolist() == expected[column].tolist(), column
    assert got["text"].str.contains("Росси").sum() > 50


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_short_russian_lines_are_decoded_as_cyrillic(data_dir, codec):
    """Headline-sized texts (50-200 bytes), where statistical detection alone errs."""
    lines = [
        line
        for path in _rusentrel(data_dir)
        for line in path.read_text("utf-8").splitlines()[:30]
        if 50 <= len(line.encode(codec, errors="replace")) < 200 and "Ð" not in line
    ]
    assert len(lines) > 500
    wrong = []
    for line in lines:
        text = _as(line, codec)
        if sum(1 for word in text.split() if len(word) > 2 and word.isalpha()) < 3:
            continue
        got, _ = decode_bytes(text.encode(codec), notes=[])
        if got != text:
            wrong.append((text, got))
    assert wrong == []


def test_cyrillic_codec_tells_cp1251_from_koi8_and_leaves_latin_alone():
    title = "Боевики покинули Мосул"
    assert encoding.cyrillic_codec(title.encode("cp1251")) == "cp1251"
    assert encoding.cyrillic_codec(title.encode("koi8_r")) == "koi8_r"
    assert decode_bytes(title.encode("cp1251"), notes=[])[0] == title
    assert decode_bytes(title.encode("koi8_r"), notes=[])[0] == title
    for latin in ("Größere Schäden in Zürich", "Le régime a bombardé Alep-Est à l'aube"):
        assert encoding.cyrillic_codec(latin.encode("cp1252")) is None
        assert decode_bytes(latin.encode("cp1252"), notes=[])[0] == latin
