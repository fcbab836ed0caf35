"""GzipMembers: member offsets, truncation and corruption."""

from __future__ import annotations

import gzip
import io
import random

import pytest

from newsrefinery.ingest.gzstream import BrokenStream, GzipMembers


def members(*parts: bytes) -> tuple[bytes, list[int]]:
    data = b""
    starts = []
    for part in parts:
        starts.append(len(data))
        data += gzip.compress(part)
    return data, starts


def read_all(stream: GzipMembers, size: int = 7) -> bytes:
    out = b""
    while chunk := stream.read(size):
        out += chunk
    return out


def test_members_are_concatenated_and_mapped() -> None:
    parts = [b"first record\n", b"", b"second\n", random.Random(0).randbytes(200_000)]
    data, starts = members(*parts)
    stream = GzipMembers(io.BytesIO(data))
    assert read_all(stream, 4096) == b"".join(parts)
    assert stream.tell() == sum(map(len, parts))
    # The empty member shares its decompressed offset with the next: the record is
    # in the later one.
    assert stream.member_at(0) == starts[0]
    assert stream.member_at(len(parts[0])) == starts[2]
    assert stream.member_at(len(parts[0]) + 3) is None
    assert stream.member_at(len(parts[0]) + len(parts[2])) == starts[3]


def test_read_everything_at_once() -> None:
    data, _ = members(b"a" * 100_000, b"b")
    assert GzipMembers(io.BytesIO(data)).read() == b"a" * 100_000 + b"b"


@pytest.mark.parametrize("keep", [5, 30, -5, -1])
def test_cut_member_raises_with_its_offset(keep: int) -> None:
    data, starts = members(b"one" * 10, random.Random(1).randbytes(300))
    cut = data[: starts[1] + keep] if keep > 0 else data[:keep]
    stream = GzipMembers(io.BytesIO(cut))
    with pytest.raises(BrokenStream) as info:
        read_all(stream)
    assert info.value.offset == starts[1]


def test_trailing_garbage_raises() -> None:
    data, _ = members(b"one")
    with pytest.raises(BrokenStream) as info:
        read_all(GzipMembers(io.BytesIO(data + b"not gzip")))
    assert info.value.offset == len(data)


def test_bomb_is_inflated_in_bounded_steps() -> None:
    data, _ = members(b"\x00" * 10_000_000)
    stream = GzipMembers(io.BytesIO(data))
    assert len(stream.read(1 << 20)) <= 1 << 16
