"""Policy pages: exact counts and rates of published records only, escaped HTML, no natural person named."""

from __future__ import annotations

import html.parser
from pathlib import Path
from typing import Any

import pytest

from generator.policy import complaint_outcomes, fulfilment_rate, grade_meaning, policy_pages
from tests.conftest import AUTHORITY, Run, listing, make_ric, make_uscc, party, run_pipeline, write_csv, write_folder

AS_OF = "2026-06-30"
SCRIPT_LIST = "<script>alert(1)</script>示范企业"
SCRIPT_BASIS = "<script>alert(2)</script>认定办法"
SCRIPT_OUTCOME = "<script>alert(3)</script>不予受理"
UNIT_A = "张掖市甘州区住房和城乡建设局"
UNIT_B = "张掖市甘州区文体广电和旅游局"
PERSON_NAME = "张三丰"
# Values that belong only to withheld records: they must appear nowhere.
WITHHELD_VALUES = ("高台县行政审批局", "过期认定文件", "诚信过期名单", "山丹县人力资源和社会保障局",
                   "已修复列入依据", "甘州区已过期商贸有限公司", "撤回投诉", "投诉已过期类型")


def _commitment(no: str, kind: str, unit: str, state: str, serial: int, **extra: str) -> dict[str, str]:
    return {**party(serial=serial), "承诺类型": kind, "承诺事项": "承诺于20个工作日内补齐材料。", "承诺编号": no,
            "做出承诺日期": "2026-05-01", "承诺受理单位": unit, "履约状态": state, **extra}


def _complaint(no: str, kind: str, outcome: str, who: dict[str, str], **extra: str) -> dict[str, str]:
    return {**who, "投诉编号": no, "投诉问题类型": kind, "投诉日期": "2026-06-01", "处理结果": outcome,
            "处理日期": "2026-06-10", "处理单位": AUTHORITY, **extra}


ORG = party(name="甘州区甲商贸有限公司", serial=601)
SHOP = party(name="甘州区马记牛肉面馆", category="个体工商户", code=make_uscc(602, prefix="92"))
PERSON = party(name=PERSON_NAME, category="自然人", 证件类型="身份证", 证件号码=make_ric("19800101"))
GONE = party(name="甘州区已过期商贸有限公司", serial=605)


