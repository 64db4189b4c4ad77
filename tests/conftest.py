"""Pytest fixtures. The builders (codes, rows, data folders, the pipeline runner) are tests/helpers.py,
the one fixture builder; they are re-exported here for the tests that import them from conftest."""

from __future__ import annotations

from pathlib import Path

import pytest

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
