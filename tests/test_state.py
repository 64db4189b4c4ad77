"""One site, one history (issue 23): a state belongs to the site it describes; another site's
state is refused, never merged; previews and checks leave no trace in the real site's history."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import license_, penalty, write_folder
from tests.helpers import build_args

AS_OF = "2026-11-27"


def records(prefix: str, count: int, without: int | None = None) -> dict[str, list[dict[str, str]]]:
    """`count` companies with a penalty each (`without`: one of them left the export)."""
    return {"penalties": [penalty(f"{prefix}罚〔2026〕{n}号", "2026-06-01", name=f"张掖市{prefix}第{n}有限公司",
                                  serial=sum(map(ord, prefix)) % 1000 * 10 + n) for n in range(count) if n != without],
            "licenses": [license_(f"{prefix}许〔2026〕1号", serial=sum(map(ord, prefix)) % 1000 * 10)]}


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, "".join(result.output.split())


def build(data: Path, out: str, *extra: str) -> tuple[int, str]:
    """`creditsite build` from the current working folder, default state unless given."""
    return cli(*build_args(data, out, "build/report", *extra, as_of=AS_OF))


def public_history(site: Path) -> tuple[str, str]:
    """What a site publishes of its history: the removal ledger and the change notes."""
    return ((site / "data" / "removals.jsonl").read_text(encoding="utf-8"),
            (site / "data" / "changes.json").read_text(encoding="utf-8"))


def tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != ".lock"}


def b_alone(tmp_path: Path) -> tuple[str, str]:
    """Site B's history when B is the only site its working folder ever built."""
    alone = tmp_path / "alone"
    write_folder(alone / "data-b", records("乙", 3))
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(alone)
        assert build(alone / "data-b", "site-b")[0] == 0
        write_folder(alone / "data-b", records("乙", 3, without=1))
        assert build(alone / "data-b", "site-b")[0] == 0
    return public_history(alone / "site-b")


