"""Issue 16: the hostile corpus (tests/hostile/corpus.py) builds with exit 0, nothing planted in any
output byte (decompressed, unescaped, normalised; the public site and the staff report), every public
token intact, and the report codes that tell staff what happened.

All cases go into one data folder and one build (many cases per build, not one build per case).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict

import pytest

from generator.detect import TRADITIONAL
from generator.scan import decoded_text
from tests.helpers import AS_OF, write_csv, write_xlsx
from tests.hostile.corpus import Case, cases

CASES = cases()
_SEPARATORS = " \t\r\n\u3000.-_/·・•‧()（）:：\u00a0"
_NUMERALS = dict(zip("〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖", "00123456789123456789"))


def _flat(text: str) -> str:
    """The text as the checks read it: NFKC, format characters dropped, lower case, traditional read
    as simplified, Chinese numerals as digits, and every separator dropped (so that a value written
    with spaces, dots, dashes, line breaks or zero-width characters reads as itself). Done with one
    `str.translate` over the distinct characters, so a whole site is read in seconds."""
    table: dict[int, str] = {}
    for ch in set(text):
        if ch in _SEPARATORS:
            table[ord(ch)] = ""
            continue
        out = _NUMERALS.get(ch) or TRADITIONAL.get(ch) or unicodedata.normalize("NFKC", ch)
        if ch > "\x7f" and unicodedata.category(ch) == "Cf":
            out = ""
        out = "".join("" if c in _SEPARATORS else c for c in out.lower())
        if len(out) == 1 and not out.isascii() and unicodedata.decimal(out, None) is not None:
            out = str(unicodedata.decimal(out))
        if out != ch:
            table[ord(ch)] = out
    return text.translate(table)


def _planted_in(flat: str, runs: set[str], planted: str) -> bool:
    """Whether planted is in the flat text: a number or an id as a whole run of letters and digits
    (not as part of a longer one: runs holds every such run of the text), anything else anywhere."""
    value = _flat(planted)
    if value.isascii() and value.isalnum():
        return value in runs
    return value in flat


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from generator.build import BuildOptions, build_site

    root = tmp_path_factory.mktemp("hostile")
    rows: dict[str, list[dict[str, object]]] = defaultdict(list)
    where: list[list[tuple[str, int]]] = []
    for case in CASES:
        at = []
        for kind, kind_rows in case.rows.items():
            for row in kind_rows:
                # A row with a number value (an Excel number cell) goes to the kind's XLSX file.
                name = f"{kind}/hostile.xlsx" if any(not isinstance(v, str) for v in row.values()) else f"{kind}/hostile.csv"
                rows[name].append(row)
                at.append((name, len(rows[name]) + 1))
        where.append(at)
    for name, file_rows in rows.items():
        (write_xlsx if name.endswith(".xlsx") else write_csv)(root / "data" / name, file_rows)
    result = build_site(BuildOptions(root / "data", root / "site", root / "report", AS_OF, state_dir=root / "state"))
    files = sorted(p for p in (root / "site").rglob("*") if p.is_file())
    # Paths too: a personal ID must never be a page address (entity/<ID>/).
    site = "\n".join([*(p.relative_to(root).as_posix() for p in files), *(decoded_text(p.read_bytes()) for p in files)])
    # timings.json and gate.json hold only what the build measured of itself (seconds per stage, pieces per file):
    # a stage's 0.046 s flattens to the run 0046, which a case's planted four-digit tail can be (flaky on a slow machine).
    measured = {"timings.json", "gate.json"}
    report = "\n".join(decoded_text(p.read_bytes()) for p in sorted((root / "report").rglob("*"))
                       if p.is_file() and p.name not in measured)
    issues = [json.loads(line) for line in (root / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    flat_site, flat_report = _flat(site), _flat(report)
    return {"result": result, "site": site, "flat_site": flat_site, "flat_report": flat_report,
            "runs_site": set(re.findall(r"[0-9a-z]+", flat_site)), "runs_report": set(re.findall(r"[0-9a-z]+", flat_report)),
            "codes": {(i["file"], i["row"], i["code"]) for i in issues}, "where": where}


def test_the_corpus_covers_every_class_of_issue_16_with_300_cases_or_more() -> None:
    counts: dict[str, int] = defaultdict(int)
    for case in CASES:
        counts[case.cls] += 1
    assert len(CASES) >= 300
    assert set(counts) == {"identifier", "written", "uncovered", "names", "codes", "minors", "overscrub", "staff"}
    assert all(n >= 8 for n in counts.values()), counts


def test_the_corpus_builds_and_passes_the_gate(built: dict[str, object]) -> None:
    result = built["result"]
    assert result.summary.get("aborted") is None  # type: ignore[attr-defined]


def _label(case: Case) -> str:
    return f"{case.cls}: {case.title}"


@pytest.mark.parametrize("index", range(len(CASES)), ids=[f"{i}-{c.cls}" for i, c in enumerate(CASES)])
def test_nothing_planted_is_published_or_quoted_to_staff(built: dict[str, object], index: int) -> None:
    case = CASES[index]
    for planted in case.planted:
        assert not _planted_in(built["flat_site"], built["runs_site"], planted), _label(case)  # type: ignore[arg-type]
        assert not _planted_in(built["flat_report"], built["runs_report"], planted), _label(case)  # type: ignore[arg-type]


def test_every_public_token_is_intact(built: dict[str, object]) -> None:
    tokens = {t for case in CASES for t in case.public}
    missing = sorted(t for t in tokens if t not in built["site"])  # type: ignore[operator]
    assert missing == []


def test_staff_are_told_what_was_withheld_row_by_row(built: dict[str, object]) -> None:
    codes = built["codes"]
    missing = []
    for case, at in zip(CASES, built["where"]):  # type: ignore[call-overload]
        for code in case.codes:
            if not any((file, row, code) in codes for file, row in at):  # type: ignore[operator]
                missing.append((_label(case), code, at))
    assert missing == []
