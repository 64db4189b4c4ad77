"""Red/black cross-check for the staff report (实施方案 任务 17).

Entry points:

- `find_conflicts(decided, as_of)` lists, among the records published on `as_of`, the
  conflicts staff should resolve before publishing:

  ``red_and_black``
      entities with a published honour-list entry (redlist) and a published
      serious-dishonesty entry (blacklist) at the same time;
  ``grade_a_with_serious_penalty``
      entities whose current evaluation grade (`_current`) is A or 优 in some scheme and who
      have a published penalty of tier 严重 decided within the 365 days up to `as_of`;
  ``honour_with_closed_registry``
      published honour-list entries of entities whose registry row (kind `entities`,
      登记状态) says 注销 or 吊销.

  Every item is a flat ``dict[str, str]`` of public values only: the entity code (the code
  in the entity page's URL), the entity name and the keys (decision numbers) involved.
  Several keys in one field are joined by `KEY_SEPARATOR`. Lists are sorted by entity code,
  then by key, so that two runs on the same data give the same report.

- `withhold_conflicting_honours(decided, conflicts)` withholds the honour-list entries in
  conflict (on by default; ``[crosscheck] withhold_conflicting_honours = false`` in the rules
  file turns it off), with the withheld reason code ``conflict`` (`CONFLICT`), and reports each
  withheld row to staff with the problem code ``honour-withheld-conflict`` (`WITHHELD_CODE`).

Natural persons have no entity code (privacy.md) and are never cross-checked here.
Withheld (expired, repaired, withdrawn ...) and rejected records never count: only rows
whose `_status` is ``published`` take part.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd

from generator.contract import (
    BLACKLIST,
    CURRENT,
    ENTITY,
    EVALUATIONS,
    FILE,
    GRADE,
    GRADE_SCHEME,
    KEY,
    LIST_NAME,
    PARTY_NAME_FIELD,
    PENALTIES,
    PUBLISHED,
    REDLIST,
    REGISTRY,
    REGISTRY_NAME,
    REGISTRY_STATUS,
    ROW,
    STATUS,
    TIER,
    Decided,
)
from generator.problems import WARNING, Problem
from generator.schema import KINDS
from generator.settings import Settings, load_settings

# Withheld reason code: an honour-list entry withheld because the same entity is on the
# serious-dishonesty list, or is closed (注销 / 吊销) in the registry. Staff resolve the
# conflict (the deciding body revokes the honour, or the data is corrected) and rebuild.
CONFLICT = "conflict"
# Problem code of each honour-list row withheld so (issues.jsonl, the report's problem list).
WITHHELD_CODE = "honour-withheld-conflict"

CONFLICT_LISTS = ("red_and_black", "grade_a_with_serious_penalty", "honour_with_closed_registry")
# Lists whose redlist rows `withhold_conflicting_honours` withholds.
HONOUR_CONFLICTS = ("red_and_black", "honour_with_closed_registry")

TOP_GRADES = frozenset({"A", "优"})
CLOSED_MARKERS = ("注销", "吊销")
SERIOUS = "严重"
LOOKBACK_DAYS = 365
KEY_SEPARATOR = "；"

# The setting, in the rules file (`generator/rules.toml`): [crosscheck] withhold_conflicting_honours = true
SETTING_SECTION = "crosscheck"
SETTING_KEY = "withhold_conflicting_honours"

DEFAULT_SUPERVISION = Path(__file__).with_name("supervision.toml")


def find_conflicts(decided: Decided, as_of: str) -> dict[str, list[dict[str, str]]]:
    """The three conflict lists among the records published on `as_of` (YYYY-MM-DD)."""
    names = _entity_names(decided)
    return {
        "red_and_black": _red_and_black(decided, names),
        "grade_a_with_serious_penalty": _grade_a_with_serious_penalty(decided, as_of, names),
        "honour_with_closed_registry": _honour_with_closed_registry(decided, names),
    }


def withholding_enabled(settings: Settings) -> bool:
    """Whether honour-list entries in conflict are withheld: yes unless the rules file says
    ``[crosscheck] withhold_conflicting_honours = false`` (issue 20: a blacklisted or closed
    company is not shown as a model of trustworthiness while staff resolve the conflict)."""
    section = settings.raw.get(SETTING_SECTION, {})
    return bool(section.get(SETTING_KEY, True)) if isinstance(section, dict) else True


def withhold_conflicting_honours(decided: Decided, conflicts: dict[str, list[dict[str, str]]],
                                 settings: Settings | None = None, *, enabled: bool | None = None) -> int:
    """Withhold the published honour-list rows in conflict; return how many were withheld.

    Runs only when enabled: `enabled` when given, otherwise the setting
    ``[crosscheck] withhold_conflicting_honours`` of `settings` (default: the reviewed
    rules file, where it is on).

    Every published redlist row of an entity listed in ``red_and_black`` or
    ``honour_with_closed_registry`` gets `_status` = ``conflict``, a withheld reason code:
    the entry is absent from every public output, like any withheld record, and the staff
    report counts it under ``withheld: {"conflict": n}`` (read == published + rejected +
    withheld still holds). Each such row is also appended to `decided.problems` as a warning
    ``honour-withheld-conflict`` naming its file, row and why (public values only: the entity's
    name and the conflicting decision numbers). Rows already withheld keep their own reason. ``grade_a_with_serious_penalty`` withholds nothing: a grade is not an
    honour-list entry; staff resolve it with the evaluating body.

    Call it after `find_conflicts` (the report lists the conflicts found before withholding)
    and before anything is rendered or exported.
    """
    if enabled is None:
        enabled = withholding_enabled(settings if settings is not None else load_settings())
    if not enabled or REDLIST not in decided.frames:
        return 0
    entities = {item["entity"] for name in HONOUR_CONFLICTS for item in conflicts.get(name, []) if item.get("entity")}
    frame = decided.frames[REDLIST]
    if frame.empty or not entities:
        return 0
    hit = (frame[STATUS] == PUBLISHED) & frame[ENTITY].isin(entities)
    decided.problems.extend(_withheld_problems(frame[hit], conflicts))
    frame.loc[hit, STATUS] = CONFLICT
    decided.forget_published()
    return int(hit.sum())


def _withheld_problems(rows: pd.DataFrame, conflicts: dict[str, list[dict[str, str]]]) -> list[Problem]:
    """One staff warning per honour-list row withheld as `conflict`, saying which conflict."""
    why: dict[str, list[str]] = {}
    for item in conflicts.get("red_and_black", []):
        why.setdefault(item["entity"], []).append(f"同时列入严重失信主体名单（{item['blacklist_keys']}）")
    for item in conflicts.get("honour_with_closed_registry", []):
        reason = f"登记状态为“{item['registry_status']}”"
        if reason not in why.get(item["entity"], []):
            why.setdefault(item["entity"], []).append(reason)
    names = {item["entity"]: item.get("name", "") for name in HONOUR_CONFLICTS for item in conflicts.get(name, [])}
    problems = []
    for file, row, code, key in zip(rows[FILE].astype(str).tolist(), rows[ROW].tolist(),
                                    rows[ENTITY].astype(str).tolist(), rows[KEY].astype(str).tolist()):
        party = names.get(code) or code
        problems.append(Problem(
            REDLIST, file, int(row), KINDS[REDLIST].key, WITHHELD_CODE, WARNING,
            f"{file} 第 {row} 行：守信激励名单“{key}”的主体{party}{'，'.join(why.get(code, []))}，"
            "按规则文件 [crosscheck] withhold_conflicting_honours 暂不公示。请与认定单位核实"
            "（撤销该守信认定，或更正数据）后重新发布。"))
    return problems


def load_supervision(path: Path | None = None) -> dict[str, Any]:
    """The graded-supervision table (`generator/supervision.toml`): schemes, grades, ratios, sources."""
    return tomllib.loads((path or DEFAULT_SUPERVISION).read_text(encoding="utf-8"))


def normalize_grade(grade: str) -> str:
    """A grade as written in the data, reduced to its letter or word: 'Ａ级' -> 'A', ' 优 ' -> '优'."""
    text = unicodedata.normalize("NFKC", str(grade)).strip().upper()
    for suffix in ("级", "类"):
        text = text.removesuffix(suffix).strip()
    return text


# ---------------------------------------------------------------------------------------------------------------


def _published(decided: Decided, kind: str) -> pd.DataFrame:
    frame = decided.frames.get(kind)
    if frame is None or frame.empty or STATUS not in frame:
        return pd.DataFrame(columns=[STATUS, ENTITY, KEY])
    live = frame[(frame[STATUS] == PUBLISHED) & (frame[ENTITY].astype(str) != "")]
    return live


def _entity_names(decided: Decided) -> dict[str, str]:
    """Entity code -> public name: the registry's 主体名称, else the party name of a published record."""
    names: dict[str, str] = {}
    for kind in (REDLIST, BLACKLIST, EVALUATIONS, PENALTIES):
        live = _published(decided, kind)
        if PARTY_NAME_FIELD not in live:
            continue
        for code, name in sorted(zip(live[ENTITY].astype(str).tolist(), live[PARTY_NAME_FIELD].astype(str).tolist())):
            if name:
                names.setdefault(code, name)
    registry = _published(decided, REGISTRY)
    if REGISTRY_NAME in registry:
        for code, name in sorted(zip(registry[ENTITY].astype(str).tolist(), registry[REGISTRY_NAME].astype(str).tolist())):
            if name:
                names[code] = name
    return names


