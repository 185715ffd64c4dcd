"""Loaders: the bytes of a JSON or YAML file in, bodies with the position of every value out.

A loader never raises on bad input: whatever is wrong with the file (its encoding, its syntax,
a duplicate key, a value JSON cannot hold) becomes a :class:`~thread_validator.Problem`, placed at
a 1-based line and column. Each document also keeps a position map, so that the validator's
problems, which know only a path into the body, can be placed in the file too.

Everything here is bounded in time and memory: nesting deeper than :data:`MAX_DEPTH` is refused
before anything recursive sees it, YAML aliases may not expand a document past
:data:`MAX_ALIAS_VALUES` values, and only PyYAML's event parser is used (no constructor, so no
object a YAML tag could name is ever built).
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any, Literal, NamedTuple

from ._display import api_param, excerpt, json_pointer, quote
from ._problem import Problem, Severity

Format = Literal["json", "yaml"]

#: Deepest nesting of arrays and objects accepted (a real body is fewer than ten levels deep).
MAX_DEPTH = 500
#: Values that YAML aliases may add to one document (what billion-laughs files blow up).
MAX_ALIAS_VALUES = 10_000
#: Python refuses to convert integers longer than this (``sys.get_int_max_str_digits``).
MAX_INT_DIGITS = 4300


class Positions:
    """Where each value (and each object key) of a body starts in its file.

    Paths are tuples of keys and indices, as in :attr:`Problem.path`; positions are 1-based
    ``(line, column)`` pairs, columns counted in characters.
    """

    # Plain classes rather than dataclasses here and in the CLI's modules: importing dataclasses
    # (and inspect with it) costs 15 ms of the command line's start.
    __slots__ = ("keys", "values")

    def __init__(self) -> None:
        self.values: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.keys: dict[tuple[Any, ...], tuple[int, int]] = {}

    def locate(self, path: tuple[Any, ...], on_key: bool = False) -> tuple[int, int]:
        """The position of the value at ``path`` (of its key if ``on_key``).

        A path the map does not hold (a value reached through a YAML alias, a missing member)
        falls back to its nearest recorded ancestor.
        """
        if on_key and path in self.keys:
            return self.keys[path]
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, (1, 1))


class Document:
    """One body read from a file: a JSON file holds one, a YAML stream one per document.

    ``body`` is meaningful only when ``parsed`` is true. ``problems`` are the loader's own, already
    placed. ``implicit`` maps the paths of YAML plain scalars that YAML's implicit typing turned
    into something other than a string to a phrase saying how YAML read them. ``reported`` holds
    the paths of values the loader already reported (a NaN, a date): the validator's type problems
    at those paths would only say the same thing again. ``text`` is a JSON document's text, kept to
    build its position map only when one is needed.
    """

    __slots__ = ("body", "implicit", "parsed", "positions", "problems", "reported", "text")

    def __init__(
        self,
        body: Any = None,
        parsed: bool = False,
        problems: list[Problem] | None = None,
        positions: Positions | None = None,
        text: str | None = None,
    ) -> None:
        self.body = body
        self.parsed = parsed
        self.problems: list[Problem] = problems if problems is not None else []
        self.positions = positions
        self.implicit: dict[tuple[Any, ...], str] = {}
        self.reported: set[tuple[Any, ...]] = set()
        self.text = text

    def place(self) -> None:
        """Make sure the document has a position map (a JSON file is scanned on demand)."""
        if self.positions is None and self.text is not None:
            place_json(self.text, self)


def problem(
    code: str,
    message: str,
    line: int,
    column: int,
    path: tuple[Any, ...] = (),
    severity: Severity = "error",
    on_key: bool = False,
) -> Problem:
    return Problem(
        pointer=json_pointer(path),
        param=api_param(path) or None,
        code=code,
        message=message,
        severity=severity,
        path=path,
        on_key=on_key,
        line=line,
        column=column,
    )


class _Lines:
    """Offsets in a text to 1-based line and column."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


# ---------------------------------------------------------------------------------------------
# Bytes to text


