"""Validate request bodies for OpenAI's Create-thread endpoint before they are sent.

>>> from thread_validator import validate
>>> [p.param for p in validate({"messages": [{"role": "system", "content": "hi"}]})]
['messages[0].role']
"""

from ._problem import InvalidBody, Problem, Severity
from ._schema import Kind
from ._validator import Validator, check, is_valid, validate

__all__ = [
    "InvalidBody",
    "Kind",
    "Problem",
    "Severity",
    "Validator",
    "check",
    "is_valid",
    "validate",
]
__version__ = "0.1.0"