def _keys(frame: pd.DataFrame) -> dict[str, list[str]]:
    """Entity code -> sorted distinct keys of its rows."""
    out: dict[str, set[str]] = {}
    for code, key in zip(frame[ENTITY].astype(str).tolist(), frame[KEY].astype(str).tolist()):
        out.setdefault(code, set()).add(key)
    return {code: sorted(keys) for code, keys in out.items()}


def _join(values: list[str]) -> str:
    return KEY_SEPARATOR.join(values)


def _red_and_black(decided: Decided, names: dict[str, str]) -> list[dict[str, str]]:
    red, black = _published(decided, REDLIST), _published(decided, BLACKLIST)
    red_keys, black_keys = _keys(red), _keys(black)
    red_lists, black_lists = _list_names(red), _list_names(black)
    return [
        {"entity": code, "name": names.get(code, ""),
         "redlist_keys": _join(red_keys[code]), "redlist_names": _join(red_lists.get(code, [])),
         "blacklist_keys": _join(black_keys[code]), "blacklist_names": _join(black_lists.get(code, []))}
        for code in sorted(red_keys.keys() & black_keys.keys())
    ]


def _list_names(frame: pd.DataFrame) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    if LIST_NAME not in frame:
        return {}
    for code, name in zip(frame[ENTITY].astype(str).tolist(), frame[LIST_NAME].astype(str).tolist()):
        if name:
            out.setdefault(code, set()).add(name)
    return {code: sorted(values) for code, values in out.items()}


