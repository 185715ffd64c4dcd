"""The one-pass warning check (``_warnings``) gives exactly the registered checks' own hits.

The checks declared with ``@rule`` (``_lint_rules``, ``_server_rules``) are the reference: on any
body (valid, with one fault, arbitrary JSON, or full of what the rules look for), for any kind,
API version and server, a rule the pass leaves unmarked yields nothing, so running only the marked
ones gives what ``_lint.lint`` (every check on every body) gives.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_fast import AGREEMENT, PAIRS, json_values, places, single_faults, valid_bodies

from thread_validator import Validator, _fast, _generated_plain, _rules, _warnings
from thread_validator._kinds import KINDS, SERVERS, Context, where
from thread_validator._lint import lint
from thread_validator._schema import document_key
from thread_validator._validator import _DocumentOrder
from thread_validator.cli import DEFAULTS

# Values that make some rule fire, or come close: duplicates, missing prefixes, empty and very
# long text, URLs whose extension is hidden, odd or missing, keys that differ only in case.
TRIGGERS = [
    "",
    "x" * 256_001,
    "x" * 256_000,
    "file-1",
    "file-1",
    "vs_1",
    "1",
    "thread_1",
    "thread",
    "https://a.example/x.png",
    "https://a.example/x.PNG",
    "https://a.example/x.png?size=2",
    "https://a.example/x.txt",
    "https://a.example/x",
    "https://a.example/.png",
    "https://x.png",
    "HTTPS://a.example/x.JpEg",
    "ftp://a.example/x.gif",
    "data:image/png;base64,AAAA",
    "https://a.example/x.png#frag",
    "https://a.example/x.webp\t",
    "https://a.example/x.ﬁle",
    "https://a.example/x.gİf",
    "Key",
    "key",
    "ß",
    "SS",
    "ss",
    {"type": "code_interpreter"},
    {"type": "file_search"},
]
ID_LISTS = st.lists(
    st.sampled_from(["file-1", "file-2", "vs_1", "vs_2", "x", "file-1"]), max_size=5
)


def trigger(draw: st.DrawFn, *more: st.SearchStrategy[Any]) -> Any:
    # A copy: the body is changed again after, and the trigger objects must stay as they are.
    return copy.deepcopy(draw(st.one_of(st.sampled_from(TRIGGERS), *more)))


@st.composite
def bodies_with_triggers(draw: st.DrawFn) -> tuple[str, Any]:
    """A valid body in which a few values are replaced by what the warning rules look for."""
    kind, body = draw(valid_bodies)
    body = copy.deepcopy(body)
    if kind == "thread" and draw(st.booleans()):
        count = draw(st.sampled_from([32, 33]))
        body["messages"] = [{"role": "user", "content": "hi"} for _ in range(count)]
    for _ in range(draw(st.integers(1, 4))):
        target = body
        for key in draw(st.sampled_from(places(body))):
            target = target[key]
        if isinstance(target, dict):
            if target and draw(st.booleans()):
                key = draw(st.sampled_from(list(target)))
                target[key] = trigger(draw, ID_LISTS)
            else:
                target[draw(st.sampled_from(TRIGGERS[22:27]))] = trigger(draw)
        elif target:
            index = draw(st.integers(0, len(target) - 1))
            target[index] = copy.deepcopy(draw(st.sampled_from([*TRIGGERS, target[0]])))
        else:
            target.append(trigger(draw))
    return kind, body


def assert_pass_matches_rules(body: object, kind: str, version: str) -> None:
    for server in SERVERS.values():
        context = Context(KINDS[kind], version, server)
        expected = list(lint(body, context))
        marked = _warnings.marked(body, context.for_body())
        for rule in _rules.checks():
            if rule not in marked:
                assert rule.check is not None
                assert list(rule.check(body, context.for_body())) == [], rule.id
        assert list(_warnings.warnings(body, context)) == expected
        assert_scanner_agrees(body, context)


def assert_scanner_agrees(body: object, context: Context) -> None:
    """The scanner (the compiled check with the screens folded in) answers as the check does,
    and marks exactly the rules the separate pass marks: on a valid body, and on one whose
    faults its handlers reported, whose problems are then those of the walk written out."""
    plan = _warnings.plan_for(context)
    if plan.scan is None:
        return
    found = plan.scan(body, context)
    verdict = _fast.checker(context.kind.name, document_key(context.kind.name, context.api_version))
    assert verdict is not None
    if type(found) is tuple:
        flags, reported = found
        assert verdict(body) is False
        assert plan.chosen(flags >> 1) == plan.marked(body, context)
        assert_reported_as_walked(body, context, reported)
        answer: object = False
    elif found and found & 1:
        assert verdict(body) is True
        assert plan.chosen(found >> 1) == plan.marked(body, context)
        answer = found
    else:
        assert found is verdict(body)
        answer = found
    if (context.kind.name, context.api_version, context.server) == PLAIN:
        # The command line's plain scanner: the same function without the handlers (the plain
        # path reports nothing itself), bound without the catalogue.
        plain = _generated_plain.scan(body, _generated_plain.CONTEXT)
        assert (type(plain), plain) == (type(answer), answer)


def assert_reported_as_walked(body: object, context: Context, reported: list[Any]) -> None:
    """The problems a scanner's handlers reported are those the walk of the whole body finds,
    in the same order at each place (the report is sorted by place after)."""
    validator = Validator(context.kind.name, api_version=context.api_version)
    walked = validator._walked_drafts(body)
    assert walked is not None
    order = _DocumentOrder(body)
    assert sorted(reported, key=lambda draft: order.key(draft.path)) == sorted(
        walked, key=lambda draft: order.key(draft.path)
    )


PLAIN = (DEFAULTS["kind"], DEFAULTS["api-version"], SERVERS[DEFAULTS["server"]])


@pytest.mark.parametrize(
    "rule", [each for each in _rules.checks() if each.screens], ids=lambda each: each.id
)
def test_each_rule_s_own_bad_example(rule: _rules.Rule) -> None:
    """The example each rule declares as failing (a placeholder such as <256,001 characters>
    made real) is marked, by the pass and by the scanner, as its kind and inside a thread."""
    text = rule.bad.replace('"<256,001 characters>"', json.dumps("x" * 256_001))
    body = json.loads(text)
    kind = (
        "thread_object"
        if body.get("object") == "thread"
        else "message"
        if "role" in body
        else "thread"
    )
    bodies = [(kind, body)]
    if kind == "message":
        bodies.append(("thread", {"messages": [body]}))
        if isinstance(body.get("content"), str):  # the same text as a text part
            part = {"type": "text", "text": body["content"]}
            bodies.append(("message", {**body, "content": [part]}))
    for each_kind, each in bodies:
        assert_pass_matches_rules(each, each_kind, rule.api_version)
        context = Context(KINDS[each_kind], rule.api_version, SERVERS["openai"])
        assert rule in _warnings.marked(each, context.for_body()), (rule.id, each_kind)
        plan = _warnings.plan_for(context)
        found = plan.scan(each, context) if plan.scan is not None else None
        if found and found & 1:
            assert rule in plan.chosen(found >> 1), (rule.id, each_kind)


@AGREEMENT
@given(valid_bodies, st.sampled_from(["v2", "v1"]))
def test_valid_bodies(case: tuple[str, Any], version: str) -> None:
    """Valid bodies: the pass marks every rule that has something to say."""
    assert_pass_matches_rules(case[1], case[0], version)


@AGREEMENT
@given(bodies_with_triggers(), st.sampled_from(PAIRS))
@example(
    ("thread", {"tool_resources": {"code_interpreter": {"file_ids": ["file-1", "file-1"]}}}),
    ("thread", "v2"),
)
@example(("thread", {"messages": {"type": "code_interpreter"}, "x": ""}), ("message", "v2"))
@example(
    (
        "thread",
        {
            "messages": [
                {
                    "role": "user",
                    "content": "x",
                    "attachments": [
                        {"file_id": "file-1", "tools": [{"type": "file_search"}] * 2},
                        {"file_id": "file-2", "tools": []},
                    ],
                }
            ]
        },
    ),
    ("message", "v2"),
)
def test_bodies_full_of_what_the_rules_look_for(
    case: tuple[str, Any], pair: tuple[str, str]
) -> None:
    """Duplicates, prefixes, empty and long text, hidden extensions, case clashes: as any kind."""
    body, listed = case[1], case[1].get("messages")
    if pair[0] == "message" and isinstance(listed, list) and listed:
        body = listed[0]  # a message of the thread, checked as a message body
    assert_pass_matches_rules(body, *pair)


@AGREEMENT
@given(single_faults(), st.sampled_from(PAIRS))
def test_single_fault_bodies(case: tuple[str, Any], pair: tuple[str, str]) -> None:
    """A valid body with one change, checked as any kind and version."""
    assert_pass_matches_rules(case[1], *pair)


@AGREEMENT
@given(json_values, st.sampled_from(PAIRS))
def test_arbitrary_json(body: Any, pair: tuple[str, str]) -> None:
    """Any JSON value at all."""
    assert_pass_matches_rules(body, *pair)


@contextlib.contextmanager
def throwaway_rule(screens: dict[Any, Any] | None = None) -> Iterator[list[object]]:
    """A rule L599 registered for the block (with ``screens``, if any), whose check notes each
    body it is run on in the list given."""
    seen: list[object] = []

    def new_check(body: object, context: Context) -> list[Any]:
        seen.append(body)
        return []

    _rules.declare(
        "L599",
        "throwaway-rule",
        "warning",
        summary="s",
        explanation="e",
        bad="{}",
        good="{}",
        messages={"throwaway": "{where}"},
        check=new_check,
        screens=screens,
    )
    try:
        yield seen
    finally:
        _rules.unregister("L599")


def test_a_rule_without_screens_always_runs() -> None:
    """A rule declared without screens is run on every body, marked or not."""
    with throwaway_rule() as seen:
        context = Context(KINDS["thread"]).for_body()
        assert [rule.id for rule in _warnings.marked({"messages": []}, context)] == ["L599"]
        assert Validator("thread").validate({"messages": []}) == []
        assert seen == [{"messages": []}]


def test_a_rule_with_screens_runs_only_where_one_says_it_may_fire() -> None:
    """A screen declared on a place of the kind decides whether its check runs on a body."""
    with throwaway_rule({"metadata": lambda metadata, context: "flag" in metadata}) as seen:
        validator = Validator("thread")
        assert validator.validate({"metadata": {"other": "x"}}) == []
        assert seen == []
        validator.validate(
            {"messages": [{"role": "user", "content": "x", "metadata": {"flag": "1"}}]}
        )
        assert len(seen) == 1


def test_a_screen_where_the_check_does_not_go_is_not_folded_into_it() -> None:
    """A content part may hold keys the schema does not name (the spec leaves parts open), and
    the compiled check does not look at them: a screen there cannot ride on the check's walk.
    The compiler refuses the scanner, and the separate pass still runs the screen."""
    context = Context(KINDS["thread"])
    assert _warnings.plan_for(context).scan is not None
    screens = {("messages", "content", "*", "extra"): lambda value, context: True}
    with throwaway_rule(screens) as seen:
        assert _warnings.plan_for(context).scan is None
        part = {"type": "text", "text": "x", "extra": 1}
        body = {"messages": [{"role": "user", "content": [part]}]}
        assert Validator("thread").is_valid(body)
        Validator("thread").validate(body)
        assert seen == [body]
        assert Validator("thread").validate({"messages": []}) == []
        assert seen == [body]
    assert _warnings.plan_for(context).scan is not None


def test_the_nodes_of_a_condition_merge_with_those_beside_it() -> None:
    """In a discriminated branch, the places below ``where(tag, value)`` join those below the
    object itself: one key of both gets the screens of both."""
    from thread_validator._fast import _merged

    one, two, three = ([], {}), ([], {}), ([], {})
    beside = {"text": (["a"], {"x": one}), "other": (["b"], {})}
    below = {"text": (["c"], {"y": two}), "more": (["d"], {"z": three})}
    assert _merged(beside, below) == {
        "text": (["a", "c"], {"x": one, "y": two}),
        "other": (["b"], {}),
        "more": (["d"], {"z": three}),
    }


def test_a_screen_below_a_discriminated_part_is_folded_into_the_check() -> None:
    """A screen on one type of part (``where``), at a key that part's schema names, rides on the
    check's walk, compiled when the catalogue changes; it runs on that type of part only."""
    context = Context(KINDS["thread"])
    place = ("messages", "content", "*", where("type", "image_file"), "image_file", "detail")
    with throwaway_rule({place: lambda detail, context: detail == "low"}) as seen:
        plan = _warnings.plan_for(context)
        assert plan.scan is not None
        image = {"type": "image_file", "image_file": {"file_id": "file-1", "detail": "low"}}
        text = {"type": "text", "text": "low"}
        for parts, runs in [([text], False), ([text, image], True)]:
            body = {"messages": [{"role": "user", "content": parts}]}
            seen.clear()
            assert Validator("thread").validate(body) == []
            assert seen == ([body] if runs else [])