@pytest.fixture
def run(data_dir: Path) -> Run:
    write_folder(data_dir, {
        "commitments": [
            _commitment("C1", "容缺受理型", UNIT_A, "已履约", 401),
            _commitment("C2", "容缺受理型", UNIT_A, "已履约", 402),
            _commitment("C3", "容缺受理型", UNIT_B, "未履约", 403),
            _commitment("C4", "审批替代型", UNIT_B, "履约中", 404),
            _commitment("C5", "容缺受理型", "高台县行政审批局", "未履约", 405),  # withdrawn
        ],
        "redlist": [
            listing("redlist", "R1", "2026-01-10", code=make_uscc(501), 认定依据="《纳税信用管理办法》"),
            listing("redlist", "R2", "2026-02-10", code=make_uscc(502), 名单名称=SCRIPT_LIST, 认定依据=SCRIPT_BASIS),
            listing("redlist", "R3", "2026-03-10", code=make_uscc(503)),  # no 认定依据: nothing listed for it
            listing("redlist", "R4", "2024-01-01", code=make_uscc(504), 名单名称="诚信过期名单", 认定依据="过期认定文件",
                    有效期至="2026-01-01"),  # expired
        ],
        "blacklist": [
            listing("blacklist", "B1", "2026-02-01", code=make_uscc(301)),
            listing("blacklist", "B2", "2026-03-01", code=make_uscc(302), 列入单位="张掖市甘州区人力资源和社会保障局",
                    列入依据="《失信联合惩戒对象名单管理办法》"),
            listing("blacklist", "B3", "2026-03-05", code=make_uscc(303), 列入单位="山丹县人力资源和社会保障局",
                    列入依据="已修复列入依据"),  # repaired
        ],
        "complaints": [
            _complaint("T1", "质量问题", "调解成功", ORG),
            _complaint("T2", "价格争议", SCRIPT_OUTCOME, ORG),
            _complaint("T3", "质量问题", "调解成功", SHOP),
            _complaint("T4", "服务问题", "调解成功", PERSON),
            _complaint("T5", "投诉已过期类型", "撤回投诉", GONE, 公示截止期="2026-06-20"),  # expired
        ],
    })
    write_csv(data_dir / "withdrawals" / "w.csv", [
        {"信息类别": "信用承诺", "原决定文书号": "C5", "撤销类型": "撤销", "撤销日期": "2026-06-01",
         "作出机关": "高台县行政审批局"}])
    write_csv(data_dir / "repairs" / "r.csv", [
        {"信息类别": "严重失信主体名单", "原决定文书号": "B3", "修复方式": "移出名单", "修复决定日期": "2026-06-01",
         "修复决定机关": "甘州区发展和改革局"}])
    result = run_pipeline(data_dir, AS_OF)
    assert result.status("commitments", "C5") == "withdrawn"
    assert result.status("redlist", "R4") == "expired"
    assert result.status("blacklist", "B3") == "repaired"
    assert result.status("complaints", "T5") == "expired"
    for kind, keys in {"commitments": ("C1", "C2", "C3", "C4"), "redlist": ("R1", "R2", "R3"),
                       "blacklist": ("B1", "B2"), "complaints": ("T1", "T2", "T3", "T4")}.items():
        assert all(result.status(kind, k) == "published" for k in keys), kind
    return result


class Tables(html.parser.HTMLParser):
    """Collects every table as caption -> rows of cell texts, and checks the tags are balanced."""

    VOID = ("br", "img", "hr")

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.ids: list[str] = []
        self.td_without_label = 0
        self._caption: str | None = None
        self._rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "table":
            self._rows, self._caption = [], ""
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self._rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
            if tag == "td" and not attributes.get("data-label"):
                self.td_without_label += 1
        elif tag == "li" and self._cell is not None and self._cell:
            self._cell.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"
        if tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th") and self._cell is not None:
            self._rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            assert self._caption
            self.tables[self._caption] = self._rows

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self._caption = (self._caption or "") + data
        elif self._cell is not None:
            self._cell.append(data)


def _parse(body: str) -> Tables:
    parser = Tables()
    parser.feed(body)
    parser.close()
    assert parser.stack == []
    assert parser.td_without_label == 0
    assert len(parser.ids) == len(set(parser.ids))
    return parser


def test_three_pages_with_titles(run: Run) -> None:
    pages = policy_pages(run.decided, AS_OF)
    assert {k: v[0] for k, v in pages.items()} == {"commitments-published": "信用承诺履约情况",
                                                   "lists-basis": "各类名单及其认定依据",
                                                   "complaints-summary": "消费投诉处理情况"}
    assert policy_pages(run.decided, AS_OF) == pages  # deterministic
    for _, body in pages.values():
        assert AS_OF in body and "style=" not in body
        # every table scrolls in a region of its own, reachable by keyboard and named by its number on the page
        tables = body.count('<table class="cs-table">')
        assert body.count('<div class="cs-table-wrap" tabindex="0" role="region"') == tables
        assert all(f'aria-label="表格 {n}（可左右滚动）"' in body for n in range(1, tables + 1))
        _parse(body)