def decode(data: bytes, fmt: Format) -> tuple[str | None, list[Problem]]:
    """The text of a file, or ``None`` when it cannot be read as a body at all."""
    problems: list[Problem] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [problem("binary_file", "The file is UTF-16 encoded: save it as UTF-8.", 1, 1)]
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(data, nul)
        return None, [
            problem(
                "binary_file",
                "The file holds a NUL byte: it is binary, not a JSON or YAML text.",
                line,
                column,
            )
        ]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        if fmt == "json":
            # RFC 8259 forbids writing a BOM, and many JSON parsers (Python's json.loads on text,
            # JavaScript's JSON.parse, Go's encoding/json) reject one: the body may not be read.
            problems.append(
                problem(
                    "byte_order_mark",
                    "The file starts with a UTF-8 byte-order mark, which JSON forbids and many "
                    "parsers reject: save it as UTF-8 without BOM.",
                    1,
                    1,
                )
            )
        else:
            problems.append(
                problem(
                    "byte_order_mark",
                    "The file starts with a UTF-8 byte-order mark; YAML allows it, but tools that "
                    "read the file as plain text may not: save it as UTF-8 without BOM.",
                    1,
                    1,
                    severity="warning",
                )
            )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        byte = data[error.start : error.start + 1].hex()
        return None, [
            problem(
                "invalid_utf8",
                f"The file is not valid UTF-8: byte 0x{byte} at line {line}, column {column} "
                f"({error.reason}). Save the file as UTF-8.",
                line,
                column,
            )
        ]
    if not text.strip():
        return None, [
            *problems,
            problem("empty_file", "The file is empty: it holds no body.", 1, 1),
        ]
    return text, problems


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    # The bytes before the first bad one decode cleanly, so the column counts characters.
    before = data[line_start:offset].decode("utf-8", errors="replace")
    return data.count(b"\n", 0, offset) + 1, len(before) + 1


def sniff(text: str) -> Format:
    """The format of a text whose name does not tell: JSON if it opens like JSON, else YAML."""
    stripped = text.lstrip(" \t\r\n\ufeff")
    return "json" if stripped[:1] in ("{", "[") else "yaml"


def load(data: bytes, fmt: Format) -> list[Document]:
    """The documents of a file's bytes; a file that cannot be read yields one unparsed document."""
    text, problems = decode(data, fmt)
    if text is None:
        return [Document(problems=problems)]
    documents = load_json(text) if fmt == "json" else load_yaml(text)
    documents[0].problems[:0] = problems
    return documents


# ---------------------------------------------------------------------------------------------
# JSON


def load_json(text: str) -> list[Document]:
    """One document. Parsing is json's C parser; positions come from :func:`scan_json`.

    The scan runs only when something must be placed (see :func:`place_json`), so a valid file
    costs one ``json.loads``.
    """
    flags: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items):
            flags.append("duplicate")
        return result

    def constant(name: str) -> float:
        flags.append(name)
        return float(name)

    document = Document(text=text)
    try:
        document.body = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
        document.parsed = True
    except json.JSONDecodeError as error:
        document.problems.append(
            problem(
                "invalid_json",
                f"Invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}.",
                error.lineno,
                error.colno,
            )
        )
        return [document]
    except (RecursionError, ValueError):
        # Nesting deeper than the C parser's recursion limit, or an integer beyond Python's digit
        # limit: the scan finds which, and where.
        pass
    if flags or not document.parsed:
        place_json(text, document)
    return [document]


def place_json(text: str, document: Document) -> None:
    """Scan ``text`` to fill the document's positions and report what ``json.loads`` let by."""
    scan = scan_json(text)
    document.positions = scan.positions
    document.problems.extend(scan.problems)
    document.reported.update(scan.reported)
    if scan.stopped:
        document.parsed = False
        document.body = None


class _Scan(NamedTuple):
    positions: Positions
    problems: list[Problem]
    reported: set[tuple[Any, ...]]
    stopped: bool


_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_INTEGER = re.compile(r"-?[0-9]+")
_LITERALS = ("true", "false", "null")
_CONSTANTS = ("-Infinity", "Infinity", "NaN")
_VALUE, _AFTER, _KEY = range(3)


