"""Recordings of HTTP traffic: VCR cassettes, Azure SDK test-proxy recordings and HAR 1.2.

A recording is one document (YAML or JSON) read whole; each recorded request becomes a
:class:`~._check.Record` with its entry (``interactions[3]``, ``Entries[3]``,
``log.entries[3]``) as the record id and the line of its body as the line. Cassettes are read with
a safe loader that knows only the Python-specific tags vcrpy's older cassettes carry
(``!!python/str``, ``!!python/unicode``, ``!!python/tuple``, a ``BytesIO`` body and an
``iter`` body), rebuilt from their data without constructing any object; any other Python tag
is a problem on that record, never code run.
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import yaml

from .._problem import Problem
from .._rules import with_rule
from ._check import Record
from ._endpoints import THREADS, classify

_TAG = "tag:yaml.org,2002:"

try:  # libyaml's parser when it is there; the constructors below are Python either way
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class _Refused:
    """A value the loader would not build (an arbitrary Python object), with its tag."""

    __slots__ = ("tag",)

    def __init__(self, tag: str) -> None:
        self.tag = tag


class CassetteLoader(_BaseLoader):  # type: ignore[misc]  # a runtime-chosen base
    """A safe loader for cassettes: the standard tags plus vcrpy's benign Python tags."""


def _python_str(loader: Any, node: Any) -> str:
    return str(loader.construct_scalar(node))


def _python_tuple(loader: Any, node: Any) -> list[Any]:
    return list(loader.construct_sequence(node, deep=True))


def _bytes_io(loader: Any, node: Any) -> Any:
    # ``!!python/object/new:_io.BytesIO`` with a ``state`` whose first item is the buffer.
    if not isinstance(node, yaml.MappingNode):
        return _Refused(node.tag)
    state = loader.construct_mapping(node, deep=True).get("state") or [b""]
    data = state[0] if isinstance(state, (list, tuple)) and state else b""
    return data if isinstance(data, (bytes, str)) else _Refused(node.tag)


def _iter(loader: Any, node: Any) -> Any:
    # ``!!python/object/apply:builtins.iter`` with ``args``: the chunks of an iterator body.
    if not isinstance(node, yaml.MappingNode):
        return _Refused(node.tag)
    args = loader.construct_mapping(node, deep=True).get("args") or [[]]
    chunks = args[0] if isinstance(args, (list, tuple)) and args else []
    if not isinstance(chunks, (list, tuple)):
        return _Refused(node.tag)
    parts = [chunk.encode() if isinstance(chunk, str) else chunk for chunk in chunks]
    if not all(isinstance(part, bytes) for part in parts):
        return _Refused(node.tag)
    return b"".join(parts)


def _refuse(loader: Any, tag_suffix: str, node: Any) -> _Refused:
    return _Refused(node.tag)


CassetteLoader.add_constructor(_TAG + "python/str", _python_str)
CassetteLoader.add_constructor(_TAG + "python/unicode", _python_str)
CassetteLoader.add_constructor(_TAG + "python/tuple", _python_tuple)
CassetteLoader.add_constructor(_TAG + "python/object/new:_io.BytesIO", _bytes_io)
CassetteLoader.add_constructor(_TAG + "python/object/apply:builtins.iter", _iter)
# Every other tag (``!!python/object/apply:os.system``) becomes a refused value, not an object.
CassetteLoader.add_multi_constructor("", _refuse)


class Entry(NamedTuple):
    """One recorded request and, when asked for, its successful create's answer."""

    request: Record
    response: Record | None


