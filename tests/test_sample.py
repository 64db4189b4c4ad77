"""The bundled sample, built end to end, against the ground truth its generator wrote.

`data/sample.expect.json` is written by scripts/make_sample.py from the label each row was
generated with (not by running this pipeline). Regenerate both with `make sample`.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.helpers import build_args

ROOT = Path(__file__).resolve().parent.parent
EXPECT = json.loads((ROOT / "data" / "sample.expect.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("sample")
    result = CliRunner().invoke(main, build_args(ROOT / "data" / "sample", work / "site", work / "report",
                                                 state=work / "state", as_of=EXPECT["as_of"]))
    assert result.exit_code == 0, result.output
    return work / "site", work / "report"


def _texts(site: Path) -> dict[str, str]:
    """Every public file as searchable text (XLSX unzipped, Parquet decoded)."""
    out = {}
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if raw[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                raw = b"\n".join(z.read(n) for n in z.namelist())
        elif raw[:4] == b"PAR1":
            raw = json.dumps(pq.read_table(io.BytesIO(raw)).to_pylist(), ensure_ascii=False, default=str).encode()
        out[path.relative_to(site).as_posix()] = raw.decode("utf-8", "replace")
    return out


def test_counts_match_the_ground_truth(built: tuple[Path, Path]) -> None:
    summary = json.loads((built[1] / "summary.json").read_text())
    assert summary["kinds"] == EXPECT["kinds"]


def test_published_records_are_on_pages_and_in_the_datasets(built: tuple[Path, Path]) -> None:
    texts = _texts(built[0])
    pages = "\n".join(t for p, t in texts.items() if p.endswith(".html"))
    data = "\n".join(t for p, t in texts.items() if p.startswith("data/"))
    assert [k for k in EXPECT["present"] if k not in pages] == []
    assert [k for k in EXPECT["present"] if k not in data] == []


def test_withheld_rejected_and_private_values_are_nowhere(built: tuple[Path, Path]) -> None:
    texts = _texts(built[0])
    everything = "\n".join(texts.values())
    assert [k for k in EXPECT["absent"] if k in everything] == []
    assert [k[:2] + "…" for k in EXPECT["sensitive"] if k in everything] == []
    assert [k for k in EXPECT["extra_column_values_absent"] if k in everything] == []


def test_masked_names_are_shown(built: tuple[Path, Path]) -> None:
    everything = "\n".join(_texts(built[0]).values())
    for masked in EXPECT["masked_names"] + EXPECT["masked_operators"] + EXPECT["masked_clerks"]:
        assert masked in everything, masked


def test_entity_pages(built: tuple[Path, Path]) -> None:
    site = built[0]
    assert [c for c in EXPECT["entity_pages"] if not (site / "entity" / c / "index.html").is_file()] == []
    assert [c for c in EXPECT["no_entity_pages"] if (site / "entity" / c).exists()] == []


def test_staff_report_lists_the_planted_red_black_conflicts(built: tuple[Path, Path]) -> None:
    summary = json.loads((built[1] / "summary.json").read_text())
    found = summary["crosscheck"]
    planted = EXPECT["conflicts"]
    assert [c["entity"] for c in found["red_and_black"]] == [c["code"] for c in planted["redlist_and_current_blacklist"]]
    assert [c["entity"] for c in found["grade_a_with_serious_penalty"]] == [
        c["code"] for c in planted["grade_a_with_serious_penalty"]]
    assert [c["entity"] for c in found["honour_with_closed_registry"]] == [
        c["code"] for c in planted["redlist_entity_deregistered"]]
    page = (built[1] / "index.html").read_text()
    assert "张掖市鑫源商贸有限公司" in page and "红黑名单交叉比对" in page


def test_frictionless_validates_the_built_package(built: tuple[Path, Path]) -> None:
    """`frictionless validate data/datapackage.json` as published: VALID for every resource, byte
    counts and hashes included (issue 20; JSON and Parquet are file resources, see test_export)."""
    frictionless = pytest.importorskip("frictionless")
    package = built[0] / "data" / "datapackage.json"
    assert all(r.get("rows", 1) > 0 for r in json.loads(package.read_text())["resources"])
    report = frictionless.validate(str(package))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:5]
    assert len(report.tasks) == len(json.loads(package.read_text())["resources"])
