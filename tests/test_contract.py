"""Per-kind rules are data (generator/contract.py `KIND_RULES`): the stages read them, never a kind's name.

A kind given another kind's rule is treated like it, with no stage changed; the stages that became
data compare no kind names (the count of `scripts/contract_metrics.py`, issue 18).
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.contract import (
    ACTIONS,
    KIND_RULES,
    LAPSING_KINDS,
    SECTION_ORDER,
    STOPS_AT_VALID_UNTIL,
    TIMELY_KINDS,
)
from generator.schema import KINDS, RECORD_KINDS
from tests.helpers import AS_OF, AUTHORITY, AUTHORITY_CODE, party, run_pipeline, write_folder

ROOT = Path(__file__).resolve().parent.parent


def _action(no: str, valid_until: str) -> dict[str, str]:
    return {**party(), "行为类别": "行政确认", "决定文书号": no, "行为内容": "确认食品经营备案。", "决定日期": "2026-01-05",
            "有效期至": valid_until, "实施机关": AUTHORITY, "实施机关统一社会信用代码": AUTHORITY_CODE,
            "数据来源单位": AUTHORITY, "数据来源单位统一社会信用代码": AUTHORITY_CODE}


def test_every_kind_has_its_rules_and_the_lists_follow_them() -> None:
    assert set(KIND_RULES) == set(KINDS)
    assert LAPSING_KINDS == ("licenses",) and STOPS_AT_VALID_UNTIL == ("redlist", "blacklist", "evaluations")
    assert TIMELY_KINDS == ("licenses", "penalties", "actions")
    assert sorted(SECTION_ORDER) == sorted(RECORD_KINDS)


def test_a_rule_given_to_another_kind_applies_to_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = {"actions": [_action("甘州市监确〔2026〕1号", "2026-03-31"), _action("甘州市监确〔2026〕2号", "2027-03-31")]}
    run = run_pipeline(write_folder(tmp_path / "a", rows), AS_OF)
    assert [run.status(ACTIONS, n) for n in ("甘州市监确〔2026〕1号", "甘州市监确〔2026〕2号")] == ["published"] * 2
    # Actions that stop at their 有效期至 like a list entry: one line of data, no stage changed.
    monkeypatch.setitem(KIND_RULES, ACTIONS, replace(KIND_RULES[ACTIONS], stops_at_valid_until=True))
    run = run_pipeline(write_folder(tmp_path / "b", rows), AS_OF)
    assert run.status(ACTIONS, "甘州市监确〔2026〕1号") == "expired"
    assert run.row(ACTIONS, "甘州市监确〔2026〕2号")["_stop_date"] == "2027-03-31"


def _metrics() -> Any:
    spec = importlib.util.spec_from_file_location("contract_metrics", ROOT / "scripts" / "contract_metrics.py")
    assert spec is not None and spec.loader is not None
    metrics = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(metrics)
    return metrics


def _branches(path: Path) -> int:
    metrics, root = _metrics(), ROOT / "generator"
    fields, kinds, internal = metrics.contract_names(root)
    found = metrics.measure(path, fields, kinds, internal, metrics.kind_constants(root), metrics.rule_names(root))
    return int(found["branches"])


@pytest.mark.parametrize("module", ["rules.py", "deidentify.py", "views.py", "render.py", "export.py"])
def test_the_stages_that_read_per_kind_rules_compare_no_kind_names(module: str) -> None:
    assert _branches(ROOT / "generator" / module) == 0, \
        f"{module} compares kind names: declare the difference in contract.KIND_RULES"


def test_the_count_sees_a_kind_compared_by_name_or_constant(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('if kind == PENALTIES or name in (REDLIST, BLACKLIST) or kind != "licenses":\n    pass\n',
                     encoding="utf-8")
    assert _branches(probe) == 3
