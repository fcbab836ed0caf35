"""decode(): bytes to text, one test per kind of input that goes wrong in practice."""

from __future__ import annotations

import codecs
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrefinery.errors import DecodeError
from newsrefinery.ingest import decode
from newsrefinery.ingest.decode import MIXED_HANDLER, MIXED_WARNING
from newsrefinery.records import RawDoc, Rejection

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
)
FRENCH = (
    "Le café était plein. Une approche naïve du problème, a-t-il déclaré à la presse. "
    "Les élèves ont répondu très vite à la question posée."
)
CHINESE = (
    "中华人民共和国国务院新闻办公室今天举行新闻发布会，介绍经济运行情况。"
    "国家统计局新闻发言人表示，今年以来国民经济持续恢复。"
)
JAPANESE = (
    "日本政府は本日、新しい経済対策を発表しました。"
    "首相は記者会見で、国民の生活を守るために全力を尽くすと述べました。"
)


def doc(content: bytes | str | None, *, kind: str = "text", charset: str | None = None) -> RawDoc:
    as_html = kind == "html"
    return RawDoc(
        "/data/page",
        "html" if as_html else "text",
        "html" if as_html else "text",
        content,
        charset=charset,
    )


def reason(content: bytes | str, **kw: str) -> str:
    with pytest.raises(DecodeError) as info:
        decode(doc(content, **kw))
    return info.value.reason


def test_plain_utf8_has_no_warnings() -> None:
    assert decode(doc(FRENCH.encode())) == (FRENCH, ())


def test_str_content_is_kept_but_loses_its_bom() -> None:
    assert decode(doc("\ufeffHello\x00 world")) == ("Hello\x00 world", ())


@pytest.mark.parametrize("content", [b"", b" \r\n\t \n", "", "  \n "])
def test_empty_or_blank_input_is_rejected(content: bytes | str) -> None:
    assert reason(content) == "empty_input"


def test_blank_utf16_is_empty_too() -> None:
    assert reason(codecs.BOM_UTF16_LE + "   \n".encode("utf-16-le")) == "empty_input"


def test_message_names_the_input_and_offset() -> None:
    with pytest.raises(DecodeError, match=r"^/data/w\.warc at offset 42: empty input$"):
        decode(RawDoc("/data/w.warc", "warc", "html", b"   ", offset=42))


def test_a_rejected_rawdoc_keeps_its_reason() -> None:
    raw = RawDoc("/x", "text", "text", None, error=Rejection("vanished", "/x: gone"))
    with pytest.raises(DecodeError, match=r"^/x: gone$") as info:
        decode(raw)
    assert info.value.reason == "vanished"


def test_png_bytes_are_binary() -> None:
    assert reason(PNG, kind="html") == "binary_content"


def test_control_bytes_without_nul_are_binary() -> None:
    data = bytes(range(1, 9)) * 50 + b"some text" * 20
    assert reason(data) == "binary_content"


def test_a_few_control_bytes_are_still_text() -> None:
    text, _ = decode(doc(b"Title\x0b\x1f" + b" body text" * 20))
    assert text.startswith("Title\x0b\x1f")


def test_iso_2022_jp_escapes_are_not_binary() -> None:
    data = JAPANESE.encode("iso2022_jp")
    text, _ = decode(doc(data, charset="iso-2022-jp"))
    assert text == JAPANESE


def test_invalid_utf8_is_guessed() -> None:
    text, warnings = decode(doc(FRENCH.encode("cp1252")))
    assert text == FRENCH
    assert warnings == ("charset guessed: cp1252",)


def test_mixed_utf8_and_cp1252_decodes_both_words() -> None:
    data = (
        "The new café opened on Main Street this week, and the queue reached the corner. "
    ).encode() + "Critics called the plan naïve.".encode("cp1252")
    text, warnings = decode(doc(data))
    assert "café" in text and "naïve" in text
    assert warnings == (MIXED_WARNING,)


def test_short_mixed_text_too() -> None:
    text, warnings = decode(doc("café ".encode() + "naïve".encode("cp1252")))
    assert text == "café naïve"
    assert warnings == (MIXED_WARNING,)


def test_mostly_cp1252_with_one_utf8_char_is_not_called_mixed() -> None:
    data = "é".encode() + ("Crème brûlée à la française, naïve. " * 5).encode("cp1252")
    _, warnings = decode(doc(data))
    assert MIXED_WARNING not in warnings


def test_cp1252_smart_quotes_only() -> None:
    source = "“Hello” – it’s a café, said the naïve résumé writer. " * 3
    text, warnings = decode(doc(source.encode("cp1252")))
    assert text == source
    assert warnings == ("charset guessed: cp1252",)


def test_short_latin_text_prefers_windows_1252() -> None:
    assert decode(doc("hello wörld".encode("cp1252")))[0] == "hello wörld"


def test_cp1252_holes_decode_as_latin1() -> None:
    assert b"a\x81b\x93c\x94".decode("utf-8", MIXED_HANDLER) == "a\x81b“c”"


