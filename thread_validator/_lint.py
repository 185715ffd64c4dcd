"""Warning rules: checks beyond the schema, run on every body after the schema's checks.

Each rule is a function ``(body, kind) -> Iterable[Problem]`` registered in ``RULES``; it yields
problems with ``severity="warning"``. Rules must tolerate any JSON-like value, since they also run
on bodies that failed the schema, and must only look where the schema gives a place a meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ._problem import Problem

Rule = Callable[[object, str], Iterable[Problem]]

RULES: list[Rule] = []


def _register() -> None:
    from ._lint_rules import LINT_RULES

    RULES.extend(LINT_RULES)


_register()


def lint(body: object, kind: str) -> list[Problem]:
    return [problem for rule in RULES for problem in rule(body, kind)]


def _register_server_rules() -> None:
    # Server-side rules (limits the live API enforced beyond the spec), one entry per rule id.
    from ._server_rules import RULE_FUNCTIONS

    RULES.extend(RULE_FUNCTIONS.values())


_register_server_rules()
