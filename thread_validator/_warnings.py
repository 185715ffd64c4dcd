"""The checks of the rules in one cheap pass: find which may fire, and run only those.

Each rule that looks at a body (``_lint_rules``, ``_server_rules``) walks it on its own, and most
bodies give none of them anything to say. :func:`marked` walks the places of the body's kind once
(``_walk``: its message lists, messages, metadata objects, ID lists, declared IDs) and hands each
value to the screens the rules declared for that place (``Rule.screens``): cheap tests that err on
the side of "may fire" (a list of IDs whose set is smaller than the list may hold a duplicate; an
image URL that does not plainly end in a supported extension may have another one). Only the
rules so marked then run their own exact check, so the problems are the checks' own, in catalogue
order; a clean body costs one walk without any path, message or problem built. What the walk
found stays in the body's context, so the checks that do run do not walk it again.

The pass knows nothing of rules or kinds itself: a rule brings its screens in its declaration, a
kind its places in its own. A rule declared without screens runs on every body. A property test
(tests/test_warnings_pass.py) holds the screens to the checks, which stay the reference: on any
body, a rule left unmarked yields nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ._kinds import ANY, Context, Kind
from ._rules import Hit, Rule, checks

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

# The marker of each kind, with what it was built from: (the kind, the checks).
_MARKERS: dict[str, tuple[Kind, tuple[Rule, ...], Marker, tuple[Rule, ...]]] = {}


def marked(body: object, context: Context) -> list[Rule]:
    """The rules, in catalogue order, that may have something to say about ``body``."""
    rules = checks()
    entry = _MARKERS.get(context.kind.name)
    if entry is None or entry[0] is not context.kind or entry[1] is not rules:
        marker, screened = _compile(context.kind, rules)
        entry = _MARKERS[context.kind.name] = (context.kind, rules, marker, screened)
    flags = entry[2](body, context)
    if not flags:
        return [rule for rule in rules if not rule.screens]
    screened = entry[3]
    chosen = {screened[bit].id for bit in range(len(screened)) if flags >> bit & 1}
    return [rule for rule in rules if not rule.screens or rule.id in chosen]


def _compile(kind: Kind, rules: tuple[Rule, ...]) -> tuple[Marker, tuple[Rule, ...]]:
    """One function that walks the kind's places once and runs the screens declared there.

    The places (``Kind.messages`` and the others, tuples of keys with ``"*"`` for every item of a
    list) are merged into one tree, so that places that share a start (each message, each
    message's metadata) are gone through once; at each place the value, of the type ``_walk``
    gives the checks, goes to the screens of that place. The function returns one bit per
    screened rule (its index in the returned tuple) that may fire.
    """
    screened = tuple(rule for rule in rules if rule.screens)
    # The tree: a node is (the screens at this place, its children by key).
    root: tuple[list[tuple[str, str | None]], dict[str, Any]] = ([], {})
    for place_name in _PLACE_TYPES:
        if not any(place_name in rule.screens for rule in screened):
            continue
        places: list[tuple[tuple[str, ...], str | None]] = (
            list(kind.ids.items())
            if place_name == "ids"
            else [(place, None) for place in getattr(kind, place_name)]
        )
        for place, family in places:
            node = root
            for token in place:
                node = node[1].setdefault(token, ([], {}))
            node[0].append((place_name, family))
    constants: dict[str, Any] = {}
    names = iter(range(1_000_000))

    def emit(node: Any, value: str, depth: int) -> list[str]:
        lines: list[str] = []
        for place_name, family in node[0]:
            of_type = _PLACE_TYPES[place_name]
            for bit, rule in enumerate(screened):
                screen = rule.screens.get(place_name)
                if screen is None:
                    continue
                name = f"_s{next(names)}"
                constants[name] = screen
                argument = value if family is None else f"({family!r}, {value})"
                test = f"{name}({argument}, context)"
                if of_type is not None:
                    test = f"type({value}) is {of_type.__name__} and {test}"
                lines.append(f"if {test}: flags |= {1 << bit}")
        for token, child in node[1].items():
            inner = f"v{depth + 1}"
            body = emit(child, inner, depth + 1)
            if not body:
                continue
            if token == ANY:
                lines += [f"if isinstance({value}, list):", f"    for {inner} in {value}:"]
                lines += [f"        {line}" for line in body]
            else:
                lines += [f"if isinstance({value}, dict) and {token!r} in {value}:"]
                lines += [f"    {inner} = {value}[{token!r}]"] + [f"    {line}" for line in body]
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
