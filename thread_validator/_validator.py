"""The validator: the bundled schema and keyword functions in, path-addressed problems out."""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Sequence
from typing import Any

from . import _fast
from . import _messages as say
from ._display import (
    excerpt,
    int_text,
    json_pointer,
    json_type_name,
    quote,
    unescape_pointer_token,
)
from ._kinds import DEFAULT_SERVER, KINDS, SERVERS, Context, guess, kinds_for
from ._problem import Draft, InvalidBody, Problem, placed
from ._rules import checks
from ._schema import (
    API_VERSIONS,
    DEFAULT_API_VERSION,
    ApiVersion,
    Kind,
    document,
    document_key,
    registry,
    resolve,
    root_schema,
)
from ._schema_rules import schema_rule
from ._warnings import Plan, plan_for


@functools.cache
def _validator_class(pruned: str | None = DEFAULT_API_VERSION) -> Any:
    """The jsonschema validator class; ``pruned`` names the API version whose fast checks let it
    skip the valid parts of a body (None: walk everything)."""
    # jsonschema costs about 100 ms to import; it is only needed once a body has an error.
    from jsonschema import Draft202012Validator, validators

    from ._keywords import KEYWORDS
    from ._pruning import pruning

    return validators.extend(
        Draft202012Validator,
        validators={**KEYWORDS, **pruning(pruned)} if pruned else KEYWORDS,
        # A JSON number is an int or a float: jsonschema's "number" is any numbers.Number, so a
        # complex or a Decimal reached the range keywords, and complex cannot be compared.
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine("number", _is_json_number),
    )


