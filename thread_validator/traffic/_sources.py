"""Which files a bulk run reads, and how each one is checked (the part every engine shares)."""

from __future__ import annotations

import gzip
import os
from typing import IO, Any

from .._files import SUFFIXES as BODY_SUFFIXES
from ._check import Checker, RecordProblem
from ._jsonl import check_stream
from ._names import base_name
from ._recordings import RecordingError, entries, load_recording


def open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def check_document(checker: Checker, data: bytes, source: str, max_bytes: int) -> None:
    """Check a whole file that is a recording, or else a body file (JSON or YAML)."""
    try:
        loaded = load_recording(data, source)
    except RecordingError as error:
        checker.summary.bytes += len(data)
        checker._unparseable(source, error.problem.line or 1, None, None, error.problem)  # noqa: SLF001 (the checker is this package's own)
        return
    if loaded is None:
        _check_body_file(checker, data, source, max_bytes)  # counts the bytes itself
        return
    checker.summary.bytes += len(data)
    fmt, value, locate = loaded
    for entry in entries(fmt, value, source, locate, checker.options.responses):
        checker.record(entry.request)
        if entry.response is not None:
            checker.record(entry.response, kind="thread_object")


def _check_body_file(checker: Checker, data: bytes, source: str, max_bytes: int) -> None:
    """A JSON or YAML file with a body in it, as the linter checks it: one record per document."""
    from .._files import check_bytes
    from .._loaders import problem as loader_problem
    from .._rules import with_rule

    options = checker.options
    summary = checker.summary
    summary.bytes += len(data)
    kind = options.kind
    label = f"{kind} body"
    if len(data) > max_bytes:
        too_large = loader_problem(
            "file_too_large",
            f"The file is larger than the {max_bytes:,}-byte size cap (--max-bytes); it was not read.",
            1,
            1,
        )
        checker._unparseable(source, 1, 0, None, with_rule(too_large))  # noqa: SLF001 (the checker is this package's own)
        return
    fmt = BODY_SUFFIXES.get(os.path.splitext(base_name(source))[1])
    result = check_bytes(data, source, kind, fmt, options.api_version)  # type: ignore[arg-type]
    by_document: list[list[Any]] = [[] for _ in range(result.documents)]
    for finding in result.findings:
        by_document[finding.document].append(finding.problem)
    for index, problems in enumerate(by_document):
        record = f"document {index}" if result.documents > 1 else None
        summary.records += 1
        failing = warned = False
        unparseable = any(p.code in _UNREADABLE for p in problems)
        for problem in problems:
            if options.settings is not None:
                problem = options.settings.apply_one(problem, source)
                if problem is None:
                    continue
            if problem.severity == "error":
                summary.errors += 1
            else:
                summary.warnings += 1
                warned = True
            failing = failing or problem.severity in checker._failing  # noqa: SLF001 (the package's own)
            found = RecordProblem(source, problem.line or 1, None, record, label, kind, problem)
            summary.problem(problem.rule or "", problem.code, found.locator())
            if checker.sink is not None:
                checker.sink(found)
        if unparseable:
            summary.unparseable += 1
        elif failing:
            summary.invalid += 1
        else:
            summary.valid += 1
        summary.warned += warned
        summary.endpoint(label, invalid=failing or unparseable)


# A body file with one of these cannot be read as a body at all.
_UNREADABLE = frozenset(
    {
        "invalid_json",
        "invalid_yaml",
        "invalid_utf8",
        "binary_file",
        "empty_file",
        "nesting_too_deep",
        "number_too_long",
        "yaml_alias_bomb",
    }
)


def check_file(
    checker: Checker,
    path: str,
    fmt: str,
    max_bytes: int,
    start: int = 0,
    end: int | None = None,
    first_line: int = 1,
    stream: IO[bytes] | None = None,
) -> int:
    """Check one file (or a byte range of a JSON Lines file); the lines read (JSON Lines)."""
    if stream is not None:
        return check_stream(checker, stream, path, start, end, first_line)
    with open_binary(path) as opened:
        if fmt == "jsonl":
            if start:
                opened.seek(start)
            return check_stream(checker, opened, path, start, end, first_line)
        data = opened.read()
    check_document(checker, data, path, max_bytes)
    return 0