def test_commitment_counts_and_rates(run: Run) -> None:
    body = policy_pages(run.decided, AS_OF)["commitments-published"][1]
    tables = _parse(body).tables
    head = ["承诺数", "履约中", "已履约", "未履约", "履约率"]
    assert tables["各承诺类型公示中的信用承诺及履约情况"] == [
        ["承诺类型", *head],
        ["审批替代型", "1", "1", "0", "0", "—"],  # nothing ended yet: no rate
        ["容缺受理型", "3", "0", "2", "1", "66.7%"],  # C5 (withdrawn) not counted
        ["合计", "4", "1", "2", "1", "66.7%"],
    ]
    assert tables["各承诺受理单位公示中的信用承诺及履约情况"] == [
        ["承诺受理单位", *head],
        [UNIT_A, "2", "0", "2", "0", "100.0%"],
        [UNIT_B, "2", "1", "0", "1", "0.0%"],
        ["合计", "4", "1", "2", "1", "66.7%"],
    ]
    assert "总体履约率 66.7%" in body
    assert '<a href="../lists/commitments/">' in body and '<a href="../commitments/">' in body
    assert '<h2 id="by-type">' in body and '<h2 id="by-unit">' in body and "履约率 = 已履约" in body
    assert '<td data-label="履约率">—</td>' in body


def test_fulfilment_rate_format() -> None:
    assert fulfilment_rate(0, 0) == "—"
    assert fulfilment_rate(2, 1) == "66.7%"
    assert fulfilment_rate(1, 2) == "33.3%"
    assert fulfilment_rate(0, 3) == "0.0%"
    assert fulfilment_rate(5, 0) == "100.0%"


def test_lists_grouped_by_name_with_their_legal_basis(run: Run) -> None:
    body = policy_pages(run.decided, AS_OF)["lists-basis"][1]
    tables = _parse(body).tables
    assert tables["公示中的守信激励名单：按名单名称"] == [
        ["名单名称", "条目数", "认定依据"],
        ["A级纳税人", "2", "《纳税信用管理办法》"],  # R3's blank basis is omitted
        [SCRIPT_LIST, "1", SCRIPT_BASIS],
        ["合计", "3", ""],
    ]
    assert tables["公示中的严重失信主体名单：按名单名称"] == [
        ["名单名称", "条目数", "列入依据", "列入单位"],
        ["拖欠农民工工资失信联合惩戒对象名单", "2", "《保障农民工工资支付条例》 | 《失信联合惩戒对象名单管理办法》",
         f"张掖市甘州区人力资源和社会保障局 | {AUTHORITY}"],  # sorted
        ["合计", "2", "", ""],
    ]
    assert "<script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;示范企业" in body
    assert "&lt;script&gt;alert(2)&lt;/script&gt;认定办法" in body
    assert "绿色通道" in body and "容缺受理" in body and "优先支持" in body
    assert "市场和行业禁入" in body
    assert '<a href="../incentives/">' in body
    assert '<h2 id="redlist">' in body and '<h2 id="blacklist">' in body


def test_complaints_per_entity_type_and_outcome(run: Run) -> None:
    body = policy_pages(run.decided, AS_OF)["complaints-summary"][1]
    tables = _parse(body).tables
    assert tables["公示中的消费投诉：按投诉问题类型"] == [
        ["投诉问题类型", "投诉数"], ["质量问题", "2"], ["价格争议", "1"], ["服务问题", "1"], ["合计", "4"]]
    assert tables["公示中的消费投诉：按处理结果"] == [
        ["处理结果", "投诉数"], ["调解成功", "3"], [SCRIPT_OUTCOME, "1"], ["合计", "4"]]
    assert tables["公示中的消费投诉：按被投诉主体"] == [
        ["被投诉主体", "投诉数", "处理结果"],
        ["甘州区甲商贸有限公司", "2", f"{SCRIPT_OUTCOME} 1 条 | 调解成功 1 条"],
        ["甘州区马记牛肉面馆", "1", "调解成功 1 条"],
        ["其他（不公开主体信息）", "1", "调解成功 1 条"],
        ["合计", "4", ""],
    ]
    org, shop = make_uscc(601), make_uscc(602, prefix="92")
    assert f'<a href="../entity/{org}/">甘州区甲商贸有限公司</a>' in body
    assert f'<a href="../entity/{shop}/">甘州区马记牛肉面馆</a>' in body
    assert "<script>" not in body and "&lt;script&gt;alert(3)&lt;/script&gt;不予受理" in body
    assert '<a href="../lists/complaints/">' in body and '<a href="../complaints/">' in body


