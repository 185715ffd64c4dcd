"""What the generated code calls at run time: the helpers of the compiled checks and the tests the
warning rules' screens call.

A module that imports nothing of the package and nothing the interpreter has not loaded with
``json`` (no ``typing``: about 4 ms of a 20 ms process), so that the command line's plain path
(``_plain``) can run a generated scanner without the rule catalogue. The rules name these
functions in their screens (``_rules.screen``), the compiler writes the calls, and
``_generated_plain`` imports them by name: a screen that calls a function defined elsewhere
leaves the plain path to the full command line (a test holds the bundled rules to this module).
"""

from __future__ import annotations

import functools
import re
from itertools import repeat

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads it the same)
if TYPE_CHECKING:
    from typing import Any

# RFC 3986 absolute URI: a scheme, then only URI characters or percent-escapes. Characters beyond
# ASCII are let through as RFC 3987 (IRIs) does: clients percent-encode them, and rejecting a URL
# the API accepts would report a problem where there is none. Lone surrogates are refused (they
# are not text). The one definition of the language of ``format: uri``, for the fast path and the
# keyword (``_keywords``) alike; ``is_uri`` decides it without backtracking (the expression
# backtracks through a long string that fails at its end), and a test holds the two together.
_URI_CHARACTER = "[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]\\x80-\\ud7ff\\ue000-\\U0010ffff]"
_URI = f"[A-Za-z][A-Za-z0-9+.\\-]*:{_URI_CHARACTER}*(?:%[0-9A-Fa-f]{{2}}{_URI_CHARACTER}*)*"


@functools.cache
def uri_pattern() -> re.Pattern[str]:
    return re.compile(_URI)


# What ``_URI_CHARACTER`` leaves out, "%" aside (it starts an escape): the ASCII characters that are
# not URI characters, and the surrogates. Written as this short class rather than as the negation
# of the long one, it compiles in well under a millisecond instead of about 10.
_NOT_URI_CHARACTER = '[\\x00-\\x20"<>\\\\^`{|}\\x7f\\ud800-\\udfff]'


@functools.cache
def _uri_searches() -> tuple[Any, Any, Any]:
    return (
        re.compile("[A-Za-z][A-Za-z0-9+.\\-]*:").match,
        re.compile(_NOT_URI_CHARACTER).search,
        re.compile("%(?![0-9A-Fa-f]{2})").search,
    )


def is_uri(text: str) -> bool:
    """Whether ``text`` is in the language of :func:`uri_pattern` (and ``_keywords._URI``).

    Decided by a match and two searches, which keep no backtracking state and never backtrack:
    the expression itself, failing at the end of a 10 MB string, takes a second per call (and
    the full validator's, a state per character: 1.25 GB).
    """
    scheme, not_allowed, bad_escape = _uri_searches()
    start = scheme(text)
    if start is None:
        return False
    return not_allowed(text, start.end()) is None and bad_escape(text, start.end()) is None


# The Python types of JSON values, as the compiled checks' type dispatch names them (``_fast``),
# and as a set: exactly these, not their subclasses.
PYTHON_TYPES = {
    "dict": dict,
    "str": str,
    "list": list,
    "int": int,
    "float": float,
    "bool": bool,
    "null": type(None),
}
EXACT = frozenset(PYTHON_TYPES.values())


def _is_integer(value: object) -> bool:
    return type(value) is int or (type(value) is float and value.is_integer())


def _overlap_at_most_half(size: object, overlap: object) -> bool | None:
    """``chunkOverlapAtMostHalf`` on the two values as ``dict.get`` finds them (None if absent).

    None: not JSON values, so only the full validator can decide.
    """
    if not (type(size) in EXACT and type(overlap) in EXACT):
        return None
    if _is_integer(size) and _is_integer(overlap):
        return not overlap * 2 > size  # type: ignore[operator]
    return True


def _json_fault(value: object) -> bool | None:
    """What a value of a type the schema does not admit means: a fault (False) when it is a JSON
    value, "not sure" (None) when it is not (a ``str`` subclass, a tuple: the full validator
    decides)."""
    return False if type(value) in EXACT else None


def _json_faults(values: Any) -> bool | None:
    """Like :func:`_json_fault`, for a collection in which some value has a type not admitted."""
    return False if all(type(value) in EXACT for value in values) else None


def _key_fault(value: dict[Any, Any]) -> bool | None:
    """For an object with a key that is not exactly a ``str``: False when one is not a string at
    all (the full validator reports it), None ("not sure") when each is a ``str`` subclass."""
    return None if all(isinstance(key, str) for key in value) else False


def _string_keys(value: dict[Any, Any], known: frozenset[str]) -> bool | None:
    """Whether every key is a string, and so is every key inside the members not in ``known``:
    True, False at a key that is not one (the full validator reports it), or None ("not sure")
    at a dict or list subclass inside those members, which is not plain JSON."""
    stack: list[Any] = []
    for key, member in value.items():
        if type(key) is not str:
            return _key_fault(value)
        if key not in known:
            kind = type(member)
            if kind is dict or kind is list:
                stack.append(member)
            elif isinstance(member, (dict, list)):
                return None
    return keys_in(stack)