def test_screens_are_declared_on_places_of_kinds() -> None:
    """A screen on a place no kind has, or without a check, is refused when declared."""
    with pytest.raises(ValueError, match="screens"):
        _rules.declare(
            "L598",
            "throwaway-bad-screens",
            "warning",
            summary="s",
            explanation="e",
            bad="{}",
            good="{}",
            messages={"throwaway": "{where}"},
            check=lambda body, context: [],
            screens={"attachments": lambda value, context: True},
        )
    assert "L598" not in _rules.RULE_BY_ID


ALL_PAIRS = sorted((name, version) for name, kind in KINDS.items() for version in kind.api_versions)
WITH_STRATEGIES = sorted(name for name, kind in KINDS.items() if kind.strategies)


@AGREEMENT
@given(st.data(), st.sampled_from(ALL_PAIRS))
def test_every_declared_kind(data: st.DataObject, pair: tuple[str, str]) -> None:
    """Every kind declared (the successor's too), on its own bodies when it has strategies and on
    any JSON value: the pass is built from the kind's places, whatever they are."""
    from thread_validator import strategies

    kind = pair[0]
    choices = [json_values]
    if kind in WITH_STRATEGIES:
        choices += [strategies.bodies(kind), strategies.invalid_bodies(kind).map(lambda f: f.body)]
    body = data.draw(st.one_of(choices))
    assert_pass_matches_rules(body, *pair)