def _is_json_number(checker: Any, instance: object) -> bool:
    return isinstance(instance, (int, float)) and not isinstance(instance, bool)


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
        self,
        kind: Kind = "thread",
        api_version: ApiVersion = DEFAULT_API_VERSION,
        *,
        server: str = DEFAULT_SERVER,
    ) -> None:
        if api_version not in API_VERSIONS:
            raise ValueError(
                f"unknown api_version {api_version!r}: expected one of "
                f"{', '.join(map(repr, API_VERSIONS))}"
            )
        kinds = kinds_for(api_version)
        if kind not in kinds:
            raise ValueError(
                f"unknown kind {kind!r} for API {api_version}: expected one of {', '.join(map(repr, kinds))}"
            )
        if server not in SERVERS:
            raise ValueError(
                f"unknown server {server!r}: expected one of {', '.join(map(repr, SERVERS))}"
            )
        self.kind = kind
        self.api_version = api_version
        self.server = server
        declared = kinds[kind]
        self._definition, self._body_label = declared.definition, declared.body_name
        self._context = Context(declared, api_version, SERVERS[server])
        # The bundled document its definition is in (the key of ``_schema.DOCUMENTS``).
        self._document = document_key(kind, api_version)
        self._checker: Any = None
        # The full diagnostics' walk of its definition (``_walked_drafts``), and what it raises
        # when it refuses a body, looked up on the first body with an error.
        self._walk: Any = None
        self._refused: Any = ()
        # The compiled check of ``_fast`` (None: there is none), looked up on first use. Setting
        # it to None forces the full jsonschema path on every body, as the agreement tests do.
        self._fast_check: Any = _UNSET
        # The warning pass of its kind and version (``_warnings.plan_for``), as of the catalogue
        # of rules it was made for.
        self._plan: Plan | None = None

    def __repr__(self) -> str:
        server = "" if self.server == DEFAULT_SERVER else f", server={self.server!r}"
        return f"Validator(kind={self.kind!r}, api_version={self.api_version!r}{server})"

    def __reduce__(self) -> tuple[Any, ...]:
        # A validator is what it was built from. What it looked up since (the compiled check,
        # the warning pass, the walk: generated functions, mapping proxies) does not pickle, and
        # another process finds its own: so a process pool or Dask can take validator.validate.
        return (_rebuilt, (type(self), self.kind, self.api_version, self.server))

    def validate(self, body: object, *, base: Sequence[str | int] = ()) -> list[Problem]:
        """Every problem in ``body``, in document order. Never raises on a JSON-like value.

        ``base`` is the path of ``body`` in an enclosing body (``("thread",)`` for the thread of
        a create-and-run request): problems are then addressed, and say their place, from there.
        """
        plan = self._plan
        if plan is None or plan.rules is not checks():  # a rule was registered since
            plan = self._plan = plan_for(self._context)
        # The compiled check answers valid (True), invalid (False) or not sure (None), and its
        # scanner form (``_fast.scanner``) also marks the rules that may fire on a valid body
        # (usually none) in the same walk: 1 is valid with nothing marked, the common answer.
        # Without a scanner, one cheap pass (``_warnings``) marks them.
        # A scanner with handlers (the bundled rules') reports the faults in members and items
        # as it goes: ``(flags, problems)``, its flags as for a valid body. (Without a compiled
        # check, faults take the full path, the walk's checks included.)
        found_drafts = None
        if plan.scan is not None and self._fast_check is not None:
            found = plan.scan(body, self._context)
            if found == 1 and not plan.always:
                return []
            if type(found) is tuple and found[1] and self._check() is not None:
                flags, found_drafts = found
                valid: bool | None = False
                rules = plan.chosen(flags >> 1)
            elif type(found) is int and found & 1:
                valid = True
                rules = plan.chosen(found >> 1)
            else:
                valid = None if found is None else False
                rules = plan.marked(body, self._context)
        else:
            check = self._check()
            valid = check(body) if check is not None else None
            rules = plan.marked(body, self._context)
        if valid and not rules:
            return []
        drafts: list[Draft] = []
        if found_drafts is not None:
            _deduplicated(found_drafts, drafts)
        elif not valid:
            self._rank_errors(body, drafts)
        if not valid:
            self._hint_kind(body, drafts)
        if rules:
            context = self._context.for_body()
            reported = _Reported(drafts)
            for rule in rules:
                for hit in rule.check(body, context) if rule.check is not None else ():
                    # Positional: a named tuple built from keywords costs twice as much.
                    draft = Draft(
                        hit.path,
                        hit.code,
                        rule.messages[hit.code],
                        hit.fields,
                        rule.severity,
                        rule.id,
                        "",
                        hit.on_key,
                    )
                    if not reported.covers(draft):
                        drafts.append(draft)
        if len(drafts) == 2:
            if _DocumentOrder(body).before(drafts[1].path, drafts[0].path):
                drafts.reverse()
        elif len(drafts) > 2:
            # In the order their places appear in the body; the sort is stable, so problems at
            # one place keep the order they were found in.
            order = _DocumentOrder(body)
            drafts.sort(key=lambda draft: order.key(draft.path))
        label = self._body_label
        return [placed(draft, base, label) for draft in drafts]

    def _hint_kind(self, body: object, drafts: list[Draft]) -> None:
        """Say which kind a body looks like when its top-level keys are unknown to this one.

        A message body checked as a thread gets "Unknown parameter: 'role'" for each of its
        keys; the first of those also says that the body fits another kind, when one fits.
        """
        for index, draft in enumerate(drafts):  # noqa: B007 (read after the break)
            if draft.code == "unknown_parameter" and len(draft.path) == 1:
                break
        else:
            return
        fitting = [name for name in guess(body, self.api_version) if name != self.kind]
        if len(fitting) != 1:
            return
        other = KINDS[fitting[0]]
        hint = (
            f" The body looks like {other.label}: check it as kind {other.name!r} "
            f"(--kind {other.name})."
        )
        fields = dict(draft.fields or {})
        fields["hint"] = f"{fields.get('hint', '')}{hint}"
        drafts[index] = draft._replace(fields=fields)

    def _rank_errors(self, body: object, ranked: list[Draft]) -> None:
        """The full diagnostics: the keyword functions' errors, deduplicated, added to ``ranked``.

        The engine-free walk (``_diagnose``) finds them unless it refuses the body (a key that
        is not a string among them); jsonschema's engine is the reference, and the path for
        whatever the walk refuses.
        """
        drafts = self._walked_drafts(body) if self._check() is not None else None
        if drafts is None:
            if self._checker is None:
                # Without the fast path (the agreement tests), the full path must not lean on it.
                pruned = self._document if self._fast_check is not None else None
                self._checker = _validator_class(pruned)(
                    root_schema(self.kind, self.api_version), registry=registry(self._document)
                )
            keys = _non_string_keys(body)
            drafts = [
                self._draft(error, body if keys else None)
                for error in self._checker.iter_errors(body)
            ]
            drafts += [_key_draft(*found) for found in keys]
        _deduplicated(drafts, ranked)

    def _walked_drafts(self, body: object) -> list[Draft] | None:
        """The problems the walk finds, or None when it refuses the body."""
        # The walk written out at build time, or the walker itself (a document the writer
        # refused). A key that is not a string is reported wherever it is, by the full path: the
        # walk written out refuses a body that has one as it goes, the walker needs a look first.
        walk = self._walk
        if walk is None:
            from ._diagnose import Refused, has_non_string_key, walker, written_walks

            walk = written_walks(self._document).get(self._definition)
            if walk is None:
                walker_ = walker(self._document)
                root = root_schema(self.kind, self.api_version)
                draft = self._draft

                def walk(body: object, path: object, out: list[Draft]) -> None:
                    if has_non_string_key(body):
                        raise Refused("a key that is not a string")
                    out += [draft(error) for error in walker_.iter_errors(body, root)]

            self._walk, self._refused = walk, (Refused, RecursionError)
        drafts: list[Draft] = []
        try:
            walk(body, (), drafts)
        except self._refused:
            return None
        return drafts

    def is_valid(self, body: object) -> bool:
        """True when ``body`` has no error (warnings do not count)."""
        check = self._check()
        # The compiled check answers valid (True), invalid (False) or not sure (None).
        verdict: bool | None = check(body) if check is not None else None
        if verdict is not None:
            return verdict
        return not any(problem.severity == "error" for problem in self.validate(body))

    def check(self, body: object) -> list[Problem]:
        """Raise :class:`InvalidBody` if ``body`` has an error; otherwise return its warnings."""
        problems = self.validate(body)
        if any(problem.severity == "error" for problem in problems):
            raise InvalidBody(tuple(problems), self.kind)
        return problems

    def _check(self) -> Any:
        """The compiled check of ``_fast`` (None: there is none), looked up on first use."""
        check = self._fast_check
        if check is _UNSET:
            check = self._fast_check = _fast.checker(self.kind, self._document)
        return check

    def _draft(self, error: Any, body: object = None) -> Draft:
        code = getattr(error, "code", "invalid_value")
        template = getattr(error, "template", None)
        path = tuple(error.absolute_path)
        if body is not None:
            path = _key_texts(body, path)
        return Draft(
            path,
            code,
            error.message if template is None else template,
            None if template is None else error.fields,
            rule=schema_rule(str(error.validator), code),
            schema_path=_schema_location(
                self._definition, error.absolute_schema_path, self._document
            ),
            on_key=getattr(error, "on_key", False),
            member=getattr(error, "member", None),
            of_parent=getattr(error, "of_parent", False),
        )


