"""Statistics: exact counts of published records only, well-formed accessible SVG, escaped HTML."""

from __future__ import annotations

import html.parser
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.stats import compute_statistics, render_statistics
from tests.conftest import Run, listing, make_ric, party, penalty, run_pipeline, write_csv, write_folder

AS_OF = "2026-06-30"
SVG = "{http://www.w3.org/2000/svg}"
SCRIPT_BODY = "<script>alert(1)</script>执法局"
# Names that belong only to withheld records: they must appear nowhere.
WITHHELD_NAMES = ("高台县市场监督管理局", "临泽县应急管理局", "山丹县消防救援大队", "诚信示范企业", "民乐县税务局")


def _evaluation(serial: int, scheme: str, grade: str, no: str, date: str, until: str) -> dict[str, str]:
    return {**party(serial=serial), "评价类型": scheme, "评价结果": grade, "评价编号": no, "评价日期": date,
            "有效期至": until, "评价单位": "民乐县税务局" if no == "E4" else "甘州区市场监督管理局"}


@pytest.fixture
def run(data_dir: Path) -> Run:
    person = {"category": "自然人", "name": "张三丰", "证件类型": "身份证", "证件号码": make_ric("19800101")}
    write_folder(data_dir, {
        "penalties": [
            penalty("P1", "2026-03-05", serial=101),
            penalty("P2", "2026-04-10", serial=102, 处罚机关=SCRIPT_BODY, 处罚类别="吊销许可证件"),
            penalty("P3", "2026-04-20", **person),
            penalty("P4", "2025-01-10", serial=104, 处罚机关="高台县市场监督管理局"),  # expired
            penalty("P5", "2026-05-01", serial=105, 处罚机关="临泽县应急管理局", 处罚类别="警告"),  # 轻微
            penalty("P6", "2026-05-15", serial=106, 处罚机关="山丹县消防救援大队"),  # repaired
        ],
        "redlist": [listing("redlist", "R1", "2025-01-01", serial=201),
                    listing("redlist", "R2", "2024-01-01", serial=202, 名单名称="诚信示范企业", 有效期至="2026-01-01")],
        "blacklist": [listing("blacklist", "B1", "2026-02-01", serial=301)],
        "evaluations": [
            _evaluation(7, "企业信用风险分类", "B", "E1", "2025-01-01", "2027-01-01"),  # history
            _evaluation(7, "企业信用风险分类", "A", "E2", "2026-01-01", "2027-01-01"),
            _evaluation(8, "企业信用风险分类", "C", "E3", "2026-02-01", "2027-01-01"),
            _evaluation(9, "企业信用风险分类", "D", "E4", "2025-01-01", "2026-01-01"),  # expired
            _evaluation(7, "纳税信用", "M", "E5", "2026-04-01", "2027-03-31"),
        ],
    })
    write_csv(data_dir / "repairs" / "r.csv", [
        {"信息类别": "行政处罚", "原决定文书号": "P6", "修复方式": "终止公示", "修复决定日期": "2026-06-01",
         "修复决定机关": "甘州区发展和改革局"}])
    result = run_pipeline(data_dir, AS_OF)
    statuses = {k: result.status("penalties", k) for k in ("P1", "P2", "P3", "P4", "P5", "P6")}
    assert statuses == {"P1": "published", "P2": "published", "P3": "published", "P4": "expired",
                        "P5": "not-published", "P6": "repaired"}
    assert result.status("redlist", "R2") == "expired" and result.status("evaluations", "E4") == "expired"
    return result


def test_counts_only_published_records(run: Run) -> None:
    stats = compute_statistics(run.decided, AS_OF)
    assert stats["as_of"] == AS_OF
    assert stats["totals"] == {"licenses": 0, "penalties": 3, "actions": 0, "redlist": 1, "blacklist": 1,
                               "commitments": 0, "evaluations": 4, "complaints": 0, "voluntary": 0}
    assert stats["penalties_by_body"] == {"张掖市甘州区市场监督管理局": 2, SCRIPT_BODY: 1}
    assert list(stats["penalties_by_body"]) == ["张掖市甘州区市场监督管理局", SCRIPT_BODY]  # most first
    assert stats["penalties_by_tier"] == {"轻微": 0, "一般": 2, "严重": 1}
    assert stats["grades"] == {"企业信用风险分类": {"A": 1, "C": 1}, "纳税信用": {"M": 1}}  # current grades only
    assert stats["lists"] == {"redlist": {"A级纳税人": 1}, "blacklist": {"拖欠农民工工资失信联合惩戒对象名单": 1}}