class OddString(str):
    """A string that says it starts with nothing: not JSON, and the check looks past it."""

    def startswith(self, *_args: Any) -> bool:
        return False


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="fil.e-\x00\U0010ffffz", max_size=7),
            st.text(max_size=3).map(lambda tail: "file-" + tail),
            st.integers(),
            st.binary(max_size=2),
            # An OddString, made in the test: Hypothesis 6.170 fails internally (KeyError in
            # its choice types) on a str subclass among the values it draws.
            st.tuples(st.just(OddString), st.text(alphabet="fil.e-", max_size=7)),
        ),
        max_size=40,
    ),
    st.sampled_from([("file-",), ("assistant-", "file-"), ("vs_",), ("a\U0010ffff",)]),
)
# A long list whose one ID without the prefix is a str subclass (found by a deep run).
@example(["file-"] * 16 + [(OddString, "")], ("file-",))
def test_the_long_id_list_screen_is_exact(drawn: list[Any], prefixes: tuple[str, ...]) -> None:
    """The prefix screen of an ID list (for a long one, passes in C; for a short one, a loop
    that tests an item's type only when it lacks the prefix) says what one ``startswith`` per
    string says; items that are not strings (bytes have a ``startswith`` of their own) are left
    to the schema."""
    from thread_validator._runtime import any_unprefixed

    ids = [each[0](each[1]) if isinstance(each, tuple) else each for each in drawn]

    expected = any(type(value) is str and not value.startswith(prefixes) for value in ids)
    assert any_unprefixed(ids, prefixes) == expected


