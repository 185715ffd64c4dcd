"""How values, types and paths are written in problem messages.

Everything here is bounded: a message never embeds more than a short excerpt of the body, whatever
the body holds (a 1 GB string, a 100,000-level nesting, an integer with a million digits).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

MAX_EXCERPT = 40


def json_type_name(value: object) -> str:
    """The JSON type of a Python value, with its article, as the API's messages say it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    # Not JSON at all: a tuple, a set, bytes, a custom object handed to the Python API.
    return f"a Python {type(value).__name__} (not a JSON value)"


TYPE_NAMES = {
    "null": "null",
    "boolean": "a boolean",
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "object": "an object",
    "array": "an array",
}


def expected_types(types: str | Sequence[str]) -> str:
    if isinstance(types, str):
        types = [types]
    return either([TYPE_NAMES.get(name, name) for name in types])


def excerpt(value: object) -> str:
    """A short rendering of a value for a message: strings quoted and cut, containers sized."""
    if isinstance(value, str):
        if len(value) <= MAX_EXCERPT:
            return quote(value)
        return f"{quote(value[:MAX_EXCERPT])}… ({len(value):,} characters)"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int_text(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, dict):
        return f"an object with {len(value):,} {plural(len(value), 'property', 'properties')}"
    if isinstance(value, list):
        return f"an array of {len(value):,} {plural(len(value), 'item')}"
    return json_type_name(value)


def int_text(value: int) -> str:
    """An integer as text for a message: its digits, or its size when it has more than 31.

    The one way integers from a body are written: ``str()`` of a huge integer is quadratic, and
    the interpreter refuses it beyond 4,300 digits (``ValueError``), so it is never called on one.
    """
    if value.bit_length() > 100:
        return f"an integer of about {int(value.bit_length() * math.log10(2)) + 1:,} digits"
    return str(value)


def display_path(path: str) -> str:
    """A file name made safe to print: it cannot forge output lines or reach the terminal.

    Control characters, line and paragraph separators and format characters (bidirectional
    overrides) are written as Python escapes (``\\n``, ``\\x1b``, ``\\u2028``); bytes that are not
    UTF-8 (which the OS hands over as lone surrogates) as ``\\xff``. Every reporter and every
    error message writes file names through it.
    """
    if path.isprintable():
        return path
    return "".join(_escape_path_char(char) for char in path)


