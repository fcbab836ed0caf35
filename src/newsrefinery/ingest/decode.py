"""Bytes to text: pick the encoding the page was written in, in linear time.

Order of evidence, first that applies wins:

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. the charset the HTTP header declared (`RawDoc.charset`);
3. for HTML, a `<meta charset>` / `<meta http-equiv=Content-Type>` or XML
   declaration in the first 4 KB;
4. strict UTF-8;
5. "mixed encodings": mostly UTF-8 with a few stray cp1252 bytes (text pasted from
   Windows editors into UTF-8 pages): valid multibyte UTF-8 is present, the invalid
   bytes are few (at most 1 % of the input, or 4 in a short one) and no more than the
   valid multibyte characters; each invalid byte is read as cp1252;
6. charset-normalizer's best guess on the first megabyte; among guesses it finds
   equally good, the encoding most used on the web.

A declared charset (2, 3) that is unknown, or that the bytes do not fit, is passed
over with a warning. Labels are read as browsers read them (WHATWG): "iso-8859-1"
means windows-1252, "gb2312" means GBK, and so on; and valid UTF-8 under a default
Western label (latin-1, windows-1252, ascii) is read as UTF-8, because that label is
a server default far more often than a fact.

Binary content (a NUL byte, or more than 10 % control bytes, in the first 8 KB) is
refused before decoding with reason `binary_content`; text that is empty or blank
after decoding with reason `empty_input`. A str given in is only stripped of a BOM.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError
from ..records import RawDoc
from .patterns import (
    BINARY_CONTROL_SHARE,
    BINARY_SAMPLE_BYTES,
    CHARSET_ALIASES,
    CONTROL_BYTES,
    DEFAULT_LABELS,
    GUESS_SAMPLE_BYTES,
    GUESS_TIE,
    META_CHARSET,
    META_PRESCAN_BYTES,
    NON_WEB_CODECS,
    UTF16_FAMILY,
    WEB_CHARSET_PREFERENCE,
    XML_ENCODING,
)

MIXED_HANDLER = "newsrefinery.cp1252"
MIXED_WARNING = "mixed encodings: utf-8 with cp1252 bytes"

# Each byte as cp1252 reads it; its five unassigned bytes as latin-1 reads them.
_CP1252 = tuple(
    bytes([b]).decode("cp1252", "replace").replace("\ufffd", chr(b)) for b in range(256)
)

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SURROGATE = re.compile("[\udc80-\udcff]")
_TEXT_CONTROLS = {b: None for b in CONTROL_BYTES}


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read each undecodable byte as cp1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_CP1252[b] for b in bad), exc.end


codecs.register_error(MIXED_HANDLER, _cp1252_bytes)


def decode(raw: RawDoc) -> tuple[str, tuple[str, ...]]:
    """The text of `raw` and the warnings decoding it gave. Raises DecodeError."""
    where = raw.uri if raw.offset is None else f"{raw.uri} at offset {raw.offset}"
    content = raw.content
    if content is None:
        if raw.error is not None:
            raise DecodeError(raw.error.message, reason=raw.error.reason)
        raise DecodeError(f"{where}: empty input", reason="empty_input")
    warnings: tuple[str, ...] = ()
    if isinstance(content, str):
        text = content.removeprefix("\ufeff")
    else:
        text, warnings = _decode_bytes(content, raw, where)
    if not text or text.isspace():
        raise DecodeError(f"{where}: empty input", reason="empty_input")
    return text, warnings


def _decode_bytes(data: bytes, raw: RawDoc, where: str) -> tuple[str, tuple[str, ...]]:
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_unicode(data[len(bom) :], bom_codec), where)
    warnings: list[str] = []
    declared = _lookup(raw.charset, "declared charset", warnings)
    if declared in UTF16_FAMILY:
        # UTF-16 without a BOM is full of NUL bytes: test the text, not the bytes.
        return _checked(_decode_unicode(data, declared), where)
    if _is_binary(data):
        raise DecodeError(f"{where}: binary content, not text", reason="binary_content")
    if declared is not None:
        text = _try_declared(data, declared, raw.charset or declared, warnings)
        if text is not None:
            return text, tuple(warnings)
    label = _meta_charset(data) if raw.kind == "html" else None
    meta = _lookup(label, "meta charset", warnings)
    if meta is not None and label is not None:
        # A byte scan found it, so the page is ASCII-compatible, whatever it says.
        meta = "utf-8" if meta in UTF16_FAMILY else meta
        text = _try_declared(data, meta, label, warnings)
        if text is not None:
            return text, tuple(warnings)
    return _undeclared(data, warnings)


def _decode_unicode(data: bytes, codec: str) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode(codec), ()
    except UnicodeDecodeError:
        if codec == "utf-8":
            return data.decode("utf-8", MIXED_HANDLER), (MIXED_WARNING,)
        return data.decode(codec, "replace"), (f"invalid {codec} bytes replaced",)


def _checked(decoded: tuple[str, tuple[str, ...]], where: str) -> tuple[str, tuple[str, ...]]:
    sample = decoded[0][:BINARY_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(_TEXT_CONTROLS))
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise DecodeError(f"{where}: binary content, not text", reason="binary_content")
    return decoded


def _is_binary(data: bytes) -> bool:
    sample = data[:BINARY_SAMPLE_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls > BINARY_CONTROL_SHARE * len(sample)


def _lookup(label: str | None, source: str, warnings: list[str]) -> str | None:
    """Python codec name for a charset label, or None (with a warning if unknown)."""
    if not label:
        return None
    key = label.strip().lower()
    name = CHARSET_ALIASES.get(key) or CHARSET_ALIASES.get(key.replace("_", "-")) or key
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        codec = None
    if codec is None or codec in NON_WEB_CODECS:
        warnings.append(f"{source} {label!r} unknown, ignored")
        return None
    return codec


def _meta_charset(data: bytes) -> str | None:
    head = data[:META_PRESCAN_BYTES]
    match = META_CHARSET.search(head) or XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _try_declared(data: bytes, codec: str, label: str, warnings: list[str]) -> str | None:
    if codec in DEFAULT_LABELS and not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(f"charset {label!r} declared but content is utf-8")
            return text
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        # LookupError: a name codecs knows that is not a text encoding ("zlib").
        warnings.append(f"charset {label!r} declared but does not fit the bytes, ignored")
        return None


def _undeclared(data: bytes, warnings: list[str]) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8"), tuple(warnings)
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    invalid = len(escaped) - len(_SURROGATE.sub("", escaped))
    non_ascii = len(escaped) - len(escaped.encode("ascii", "ignore"))
    multibyte = non_ascii - invalid
    if 0 < invalid <= multibyte and invalid <= max(len(data) // 100, 4):
        return data.decode("utf-8", MIXED_HANDLER), (*warnings, MIXED_WARNING)
    codec = _guess(data)
    text = data.decode(codec, MIXED_HANDLER if codec == "cp1252" else "replace")
    return text, (*warnings, f"charset guessed: {codec}")


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    sample = data[:GUESS_SAMPLE_BYTES]
    if len(data) > GUESS_SAMPLE_BYTES:
        # End the sample at a line break so it does not end inside a character.
        cut = sample.rfind(b"\n")
        sample = sample[: cut + 1] if cut > 0 else sample
    matches = list(from_bytes(sample))
    if not matches:
        return "cp1252"
    best = matches[0]
    plausible: set[str] = set()
    for match in matches:
        if match.chaos <= best.chaos + GUESS_TIE and match.coherence >= best.coherence - GUESS_TIE:
            # could_be_from_charset: encodings giving exactly the same text.
            plausible.update(map(_canonical, (match.encoding, *match.could_be_from_charset)))
    for name in map(_canonical, WEB_CHARSET_PREFERENCE):
        if name in plausible:
            return name
    return _lookup(best.encoding, "guessed charset", []) or "cp1252"


def _canonical(name: str) -> str:
    return _lookup(name, "", []) or name