def scan_json(text: str) -> _Scan:
    """Record where every value and key of a JSON text starts, without recursion.

    Meant for texts ``json.loads`` accepted (or gave up on for depth or a huge integer): it does
    not re-check the syntax, and stops at the first thing it does not expect.
    """
    from json.decoder import scanstring  # type: ignore[attr-defined]

    lines = _Lines(text)
    positions = Positions()
    problems: list[Problem] = []
    reported: set[tuple[Any, ...]] = set()
    # One frame per open container: [its path, keys seen so far with their offsets | next index].
    stack: list[list[Any]] = []
    position = _skip(text, 0)
    path: tuple[Any, ...] = ()
    state = _VALUE
    stopped = False
    while True:
        if state == _VALUE:
            positions.values[path] = lines(position)
            char = text[position : position + 1]
            state = _AFTER
            if char == "{" or char == "[":
                if len(stack) >= MAX_DEPTH:
                    problems.append(_too_deep(*lines(position), path))
                    stopped = True
                    break
                closer = "}" if char == "{" else "]"
                position = _skip(text, position + 1)
                if text.startswith(closer, position):
                    position += 1
                elif char == "{":
                    stack.append([path, {}])
                    state = _KEY
                else:
                    stack.append([path, 0])
                    path = path + (0,)
                    state = _VALUE
            elif char == '"':
                _, position = scanstring(text, position + 1)
            elif constant := next((c for c in _CONSTANTS if text.startswith(c, position)), None):
                problems.append(
                    problem(
                        "non_json_number",
                        f"{constant} is not a JSON number (JSON has no NaN or infinities): the "
                        "API would reject the body.",
                        *lines(position),
                        path,
                    )
                )
                reported.add(path)
                position += len(constant)
            elif literal := next((w for w in _LITERALS if text.startswith(w, position)), None):
                position += len(literal)
            elif match := _NUMBER.match(text, position):
                digits = len(match.group().lstrip("-"))
                if digits > MAX_INT_DIGITS and _INTEGER.fullmatch(match.group()):
                    problems.append(_too_long(digits, *lines(position), path))
                    stopped = True
                    break
                position = match.end()
            else:
                stopped = True
                break
        elif state == _AFTER:
            position = _skip(text, position)
            if not stack:
                break
            frame = stack[-1]
            char = text[position : position + 1]
            if char == ",":
                position = _skip(text, position + 1)
                if isinstance(frame[1], int):
                    frame[1] += 1
                    path = frame[0] + (frame[1],)
                    state = _VALUE
                else:
                    state = _KEY
            elif char == "}" or char == "]":
                position += 1
                stack.pop()
                path = frame[0]
            else:
                stopped = True
                break
        else:  # _KEY
            if not text.startswith('"', position):
                stopped = True
                break
            frame = stack[-1]
            key_at = lines(position)
            key, position = scanstring(text, position + 1)
            position = _skip(text, _skip(text, position) + 1)  # past the ':'
            path = frame[0] + (key,)
            seen: dict[str, tuple[int, int]] = frame[1]
            if key in seen:
                problems.append(_duplicate(key, path, key_at, seen[key]))
            else:
                seen[key] = key_at
            positions.keys[path] = key_at
            state = _VALUE
    return _Scan(positions, problems, reported, stopped)


def _skip(text: str, position: int) -> int:
    return _WS.match(text, position).end()  # type: ignore[union-attr]


def _too_deep(line: int, column: int, path: tuple[Any, ...]) -> Problem:
    return problem(
        "nesting_too_deep",
        f"Arrays and objects are nested more than {MAX_DEPTH} levels deep here; the file is "
        "refused (a real body is a few levels deep).",
        line,
        column,
        path,
    )


def _too_long(digits: int, line: int, column: int, path: tuple[Any, ...]) -> Problem:
    return problem(
        "number_too_long",
        f"This integer has {digits:,} digits, more than the {MAX_INT_DIGITS:,} that can be read.",
        line,
        column,
        path,
    )


def _duplicate(
    key: str, path: tuple[Any, ...], at: tuple[int, int], first: tuple[int, int]
) -> Problem:
    return problem(
        "duplicate_key",
        f"Duplicate key {quote(key)}: {quote(api_param(path))} is already set at line {first[0]}, "
        f"column {first[1]}. Only one of the values would be sent; remove the other.",
        *at,
        path,
        on_key=True,
    )


