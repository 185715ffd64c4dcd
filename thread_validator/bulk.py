"""Auditing recorded traffic from Python: many records in, problems and a summary out.

>>> from thread_validator.bulk import validate_lines
>>> results = validate_lines(['{"messages": []}', '{"messages": [{"role": "system"}]}'])
>>> [(found.line, found.problem.param, found.problem.code) for found in results]
[(2, 'messages[0].content', 'missing_required_parameter'), (2, 'messages[0].role', 'invalid_value')]
>>> results.summary.records, results.summary.invalid
(2, 1)

The pieces are engine-neutral: :func:`check_lines` is the partition function (lines in, problems to
a sink, a :class:`Summary` out), a :class:`Summary` merges with ``+``, pickles and serialises
(``to_dict``/``from_dict``), so Spark, Ray or any pool can run it (README: "Auditing traffic").
:func:`audit` runs files over every core; :mod:`thread_validator.traffic.dask` runs them on Dask.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .traffic._check import (
    DEFAULT_MAX_RECORD_BYTES,
    Checker,
    Options,
    Record,
    RecordProblem,
    check_lines,
)
from .traffic._endpoints import PRESETS
from .traffic._pool import audit as _audit
from .traffic._summary import Summary

__all__ = [
    "DEFAULT_MAX_RECORD_BYTES",
    "PRESETS",
    "Options",
    "Record",
    "RecordProblem",
    "Results",
    "Summary",
    "audit",
    "check_lines",
    "options",
    "validate_lines",
]


def options(
    *,
    kind: str = "thread",
    api_version: str = "v2",
    preset: str | None = None,
    body_pointer: str | None = None,
    url_pointer: str | None = None,
    method_pointer: str | None = None,
    id_pointers: Iterable[str] | None = None,
    responses: bool = False,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    strict: bool = False,
) -> Options:
    """Options from keywords: a preset's pointers, then the pointers given on top."""
    from .traffic._endpoints import parse_pointer

    base = Options.from_preset(preset) if preset is not None else Options()
    changes: dict[str, Any] = {
        "kind": kind,
        "api_version": api_version,
        "responses": responses,
        "max_record_bytes": max_record_bytes,
        "strict": strict,
    }
    for name, value in (("body", body_pointer), ("url", url_pointer), ("method", method_pointer)):
        if value is not None:
            parse_pointer(value)  # ValueError now rather than in a worker
            changes[name] = value
    if id_pointers is not None:
        changes["ids"] = tuple(id_pointers)
        for pointer in changes["ids"]:
            parse_pointer(pointer)
    if kind not in ("thread", "message", "thread_object"):
        raise ValueError(f"unknown kind {kind!r}: expected 'thread', 'message' or 'thread_object'")
    if api_version not in ("v1", "v2"):
        raise ValueError(f"unknown api_version {api_version!r}: expected 'v2' or 'v1'")
    return base._replace(**changes)


class Results:
    """The problems of some lines, as an iterator; ``summary`` grows as it is consumed."""

    def __init__(
        self, lines: Iterable[bytes | str], opts: Options, source: str, first_line: int
    ) -> None:
        """Check ``lines`` lazily, numbering them from ``first_line``."""
        self.summary = Summary()
        self._found: list[RecordProblem] = []
        self._checker = Checker(opts, self.summary, self._found.append)
        self._iterator = self._run(lines, source, first_line)

    def _run(
        self, lines: Iterable[bytes | str], source: str, first_line: int
    ) -> Iterator[RecordProblem]:
        check = self._checker.line
        found = self._found
        offset = 0
        for number, data in enumerate(lines, first_line):
            check(data, source, number, offset)
            size = (
                len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
            )
            offset += size if data[-1:] in (b"\n", "\n") else size + 1
            if found:
                yield from found
                found.clear()

    def __iter__(self) -> Iterator[RecordProblem]:
        """The problems, as the lines are read."""
        return self._iterator

    def __next__(self) -> RecordProblem:
        """The next problem, reading lines until there is one."""
        return next(self._iterator)


def validate_lines(
    lines: Iterable[bytes | str],
    *,
    source: str = "<lines>",
    first_line: int = 1,
    **keywords: Any,
) -> Results:
    """The problems of each line of JSON Lines, lazily, in order; see :func:`options`.

    Each line is a record: by default the body itself (``kind``, default ``thread``), or, with a
    ``preset`` or pointers, a request record holding the body and its endpoint. A line that is not
    JSON is a problem on that line; blank lines are not records. Read ``.summary`` once the
    problems are consumed.
    """
    return Results(lines, options(**keywords), source, first_line)


def audit(
    paths: Iterable[str],
    *,
    jobs: int | None = None,
    problems: str | None = None,
    max_bytes: int = 10 * 1024 * 1024,
    **keywords: Any,
) -> Summary:
    """Check files (JSON Lines, recordings, body files) over ``jobs`` processes; the summary.

    ``problems`` names a file that receives every problem as JSON Lines, in input order.
    """
    opts = options(**keywords)
    if problems is None:
        return _audit(list(paths), opts, jobs=jobs, max_bytes=max_bytes)
    with open(problems, "w", encoding="utf-8") as out:
        return _audit(list(paths), opts, jobs=jobs, render="jsonl", out=out, max_bytes=max_bytes)