def _escape_path_char(char: str) -> str:
    if char.isprintable():
        return char
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        # os.fsdecode's surrogateescape: the undecodable byte itself.
        return f"\\x{code - 0xDC00:02x}"
    return char.encode("unicode_escape", errors="backslashreplace").decode("ascii")


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as a JSON ``\\uXXXX`` escape.

    For JSON text made with ``ensure_ascii=False``: a lone surrogate (a key ``"\\ud800"`` read
    from a JSON body) cannot be encoded as UTF-8, and would stop the output mid-document.
    Surrogates only occur inside JSON strings, where the escape means the same character.
    """
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def close_match(word: object, candidates: Iterable[object], cutoff: float = 0.7) -> str | None:
    """The candidate closest to ``word`` (difflib's ratio at least ``cutoff``), for "did you mean".

    Candidates whose lengths alone rule them out are dropped first (difflib's ratio is at most
    ``2 * shorter / (both lengths)``): a 10 MB unknown key then costs nothing, where difflib would
    index every character of it.
    """
    if not isinstance(word, str):
        return None
    given = tuple(candidates)
    if len(word) <= 64 and len(given) <= 64:
        # A short word among a few names (an enum's values, an object's properties): the same
        # mistakes come back ("system" for a role, in every record of a log), and the answer
        # for them is remembered, in little memory.
        try:
            return _close_match(word, given, cutoff)
        except TypeError:  # a candidate that cannot be hashed: asked afresh below
            pass
    return _close_match.__wrapped__(word, given, cutoff)


@functools.lru_cache(maxsize=1024)
def _close_match(word: str, candidates: tuple[object, ...], cutoff: float) -> str | None:
    size = len(word)
    names = [
        name
        for name in candidates
        if isinstance(name, str) and 2 * min(size, len(name)) >= cutoff * (size + len(name))
    ]
    if not names:
        return None
    if size <= 64:
        return _closest(word, tuple(names), cutoff)
    return _closest.__wrapped__(word, tuple(names), cutoff)


@functools.lru_cache(maxsize=1024)
def _closest(word: str, names: tuple[str, ...], cutoff: float) -> str | None:
    size = len(word)
    # difflib's own second bound (``quick_ratio``: the characters the two share, with repeats),
    # computed as difflib computes it: a name below it cannot match, and difflib, whose import
    # costs a few milliseconds, is imported only when one may ("system" for a role does not).
    likely = [
        name
        for name in names
        if not size + len(name)  # two empty strings: difflib's ratio is 1.0
        or 2.0 * _shared(word, name) / (size + len(name)) >= cutoff
    ]
    if not likely:
        return None
    import difflib  # only for a likely match: it costs import time on every run

    matches = difflib.get_close_matches(word, likely, n=1, cutoff=cutoff)
    return matches[0] if matches else None


def _shared(word: str, name: str) -> int:
    """The characters two texts have in common, repeats counted: the size of their multiset
    intersection, ``Counter(word) & Counter(name)``."""
    shorter, longer = (word, name) if len(word) <= len(name) else (name, word)
    if len(shorter) > 64:
        # A count of each distinct character costs their number times the length.
        return sum((Counter(word) & Counter(name)).values())
    # Names and enum values are short: counting in C is about half the cost of two Counters.
    return sum([min(shorter.count(char), longer.count(char)) for char in set(shorter)])


def quote(text: str) -> str:
    """Quote a name or value the way the API does ('like this'), escaping what would mislead."""
    if text.isprintable() and "'" not in text and "\\" not in text:
        return f"'{text}'"  # nothing to escape: the common case, without a pass per character
    return "'" + "".join(_escape(char) for char in text) + "'"


def _escape(char: str) -> str:
    # Printable text (CJK, emoji) stays readable; control characters and quotes must not break
    # the one-line message or hide what the value really holds.
    if char == "'" or char == "\\":
        return "\\" + char
    if char.isprintable():
        return char
    return char.encode("unicode_escape").decode("ascii")


def either(words: Iterable[str], conjunction: str = "or") -> str:
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def quoted_choices(values: Iterable[object], conjunction: str = "and") -> str:
    return either((excerpt(value) for value in values), conjunction)


def plural(count: int, singular: str, many: str | None = None) -> str:
    return singular if count == 1 else (many or singular + "s")


def escape_pointer_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """A reference token of a JSON Pointer as the key it names (``~1`` is ``/``, ``~0`` is ``~``)."""
    return token.replace("~1", "/").replace("~0", "~")


def json_pointer(path: Sequence[object]) -> str:
    """RFC 6901 JSON Pointer of a path of keys and indices."""
    joined = "/".join(map(str, path))
    if "~" not in joined and joined.count("/") == len(path) - 1:
        return "/" + joined  # no token to escape: the common case, in C
    return "".join("/" + escape_pointer_token(token) for token in path)


def api_param(path: Iterable[object]) -> str:
    """The API's own form of a path: ``messages[0].content[1].image_url.url``."""
    # Every token written with its separator (the first key's dropped after), then one join.
    joined = "".join(
        [
            f"[{token}]"
            if type(token) is int
            or (type(token) is not str and isinstance(token, int) and not isinstance(token, bool))
            else f".{token}"
            for token in path
        ]
    )
    return joined[1:] if joined[:1] == "." else joined


def quoted_param(path: Sequence[object]) -> str:
    """The param quoted for a message, each key cut to an excerpt's length.

    A body's keys are part of the body: a 100,000-character unknown key must not make a
    100,000-character message. ``Problem.param`` keeps the full form.
    """
    return quote(api_param(_cut(token) for token in path))


def _cut(token: object) -> object:
    if isinstance(token, str) and len(token) > MAX_EXCERPT:
        return token[:MAX_EXCERPT] + "…"
    return token
