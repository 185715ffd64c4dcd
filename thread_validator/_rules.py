"""The rule catalogue: every problem thread-validator reports belongs to one rule.

A rule is declared once, where its check is defined, with everything said about it: a stable id
(the letter says where it comes from: S the spec's schema, P the spec's prose, O behaviour observed
on the live API, F file hygiene, L lint), a name, a default severity, a summary, an explanation
with a failing and a passing example, its message templates (which give its problem codes) and,
for rules that look at a body themselves, its check. The catalogue is what the declarations add up
to; the README's rules table (``python tools/rules_table.py README.md``),
``thread-validator --explain ID``, the SARIF rule metadata, ``--select``/``--ignore`` and the
catalogue tests all read it. The declarations live in:

* ``_schema_rules.py``: S and P, with the explicit table of schema keyword to rule;
* ``_server_rules.py``: O, each beside its check;
* ``_lint_rules.py``: L, each beside its check;
* ``_file_rules.py``: F, the codes ``_loaders`` reports;
* ``_migration_rules.py``: M, the losses ``migrate`` reports.

A check is a function ``(body, context) -> Iterable[Hit]``: it says where (a path) and which code
with which values; the validator builds the problem (``_problem.make``) from the rule's template,
so a check never writes a message or a location itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ._problem import Problem, Severity

if TYPE_CHECKING:
    from ._kinds import Context

Source = Literal[
    "spec", "spec prose", "observed server behaviour", "file hygiene", "lint", "migration"
]

SOURCE_BY_PREFIX: dict[str, Source] = {
    "S": "spec",
    "P": "spec prose",
    "O": "observed server behaviour",
    "L": "lint",
    "F": "file hygiene",
    "M": "migration",
}

_ID = re.compile(r"[SPOFLM]\d{3}")
_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class Hit(NamedTuple):
    """What a check found: where (keys and indices from the body's root), which code, the values.

    ``fields`` fill the rule's template for ``code``; ``on_key`` marks a fault in the key itself.
    """

    path: tuple[str | int, ...]
    code: str
    fields: Mapping[str, Any] = MappingProxyType({})
    on_key: bool = False


Check = Callable[[Any, "Context"], Iterable[Hit]]
# A cheap test of one value a check looks at, True when the check may have something to say
# about it (see ``_warnings``): it must never say False where the check would find something.
Screen = Callable[[Any, "Context"], bool]

# The screens written as expressions (``screen``): their text and the names it uses, by function.
_EXPRESSIONS: dict[Screen, tuple[str, Mapping[str, Any]]] = {}


def screen(expression: str, **names: Any) -> Screen:
    """A screen written as one Python expression of ``value`` (the value at its place) and
    ``context``, with ``names`` for the constants and functions it uses besides builtins.

    It is a function like any screen; the warning pass's compiled code writes the expression
    where the value is (``_warnings.screen_call``) instead of a call, so that a value it passes
    (almost every value) costs a comparison or two and no call.
    """
    # The expressions are the package's own source text, never input: eval builds the function
    # that stands for the expression wherever a screen is called rather than compiled in.
    function: Screen = eval(  # noqa: S307
        compile(f"lambda value, context: ({expression})", f"<screen: {expression}>", "eval"),
        dict(names),
    )
    _EXPRESSIONS[function] = (expression, MappingProxyType(dict(names)))
    return function


def expression_of(function: Screen) -> tuple[str, Mapping[str, Any]] | None:
    """The expression and names a screen was written with (``screen``); None for a function."""
    return _EXPRESSIONS.get(function)


#: The places a screen can look at: the tables of the kind's declaration (``_kinds.Kind``) whose
#: values it is given (``ids``: each declared ID as a pair of its family and its value). A screen
#: may also look further in: its key is then a tuple, the table's name and the keys below each of
#: its places (``"*"`` for each item of a list; ``_kinds.where(key, value)`` for an object only
#: when its ``key`` is ``value``), such as ``("messages", "content", "*", "text")`` for the text
#: of each content part of each message; it is given the value there, of any type.
SCREEN_PLACES = (
    "message_lists",
    "messages",
    "metadata",
    "file_id_lists",
    "vector_store_id_lists",
    "ids",
)
ScreenPlace = str | tuple[str, ...]


def screen_place_is_known(place: object) -> bool:
    """Whether ``place`` is one of ``SCREEN_PLACES``, or a tuple that starts with one (not ``ids``,
    whose values are pairs) and goes on with keys."""
    if isinstance(place, str):
        return place in SCREEN_PLACES
    return (
        isinstance(place, tuple)
        and len(place) > 1
        and place[0] in SCREEN_PLACES
        and place[0] != "ids"
        and all(isinstance(token, str) for token in place)
    )


class Rule(NamedTuple):
    id: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    bad: str
    good: str
    codes: tuple[str, ...]
    # The API version the examples are written for (``--api-version``).
    api_version: str = "v2"
    # The message template of each code, for rules whose check reports through ``Hit``\\ s.
    messages: Mapping[str, str] = MappingProxyType({})
    # The function that looks at a body (lint and server rules); None when another layer checks
    # (the schema, the file loaders).
    check: Check | None = None
    # The cheap tests of the fused warning pass (``_warnings``), by the kind's place they look at
    # (``SCREEN_PLACES``, or a tuple going further in): the check runs on a body only when one of
    # them says it may fire. A check without screens runs on every body.
    screens: Mapping[ScreenPlace, Screen] = MappingProxyType({})

    @property
    def source(self) -> Source:
        return SOURCE_BY_PREFIX[self.id[0]]

    def page(self) -> str:
        """The rule's documentation, as ``--explain`` prints it."""
        import textwrap

        return (
            f"{self.id} {self.name} ({self.severity}, from the {self.source})\n\n"
            f"{self.summary}\n\n{textwrap.fill(self.explanation, 88)}\n\n"
            f"Fails:\n    {self.bad}\n\nPasses:\n    {self.good}\n\n"
            f"Problem codes: {', '.join(self.codes)}\n"
        )


#: Every registered rule by id (live: a rule registered later is in it).
RULE_BY_ID: dict[str, Rule] = {}
# The rules with a check, as one tuple (the same object until the catalogue changes, so that
# what is built from it, such as the warning pass's plan, can tell it is current).
_CHECKS: list[tuple[Rule, ...]] = []


def register(rule: Rule) -> Rule:
    """Add a rule to the catalogue; raises :class:`ValueError` when it is not well formed."""
    if not _ID.fullmatch(rule.id) or not _NAME.fullmatch(rule.name):
        raise ValueError(f"rule id {rule.id!r} or name {rule.name!r} is not well formed")
    if rule.id in RULE_BY_ID or any(other.name == rule.name for other in RULE_BY_ID.values()):
        raise ValueError(f"rule {rule.id} {rule.name} is already registered")
    if not rule.codes or (rule.check is not None and set(rule.codes) != set(rule.messages)):
        raise ValueError(f"rule {rule.id}: a check needs a message template for each of its codes")
    if rule.screens and (rule.check is None or not all(map(screen_place_is_known, rule.screens))):
        raise ValueError(
            f"rule {rule.id}: screens need a check, and each a place that is one of "
            f"{SCREEN_PLACES} or a tuple that starts with one"
        )
    if rule.severity not in ("error", "warning"):
        raise ValueError(f"rule {rule.id}: severity must be 'error' or 'warning'")
    RULE_BY_ID[rule.id] = rule
    _CHECKS.clear()
    return rule


def unregister(rule_id: str) -> None:
    """Take a rule out of the catalogue (for tests that register a throwaway rule)."""
    RULE_BY_ID.pop(rule_id, None)
    _CHECKS.clear()


def declare(
    id: str,  # noqa: A002 (a rule's id, as the Rule field and the README call it)
    name: str,
    severity: Severity,
    *,
    summary: str,
    explanation: str,
    bad: str,
    good: str,
    codes: Iterable[str] = (),
    messages: Mapping[str, str] | None = None,
    api_version: str = "v2",
    check: Check | None = None,
    screens: Mapping[ScreenPlace, Screen] | None = None,
) -> Rule:
    """Declare and register a rule; its codes are those of ``messages`` unless given."""
    messages = MappingProxyType(dict(messages or {}))
    return register(
        Rule(
            id,
            name,
            severity,
            summary,
            explanation,
            bad,
            good,
            tuple(codes) or tuple(messages),
            api_version,
            messages,
            check,
            MappingProxyType(dict(screens or {})),
        )
    )


def rule(
    id: str,  # noqa: A002 (a rule's id, as the Rule field and the README call it)
    name: str,
    severity: Severity,
    **details: Any,
) -> Callable[[Check], Check]:
    """Declare the rule of the check it decorates (see :func:`declare` for the details)."""

    def decorate(check: Check) -> Check:
        declare(id, name, severity, check=check, **details)
        return check

    return decorate


def catalogue() -> tuple[Rule, ...]:
    """Every rule, by source (S, P, O, L, F, M) and id: the order of the README's table."""
    order = "SPOLFM"
    return tuple(sorted(RULE_BY_ID.values(), key=lambda each: (order.index(each.id[0]), each.id)))


def checks() -> tuple[Rule, ...]:
    """The rules that look at a body themselves, in catalogue order (server rules before lint)."""
    if not _CHECKS:  # computed once per change of the catalogue: every body is checked by them
        _CHECKS.append(tuple(each for each in catalogue() if each.check is not None))
    return _CHECKS[0]


def rule_for(problem: Problem) -> Rule | None:
    """The rule a problem belongs to; None for a problem no rule reports (never raises).

    A problem names its rule (every check and the validator set it). Without one, the schema
    keyword at the end of its ``schema_path`` decides through the keyword table; then a code that
    exactly one rule reports (the file rules' codes).
    """
    if problem.rule is not None:
        return RULE_BY_ID.get(problem.rule)
    if problem.schema_path:
        from ._schema_rules import schema_rule

        keyword = problem.schema_path.rsplit("/", 1)[-1]
        return RULE_BY_ID.get(schema_rule(keyword, problem.code) or "")
    owners = [each for each in RULE_BY_ID.values() if problem.code in each.codes]
    return owners[0] if len(owners) == 1 else None


def with_rule(problem: Problem) -> Problem:
    """The problem with its rule id set, when a rule reports it."""
    if problem.rule is not None:
        return problem
    found = rule_for(problem)
    return problem if found is None else problem.replace(rule=found.id)


# The declarations register themselves on import; imported here so that the catalogue is whole
# whichever module is imported first.
from . import (  # noqa: E402, F401 - at the end, to register their rules once this module is whole
    _file_rules,
    _lint_rules,
    _migration_rules,
    _schema_rules,
    _server_rules,
)


def __getattr__(name: str) -> Any:
    # ``RULES``, the catalogue as a tuple, is computed when read: a module that registers rules
    # may be imported after this one.
    if name == "RULES":
        return catalogue()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