def _keys_inside(value: Any) -> bool | None:
    """:func:`_string_keys` for every member or item of ``value`` (an exact dict or list)."""
    return keys_in([value])


def keys_in(stack: list[Any]) -> bool | None:
    """Whether every key of every object in the exact dicts and lists of ``stack`` (which it
    empties) is a string: True, False at a key that is not one, None at a dict or list
    subclass or a ``str`` subclass key inside."""
    seen: set[int] = set()  # a Python structure may hold itself
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if type(node) is dict:
            if not all(type(key) is str for key in node):
                return _key_fault(node)
            node = node.values()
        for item in node:
            kind = type(item)
            if kind is dict or kind is list:
                stack.append(item)
            elif isinstance(item, (dict, list)):
                return None
    return True


# The scanners written with handlers (``_fast.scanner_source``) raise where the others return:
# a fault goes to the handler of the nearest value that has one, which reports that value, and
# the scan goes on; a value that is not plain JSON ends it ("not sure").


class _Fail(Exception):
    """A fault: the nearest handler reports the value it guards (``_report``)."""


class _Unsure(Exception):
    """Not plain JSON: the scanner answers None, and the full path decides."""


def _json_fail(value: object) -> type[Exception]:
    """:func:`_json_fault` as the exception to raise."""
    return _Fail if type(value) in EXACT else _Unsure


def _json_fails(values: Any) -> type[Exception]:
    """:func:`_json_faults` as the exception to raise."""
    return _Fail if all(type(value) in EXACT for value in values) else _Unsure


def _verdict(answer: bool | None) -> type[Exception]:
    """A helper's answer other than True (a fault or "not sure") as the exception to raise."""
    return _Unsure if answer is None else _Fail


def _index(items: list[Any], iterator: Any) -> int:
    """The index of the item a loop over ``iter(items)`` is at: a list's iterator hints how
    many items it has left."""
    left: int = iterator.__length_hint__()
    return len(items) - left - 1


def _report(
    out: list[Any] | None, value: object, path: tuple[Any, ...], walk: str, document: str
) -> list[Any]:
    """What a scanner's handler does: the problems of ``value`` (at ``path``) from its walk
    written out (``_generated_walk``), added to ``out`` (made on the first fault) in place of
    any a handler inside it reported, since the walk of the whole value finds those again."""
    function = _WALKS.get(walk)
    if function is None:
        from ._diagnose import written_walk  # the first fault of a process loads the walk

        function = _WALKS[walk] = written_walk(document, walk)
    if out is None:
        out = []
    elif out:
        size = len(path)
        out[:] = [draft for draft in out if draft.path[:size] != path]
    function(value, path, out)
    return out


# The walks the handlers called, by name (a document's walks are named apart from another's).
_WALKS: dict[str, Any] = {}


def names() -> dict[str, Any]:
    """Names the generated code finds in its globals."""
    import operator

    return {
        "_is_uri": is_uri,
        "_overlap_at_most_half": _overlap_at_most_half,
        "_json_fault": _json_fault,
        "_json_faults": _json_faults,
        "_count_of": operator.countOf,
        "_string_keys": _string_keys,
        "_keys_inside": _keys_inside,
        "_key_fault": _key_fault,
        "_Fail": _Fail,
        "_json_fail": _json_fail,
        "_json_fails": _json_fails,
        "_verdict": _verdict,
        "_report": _report,
        "_index": _index,
    }


# ---------------------------------------------------------------------------------------------
# The warning rules' screens: cheap tests of whether a rule may have something to say (True) or
# surely has not (False). Each stands for its rule's check and must never answer False where the
# check would report; the agreement property tests (``tests/test_warnings_pass.py``) hold them to it.


def repeats(ids: list[Any]) -> bool:
    """L501: whether a list of IDs may hold one twice."""
    try:
        # In C: a list of 10,000 IDs is one set. Items that are equal without being the same
        # string (1 and 1.0) only make the check run.
        return len(set(ids)) != len(ids)
    except TypeError:  # an unhashable item (a wrong type the schema reports): let the check decide
        return True


def pairs_repeat(attachments: list[Any]) -> bool:
    """L502: whether a message's attachments give one file to one tool twice.

    Exactly :func:`_pairs_repeat`, without a pair built: when no file is attached twice, a pair
    can only repeat inside one attachment, as a tool it lists twice (most list one). Anything
    else (a file attached twice, a value of another type) is left to the exact form.
    """
    files: set[str] = set()
    for attachment in attachments:
        if type(attachment) is not dict:
            return _pairs_repeat(attachments)
        file_id, listed = attachment.get("file_id"), attachment.get("tools")
        if type(file_id) is not str or file_id in files or type(listed) is not list:
            return _pairs_repeat(attachments)
        files.add(file_id)
        if len(listed) > 1:
            tool_types: set[str] = set()
            for tool in listed:
                tool_type = tool.get("type") if type(tool) is dict else None
                if type(tool_type) is not str or tool_type in tool_types:
                    return _pairs_repeat(attachments)
                tool_types.add(tool_type)
    return False