def _deduplicated(drafts: list[Draft], ranked: list[Draft]) -> None:
    """Add ``drafts`` to ``ranked`` without repeats, and without the faults of a value's enum,
    format or range beside its wrong type (the type is the news)."""
    if len(drafts) == 1:
        ranked.append(drafts[0])  # nothing to deduplicate: the common case
        return
    mistyped = {d.path for d in drafts if d.code == "invalid_type" and not d.on_key}
    seen: set[tuple[Any, ...]] = set()
    for draft in drafts:
        identity = (draft.path, draft.param_path, draft.code, draft.on_key)
        if identity in seen or (draft.path in mistyped and draft.code != "invalid_type"):
            continue
        seen.add(identity)
        ranked.append(draft)


def _key_draft(path: tuple[Any, ...], key: object, twin: bool) -> Draft:
    """A key that is not a string (from the Python API: JSON keys are always strings)."""
    text = _key_text(key)
    got = json_type_name(key).removesuffix(" (not a JSON value)")
    if text is None:
        consequence = "the body cannot be serialised as JSON"
    else:
        consequence = f"json.dumps would send it as {quote(text)}"
        if twin:
            consequence += ", a key this object already has: one of the two values would be lost"
    fields = {
        "got": got,
        "shown": excerpt(key) if text is not None else "not a JSON value",
        "consequence": consequence,
    }
    return Draft(
        (*path, text or ""),
        "invalid_type",
        say.KEY_NOT_A_STRING,
        fields,
        rule="S101",
        on_key=True,
        of_parent=True,
    )


