"""Turn paths (files, directories, "-" for stdin) into a stream of `RawDoc`s.

Dispatch is by extension, case-insensitively, with an optional trailing `.gz`:
`.txt .text .md` text; `.html .htm .xhtml .shtml` HTML; `.jsonl .ndjson` JSON Lines;
`.warc` WARC. Directories are walked recursively in sorted name order, skipping
names that start with a dot. Stdin is sniffed: JSON Lines if its first non-blank line
is a JSON object, HTML if its first 2 KB hold an HTML tag, text otherwise.

Everything is a generator: nothing is read before the consumer asks for the next
document, and a container (JSONL, WARC) is read one record at a time.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..records import Format, RawDoc
from .base import DEFAULT_MAX_BYTES, looks_like_jsonl, read_bounded, rejected, sniff_kind
from .jsonl import read_jsonl
from .patterns import EXTENSIONS, Container, Kind
from .warc import read_warc

STDIN_URI = "<stdin>"

# How each container is labelled when it has to be rejected before it is read.
_LABELS: dict[Container | None, tuple[Format, Kind]] = {
    "text": ("text", "text"),
    "html": ("html", "html"),
    "jsonl": ("jsonl", "text"),
    "warc": ("warc", "html"),
    None: ("text", "text"),
}


def read_inputs(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    """Every document of every input, in the order given; failures as rejected docs."""
    for path in paths:
        if path == "-":
            yield from _guarded(STDIN_URI, _read_stdin(max_bytes))
        elif os.path.isdir(path):
            yield from _walk(path, max_bytes)
        else:
            yield from _guarded(_uri(path), read_file(path, max_bytes=max_bytes))


def _guarded(uri: str, docs: Iterator[RawDoc]) -> Iterator[RawDoc]:
    # The readers turn every failure they know of into a rejected document; this
    # catches what they do not know of, so one odd input never ends a whole run.
    try:
        yield from docs
    except Exception as exc:
        yield rejected(uri, "unreadable", f"cannot read ({type(exc).__name__}: {exc})")


def _uri(path: str) -> str:
    return Path(os.path.realpath(path)).as_posix()


def split_extension(path: str) -> tuple[str, bool]:
    """(extension without .gz, lower-cased; whether the file is gzipped)."""
    name = os.path.basename(path).lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return os.path.splitext(name)[1], gz


def _walk(root: str, max_bytes: int) -> Iterator[RawDoc]:
    """Files under `root`, depth first, each directory's entries sorted by name."""
    for item in walk_files(root):
        if isinstance(item, RawDoc):
            yield item
        else:
            yield from _guarded(_uri(item), read_file(item, max_bytes=max_bytes, listed=True))


def walk_files(root: str) -> Iterator[RawDoc | str]:
    """The file paths under `root` in reading order, and a rejection per unusable directory.

    The one walk both engines use, so the Ray engine lists exactly what this reads.
    """
    seen: set[tuple[int, int]] = set()
    # An explicit stack instead of recursion: directory trees can be deeper than
    # Python's recursion limit.
    stack: list[Iterator[str]] = []
    pending: str | None = root
    while pending is not None or stack:
        if pending is not None:
            listing = _list_dir(pending, seen, listed=pending != root)
            pending = None
            if isinstance(listing, RawDoc):
                yield listing
            elif listing is not None:
                stack.append(iter(listing))
            continue
        path = next(stack[-1], None)
        if path is None:
            stack.pop()
        elif os.path.isdir(path):
            pending = path
        else:
            yield path


def _list_dir(path: str, seen: set[tuple[int, int]], *, listed: bool) -> list[str] | RawDoc | None:
    """Sorted visible entries of a directory; None if already walked (symlink loop)."""
    try:
        info = os.stat(path)
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return None
        seen.add(key)
        with os.scandir(path) as entries:
            names = sorted(e.name for e in entries if not e.name.startswith("."))
    except FileNotFoundError:
        reason = "vanished" if listed else "not_found"
        return rejected(_uri(path), reason, "directory disappeared before it was read")
    except OSError as exc:
        return rejected(_uri(path), "unreadable", f"cannot list directory ({exc.strerror or exc})")
    return [os.path.join(path, name) for name in names]


