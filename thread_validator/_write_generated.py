"""Write ``_generated.py``, the compiled checks of the bundled schemas (``_fast.module_source``).

Run ``python -m thread_validator._write_generated`` after changing the schemas or ``_fast``;
``tests/test_generated.py`` fails until then. Not imported by the package.
"""

from __future__ import annotations

import pathlib

from ._fast import GENERATED, module_source


def main() -> None:
    target = pathlib.Path(__file__).with_name(GENERATED)
    target.write_text(module_source(), "utf-8")
    print(f"wrote {target}")  # noqa: T201 - a command says what it wrote


if __name__ == "__main__":
    main()