@st.composite
def lists_of_one_width(draw: st.DrawFn) -> tuple[list[Any], tuple[str, ...]]:
    """Long lists of IDs of one length, mostly with the prefix, a few items changed: another
    character anywhere (the separator the screen joins with too), another length, not a string."""
    prefixes = draw(st.sampled_from([("file-",), ("vs_",), ("a\x80",), ("assistant-", "file-")]))
    alphabet = "fil.e-_sv\x00\x80\x7fé\U0010ffffz"
    width = draw(st.integers(len(prefixes[-1]), len(prefixes[-1]) + 4))
    size = width - len(prefixes[-1])
    tails = st.text(alphabet=alphabet, min_size=size, max_size=size)
    ids: list[Any] = draw(
        st.lists(tails.map(lambda tail: prefixes[-1] + tail), min_size=17, max_size=40)
    )
    for _ in range(draw(st.integers(0, 2))):
        index = draw(st.integers(0, len(ids) - 1))
        ids[index] = draw(
            st.one_of(
                st.text(alphabet=alphabet, min_size=width, max_size=width),
                st.text(alphabet=alphabet, max_size=width + 2),
                st.integers(),
            )
        )
    return ids, prefixes


@given(lists_of_one_width())
# Lengths that differ but add up as if they did not; a separator inside an ID.
@example((["ab"] * 15 + ["a", "abb"], ("a",)))
@example((["ab"] * 15 + ["ab\x80", "a"], ("a",)))
def test_the_long_id_list_screen_is_exact_on_ids_of_one_length(
    case: tuple[list[Any], tuple[str, ...]],
) -> None:
    """IDs of one length in ASCII take the joined-and-sliced test of the prefix: it says what
    one ``startswith`` per string says, wherever the list strays from that form."""
    from thread_validator._runtime import any_unprefixed

    ids, prefixes = case
    expected = any(type(value) is str and not value.startswith(prefixes) for value in ids)
    assert any_unprefixed(ids, prefixes) == expected


