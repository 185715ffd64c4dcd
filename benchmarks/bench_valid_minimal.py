"""How long does checking a valid minimal body take, against parsing its text?"""

from __future__ import annotations

from _common import Row, main, valid_body_rows


def rows() -> list[Row]:
    return valid_body_rows("minimal")


if __name__ == "__main__":
    main(rows)
