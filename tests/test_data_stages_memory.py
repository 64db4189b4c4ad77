"""Issue 19: the data stages hold less of the input, and publish and withhold exactly what they did.

De-identification reads, from the loaded input, only the columns the privacy rules name
(privacy.md, "Never public" and "Masked": identity documents, the clerk, the party's category,
codes, name and operator), with file and row; the build keeps those (`privacy_columns`) past
validation instead of every raw column of every row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from generator import scrub_cache as scrub_cache_module
from generator import state as state_module
from generator.contract import FILE, ISSUER, TIMELY_KINDS
from generator.contract import KEY as RECORD_KEY
from generator.deidentify import (
    AMBIGUOUS_NAMES_KEPT,
    Deidentified,
    Secret,
    Secrets,
    _drop_ambiguous,
    deidentify_records,
    privacy_columns,
)
from generator.due import next_due
from generator.export import EXPORT_KINDS, columns_for
from generator.load import Sources, load_sources
from generator.report import LATE_COLUMNS, late_publications
from generator.rules import PUBLISHED, RECORD_ID, STATUS, Decided, apply_rules
from generator.scan import never_public
from generator.schema import KINDS
from generator.scrub_cache import ScrubCache
from generator.settings import load_settings
from generator.state import STATE_COLUMNS, History, published_state, with_first_published
from generator.validate import Validated, validate_records
from generator.workdays import add_working_days
from tests.helpers import (
    AS_OF,
    AUTHORITY_CODE,
    make_id,
    penalty,
    penalty_row,
    person_penalty_row,
    run_pipeline,
    write_csv,
    write_folder,
)

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"  # every kind, the planted privacy cases
SETTINGS = dataclasses.replace(load_settings(), region_prefix="6207")
KEY = b"k" * 32
PERSON_ID = make_id("19850312", 8)


def _run(data_dir: Path) -> tuple[Sources, Validated]:
    sources = load_sources(data_dir)
    return sources, validate_records(sources, AS_OF, SETTINGS)


def _deidentify(validated: Validated, sources: Sources) -> Deidentified:
    return deidentify_records(validated, sources, ["信用甘州"], key_secret=KEY, public_numbers=["0936-1234567"])


def _decided() -> Decided:
    sources, validated = _run(SAMPLE)
    return apply_rules(_deidentify(validated, privacy_columns(sources)), validated, AS_OF, SETTINGS)


@pytest.fixture(scope="module")
def sample() -> tuple[Sources, Validated]:
    return _run(SAMPLE)


def test_the_privacy_columns_give_the_same_secrets_in_the_same_order(sample) -> None:
    sources, validated = sample
    whole = _deidentify(validated, sources)
    kept = _deidentify(validated, privacy_columns(sources))
    assert len(whole.secrets) > 100  # the sample's people, IDs, phones and clerks
    assert [dataclasses.astuple(s) for s in kept.secrets] == [dataclasses.astuple(s) for s in whole.secrets]
    assert kept.ambiguous == whole.ambiguous
    assert [p.code for p in kept.problems] == [p.code for p in whole.problems]
    assert kept.withheld_keys == whole.withheld_keys
    assert kept.frames.keys() == whole.frames.keys()
    for name, frame in whole.frames.items():
        assert kept.frames[name].equals(frame), name


def test_the_privacy_columns_are_the_rules_columns_of_the_same_rows(sample) -> None:
    sources, _ = sample
    kept = privacy_columns(sources)
    penalties = kept.kinds["penalties"].frame
    # privacy.md: identity documents never public, the party's name and operator masked for people
    assert {"证件号码", "法定代表人证件号码", "行政相对人类别", "行政相对人名称", "法定代表人", "_file", "_row"} \
        <= set(penalties.columns)
    # the free texts are de-identified from the validated rows, not from the input
    assert "违法事实" not in penalties.columns and "处罚依据" not in penalties.columns
    for name, loaded in sources.kinds.items():
        assert kept.kinds[name].frame["_row"].tolist() == loaded.frame["_row"].tolist(), name
        assert kept.kinds[name].frame["_file"].tolist() == loaded.frame["_file"].tolist(), name
        for column in kept.kinds[name].frame.columns:
            assert kept.kinds[name].frame[column].equals(loaded.frame[column]), (name, column)


def test_a_person_is_masked_and_the_decision_published_from_the_privacy_columns(tmp_path: Path) -> None:
    write_csv(tmp_path / "penalties" / "p.csv", [
        person_penalty_row(违法事实=f"张三丰（身份证号{PERSON_ID}）在店内销售过期食品。"),
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕3号", 行政相对人名称="甘州区老马面馆", 行政相对人类别="个体工商户",
                    法定代表人="马小龙", 违法事实="经营者马小龙未取得许可经营。"),
    ])
    sources, validated = _run(tmp_path)
    deid = _deidentify(validated, privacy_columns(sources))
    frame = deid.frames["penalties"].set_index("_row")
    assert frame.at[2, "行政相对人名称"] == "张**" and PERSON_ID not in frame.at[2, "违法事实"]
    assert {"张三丰", PERSON_ID, "马小龙"} <= {s.value for s in deid.secrets}
    # the public facts next to them stay: the business's name, the decision number, the facts' words
    assert frame.at[3, "行政相对人名称"] == "甘州区老马面馆" and frame.at[3, "法定代表人"] == "马**"
    assert frame.at[3, "行政处罚决定书文号"] == "甘州市监罚〔2026〕3号"
    assert frame.at[3, "违法事实"] == "经营者马**未取得许可经营。"


def test_releasing_each_kinds_accepted_rows_changes_nothing_de_identified(sample) -> None:
    """The build lets each kind's accepted rows go as soon as its de-identified rows exist
    (`release_accepted`): the same rows, secrets and problems; the counts the report reads stay."""
    sources, validated = sample
    whole = _deidentify(validated, privacy_columns(sources))
    _, fresh = _run(SAMPLE)
    columns = {name: list(v.accepted.columns) for name, v in fresh.kinds.items()}
    counts = {name: (v.read, v.rejected, v.duplicates, len(v.rejected_rows)) for name, v in fresh.kinds.items()}
    released = deidentify_records(fresh, privacy_columns(sources), ["信用甘州"], key_secret=KEY,
                                  public_numbers=["0936-1234567"], release_accepted=True)
    assert sum(len(v.accepted) for v in validated.kinds.values()) > 100  # (the fixture's own are kept)
    for name, valid in fresh.kinds.items():
        assert valid.accepted.empty and list(valid.accepted.columns) == columns[name], name
        assert (valid.read, valid.rejected, valid.duplicates, len(valid.rejected_rows)) == counts[name], name
    _assert_same_deidentified(released, whole)


def test_the_published_state_keeps_the_content_digests_earlier_states_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """The state's content digest of each published record is what every earlier build stored
    (pandas' `hash_pandas_object` over the export columns as text, as 16 hex digits): computed a
    column and a slice of rows at a time, an update against an earlier state sees no record changed."""
    decided = _decided()
    content = {k: [c.source for c in columns_for(k)] for k in EXPORT_KINDS}
    monkeypatch.setattr(state_module, "_HASH_ROWS", 7)  # several slices per kind in the sample
    state = published_state(decided, content)
    earlier = []
    for kind, columns in content.items():
        frame = decided.published(kind)
        if len(frame):
            digests = pd.util.hash_pandas_object(frame[[c for c in columns if c in frame]].astype(str), index=False)
            earlier.append(pd.DataFrame({"id": frame[RECORD_ID].to_numpy(), "kind": kind,
                                         "content": digests.map("{:016x}".format).to_numpy()}))
    expected = pd.concat(earlier, ignore_index=True).sort_values(["kind", "id"]).reset_index(drop=True)
    assert len(state) > 100 and state["kind"].nunique() > 5  # every kind of the sample
    assert state["id"].tolist() == expected["id"].tolist()
    assert state["content"].tolist() == expected["content"].tolist()
    assert state["content"].dtype == expected["content"].dtype
    assert state["content"].str.fullmatch("[0-9a-f]{16}").all()


def test_late_publications_are_one_table_of_the_rows_the_staff_report_lists() -> None:
    """publication-rules.md (timeliness): a licence, penalty or action first published more than the
    working-day limit after its decision is listed in the staff report, sorted by authority, kind,
    decision date and key; in a first build every record is published for the first time."""
    decided = _decided()
    state = published_state(decided, {k: [c.source for c in columns_for(k)] for k in EXPORT_KINDS})
    first = with_first_published(state, History(None, pd.DataFrame(columns=STATE_COLUMNS), set(), []), "2026-11-27")
    late = late_publications(decided, first, 5, "2026-11-27")
    rows = late.to_pylist()
    expected = []
    for kind in TIMELY_KINDS:
        spec, frame = KINDS[kind], decided.published(kind)
        for key, authority, code, day in zip(frame[RECORD_KEY], frame[spec.issuer_name], frame[ISSUER],
                                             frame[spec.decision_date]):
            due = add_working_days(dt.date.fromisoformat(day), 5).isoformat()
            if due < "2026-11-27":
                expected.append({"kind": kind, "key": key, "authority": authority, "authority_code": code,
                                 "decision_date": day, "due": due, "first_published": "2026-11-27",
                                 "due_estimated": ""})  # the sample's deadlines are all in published years
    assert len(rows) > 50 and {r["kind"] for r in rows} == set(TIMELY_KINDS)
    assert rows == sorted(expected, key=lambda r: (r["authority"], r["kind"], r["decision_date"], r["key"]))
    assert [list(r) for r in rows[:1]] == [list(LATE_COLUMNS)]  # late.csv's columns by name, in this order
    # A record an earlier build published is not this build's to report; nor one decided within the limit.
    earlier = first.assign(first_published=first["first_published"].where(first["kind"] != "penalties", "2026-01-01"))
    assert {r["kind"] for r in late_publications(decided, earlier, 5, "2026-11-27").to_pylist()} == \
        set(TIMELY_KINDS) - {"penalties"}
    assert late_publications(decided, first, 5, "2000-01-01").num_rows == 0


def test_the_plan_drops_the_rows_not_published_and_the_due_date_stays(tmp_path: Path) -> None:
    """publication-rules.md (a repair ends publication on its date; issue 22: the build names the next
    day a published record changes): the plan drops the rows not published before it allocates, and a
    repair dated later still moves the due date to its day, its row found among the rows kept."""
    repair = {"信息类别": "行政处罚", "原决定机关统一社会信用代码": AUTHORITY_CODE, "修复方式": "终止公示",
              "修复决定机关": "甘州区发展和改革局"}
    write_folder(tmp_path, {
        "penalties": [penalty("罚〔2025〕9号", "2025-01-02", serial=8, 公示截止期="2026-01-10"),  # expired: withheld
                      penalty("罚〔2026〕1号", "2026-06-01", serial=1, 公示截止期="2027-01-10"),
                      penalty("罚〔2025〕8号", "2025-01-03", serial=9, 公示截止期="2026-02-10"),  # expired: withheld
                      penalty("罚〔2026〕3号", "2026-06-01", serial=3, 公示截止期="2026-12-31")],
        "repairs": [{**repair, "原决定文书号": "罚〔2026〕3号", "修复决定日期": "2026-12-15"},
                    {**repair, "原决定文书号": "罚〔2025〕8号", "修复决定日期": "2026-12-10"},  # not published
                    {**repair, "原决定文书号": "罚〔2026〕1号", "修复决定日期": "2027-01-05"}],
    })
    decided = run_pipeline(tmp_path, "2026-12-06").decided
    assert len(decided.pending) == 3 and (decided.frames["penalties"][STATUS] != PUBLISHED).sum() == 2
    before = next_due(decided, "2026-12-06")
    decided.keep_published_only()
    assert len(decided.frames["penalties"]) == 2 and len(decided.pending) == 2
    assert next_due(decided, "2026-12-06") == before
    assert before.date == "2026-12-15" and before.reasons == {"repaired": 1}
    assert before.schedule == {"2026-12-15": 1, "2027-01-05": 1}


def test_the_never_public_values_held_as_columns_read_back_as_each_cell_gave_them(tmp_path: Path) -> None:
    """`Deidentified.secrets` holds one value per private cell as columns (`Secrets`), read back as the
    `Secret` of each cell: its value, kind, file, row and column, in the order the cells were read, and
    the leak gate's message names that cell (privacy.md, "Never public")."""
    write_csv(tmp_path / "penalties" / "p.csv", [
        person_penalty_row(违法事实="当事人在店内销售过期食品。"),
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕3号", 行政相对人名称="甘州区老马面馆", 行政相对人类别="个体工商户",
                    法定代表人="马小龙（经营者）", 违法事实="经营者马小龙未取得许可经营。"),
    ])
    sources, validated = _run(tmp_path)
    deid = _deidentify(validated, privacy_columns(sources))
    got = [(s.value, s.kind, s.file, s.row, s.column) for s in deid.secrets]
    assert got == [
        ("张三丰", "penalties", "penalties/p.csv", 2, "行政相对人名称"),
        ("马小龙（经营者）", "penalties", "penalties/p.csv", 3, "法定代表人"),
        ("马小龙", "penalties", "penalties/p.csv", 3, "法定代表人"),  # the name alone, after its cell's value
        (PERSON_ID, "penalties", "penalties/p.csv", 2, "证件号码"),
    ]
    assert [deid.secrets[i] for i in range(len(deid.secrets))] == list(deid.secrets)
    assert deid.secrets[-1].value == PERSON_ID and deid.secrets[-1].inside == ()
    distinct = never_public(deid.secrets)
    assert distinct.labels[distinct.values.index(PERSON_ID)] == "输入文件 penalties/p.csv 第 2 行“证件号码”列的值"
    # both ways: the person's name and ID are masked, the business's name and the decision number published
    frame = deid.frames["penalties"].set_index("_row")
    assert frame.at[2, "行政相对人名称"] == "张**" and frame.at[3, "违法事实"] == "经营者马**未取得许可经营。"
    assert frame.at[3, "行政相对人名称"] == "甘州区老马面馆" and frame.at[3, "行政处罚决定书文号"] == "甘州市监罚〔2026〕3号"


