"""The gate's search of the entity pages an incremental build keeps (generator/gate.py).

A kept page is not read again: it has the bytes the last gate passed. What the last gate passed
it under is each never-public value with its whole-name rule and the public names it may stand
in (scan.memo_setup). When that changes for a value — a new value, or one that is now exempt in
fewer public names — the kept pages' data must be searched for it by the gate's own rules.
"""

from __future__ import annotations

import pandas as pd

from generator.contract import ENTITY, PUBLISHED, STATUS, Decided
from generator.deidentify import Secret
from generator.gate import new_secrets_in_kept_pages
from generator.scan import memo_setup, scan_setup
from generator.state import value_digests

KEPT = "91620702MA00000001"
CHANGED = "91620702MA00000002"


def _decided(text_of_kept: str) -> Decided:
    frame = pd.DataFrame({ENTITY: [KEPT, CHANGED], STATUS: [PUBLISHED, PUBLISHED],
                          "处罚事由": [text_of_kept, "无"], "罚款金额": [1.0, 2.0]})
    return Decided({"penalties": frame}, {})


def _contact(value: str, inside: tuple[str, ...] = ()) -> Secret:
    return Secret(value, "penalties", "penalties/p.csv", 7, "联系人", inside)


def _last(*secrets: Secret) -> object:
    return value_digests(memo_setup(scan_setup(secrets, allowed=())))


def test_a_value_exempt_in_fewer_public_names_is_searched_in_kept_pages() -> None:
    """The last gate let 李建国 pass inside the public name 李建国烧烤店, which a kept page shows;
    that name is no longer public now, so the kept page is a leak, though the value is not new."""
    decided = _decided("与李建国烧烤店存在往来")
    last = _last(_contact("李建国", ("李建国烧烤店",)))
    now = scan_setup([_contact("李建国")], allowed=())
    leaks = new_secrets_in_kept_pages(decided, now, last, {KEPT})
    assert [str(leak) for leak in leaks] == ["entity/ (penalties.处罚事由): 输入文件 penalties/p.csv 第 7 行“联系人”列的值"]


def test_a_value_the_last_gate_scanned_for_as_it_is_now_is_not_searched_again() -> None:
    decided = _decided("与李建国烧烤店存在往来")
    secret = _contact("李建国", ("李建国烧烤店",))
    assert new_secrets_in_kept_pages(decided, scan_setup([secret], allowed=()), _last(secret), {KEPT}) == []


def test_a_new_value_with_public_names_is_a_leak_outside_them_only() -> None:
    """A value new in this build that is exempt inside a public name is searched too (the gate
    once skipped such values in kept pages altogether), by the same rule: outside the name only."""
    secret = _contact("赵六", ("赵六商行",))
    now = scan_setup([secret], allowed=())
    assert new_secrets_in_kept_pages(_decided("向赵六商行采购"), now, _last(), {KEPT}) == []
    leaks = new_secrets_in_kept_pages(_decided("向赵六商行采购，联系人赵六"), now, _last(), {KEPT})
    assert len(leaks) == 1 and leaks[0].output == "entity/ (penalties.处罚事由)"


def test_only_the_kept_entities_data_is_searched() -> None:
    """The changed entity's page was written and scanned in this build; its data is not the kept pages'."""
    frame = pd.DataFrame({ENTITY: [KEPT, CHANGED], STATUS: [PUBLISHED, PUBLISHED],
                          "处罚事由": ["无", "联系人王五"]})
    now = scan_setup([_contact("王五")], allowed=())
    assert new_secrets_in_kept_pages(Decided({"penalties": frame}, {}), now, _last(), {KEPT}) == []
    assert len(new_secrets_in_kept_pages(Decided({"penalties": frame}, {}), now, _last(), {CHANGED})) == 1


def test_a_state_without_the_last_setup_searches_every_value() -> None:
    """A state written before the setup was recorded vouches for nothing."""
    secret = _contact("李建国", ("李建国烧烤店",))
    leaks = new_secrets_in_kept_pages(_decided("李建国"), scan_setup([secret], allowed=()), None, {KEPT})
    assert len(leaks) == 1


def test_the_stop_sentence_names_the_input_cell_without_the_personal_data_in_its_file_name() -> None:
    """A clerk names a file after the person (处罚祁某13993670901.csv): the gate's stop sentence names the
    file, row and column, with the number in the file name masked (seventh pass, channels-build-stop-file-names)."""
    from generator.gate import leak_sentence
    from generator.load import FILE, ROW
    from generator.scan import Leak

    phone = "13993670901"
    frame = pd.DataFrame({FILE: [f"penalties/处罚祁某{phone}.csv"], ROW: [7], "违法事实": [f"联系电话{phone[:3]}-{phone[3:7]}-{phone[7:]}"]})
    decided = Decided({"penalties": frame}, [])
    sentence = leak_sentence([Leak("data/penalties.csv", "手机号码", token=phone)], decided)
    assert "第 7 行“违法事实”列" in sentence
    assert phone not in sentence and phone[-4:] not in sentence
