"""The values thread-validator reports: problems, and the exception that carries them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NamedTuple

from ._display import MAX_EXCERPT, api_param, json_pointer, quote, quoted_param

Severity = Literal["error", "warning"]


class Problem(NamedTuple):
    """One thing wrong with a body, at one place in it: an immutable value.

    ``pointer`` is an RFC 6901 JSON Pointer to the value at fault (for a missing parameter, the
    object that lacks it); ``param`` is the API's own path form, as in its error bodies
    (``messages[0].content[1].image_url.url``; ``None`` for the body itself). ``path`` is the
    pointer as keys and indices. ``on_key`` is true when the fault is the key itself (an unknown
    or duplicate key), so that file positions point at the key rather than at its value.
    ``line`` and ``column`` (1-based) are set only for bodies read from a file. ``rule`` is the id
    of the catalogue rule the problem belongs to (``thread-validator --explain ID``).

    A named tuple rather than a dataclass: ``dataclasses`` costs 15 ms of import time (it imports
    ``inspect``), a third of the package's budget. ``problem.replace(...)`` makes a changed copy.
    """

    pointer: str
    param: str | None
    code: str
    message: str
    severity: Severity = "error"
    schema_path: str = ""
    path: tuple[str | int, ...] = ()
    on_key: bool = False
    line: int | None = None
    column: int | None = None
    rule: str | None = None

    def replace(self, **changes: Any) -> Problem:
        """A copy with some fields changed."""
        return self._replace(**changes)

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}: " if self.line is not None else ""
        return f"{where}{self.severity} {self.code} {self.message}"

    def to_dict(self) -> dict[str, object]:
        """The problem as JSON-ready data, with the documented field names."""
        return {
            "pointer": self.pointer,
            "param": self.param,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "schema_path": self.schema_path,
            "rule": self.rule,
        }


class Draft(NamedTuple):
    """A problem before it is placed: a check's finding, made a :class:`Problem` by :func:`placed`
    once the base path of the checked value is known (``Validator.validate``)."""

    path: tuple[Any, ...]
    code: str
    template: str
    fields: Mapping[str, Any] | None
    severity: Severity = "error"
    rule: str | None = None
    schema_path: str = ""
    on_key: bool = False
    member: str | None = None
    of_parent: bool = False

    @property
    def param_path(self) -> tuple[Any, ...]:
        return self.path if self.member is None else (*self.path, self.member)


def make(
    code: str,
    path: Sequence[Any],
    template: str,
    fields: Mapping[str, Any] | None = None,
    *,
    severity: Severity = "error",
    rule: str | None = None,
    schema_path: str = "",
    on_key: bool = False,
    member: str | None = None,
    of_parent: bool = False,
    base: Sequence[Any] = (),
    body_label: str = "the request body",
    line: int | None = None,
    column: int | None = None,
) -> Problem:
    """The one way a :class:`Problem` is built, by every check, loader and rule (a draft the
    validator already holds goes to :func:`placed` directly).

    ``template`` is a message with a place for the location, ``{where}`` (the quoted param, or
    ``body_label`` for the body itself), and for the ``fields``; with ``fields`` None it is the
    message itself, used as written (a loader's, which has no place in the body to name).
    ``path`` is where the fault sits under ``base``, the path of the checked value in an
    enclosing body (``("thread",)`` for the thread of a create-and-run request). ``member``
    names a missing key: part of the param, not of the pointer, which must resolve in the body.
    ``of_parent`` makes the message name the object that holds the fault ("Invalid property name
    in 'metadata'").
    """
    draft = Draft(
        tuple(path), code, template, fields, severity, rule, schema_path, on_key, member, of_parent
    )
    return placed(draft, base, body_label, line, column)


def placed(
    draft: Draft,
    base: Sequence[Any] = (),
    body_label: str = "the request body",
    line: int | None = None,
    column: int | None = None,
) -> Problem:
    """The problem a draft is, under ``base`` (see :func:`make`): one draft of every body's
    report, so without ``make``'s keywords."""
    path, code, template, fields, severity, rule, schema_path, on_key, member, of_parent = draft
    full = (*base, *path) if base else tuple(path)
    param_path = (*full, member) if member is not None else full
    param = api_param(param_path) if param_path else None
    if fields is None:
        message = template
    else:
        spoken = full[:-1] if of_parent else param_path
        if not spoken:
            where = body_label
        elif (
            spoken is param_path
            and param is not None
            and (len(param) <= MAX_EXCERPT or not _has_long_key(spoken))
        ):
            where = quote(param)  # no key in it long enough to be cut: the param, quoted
        else:
            where = quoted_param(spoken)
        message = template.format(where=where, **fields)
    # Positional: a named tuple built from keywords costs twice as much, on every problem.
    return Problem(
        json_pointer(full),
        param,
        code,
        message,
        severity,
        schema_path,
        full,
        on_key,
        line,
        column,
        rule,
    )


def _has_long_key(path: tuple[Any, ...]) -> bool:
    """Whether a key of ``path`` is long enough to be cut in a message (``quoted_param``)."""
    return any(isinstance(token, str) and len(token) > MAX_EXCERPT for token in path)


class InvalidBody(ValueError):
    """Raised by :func:`thread_validator.check` when a body has at least one error.

    It is a :class:`ValueError`, so code that already guards against bad values catches it;
    ``problems`` holds every problem found, warnings included, and ``kind`` names the body.
    """

    def __init__(self, problems: tuple[Problem, ...], kind: str = "thread") -> None:
        super().__init__(problems, kind)
        self.problems = problems
        self.kind = kind

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if problem.severity == "error")

    def __str__(self) -> str:
        errors = self.errors
        lines = [
            f"{len(errors)} {'error' if len(errors) == 1 else 'errors'} in the {self.kind} body:"
        ]
        lines += [f"  {problem.message}" for problem in errors[:10]]
        if len(errors) > 10:
            lines.append(f"  … and {len(errors) - 10} more")
        return "\n".join(lines)
