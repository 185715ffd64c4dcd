"""Running the rules that look at a body themselves (server and lint rules), after the schema.

Which rules those are is the catalogue's business (``_rules``: every rule declared with a check);
each check yields :class:`~._rules.Hit`\\ s, which the validator turns into problems. Checks must
tolerate any JSON-like value, since they also run on bodies that failed the schema.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._kinds import Context
from ._rules import Hit, Rule, checks


def lint(body: object, context: Context) -> Iterator[tuple[Rule, Hit]]:
    context = context.for_body()
    for rule in checks():
        if rule.check is None:  # checks() yields only rules with one; this tells the type checker
            continue
        for hit in rule.check(body, context):
            yield rule, hit