def test_never_public_values_arrow_cannot_hold_and_the_public_names_holding_one_are_kept() -> None:
    """A value with a lone surrogate (a byte the reader could not decode) is kept as written; a value inside a
    public name carries that name (`Secret.inside`: the gate allows it there only), one inside more public names
    than AMBIGUOUS_NAMES_KEPT is left to the scrubbing, and the others keep their order."""
    odd = "王\udcff强"
    secrets = Secrets.of([Secret("李四", "penalties", "p.csv", 2, "行政相对人名称"),
                          Secret(odd, "penalties", "p.csv", 3, "证件号码"),
                          Secret("李四", "licenses", "l.csv", 9, "行政相对人名称"),
                          Secret("赵六", "penalties", "p.csv", 4, "行政相对人名称")])
    assert [s.value for s in secrets] == ["李四", odd, "李四", "赵六"] and secrets[1].value == odd
    public = ["李四商店", *(f"赵六{i}号商店" for i in range(AMBIGUOUS_NAMES_KEPT + 1))]
    kept, ambiguous = _drop_ambiguous(secrets, public)
    assert ambiguous == 3
    assert [(s.value, s.file, s.row, s.inside) for s in kept] == [
        ("李四", "p.csv", 2, ("李四商店",)), (odd, "p.csv", 3, ()), ("李四", "l.csv", 9, ("李四商店",))]


