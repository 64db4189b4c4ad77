"""Pytest fixtures. The builders (codes, rows, data folders, the pipeline runner) are tests/helpers.py,
the one fixture builder; they are re-exported here for the tests that import them from conftest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from generator.tuning import Tuning, tuned
from tests.helpers import (  # noqa: F401 (re-exported)
    AUTHORITY,
    AUTHORITY_CODE,
    Run,
    license_,
    listing,
    make_ric,
    make_uscc,
    party,
    penalty,
    run_pipeline,
    write_csv,
    write_folder,
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def tune() -> Iterator[Callable[..., Tuning]]:
    """Size thresholds (generator/tuning.py) for the rest of the test: `tune(scan_piece=700)` reaches, on
    a small sample, the path a large site takes; each call adds to the ones before."""
    with ExitStack() as stack:
        yield lambda **changes: stack.enter_context(tuned(**changes))
