"""Loaders: the bytes of a JSON or YAML file in, bodies with the position of every value out.

A loader never raises on bad input: whatever is wrong with the file (its encoding, its syntax,
a duplicate key, a value JSON cannot hold) becomes a :class:`~thread_validator.Problem`, placed at
a 1-based line and column. The validator's problems know only a path into the body; a document
finds their positions on demand (:meth:`Document.place`, :func:`place_documents`), looking up
those paths only: a map of every value would cost hundreds of bytes a value.

Everything here is bounded in time and memory: nesting deeper than :data:`MAX_DEPTH` is refused
before anything recursive sees it, YAML aliases may not expand a document past
:data:`MAX_ALIAS_VALUES` values, and only PyYAML's event parser is used (no constructor, so no
object a YAML tag could name is ever built; YAML numbers are read by this module's own bounded
functions, not PyYAML's constructor).
"""

from __future__ import annotations

import bisect
import functools
import json
import json.scanner
import math
import re
from array import array
from collections.abc import Iterable, Mapping
from typing import Any, Literal, NamedTuple

from ._display import api_param, excerpt, int_text, quote
from ._problem import Problem, Severity, make

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

    __slots__ = (
        "body",
        "implicit",
        "parsed",
        "positions",
        "problems",
        "pure_python",
        "reported",
        "text",
        "yaml_index",
    )

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
        # A YAML document: its index in the stream and the parser that read it, to find the
        # positions again on demand.
        self.yaml_index: int | None = None
        self.pure_python = False

    def place(self, paths: Iterable[tuple[Any, ...]] | None = None) -> None:
        """Make sure the document has a position map (a JSON file is scanned on demand).

        Given ``paths`` (those of the problems to place), only they and their ancestors are
        recorded, and the scan skips what holds none of them: a 10 MiB array is not a map of
        five million positions.
        """
        if self.positions is None and self.text is not None:
            wanted = None if paths is None else _with_ancestors(paths)
            if self.yaml_index is None:
                scan = scan_json(self.text, wanted)
                self.positions = scan.positions
                if scan.stopped:
                    # Nested too deep (json.loads takes more than MAX_DEPTH): refused after all.
                    self.problems.extend(scan.problems)
                    self.parsed = False
                    self.body = None
            else:
                place_yaml([self], {self.yaml_index: wanted})


