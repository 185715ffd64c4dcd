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
from typing import Any, NamedTuple, cast

from ._kinds import ANY, Context, Kind, condition
from ._rules import Hit, Rule, Screen, ScreenPlace, checks, expression_of

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


class Plan:
    """The warning pass of one kind and API version, for one catalogue of rules."""

    def __init__(self, kind: Kind, api_version: str, rules: tuple[Rule, ...]) -> None:
        from ._fast import scanner
        from ._schema import document_key

        self.kind, self.rules = kind, rules
        # The rules with screens, by their bit; those without run on every body.
        self.screened = tuple(rule for rule in rules if rule.screens)
        self.always = [rule for rule in rules if not rule.screens]
        # The compiled check with the screens folded in (``_fast.scanner``), when there is one;
        # the separate pass (``marker``) is built on first use: for bodies the scanner does
        # not find valid, and for kinds without it.
        self.scan = scanner(kind.name, document_key(kind.name, api_version), rules)
        self._marker: Marker | None = None
        # The rules of each set of flags seen (a body of a few warnings marks the same few).
        self._chosen: dict[int, list[Rule]] = {}

    def marked(self, body: object, context: Context) -> list[Rule]:
        """The rules, in catalogue order, that may have something to say about ``body``."""
        if self._marker is None:
            self._marker = _marker(self.kind, self.rules)
        return self.chosen(self._marker(body, context))

    def chosen(self, flags: int) -> list[Rule]:
        """The rules of the bits set in ``flags``, and those without screens."""
        if not flags:
            return self.always
        found = self._chosen.get(flags)
        if found is None:
            marked = {rule.id for bit, rule in enumerate(self.screened) if flags >> bit & 1}
            found = [rule for rule in self.rules if not rule.screens or rule.id in marked]
            if len(self._chosen) < 1024:  # bounded: one entry per combination of rules
                self._chosen[flags] = found
        return found


_PLANS: dict[tuple[str, str], Plan] = {}


def plan_for(context: Context) -> Plan:
    """The warning pass for ``context``'s kind and API version, with the rules registered now."""
    rules = checks()
    plan = _PLANS.get((context.kind.name, context.api_version))
    if plan is None or plan.kind is not context.kind or plan.rules is not rules:
        plan = _PLANS[context.kind.name, context.api_version] = Plan(
            context.kind, context.api_version, rules
        )
    return plan


def marked(body: object, context: Context) -> list[Rule]:
    """The rules, in catalogue order, that may have something to say about ``body``."""
    return plan_for(context).marked(body, context)


class Entry(NamedTuple):
    """A screen at a place of the tree (``screen_tree``)."""

    # The bit of its rule (the rule's index among the screened rules).
    bit: int
    rule: str
    key: ScreenPlace
    screen: Screen
    # The type its value must have (a table's own place, as ``_walk`` gives it); None: any.
    of_type: type | None
    # The family of a declared ID (``ids``: the screen gets the pair), else None.
    family: str | None


# A node of the tree: the screens at this place, and its children by token.
Node = tuple[list[Entry], dict[str, Any]]


def screen_tree(kind: Kind, rules: tuple[Rule, ...]) -> tuple[Node, tuple[Rule, ...]]:
    """The places of ``kind`` that the rules' screens look at, merged into one tree, and the
    screened rules (a rule's bit is its index there).

    The places (``Kind.messages`` and the others, tuples of keys with ``"*"`` for every item of a
    list), with the tokens a screen adds below them, share their starts: each message, each
    message's content parts, each part's text are gone through once.
    """
    screened = tuple(rule for rule in rules if rule.screens)
    root: Node = ([], {})
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
                node[0].append(Entry(bit, rule.id, key, screen, of_type, family))
    return root, screened


