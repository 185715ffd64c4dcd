"""Loading files: every kind of bad input is a placed problem, never an exception."""

from __future__ import annotations

import json
import math

import pytest

from thread_validator._loaders import MAX_ALIAS_VALUES, MAX_DEPTH, load, load_yaml, scan_json

VALID = '{"messages": [{"role": "user", "content": "hi"}]}'


def codes(result):
    return [finding.problem.code for finding in result.findings]


# -- bytes and encodings


def test_json_byte_order_mark_is_an_error_and_the_body_is_still_checked(check, summarize):
    """A BOM fails a JSON file, and the rest of the file is still read and checked."""
    result = check(b"\xef\xbb\xbf" + b'{"bogus": 1}')
    assert summarize(result) == ["1:1 error byte_order_mark", "1:2 error unknown_parameter"]


def test_yaml_byte_order_mark_is_a_warning(check, summarize):
    """YAML allows a BOM, so it only warns; positions do not count the BOM."""
    result = check(b"\xef\xbb\xbfmessages:\n  - role: user\n    content: hi\n", "yaml")
    assert summarize(result) == ["1:1 warning byte_order_mark"]
    assert result.valid


def test_invalid_utf8_names_the_bad_byte_and_its_place(check):
    """Invalid UTF-8 is reported at the bad byte, its column counted in characters."""
    result = check('{\n  "a": "é'.encode() + b"\xff" + b'"}')
    (finding,) = result.findings
    assert (finding.problem.code, finding.problem.line, finding.problem.column) == (
        "invalid_utf8",
        2,
        10,
    )
    assert "0xff" in finding.problem.message


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_empty_file(check, content, fmt):
    """An empty or blank file is a problem, not a null body."""
    assert codes(check(content, fmt)) == ["empty_file"]


def test_yaml_with_only_comments_is_empty(check):
    """A YAML stream with no document holds no body."""
    assert codes(check("# nothing here\n", "yaml")) == ["empty_file"]


def test_binary_file_is_refused_at_its_first_nul(check, summarize):
    """A NUL byte marks a binary file: one problem at the NUL, nothing parsed."""
    assert summarize(check(b'{"a":\n 1\x00\x01\x02}')) == ["2:3 error binary_file"]


def test_utf16_file_is_recognised(check):
    """A UTF-16 file gets advice to save it as UTF-8."""
    result = check('{"messages": []}'.encode("utf-16"))
    assert codes(result) == ["binary_file"]
    assert "UTF-16" in result.findings[0].problem.message


# -- JSON


def test_json_syntax_error_has_the_parsers_position(check, summarize):
    """A JSON syntax error is placed where the parser stopped."""
    assert summarize(check('{\n  "messages": [1,,]\n}')) == ["2:18 error invalid_json"]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_json_numbers_are_rejected_once(check, summarize, literal):
    """NaN and the infinities are errors at their place, reported once (no extra type error)."""
    result = check('{"metadata": {\n  "a": ' + literal + "}}")
    assert summarize(result) == ["2:8 error non_json_number"]
    assert literal in result.findings[0].problem.message


def test_non_json_number_inside_a_string_is_fine(check):
    """The word NaN inside a string is just text."""
    assert check('{"metadata": {"a": "NaN"}}').valid


def test_duplicate_keys_in_json_at_every_level(check, summarize):
    """Each repeated key is placed at its second occurrence, naming the first."""
    text = '{"metadata": {"a": "1",\n "a": "2"},\n "metadata": {}}'
    result = check(text)
    assert summarize(result) == ["2:2 error duplicate_key", "3:2 error duplicate_key"]
    assert "line 1, column 15" in result.findings[0].problem.message
    assert result.findings[0].problem.pointer == "/metadata/a"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 100_000])
def test_deep_json_nesting_is_refused(check, summarize, depth):
    """Nesting beyond the limit is refused at the first level too deep, quickly."""
    result = check('{"metadata": ' + "[" * depth + "]" * depth + "}")
    assert summarize(result) == [f"1:{13 + MAX_DEPTH} error nesting_too_deep"]


def test_nesting_at_the_limit_is_checked_normally(check):
    """A body exactly at the depth limit is parsed and validated."""
    depth = MAX_DEPTH - 1  # the body object is the first level
    result = check('{"metadata": ' + "[" * depth + "]" * depth + "}")
    assert codes(result) == ["invalid_type"]


def test_huge_integer_is_a_problem(check, summarize):
    """An integer too long for Python to read is reported where it starts."""
    assert summarize(check('{"metadata": {"a":\n ' + "9" * 5000 + "}}")) == [
        "2:2 error number_too_long"
    ]


