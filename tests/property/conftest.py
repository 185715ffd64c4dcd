"""Hypothesis profiles for the property tests.

``ci`` (the default) is fast and deterministic: the same examples on every run, no example
database, no deadline (a shared 2-core runner has noisy timings). ``deep`` is for a deliberate
long run: ``HYPOTHESIS_PROFILE=deep python -m pytest tests/property``. Each property scales its
own count from the profile's ``max_examples`` (see ``_property_support.examples``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Bodies at the metadata limits are large by design; that is what the strategies are for.
_LARGE = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=_LARGE,
    print_blob=True,
)
settings.register_profile(
    "deep",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=_LARGE,
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
