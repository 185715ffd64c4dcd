"""Checking files: read a file's bytes, load its bodies, validate them, place every problem.

This is the layer between the loaders (bytes to bodies with positions), the validator (bodies to
problems) and the reporters (results to text). It never raises on what a file holds; only a path
that cannot be read raises (:class:`OSError`), since that is the caller's to report.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO, Literal, NamedTuple

from ._kinds import DEFAULT_SERVER, decide
from ._loaders import Document, Format, load, place_documents, problem, sniff
from ._plain import DEFAULT_MAX_BYTES, STDIN
from ._problem import Problem
from ._rules import with_rule
from ._schema import DEFAULT_API_VERSION, ApiVersion, Kind, admits_string, document_key

SUFFIXES: dict[str, Format] = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}


class Finding(NamedTuple):
    """A problem found in a file, with the index of the document (0 unless a YAML stream)."""

    problem: Problem
    document: int = 0


class FileResult(NamedTuple):
    """Everything found in one file; ``path`` is the path as given (``<stdin>`` for ``-``)."""

    path: str
    findings: tuple[Finding, ...]
    documents: int = 1
    # The kind each document was checked as (``--kind auto`` decides it per document).
    kinds: tuple[str, ...] = ()

    @property
    def errors(self) -> int:
        return sum(finding.problem.severity == "error" for finding in self.findings)

    @property
    def warnings(self) -> int:
        return sum(finding.problem.severity == "warning" for finding in self.findings)

    @property
    def valid(self) -> bool:
        """True when the file has no error (warnings do not count)."""
        return self.errors == 0


def check_path(
    path: str,
    stdin: BinaryIO,
    kind: Kind | Literal["auto"] = "thread",
    max_bytes: int = DEFAULT_MAX_BYTES,
    api_version: ApiVersion = DEFAULT_API_VERSION,
    *,
    server: str = DEFAULT_SERVER,
) -> FileResult:
    """Check one file (``-`` reads ``stdin``). Raises :class:`OSError` if it cannot be read."""
    if path == STDIN:
        return check_stream(
            stdin, "<stdin>", kind, max_bytes, api_version=api_version, server=server
        )
    # Not blocking: a FIFO put in place of a file since it was listed must not hang the run.
    with open(path, "rb", opener=_open_nonblocking) as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", path)
        return check_stream(
            stream,
            path,
            kind,
            max_bytes,
            SUFFIXES.get(Path(path).suffix.lower()),
            api_version,
            server=server,
        )


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def check_stream(
    stream: BinaryIO,
    name: str,
    kind: Kind | Literal["auto"] = "thread",
    max_bytes: int = DEFAULT_MAX_BYTES,
    fmt: Format | None = None,
    api_version: ApiVersion = DEFAULT_API_VERSION,
    *,
    server: str = DEFAULT_SERVER,
) -> FileResult:
    data = read_at_most(stream, max_bytes)
    if data is None:
        message = f"The file is larger than the {max_bytes:,}-byte size cap (--max-bytes); it was not read."
        return FileResult(name, (Finding(with_rule(problem("file_too_large", message, 1, 1))),))
    return check_bytes(data, name, kind, fmt, api_version, server=server)


#: How much is read at a time: memory follows what a file holds, not how large the cap is.
READ_CHUNK = 1 << 20


def read_at_most(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """All of ``stream``, or None as soon as it holds more than ``max_bytes`` bytes.

    Read in chunks: ``read(max_bytes + 1)`` would allocate the whole cap up front (a
    ``MemoryError`` for ``--max-bytes 100000000000``, an ``OverflowError`` beyond 2**63).
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        # One byte more than the cap tells a file at the cap from a larger one.
        chunk = stream.read(min(READ_CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            return None


def check_bytes(
    data: bytes,
    name: str,
    kind: Kind | Literal["auto"] = "thread",
    fmt: Format | None = None,
    api_version: ApiVersion = DEFAULT_API_VERSION,
    *,
    server: str = DEFAULT_SERVER,
) -> FileResult:
    """Check the bytes of a file; ``fmt`` ``None`` guesses JSON or YAML from the content.

    ``kind`` ``"auto"`` checks each document as the kind its shape fits (``_kinds.decide``).
    """
    if fmt is None:
        fmt = sniff(data[:1024].decode("utf-8", errors="replace"))
    from ._validator import validator_for

    documents = load(data, fmt)
    kinds = [
        kind if kind != "auto" else decide(d.body, api_version) if d.parsed else "thread"
        for d in documents
    ]
    found = [
        validator_for(chosen, api_version, server).validate(d.body) if d.parsed else []
        for d, chosen in zip(documents, kinds, strict=True)
    ]
    # Positions are looked up for the problems only, in one pass over the file.
    place_documents(
        documents,
        {index: [item.path for item in items] for index, items in enumerate(found) if items},
    )
    findings: list[Finding] = []
    for index, document in enumerate(documents):
        schema = document_key(kinds[index], api_version)
        findings.extend(
            Finding(item, index) for item in _check_document(document, found[index], schema)
        )
    return FileResult(name, tuple(findings), len(documents), tuple(kinds))


def _check_document(document: Document, found: list[Problem], schema: str) -> list[Problem]:
    """``schema`` is the key of the bundled document the body was checked against."""
    if not document.parsed:
        # Placing the problems scanned the file and refused it (nesting too deep).
        found = []
    placed = [_placed(item, document, schema) for item in found if not _said(item, document)]
    loaded = [with_rule(item) for item in document.problems]
    # Loader problems come first at a shared position: a parse problem explains what follows.
    ranked = sorted(
        enumerate([*loaded, *placed]),
        key=lambda entry: (entry[1].line or 0, entry[1].column or 0, entry[0]),
    )
    return [item for _, item in ranked]


def _said(item: Problem, document: Document) -> bool:
    """Whether the loader already reported the value this problem is about (a NaN, a date)."""
    return not item.on_key and item.path in document.reported


def _placed(item: Problem, document: Document, schema: str) -> Problem:
    line, column = (
        document.positions.locate(item.path, item.on_key) if document.positions else (1, 1)
    )
    message = item.message
    phrase = document.implicit.get(item.path)
    if phrase and item.code == "invalid_type" and admits_string(item.schema_path, schema):
        message = f"{message} {phrase}: quote it to make it a string."
    return item.replace(line=line, column=column, message=message)