def test_scan_places_values_and_keys():
    """The scanner gives the start of every value and key, with escapes and unicode counted as characters."""
    scan = scan_json('{"a\\"b": "é", "list": [ 1, {"k": null} ]}')
    assert scan.positions.values[('a"b',)] == (1, 10)
    assert scan.positions.keys[("list",)] == (1, 15)
    assert scan.positions.values[("list", 1, "k")] == (1, 34)
    assert not scan.stopped


# -- YAML


def test_yaml_implicit_typing_explained_on_the_type_problem(check):
    """An unquoted yes where a string is expected says how YAML read it, in the one type problem."""
    result = check("metadata:\n  approved: yes\n", "yaml")
    (finding,) = result.findings
    assert finding.problem.code == "invalid_type"
    assert "YAML read the unquoted 'yes' as a boolean" in finding.problem.message
    assert (finding.problem.line, finding.problem.column) == (2, 13)


def test_quoted_yaml_scalar_is_a_string(check):
    """A quoted 'yes' is a string, so there is nothing to report."""
    assert check("metadata:\n  approved: 'yes'\n", "yaml").valid


def test_implicit_typing_not_mentioned_where_no_string_is_expected(check):
    """Where the schema expects something else than a string, the YAML note is not added."""
    result = check("messages: yes\n", "yaml")
    (finding,) = result.findings
    assert finding.problem.code == "invalid_type"
    assert "YAML read" not in finding.problem.message


def test_yaml_date_is_a_non_json_value(check, summarize):
    """A date is reported once, as a value JSON cannot hold, with advice to quote it."""
    result = check("metadata:\n  day: 2024-01-01\n", "yaml")
    assert summarize(result) == ["2:8 error yaml_non_json_value"]
    assert "quote it" in result.findings[0].problem.message


def test_yaml_nan(check):
    """YAML's .nan is refused like JSON's NaN."""
    assert codes(check("metadata:\n  a: .nan\n", "yaml")) == ["non_json_number"]


def test_yaml_non_string_key(check, summarize):
    """A key YAML reads as a boolean is reported on the key."""
    result = check("metadata:\n  on: x\n", "yaml")
    assert summarize(result) == ["2:3 error yaml_non_string_key"]
    assert result.findings[0].problem.pointer == "/metadata/true"


def test_yaml_duplicate_key(check, summarize):
    """Duplicate YAML keys are placed at the second key."""
    result = check("messages:\n  - role: user\n    content: hi\n    role: assistant\n", "yaml")
    assert summarize(result) == ["4:5 error duplicate_key"]


def test_yaml_alias_bomb_is_refused(check):
    """A billion-laughs document is refused without expanding it."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    result = check("\n".join(lines) + "\n", "yaml")
    assert codes(result) == ["yaml_alias_bomb"]
    assert f"{MAX_ALIAS_VALUES:,}" in result.findings[0].problem.message


def test_yaml_recursive_alias_is_refused(check):
    """An alias inside the node it names would make a cycle; it is refused."""
    assert codes(check("messages: &a [*a]\n", "yaml")) == ["invalid_yaml"]


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("metadata: " + "[" * 100_000 + "]" * 100_000 + "\n", 10 + MAX_DEPTH),
        ("metadata:\n" + "- " * 100_000 + "x\n", None),
    ],
    ids=["flow", "block"],
)
@pytest.mark.parametrize("pure_python", [False, True], ids=["libyaml", "pure-python"])
def test_deep_yaml_nesting_is_refused(text, column, pure_python):
    """100,000 levels of YAML nesting are refused with one problem at our own limit, whichever
    parser PyYAML uses (libyaml refuses 1,000 flow levels itself in PyYAML 6.0.4)."""
    [document] = load_yaml(text, pure_python=pure_python)
    assert [p.code for p in document.problems] == ["nesting_too_deep"]
    if column is not None:
        assert document.problems[0].column == column


def test_yaml_unsafe_tag_is_not_constructed(check):
    """A python/object tag builds nothing: it is reported and read as plain YAML."""
    result = check("metadata: !!python/object:os.system {a: b}\n", "yaml")
    assert "yaml_unsupported_tag" in codes(result)


def test_yaml_syntax_error_position(check, summarize):
    """A YAML syntax error is placed at the parser's mark."""
    assert summarize(check("messages: [a, b\nmetadata: {}\n", "yaml")) == ["2:9 error invalid_yaml"]


