"""The warning rules in one cheap pass: find which rules can fire, and run only those.

Each warning rule (``_lint_rules``, ``_server_rules``) walks the body on its own, and most bodies
give none of them anything to say. :func:`warnings` walks the body once, and at each place a rule
looks it makes a test that is cheap and errs on the side of "may fire" (a list of IDs whose set is
smaller than the list may hold a duplicate; an image URL that does not plainly end in a supported
extension may have another one). Only the rules so marked then run their own exact code, so the
problems are the rules' own, in their order; a clean body costs one walk without any path, message
or problem built. A property test holds the pass to the rules: on any body, a rule it leaves
unmarked yields nothing.

Like the rules it stands for, the pass tolerates any value: it also runs on bodies that failed the
schema. A rule it does not know (one registered after it was written) is always run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import countOf as _count_of
from typing import Any

from . import _lint_rules, _server_rules
from ._lint import RULES
from ._problem import Problem

RuleFunction = Callable[[object, str], Iterable[Problem]]

DUPLICATE_ID = 1 << 0
EMPTY_TEXT = 1 << 1
METADATA_KEY_CASE = 1 << 2
IMAGE_EXTENSION = 1 << 3
TOO_MANY_MESSAGES = 1 << 4
CONTENT_TOO_LONG = 1 << 5
IMAGE_URL_SCHEME = 1 << 6
FILE_ID_PREFIX = 1 << 7
VECTOR_STORE_ID_PREFIX = 1 << 8
THREAD_ID_PREFIX = 1 << 9
_UNKNOWN = 0  # a rule the pass does not know is run on every body (see rules_for)

_FLAG_OF: dict[Any, int] = {
    _lint_rules.duplicate_ids: DUPLICATE_ID,
    _lint_rules.empty_text: EMPTY_TEXT,
    _lint_rules.metadata_key_case: METADATA_KEY_CASE,
    _lint_rules.image_extension: IMAGE_EXTENSION,
    _server_rules.too_many_messages: TOO_MANY_MESSAGES,
    _server_rules.content_too_long: CONTENT_TOO_LONG,
    _server_rules.image_url_scheme: IMAGE_URL_SCHEME,
    _server_rules.file_id_prefix: FILE_ID_PREFIX,
    _server_rules.vector_store_id_prefix: VECTOR_STORE_ID_PREFIX,
    _server_rules.thread_id_prefix: THREAD_ID_PREFIX,
}

MAX_MESSAGES = _server_rules.MAX_MESSAGES
MAX_CONTENT_LENGTH = _server_rules.MAX_CONTENT_LENGTH
URL_SCHEMES = _server_rules.URL_SCHEMES
# Endings that ``image_extension`` accepts, by length: a URL without "?" or "#" that ends in one of
# these (in any case) has that extension or none at all, and gets no warning.
_PLAIN_ENDINGS_4 = frozenset(ending for ending in _lint_rules.IMAGE_EXTENSIONS if len(ending) == 4)
_PLAIN_ENDINGS_5 = frozenset(ending for ending in _lint_rules.IMAGE_EXTENSIONS if len(ending) == 5)


def warnings(body: object, kind: str) -> list[Problem]:
    """The problems of every warning rule on ``body``, exactly as ``_lint.lint`` gives them."""
    rules = marked(body, kind)
    return [problem for rule in rules for problem in rule(body, kind)] if rules else []


def marked(body: object, kind: str) -> list[RuleFunction]:
    """The rules, in their registered order, that may have something to say about ``body``."""
    return rules_for(suspects(body, kind))


_known: list[Any] = [None, -1]  # the RULES list last seen, and its length


def all_known() -> bool:
    """True when the pass knows every registered rule (so no flag means no warning)."""
    if _known[0] is not RULES or _known[1] != len(RULES):
        _known[:] = [RULES, len(RULES), all(rule in _FLAG_OF for rule in RULES)]
    return bool(_known[2])


def suspects(body: object, kind: str) -> int:
    """The flags of the rules that may fire on ``body``; 0 when none can."""
    if not isinstance(body, dict):
        return 0
    flags = 0
    if kind == "message":
        flags |= _message(body)
    elif kind == "thread":
        listed = body.get("messages")
        if isinstance(listed, list):
            if len(listed) > MAX_MESSAGES:
                flags |= TOO_MANY_MESSAGES
            for message in listed:
                if isinstance(message, dict):
                    flags |= _message(message)
    if kind == "thread" or kind == "thread_object":
        metadata = body.get("metadata")
        if isinstance(metadata, dict) and len(metadata) > 1 and _case_clash(metadata):
            flags |= METADATA_KEY_CASE
        resources = body.get("tool_resources")
        if isinstance(resources, dict):
            flags |= _tool_resources(resources, kind == "thread")
        if kind == "thread_object":
            thread_id = body.get("id")
            if isinstance(thread_id, str) and not thread_id.startswith("thread_"):
                flags |= THREAD_ID_PREFIX
    return flags


def _message(message: dict[Any, Any]) -> int:
    flags = 0
    content = message.get("content")
    if isinstance(content, str):
        if not content:
            flags |= EMPTY_TEXT
        elif len(content) > MAX_CONTENT_LENGTH:
            flags |= CONTENT_TOO_LONG
    elif content == "":  # a value that is not a str but equals "": let the rule say
        flags |= EMPTY_TEXT
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, dict):
                flags |= _part(part)
    attachments = message.get("attachments")
    if isinstance(attachments, list):
        flags |= _attachments(attachments)
    file_ids = message.get("file_ids")
    if isinstance(file_ids, list):
        flags |= _ids(file_ids, "file-", FILE_ID_PREFIX, False)
    metadata = message.get("metadata")
    if isinstance(metadata, dict) and len(metadata) > 1 and _case_clash(metadata):
        flags |= METADATA_KEY_CASE
    return flags


def _part(part: dict[Any, Any]) -> int:
    part_type = part.get("type")
    if part_type == "text":
        text = part.get("text")
        if text == "":
            return EMPTY_TEXT
        if isinstance(text, str) and len(text) > MAX_CONTENT_LENGTH:
            return CONTENT_TOO_LONG
    elif part_type == "image_url":
        image = part.get("image_url")
        url = image.get("url") if isinstance(image, dict) else None
        return _url_flags(url)
    elif part_type == "image_file":
        image = part.get("image_file")
        if isinstance(image, dict):
            file_id = image.get("file_id")
            if isinstance(file_id, str) and not file_id.startswith("file-"):
                return FILE_ID_PREFIX
    return 0


def _plain_image_url(url: str) -> bool:
    """True when ``image_extension`` surely finds a supported extension (or none) in ``url``.

    Without "?" and "#", the path ``urlsplit`` finds is a suffix of the URL (or empty), so an
    ASCII ending such as ".png" is its extension; a non-ASCII character never lowers to four ASCII
    characters.
    """
    if "?" in url or "#" in url:
        return False
    return url[-4:].lower() in _PLAIN_ENDINGS_4 or url[-5:].lower() in _PLAIN_ENDINGS_5


def _attachments(attachments: list[Any]) -> int:
    flags = 0
    keys: set[tuple[str, Any]] = set()
    tools_seen = 0
    for attachment in attachments:
        if not isinstance(attachment, dict):
            continue
        file_id = attachment.get("file_id")
        if not isinstance(file_id, str):
            continue
        if not file_id.startswith("file-"):
            flags |= FILE_ID_PREFIX
        tools = attachment.get("tools")
        if isinstance(tools, list):
            for tool in tools:
                tool_type = tool.get("type") if isinstance(tool, dict) else None
                if isinstance(tool_type, str):
                    keys.add((file_id, tool_type))
                    tools_seen += 1
    # A duplicate is the same file given to the same tool twice (only with two attachments or more).
    if len(attachments) > 1 and len(keys) != tools_seen:
        flags |= DUPLICATE_ID
    return flags


def _tool_resources(resources: dict[Any, Any], thread: bool) -> int:
    flags = 0
    interpreter = resources.get("code_interpreter")
    if isinstance(interpreter, dict):
        ids = interpreter.get("file_ids")
        if isinstance(ids, list):
            flags |= _ids(ids, "file-", FILE_ID_PREFIX, thread)
    search = resources.get("file_search")
    if isinstance(search, dict):
        ids = search.get("vector_store_ids")
        if isinstance(ids, list):
            flags |= _ids(ids, "vs_", VECTOR_STORE_ID_PREFIX, thread)
        stores = search.get("vector_stores") if thread else None
        if isinstance(stores, list):
            for store in stores:
                if not isinstance(store, dict):
                    continue
                ids = store.get("file_ids")
                if isinstance(ids, list):
                    flags |= _ids(ids, "file-", FILE_ID_PREFIX, True)
                metadata = store.get("metadata")
                if isinstance(metadata, dict) and len(metadata) > 1 and _case_clash(metadata):
                    flags |= METADATA_KEY_CASE
    return flags


def _ids(ids: list[Any], prefix: str, flag: int, duplicates: bool) -> int:
    """``flag`` if an ID may lack ``prefix``; DUPLICATE_ID too if one may repeat (when asked)."""
    if not ids:
        return 0
    if _count_of(map(type, ids), str) != len(ids):
        # Something other than plain strings: the rules decide.
        return flag | (DUPLICATE_ID if duplicates else 0)
    # Every string that starts with "file-" sorts between "file-" and "file." and every string
    # between them starts with "file-": two passes of string comparisons in C decide for all.
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    flags = 0 if min(ids) >= prefix and max(ids) < after else flag
    if duplicates and len(ids) > 1 and len(set(ids)) != len(ids):
        flags |= DUPLICATE_ID
    return flags


def _case_clash(metadata: dict[Any, Any]) -> bool:
    try:
        return len(set(map(str.casefold, metadata))) != len(metadata)
    except TypeError:  # a key that is not a str
        return True


def rules_for(flags: int) -> list[RuleFunction]:
    """The registered rules that ``flags`` mark (and any rule the pass does not know)."""
    if not flags and all_known():
        return []
    return [rule for rule in RULES if _FLAG_OF.get(rule, _UNKNOWN) & flags or rule not in _FLAG_OF]


def _url_flags(url: object) -> int:
    if not isinstance(url, str):
        return 0
    flags = 0 if url[:8].lower().startswith(URL_SCHEMES) else IMAGE_URL_SCHEME
    return flags if _plain_image_url(url) else flags | IMAGE_EXTENSION


def scan_runtime() -> dict[str, Any]:
    """Names the compiled scan (``_fast.compile_scan``) finds in its globals."""
    return {
        "_ids": _ids,
        "_attachments": _attachments,
        "_case_clash": _case_clash,
        "_url_flags": _url_flags,
        "_casefold": str.casefold,
    }


# The hooks are written out rather than calling the helpers above: they run on every valid body.
# They may assume what the schema's checks before them established (a list of plain strings);
# should the schema change so that they raise instead, the scan answers "not sure" and the body
# takes the slow path, with the same problems.


def _case_hook() -> list[str]:
    test = "type({x}) is dict and len({x}) > 1 and len(set(map(_casefold, {x}))) != len({x})"
    return [f"if {test}: _f |= {METADATA_KEY_CASE}"]


def _ids_hook(prefix: str, flag: int, duplicates: bool) -> list[str]:
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # see _ids
    lines = [f"if {{x}} and (min({{x}}) < {prefix!r} or max({{x}}) >= {after!r}): _f |= {flag}"]
    if duplicates:
        lines.append(f"if len({{x}}) > 1 and len(set({{x}})) != len({{x}}): _f |= {DUPLICATE_ID}")
    return lines


def _text_hook() -> list[str]:
    limit, flags = MAX_CONTENT_LENGTH, EMPTY_TEXT | CONTENT_TOO_LONG
    return [f"if type({{x}}) is str and (not {{x}} or len({{x}}) > {limit}): _f |= {flags}"]


_RESOURCES = ("tool_resources",)
_STORES = (*_RESOURCES, "file_search", "vector_stores")

# The cheap tests folded into the compiled check (``_fast.compile_scan``), by the place of the
# property they look at: its definition in the bundled documents, then the property names below
# it. They run only on values that passed the schema's checks there, and mark ``_f`` with the
# flags of the rules that may fire; :func:`suspects` is the same pass for any body.
SCAN_HOOKS: dict[tuple[str, ...], list[str]] = {
    ("CreateThreadRequest", "messages"): [
        f"if type({{x}}) is list and len({{x}}) > {MAX_MESSAGES}: _f |= {TOO_MANY_MESSAGES}"
    ],
    ("CreateThreadRequest", "metadata"): _case_hook(),
    ("CreateThreadRequest", *_RESOURCES, "code_interpreter", "file_ids"): _ids_hook(
        "file-", FILE_ID_PREFIX, True
    ),
    ("CreateThreadRequest", *_RESOURCES, "file_search", "vector_store_ids"): _ids_hook(
        "vs_", VECTOR_STORE_ID_PREFIX, True
    ),
    ("CreateThreadRequest", *_STORES, "file_ids"): _ids_hook("file-", FILE_ID_PREFIX, True),
    ("CreateThreadRequest", *_STORES, "metadata"): _case_hook(),
    ("ThreadObject", "id"): [
        f"if type({{x}}) is str and not {{x}}.startswith('thread_'): _f |= {THREAD_ID_PREFIX}"
    ],
    ("ThreadObject", "metadata"): _case_hook(),
    ("ThreadObject", *_RESOURCES, "code_interpreter", "file_ids"): _ids_hook(
        "file-", FILE_ID_PREFIX, False
    ),
    ("ThreadObject", *_RESOURCES, "file_search", "vector_store_ids"): _ids_hook(
        "vs_", VECTOR_STORE_ID_PREFIX, False
    ),
    ("CreateMessageRequest", "content"): _text_hook(),
    ("CreateMessageRequest", "attachments"): ["if type({x}) is list: _f |= _attachments({x})"],
    ("CreateMessageRequest", "file_ids"): _ids_hook("file-", FILE_ID_PREFIX, False),
    ("CreateMessageRequest", "metadata"): _case_hook(),
    ("MessageRequestContentTextObject", "text"): _text_hook(),
    ("MessageContentImageUrlObject", "image_url", "url"): ["_f |= _url_flags({x})"],
    ("MessageContentImageFileObject", "image_file", "file_id"): [
        f"if type({{x}}) is str and not {{x}}.startswith('file-'): _f |= {FILE_ID_PREFIX}"
    ],
}