def _with_ancestors(paths: Iterable[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    return {path[:depth] for path in paths for depth in range(len(path) + 1)}


def place_documents(
    documents: list[Document], paths: Mapping[int, Iterable[tuple[Any, ...]]]
) -> None:
    """Give the documents at these indices the positions of these paths (the problems').

    A YAML stream is read again once for all its documents, not once for each.
    """
    yaml_wanted = {}
    for index, found in paths.items():
        document = documents[index]
        if document.yaml_index is None:
            document.place(found)
        elif document.positions is None and document.text is not None:
            yaml_wanted[document.yaml_index] = _with_ancestors(found)
    if yaml_wanted:
        place_yaml(documents, yaml_wanted)


def place_yaml(
    documents: list[Document], wanted: Mapping[int, set[tuple[Any, ...]] | None]
) -> None:
    """Read a YAML text again, recording for each document index in ``wanted`` the positions
    (and implicit-typing phrases) of those paths (None: of every path)."""
    import yaml

    some = next(document for document in documents if document.yaml_index in wanted)
    composer = _YamlComposer(some.text or "", pure_python=some.pure_python, wanted=wanted)
    try:
        for event in yaml.parse(some.text or "", Loader=_yaml_loader(some.pure_python)):
            composer.feed(event)
            if composer.stopped or composer.located:
                break
    except yaml.YAMLError:
        pass  # the documents wanted were read before the error, in the first pass too
    for document in documents:
        index = document.yaml_index
        if index is not None and index in wanted:
            again = composer.documents[index] if index < len(composer.documents) else None
            document.positions = (again.positions if again else None) or Positions()
            if again is not None:
                document.implicit = again.implicit


def problem(
    code: str,
    message: str,
    line: int,
    column: int,
    path: tuple[Any, ...] = (),
    severity: Severity = "error",
    on_key: bool = False,
) -> Problem:
    return make(code, path, message, severity=severity, on_key=on_key, line=line, column=column)


class _Lines:
    """Offsets in a text to 1-based line and column.

    A line ends at LF, CR or CRLF, as editors count them (a CR-only file has many lines); not at
    NEL, U+2028 or U+2029, which PyYAML's own marks count as line breaks. Line starts are kept in
    an array: eight bytes a line, whatever the file holds.
    """

    def __init__(self, text: str) -> None:
        self._starts = array("q", [0])
        self._starts.extend(match.end() for match in _LINE_BREAK.finditer(text))

    def __call__(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


_LINE_BREAK = re.compile("\r\n|\r|\n")


# ---------------------------------------------------------------------------------------------
# Bytes to text


def decode(data: bytes, fmt: Format) -> tuple[str | None, list[Problem]]:
    """The text of a file, or ``None`` when it cannot be read as a body at all."""
    problems: list[Problem] = []
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return None, [problem("binary_file", "The file is UTF-32 encoded: save it as UTF-8.", 1, 1)]
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
    breaks = _BYTE_LINE_BREAK.findall(data, 0, offset)
    line_start = max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1
    # The bytes before the first bad one decode cleanly, so the column counts characters.
    before = data[line_start:offset].decode("utf-8", errors="replace")
    return len(breaks) + 1, len(before) + 1


_BYTE_LINE_BREAK = re.compile(b"\r\n|\r|\n")


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
        # json counts only LF as a line break; a CR-only file would be one long line.
        line, column = _Lines(text)(error.pos)
        document.problems.append(
            problem(
                "invalid_json",
                f"Invalid JSON: {error.msg} at line {line}, column {column}.",
                line,
                column,
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
    """Scan ``text`` to report what ``json.loads`` let by; positions are left to :meth:`place`."""
    scan = scan_json(text, set())
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


def scan_json(text: str, wanted: set[tuple[Any, ...]] | None = None) -> _Scan:
    """Record where every value and key of a JSON text starts, without recursion.

    Meant for texts ``json.loads`` accepted (or gave up on for depth or a huge integer): it does
    not re-check the syntax, and stops at the first thing it does not expect. With ``wanted``
    (paths, each with its ancestors), only those are recorded; a non-empty ``wanted`` also skips
    the containers that hold none of them (looking only at their brackets and strings, and
    their depth), and then finds no duplicate keys or NaN in them: the first scan, with an empty
    ``wanted``, reported those.
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
    skipping = bool(wanted)
    # The containers to enter: those that hold a wanted path (the others are skipped at once).
    inside = {path[:-1] for path in wanted if path} if wanted else set()
    while True:
        if state == _VALUE:
            if wanted is None or path in wanted:
                positions.values[path] = lines(position)
            char = text[position : position + 1]
            state = _AFTER
            if skipping and (char == "{" or char == "[") and path not in inside:
                position = _past_container(text, position + 1, scanstring, MAX_DEPTH - len(stack))
                if position < 0:
                    # Too deep in there: the full scan says exactly where, and stops.
                    return scan_json(text, set())
            elif char == "{" or char == "[":
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
            if wanted is None or path in wanted:
                positions.keys[path] = key_at
            state = _VALUE
    return _Scan(positions, problems, reported, stopped)


_STRUCTURE = re.compile(r'["\[\]{}]')


def _past_container(text: str, position: int, scanstring: Any, room: int) -> int:
    """The offset just past the array or object whose opening bracket ends at ``position``, or
    -1 if it nests more than ``room`` levels."""
    # json's C scanner reads the container in one call (a tenth of the time of the walk below);
    # it is taken when its brackets (strings' included) are too few to nest ``room`` deep.
    try:
        end: int = _scan_once()(text, position - 1)[1]
    except (ValueError, RecursionError):  # an integer too long to read, or a deep nesting
        end = -1
    if end > 0 and text.count("[", position, end) + text.count("{", position, end) < room:
        return end
    return _walk_past_container(text, position, scanstring, room)


@functools.cache
def _scan_once() -> Any:
    # typeshed names the argument after the class; it is any object with a decoder's settings.
    return json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def _walk_past_container(text: str, position: int, scanstring: Any, room: int) -> int:
    """:func:`_past_container` one structural character at a time."""
    depth = 1
    while True:
        match = _STRUCTURE.search(text, position)
        if match is None:
            return len(text)
        char, position = match.group(), match.end()
        if char == '"':
            _, position = scanstring(text, position)
        elif char == "[" or char == "{":
            depth += 1
            if depth > room:
                return -1
        else:
            depth -= 1
            if not depth:
                return position


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

    # Positions are not kept now: a problem's place is found again on demand (Document.place),
    # so a document of five million values is not a map of five million positions.
    composer = _YamlComposer(text, pure_python=pure_python, wanted={})
    try:
        for event in yaml.parse(text, Loader=_yaml_loader(pure_python)):
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


def _yaml_loader(pure_python: bool) -> Any:
    import yaml

    return yaml.SafeLoader if pure_python else getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _deep_flow_documents(text: str, mark: Any) -> list[Document]:
    """The documents of a text that libyaml refused as nested too deep, at our own limit."""
    prefix = load_yaml(text[: mark.index], pure_python=True)
    if any(p.code == "nesting_too_deep" for document in prefix for p in document.problems):
        return prefix
    return [Document(problems=[_too_deep(*_Lines(text)(mark.index), ())])]


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

    def __init__(
        self,
        text: str,
        *,
        pure_python: bool = False,
        wanted: Mapping[int, set[tuple[Any, ...]] | None] | None = None,
    ) -> None:
        """``wanted``: for a document's index, the paths whose positions (and typing phrases)
        are recorded, None for all; a document it does not name records nothing. Without
        ``wanted``, every document records everything."""
        import yaml

        self._pure_python = pure_python
        self._wanted = wanted
        self._doc_wanted: set[tuple[Any, ...]] | None = None
        self._last_wanted = max(wanted) if wanted else None
        self.located = False

        self._yaml = yaml
        self._resolver = yaml.resolver.Resolver()
        self._constructor = yaml.constructor.SafeConstructor()
        self._text = text
        # Positions from the marks' character offsets: PyYAML's own line numbers count NEL,
        # U+2028 and U+2029 as line breaks, which shifts every later line.
        self._lines = _Lines(text)
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
            index = len(self.documents)
            recording = self._wanted is None or index in self._wanted
            self._doc_wanted = self._wanted.get(index) if self._wanted is not None else None
            self._document = Document(positions=Positions() if recording else None, text=self._text)
            self._document.yaml_index = len(self.documents)
            self._document.pure_python = self._pure_python
            self.documents.append(self._document)
            self._stack, self._anchors, self._alias_values, self._refused = [], {}, 0, False
        elif isinstance(event, yaml.DocumentEndEvent):
            if self._last_wanted is not None and len(self.documents) - 1 >= self._last_wanted:
                self.located = True  # every document wanted is read: no need to read on
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
            line, column = self._lines(mark.index)
        elif isinstance(getattr(error, "position", None), int):
            line, column = self._lines(error.position)
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
        at = self._lines(event.start_mark.index)
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
                if kind in _NUMBERS:
                    value = _NUMBERS[kind](event.value)
                else:
                    value = getattr(self._constructor, f"construct_yaml_{kind}")(node)
            except _TooLong:
                self._report(
                    problem(
                        "number_too_long",
                        f"YAML reads {excerpt(event.value)} as an integer of more than "
                        f"{MAX_INT_DIGITS:,} digits, more than can be read or written as JSON.",
                        *at,
                        path,
                    )
                )
                if not is_key:
                    self._document.reported.add(path)
                value = event.value
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
        elif plain and kind in _READ_AS and self._wants(path):
            self._document.implicit[path] = phrase
        self._value(value, 1, path, at, event.anchor)

    def _alias(self, event: Any) -> None:
        at = self._lines(event.start_mark.index)
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
        at = self._lines(event.start_mark.index)
        is_key, path = self._place(at)
        if len(self._stack) >= MAX_DEPTH:
            self._refuse(_too_deep(*at, path))
            self.stopped = True
            return
        if event.tag not in (None, "!", _TAG + "map", _TAG + "seq"):
            self._report(self._unsupported(event.tag, at, path))
        if not is_key:
            self._record(path, at)
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
        positions = self._document.positions
        if positions is not None and (self._doc_wanted is None or path in self._doc_wanted):
            positions.keys[path] = at
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
            self._record(path, at)
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
            mappings = merged if isinstance(merged, list) else [merged]
            if not all(isinstance(mapping, dict) for mapping in mappings):
                # Once per merge key, however many of its items are not mappings.
                self._report(
                    problem(
                        "invalid_yaml",
                        "Invalid YAML: a merge key ('<<') must be followed by a mapping or a list of mappings.",
                        *frame.at,
                        frame.path,
                    )
                )
            for mapping in mappings:
                if isinstance(mapping, dict):
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

    def _wants(self, path: tuple[Any, ...]) -> bool:
        """Whether this document records what it knows about ``path`` (a position, a phrase)."""
        return self._document.positions is not None and (
            self._doc_wanted is None or path in self._doc_wanted
        )

    def _record(self, path: tuple[Any, ...], at: tuple[int, int]) -> None:
        positions = self._document.positions
        if positions is None:
            return
        # A later value at the same path (a duplicate key) is the one the body holds: it wins.
        if self._doc_wanted is None or path in self._doc_wanted:
            positions.values[path] = at

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
    if isinstance(value, int):
        return int_text(value)
    return str(value)


class _TooLong(Exception):
    """A YAML integer with more digits than :data:`MAX_INT_DIGITS`."""


#: The smallest integer with more than MAX_INT_DIGITS digits.
_TOO_LARGE = 10**MAX_INT_DIGITS
_LOG10_60 = 1.7781512503836436


def _yaml_int(text: str) -> int:
    """A YAML 1.1 int (``1_000``, ``0x1F``, ``017``, ``0b101``, ``1:30:00``) as PyYAML reads it.

    Unlike PyYAML's constructor it is bounded: a decimal or sexagesimal integer of more than
    :data:`MAX_INT_DIGITS` digits raises :class:`_TooLong` before any arithmetic (PyYAML's
    sexagesimal loop is quadratic: 3 MB took 93 s), and so does any integer that large.
    """
    value = text.replace("_", "")
    sign = -1 if value[:1] == "-" else 1
    if value[:1] in ("-", "+"):
        value = value[1:]
    if value == "0":
        return 0
    if value.startswith("0b"):
        number = int(value, 2)  # bases that are powers of two convert in linear time
    elif value.startswith("0x"):
        number = int(value, 16)
    elif value.startswith("0"):
        number = int(value, 8)
    elif ":" in value:
        groups = value.split(":")
        # The first group is at least 1, so the value is at least 60 ** (groups - 1).
        if (len(groups) - 1) * _LOG10_60 >= MAX_INT_DIGITS:
            raise _TooLong
        number = 0
        for group in groups:
            number = number * 60 + int(group)
    else:
        if len(value) > MAX_INT_DIGITS:
            raise _TooLong
        number = int(value)
    if number >= _TOO_LARGE:
        raise _TooLong
    return sign * number


def _yaml_float(text: str) -> float:
    """A YAML 1.1 float as PyYAML reads it; a sexagesimal one too large for a float is
    infinite (reported as not a JSON number) where PyYAML raised ``OverflowError``."""
    value = text.replace("_", "").lower()
    sign = -1.0 if value[:1] == "-" else 1.0
    if value[:1] in ("-", "+"):
        value = value[1:]
    if value == ".inf":
        return sign * math.inf
    if value == ".nan":
        return math.nan
    if ":" in value:
        number = 0.0
        for group in value.split(":"):
            number = number * 60 + float(group)
        return sign * number
    return sign * float(value)


_NUMBERS = {"int": _yaml_int, "float": _yaml_float}