def test_natural_persons_are_never_named(run: Run) -> None:
    masked = run.row("complaints", "T4")["行政相对人名称"]
    pages = policy_pages(run.decided, AS_OF)
    for _, body in pages.values():
        assert PERSON_NAME not in body and str(masked) not in body
        assert make_ric("19800101") not in body
    assert pages["complaints-summary"][1].count("../entity/") == 2


def test_no_anonymous_row_without_natural_persons(run: Run) -> None:
    frame = run.decided.frames["complaints"]
    run.decided.frames["complaints"] = frame[frame["_key"] != "T4"]
    body = policy_pages(run.decided, AS_OF)["complaints-summary"][1]
    rows = _parse(body).tables["公示中的消费投诉：按被投诉主体"]
    assert [row[0] for row in rows] == ["被投诉主体", "甘州区甲商贸有限公司", "甘州区马记牛肉面馆", "合计"]
    assert "其他（不公开主体信息）" not in body.split('<h2 id="by-entity">')[1]


def test_withheld_records_change_nothing(run: Run) -> None:
    pages = policy_pages(run.decided, AS_OF)
    for _, body in pages.values():
        for value in WITHHELD_VALUES:
            assert value not in body
    for kind, frame in run.decided.frames.items():  # drop every withheld row: nothing may change
        run.decided.frames[kind] = frame[frame["_status"] == "published"]
    assert policy_pages(run.decided, AS_OF) == pages


def test_empty_data_folder(data_dir: Path) -> None:
    write_folder(data_dir, {"penalties": []})
    (data_dir / "penalties" / "penalties.csv").write_text("行政处罚决定书文号\n", encoding="utf-8")
    result = run_pipeline(data_dir, AS_OF)
    pages = policy_pages(result.decided, AS_OF)
    assert "目前没有公示中的信用承诺。" in pages["commitments-published"][1]
    assert "目前没有公示中的守信激励名单条目。" in pages["lists-basis"][1]
    assert "目前没有公示中的消费投诉。" in pages["complaints-summary"][1]
    for _, body in pages.values():
        _parse(body)


def test_complaint_outcomes_for_entity_pages() -> None:
    rows: list[dict[str, Any]] = [{"处理结果": "调解成功", "_status": "published"}, {"处理结果": "不予受理", "_status": "published"},
            {"处理结果": "调解成功"}, {"处理结果": "", "_status": "published"},
            {"处理结果": "撤回投诉", "_status": "expired"},  # withheld: not counted
            {"kind": "complaints", "fields": [("处理结果", "不予受理")]},
            {"kind": "penalties", "fields": [("处理结果", "调解成功")]}]
    assert complaint_outcomes(rows) == [("不予受理", 2), ("调解成功", 2), ("未注明", 1)]
    assert complaint_outcomes([]) == []


def test_grade_meaning() -> None:
    meaning = grade_meaning("企业信用风险分类", "A")
    assert meaning.startswith("信用风险低：信用状况好") and "降低抽查比例" in meaning
    assert grade_meaning(" 企业信用风险分类 ", "Ａ级") == meaning
    assert grade_meaning("公共信用综合评价", "差").startswith("信用较差：")
    assert grade_meaning("纳税信用", "m") == grade_meaning("纳税信用", "M") != ""
    assert grade_meaning("企业信用风险分类", "Z") == ""
    assert grade_meaning("不存在的评价", "A") == ""
    assert grade_meaning("企业信用风险分类", "") == ""
    custom = {"schemes": {"测试评价": {"grades": {"甲": {"meaning": "很好"}}}}}
    assert grade_meaning("测试评价", "甲", custom) == "很好"