def screen_call(
    entry: Entry,
    prefix: str,
    value: str,
    flag: int,
    *,
    inline: bool = True,
    hoisted: dict[str, str] | None = None,
) -> tuple[str, dict[str, tuple[Any, str | None]]]:
    """The statement that runs one screen on ``value`` and sets ``flag``, and what each name it
    uses (all begin with ``prefix``) stands for, with the name it has in the screen: the screen
    itself (None) or, for a screen written as an expression (``_rules.screen``) and ``inline``,
    each name the expression uses, written in place."""
    test, names = screen_test(entry, prefix, value, inline=inline, hoisted=hoisted)
    if entry.of_type is not None:
        test = f"type({value}) is {entry.of_type.__name__} and {test}"
    return f"if {test}: flags |= {flag}", names


def screen_test(
    entry: Entry,
    prefix: str,
    value: str,
    *,
    inline: bool = True,
    hoisted: dict[str, str] | None = None,
) -> tuple[str, dict[str, tuple[Any, str | None]]]:
    """The test of :func:`screen_call`, without that of the value's type (``entry.of_type``).

    With ``hoisted``, each chain of attributes of ``context`` that an inlined expression reads
    (``context.server.id_prefixes['file']``) is read into a name at its first use and the name
    read after, the same for every screen that reads it (the context's tuples do not change);
    ``hoisted`` gets the chain's source by that name, which the function must set to None first.
    """
    argument = value if entry.family is None else f"({entry.family!r}, {value})"
    written = expression_of(entry.screen) if inline else None
    names: dict[str, tuple[Any, str | None]] = {}
    if written is None:
        names[prefix] = (entry.screen, None)
        return f"{prefix}({argument}, context)", names
    import ast  # only to write the passes: at build time, or for another catalogue of rules

    tree = ast.parse(written[0], mode="eval")
    if hoisted is not None:
        tree = _hoister(hoisted).visit(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in written[1]:
            names[f"{prefix}_{node.id}"] = (written[1][node.id], node.id)
            node.id = f"{prefix}_{node.id}"
        elif isinstance(node, ast.Name) and node.id == "value":
            node.id = argument
    return f"({ast.unparse(tree)})", names


def _hoister(hoisted: dict[str, str]) -> Any:
    """The transformer of :func:`screen_test` that writes chains of attributes of ``context``,
    and their items at constant keys (``context.server.id_prefixes['file']``), as names (defined
    here: ``ast`` is imported only to write the passes)."""
    import ast

    def of_context(node: ast.expr) -> bool:
        while isinstance(node, ast.Attribute):
            node = node.value
        return isinstance(node, ast.Name) and node.id == "context"

    def named(node: ast.expr) -> ast.expr:
        # ``(name if name is not None else (name := chain))``: read at its first use, not at the
        # start, where it would cost a body that reaches no screen (most of a minimal body's
        # check) as much as the screens save.
        source = ast.unparse(node)
        name = next((each for each, chain in hoisted.items() if chain == source), None)
        if name is None:
            name = f"_context{len(hoisted)}"
            hoisted[name] = source
        return ast.IfExp(
            ast.Compare(ast.Name(name, ast.Load()), [ast.IsNot()], [ast.Constant(None)]),
            ast.Name(name, ast.Load()),
            ast.NamedExpr(ast.Name(name, ast.Store()), node),
        )

    class Hoist(ast.NodeTransformer):
        def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
            if isinstance(node.slice, ast.Constant) and of_context(node.value):
                return named(node)
            return cast("ast.expr", self.generic_visit(node))

        def visit_Attribute(self, node: ast.Attribute) -> ast.expr:
            if of_context(node):
                return named(node)
            return cast("ast.expr", self.generic_visit(node))

    return Hoist()


def marker_source(
    kind: Kind, rules: tuple[Rule, ...], name: str = "mark", *, inline: bool = False
) -> tuple[str, dict[str, tuple[Any, str, ScreenPlace, str | None]]]:
    """The source of one function that walks the kind's places once (``screen_tree``) and runs
    the screens there, with no call until a screen is reached, and what each name it uses
    stands for: (the object, its rule, the screen's place, the name in the screen's expression
    or None for the screen itself).

    At each place the value goes to the screens of that place: of the type ``_walk`` gives the
    checks at a table's own places, of any type below them. The function returns one bit per
    screened rule (its index among them) that may fire. ``inline`` writes a screen given as an
    expression in place of its call: worth it at build time (``_fast.module_source``), not at run
    time, where parsing each expression costs more than the calls save.
    """
    root, _ = screen_tree(kind, rules)
    stem = "_s" if name == "mark" else f"_{name}_s"
    return node_marker_source(root, name, stem, inline=inline)


def node_marker_source(
    root: Node, name: str, stem: str, *, inline: bool = False
) -> tuple[str, dict[str, tuple[Any, str, ScreenPlace, str | None]]]:
    """:func:`marker_source` for the places at and below one node of the screens' tree, on any
    value (a scanner's handler runs it on the value it reports: the screens there that the scan
    did not reach). The names it uses begin with ``stem``."""
    names: dict[str, tuple[Any, str, ScreenPlace, str | None]] = {}
    # Each chain of the context a screen reads (the server's ID prefixes of a family), read once
    # a body, at its first use, as the scanner does (``screen_test``).
    hoisted: dict[str, str] = {}

    def emit(node: Node, value: str, depth: int, *, is_dict: bool = False) -> list[str]:
        lines: list[str] = []
        for entry in node[0]:
            prefix = f"{stem}{len(names)}"
            line, used = screen_call(
                entry, prefix, value, 1 << entry.bit, inline=inline, hoisted=hoisted
            )
            for each, (stands_for, inner) in used.items():
                names[each] = (stands_for, entry.rule, entry.key, inner)
            lines.append(line)
        # One type test per value, then its keys (or its items): the walk's cost is the number
        # of places, not of screens.
        inner = f"v{depth + 1}"
        keyed: list[str] = []
        # The conditions on one key (a part's "type") read it once and are tried in turn: at
        # most one holds.
        tags: dict[str, list[str]] = {}
        for token, child in node[1].items():
            test = condition(token)
            # A condition goes on with the same value (a dict), only when its key has the string.
            body = (
                emit(child, value, depth, is_dict=True) if test else emit(child, inner, depth + 1)
            )
            if not body:
                continue
            if token == ANY:
                lines += [f"if isinstance({value}, list):", f"    for {inner} in {value}:"]
                lines += [f"        {line}" for line in body]
            elif test is not None:
                tried = tags.setdefault(test[0], [])
                tried += [f"{'elif' if tried else 'if'} {inner}_tag == {test[1]!r}:"]
                tried += [f"    {line}" for line in body]
            else:
                keyed += [f"if {token!r} in {value}:", f"    {inner} = {value}[{token!r}]"]
                keyed += [f"    {line}" for line in body]
        for key, tried in tags.items():
            keyed += [f"{inner}_tag = {value}.get({key!r})", *tried]
        if keyed and is_dict:
            lines += keyed
        elif keyed:
            lines += [f"if isinstance({value}, dict):"] + [f"    {line}" for line in keyed]
        return lines

    body_lines = emit(root, "v0", 0)
    text = "\n".join(
        [
            f"def {name}(v0, context):",
            "    flags = 0",
            *(f"    {each} = None" for each in hoisted),
            *(f"    {line}" for line in body_lines),
            "    return flags",
        ]
    )
    return text + "\n", names


def _marker(kind: Kind, rules: tuple[Rule, ...]) -> Marker:
    """The separate pass of ``kind``: written at build time into ``_generated`` for the rules as
    the package declares them (its names bound here to the registered screens), compiled here for
    any other catalogue."""
    from ._fast import bind

    found = bind("MARKERS", kind.name, rules)
    if found is None:
        text, names = marker_source(kind, rules)
        namespace = {name: stands_for for name, (stands_for, *_) in names.items()}
        exec(compile(text, f"<thread_validator warning pass: {kind.name}>", "exec"), namespace)
        found = namespace["mark"]
    return cast("Marker", found)


def warnings(body: object, context: Context) -> Iterator[tuple[Rule, Hit]]:
    """What the marked rules find in ``body``: the same as ``_lint.lint`` gives, in its order."""
    context = context.for_body()
    for rule in marked(body, context):
        for hit in rule.check(body, context) if rule.check is not None else ():
            yield rule, hit
