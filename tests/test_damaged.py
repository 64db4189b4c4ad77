"""The corpus of damaged inputs (tests/damaged/, issue 3): every case builds with its documented outcome.

Each case folder holds a data folder and expect.json (see tests/damaged/make_corpus.py, which
regenerates them). For every case the command line is run as staff run it, and the test checks
the exit status, the message, the problems in issues.jsonl (file/row/column), the counts of
summary.json, that every row is accounted for, that no never-public ID number reaches the
report or the console, and, for an aborted build, that the previous site is byte-for-byte intact.

Speed: mkdocs renders the theme's shells once per process and code version (`generator.render`
keeps them for the next build); everything data-dependent runs for real in every build.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.problems import CODES
from generator.schema import KINDS, header_map, normalize_header
from tests.helpers import build_args

CORPUS = Path(__file__).resolve().parent / "damaged"
README = Path(__file__).resolve().parent.parent / "README.md"
AS_OF = "2026-11-27"
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "expect.json").is_file())
PRIVATE_FIELDS = ("证件号码", "法定代表人证件号码")


def _expect(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / name / "expect.json").read_text(encoding="utf-8"))


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _copy_site(baseline: Path, work: Path) -> None:
    """A copy of the baseline site (its link and version folders) with its state, bound to the copy.

    A state records the one site it belongs to (issue 23): the copy's state is re-bound to the copy,
    as staff would do by building with the copied site and state in place of the old ones.
    """
    work.mkdir(parents=True, exist_ok=True)
    for name in ("site", ".site.builds", "state"):
        if (baseline / name).is_symlink():
            (work / name).symlink_to(os.readlink(baseline / name))
        else:
            shutil.copytree(baseline / name, work / name, symlinks=True)
    recorded = work / "state" / "site.json"
    site = json.loads(recorded.read_text(encoding="utf-8"))
    site["out_dir"] = os.path.abspath(work / "site")
    recorded.write_text(json.dumps(site, ensure_ascii=False), encoding="utf-8")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _build(data: Path, work: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, build_args(data, work / "site", work / "report", *args, state=work / "state",
                                                 as_of=AS_OF))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny valid site (with its state), built once; aborted cases start from a copy of it."""
    from tests.conftest import penalty, write_folder

    work = tmp_path_factory.mktemp("baseline")
    data = write_folder(work / "data", {"penalties": [penalty()]})
    code, output = _build(data, work)
    assert code == 0, output
    return work


# -- reading the case's own files, to know which never-public values must not be quoted ----------


def _private_columns(header: list[Any]) -> list[int]:
    mapping: dict[str, str] = {}
    for kind in KINDS.values():
        mapping.update(header_map(kind))
    names = [mapping.get(normalize_header(h)) or mapping.get(normalize_header(h).upper()) for h in header]
    return [i for i, n in enumerate(names) if n in PRIVATE_FIELDS]


def _table(path: Path) -> list[list[Any]]:
    """The file's rows, read as leniently as possible; [] when it cannot be read at all."""
    try:
        if path.suffix == ".csv":
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "gb18030", "latin-1"):
                try:
                    return list(csv.reader(io.StringIO(raw.decode(encoding), newline="")))
                except UnicodeDecodeError:
                    continue
        if path.suffix == ".xlsx":
            from openpyxl import load_workbook

            sheet = load_workbook(path, read_only=True).worksheets[0]
            return [list(r) for r in sheet.iter_rows(values_only=True)]
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            return [table.column_names, *[list(r) for r in zip(*(c.to_pylist() for c in table.columns))]]
    except Exception:  # noqa: BLE001 - a damaged file: nothing readable in it
        return []
    return []


def _private_values(data: Path) -> set[str]:
    values: set[str] = set()
    for path in sorted(data.rglob("*")):
        rows = _table(path) if path.is_file() else []
        if not rows:
            continue
        columns = _private_columns(rows[0])
        for row in rows[1:]:
            values |= {str(row[i]).strip() for i in columns if i < len(row) and row[i] and str(row[i]).strip()}
    return values


# -- the cases -------------------------------------------------------------------------------------


def _key(issue: dict[str, Any]) -> tuple[str, str, int | None, str | None]:
    return issue["code"], issue["file"], issue["row"], issue["column"]


def _params() -> list[Any]:
    """Cases; one whose expect.json names a known generator bug (`xfail`) is a strict xfail."""
    params = []
    for name in CASES:
        reason = _expect(name).get("xfail")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.mark.parametrize("name", _params())