def test_records_per_month_cover_the_last_24_months(run: Run) -> None:
    stats = compute_statistics(run.decided, AS_OF)
    months = stats["months"]
    assert (len(months), months[0], months[-1]) == (24, "2024-07", "2026-06")
    per_month = {k: {m: n for m, n in zip(months, v) if n} for k, v in stats["per_month"].items()}
    assert per_month["penalties"] == {"2026-03": 1, "2026-04": 2}  # P4 (2025-01), P5, P6 are withheld
    assert per_month["redlist"] == {"2025-01": 1}
    assert per_month["blacklist"] == {"2026-02": 1}
    assert per_month["evaluations"] == {"2025-01": 1, "2026-01": 1, "2026-02": 1, "2026-04": 1}
    assert all(len(v) == 24 for v in stats["per_month"].values())


def test_a_withheld_record_changes_no_number(run: Run) -> None:
    stats = compute_statistics(run.decided, AS_OF)
    for kind, frame in run.decided.frames.items():  # drop every withheld row: nothing may change
        run.decided.frames[kind] = frame[frame["_status"] == "published"]
    assert compute_statistics(run.decided, AS_OF) == stats


def test_charts_are_well_formed_accessible_svg(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "site" / "stats"
    body = render_statistics(compute_statistics(run.decided, AS_OF), out, "../")
    files = sorted(p.name for p in out.iterdir())
    assert files == ["grades-1.svg", "grades-2.svg", "lists.svg", "monthly.svg", "penalties-by-body.svg",
                     "penalties-by-tier.svg"]
    for name in files:
        raw = (out / name).read_bytes()
        assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
        root = ET.fromstring(raw)
        assert root.tag == f"{SVG}svg" and root.get("role") == "img"
        title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert list(root)[:2] == [title, desc]  # the accessible name comes first
        assert "script" not in {el.tag.split("}")[-1] for el in root.iter()}
        assert "<script" not in raw.decode() and "@import" not in raw.decode() and "http" not in raw.decode()[60:]
        assert 'fill="currentColor"' in raw.decode()
        assert f'href="../stats/{name}"' in body  # downloadable
    body_desc = ET.fromstring((out / "penalties-by-body.svg").read_bytes()).find(f"{SVG}desc")
    assert body_desc is not None and "张掖市甘州区市场监督管理局 2 条" in (body_desc.text or "")


def test_html_escapes_data_and_pairs_every_chart_with_a_table(run: Run, tmp_path: Path) -> None:
    body = render_statistics(compute_statistics(run.decided, AS_OF), tmp_path / "stats", "../")
    assert "<script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;执法局" in body
    for name in WITHHELD_NAMES:
        assert name not in body
        for svg in (tmp_path / "stats").iterdir():
            assert name not in svg.read_text(encoding="utf-8")
    wraps = body.count('<div class="cs-table-wrap" tabindex="0" role="region" aria-label="表格 ')
    assert body.count("<svg ") == wraps - 1  # + the totals table
    assert body.count('<table class="cs-table">') == wraps
    assert all(f'aria-label="表格 {n}（可左右滚动）"' in body for n in range(1, wraps + 1))  # numbered on the page
    for heading in ('<h2 id="totals">', '<h2 id="monthly">', '<h2 id="penalties-by-body">',
                    '<h2 id="penalties-by-tier">', '<h2 id="grades">', '<h2 id="lists">'):
        assert heading in body
    assert '<a href="../lists/penalties/">行政处罚</a>' in body
    assert '<td data-label="条数">3</td>' in body

    class Checker(html.parser.HTMLParser):  # balanced tags: the fragment drops into a page intact
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in ("rect", "line", "br", "img"):
                self.stack.append(tag)

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            pass

        def handle_endtag(self, tag: str) -> None:
            assert self.stack and self.stack.pop() == tag, tag

    checker = Checker()
    checker.feed(body)
    assert checker.stack == []


def test_output_is_deterministic(run: Run, tmp_path: Path) -> None:
    def once(folder: Path) -> tuple[str, dict[str, bytes]]:
        body = render_statistics(compute_statistics(run.decided, AS_OF), folder, "../")
        return body, {p.name: p.read_bytes() for p in sorted(folder.iterdir())}

    assert once(tmp_path / "a" / "stats") == once(tmp_path / "b" / "stats")


def test_empty_data_gives_empty_notes_and_no_charts(data_dir: Path, tmp_path: Path) -> None:
    write_folder(data_dir, {"penalties": [penalty("X1", "2020-01-01")]})  # long expired
    decided = run_pipeline(data_dir, AS_OF).decided
    stats = compute_statistics(decided, AS_OF)
    assert sum(stats["totals"].values()) == 0 and stats["penalties_by_body"] == {} and stats["grades"] == {}
    out = tmp_path / "stats"
    body = render_statistics(stats, out, "../")
    assert list(out.iterdir()) == [] and "<svg" not in body and 'class="cs-empty"' in body
