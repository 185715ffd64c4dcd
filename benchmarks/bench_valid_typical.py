"""How long does checking a valid typical body take, against parsing its text?"""

from __future__ import annotations

from _common import Row, main, valid_body_rows


def rows() -> list[Row]:
    return valid_body_rows("typical")


if __name__ == "__main__":
    main(rows)
