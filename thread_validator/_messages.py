"""The API's wording, one template per kind of message, shared by every check that says it.

Each template has a place for the location, ``{where}`` (the quoted param, ``'messages[0].role'``,
or "the request body"), and named places for the values, which the check fills with excerpts
(never a whole value: see ``_display``). A schema keyword and a server rule that report the same
thing (``maxItems`` and O301, ``maxLength`` and O302) say it with the same template, so they cannot
drift apart. Templates quoted from recorded API errors are marked; the others follow their pattern.
"""

from __future__ import annotations

# Recorded: "Invalid type for 'metadata.key': expected a string, but got an integer instead."
INVALID_TYPE = "Invalid type for {where}: expected {expected}, but got {got} instead.{hint}"
# Recorded: "Invalid value: 'human'. Supported values are: 'user' and 'assistant'."
INVALID_VALUE = "Invalid value for {where}: {shown}. Supported values are: {choices}.{hint}"
# Recorded (openai/openai-python#1483): "Invalid '...image_url.url'. Expected a valid URL, but got
# a value with an invalid format."
INVALID_URL = (
    "Invalid {where}. Expected a valid URL, but got a value with an invalid format{detail}.{hint}"
)
# Recorded (openai/codex#6934): "Missing required parameter: 'input[18].id'."
MISSING_PARAMETER = "Missing required parameter: {where}.{hint}"
# Recorded (openai/openai-python#1983): "Unknown parameter: 'tool_resources.file_search.file_ids'."
UNKNOWN_PARAMETER = "Unknown parameter: {where}.{hint}"
EMPTY_ARRAY = (
    "Invalid {where}: empty array. Expected an array with minimum length {minimum}, but got an "
    "empty array instead."
)
ARRAY_TOO_SHORT = (
    "Invalid {where}: array too short. Expected an array with minimum length {minimum}, but got "
    "an array with length {size} instead."
)
# Recorded for `tools` (128).
ARRAY_TOO_LONG = (
    "Invalid {where}: array too long. Expected an array with maximum length {maximum}, but got an "
    "array with length {size} instead."
)
EMPTY_STRING = (
    "Invalid {where}: empty string. Expected a string with minimum length {minimum}, but got an "
    "empty string instead."
)
STRING_TOO_SHORT = (
    "Invalid {where}: string too short. Expected a string with minimum length {minimum}, but got "
    "a string with length {size} instead."
)
# Recorded: "Invalid 'content': string too long. Expected a string with maximum length 256000, but
# got a string with length 1620133 instead." (``size`` is written as the check formats it.)
STRING_TOO_LONG = (
    "Invalid {where}: string too long. Expected a string with maximum length {maximum}, but got a "
    "string with length {size} instead."
)
# Recorded (Azure OpenAI, 24 keys).
TOO_MANY_PROPERTIES = (
    "Invalid {where}: too many properties. Expected an object with at most {maximum} {noun}, but "
    "got an object with {size} {size_noun} instead."
)
PROPERTY_NAME_TOO_LONG = (
    "Invalid property name in {where}: {shown} is too long. Expected a string with maximum length "
    "{maximum}, but got a string with length {size} instead."
)
BELOW_MINIMUM = (
    "Invalid {where}: {noun} below minimum value. Expected a value >= {minimum}, but got {shown} "
    "instead."
)
ABOVE_MAXIMUM = (
    "Invalid {where}: {noun} above maximum value. Expected a value <= {maximum}, but got {shown} "
    "instead."
)
# Recorded (openai/openai-node#1545): "Invalid 'thread_id': 'undefined'. Expected an ID that
# begins with 'thread'."
ID_PREFIX = "Invalid {where}: {shown}. Expected an ID that begins with {prefixes}."
NO_MATCH = "Invalid {where}: {shown} does not match the pattern {pattern}."
NO_SINGLE_FORM = "Invalid {where}: it matches none or several of the allowed forms."
CHUNK_OVERLAP_ABOVE_HALF = (
    "Invalid {where}: chunk_overlap_tokens {overlap} is more than half of max_chunk_size_tokens "
    "{size}. The overlap must not exceed half of the chunk size: at most {largest} here."
)
NEITHER_OF = (
    "Missing required parameter: {where} needs exactly one of {alternatives}, and it has neither."
)
BOTH_OF = "Invalid {where}: it has both {given}. Give exactly one of {alternatives}, not both."
# A key that is not a string (from the Python API: JSON keys are always strings).
KEY_NOT_A_STRING = (
    "Invalid property name in {where}: expected a string, but got {got} ({shown}); {consequence}."
)