def _is_current(value: object) -> bool:
    return value is True or str(value).strip().lower() == "true"


def _grade_a_with_serious_penalty(decided: Decided, as_of: str, names: dict[str, str]) -> list[dict[str, str]]:
    evaluations = _published(decided, EVALUATIONS)
    penalties = _published(decided, PENALTIES)
    if evaluations.empty or penalties.empty or CURRENT not in evaluations or TIER not in penalties:
        return []
    today = dt.date.fromisoformat(as_of)
    since = (today - dt.timedelta(days=LOOKBACK_DAYS)).isoformat()
    dates = penalties[KINDS[PENALTIES].decision_date].astype(str)
    serious = penalties[(penalties[TIER] == SERIOUS) & (dates >= since) & (dates <= today.isoformat())]
    serious_keys = _keys(serious)
    current = evaluations[evaluations[CURRENT].map(_is_current)]
    grades = current[GRADE]
    normalized = {grade: normalize_grade(grade) for grade in grades.unique().tolist()}  # few distinct grades
    top = current[grades.map(normalized).isin(TOP_GRADES)]
    items = []
    for code, scheme, grade, key, day in zip(top[ENTITY].astype(str).tolist(), top[GRADE_SCHEME].astype(str).tolist(),
                                             top[GRADE].astype(str).tolist(), top[KEY].astype(str).tolist(),
                                             top[KINDS[EVALUATIONS].decision_date].astype(str).tolist()):
        if code not in serious_keys:
            continue
        items.append({"entity": code, "name": names.get(code, ""), "evaluation_key": key, "scheme": scheme,
                      "grade": grade, "evaluation_date": day, "penalty_keys": _join(serious_keys[code])})
    return sorted(items, key=lambda item: (item["entity"], item["scheme"], item["evaluation_key"]))


def _honour_with_closed_registry(decided: Decided, names: dict[str, str]) -> list[dict[str, str]]:
    red = _published(decided, REDLIST)
    registry = _published(decided, REGISTRY)
    if red.empty or registry.empty or REGISTRY_STATUS not in registry:
        return []
    closed: dict[str, str] = {}
    for code, status in sorted(zip(registry[ENTITY].astype(str).tolist(), registry[REGISTRY_STATUS].astype(str).tolist())):
        if any(marker in status for marker in CLOSED_MARKERS):
            closed.setdefault(code, status)
    items = []
    list_names = red[LIST_NAME].astype(str).tolist() if LIST_NAME in red else [""] * len(red)
    for code, key, list_name in zip(red[ENTITY].astype(str).tolist(), red[KEY].astype(str).tolist(), list_names):
        if code in closed:
            items.append({"entity": code, "name": names.get(code, ""), "redlist_key": key,
                          "redlist_name": list_name, "registry_status": closed[code]})
    return sorted(items, key=lambda item: (item["entity"], item["redlist_key"], item["redlist_name"]))
