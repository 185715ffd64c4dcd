"""The validator: the bundled schema and keyword functions in, path-addressed problems out."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from . import _fast
from ._display import api_param, json_pointer, quoted_param
from ._lint import lint
from ._problem import InvalidBody, Problem
from ._rules import rule_for
from ._schema import (
    DEFAULT_API_VERSION,
    KINDS_BY_VERSION,
    ApiVersion,
    Kind,
    document,
    registry,
    root_schema,
)


@functools.cache
def _validator_class(pruned: str | None = DEFAULT_API_VERSION) -> Any:
    """The jsonschema validator class.

    ``pruned`` names the API version whose fast checks let it skip the valid parts of a body
    (None: walk everything).
    """
    # jsonschema costs about 100 ms to import; it is only needed once a body has an error.
    from jsonschema import Draft202012Validator, validators

    from ._keywords import KEYWORDS
    from ._pruning import pruning

    return validators.extend(
        Draft202012Validator, validators={**KEYWORDS, **pruning(pruned)} if pruned else KEYWORDS
    )


_UNSET: Any = object()


class Validator:
    """Checks bodies of one kind; build it once and reuse it.

    ``kind`` is ``"thread"`` for ``POST /v1/threads`` (``CreateThreadRequest``), ``"message"``
    for ``POST /v1/threads/{thread_id}/messages`` (``CreateMessageRequest``), or
    ``"thread_object"`` for the thread those endpoints return (``ThreadObject``, for contract tests
    of servers and mocks). ``api_version`` is ``"v2"`` (the default, ``OpenAI-Beta:
    assistants=v2``) or ``"v1"`` (the 2023 API: user messages with string content and
    ``file_ids``; request bodies only).
    """

    def __init__(
        self, kind: Kind = "thread", api_version: ApiVersion = DEFAULT_API_VERSION
    ) -> None:
        if api_version not in KINDS_BY_VERSION:
            raise ValueError(
                f"unknown api_version {api_version!r}: expected one of "
                f"{', '.join(map(repr, KINDS_BY_VERSION))}"
            )
        kinds = KINDS_BY_VERSION[api_version]
        if kind not in kinds:
            raise ValueError(
                f"unknown kind {kind!r} for API {api_version}: expected one of {', '.join(map(repr, kinds))}"
            )
        self.kind = kind
        self.api_version = api_version
        self._definition, self._body_label = kinds[kind]
        self._checker: Any = None
        # The compiled check of ``_fast`` (None: there is none), looked up on first use. Setting
        # it to None forces the full jsonschema path on every body, as the agreement tests do.
        self._fast_check: Any = _UNSET

    def __repr__(self) -> str:
        return f"Validator(kind={self.kind!r}, api_version={self.api_version!r})"

    def validate(self, body: object) -> list[Problem]:
        """Every problem in ``body``, in document order. Never raises on a JSON-like value."""
        order = _DocumentOrder(body)
        ranked: list[tuple[tuple[int, ...], int, Problem]] = []
        if not self._fast_valid(body):
            self._rank_errors(body, order, ranked)
        reported = _Reported(problem for _, _, problem in ranked)
        for problem in lint(body, self.kind):
            if not reported.covers(problem):
                ranked.append((order.key(problem.path), len(ranked), problem))
        ranked.sort(key=lambda entry: entry[:2])
        return [
            problem if problem.rule else problem.replace(rule=rule_for(problem).id)
            for _, _, problem in ranked
        ]

    def _rank_errors(
        self,
        body: object,
        order: _DocumentOrder,
        ranked: list[tuple[tuple[int, ...], int, Problem]],
    ) -> None:
        """The full diagnostics: jsonschema with the keyword functions, deduplicated."""
        if self._checker is None:
            # Without the fast path (the agreement tests), the full path must not lean on it.
            pruned = self.api_version if self._fast_check is not None else None
            self._checker = _validator_class(pruned)(
                root_schema(self.kind, self.api_version), registry=registry(self.api_version)
            )
        problems = [self._problem(error) for error in self._checker.iter_errors(body)]
        # A value of the wrong type fails its enum, format or range too; the type is the news.
        mistyped = {p.pointer for p in problems if p.code == "invalid_type" and not p.on_key}
        seen: set[tuple[str, str | None, str]] = set()
        for problem in problems:
            identity = (problem.pointer, problem.param, problem.code)
            if identity in seen or (problem.pointer in mistyped and problem.code != "invalid_type"):
                continue
            seen.add(identity)
            ranked.append((order.key(problem.path), len(ranked), problem))

    def is_valid(self, body: object) -> bool:
        """True when ``body`` has no error (warnings do not count)."""
        if self._fast_valid(body):
            return True
        return not any(problem.severity == "error" for problem in self.validate(body))

    def check(self, body: object) -> list[Problem]:
        """Raise :class:`InvalidBody` if ``body`` has an error; otherwise return its warnings."""
        problems = self.validate(body)
        if any(problem.severity == "error" for problem in problems):
            raise InvalidBody(tuple(problems), self.kind)
        return problems

    def _fast_valid(self, body: object) -> bool:
        """True when the compiled check is sure ``body`` has no error (see ``_fast``)."""
        check = self._fast_check
        if check is _UNSET:
            check = self._fast_check = _fast.checker(self.kind, self.api_version)
        return check is not None and check(body)

    def _problem(self, error: Any) -> Problem:
        path = tuple(error.absolute_path)
        member = getattr(error, "member", None)
        param_path = path + (member,) if member is not None else path
        spoken_path = path[:-1] if getattr(error, "of_parent", False) else param_path
        phrase = getattr(error, "phrase", None)
        message = phrase(self._where(spoken_path)) if phrase else error.message
        return Problem(
            pointer=json_pointer(path),
            param=api_param(param_path) or None,
            code=getattr(error, "code", "invalid_value"),
            message=message,
            schema_path=_schema_location(
                self._definition, error.absolute_schema_path, self.api_version
            ),
            path=path,
            on_key=getattr(error, "on_key", False),
        )

    def _where(self, path: tuple[Any, ...]) -> str:
        return quoted_param(path) if path else self._body_label


class _Reported:
    """The places the schema already reported, so that a warning never repeats an error.

    A warning is dropped at the place of an error, and anywhere under an unknown parameter or a
    value of the wrong type: the schema gives such a place no meaning, so no rule applies there.
    """

    _MEANINGLESS_BELOW = frozenset({"unknown_parameter", "invalid_type"})

    def __init__(self, errors: Iterable[Problem]) -> None:
        self._at: set[tuple[Any, ...]] = set()
        self._above: set[tuple[Any, ...]] = set()
        for error in errors:
            if error.severity != "error":
                continue
            self._at.add(error.path)
            if error.code in self._MEANINGLESS_BELOW:
                self._above.add(error.path)

    def covers(self, problem: Problem) -> bool:
        path = problem.path
        if path in self._at:
            return True
        return any(path[:depth] in self._above for depth in range(len(path)))


class _DocumentOrder:
    """Sort keys that put problems in the order their places appear in the body."""

    def __init__(self, body: object) -> None:
        self._body = body
        self._key_positions: dict[int, dict[Any, int]] = {}

    def key(self, path: Iterable[Any]) -> tuple[int, ...]:
        node, key = self._body, []
        for token in path:
            if isinstance(node, dict):
                positions = self._key_positions.get(id(node))
                if positions is None:
                    positions = self._key_positions[id(node)] = {k: i for i, k in enumerate(node)}
                key.append(positions.get(token, len(positions)))
                node = node.get(token)
            elif isinstance(node, list) and isinstance(token, int):
                key.append(token)
                node = node[token] if 0 <= token < len(node) else None
            else:
                break
        return tuple(key)


def _schema_location(
    definition: str, keyword_path: Iterable[Any], api_version: str = DEFAULT_API_VERSION
) -> str:
    """The JSON Pointer, in the bundled document, of the keyword that failed.

    jsonschema's schema path lists the keywords traversed but leaves out each ``$ref``; following
    the references again gives the keyword's place in the document.
    """
    defs = document(api_version)["$defs"]
    node: Any = defs[definition]
    location: list[Any] = ["$defs", definition]
    for token in keyword_path:
        while isinstance(node, dict) and token not in node and "$ref" in node:
            target = node["$ref"].rsplit("/", 1)[-1]
            node, location = defs[target], ["$defs", target]
        if (isinstance(node, dict) and token in node) or (
            isinstance(node, list) and isinstance(token, int) and token < len(node)
        ):
            node = node[token]
        else:
            break
        location.append(token)
    return "#" + json_pointer(location)


@functools.cache
def validator_for(kind: Kind, api_version: ApiVersion = DEFAULT_API_VERSION) -> Validator:
    return Validator(kind, api_version)


def validate(
    body: object, *, kind: Kind = "thread", api_version: ApiVersion = DEFAULT_API_VERSION
) -> list[Problem]:
    """Every problem in ``body`` (a parsed JSON value), in document order."""
    return validator_for(kind, api_version).validate(body)


def is_valid(
    body: object, *, kind: Kind = "thread", api_version: ApiVersion = DEFAULT_API_VERSION
) -> bool:
    """True when ``body`` has no error."""
    return validator_for(kind, api_version).is_valid(body)


def check(
    body: object, *, kind: Kind = "thread", api_version: ApiVersion = DEFAULT_API_VERSION
) -> list[Problem]:
    """Raise :class:`InvalidBody` (a ``ValueError``) when ``body`` has an error."""
    return validator_for(kind, api_version).check(body)