class RecordingError(ValueError):
    """The file is not a recording this module reads (or not readable at all)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _problem(code: str, message: str, line: int = 1, column: int | None = 1) -> Problem:
    found = Problem(pointer="", param=None, code=code, message=message, line=line, column=column)
    return with_rule(found)


# -- which format -------------------------------------------------------------------------------


def recording_format(value: Any) -> str | None:
    """``vcr``, ``azure`` or ``har`` for a loaded document that is one; else None."""
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("interactions"), list):
        return "vcr"
    if isinstance(value.get("Entries"), list):
        return "azure"
    log = value.get("log")
    if isinstance(log, dict) and isinstance(log.get("entries"), list):
        return "har"
    return None


def load_yaml_recording(text: str) -> tuple[Any, Any]:
    """The constructed document and its node tree (for lines); YAMLError if it does not parse."""
    loader = CassetteLoader(text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return value, node


def _member(node: Any, key: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return value_node
    return None


def _item(node: Any, index: int) -> Any:
    if isinstance(node, yaml.SequenceNode) and index < len(node.value):
        return node.value[index]
    return None


# -- reading entries ----------------------------------------------------------------------------

Locate = Callable[[tuple[Any, ...]], tuple[int, int]]


def entries(fmt: str, value: Any, source: str, locate: Locate, responses: bool) -> Iterator[Entry]:
    """The requests of a loaded recording; ``locate`` gives the line and column of a path."""
    reader = {"vcr": _vcr, "azure": _azure, "har": _har}[fmt]
    yield from reader(value, source, locate, responses)


def _at(locate: Locate, path: tuple[Any, ...]) -> Callable[[tuple[Any, ...]], tuple[int, int]]:
    return lambda inner: locate(path + inner)


def _vcr(value: Any, source: str, locate: Locate, responses: bool) -> Iterator[Entry]:
    for index, interaction in enumerate(value["interactions"]):
        name = f"interactions[{index}]"
        request = interaction.get("request") if isinstance(interaction, dict) else None
        request = request if isinstance(request, dict) else {}
        body = request.get("body")
        path: tuple[Any, ...] = ("interactions", index, "request", "body")
        problems: tuple[Problem, ...] = ()
        if isinstance(body, _Refused):
            line, column = locate(path)
            problems = (
                _problem(
                    "yaml_unsupported_tag",
                    f"The request body is tagged {body.tag!r}, which is not read: only the "
                    "standard tags and vcrpy's string, tuple, BytesIO and iter bodies are.",
                    line,
                    column,
                ),
            )
        elif isinstance(body, dict) and "string" in body:
            body = body["string"]  # the response form, written by some vcrpy versions for requests
        record = _record(
            source,
            locate,
            path,
            name,
            request.get("method"),
            request.get("uri"),
            body,
            problems,
            request.get("headers"),
        )
        answer = None
        if responses and isinstance(interaction, dict) and _creates_thread(record):
            response = interaction.get("response")
            if isinstance(response, dict):
                status = response.get("status")
                code = status.get("code") if isinstance(status, dict) else status
                body = response.get("body")
                body = body.get("string") if isinstance(body, dict) else body
                if isinstance(code, int) and 200 <= code < 300 and _recorded(body):
                    answer = _record(
                        source,
                        locate,
                        ("interactions", index, "response", "body"),
                        name,
                        None,
                        None,
                        body,
                    )
        yield Entry(record, answer)


def _azure(value: Any, source: str, locate: Locate, responses: bool) -> Iterator[Entry]:
    for index, entry in enumerate(value["Entries"]):
        entry = entry if isinstance(entry, dict) else {}
        name = f"Entries[{index}]"
        record = _record(
            source,
            locate,
            ("Entries", index, "RequestBody"),
            name,
            entry.get("RequestMethod"),
            entry.get("RequestUri"),
            entry.get("RequestBody"),
            headers=entry.get("RequestHeaders"),
        )
        answer = None
        code = entry.get("StatusCode")
        if (
            responses
            and _creates_thread(record)
            and isinstance(code, int)
            and 200 <= code < 300
            and _recorded(entry.get("ResponseBody"))
        ):
            answer = _record(
                source,
                locate,
                ("Entries", index, "ResponseBody"),
                name,
                None,
                None,
                entry.get("ResponseBody"),
            )
        yield Entry(record, answer)


def _har(value: Any, source: str, locate: Locate, responses: bool) -> Iterator[Entry]:
    for index, entry in enumerate(value["log"]["entries"]):
        entry = entry if isinstance(entry, dict) else {}
        name = f"log.entries[{index}]"
        request = entry.get("request")
        request = request if isinstance(request, dict) else {}
        post = request.get("postData")
        body = post.get("text") if isinstance(post, dict) else None
        path: tuple[Any, ...] = ("log", "entries", index, "request", "postData", "text")
        if body is None:
            path = path[:4]
        record = _record(
            source,
            locate,
            path,
            name,
            request.get("method"),
            request.get("url"),
            body,
            headers=request.get("headers"),
        )
        answer = None
        response = entry.get("response")
        if responses and _creates_thread(record) and isinstance(response, dict):
            status = response.get("status")
            content = response.get("content")
            if (
                isinstance(status, int)
                and 200 <= status < 300
                and isinstance(content, dict)
                and _recorded(content.get("text"))
            ):
                text = content.get("text")
                if content.get("encoding") == "base64" and isinstance(text, str):
                    # Left as it is when it is not base64: the JSON parse reports it.
                    with contextlib.suppress(ValueError):
                        text = base64.b64decode(text, validate=True)
                answer = _record(
                    source,
                    locate,
                    ("log", "entries", index, "response", "content", "text"),
                    name,
                    None,
                    None,
                    text,
                )
        yield Entry(record, answer)


def beta_version(headers: Any) -> str | None:
    """``v1`` or ``v2`` from a recorded ``OpenAI-Beta: assistants=...`` header, if there is one.

    Headers come as vcrpy writes them (a name to a list of values), as the test proxy does (a
    name to a value) or as HAR does (a list of ``{"name", "value"}``); names in any case.
    """
    pairs: list[tuple[Any, Any]] = []
    if isinstance(headers, dict):
        pairs = list(headers.items())
    elif isinstance(headers, list):
        pairs = [
            (item.get("name"), item.get("value")) for item in headers if isinstance(item, dict)
        ]
    for name, value in pairs:
        if not isinstance(name, str) or name.lower() != "openai-beta":
            continue
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                for part in text.replace(" ", "").split(","):
                    if part in ("assistants=v1", "assistants=v2"):
                        return part.rsplit("=", 1)[1]
    return None


def _record(
    source: str,
    locate: Locate,
    path: tuple[Any, ...],
    name: str,
    method: Any,
    url: Any,
    body: Any,
    problems: tuple[Problem, ...] = (),
    headers: Any = None,
) -> Record:
    return Record(
        source=source,
        line=_at(locate, path),  # type: ignore[arg-type]  # resolved when a problem needs it
        offset=None,
        record=name,
        method=method if isinstance(method, str) else None,
        url=url if isinstance(url, str) else "",
        body=body,
        problems=problems,
        api_version=beta_version(headers),
    )


def _recorded(body: Any) -> bool:
    """Whether a response body was recorded at all (an empty one says nothing to check)."""
    if isinstance(body, _Refused) or body is None:
        return False
    return not (isinstance(body, (str, bytes)) and not body.strip())


def _creates_thread(record: Record) -> bool:
    return classify(record.method, record.url or "")[0] == THREADS[0]


# -- positions ----------------------------------------------------------------------------------


def yaml_locator(node: Any) -> Locate:
    def locate(path: tuple[Any, ...]) -> tuple[int, int]:
        current = node
        best = current
        for token in path:
            current = _item(current, token) if isinstance(token, int) else _member(current, token)
            if current is None:
                break
            best = current
        mark = best.start_mark if best is not None else None
        return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)

    return locate


def json_locator(text: str) -> Locate:
    """Positions in a JSON text, scanned once on first use (only records with problems ask).

    The scan records every value's place: a recording is read whole anyway, and its records'
    problems are found one by one, so their paths are not known up front.
    """
    from .._loaders import scan_json

    positions: list[Any] = []

    def locate(path: tuple[Any, ...]) -> tuple[int, int]:
        if not positions:
            positions.append(scan_json(text, None).positions)
        return positions[0].locate(path)  # type: ignore[no-any-return]

    return locate


def load_recording(data: bytes, source: str) -> tuple[str, Any, Locate] | None:
    """(format, document, locator) when ``data`` is a recording; None when it is not one.

    Raises :class:`RecordingError` when it cannot be read as text, JSON or YAML at all.
    """
    try:
        text = data.decode("utf-8-sig")  # HAR files may start with a BOM
    except UnicodeDecodeError as error:
        raise RecordingError(
            _problem("invalid_utf8", f"The file is not UTF-8: byte {error.start + 1} is not.")
        ) from None
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            return None  # not a recording; the file checker reports what is wrong with it
        fmt = recording_format(value)
        return (fmt, value, json_locator(text)) if fmt else None
    try:
        value, node = load_yaml_recording(text)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        # Not a recording this loader can build (an integer past Python's digit limit, a mapping
        # used as a key): the file checker reports exactly what is wrong with it.
        return None
    fmt = recording_format(value)
    return (fmt, value, yaml_locator(node)) if fmt else None