def test_yaml_documents_are_separate_bodies(check):
    """Each YAML document is validated on its own, with positions in the whole file."""
    result = check("messages: 1\n---\nmetadata: 2\n", "yaml")
    assert [(f.document, f.problem.line, f.problem.pointer) for f in result.findings] == [
        (0, 1, "/messages"),
        (1, 3, "/metadata"),
    ]


def test_yaml_merge_key_expands():
    """A merge key gives the merged members, explicit ones winning."""
    (document,) = load(
        b"base: &b {role: user, content: hi}\nmsg:\n  <<: *b\n  content: bye\n", "yaml"
    )
    assert document.body["msg"] == {"role": "user", "content": "bye"}


def test_yaml_values_are_json_types():
    """Implicitly typed YAML scalars become the JSON values a YAML loader would give."""
    (document,) = load(b"a: 1\nb: 1.5\nc: true\nd: ~\ne: '1'\nf: .inf\n", "yaml")
    assert document.body["a"] == 1 and document.body["b"] == 1.5 and document.body["c"] is True
    assert (
        document.body["d"] is None and document.body["e"] == "1" and math.isinf(document.body["f"])
    )


def test_valid_json_is_parsed_without_scanning():
    """A valid JSON file costs one json.loads: no position map is built."""
    (document,) = load(VALID.encode(), "json")
    assert document.parsed and document.positions is None


# -- never a traceback

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from thread_validator._files import check_bytes  # noqa: E402

JSONISH = st.text(alphabet="{}[]:,\"\\ \n\tabc01-.eEtrufalsnNIy&*!<>#|'é\ufeff", max_size=60)


@settings(max_examples=300, deadline=None)
@given(text=JSONISH, fmt=st.sampled_from(["json", "yaml"]))
def test_any_text_gives_problems_not_exceptions(text, fmt):
    """Whatever a file holds, checking it returns placed problems and never raises."""
    result = check_bytes(text.encode("utf-8"), "fuzz", "thread", fmt)
    for finding in result.findings:
        assert finding.problem.line >= 1 and finding.problem.column >= 1


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=40), fmt=st.sampled_from(["json", "yaml"]))
def test_any_bytes_give_problems_not_exceptions(data, fmt):
    """Arbitrary bytes never make the loader raise."""
    check_bytes(data, "fuzz", "thread", fmt)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value, path=()):
    yield path
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, child in items:
        yield from _paths(child, path + (key,))


@settings(max_examples=200, deadline=None)
@given(value=JSON_VALUES, indent=st.sampled_from([None, 0, 2]), ascii=st.booleans())
def test_scan_places_every_value_where_it_starts(value, indent, ascii):
    """In any JSON text, each value's recorded position is where its own text starts."""
    text = json.dumps(value, indent=indent, ensure_ascii=ascii)
    scan = scan_json(text)
    assert not scan.stopped and not scan.problems
    lines = text.split("\n")
    for path in _paths(value):
        line, column = scan.positions.values[path]
        node = value
        for token in path:
            node = node[token]
        rendered = json.dumps(node, indent=indent, ensure_ascii=ascii).split("\n")[0]
        assert lines[line - 1][column - 1 :].startswith(rendered)


@settings(max_examples=300, deadline=None)
@given(
    value=st.one_of(
        st.lists(JSON_VALUES, max_size=4),
        st.dictionaries(st.text(max_size=3), JSON_VALUES, max_size=4),
    ),
    indent=st.sampled_from([None, 0, 2]),
    room=st.integers(1, 8),
)
def test_skipping_a_container_in_c_ends_where_the_walk_does(value, indent, room):
    """json's C scanner skips a container only where the structural walk would end too, and
    leaves one that may nest more than ``room`` levels to the walk (which refuses it: -1)."""
    from json.decoder import scanstring

    from thread_validator._loaders import _past_container, _walk_past_container

    text = json.dumps(value, indent=indent)
    assert _past_container(text, 1, scanstring, room) == _walk_past_container(
        text, 1, scanstring, room
    )


@settings(max_examples=200, deadline=None)
@given(value=JSON_VALUES, indent=st.sampled_from([None, 2]), data=st.data())
def test_a_scan_for_some_paths_places_them_as_the_full_scan_does(value, indent, data):
    from thread_validator._loaders import _with_ancestors

    text = json.dumps(value, indent=indent)
    paths = list(_paths(value))
    chosen = data.draw(st.lists(st.sampled_from(paths), max_size=3)) if paths else []
    everything = scan_json(text).positions
    some = scan_json(text, _with_ancestors(chosen)).positions
    for path in chosen:
        assert some.values[path] == everything.values[path]
