"""Losses of a migration: what a thread body holds that the Conversations and Responses APIs have
no place for (``thread-validator migrate``, :func:`thread_validator.migrate.to_conversation`).

Declared here, with the other rules, so that the catalogue, ``--explain`` and the README's table
know them; the converter reports them (``migrate/_convert.py``), so they have no check of their
own. Each is a warning: a loss does not make the thread body invalid.
"""

from __future__ import annotations

from ._rules import declare

declare(
    "M601",
    "message-metadata-dropped",
    "warning",
    summary="A message's metadata has no place in a conversation item.",
    explanation=(
        "Conversation items carry no metadata; only the conversation itself has metadata. The"
        " message's keys are not carried over; keep them elsewhere if they matter."
    ),
    bad='{"messages": [{"role": "user", "content": "hi", "metadata": {"source": "import"}}]}',
    good='{"messages": [{"role": "user", "content": "hi"}], "metadata": {"source": "import"}}',
    codes=("message_metadata_dropped",),
)

declare(
    "M602",
    "assistant-image-dropped",
    "warning",
    summary="An assistant message's image has no equivalent in a conversation.",
    explanation=(
        "An assistant item's content is a string (an output_text part needs the id and status"
        " the API assigned, and the server refuses assistant input parts), so image parts of "
        "an assistant message are dropped; an assistant message with only images becomes no "
        "item."
    ),
    bad='{"messages": [{"role": "assistant", "content": [{"type": "image_file", "image_file": {"file_id": "file-abc123"}}]}]}',
    good='{"messages": [{"role": "assistant", "content": "Here is the chart."}]}',
    codes=("assistant_image_dropped", "assistant_message_dropped"),
)

declare(
    "M603",
    "assistant-parts-joined",
    "warning",
    summary="An assistant message's text parts become one string.",
    explanation=(
        "Each text part keeps its text exactly; the parts are joined with a blank line, so "
        "where one part ended and the next began is no longer marked."
    ),
    bad='{"messages": [{"role": "assistant", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}]}',
    good='{"messages": [{"role": "assistant", "content": [{"type": "text", "text": "a b"}]}]}',
    codes=("assistant_parts_joined",),
)

declare(
    "M604",
    "v1-file-tool-assumed",
    "warning",
    summary="A v1 message file is given to file_search, since v1 does not say which tool read it.",
    explanation=(
        "A v1 message's file_ids reached whichever tools the assistant had. The migration "
        "gives them to file_search (v1's retrieval); move a file to the code_interpreter "
        "container if the assistant ran code on it."
    ),
    bad='{"messages": [{"role": "user", "content": "Summarise", "file_ids": ["file-abc123"]}]}',
    good='{"messages": [{"role": "user", "content": "Summarise"}]}',
    codes=("v1_file_tool_assumed",),
    api_version="v1",
)

declare(
    "M605",
    "container-files-above-limit",
    "warning",
    summary="More files than a code_interpreter container takes (50).",
    explanation=(
        "The Responses code_interpreter tool's automatic container takes at most 50 file_ids;"
        " the thread's code_interpreter files come first, then its attachments'. The files "
        "past 50 are left out."
    ),
    bad="a thread whose code_interpreter files and attachments name 51 files",
    good="at most 50 files for code_interpreter",
    codes=("container_files_above_limit",),
)

declare(
    "M606",
    "attachment-to-vector-store",
    "warning",
    summary=(
        "An assistant message's file-search attachment goes to a vector store, not an input_file."
    ),
    explanation=(
        "With --attachments input_file, user messages carry their files as input_file parts; "
        "an assistant item cannot (its content is a string), so its files join the "
        "attachments vector store given to file_search."
    ),
    bad='{"messages": [{"role": "assistant", "content": "See file", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}]}',
    good='{"messages": [{"role": "user", "content": "See file", "attachments": [{"file_id": "file-abc123", "tools": [{"type": "file_search"}]}]}]}',
    codes=("attachment_to_vector_store",),
)