def _non_string_keys(body: object) -> list[tuple[tuple[Any, ...], object, bool]]:
    """Each key of an object in ``body`` that is not a string: (the object's path, the key, whether
    the object also has the key's JSON text as a key). Iterative: nesting depth does not matter.
    """
    found: list[tuple[tuple[Any, ...], object, bool]] = []
    # A place is (its parent's place, its token), () for the body: copying each path as a tuple
    # would cost the depth at every level, quadratic in 100,000-level nesting. Only the places of
    # the keys found are spelt out.
    stack: list[tuple[tuple[Any, ...], object]] = [((), body)]
    seen: set[int] = set()
    while stack:
        place, node = stack.pop()
        if isinstance(node, dict):
            if id(node) in seen:
                continue  # a Python structure may hold itself; JSON cannot
            seen.add(id(node))
            for key, value in node.items():
                if isinstance(key, str):
                    token: Any = key
                else:
                    text = _key_text(key)
                    found.append((_spelt(place), key, text is not None and text in node))
                    token = text or ""
                if isinstance(value, (dict, list)):
                    stack.append(((place, token), value))
        elif isinstance(node, list):
            if id(node) in seen:
                continue
            seen.add(id(node))
            # Counted in C first: a list of five million numbers holds no object to look into.
            if operator.countOf(map(type, node), dict) or operator.countOf(map(type, node), list):
                stack.extend(
                    ((place, index), item)
                    for index, item in enumerate(node)
                    if isinstance(item, (dict, list))
                )
    found.sort(key=lambda entry: len(entry[0]))
    return found


def _spelt(place: tuple[Any, ...]) -> tuple[Any, ...]:
    """The path of a place of ``_non_string_keys``: its tokens from the body down."""
    tokens: list[Any] = []
    while place:
        place, token = place
        tokens.append(token)
    return tuple(reversed(tokens))


def _key_text(key: object) -> str | None:
    """The text ``json.dumps`` writes for a non-string key, or None when it refuses the key."""
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, int):
        return int_text(key)
    if isinstance(key, float):
        return excerpt(key)
    return None


def _key_texts(body: object, path: tuple[Any, ...]) -> tuple[Any, ...]:
    """``path`` with each non-string object key written as its JSON text (an int key is not an
    array index)."""
    node, tokens = body, []
    for token in path:
        if isinstance(node, dict):
            value = node.get(token)
            if not isinstance(token, str):
                token = _key_text(token) or ""
            node = value
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
        else:
            node = None
        tokens.append(token)
    return tuple(tokens)


class _Reported:
    """The places the schema already reported, so that a warning never repeats an error.

    A warning is dropped at the place of an error, and anywhere under an unknown parameter or a
    value of the wrong type: the schema gives such a place no meaning, so no rule applies there.
    """

    _MEANINGLESS_BELOW = frozenset({"unknown_parameter", "invalid_type"})

    def __init__(self, errors: Iterable[Draft]) -> None:
        self._at: set[tuple[Any, ...]] = set()
        self._above: set[tuple[Any, ...]] = set()
        for error in errors:
            if error.severity != "error":
                continue
            self._at.add(error.path)
            if error.code in self._MEANINGLESS_BELOW:
                self._above.add(error.path)

    def covers(self, problem: Draft) -> bool:
        path = problem.path
        if path in self._at or (problem.on_key and path[:-1] in self._at):
            # A key of an object the schema faults (a part missing its text) is that fault's.
            return True
        above = self._above
        return bool(above) and any(path[:depth] in above for depth in range(len(path)))


class _DocumentOrder:
    """Sort keys that put problems in the order their places appear in the body."""

    def __init__(self, body: object) -> None:
        self._body = body
        self._key_positions: dict[int, dict[Any, int]] = {}

    def key(self, path: Iterable[Any]) -> tuple[int, ...]:
        return self._key_from(self._body, path)

    def before(self, path: Sequence[Any], other: Sequence[Any]) -> bool:
        """``key(path) < key(other)``, with the start the two places share walked once and
        no position looked up in it (two problems, the common report beyond one, are put in
        order so)."""
        node = self._body
        depth = 0
        for token, its in zip(path, other, strict=False):
            if token != its or type(token) is not type(its):
                break
            if isinstance(node, dict):
                node = node.get(token)
            elif isinstance(node, list) and isinstance(token, int):
                node = node[token] if 0 <= token < len(node) else None
            else:
                return False  # both keys end here: the same
            depth += 1
        return self._key_from(node, path[depth:]) < self._key_from(node, other[depth:])

    def _key_from(self, node: Any, path: Iterable[Any]) -> tuple[int, ...]:
        key = []
        for token in path:
            if isinstance(node, dict):
                if len(node) <= 16:
                    # A few keys (most objects of a body): looked through in C, without a table.
                    keys = list(node)
                    key.append(keys.index(token) if token in node else len(keys))
                else:
                    positions = self._key_positions.get(id(node))
                    if positions is None:
                        positions = {k: i for i, k in enumerate(node)}
                        self._key_positions[id(node)] = positions
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
    return _location(definition, tuple(keyword_path), api_version)


