"""The checks of the rules in one cheap pass: find which may fire, and run only those.

Each rule that looks at a body (``_lint_rules``, ``_server_rules``) walks it on its own, and most
bodies give none of them anything to say. :func:`marked` walks the places of the body's kind once
(its message lists, messages, metadata objects, ID lists, declared IDs, and the places below them
that screens name, such as each content part's text) and hands each value to the screens the rules
declared for that place (``Rule.screens``): cheap tests that err on the side of "may fire" (a list
of IDs whose set is smaller than the list may hold a duplicate; an image URL that does not plainly
end in a supported extension may have another one). Only the rules so marked then run their own
exact check, so the problems are the checks' own, in catalogue order; a clean body costs one walk
without any path, message or problem built.

The pass knows nothing of rules or kinds itself: a rule brings its screens in its declaration, a
kind its places in its own. A rule declared without screens runs on every body. A property test
(tests/test_warnings_pass.py) holds the screens to the checks, which stay the reference: on any
body, a rule left unmarked yields nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from ._kinds import ANY, Context, Kind, condition
from ._rules import Hit, Rule, Screen, checks

# The type of the values each place gives its screens (as ``_walk`` finds them); None: any value
# (``ids``, whose screens get ``(family, value)`` pairs).
_PLACE_TYPES: dict[str, type | None] = {
    "message_lists": list,
    "messages": dict,
    "metadata": dict,
    "file_id_lists": list,
    "vector_store_id_lists": list,
    "ids": None,
}

Marker = Callable[[object, Context], int]


class _Plan(NamedTuple):
    """What the warning pass of one kind was built from, and what it runs."""

    kind: Kind
    rules: tuple[Rule, ...]
    marker: Marker
    # The rules with screens, by the bit the marker sets for each.
    screened: tuple[Rule, ...]
    # The rules without screens: they run on every body.
    always: list[Rule]


_PLANS: dict[str, _Plan] = {}


def marked(body: object, context: Context) -> list[Rule]:
    """The rules, in catalogue order, that may have something to say about ``body``."""
    rules = checks()
    plan = _PLANS.get(context.kind.name)
    if plan is None or plan.kind is not context.kind or plan.rules is not rules:
        marker, screened = _compile(context.kind, rules)
        always = [rule for rule in rules if not rule.screens]
        plan = _PLANS[context.kind.name] = _Plan(context.kind, rules, marker, screened, always)
    flags = plan.marker(body, context)
    if not flags:
        return plan.always
    chosen = {plan.screened[bit].id for bit in range(len(plan.screened)) if flags >> bit & 1}
    return [rule for rule in rules if not rule.screens or rule.id in chosen]


def _compile(kind: Kind, rules: tuple[Rule, ...]) -> tuple[Marker, tuple[Rule, ...]]:
    """One function that walks the kind's places once and runs the screens declared there.

    The places (``Kind.messages`` and the others, tuples of keys with ``"*"`` for every item of a
    list), with the keys a screen adds below them, are merged into one tree, so that places that
    share a start (each message, each message's content parts, each part's text) are gone
    through once, with no call until a screen is reached; at each place the value goes to the
    screens of that place: of the type ``_walk`` gives the checks at a table's own places, of any
    type below them. The function returns one bit per screened rule (its index in the returned
    tuple) that may fire.
    """
    screened = tuple(rule for rule in rules if rule.screens)
    # The tree: a node is (the screens at this place, its children by key); a screen is its
    # rule's bit, the test, the type its value must have (None: any) and the ID family (``ids``).
    root: tuple[list[tuple[int, Screen, type | None, str | None]], dict[str, Any]] = ([], {})
    for bit, rule in enumerate(screened):
        for key, screen in rule.screens.items():
            table, below = (key, ()) if isinstance(key, str) else (key[0], key[1:])
            places: list[tuple[tuple[str, ...], str | None]] = (
                list(kind.ids.items())
                if table == "ids"
                else [(place, None) for place in getattr(kind, table)]
            )
            of_type = None if below else _PLACE_TYPES[table]
            for place, family in places:
                node = root
                for token in (*place, *below):
                    node = node[1].setdefault(token, ([], {}))
                node[0].append((bit, screen, of_type, family))
    constants: dict[str, Any] = {}

    def emit(node: Any, value: str, depth: int) -> list[str]:
        lines: list[str] = []
        for bit, screen, of_type, family in node[0]:
            name = f"_s{len(constants)}"
            constants[name] = screen
            argument = value if family is None else f"({family!r}, {value})"
            call = f"{name}({argument}, context)"
            if of_type is not None:
                call = f"type({value}) is {of_type.__name__} and {call}"
            lines.append(f"if {call}: flags |= {1 << bit}")
        # One type test per value, then its keys (or its items): the walk's cost is the number
        # of places, not of screens.
        inner = f"v{depth + 1}"
        keyed: list[str] = []
        for token, child in node[1].items():
            test = condition(token)
            # A condition goes on with the same value, only when its key has the string.
            body = emit(child, value, depth) if test else emit(child, inner, depth + 1)
            if not body:
                continue
            if token == ANY:
                lines += [f"if isinstance({value}, list):", f"    for {inner} in {value}:"]
                lines += [f"        {line}" for line in body]
            elif test is not None:
                keyed += [f"if {value}.get({test[0]!r}) == {test[1]!r}:"]
                keyed += [f"    {line}" for line in body]
            else:
                keyed += [f"if {token!r} in {value}:", f"    {inner} = {value}[{token!r}]"]
                keyed += [f"    {line}" for line in body]
        if keyed:
            lines += [f"if isinstance({value}, dict):"] + [f"    {line}" for line in keyed]
        return lines

    body_lines = emit(root, "v0", 0)
    text = "\n".join(
        [
            "def mark(v0, context):",
            "    flags = 0",
            *(f"    {line}" for line in body_lines),
            "    return flags",
        ]
    )
    namespace: dict[str, Any] = dict(constants)
    exec(compile(text, f"<thread_validator warning pass: {kind.name}>", "exec"), namespace)
    marker: Marker = namespace["mark"]
    return marker, screened


def warnings(body: object, context: Context) -> Iterator[tuple[Rule, Hit]]:
    """What the marked rules find in ``body``: the same as ``_lint.lint`` gives, in its order."""
    context = context.for_body()
    for rule in marked(body, context):
        for hit in rule.check(body, context) if rule.check is not None else ():
            yield rule, hit