@dataclass(frozen=True)
class _File:
    """One file to read, and how its rejections are labelled."""

    path: str
    uri: str
    container: Container | None
    gz: bool
    listed: bool  # found by a directory walk, so a missing file has vanished

    def reject(self, reason: str, detail: str) -> RawDoc:
        fmt, kind = _LABELS[self.container]
        return rejected(self.uri, reason, detail, format=fmt, kind=kind)

    def gone(self, detail: str) -> RawDoc:
        if self.listed:
            return self.reject("vanished", f"{detail} (removed after the directory was listed)")
        return self.reject("not_found", detail)


def read_file(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, listed: bool = False
) -> Iterator[RawDoc]:
    """The documents of one file. `listed`: the file was found by a directory walk."""
    ext, gz = split_extension(path)
    file = _File(path, _uri(path), EXTENSIONS.get(ext), gz, listed)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield file.gone("no such file")
        return
    except OSError as exc:
        yield file.reject("unreadable", f"cannot access ({exc.strerror or exc})")
        return
    if not stat.S_ISREG(info.st_mode):
        # Reading a FIFO or a device could block forever or never end.
        yield file.reject("unreadable", "not a regular file")
    elif file.container is None:
        shown = f"'{ext}'" if ext else "(no extension)"
        yield file.reject("unsupported_format", f"unsupported file type {shown}")
    elif info.st_size == 0:
        yield file.reject("empty_input", "file is empty (0 bytes)")
    elif not gz and file.container in ("text", "html") and info.st_size > max_bytes:
        # Decided from the size alone, so a huge file costs nothing to reject.
        detail = f"file of {info.st_size} bytes is larger than the limit of {max_bytes}"
        yield file.reject("too_large", detail)
    else:
        yield from _open_and_read(file, max_bytes)


def _open_and_read(file: _File, max_bytes: int) -> Iterator[RawDoc]:
    try:
        raw = open(file.path, "rb")  # noqa: SIM115 - the with below closes it
    except FileNotFoundError:
        yield file.gone("file disappeared before it was opened")
        return
    except OSError as exc:
        yield file.reject("unreadable", f"cannot open ({exc.strerror or exc})")
        return
    with raw:
        if file.container == "warc":
            yield from read_warc(raw, file.uri, max_bytes)
        elif file.container == "jsonl":
            stream = gzip.GzipFile(fileobj=raw, mode="rb") if file.gz else raw
            yield from read_jsonl(stream, file.uri, max_bytes)
        else:
            yield _whole_file(file, raw, max_bytes)


def _whole_file(file: _File, raw: BinaryIO, max_bytes: int) -> RawDoc:
    """A text or HTML file as one document."""
    try:
        if file.gz:
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                data = read_bounded(unzipped, max_bytes)
        else:
            data = read_bounded(raw, max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        return file.reject("truncated_gzip", f"gzip data is cut off or corrupt ({exc})")
    except OSError as exc:
        return file.reject("unreadable", f"cannot read ({exc.strerror or exc})")
    if data is None:
        return file.reject("too_large", f"content is larger than the limit of {max_bytes} bytes")
    if not data:
        return file.reject("empty_input", "file holds no content")
    kind: Kind = "html" if file.container == "html" else "text"
    return RawDoc(uri=file.uri, format=kind, kind=kind, content=data)


def _read_stdin(max_bytes: int) -> Iterator[RawDoc]:
    stdin = sys.stdin
    if stdin is None:
        yield rejected(STDIN_URI, "unreadable", "no standard input")
        return
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        data = read_bounded(buffer, max_bytes)
    else:
        # A text-only stdin (tests, embedding): re-encode what it gives.
        text = stdin.read(max_bytes + 1)
        data = text.encode("utf-8", "surrogateescape")
        data = None if len(data) > max_bytes else data
    if data is None:
        yield rejected(STDIN_URI, "too_large", f"more than {max_bytes} bytes on stdin")
    elif not data:
        yield rejected(STDIN_URI, "empty_input", "nothing on stdin")
    elif looks_like_jsonl(data):
        yield from read_jsonl(io.BytesIO(data), STDIN_URI, max_bytes)
    else:
        kind = sniff_kind(data)
        yield RawDoc(uri=STDIN_URI, format=kind, kind=kind, content=data)
