"""A streaming gzip reader that knows where each member starts and notices truncation.

WARC parsers are lenient about broken gzip: FastWARC and warcio both stop quietly at
a member that is cut off, and FastWARC reports the same `stream_pos` for every record
of a file gzipped as a whole. Decompressing here instead gives the parsers a plain
stream, makes a cut-off member an error (`BrokenStream`), and maps each record's
decompressed position to the compressed offset of its member, which is the offset
CDX indexes and `zcat`-free random access use.
"""

from __future__ import annotations

import zlib
from collections import deque
from typing import BinaryIO

from .base import CHUNK


class BrokenStream(Exception):
    """The compressed stream ends, or stops being gzip, inside a member.

    Deliberately not an EOFError: warcio takes EOFError for a clean end of file.
    """

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class GzipMembers:
    """Read-only, forward-only stream of the decompressed bytes of a gzip file."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._dec: zlib._Decompress | None = None
        self._in = b""
        self._in_pos = 0  # compressed offset of self._in[0]
        self._out = b""
        self._produced = 0  # decompressed bytes produced, returned or not
        self._pos = 0  # decompressed bytes returned
        self._eof = False
        self.member_start = 0
        # (decompressed offset, compressed offset) of each member start not yet passed.
        self._boundaries: deque[tuple[int, int]] = deque()

    def tell(self) -> int:
        return self._pos

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            parts = []
            while chunk := self.read(CHUNK):
                parts.append(chunk)
            return b"".join(parts)
        while not self._out and not self._eof:
            self._fill()
        data, self._out = self._out[:size], self._out[size:]
        self._pos += len(data)
        return data

    def _fill(self) -> None:
        if not self._in:
            self._in = self._raw.read(CHUNK)
            if not self._in:
                if self._dec is not None:
                    raise BrokenStream(
                        f"gzip member at byte {self.member_start} is cut off", self.member_start
                    )
                self._eof = True
                return
        if self._dec is None:
            self.member_start = self._in_pos
            self._boundaries.append((self._produced, self._in_pos))
            self._dec = zlib.decompressobj(wbits=31)
        try:
            # Bounded output per call: a small member may inflate to gigabytes.
            out = self._dec.decompress(self._in, CHUNK)
        except zlib.error as exc:
            raise BrokenStream(
                f"gzip member at byte {self.member_start} is corrupt ({exc})", self.member_start
            ) from exc
        rest = self._dec.unused_data if self._dec.eof else self._dec.unconsumed_tail
        self._in_pos += len(self._in) - len(rest)
        self._in = rest
        if self._dec.eof:
            self._dec = None
        self._out = out
        self._produced += len(out)

    def member_at(self, pos: int) -> int | None:
        """Compressed offset of the member starting at decompressed `pos`, if any.

        Positions must be asked for in increasing order: earlier boundaries are
        forgotten, which keeps memory flat over files of millions of members.
        """
        bounds = self._boundaries
        while bounds and bounds[0][0] < pos:
            bounds.popleft()
        # Empty members share a decompressed offset with the next one; the record
        # lives in the last of them.
        while len(bounds) > 1 and bounds[1][0] == pos:
            bounds.popleft()
        if bounds and bounds[0][0] == pos:
            return bounds[0][1]
        return None

    def member_after(self, pos: int) -> int | None:
        """Compressed offset of the first member starting at or after `pos`."""
        for decompressed, compressed in self._boundaries:
            if decompressed >= pos:
                return compressed
        return None