def test_case(name: str, tmp_path: Path, baseline: Path) -> None:
    spec = _expect(name)
    data = CORPUS / name / "data"
    work = tmp_path / "work"
    if spec["exit"] == 1:  # an aborted build must leave a previous site as it was
        _copy_site(baseline, work)
        before = _tree(work / "site")

    code, output = _build(data, work, *spec["args"])

    assert code == spec["exit"], output
    assert _squash(spec["message"]) in _squash(output), output
    report = work / "report"
    issues = [json.loads(line) for line in (report / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    expected = Counter(_key(i) for i in spec["codes"])
    actual = Counter(_key(i) for i in issues)
    assert actual == expected, f"missing: {list((expected - actual).elements())}; " \
                               f"unexpected: {list((actual - expected).elements())}"
    for fragment in spec.get("issue_messages", []):
        assert any(fragment in i["message"] for i in issues), fragment
    for i in issues:
        assert i["code"] in CODES and i["severity"] in ("error", "warning") and i["kind"] in KINDS, i
        assert i["file"] in i["message"], i  # the message says where

    summary = json.loads((report / "summary.json").read_text(encoding="utf-8"))
    for kind, c in summary["kinds"].items():
        if KINDS[kind].control:
            assert c["read"] == c["rejected"] + c["applied"] + c["pending"] + c["unmatched"], (kind, c)
        else:
            assert c["read"] == c["published"] + c["rejected"] + sum(c["withheld"].values()), (kind, c)
    for kind, c in spec["counts"].items():
        assert summary["kinds"][kind] == c, kind

    private = _private_values(data)
    for i in issues:
        assert not [v for v in private if v in i["message"]], i
    assert not [v for v in private if v in output], "a never-public value was printed"

    if spec["exit"] == 1:
        assert _tree(work / "site") == before
        assert not [p for p in work.iterdir() if ".building-" in p.name], "a staging folder was left behind"
        return
    site = work / "site"
    assert (site / "index.html").is_file()
    for kind, wanted in spec.get("published", {}).items():
        lines = (site / "data" / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
        for fields in wanted:
            assert any(fields.items() <= r.items() for r in records), (kind, fields)
    text = _site_text(site)
    for needle in [*spec.get("absent", []), *private]:
        assert needle not in text, needle


def _site_text(site: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in sorted(site.rglob("*"))
                     if p.is_file() and p.suffix in (".html", ".json", ".jsonl", ".csv", ".xml", ".js", ".txt"))


# -- the corpus itself -----------------------------------------------------------------------------


# Codes raised by real exports' shapes, whose cases live with them (tests/exports, tests/test_load.py) or
# beside the rules they belong to, not in this corpus: each is asserted by name in another test file.
CASES_ELSEWHERE = frozenset({
    "code-scientific", "column-amount-unit-unknown", "control-by-party", "control-date-assumed",
    "control-missing-column", "control-value-missing", "key-composed", "period-counted", "period-unread",
    "row-other-list", "file-date-1904", "uscc-respelled"})


def test_corpus_covers_every_problem_code() -> None:
    covered = {i["code"] for name in CASES for i in _expect(name)["codes"]}
    assert sorted(set(CODES) - covered - CASES_ELSEWHERE) == []
    tests = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py")
                      if p.name != Path(__file__).name)
    assert sorted(c for c in CASES_ELSEWHERE if f'"{c}"' not in tests) == []


def test_corpus_holds_never_public_values_to_look_for() -> None:
    assert sum(len(_private_values(CORPUS / name / "data")) for name in CASES) >= 5


def test_corpus_is_what_make_corpus_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names = module.build(tmp_path)
    assert sorted(names) == CASES
    committed = {f"{n}/{k}": v for n in CASES for k, v in _tree(CORPUS / n).items()}
    assert {f"{n}/{k}": v for n in names for k, v in _tree(tmp_path / n).items()} == committed, \
        "tests/damaged is stale: run .venv/bin/python tests/damaged/make_corpus.py"


def test_readme_lists_every_code() -> None:
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^#+\s*When the build complains\s*$(.*?)(?=^#+\s)", text, re.M | re.S | re.I)
    assert section, "README has no 'When the build complains' section"
    listed = set(re.findall(r"^\|\s*`([a-z0-9-]+)`\s*\|", section.group(1), re.M))
    assert sorted(set(CODES) - listed) == []