def test_the_rows_files_keep_the_row_hashes_earlier_builds_wrote(sample, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kind's de-identified rows are kept with a keyed hash of each input row (`ScrubCache.row_hashes`): pandas'
    `hash_pandas_object` of the row's cells with the cache's key, the hashes every rows file holds. Computed a
    column and a slice of rows at a time, an update still finds the rows the last build kept."""
    _, validated = sample
    cache = ScrubCache(Path("unused"), "code", KEY)
    monkeypatch.setattr(scrub_cache_module, "_HASH_ROWS", 7)  # several slices per kind in the sample
    hash_key = hashlib.blake2b(cache.key, digest_size=8, person=b"rows").hexdigest()
    compared = 0
    for name, valid in validated.kinds.items():
        frame = valid.accepted
        columns = [c for c in frame.columns if c not in ("_file", "_row")]
        earlier = pd.util.hash_pandas_object(frame[columns], index=False, hash_key=hash_key).to_numpy(dtype="uint64")
        assert (cache.row_hashes(frame) == earlier).all(), name
        compared += len(frame) > 7
    assert compared >= 5
    # the file and row number are left out: the same cells elsewhere in a file hash alike
    penalties = validated.kinds["penalties"].accepted
    moved = penalties.assign(_row=penalties["_row"] + 100)
    assert (cache.row_hashes(moved) == cache.row_hashes(penalties)).all()


def test_releasing_the_loaded_rows_changes_nothing_de_identified(sample) -> None:
    """The build lets every kind's loaded rows go once the never-public values and the businesses' operators are
    read from them (`release_sources`), before the kinds are de-identified: the same rows, secrets and problems;
    the load's problems and damaged files stay for the report."""
    sources, validated = sample
    whole = _deidentify(validated, privacy_columns(sources))
    fresh_sources, fresh = _run(SAMPLE)
    kept = privacy_columns(fresh_sources)
    problems, damaged = list(kept.problems), list(kept.damaged_files)
    released = deidentify_records(fresh, kept, ["信用甘州"], key_secret=KEY, public_numbers=["0936-1234567"],
                                  release_sources=True)
    assert kept.kinds == {} and fresh_sources.kinds  # (the caller's own whole input is its own)
    assert kept.problems == problems and kept.damaged_files == damaged
    assert len(whole.secrets) > 100
    _assert_same_deidentified(released, whole)


def _assert_same_deidentified(released: Deidentified, whole: Deidentified) -> None:
    """The same de-identification result, held either way; and privacy.md both ways in the sample's penalties: the
    natural persons' names masked, the businesses' names published."""
    assert [dataclasses.astuple(s) for s in released.secrets] == [dataclasses.astuple(s) for s in whole.secrets]
    assert [p.code for p in released.problems] == [p.code for p in whole.problems]
    assert released.withheld_keys == whole.withheld_keys and released.ambiguous == whole.ambiguous
    for name, frame in whole.frames.items():
        assert released.frames[name].equals(frame), name
    penalties = released.frames["penalties"]
    people = penalties["行政相对人类别"] == "自然人"
    assert people.any() and penalties.loc[people, "行政相对人名称"].str.contains(r"\*").all()
    assert penalties.loc[~people, "行政相对人名称"].str.contains("公司").any()


def test_releasing_the_de_identified_frames_to_the_rules_changes_nothing_decided(sample) -> None:
    """The build lets each kind's de-identified frame go as its decided frame exists (`apply_rules(...,
    release_frames=True)`: the frame itself becomes the decided one, no copy): the same decisions, problems and
    pending controls; `deid.frames` is emptied. privacy.md both ways on the decided penalties: a natural person's
    name masked, an organisation's name published."""
    sources, validated = sample
    whole = apply_rules(_deidentify(validated, privacy_columns(sources)), validated, AS_OF, SETTINGS)
    deid = _deidentify(validated, privacy_columns(sources))
    kinds = set(deid.frames)
    released = apply_rules(deid, validated, AS_OF, SETTINGS, release_frames=True)
    assert deid.frames == {} and {"repairs", "withdrawals", "penalties"} <= kinds
    assert released.frames.keys() == whole.frames.keys()
    for name, frame in whole.frames.items():
        assert released.frames[name].equals(frame), name
        assert list(released.frames[name].columns) == list(frame.columns), name
    assert released.control == whole.control and released.pending == whole.pending
    assert [(p.code, p.file, p.row) for p in released.problems] == [(p.code, p.file, p.row) for p in whole.problems]
    penalties = released.frames["penalties"]
    assert (penalties[STATUS] != PUBLISHED).any() and (penalties[STATUS] == PUBLISHED).any()  # (the sample's withheld)
    people = penalties["行政相对人类别"] == "自然人"
    assert people.any() and penalties.loc[people, "行政相对人名称"].str.contains(r"\*").all()
    assert penalties.loc[~people, "行政相对人名称"].str.contains("公司").any()


def test_a_scrubbed_column_with_no_cell_changed_is_the_input_column(tmp_path: Path) -> None:
    """De-identification keeps the input's array for a text column in which it changes no cell (处罚依据 here):
    the same type and values a rebuilt column would have, no second copy. The column in which it masks a person's
    ID (违法事实) is rebuilt: the ID masked, the decision's facts and the company's name published."""
    basis = "《中华人民共和国食品安全法》第一百二十四条"
    write_csv(tmp_path / "penalties" / "p.csv", [
        person_penalty_row(处罚依据=basis, 违法事实=f"张三丰（身份证号{PERSON_ID}）在店内销售过期食品。"),
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕3号", 处罚依据=basis, 违法事实="甘州区示例商贸有限公司超范围经营。"),
    ])
    sources, validated = _run(tmp_path)
    given = validated.kinds["penalties"].accepted
    deid = _deidentify(validated, privacy_columns(sources))
    frame = deid.frames["penalties"]
    kept, typed = frame["处罚依据"], given["处罚依据"]
    assert kept.tolist() == [basis, basis] and kept.dtype == typed.dtype == pd.Series([basis]).dtype
    assert kept.array._pa_array.type == pd.Series([basis]).array._pa_array.type  # large_string, as a rebuilt one
    assert kept.array._pa_array.chunks[0].buffers()[2].address == typed.array._pa_array.chunks[0].buffers()[2].address
    facts = frame.set_index("_row")["违法事实"]
    assert PERSON_ID not in facts.at[2] and "销售过期食品" in facts.at[2]
    assert facts.at[3] == "甘州区示例商贸有限公司超范围经营。"
    assert facts.dtype == kept.dtype
    assert frame.set_index("_row").at[3, "行政处罚决定书文号"] == "甘州市监罚〔2026〕3号"


def test_the_input_files_name_held_once_per_file_changes_nothing_decided() -> None:
    """Validation holds each accepted row's input file name (`_file`) as a category (generator/columns.py): the
    de-identified and decided rows, never-public values, problems and pending controls are those of the same rows
    with `_file` as text, each problem naming its file as written; every decided frame's `_file` a category of its
    kind's file names, sorted. privacy.md both ways on the decided penalties: a natural person's name masked, an
    organisation's name published."""
    def decide(as_text_first: bool) -> tuple[Deidentified, Decided, Validated]:
        sources, validated = _run(SAMPLE)
        if as_text_first:
            for valid in validated.kinds.values():
                valid.accepted[FILE] = valid.accepted[FILE].astype("str")
        deid = _deidentify(validated, privacy_columns(sources))
        frames = {name: frame.copy() for name, frame in deid.frames.items()}
        decided = apply_rules(deid, validated, AS_OF, SETTINGS, release_frames=True)
        return dataclasses.replace(deid, frames=frames), decided, validated

    def as_text(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.assign(**{FILE: frame[FILE].astype("str")}) if FILE in frame else frame

    plain_deid, plain, _ = decide(True)
    held_deid, held, validated = decide(False)
    assert all(isinstance(v.accepted[FILE].dtype, pd.CategoricalDtype) for v in validated.kinds.values() if len(v.accepted))
    for name, frame in plain_deid.frames.items():
        assert as_text(held_deid.frames[name]).equals(frame), name
    assert [dataclasses.astuple(s) for s in held_deid.secrets] == [dataclasses.astuple(s) for s in plain_deid.secrets]
    assert held.frames.keys() == plain.frames.keys()
    for name, frame in plain.frames.items():
        ours = held.frames[name]
        assert isinstance(ours[FILE].dtype, pd.CategoricalDtype) and frame[FILE].dtype == "str", name
        assert as_text(ours).equals(frame) and list(ours.columns) == list(frame.columns), name
        assert list(ours[FILE].cat.categories) == sorted(set(frame[FILE])), name
    assert [dataclasses.astuple(p) for p in held.problems] == [dataclasses.astuple(p) for p in plain.problems]
    assert any(p.file.startswith(("repairs/", "withdrawals/")) for p in held.problems if p.file)
    assert all(type(p.file) is str for p in held.problems if p.file is not None)
    assert held.control == plain.control and held.pending == plain.pending
    penalties = held.frames["penalties"]
    people = penalties["行政相对人类别"] == "自然人"
    assert people.any() and penalties.loc[people, "行政相对人名称"].str.contains(r"\*").all()
    assert penalties.loc[~people, "行政相对人名称"].str.contains("公司").any()
