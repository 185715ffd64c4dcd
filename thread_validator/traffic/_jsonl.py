"""JSON Lines files: streamed line by line, whole or as a byte range that starts at a line.

Memory stays bounded whatever the file: one line at a time, and a line longer than the record cap
is skipped in chunks rather than read (it is reported as ``record_too_large``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from ._check import Checker

CHUNK = 1 << 20


def lines_of(
    stream: IO[bytes], limit: int, start: int = 0, end: int | None = None
) -> Iterator[bytes]:
    """The lines of ``stream`` from byte ``start`` (a line start) to ``end`` (exclusive).

    A line longer than ``limit`` bytes comes out as ``limit + 1`` bytes (enough to tell it is
    too long) plus the count of the bytes skipped, so that offsets stay right.
    """
    position = start
    readline = stream.readline
    while end is None or position < end:
        data = readline(limit + 1)
        if not data:
            return
        if len(data) > limit and not data.endswith(b"\n"):
            skipped = 0
            while True:
                rest = readline(CHUNK)
                skipped += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield _Oversized(data, len(data) + skipped)
            position += len(data) + skipped
            continue
        position += len(data)
        yield data


class _Oversized(bytes):
    """The head of a line too long to read, knowing how long the whole line was."""

    size: int

    # typing.Self is 3.11+; the class is private and final, so naming it is exact.
    def __new__(cls, head: bytes, size: int) -> _Oversized:
        item = super().__new__(cls, head)
        item.size = size
        return item


def check_stream(
    checker: Checker,
    stream: IO[bytes],
    source: str,
    start: int = 0,
    end: int | None = None,
    first_line: int = 1,
) -> int:
    """Check the lines of ``stream`` between ``start`` and ``end``; the number of lines read."""
    check = checker.line
    summary = checker.summary
    number = first_line
    offset = start
    for data in lines_of(stream, checker.options.max_record_bytes, start, end):
        check(data, source, number, offset)
        if type(data) is _Oversized:
            # check() counted the head; the rest of the line was read past too.
            summary.bytes += data.size - len(data)
            offset += data.size
        else:
            offset += len(data)
        number += 1
    return number - first_line
