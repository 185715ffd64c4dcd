"""Checking files: read a file's bytes, load its bodies, validate them, place every problem.

This is the layer between the loaders (bytes to bodies with positions), the validator (bodies to
problems) and the reporters (results to text). It never raises on what a file holds; only a path
that cannot be read raises (:class:`OSError`), since that is the caller's to report.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from ._display import display_path
from ._loaders import Document, Format, load, place_documents, problem, sniff
from ._problem import Problem
from ._rules import rule_for
from ._schema import DEFAULT_API_VERSION, ApiVersion, Kind
from ._schema import document as schema_document

#: The default size cap: far above any real body (the API's own request limit is lower).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES: dict[str, Format] = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
STDIN = "-"


class Finding(NamedTuple):
    """A problem found in a file, with the index of the document (0 unless a YAML stream)."""

    problem: Problem
    document: int = 0


class FileResult(NamedTuple):
    """Everything found in one file; ``path`` is the path as given (``<stdin>`` for ``-``)."""

    path: str
    findings: tuple[Finding, ...]
    documents: int = 1

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


def expand(paths: Iterable[str]) -> Iterator[str | OSError]:
    """The files named by ``paths``: directories searched for JSON and YAML files, in order.

    Hidden directories and files (``.git``, ``.venv``) are skipped inside a directory, and so is
    anything there that is not a regular file (a FIFO named ``x.json`` would block the read
    forever). A path that cannot be used comes out as an :class:`OSError`, for the caller to report.
    """
    for path in paths:
        if path == STDIN:
            yield path
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            yield _path_error(error, path)
            continue
        if stat.S_ISREG(mode):
            yield path
        elif stat.S_ISDIR(mode):
            found: list[str] = []
            for root, directories, files in os.walk(path):
                directories[:] = [name for name in directories if not name.startswith(".")]
                found.extend(
                    os.path.join(root, name)
                    for name in files
                    if not name.startswith(".")
                    and os.path.splitext(name)[1].lower() in SUFFIXES
                    and _regular_or_unreadable(os.path.join(root, name))
                )
            yield from sorted(found)
        else:
            yield OSError(f"not a file or a directory: {display_path(path)}")


def _path_error(error: OSError, path: str) -> OSError:
    if isinstance(error, FileNotFoundError):
        return FileNotFoundError(f"no such file or directory: {display_path(path)}")
    reason = error.strerror or str(error)
    return type(error)(f"{reason[:1].lower()}{reason[1:]}: {display_path(path)}")


def _regular_or_unreadable(path: str) -> bool:
    """Whether a file found in a folder is to be checked: a regular file, or one whose ``stat``
    fails (a dangling link), which checking then reports."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def check_path(
    path: str,
    stdin: BinaryIO,
    kind: Kind = "thread",
    max_bytes: int = DEFAULT_MAX_BYTES,
    api_version: ApiVersion = DEFAULT_API_VERSION,
) -> FileResult:
    """Check one file (``-`` reads ``stdin``). Raises :class:`OSError` if it cannot be read."""
    if path == STDIN:
        return check_stream(stdin, "<stdin>", kind, max_bytes, api_version=api_version)
    # Not blocking: a FIFO put in place of a file since it was listed must not hang the run.
    with open(path, "rb", opener=_open_nonblocking) as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", path)
        return check_stream(
            stream, path, kind, max_bytes, SUFFIXES.get(Path(path).suffix.lower()), api_version
        )


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def check_stream(
    stream: BinaryIO,
    name: str,
    kind: Kind = "thread",
    max_bytes: int = DEFAULT_MAX_BYTES,
    fmt: Format | None = None,
    api_version: ApiVersion = DEFAULT_API_VERSION,
) -> FileResult:
    data = read_at_most(stream, max_bytes)
    if data is None:
        message = f"The file is larger than the {max_bytes:,}-byte size cap (--max-bytes); it was not read."
        return FileResult(name, (Finding(with_rule(problem("file_too_large", message, 1, 1))),))
    return check_bytes(data, name, kind, fmt, api_version)


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
    kind: Kind = "thread",
    fmt: Format | None = None,
    api_version: ApiVersion = DEFAULT_API_VERSION,
) -> FileResult:
    """Check the bytes of a file; ``fmt`` ``None`` guesses JSON or YAML from the content."""
    if fmt is None:
        fmt = sniff(data[:1024].decode("utf-8", errors="replace"))
    from ._validator import validator_for

    documents = load(data, fmt)
    validator = validator_for(kind, api_version)
    found = [validator.validate(d.body) if d.parsed else [] for d in documents]
    # Positions are looked up for the problems only, in one pass over the file.
    place_documents(
        documents,
        {index: [item.path for item in items] for index, items in enumerate(found) if items},
    )
    findings: list[Finding] = []
    for index, document in enumerate(documents):
        findings.extend(
            Finding(item, index) for item in _check_document(document, found[index], api_version)
        )
    return FileResult(name, tuple(findings), len(documents))


def with_rule(item: Problem) -> Problem:
    return item if item.rule else item.replace(rule=rule_for(item).id)


def _check_document(
    document: Document, found: list[Problem], api_version: ApiVersion
) -> list[Problem]:
    if not document.parsed:
        # Placing the problems scanned the file and refused it (nesting too deep).
        found = []
    placed = [_placed(item, document, api_version) for item in found if not _said(item, document)]
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


def _placed(item: Problem, document: Document, api_version: ApiVersion) -> Problem:
    line, column = (
        document.positions.locate(item.path, item.on_key) if document.positions else (1, 1)
    )
    message = item.message
    phrase = document.implicit.get(item.path)
    if phrase and item.code == "invalid_type" and _expects_string(item.schema_path, api_version):
        message = f"{message} {phrase}: quote it to make it a string."
    return item.replace(line=line, column=column, message=message)


def _expects_string(schema_path: str, api_version: ApiVersion) -> bool:
    """Whether the schema keyword at ``schema_path`` (a ``type`` or a ``oneOf``) allows a string."""
    node: Any = schema_document(api_version)
    for token in schema_path.lstrip("#").split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return False
    if isinstance(node, (str, list)) and all(
        isinstance(item, str) for item in ([node] if isinstance(node, str) else node)
    ):
        return "string" in ([node] if isinstance(node, str) else node)
    if isinstance(node, list):
        return any(_branch_type(branch, api_version) == "string" for branch in node)
    return False


def _branch_type(branch: Any, api_version: ApiVersion) -> Any:
    if isinstance(branch, dict) and "$ref" in branch and "type" not in branch:
        branch = schema_document(api_version)["$defs"].get(branch["$ref"].rsplit("/", 1)[-1], {})
    return branch.get("type") if isinstance(branch, dict) else None