TOOLS = st.lists(
    st.one_of(
        st.fixed_dictionaries({"type": st.sampled_from(["file_search", "code_interpreter"])}),
        st.sampled_from([{"type": 1}, {}, "file_search", None]),
    ),
    max_size=3,
)
ATTACHMENTS = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"file_id": st.sampled_from(["file-1", "file-2", "file-3"]), "tools": TOOLS}
        ),
        st.fixed_dictionaries(
            {"file_id": st.sampled_from(["file-1", 1]), "tools": st.one_of(TOOLS, st.none())}
        ),
        st.sampled_from([{}, {"file_id": "file-1"}, "file-1", None]),
    ),
    max_size=5,
)


@given(ATTACHMENTS)
@example([{"file_id": "file-1", "tools": [{"type": "file_search"}] * 2}])
@example([{"file_id": "file-1", "tools": [{"type": "x"}]}] * 2)
def test_the_attachment_screen_is_the_exact_pair_test(attachments: list[Any]) -> None:
    """L502's screen, which builds no (file, tool) pair while no file is attached twice, says
    what counting the pairs says."""
    from thread_validator._runtime import _pairs_repeat, pairs_repeat

    assert pairs_repeat(attachments) == _pairs_repeat(attachments)


@given(
    st.dictionaries(
        st.one_of(st.text(alphabet="aAbB_1ßSsİi\u212a\x80", max_size=3), st.integers(0, 2)),
        st.just("x"),
    )
)
@example({"ss": "x", "ß": "x"})
@example({"k": "x", "\u212a": "x"})
def test_the_metadata_key_screen_is_the_exact_case_folding_test(metadata: dict[Any, str]) -> None:
    """L504's screen, which folds no key when all are ASCII without a capital letter, says what
    folding every key says (a key that is not a string: "may clash", for the check to decide)."""
    from thread_validator._runtime import keys_clash

    try:
        expected = len(set(map(str.casefold, metadata))) != len(metadata)
    except TypeError:
        expected = True
    assert keys_clash(metadata) == expected


@given(
    st.text(alphabet="./?#aA1pPnNgGjJeEwWbBİi\u212aﬁ", max_size=8),
    st.sampled_from(["https://a.example/x", "HTTP://a", "https://x", "ftp://a/x"]),
)
@example(".gİf", "https://a.example/x")
@example(".b#.png", "https://a.example/x")
@example(".b?.JPEG", "https://a.example/x")
@example(".PnG", "https://a.example/x")
def test_the_image_extension_screen_passes_only_urls_the_check_passes(
    ending: str, start: str
) -> None:
    """L505's screen reads the extension off the URL's last characters: where it says the URL
    surely passes, the check finds nothing (a lower-cased character can be two, or ASCII)."""
    rule = _rules.RULE_BY_ID["L505"]
    assert rule.check is not None
    [place] = rule.screens
    url = start + ending
    part = {"type": "image_url", "image_url": {"url": url}}
    body = {"messages": [{"role": "user", "content": [part]}]}
    context = Context(KINDS["thread"]).for_body()
    if not rule.screens[place](url, context):
        assert list(rule.check(body, context)) == []


def test_the_scanner_reads_each_chain_of_the_context_once() -> None:
    """The screens read the server's prefixes of a family once per body, at their first use,
    however many places use them, and not at all on a body that reaches none."""
    from collections import Counter
    from collections.abc import Mapping

    reads: Counter[str] = Counter()

    class Counting(Mapping[str, tuple[str, ...]]):
        def __getitem__(self, family: str) -> tuple[str, ...]:
            reads[family] += 1
            return SERVERS["openai"].id_prefixes[family]

        def __iter__(self) -> Iterator[str]:
            return iter(SERVERS["openai"].id_prefixes)

        def __len__(self) -> int:
            return len(SERVERS["openai"].id_prefixes)

    server = SERVERS["openai"]._replace(id_prefixes=Counting())
    context = Context(KINDS["thread"], "v2", server)
    scan = _warnings.plan_for(context).scan
    assert scan is not None
    image = {"type": "image_file", "image_file": {"file_id": "file-3"}}
    attachments = [{"file_id": f"file-{n}", "tools": [{"type": "file_search"}]} for n in (1, 2)]
    message = {"role": "user", "content": [image, image], "attachments": attachments}
    resources = {"code_interpreter": {"file_ids": ["file-4", "file-5"]}}
    body = {"messages": [message, message], "tool_resources": resources}
    assert scan(body, context) == 1
    assert reads == {"file": 1}
    reads.clear()
    assert scan({"messages": [{"role": "user", "content": "hi"}]}, context) == 1
    assert reads == {}
