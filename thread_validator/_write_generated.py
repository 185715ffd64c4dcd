"""Write ``_generated.py``, the compiled checks of the bundled schemas (``_fast.module_source``),
``_generated_plain.py``, the command line's plain scanner (``_fast.plain_source``), and
``_generated_walk.py``, the full diagnostics' walk written out (``_walk_writer.walk_source``).

Run ``python -m thread_validator._write_generated`` after changing the schemas or ``_fast``;
``tests/test_generated.py`` fails until then. Not imported by the package.
"""

from __future__ import annotations

import pathlib

from ._fast import GENERATED, GENERATED_PLAIN, module_source, plain_source
from ._walk_writer import GENERATED_WALK, walk_source


def main() -> None:
    for name, text in (
        (GENERATED, module_source()),
        (GENERATED_PLAIN, plain_source()),
        (GENERATED_WALK, walk_source()),
    ):
        target = pathlib.Path(__file__).with_name(name)
        target.write_text(text, "utf-8")
        print(f"wrote {target}")  # noqa: T201 - a command says what it wrote


if __name__ == "__main__":
    main()
