"""Validate request bodies for OpenAI's Create-thread endpoint before they are sent.

>>> from thread_validator import validate
>>> [p.param for p in validate({"messages": [{"role": "system", "content": "hi"}]})]
['messages[0].role']
"""

from ._api_errors import api_error, api_errors
from ._problem import InvalidBody, Problem, Severity
from ._schema import ApiVersion, Kind
from ._validator import Validator, check, is_valid, validate

__all__ = [
    "ApiVersion",
    "InvalidBody",
    "Kind",
    "Problem",
    "Severity",
    "Validator",
    "api_error",
    "api_errors",
    "check",
    "is_valid",
    "validate",
]
__version__ = "0.1.0"