def test_shift_jis_by_meta_charset() -> None:
    page = f'<html><head><meta charset="Shift_JIS"></head><body><p>{JAPANESE}</p></body></html>'
    text, warnings = decode(doc(page.encode("shift_jis"), kind="html"))
    assert text == page
    assert warnings == ()


def test_shift_jis_guessed() -> None:
    text, warnings = decode(doc(JAPANESE.encode("shift_jis")))
    assert text == JAPANESE
    assert warnings[0].startswith("charset guessed: ")


def test_gb2312_guessed() -> None:
    text, _ = decode(doc(CHINESE.encode("gb2312")))
    assert text == CHINESE


def test_gb2312_label_reads_gbk_bytes() -> None:
    # 镕 is in GBK but not in GB2312: pages labelled gb2312 use it all the same.
    page = "<meta charset=gb2312><p>朱镕基</p>"
    text, warnings = decode(doc(page.encode("gbk"), kind="html"))
    assert text == page and warnings == ()


def test_meta_http_equiv_form() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Привет</p>'
    assert decode(doc(page.encode("cp1251"), kind="html")) == (page, ())


def test_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="ISO-8859-7"?><p>αβγ</p>'
    assert decode(doc(page.encode("iso-8859-7"), kind="html")) == (page, ())


def test_meta_charset_is_ignored_for_text() -> None:
    page = "<meta charset=windows-1251> café"
    assert decode(doc(page.encode(), kind="text")) == (page, ())


def test_meta_saying_utf16_means_utf8() -> None:
    page = '<meta charset="utf-16"><p>café</p>'
    assert decode(doc(page.encode(), kind="html")) == (page, ())


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_wins(bom: bytes, codec: str) -> None:
    text, warnings = decode(doc(bom + FRENCH.encode(codec), charset="iso-8859-1"))
    assert (text, warnings) == (FRENCH, ())


def test_utf16_with_bom_but_binary_inside() -> None:
    controls = "".join(map(chr, range(1, 9))) * 50
    assert reason(codecs.BOM_UTF16_LE + controls.encode("utf-16-le")) == "binary_content"


def test_declared_charset_wins_over_meta() -> None:
    page = "<meta charset=utf-8><p>Привет</p>"
    text, warnings = decode(doc(page.encode("koi8-r"), kind="html", charset="koi8-r"))
    assert text == page and warnings == ()


def test_declared_utf16_without_bom() -> None:
    assert decode(doc(FRENCH.encode("utf-16-le"), charset="UTF-16LE")) == (FRENCH, ())


def test_declared_latin1_on_utf8_bytes_reads_utf8() -> None:
    text, warnings = decode(doc(FRENCH.encode(), charset="iso-8859-1"))
    assert text == FRENCH
    assert warnings == ("charset 'iso-8859-1' declared but content is utf-8",)


def test_declared_latin1_reads_windows_1252() -> None:
    assert decode(doc("“quoted”".encode("cp1252"), charset="ISO-8859-1")) == ("“quoted”", ())


@pytest.mark.parametrize("label", ["bogus", "x-unknown-42", "zlib", "rot13", "utf-7", ""])
def test_unknown_or_unfit_declared_charset_falls_through(label: str) -> None:
    text, warnings = decode(doc(FRENCH.encode(), charset=label))
    assert text == FRENCH
    assert all(label in w for w in warnings)


def test_declared_charset_that_does_not_fit_falls_through() -> None:
    text, warnings = decode(doc(FRENCH.encode("cp1252"), charset="utf-8"))
    assert text == FRENCH
    assert warnings == (
        "charset 'utf-8' declared but does not fit the bytes, ignored",
        "charset guessed: cp1252",
    )


def test_decoding_is_linear_on_hostile_input() -> None:
    # Many unterminated <meta tags (regex backtracking), then lots of invalid bytes.
    data = b"<meta " + b"charset" * 2000 + b"<meta a" * 200_000 + b"\xff\xfe\xfd x" * 500_000
    start = time.process_time()
    text, _ = decode(doc(data, kind="html"))
    assert text
    assert time.process_time() - start < 10


def test_big_mixed_input_is_fast() -> None:
    data = ("Ünïcödé text " * 400_000).encode() + b"caf\xe9"
    start = time.process_time()
    text, warnings = decode(doc(data))
    assert text.endswith("café") and warnings == (MIXED_WARNING,)
    assert time.process_time() - start < 5


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300), kind=st.sampled_from(["text", "html"]))
def test_any_bytes_give_text_or_a_decode_error(data: bytes, kind: str) -> None:
    try:
        text, warnings = decode(doc(data, kind=kind))
    except DecodeError as exc:
        assert exc.reason in {"binary_content", "empty_input"}
    else:
        assert text.strip() and isinstance(warnings, tuple)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
def test_utf8_text_round_trips(source: str) -> None:
    if source.isspace() or source.startswith("\ufeff"):
        return
    assert decode(doc(source.encode())) == (source, ())