def _pairs_repeat(attachments: list[Any]) -> bool:
    """Whether the (file, tool) pairs of the attachments are fewer than their tools."""
    pairs: set[tuple[str, str]] = set()
    tools = 0
    for attachment in attachments:
        file_id = attachment.get("file_id") if isinstance(attachment, dict) else None
        if isinstance(file_id, str):
            listed = attachment.get("tools")
            for tool in listed if isinstance(listed, list) else ():
                tool_type = tool.get("type") if isinstance(tool, dict) else None
                if isinstance(tool_type, str):
                    pairs.add((file_id, tool_type))
                    tools += 1
    return len(pairs) != tools


def keys_clash(metadata: dict[Any, Any]) -> bool:
    """L504: whether two metadata keys may differ only in case."""
    try:
        # Keys in ASCII without a capital letter, the common ones ("owner", "key_01"), fold to
        # themselves, and so stay as distinct as they are: one join tests them all.
        joined = "".join(metadata)
        if joined.isascii() and joined.islower():
            return False
        return len(set(map(str.casefold, metadata))) != len(metadata)
    except TypeError:  # a key that is not a str: let the check decide
        return True


# The spec's own list, from image_url.url's description: "jpeg, jpg, png, gif, webp".
IMAGE_EXTENSIONS = frozenset({".jpeg", ".jpg", ".png", ".gif", ".webp"})


def all_start_with(ids: list[str], prefixes: tuple[str, ...]) -> bool:
    """Whether every ID of a long list starts with one of ``prefixes``; raises TypeError on an
    item that is not a string. In C, without a Python call per ID: a list of 10,000 IDs is a
    warning rule's largest input (0.5 ms as one ``str.startswith`` per ID, as long as parsing
    the list).

    With one prefix, IDs of one length in ASCII (as the API issues them) take two joins and a
    few slices (about 0.15 ms for 10,000): the IDs joined by "\x80", a character none of them
    has, hold their separators exactly where IDs of that length put them, and then the k-th
    characters of all the IDs are one slice with a step. Other lists take two passes of
    comparisons (0.3 ms): the strings that start with a prefix are exactly those from the prefix
    itself up to, not including, the prefix with its last character one higher ("file-" to
    "file."), so all of them do when the least and the greatest do. (A ``str`` subclass that
    redefines ordering could hide an ID from them: such a value is not JSON, and the check
    reports only exact strings.)
    """
    if len(prefixes) == 1 and prefixes[0] and prefixes[0][-1] != "\U0010ffff":
        prefix = prefixes[0]
        if ids and "".join(ids).isascii():
            width, count = len(ids[0]), len(ids)
            joined, step = "\x80".join(ids), width + 1
            if len(joined) == count * step - 1 and joined[width::step] == "\x80" * (count - 1):
                return len(prefix) <= width and all(
                    joined[index::step] == character * count
                    for index, character in enumerate(prefix)
                )
        above = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return min(ids) >= prefix and max(ids) < above
    return all(map(str.startswith, ids, repeat(prefixes)))


def any_unprefixed(ids: list[Any], prefixes: tuple[str, ...]) -> bool:
    """O304, O305: whether an ID of a list may lack the server's prefix."""
    if len(ids) > 16:  # short lists take the plain loop: quicker than setting up the C passes
        try:
            if all_start_with(ids, prefixes):
                return False
        except TypeError:  # an item that is not a string: the check looks at the strings only
            pass
        # One lacks a prefix, or is not a string: the loop below says whether an exact string
        # does (a ``str`` subclass lacking one is not JSON, and the check passes it by).
    else:
        # Strings first, their type only when one lacks the prefix: a type test per ID is most
        # of a short list's cost.
        try:
            for value in ids:
                if not value.startswith(prefixes) and type(value) is str:
                    return True
        except Exception:  # noqa: BLE001, S110 - an item without a fitting startswith: the loop below
            pass
        else:
            return False
    for value in ids:  # noqa: SIM110 - any() of a generator costs a frame on every list
        if type(value) is str and not value.startswith(prefixes):
            return True
    return False


def tool_keys_unknown(tool: dict[str, Any], context: Any) -> bool:
    """O307: whether an attachment's tool has a key the schema does not name there."""
    # The keys come from the bundled schema: read only for a tool of two keys or more.
    from ._server_rules import _known_keys

    tool_type = tool.get("type")
    tools = _known_keys(context.api_version)[0]
    known = tools.get(tool_type) if isinstance(tool_type, str) else None
    return known is not None and not tool.keys() <= known
