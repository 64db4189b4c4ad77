"""One data folder walked through a series of as-of dates: publication, repair window, repair,
expiry. At every step each public surface agrees, the removal ledger verifies, and the staff
report lists scheduled removals and late publications (publication-rules.md, issue 5)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.index import normalise
from tests.conftest import AUTHORITY_CODE, party, penalty, write_folder
from tests.helpers import build_args

REPAIRED = "甘州市监罚〔2026〕101号"  # repaired on 2026-08-03
EXPIRING = "甘州市监罚〔2026〕102号"  # 一般: public for one year
LATE = "甘州市监罚〔2026〕103号"  # decided 2026-02-02, first published 2026-03-02: late
TIMELY = "甘州市监罚〔2026〕104号"  # decided 2026-02-27, first published 2026-03-02: within 7 working days
REPAIRED_ENTITY = party(serial=901)["统一社会信用代码"]


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """Build the same data as of each date into the same --out and --state; keep what each step showed."""
    root = tmp_path_factory.mktemp("lifecycle")
    write_folder(root / "data", {
        "penalties": [penalty(REPAIRED, "2026-03-02", serial=901), penalty(EXPIRING, "2026-03-02", serial=902),
                      penalty(LATE, "2026-02-02", serial=903), penalty(TIMELY, "2026-02-27", serial=904)],
        "repairs": [{"信息类别": "行政处罚", "原决定文书号": REPAIRED, "原决定机关统一社会信用代码": AUTHORITY_CODE,
                     "修复方式": "终止公示", "修复决定日期": "2026-08-03", "修复决定机关": "甘州区发展和改革局"}],
    })
    steps: dict[str, dict[str, object]] = {}
    for as_of in ("2026-03-02", "2026-06-02", "2026-08-03", "2027-02-15", "2027-03-02"):
        result = CliRunner().invoke(main, build_args(
            root / "data", root / "site", root / "report", "--site-url", "https://credit.example.org/", "--allow-date",
            state=root / "state", as_of=as_of))  # a story told over later dates, into one site
        assert result.exit_code == 0, result.output
        site, report = root / "site", root / "report"
        steps[as_of] = {
            "surfaces": {key: surfaces(site, key) for key in (REPAIRED, EXPIRING, LATE, TIMELY)},
            "entity_page": (site / "entity" / REPAIRED_ENTITY / "index.html").read_text(encoding="utf-8"),
            "ledger": [json.loads(line) for line in (site / "data" / "removals.jsonl").read_text().splitlines()],
            "changes": json.loads((site / "data" / "changes.json").read_text()),
            "scheduled": list(csv.DictReader(io.StringIO((report / "scheduled.csv").read_text(encoding="utf-8-sig")))),
            "late": list(csv.DictReader(io.StringIO((report / "late.csv").read_text(encoding="utf-8-sig")))),
            "report_page": (report / "index.html").read_text(encoding="utf-8"),
            "sitemap": (site / "sitemap.xml").read_text(encoding="utf-8"),
            "stats": (site / "stats" / "index.html").read_text(encoding="utf-8"),
        }
    return steps


def surfaces(site: Path, needle: str) -> set[str]:
    """Which public surfaces mention a decision number."""
    found = set()
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                raw = b"".join(z.read(n) for n in z.namelist())
        elif path.suffix == ".parquet":
            raw = json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str).encode()
        # The search index keeps decision numbers normalised (brackets and spaces removed).
        forms = {needle, normalise(needle)}
        if not any(f.encode() in raw or json.dumps(f)[1:-1].encode() in raw for f in forms):
            continue
        rel = path.relative_to(site).as_posix()
        found.add(rel.split("/")[0] if "/" in rel else rel)
        if rel.startswith("data/"):
            found.add("data:" + path.suffix.lstrip("."))
    return found


EVERY_SURFACE = {"entity", "lists", "search", "data", "feeds", "index.html",
                 "data:csv", "data:json", "data:jsonl", "data:xlsx", "data:parquet"}


def test_published_on_every_surface_from_the_decision_date(walk) -> None:
    shown = walk["2026-03-02"]["surfaces"]
    assert shown[REPAIRED] >= EVERY_SURFACE - {"index.html"}
    assert shown[EXPIRING] >= EVERY_SURFACE - {"index.html"}


def test_repair_window_opens_after_the_minimum_period(walk) -> None:
    page = walk["2026-06-02"]["entity_page"]
    assert "可申请信用修复：</strong>2026-06-02" in page and "公示截止：</strong>2027-03-02" in page
    assert REPAIRED in page


def test_repaired_record_leaves_every_surface_in_the_same_build(walk) -> None:
    step = walk["2026-08-03"]
    assert step["surfaces"][REPAIRED] == set()
    assert step["surfaces"][EXPIRING] >= EVERY_SURFACE - {"index.html"}
    # The entity had nothing else and is not in the registry: its URL shows a neutral page.
    assert "没有公示期内的公共信用信息" in step["entity_page"] and REPAIRED not in step["entity_page"]
    assert 'content="noindex"' in step["entity_page"]
    assert f"entity/{REPAIRED_ENTITY}/" not in step["sitemap"]
    assert step["changes"]["kinds"]["penalties"]["removed"] == {"repaired": 1}


def test_expired_records_leave_every_surface(walk) -> None:
    assert walk["2027-02-15"]["surfaces"][LATE] == set()  # decided 2026-02-02: stopped 2027-02-02
    assert walk["2027-02-15"]["changes"]["kinds"]["penalties"]["removed"] == {"expired": 1}
    step = walk["2027-03-02"]
    assert step["surfaces"][EXPIRING] == step["surfaces"][TIMELY] == set()
    assert step["changes"]["kinds"]["penalties"]["removed"] == {"expired": 2}


def test_ledger_verifies_each_removal_by_hash_without_republishing_it(walk) -> None:
    ledger = walk["2027-03-02"]["ledger"]

    def digest(key: str) -> str:
        return hashlib.sha256(f"penalties|{key}|{AUTHORITY_CODE}".encode()).hexdigest()

    by_hash = {entry["hash"]: entry for entry in ledger}
    assert by_hash[digest(REPAIRED)]["date"] == "2026-08-03" and by_hash[digest(EXPIRING)]["date"] == "2027-03-02"
    # which record came down and when, never why: a hash anyone can compute beside "repaired" would say which
    # record was repaired (publication-rules.md: "N records removed as repaired", never which; h19s S7)
    assert all(set(e) == {"hash", "kind", "date", "build"} for e in ledger)
    assert walk["2026-03-02"]["ledger"] == []


def _penalty_total(stats_page: str) -> int:
    match = re.search(r"行政处罚</a></th><td[^>]*>(\d+)</td>", stats_page)
    assert match, "the totals table has no 行政处罚 row"
    return int(match.group(1))


def test_statistics_count_only_what_is_public(walk) -> None:
    assert [_penalty_total(walk[d]["stats"]) for d in ("2026-03-02", "2026-08-03", "2027-02-15", "2027-03-02")] == [
        4, 3, 2, 0]


def test_staff_report_lists_scheduled_removals_within_30_days(walk) -> None:
    assert walk["2026-08-03"]["scheduled"] == []  # nothing stops before 2027-02-02
    soon = walk["2027-02-15"]["scheduled"]
    assert [(r["key"], r["stops"]) for r in soon] == [(TIMELY, "2027-02-27"), (EXPIRING, "2027-03-02")]
    assert all(r["authority"] == "张掖市甘州区市场监督管理局" for r in soon)


def test_staff_report_lists_late_publications_per_body(walk) -> None:
    late = walk["2026-03-02"]["late"]
    assert [(r["key"], r["decision_date"], r["first_published"]) for r in late] == [(LATE, "2026-02-02", "2026-03-02")]
    assert late[0]["due"] == "2026-02-11" and late[0]["authority"]
    # Only records a build publishes for the first time: the next build has nothing new to report
    # (the first build's report said so: every record was new then).
    assert walk["2026-06-02"]["late"] == []
    assert "这是首次发布" in walk["2026-03-02"]["report_page"]
    assert "这是首次发布" not in walk["2026-06-02"]["report_page"]


def test_staff_report_page_is_chinese_and_fits_a_phone(walk) -> None:
    page = walk["2026-08-03"]["report_page"]
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "已信用修复 1" in page and "repaired" not in page.split("问题明细")[0]
    assert "(penalties)" not in page and "（penalties）" not in page
    # Errors and the red/black cross-check come before the timeliness lists.
    order = [page.index(h) for h in ("<h2>被拒绝的文件", "<h2>错误", "<h2>红黑名单交叉比对", "<h2>本次新公示")]
    assert order == sorted(order)
    assert not re.search(r"(?<![-\w])width:\s*\d+(px|rem)", page)  # no fixed widths: tables scroll, text wraps
    assert "overflow-x:auto" in page
    # 所属领域 is not in the data: derived from the legal basis (食品安全法) and counted for staff.
    assert "所属领域为空，按处罚机关和处罚依据推断" in page and "食品药品 4" in page


def _build(root: Path, *extra: str) -> object:
    return CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", *extra,
                                               state=root / "state", as_of="2026-06-30"))


def test_kind_emptied_by_refused_files_stops_unless_staff_allow_it(tmp_path: Path) -> None:
    from tests.conftest import license_

    write_folder(tmp_path / "data", {"penalties": [penalty()], "licenses": [license_()]})
    assert _build(tmp_path).exit_code == 0
    before = (tmp_path / "site" / "data" / "licenses.csv").read_bytes()
    # The licence export comes back in a shape the loader refuses (no header it knows).
    (tmp_path / "data" / "licenses" / "licenses.csv").write_text("编号,名称\n1,x\n", encoding="utf-8")
    result = _build(tmp_path, "--skip-damaged-files")
    assert result.exit_code == 1, result.output
    text = re.sub(r"\s+", "", result.output)
    assert "行政许可" in text and "licenses/licenses.csv" in text and "--allow-emptylicenses" in text
    assert (tmp_path / "site" / "data" / "licenses.csv").read_bytes() == before  # site untouched
    assert "本次将没有任何记录公示" in (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    result = _build(tmp_path, "--skip-damaged-files", "--allow-empty", "licenses")
    assert result.exit_code == 0, result.output


def test_kind_folder_emptied_by_staff_does_not_stop(tmp_path: Path) -> None:
    from tests.conftest import license_

    write_folder(tmp_path / "data", {"penalties": [penalty()], "licenses": [license_()]})
    assert _build(tmp_path).exit_code == 0
    (tmp_path / "data" / "licenses" / "licenses.csv").unlink()
    assert _build(tmp_path).exit_code == 0


def test_a_stop_names_every_refused_file(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": [penalty()]})
    for name in ("a.csv", "b.csv"):
        (tmp_path / "data" / "penalties" / name).write_text("编号,名称\n1,x\n", encoding="utf-8")
    result = _build(tmp_path)
    assert result.exit_code == 1
    text = re.sub(r"\s+", "", result.output)
    assert "共2个文件被拒绝" in text and "penalties/a.csv" in text and "penalties/b.csv" in text


def test_a_first_build_whose_every_row_is_rejected_stops(tmp_path: Path) -> None:
    """interfaces.md: exit 0 means the site was published. A first build that read rows and rejected every one would
    publish an empty site with exit 0 (an outsider's thirteenth-session case): it stops, naming what to do."""
    bad = penalty(处罚决定日期="不详", 行政处罚决定书文号="")
    write_folder(tmp_path / "data", {"penalties": [bad, dict(bad, 行政相对人名称="甘州区某某商贸有限公司")]})
    result = _build(tmp_path)
    assert result.exit_code == 1, result.output
    text = re.sub(r"\s+", "", result.output)
    assert "全部被拒绝" in text and "--allow-emptypenalties" in text
    assert not (tmp_path / "site").exists()
    assert _build(tmp_path, "--allow-empty", "penalties").exit_code == 0


def test_an_empty_data_folder_still_builds_the_empty_site(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    assert _build(tmp_path).exit_code == 0
