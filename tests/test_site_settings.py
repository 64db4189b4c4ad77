"""联系我们 and the repair page from the site's settings (issue 20): phone, address, hours, official
links and the working days of a repair decision, read from the rules file's [contact] and the data
folder's site.toml; while unset the pages say where to ask and the staff report warns
(settings-missing). Built through the command line, as staff do."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.settings import CONTACT_KEYS, load_settings
from tests.conftest import penalty, write_folder
from tests.helpers import build_args

SITE_TOML = """[contact]
phone = "0936-1234567"
address = "甘州区测试路 8 号 信用办"
hours = "工作日 9:00—12:00，14:30—17:30"
repair_working_days = 7
parent_site_name = "信用中国（甘肃张掖）"
parent_site_url = "https://credit.example.gov.cn/"
"""


def _build(root: Path) -> tuple[str, Path]:
    result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", state=root / "state",
                                                 as_of="2026-11-27"))
    return result.output, root / "site"


def _article(site: Path, page: str) -> str:
    text = (site / page / "index.html").read_text(encoding="utf-8")
    return text[text.index("<article"):text.index("</article>")]


@pytest.fixture(scope="module")
def unset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("unset")
    write_folder(root / "data", {"penalties": [penalty()]})
    output, _ = _build(root)
    assert "已发布到" in output, output
    return root


def test_the_reviewed_rules_file_ships_no_office_details_but_the_national_links() -> None:
    contact = load_settings().contact
    assert contact.missing() == ["phone", "address", "hours", "repair_working_days", "parent_site_name",
                                 "parent_site_url"]
    assert contact.creditchina_url == "https://www.creditchina.gov.cn/"
    assert contact.gsxt_url == "https://www.gsxt.gov.cn/"


def test_the_sample_settings_fill_every_key() -> None:
    sample = Path(__file__).resolve().parents[1] / "data" / "sample"
    assert load_settings(data_dir=sample).contact.missing() == []


def test_unset_pages_say_where_to_ask_and_the_report_warns(unset: Path) -> None:
    contact = _article(unset / "site", "contact")
    assert "本站暂未公布咨询电话" in contact and "政务服务中心" in contact and "tel:" not in contact
    assert 'href="https://www.creditchina.gov.cn/"' in contact and 'href="https://www.gsxt.gov.cn/"' in contact
    repair = _article(unset / "site", "repair")
    assert "规定的时限内" in repair and "具体天数请向受理单位咨询" in repair
    assert "<!-- cs:" not in contact + repair  # no marker left behind
    summary = json.loads((unset / "report" / "summary.json").read_text(encoding="utf-8"))
    assert summary["settings_missing"] == ["phone", "address", "hours", "repair_working_days", "parent_site_name",
                                           "parent_site_url"]
    report = (unset / "report" / "index.html").read_text(encoding="utf-8")
    warning = re.search(r"<p class='warn' id='settings-missing'>(.*?)</p>", report, re.S)
    assert warning and "咨询电话（phone）" in warning.group(1) and "site.toml" in warning.group(1)


def test_settings_in_site_toml_fill_both_pages_and_a_change_alone_rebuilds(unset: Path) -> None:
    (unset / "data" / "site.toml").write_text(SITE_TOML, encoding="utf-8")
    output, site = _build(unset)  # same data, same state: only the settings changed
    assert "已发布到" in output, output  # not "nothing changed", and the office's landline passes the privacy gate
    contact = _article(site, "contact")
    assert '<a href="tel:09361234567">0936-1234567</a>' in contact
    assert "甘州区测试路 8 号 信用办" in contact and "工作日 9:00—12:00，14:30—17:30" in contact
    assert '<a href="https://credit.example.gov.cn/" rel="noopener">信用中国（甘肃张掖）</a>' in contact
    assert "本站暂未公布咨询电话" not in contact
    repair = _article(site, "repair")
    assert "<strong>7 个工作日</strong>" in repair and "规定的时限内" not in repair
    assert 'href="tel:09361234567"' in repair and 'href="https://www.gsxt.gov.cn/"' in repair
    summary = json.loads((unset / "report" / "summary.json").read_text(encoding="utf-8"))
    assert summary["settings_missing"] == []
    assert "settings-missing" not in (unset / "report" / "index.html").read_text(encoding="utf-8")


def test_markup_in_a_setting_is_escaped(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": [penalty()]})
    (tmp_path / "data" / "site.toml").write_text('[contact]\naddress = "<script>alert(1)</script>甘州区"\n',
                                                 encoding="utf-8")
    output, site = _build(tmp_path)
    assert "已发布到" in output, output
    contact = _article(site, "contact")
    assert "<script>alert(1)" not in contact and "&lt;script&gt;alert(1)&lt;/script&gt;甘州区" in contact


def test_a_broken_site_toml_stops_the_build_with_one_sentence(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"penalties": [penalty()]})
    (tmp_path / "data" / "site.toml").write_text("[contact\nphone = ", encoding="utf-8")
    output, site = _build(tmp_path)
    assert "网站设置文件 site.toml 格式有误" in output and not site.exists()


def test_every_contact_key_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### 联系方式"):]
    for key in CONTACT_KEYS:
        assert f"`{key}`" in section, key