def test_two_sites_built_from_one_working_folder_keep_their_own_history(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    write_folder(work / "data-a", records("甲", 8))
    write_folder(work / "data-b", records("乙", 3))
    monkeypatch.chdir(work)
    assert build(work / "data-a", "site-a")[0] == 0  # a big test folder first, default options
    assert build(work / "data-b", "site-b")[0] == 0  # then the real one into another site
    write_folder(work / "data-b", records("乙", 3, without=1))
    assert build(work / "data-b", "site-b")[0] == 0
    ledger, changes = public_history(work / "site-b")
    assert (ledger, changes) == b_alone(tmp_path)
    assert len(ledger.splitlines()) == 1 and "甲" not in ledger  # only B's own removal
    assert len(list((work / "build" / "states").iterdir())) == 2  # one state per site


def test_a_state_given_to_another_site_is_refused_or_starts_afresh_on_request(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    write_folder(work / "data-a", records("甲", 8))
    write_folder(work / "data-b", records("乙", 3))
    monkeypatch.chdir(work)
    assert build(work / "data-a", "site-a", "--state", "shared")[0] == 0
    before = tree(work / "shared")
    code, output = build(work / "data-b", "site-b", "--state", "shared")
    assert code == 2 and f"记录的是站点{work / 'site-a'}的发布历史" in output and "--new-history" in output
    assert tree(work / "shared") == before and not (work / "site-b").exists()
    # Asked explicitly: B starts a history of its own in that folder, with nothing of A's.
    assert build(work / "data-b", "site-b", "--state", "shared", "--new-history")[0] == 0
    write_folder(work / "data-b", records("乙", 3, without=1))
    assert build(work / "data-b", "site-b", "--state", "shared")[0] == 0
    assert public_history(work / "site-b") == b_alone(tmp_path)
    # ... and A, whose history it was, is now refused that folder in turn.
    assert build(work / "data-a", "site-a", "--state", "shared")[0] == 2


def test_previews_and_checks_between_two_real_builds_change_nothing(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.serve

    def serve_once(build: object, *args: object, **kwargs: object) -> None:  # build, then stop serving
        build()  # type: ignore[operator]

    monkeypatch.setattr(generator.serve, "serve_site", serve_once)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    sites = {}
    for run, preview in (("plain", False), ("previewed", True)):
        work = tmp_path / run
        write_folder(work / "data", records("丙", 4))
        monkeypatch.chdir(work)
        assert build(work / "data", "site")[0] == 0
        if preview:
            state = next((work / "build" / "states").iterdir())
            before = tree(state), tree(work / "site")
            preview_data = work / "preview-data"
            write_folder(preview_data, records("丙", 4, without=0))
            for args in (["serve", "--data", str(preview_data), "--as-of", "2027-06-01"],
                         ["serve", "--data", str(preview_data)],
                         ["validate", "--data", str(preview_data), "--report", "build/check", "--as-of", "2027-06-01"]):
                code, output = cli(*args)
                assert code == 0, output
            assert (tree(state), tree(work / "site")) == before
            assert (work / "build" / "preview" / "index.html").is_file()  # the preview has its own folder
            assert not list((tmp_path / "tmp").iterdir())  # and its throw-away state is gone
            code, output = cli("serve", "--data", str(preview_data), "--out", "site")
            assert code == 2 and "正式站点" in output  # the preview refused to write into the real site
            assert (tree(state), tree(work / "site")) == before
        write_folder(work / "data", records("丙", 4, without=2))
        assert build(work / "data", "site")[0] == 0
        sites[run] = public_history(work / "site")
    assert sites["previewed"] == sites["plain"]


def test_the_old_shared_state_is_taken_over_by_the_site_it_describes(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    write_folder(work / "data", records("丁", 3))
    monkeypatch.chdir(work)
    assert build(work / "data", "site", "--state", "build/state")[0] == 0  # where earlier versions kept it
    marker = work / ".site.builds" / "creditsite-site.json"  # and their marker did not name the state
    marker.write_text(json.dumps({k: v for k, v in json.loads(marker.read_text(encoding="utf-8")).items()
                                  if k != "state"}), encoding="utf-8")
    write_folder(work / "data-other", records("戊", 2))
    assert build(work / "data-other", "other")[0] == 0  # another site: does not take it
    assert (work / "build" / "state" / "builds.json").is_file()
    write_folder(work / "data", records("丁", 3, without=0))
    assert build(work / "data", "site")[0] == 0  # its own site does
    assert not (work / "build" / "state").exists()
    ledger, changes = public_history(work / "site")
    assert len(ledger.splitlines()) == 1 and json.loads(changes)["previous_build"]


def test_a_moved_site_keeps_its_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Moving `site` with `.site.builds` (a relative link) and keeping `--state` keeps the history."""
    work = tmp_path / "work"
    write_folder(work / "data", records("己", 3))
    monkeypatch.chdir(work)
    assert build(work / "data", "site", "--state", "keep")[0] == 0
    (work / "moved").mkdir()
    for name in ("site", ".site.builds"):
        (work / name).rename(work / "moved" / name)
    assert (work / "moved" / "site" / "index.html").is_file()
    write_folder(work / "data", records("己", 3, without=0))
    code, output = build(work / "data", "moved/site", "--state", "keep")
    assert code == 0, output
    ledger, changes = public_history(work / "moved" / "site")
    assert len(ledger.splitlines()) == 1 and json.loads(changes)["previous_build"]
    assert json.loads((work / "keep" / "site.json").read_text())["out_dir"] == str(work / "moved" / "site")


def test_a_record_withheld_for_the_persons_sake_is_published_as_withheld(tmp_path: Path) -> None:
    """A natural person's penalty is published; the next export corrects the 出生日期 and the party was
    a minor on the decision date. The record comes down, and the public ledger and change notes say
    `withheld`, never `minor`: beside the ledger's hash, which anyone holding the decision can compute,
    that would tell that the party was a child (adversarial round 6). The staff report keeps the reason."""
    from tests.helpers import person_penalty_row, write_csv

    no = "甘州市监罚〔2026〕7108号"
    site, report, state = tmp_path / "site", tmp_path / "report", tmp_path / "state"
    for birth in ("1980-03-01", "2010-03-01"):
        write_csv(tmp_path / "data" / "penalties" / "p.csv",
                  [person_penalty_row(证件类型="护照", 证件号码="E12345678", 出生日期=birth, 行政处罚决定书文号=no)])
        result = CliRunner().invoke(main, build_args(tmp_path / "data", site, report, state=state))
        assert result.exit_code == 0, result.output
    ledger = [json.loads(line) for line in (site / "data" / "removals.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(ledger) == 1 and "reason" not in ledger[0]  # which record came down, never why (h19s S7)
    assert json.loads((site / "data" / "changes.json").read_text(encoding="utf-8"))["kinds"]["penalties"]["removed"] \
        == {"withheld": 1}
    public = "".join(p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*")
                     if p.is_file() and p.suffix in (".html", ".json", ".jsonl", ".csv"))
    assert '"minor"' not in public and "未成年人 1" not in public
    summary = json.loads((report / "summary.json").read_text(encoding="utf-8"))
    assert summary["kinds"]["penalties"]["withheld"] == {"minor": 1}


def test_a_site_built_from_another_working_folder_keeps_its_one_history(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # Without --state the default state was found from the working folder: a person building the site
    # from another folder than the scheduled job started a second history of it (empty ledger, empty
    # republishing guard). The site names its state now, and a build without --state uses it.
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    write_folder(work / "data", records("戊", 3))
    elsewhere.mkdir()
    monkeypatch.chdir(work)
    assert build(work / "data", str(work / "site"))[0] == 0
    own = next((work / "build" / "states").iterdir())
    monkeypatch.chdir(elsewhere)
    write_folder(work / "data", records("戊", 3, without=1))
    assert build(work / "data", str(work / "site"))[0] == 0
    assert not (elsewhere / "build" / "states").exists()
    assert len(json.loads((own / "builds.json").read_text(encoding="utf-8"))) == 2  # both builds in one history
    assert len(public_history(work / "site")[0].splitlines()) == 1  # the removal, in the site's own ledger
    code, output = cli("due", "--out", str(work / "site"))  # due finds the same state from anywhere
    assert code == 0, output
    # An explicit other state is refused, naming the site's own.
    code, output = build(work / "data", str(work / "site"), "--state", str(elsewhere / "typo"))
    assert code == 2 and f"保存在状态目录{own}" in output and f"--state{own}" in output, output