# ---------------------------------------------------------------------------------------------
# YAML

_TAG = "tag:yaml.org,2002:"
_READ_AS = {
    "bool": "a boolean",
    "int": "an integer",
    "float": "a number",
    "null": "null",
    "timestamp": "a date",
    "binary": "binary data",
}


def load_yaml(text: str, *, pure_python: bool = False) -> list[Document]:
    """One document per YAML document, composed from parser events without recursion.

    libyaml is used where PyYAML has it; ``pure_python`` forces PyYAML's own parser (the tests run
    both, as users have either).
    """
    import yaml

    composer = _YamlComposer(text)
    loader = yaml.SafeLoader if pure_python else getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for event in yaml.parse(text, Loader=loader):
            composer.feed(event)
            if composer.stopped:
                # libyaml slows down quadratically with flow nesting: stop reading right here.
                break
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        if "maximum nesting depth" in str(getattr(error, "problem", "")) and mark is not None:
            # libyaml 0.2.5 as bundled with PyYAML 6.0.4 scans ahead and refuses 1,000 levels of
            # flow nesting before the parser hands over the events that reach our own limit. The
            # text up to that point is enough to find where our limit is crossed.
            return _deep_flow_documents(text, mark)
        composer.fail(error)
    if not composer.documents:
        return [
            Document(problems=[problem("empty_file", "The file holds no YAML document.", 1, 1)])
        ]
    return composer.documents


def _deep_flow_documents(text: str, mark: Any) -> list[Document]:
    """The documents of a text that libyaml refused as nested too deep, at our own limit."""
    prefix = load_yaml(text[: mark.index], pure_python=True)
    if any(p.code == "nesting_too_deep" for document in prefix for p in document.problems):
        return prefix
    return [Document(problems=[_too_deep(mark.line + 1, mark.column + 1, ())])]


class _Skip:
    """The key of a pair that cannot be kept (its key was a mapping or a sequence)."""


_SKIP = _Skip()


class _Frame:
    __slots__ = (
        "anchor",
        "as_key",
        "at",
        "key",
        "key_at",
        "merges",
        "path",
        "seen",
        "size",
        "value",
    )

    def __init__(
        self,
        path: tuple[Any, ...],
        value: Any,
        anchor: str | None,
        as_key: bool,
        at: tuple[int, int],
    ) -> None:
        self.path = path
        self.value = value
        self.key: Any = None
        self.key_at = (0, 0)
        self.seen: dict[str, tuple[int, int]] = {}
        self.merges: list[Any] = []
        self.size = 1
        self.anchor = anchor
        self.as_key = as_key
        self.at = at