@functools.lru_cache(maxsize=4096)
def _location(definition: str, keyword_path: tuple[Any, ...], api_version: str) -> str:
    return _followed(
        document(api_version)["$defs"][definition], ["$defs", definition], keyword_path, api_version
    )


@functools.lru_cache(maxsize=1024)
def location_below(location: str, keyword_path: tuple[Any, ...], api_version: str) -> str:
    """The place in the bundled document of a keyword ``keyword_path`` leads to from the one at
    ``location`` (``#/$defs/...``): for a fault of a keyword below another (a oneOf's branch)."""
    from ._diagnose import schema_at  # its only caller is the walk written out there

    pointer = location[1:]
    tokens = [unescape_pointer_token(part) for part in pointer.split("/")[1:]]
    return _followed(schema_at(api_version, pointer), tokens, keyword_path, api_version)


def _followed(
    node: Any, location: list[Any], keyword_path: tuple[Any, ...], api_version: str
) -> str:
    for token in keyword_path:
        while isinstance(node, dict) and token not in node and "$ref" in node:
            node, fragment = _resolve(node["$ref"], api_version)
            location = [unescape_pointer_token(part) for part in fragment.split("/")[1:]]
        if (isinstance(node, dict) and token in node) or (
            isinstance(node, list) and isinstance(token, int) and token < len(node)
        ):
            node = node[token]
        else:
            break
        location.append(token)
    return "#" + json_pointer(location)


def _resolve(reference: str, api_version: str) -> tuple[Any, str]:
    """``_schema.resolve``, without the ``referencing`` registry for a reference into the same
    document (``#/$defs/Name``): importing it costs about 50 ms, on the first report of a process."""
    from ._schema import DOCUMENTS

    for prefix in ("#", f"{DOCUMENTS[api_version][1]}#"):
        if reference.startswith(prefix + "/"):
            fragment = reference[len(prefix) :]
            node: Any = document(api_version)
            for part in fragment.split("/")[1:]:
                part = unescape_pointer_token(part)
                if isinstance(node, dict) and part in node:
                    node = node[part]
                elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                    node = node[int(part)]
                else:
                    return resolve(reference, api_version)
            return node, fragment
    return resolve(reference, api_version)


def _rebuilt(cls: type[Validator], kind: Kind, api_version: ApiVersion, server: str) -> Validator:
    return cls(kind, api_version, server=server)


@functools.cache
def validator_for(
    kind: Kind, api_version: ApiVersion = DEFAULT_API_VERSION, server: str = DEFAULT_SERVER
) -> Validator:
    return Validator(kind, api_version, server=server)


def validate(
    body: object,
    *,
    kind: Kind = "thread",
    api_version: ApiVersion = DEFAULT_API_VERSION,
    server: str = DEFAULT_SERVER,
) -> list[Problem]:
    """Every problem in ``body`` (a parsed JSON value), in document order."""
    return validator_for(kind, api_version, server).validate(body)


def is_valid(
    body: object,
    *,
    kind: Kind = "thread",
    api_version: ApiVersion = DEFAULT_API_VERSION,
    server: str = DEFAULT_SERVER,
) -> bool:
    """True when ``body`` has no error."""
    return validator_for(kind, api_version, server).is_valid(body)


def check(
    body: object,
    *,
    kind: Kind = "thread",
    api_version: ApiVersion = DEFAULT_API_VERSION,
    server: str = DEFAULT_SERVER,
) -> list[Problem]:
    """Raise :class:`InvalidBody` (a ``ValueError``) when ``body`` has an error."""
    return validator_for(kind, api_version, server).check(body)
