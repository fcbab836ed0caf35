"""Vocabularies of the readers and the decoder, kept as data apart from the logic.

Extensions decide how a file is read; the sniffing patterns decide what stdin and
label-less WARC bodies hold; the charset tables follow the WHATWG Encoding Standard,
which is what browsers (and so the pages' authors) actually rely on.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["text", "html"]
Container = Literal["text", "html", "jsonl", "warc"]

# File extension (lower case, without a trailing ".gz") -> how the file is read.
EXTENSIONS: dict[str, Container] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}

GZIP_MAGIC = b"\x1f\x8b"

# Tags that only HTML starts with; searched in the first 2 KB of an unlabelled body.
# A bounded prefix keeps this linear: nothing here can backtrack far.
HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|p|div|meta|title|article|br)[\s/>]",
    re.IGNORECASE,
)
HTML_SNIFF_BYTES = 2048

# HTTP and WARC content types that hold a page we can extract.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# WARC record types that can hold a page; all others (request, metadata, warcinfo,
# revisit, conversion, continuation) describe a crawl, not an article.
WARC_PAGE_TYPES = frozenset({"response", "resource"})

# --- charsets ---------------------------------------------------------------------

# How far into an HTML page a <meta charset> may be (the HTML standard says 1024
# bytes; real pages put scripts before it, so look a little further).
META_PRESCAN_BYTES = 4096

# Both `<meta charset="x">` and `<meta http-equiv=Content-Type content="...; charset=x">`
# end in `charset=x`. Every repeat is bounded so a hostile page cannot make this slow.
META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,512}?charset\s*=\s*[\"']?\s*([a-z0-9_.:+-]{1,40})",
    re.IGNORECASE,
)
XML_ENCODING = re.compile(
    rb"<\?xml\b[^>]{0,200}?encoding\s*=\s*[\"']([a-z0-9_.:+-]{1,40})",
    re.IGNORECASE,
)

# Labels whose WHATWG decoder is a superset of what Python's codec of the same name
# decodes: pages labelled latin-1 are written in windows-1252, "gb2312" pages use GBK,
# and so on. Decoding with the narrow codec would fail on bytes every browser shows.
CHARSET_ALIASES: dict[str, str] = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "x-user-defined": "cp1252",
}

# A page that says it is UTF-16 but was found by a byte scan cannot be UTF-16 (the
# scan only matches ASCII-compatible bytes); browsers read such pages as UTF-8.
UTF16_FAMILY = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

# Python codec names (as codecs.lookup(...).name spells them) of the single-byte
# Western charsets that servers and templates declare by default. UTF-8 bytes under
# such a label are the usual misconfiguration, not Latin text, so UTF-8 wins.
DEFAULT_LABELS = frozenset({"cp1252", "iso8859-1", "iso8859-15", "ascii"})

# Control bytes that do not occur in text. ESC (0x1b) is left out: ISO-2022-JP text
# switches character sets with it.
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
BINARY_SAMPLE_BYTES = 8192
BINARY_CONTROL_SHARE = 0.10

# Codecs Python accepts as names but that no web page is really written in, and that
# would turn markup into something else (escape interpreters, UTF-7 smuggling).
NON_WEB_CODECS = frozenset(
    {"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7"}
)

# Guessing an encoding needs a sample, not the whole input; the whole input is then
# decoded with the guess.
GUESS_SAMPLE_BYTES = 1_000_000

# charset-normalizer often finds several encodings equally plausible (short texts,
# few non-ASCII bytes); it then picks one by name order, which can be an Urdu or DOS
# code page for plain French. Among such ties, take the one most used on the web
# (W3Techs' ranking), as a browser's locale default would.
GUESS_TIE = 0.01
WEB_CHARSET_PREFERENCE = (
    "cp1252",
    "cp1251",
    "cp932",
    "gb18030",
    "euc_jp",
    "cp949",
    "big5hkscs",
    "cp1250",
    "cp1254",
    "cp1256",
    "cp1253",
    "cp1255",
    "cp874",
    "cp1257",
    "koi8_r",
)
