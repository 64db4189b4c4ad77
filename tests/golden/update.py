"""Rebuild the golden sample and rewrite `tests/golden/expected/` (see tests/golden/__init__.py).

Run from the repository: `python -m tests.golden.update` (or `make golden`); then review
`git diff --stat tests/golden/expected` and commit it with the change that moved it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.golden import EXPECTED, build_golden, write_expected


def main() -> None:
    """Build the golden sample in a temporary folder and write it over `expected/`."""
    with tempfile.TemporaryDirectory(prefix="golden-") as work:
        files = build_golden(Path(work))
    changed, added, removed = write_expected(files)
    print(f"{EXPECTED}: {len(files)} files; {changed} changed, {added} added, {removed} removed")


if __name__ == "__main__":
    main()
