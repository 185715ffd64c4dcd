"""Positions of reported paths (``_locate``) are those of the full scan (``_loaders.scan_json``)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from thread_validator._loaders import scan_json
from thread_validator._locate import locate_json, may_locate

keys = st.sampled_from(["a", "b", "messages", 'c"d', "é", "", "0"]) | st.text(max_size=4)
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=20,
)
tokens = keys | st.integers(-1, 5)


def paths_in(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths_in(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths_in(child, (*path, index))
    return found


@st.composite
def texts_and_paths(draw: st.DrawFn) -> tuple[str, list[tuple[Any, ...]]]:
    body = draw(values)
    indent = draw(st.sampled_from([None, 0, 2, "\t"]))
    separators = draw(st.sampled_from([None, (",", ":"), (" , ", " : ")]))
    text = json.dumps(body, indent=indent, separators=separators, ensure_ascii=draw(st.booleans()))
    existing = paths_in(body)
    chosen = draw(st.lists(st.sampled_from(existing), max_size=4))
    # Paths that leave the body: a missing member, an index past the end, a key of a list.
    chosen += draw(
        st.lists(
            st.builds(
                lambda base, tail: (*base, *tail),
                st.sampled_from(existing),
                st.lists(tokens, max_size=2),
            ),
            max_size=3,
        )
    )
    return text, chosen


@settings(max_examples=max(300, settings.default.max_examples), deadline=None)
@given(texts_and_paths())
@example(('{"a": [1, {"b": 2}], "b": "x"}', [("a", 1, "b"), ("b",), ("a", 5), ("c",)]))
def test_the_walk_finds_what_the_full_scan_finds(case: tuple[str, list[tuple[Any, ...]]]) -> None:
    """For each path, and with the key or not: the same line and column as the full map."""
    text, paths = case
    assert may_locate(text, paths) or len(paths) > 64
    full = scan_json(text).positions
    walked = locate_json(text, paths)
    for path in paths:
        for on_key in (False, True):
            assert walked.locate(path, on_key) == full.locate(path, on_key), (path, on_key)


def test_text_nested_beyond_the_limit_is_left_to_the_full_scan() -> None:
    """More brackets than the depth limit: the full scan decides (it refuses deep nesting)."""
    assert not may_locate("[" * 501 + "]" * 501, [()])
    assert may_locate('{"a": [1, 2]}', [("a", 1)])
