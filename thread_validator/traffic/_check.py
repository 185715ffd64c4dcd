"""Records to problems: the engine-neutral core every reader and engine shares.

:func:`check_lines` is the partition function: JSON Lines in (bytes or text, with where they
start), problems out to a sink as they are found, a :class:`~.Summary` returned. Recordings are
read into :class:`Record` values and go through the same :class:`Checker`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from .._config import Settings
from .._display import api_param, json_pointer
from .._problem import Problem
from .._rules import with_rule
from .._schema import DEFAULT_API_VERSION, KINDS_BY_VERSION
from ._endpoints import ABSENT, LITELLM_CALLS, PRESETS, classify, parse_pointer, resolve
from ._summary import Summary

#: The default cap on one record (one line of JSON Lines, one recorded body).
DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024


class Options(NamedTuple):
    """What a run checks and how; picklable, so every engine ships it to its workers.

    ``body``, ``url``, ``method`` and ``call_type`` are JSON Pointers into each JSON Lines record
    (``body`` ``""``: the record is the body; ``url`` ``None``: every record is a ``kind`` body);
    ``ids`` are pointers tried in turn for the record id. ``settings`` select rules and
    severities as the linter's configuration does; ``strict`` makes warnings fail a record.
    """

    kind: str = "thread"
    api_version: str = DEFAULT_API_VERSION
    body: str = ""
    url: str | None = None
    method: str | None = None
    ids: tuple[str, ...] = ()
    call_type: str | None = None
    responses: bool = False
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    strict: bool = False
    settings: Settings | None = None

    @classmethod
    def from_preset(cls, name: str, **changes: Any) -> Options:
        """Options with the pointers of a known export (``batch``, ``litellm``, ...)."""
        try:
            preset = PRESETS[name]
        except KeyError:
            raise ValueError(
                f"unknown preset {name!r}: expected one of {', '.join(map(repr, PRESETS))}"
            ) from None
        fields: dict[str, Any] = {
            "body": preset.body,
            "url": preset.url,
            "method": preset.method,
            "ids": preset.ids,
            "call_type": preset.call_type,
        }
        fields.update(changes)
        return cls(**fields)


class RecordProblem(NamedTuple):
    """A problem in one record, with its locator.

    ``source`` is the file (or the name given), ``line`` the 1-based line of the record (of the
    body, in a recording), ``offset`` the byte offset where the record starts (``None`` where a
    format does not say), ``record`` the record id (``custom_id``, a request id, or the
    recording's entry such as ``interactions[3]``; ``None`` when the record has none),
    ``endpoint`` and ``kind`` what the record was checked as. ``problem`` is the usual
    :class:`~thread_validator.Problem`, its pointer and param into the request body (a run's
    thread under ``/thread``).
    """

    source: str
    line: int
    offset: int | None
    record: str | None
    endpoint: str | None
    kind: str | None
    problem: Problem

    def locator(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "line": self.line,
            "offset": self.offset,
            "record": self.record,
            "pointer": self.problem.pointer,
        }

    def to_dict(self) -> dict[str, Any]:
        """One line of the problems file (fields as documented; more may be added)."""
        problem = self.problem
        return {
            "source": self.source,
            "line": self.line,
            "column": problem.column,
            "offset": self.offset,
            "record": self.record,
            "endpoint": self.endpoint,
            "kind": self.kind,
            "pointer": problem.pointer,
            "param": problem.param,
            "severity": problem.severity,
            "code": problem.code,
            "message": problem.message,
            "schema_path": problem.schema_path,
            "rule": problem.rule,
        }

    def to_json(self) -> str:
        return dumps(self.to_dict())

    def __str__(self) -> str:
        problem = self.problem
        from .._display import display_path

        where = f"{display_path(self.source)}:{self.line}" + (
            f":{problem.column}" if problem.column else ""
        )
        record = f" (record {self.record})" if self.record is not None else ""
        return printable(
            f"{where}: {problem.severity} {problem.code} {problem.message} [{problem.rule}]{record}"
        )


Sink = Callable[[RecordProblem], object]


def dumps(data: Any) -> str:
    """JSON text that any UTF-8 stream takes: non-ASCII as is, lone surrogates as escapes."""
    text = json.dumps(data, ensure_ascii=False)
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A key or record id with a lone surrogate (JSON allows "\ud800"): only an escape holds it.
        return json.dumps(data)
    return text


def printable(text: str) -> str:
    """Text any UTF-8 stream takes: a lone surrogate (from a key, a file name) as ``\\udXXX``."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class Record(NamedTuple):
    """One request read from a recording, ready to check."""

    source: str
    line: int
    offset: int | None
    record: str | None
    method: str | None
    url: str | None
    body: Any  # a parsed value, a JSON text (str or bytes), None or ABSENT (no body: {})
    column: int | None = None
    problems: tuple[Problem, ...] = ()  # what the reader found (an unsupported tag)
    # The API version the request said it was for (its OpenAI-Beta header), if it said.
    api_version: str | None = None


def _refuse_constant(name: str) -> Any:
    raise _NonJsonNumber(name)


class _NonJsonNumber(ValueError):
    pass


# One decoder, built once: json.loads with keyword arguments builds a new one for every call.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def parse(text: str) -> tuple[Any, Problem | None]:
    """The JSON value of a text, or the problem that stops it (strict JSON: no NaN)."""
    try:
        return _DECODER.decode(text), None
    except json.JSONDecodeError as error:
        return None, _file_problem(
            "invalid_json",
            f"Invalid JSON: {error.msg} at column {error.colno}.",
            error.colno,
        )
    except _NonJsonNumber as error:
        return None, _file_problem(
            "non_json_number",
            f"{error.args[0]} is not a JSON number; JSON has no NaN or Infinity.",
        )
    except RecursionError:
        return None, _file_problem(
            "nesting_too_deep", "The record nests arrays and objects too deep to read."
        )
    except ValueError as error:
        # An integer beyond Python's digit limit (int_max_str_digits).
        return None, _file_problem("number_too_long", f"A number is too long to read: {error}.")


def _file_problem(code: str, message: str, column: int | None = None) -> Problem:
    problem = Problem(pointer="", param=None, code=code, message=message, column=column)
    return with_rule(problem)


def _decode(data: bytes) -> tuple[str | None, Problem | None]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return None, _file_problem(
            "invalid_utf8",
            f"The record is not UTF-8: byte 0x{data[error.start]:02x} at byte {error.start + 1}.",
            None,
        )


class Checker:
    """Checks records with one set of options, adding to a summary and calling a sink."""

    def __init__(self, options: Options, summary: Summary, sink: Sink | None) -> None:
        from .._validator import validator_for

        self.options = options
        self.summary = summary
        self.sink = sink
        self._validator_for = validator_for
        self._validators: dict[tuple[str, str], Any] = {}
        self._body = parse_pointer(options.body)
        self._url = None if options.url is None else parse_pointer(options.url)
        self._method = None if options.method is None else parse_pointer(options.method)
        self._call_type = None if options.call_type is None else parse_pointer(options.call_type)
        self._ids = tuple(parse_pointer(pointer) for pointer in options.ids)
        self._routed = self._url is not None or self._call_type is not None
        self._bare = not self._body and not self._routed and not self._ids
        self._default = None if self._routed else (f"{options.kind} body", options.kind, ())
        self._settings = options.settings
        self._failing = ("error", "warning") if options.strict else ("error",)

    def validator(self, kind: str, api_version: str | None = None) -> Any:
        version = api_version or self.options.api_version
        if kind not in KINDS_BY_VERSION[version]:
            version = self.options.api_version  # v1 has no response objects: read those as given
        key = (kind, version)
        validator = self._validators.get(key)
        if validator is None:
            validator = self._validators[key] = self._validator_for(kind, version)
        return validator

    # -- JSON Lines ------------------------------------------------------------------------

    def line(self, data: bytes | str, source: str, line: int, offset: int | None) -> None:
        """Check one line of JSON Lines (its newline may be included)."""
        summary = self.summary
        if isinstance(data, bytes):
            summary.bytes += len(data)
            if len(data) > self.options.max_record_bytes:
                self._unparseable(source, line, offset, None, _too_large(self.options))
                return
            text, problem = _decode(data)
            if text is None:
                self._unparseable(source, line, offset, None, problem)  # type: ignore[arg-type]
                return
        else:
            text = data
            summary.bytes += len(text.encode("utf-8", "surrogatepass"))
        if not text.strip(" \t\r\n"):
            return  # a blank line (a trailing newline, a separator): no record
        # Without its line end, a parse error's column is on this line (not column 1 of the next).
        record, problem = parse(text.rstrip("\r\n"))
        if problem is not None:
            self._unparseable(source, line, offset, None, problem)
            return
        if self._bare:
            # Bare bodies without ids: the common case, kept short.
            self._check(record, (), self._default, source, line, offset, None)  # type: ignore[arg-type]
            return
        record_id = self._record_id(record)
        if self._routed:
            endpoint = self._endpoint(record)
            if endpoint[1] is None:
                summary.records += 1
                summary.skipped += 1
                summary.endpoint(endpoint[0], invalid=False)
                return
        else:
            endpoint = self._default  # type: ignore[assignment]
        body = resolve(record, self._body) if self._body else record
        if self._body:
            body, problem = _body_value(body)
            if problem is not None:
                self._unparseable(source, line, offset, record_id, problem, endpoint)
                return
        self._check(body, (), endpoint, source, line, offset, record_id)

    def _record_id(self, record: Any) -> str | None:
        for tokens in self._ids:
            value = resolve(record, tokens)
            if value is not ABSENT and value is not None and not isinstance(value, (dict, list)):
                return str(value)
        return None

    def _endpoint(self, record: Any) -> tuple[str, str | None, tuple[str, ...]]:
        if self._call_type is not None:
            call = resolve(record, self._call_type)
            if isinstance(call, str) and call in LITELLM_CALLS:
                return LITELLM_CALLS[call]
            if self._url is None:
                return (f"call {call}" if isinstance(call, str) else "(no endpoint)", None, ())
        url = resolve(record, self._url) if self._url is not None else ABSENT
        if not isinstance(url, str):
            return ("(no endpoint)", None, ())
        method = resolve(record, self._method) if self._method is not None else None
        return classify(method if isinstance(method, str) else None, url)

    # -- recordings ------------------------------------------------------------------------

    def record(self, record: Record, kind: str | None = None) -> None:
        """Check one request read from a recording (``kind`` given: a recorded response)."""
        if kind is not None:
            endpoint: tuple[str, str | None, tuple[str, ...]] = (
                "response of POST /v1/threads",
                kind,
                (),
            )
        elif record.url is None:
            endpoint = self._default or ("(no endpoint)", None, ())
        else:
            endpoint = classify(record.method, record.url)
        if endpoint[1] is None:
            self.summary.records += 1
            self.summary.skipped += 1
            self.summary.endpoint(endpoint[0], invalid=False)
            return
        if record.problems:
            for problem in record.problems:
                self._unparseable(
                    record.source,
                    record.line,
                    record.offset,
                    record.record,
                    problem,
                    endpoint,
                    column=record.column,
                    count=problem is record.problems[0],
                )
            return
        body, refused = _body_value(record.body)
        if refused is not None:
            self._unparseable(
                record.source,
                record.line,
                record.offset,
                record.record,
                refused,
                endpoint,
                column=record.column,
            )
            return
        self._check(
            body,
            (),
            endpoint,
            record.source,
            record.line,
            record.offset,
            record.record,
            column=record.column,
            api_version=record.api_version,
        )

    # -- shared ----------------------------------------------------------------------------

    def _check(
        self,
        body: Any,
        prefix: tuple[str | int, ...],
        endpoint: tuple[str, str | None, tuple[str, ...]],
        source: str,
        line: int | Callable[[tuple[str | int, ...]], tuple[int, int]],
        offset: int | None,
        record_id: str | None,
        column: int | None = None,
        api_version: str | None = None,
    ) -> None:
        label, kind, member = endpoint
        where = line if callable(line) else None
        if member and isinstance(body, dict):
            # A run: its thread is the body to check; a run without one creates an empty thread.
            prefix = member
            body = body.get(member[0])
            if body is None:
                body = {}
        problems = self.validator(kind, api_version).validate(body)  # type: ignore[arg-type]
        summary = self.summary
        summary.records += 1
        if not problems:
            summary.valid += 1
            summary.endpoint(label, invalid=False)
            return
        failing = False
        warned = False
        sink = self.sink
        for problem in problems:
            if self._settings is not None:
                problem = self._settings.apply_one(problem, source)
                if problem is None:
                    continue
            if prefix:
                problem = _under(problem, prefix)
            if where is not None:
                # A recording: positions are looked up only for records with problems, at the
                # value itself when the body is recorded as JSON, at the body when as a string.
                line, column = where(problem.path)
                problem = problem.replace(line=line, column=column)
            elif column is not None:
                problem = problem.replace(line=line, column=column)
            else:
                problem = problem.replace(line=line)
            if problem.severity == "error":
                summary.errors += 1
            else:
                summary.warnings += 1
                warned = True
            failing = failing or problem.severity in self._failing
            found = RecordProblem(source, line, offset, record_id, label, kind, problem)  # type: ignore[arg-type]
            summary.problem(problem.rule or "", problem.code, found.locator())
            if sink is not None:
                sink(found)
        if failing:
            summary.invalid += 1
        else:
            summary.valid += 1
        summary.warned += warned
        summary.endpoint(label, invalid=failing)

    def _unparseable(
        self,
        source: str,
        line: int | Callable[[tuple[str | int, ...]], tuple[int, int]],
        offset: int | None,
        record_id: str | None,
        problem: Problem,
        endpoint: tuple[str, str | None, tuple[str, ...]] | None = None,
        column: int | None = None,
        count: bool = True,
    ) -> None:
        summary = self.summary
        if callable(line):
            line, column = line(())
        if count:
            summary.records += 1
            summary.unparseable += 1
            if endpoint is not None:
                summary.endpoint(endpoint[0], invalid=True)
        if self._settings is not None:
            problem = self._settings.apply_one(problem, source)  # type: ignore[assignment]
            if problem is None:
                return
        problem = problem.replace(line=line, column=problem.column or column)
        if problem.severity == "error":
            summary.errors += 1
        else:
            summary.warnings += 1
        label, kind = (endpoint[0], endpoint[1]) if endpoint else (None, None)
        found = RecordProblem(source, line, offset, record_id, label, kind, problem)
        summary.problem(problem.rule or "", problem.code, found.locator())
        if self.sink is not None:
            self.sink(found)


def _under(problem: Problem, prefix: tuple[str | int, ...]) -> Problem:
    """The problem of a body nested in the request body (a run's thread), placed in the latter."""
    path = prefix + problem.path
    param = api_param(path) or None
    message = problem.message
    if problem.param:
        message = message.replace(f"'{problem.param}'", f"'{param}'")
    return problem.replace(path=path, pointer=json_pointer(path), param=param, message=message)


def _too_large(options: Options) -> Problem:
    return _file_problem(
        "record_too_large",
        f"The record is larger than the {options.max_record_bytes:,}-byte cap "
        "(--max-record-bytes); it was not read.",
    )


def _body_value(body: Any) -> tuple[Any, Problem | None]:
    """The body a record carries: none is ``{}``, a JSON text is parsed."""
    if body is ABSENT or body is None:
        return {}, None
    if isinstance(body, bytes):
        text, problem = _decode(body)
        if problem is not None:
            return None, problem
        body = text
    if isinstance(body, str):
        if not body.strip(" \t\r\n"):
            return {}, None
        value, problem = parse(body)
        if problem is not None:
            return None, problem.replace(message=f"The request body is not JSON: {problem.message}")
        return value, None
    return body, None


#: The options of a plain run: bare thread bodies, API v2.
DEFAULT_OPTIONS = Options()


def check_lines(
    lines: Iterable[bytes | str],
    options: Options = DEFAULT_OPTIONS,
    *,
    source: str = "<lines>",
    first_line: int = 1,
    offset: int | None = 0,
    sink: Sink | None = None,
) -> Summary:
    """The partition function: check each line of JSON Lines; problems to ``sink``, in order.

    ``first_line`` and ``offset`` say where the lines start in their source (a partition of a
    file starts mid-file); offsets are counted in bytes (of the UTF-8 text for ``str`` lines,
    ``None`` to leave them out).
    """
    summary = Summary()
    checker = Checker(options, summary, sink)
    check = checker.line
    number = first_line
    for data in lines:
        check(data, source, number, offset)
        if offset is not None:
            size = (
                len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
            )
            # Lines handed over without their newline (Spark's and Ray's text readers strip it)
            # still had one in the file.
            offset += size if data[-1:] in (b"\n", "\n") else size + 1
        number += 1
    return summary
