"""Reading inputs: files, directories, stdin, JSON Lines and WARC, and decoding bytes.

    read_inputs(paths, *, max_bytes=DEFAULT_MAX_BYTES) -> Iterator[RawDoc]
    decode(raw) -> (text, warnings)

`read_inputs` yields one `RawDoc` per document, lazily and in input order; memory is
bounded per document, never per corpus. An input that fails never raises: it becomes
a `RawDoc` with `content=None` and `error=Rejection(reason, message)`, the message one
line starting with where it was, and reading goes on with the next input.

Reason codes (stable: the store and reports key on them):

    not_found             a path given on the command line does not exist
    vanished              a file listed by a directory walk was gone when opened
    unreadable            permission denied, not a regular file, or another OS error
    unsupported_format    an extension the readers do not know (or WARC without
                          FastWARC/warcio installed)
    empty_input           a file of 0 bytes; from `decode`, text that is blank
    too_large             over `max_bytes`: file size (checked before reading),
                          decompressed size (.gz, stdin), a WARC record, a JSONL line
    truncated_gzip        a .gz text/HTML file that is cut off or corrupt (the whole
                          file is rejected), or a .jsonl.gz stream that breaks (the
                          lines before are kept)
    truncated_warc        a WARC record cut off, a gzip member cut off, or data that
                          does not parse as WARC: the records before are kept, then
                          one rejection at the offset where it broke
    bad_content_encoding  a WARC response body that does not decode as its
                          Content-Encoding says
    invalid_json          a JSONL line that is not a JSON object
    no_text               a JSONL object without a non-blank string `html` or `text`
    binary_content        from `decode`: bytes that are not text

The modules: `readers` (dispatch, files, directories, stdin), `jsonl`, `warc`
(with `gzstream` and `httpbody`), `decode`, and `patterns` (extensions, sniffing
patterns, charset tables). FastWARC, warcio and charset-normalizer are imported only
when needed, so importing this package stays cheap.
"""

from __future__ import annotations

from .base import DEFAULT_MAX_BYTES
from .decode import decode
from .readers import STDIN_URI, read_file, read_inputs

REASONS = (
    "not_found",
    "vanished",
    "unreadable",
    "unsupported_format",
    "empty_input",
    "too_large",
    "truncated_gzip",
    "truncated_warc",
    "bad_content_encoding",
    "invalid_json",
    "no_text",
    "binary_content",
)

__all__ = ["DEFAULT_MAX_BYTES", "REASONS", "STDIN_URI", "decode", "read_file", "read_inputs"]
