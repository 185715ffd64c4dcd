"""The one-pass warning check (``_warnings``) gives exactly the warning rules' own problems.

The rule functions of ``_lint_rules`` and ``_server_rules`` are the reference: on any body (valid,
with one fault, arbitrary JSON, or full of what the rules look for), a rule the pass leaves
unmarked yields nothing, so running only the marked ones gives what ``_lint.lint`` gives. The same
holds for the cheap tests folded into the compiled check (``_fast.scanner``), on the bodies it
accepts; and it accepts exactly the bodies the compiled check accepts.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_fast import AGREEMENT, PAIRS, json_values, places, single_faults, valid_bodies

from thread_validator import Validator, _fast, _warnings
from thread_validator._lint import RULES, lint

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
    expected = lint(body, kind)
    marked = _warnings.marked(body, kind)
    for rule in RULES:
        if rule not in marked:
            assert list(rule(body, kind)) == [], rule.__name__
    assert _warnings.warnings(body, kind) == expected
    scan = _fast.scanner(kind, version)
    check = _fast.checker(kind, version)
    assert scan is not None and check is not None
    flags = scan(body)
    assert (flags >= 0) == (check(body) is True)
    if flags >= 0:
        chosen = _warnings.rules_for(flags)
        for rule in RULES:
            if rule not in chosen:
                assert list(rule(body, kind)) == [], rule.__name__


@AGREEMENT
@given(valid_bodies, st.sampled_from(["v2", "v1"]))
def test_valid_bodies(case: tuple[str, Any], version: str) -> None:
    """Valid bodies: the pass and the scan mark every rule that has something to say."""
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


def test_a_rule_the_pass_does_not_know_always_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule registered after the pass was written is run on every body, marked or not."""
    seen: list[object] = []

    def new_rule(body: object, kind: str) -> list[Any]:
        seen.append(body)
        return []

    monkeypatch.setattr(_warnings, "RULES", [*RULES, new_rule])
    assert _warnings.marked({"messages": []}, "thread") == [new_rule]
    assert _warnings.rules_for(0) == [new_rule]
    assert Validator("thread").validate({"messages": []}) == []
    assert seen == [{"messages": []}]
