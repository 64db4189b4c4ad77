"""What the site's readers and the office's clerk meet, found by an outsider pass (h21s, session 15): a citizen
on an entity page, a journalist on the downloads and 数据字典 pages and in the datasets, a clerk in the report.

One small build of synthetic rows (tests/helpers.py) serves the page and dataset tests; the data-folder tests run
the load stage on their own folders.
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest

from tests.helpers import AUTHORITY, party, penalty, run_build, write_csv

COMPLAINT_CODE_SERIAL = 310
COMPLAINT_STOP = "2027-06-15"  # the export's 公示截止期, earlier than 处理日期 + 1 year (rules.toml)


def complaint(no: str, handled: str, stop: str = "", **extra: str) -> dict[str, str]:
    """A 消费投诉公示 row (the columns of the bundled sample's complaints.csv)."""
    row = party(serial=COMPLAINT_CODE_SERIAL, **extra)
    row.update({"投诉编号": no, "投诉问题类型": "质量问题", "投诉内容摘要": "消费者反映商品质量问题。",
                "投诉日期": "2026-08-01", "处理结果": "调解成功。", "处理日期": handled, "公示截止期": stop,
                "处理单位": AUTHORITY})
    return row


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, datasets and report of a complaint and a penalty, built as of helpers.BUILD_AS_OF."""
    root = tmp_path_factory.mktemp("users")
    data = root / "data"
    write_csv(data / "complaints" / "complaints.csv", [complaint("TS-2026-000101", "2026-08-19", COMPLAINT_STOP)])
    write_csv(data / "penalties" / "penalties.csv", [penalty("甘州市监罚〔2026〕13号", "2026-06-01", serial=311)])
    status, printed = run_build(data, root / "site", root / "report", state=root / "state")
    assert status == 0, printed
    return root


def visible_text(page: Path) -> str:
    """What a reader sees of a page: no scripts, no tags, no attributes."""
    raw = re.sub(r"<script.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def dataset_rows(built: Path, name: str) -> list[dict[str, str]]:
    with (built / "site" / "data" / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# -- a citizen on an entity page -------------------------------------------------------------------------------


def test_a_complaint_on_its_entity_page_says_until_when_it_is_shown(built: Path) -> None:
    # publication-rules.md: complaints are "published until 公示截止期"; the open data's 公示截止日期 is that day.
    [row] = dataset_rows(built, "complaints")
    assert row["公示截止日期"] == COMPLAINT_STOP
    text = visible_text(built / "site" / "entity" / row["主体页面代码"] / "index.html")
    assert f"公示截止： {COMPLAINT_STOP}，到期本站自动撤下" in text
    assert "TS-2026-000101" in text  # the record itself is still there