class _YamlComposer:
    """Builds each document's value and position map from the parser's event stream."""

    def __init__(self, text: str) -> None:
        import yaml

        self._yaml = yaml
        self._resolver = yaml.resolver.Resolver()
        self._constructor = yaml.constructor.SafeConstructor()
        self._text = text
        self.documents: list[Document] = []
        self._document = Document()
        self._stack: list[_Frame] = []
        self._anchors: dict[str, tuple[Any, int]] = {}
        self._alias_values = 0
        self._refused = False
        self._root: Any = None
        self.stopped = False

    # -- events

    def feed(self, event: Any) -> None:
        yaml = self._yaml
        if isinstance(event, yaml.DocumentStartEvent):
            self._document = Document(positions=Positions())
            self.documents.append(self._document)
            self._stack, self._anchors, self._alias_values, self._refused = [], {}, 0, False
        elif isinstance(event, yaml.DocumentEndEvent):
            if not self._refused:
                self._document.body = self._root
                self._document.parsed = True
        elif self._refused or isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent)):
            return
        elif isinstance(event, yaml.ScalarEvent):
            self._scalar(event)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self._start(event, {} if isinstance(event, yaml.MappingStartEvent) else [])
        else:  # the end of a mapping or a sequence
            self._end()

    def fail(self, error: Any) -> None:
        mark = getattr(error, "problem_mark", None)
        if mark is not None:
            line, column = mark.line + 1, mark.column + 1
        elif isinstance(getattr(error, "position", None), int):
            line, column = _Lines(self._text)(error.position)
        else:
            line, column = 1, 1
        detail = getattr(error, "problem", None) or getattr(error, "reason", None) or str(error)
        context = getattr(error, "context", None)
        message = (
            f"Invalid YAML: {detail}"
            + (f" ({context})" if context else "")
            + f" at line {line}, column {column}."
        )
        if not self.documents or self._document.parsed:
            self._document = Document()
            self.documents.append(self._document)
        self._document.problems.append(problem("invalid_yaml", message, line, column))
        self._document.parsed = False

    # -- nodes

    def _place(self, at: tuple[int, int]) -> tuple[bool, tuple[Any, ...]]:
        """Whether the next node is a mapping key, and the path of the value it will be."""
        if not self._stack:
            return False, ()
        frame = self._stack[-1]
        if isinstance(frame.value, list):
            return False, frame.path + (len(frame.value),)
        if frame.key is None:
            frame.key_at = at
            return True, frame.path
        if frame.key is _SKIP or frame.key is _Merge:
            return False, frame.path
        return False, frame.path + (frame.key,)

    def _scalar(self, event: Any) -> None:
        at = (event.start_mark.line + 1, event.start_mark.column + 1)
        is_key, path = self._place(at)
        tag = event.tag
        plain = tag is None and event.implicit[0]
        if plain:
            # types-PyYAML leaves Resolver.resolve unannotated.
            tag = self._resolver.resolve(  # type: ignore[no-untyped-call]
                self._yaml.ScalarNode, event.value, (True, False)
            )
        kind = (
            tag[len(_TAG) :]
            if tag and tag.startswith(_TAG)
            else ("str" if tag in (None, "!") else None)
        )
        value: Any = event.value
        if kind in _READ_AS:
            node = self._yaml.ScalarNode(
                tag, event.value, event.start_mark, event.end_mark, event.style
            )
            try:
                value = getattr(self._constructor, f"construct_yaml_{kind}")(node)
            except (ValueError, self._yaml.YAMLError):
                self._report(
                    problem(
                        "invalid_yaml",
                        f"YAML cannot read {excerpt(event.value)} as {_READ_AS[kind]}.",
                        *at,
                        path,
                    )
                )
                value = event.value
        elif kind == "merge" and is_key and plain:
            value = _Merge
        elif kind not in ("str", "merge", "value"):
            self._report(self._unsupported(tag, at, path))
        phrase = (
            f"YAML read the unquoted {excerpt(event.value)} as {_READ_AS.get(kind or '', '')}"
            if plain
            else ""
        )
        if is_key:
            self._key(value, at, phrase)
            return
        if (isinstance(value, float) and value != value) or value in (float("inf"), float("-inf")):
            self._report(
                problem(
                    "non_json_number",
                    f"YAML read {excerpt(event.value)} as {excerpt(value)}, which is not a JSON number: "
                    "the API would reject the body.",
                    *at,
                    path,
                )
            )
            self._document.reported.add(path)
        elif kind in ("timestamp", "binary"):
            advice = f"; quote it ({quote(event.value)}) to make it a string" if plain else ""
            self._report(
                problem(
                    "yaml_non_json_value",
                    f"YAML read {'the unquoted ' + excerpt(event.value) if plain else 'this value'} as {_READ_AS[kind]}, "
                    f"which JSON cannot hold{advice}.",
                    *at,
                    path,
                )
            )
            self._document.reported.add(path)
        elif plain and kind in _READ_AS:
            self._document.implicit[path] = phrase
        self._value(value, 1, path, at, event.anchor)

    def _alias(self, event: Any) -> None:
        at = (event.start_mark.line + 1, event.start_mark.column + 1)
        is_key, path = self._place(at)
        if event.anchor not in self._anchors:
            self._refuse(
                problem(
                    "invalid_yaml",
                    f"Invalid YAML: the alias *{event.anchor} names no anchor defined before it "
                    "(or one that contains the alias itself).",
                    *at,
                    path,
                )
            )
            return
        value, size = self._anchors[event.anchor]
        self._alias_values += size
        if self._alias_values > MAX_ALIAS_VALUES:
            self._refuse(
                problem(
                    "yaml_alias_bomb",
                    f"YAML aliases expand this document by more than {MAX_ALIAS_VALUES:,} values "
                    "(an alias bomb?); the document is refused.",
                    *at,
                    path,
                )
            )
            return
        if is_key:
            self._key(value, at, "")
        else:
            self._value(value, size, path, at, None)

    def _start(self, event: Any, value: Any) -> None:
        at = (event.start_mark.line + 1, event.start_mark.column + 1)
        is_key, path = self._place(at)
        if len(self._stack) >= MAX_DEPTH:
            self._refuse(_too_deep(*at, path))
            self.stopped = True
            return
        if event.tag not in (None, "!", _TAG + "map", _TAG + "seq"):
            self._report(self._unsupported(event.tag, at, path))
        if not is_key:
            self._document.positions.values[path] = at  # type: ignore[union-attr]
        self._stack.append(_Frame(path, value, event.anchor, is_key, at))

    def _end(self) -> None:
        frame = self._stack.pop()
        if frame.merges:
            self._merge(frame)
        if frame.as_key:
            self._report(
                problem(
                    "yaml_non_string_key",
                    f"This key is a YAML {'mapping' if isinstance(frame.value, dict) else 'sequence'}, "
                    "but JSON keys are strings; the pair is left out.",
                    *frame.at,
                    frame.path,
                )
            )
            self._stack[-1].key = _SKIP
            return
        self._value(frame.value, frame.size, frame.path, frame.at, frame.anchor, placed=True)

    def _key(self, value: Any, at: tuple[int, int], phrase: str) -> None:
        frame = self._stack[-1]
        if value is _Merge:
            frame.key = _Merge
            return
        if not isinstance(value, str):
            label = f"{phrase}, but" if phrase else "This key is not a string, and"
            value = _key_text(value)
            self._report(
                problem(
                    "yaml_non_string_key",
                    f"{label} JSON keys are strings: quote the key.",
                    *at,
                    frame.path + (value,),
                    on_key=True,
                )
            )
        path = frame.path + (value,)
        if value in frame.seen:
            self._report(_duplicate(value, path, at, frame.seen[value]))
        else:
            frame.seen[value] = at
        self._document.positions.keys[path] = at  # type: ignore[union-attr]
        frame.key = value

    def _value(
        self,
        value: Any,
        size: int,
        path: tuple[Any, ...],
        at: tuple[int, int],
        anchor: str | None,
        placed: bool = False,
    ) -> None:
        if not placed:
            self._document.positions.values[path] = at  # type: ignore[union-attr]
        if anchor is not None:
            self._anchors[anchor] = (value, size)
        if not self._stack:
            self._root = value
            return
        frame = self._stack[-1]
        frame.size += size
        if isinstance(frame.value, list):
            frame.value.append(value)
        elif frame.key is _Merge:
            frame.merges.append(value)
            frame.key = None
        else:
            if frame.key is not _SKIP:
                frame.value[frame.key] = value
            frame.key = None

    def _merge(self, frame: _Frame) -> None:
        # YAML's merge key: explicit keys win, then earlier merged mappings over later ones.
        for merged in frame.merges:
            for mapping in merged if isinstance(merged, list) else [merged]:
                if not isinstance(mapping, dict):
                    self._report(
                        problem(
                            "invalid_yaml",
                            "Invalid YAML: a merge key ('<<') must be followed by a mapping or a list of mappings.",
                            *frame.at,
                            frame.path,
                        )
                    )
                    continue
                for key, value in mapping.items():
                    frame.value.setdefault(key, value)

    def _unsupported(self, tag: str, at: tuple[int, int], path: tuple[Any, ...]) -> Problem:
        self._document.reported.add(path)
        return problem(
            "yaml_unsupported_tag",
            f"The YAML tag {quote(tag)} names a type JSON cannot hold; it is read as plain YAML.",
            *at,
            path,
        )

    def _report(self, found: Problem) -> None:
        self._document.problems.append(found)

    def _refuse(self, found: Problem) -> None:
        self._report(found)
        self._refused = True


class _Merge:
    """Marks the YAML merge key ``<<`` while its mapping is composed."""


def _key_text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
