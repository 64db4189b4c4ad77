"""Third persons' names the third adversarial pass of issue 16 got published (adv3-report.md 1.5), and
the public words next to them that must stay: through `mask_person_names` and the scrubber.

Sources of the shapes: the case folders named in each row under /work/notes/adv3-cases/; the rare
surnames are 《百家姓》 ones, the Tibetan and Uyghur names as such names are written without a middle dot.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text
from generator.person_names import mask_person_names, name_in_business_name


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # names-in-quotes: quotes after a role word hold a name, not a brand
        ("消费者“李翀婧”反映", "消费者“李**”反映"),
        ("投诉人「王翮瑄」称", "投诉人「王**」称"),
        ("员工‘赵彧琰’无证", "员工‘赵**’无证"),
        ("经办人员：《孙翀琛》", "经办人员：《孙**》"),
        # names-rare-surnames
        ("消费者仉翀婧反映", "消费者仉**反映"),
        ("员工钮彧琰无证", "员工钮**无证"),
        ("店员逄翀琛", "店员逄**"),
        # names-stopchar-given
        ("消费者王和平反映", "消费者王**反映"),
        ("投诉人赵从军称", "投诉人赵**称"),
        ("店员李建社", "店员李**"),
        ("证人陈之敏", "证人陈**"),
        # names-minority-no-surname
        ("消费者扎西顿珠反映", "消费者扎***反映"),
        ("员工次仁央宗无证", "员工次***无证"),
        ("投诉人买买提艾力称当事人未明码标价", "投诉人买****称当事人未明码标价"),
        # names-latin
        ("外籍员工John Smith无证", "外籍员工J*********无证"),
        ("消费者Li Xiaoming（李小明）反映", "消费者L**********（李**）反映"),
        ("当事人邵翀琛（SHAO CHONGCHEN）无证", "当事人邵**（S*************）无证"),
        # names-other-roles
        ("老板娘韦翀婧拒绝配合", "老板娘韦**拒绝配合"),
        ("承租人蔡彧琰", "承租人蔡**"),
        ("患儿王翀翀", "患儿王**"),
        ("其孙郭翀瑄（8岁）", "其孙郭**（8岁）"),
        ("网红主播谭翀瑄", "网红主播谭**"),
        # names-spaced-third, names-html-split: the span covers what is inside the name
        ("消费者 李 翮 婧 反映", "消费者 李**** 反映"),
        ("员工黄　翀　琰无证上岗", "员工黄****无证上岗"),
        ("消费者李<b>翀</b>婧反映", "消费者李*********反映"),
        # names-minor-honour: a name before an age
        ("2026年度甘州区诚信少年（王小翀，12岁）", "2026年度甘州区诚信少年（王**，12岁）"),
    ],
)
def test_third_persons_are_masked(text: str, masked: str) -> None:
    assert mask_person_names(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "员工宿舍床位不足", "经营者应当建立进货查验记录", "负责人签字确认", "工作人员现场检查", "当事人所在地",
        "销售“李宁”运动鞋", "当事人张掖华强商贸有限公司", "经营者“老王烧烤”", "当事人“张掖华强”",
        "消费者在甘泉反映", "执行GB 2760-2014标准", "当事人负责人彭守仁在场",
    ],
)
def test_words_after_role_words_that_are_no_names_stay(text: str) -> None:
    masked = mask_person_names(text)
    if text == "当事人负责人彭守仁在场":
        assert masked == "当事人负责人彭**在场"  # the name after the second role word only
    else:
        assert masked == text


def test_the_scrubber_masks_them_in_an_organisations_record() -> None:
    out = scrub_text("消费者“仉翀婧”称，员工扎西顿珠无健康证明，外籍员工John Smith在场。")
    assert all(v not in out for v in ("翀婧", "顿珠", "ohn Smith")), out


@pytest.mark.parametrize(
    ("name", "operator"),
    [
        ("侯彧瑄", "侯彧瑄"), ("甘州区蒋翀瑄", "蒋翀瑄"), ("张掖市甘州区王建国", "王建国"), ("仉翀琛", "仉翀琛"),
        ("扎西·顿珠", "扎西·顿珠"), ("甘州区李记烧烤店", ""), ("甘州区李建国烧烤店", ""), ("甘州区", ""),
        ("甘州区恒1商贸有限公司", ""), ("临泽县某某", ""),
    ],
)
def test_a_business_named_after_a_person_gives_the_operator(name: str, operator: str) -> None:
    assert name_in_business_name(name) == operator


@pytest.mark.parametrize(
    ("text", "person", "address"),
    [  # adv3 address-urban-no-hao, address-hukou, address-third-person-in-org
        ("当事人家住甘州区欣荣小区3栋2单元501，在家中加工销售腊肉。", True, "3栋2单元501"),
        ("当事人住址：甘州区万达广场A座1201室。", True, "A座1201室"),
        ("当事人住甘州区南关村１４号。", True, "１４号"),
        ("当事人户口所在地甘州区党寨镇陈寨村三社12号。", True, "三社12号"),
        ("送货上门至当事人位于甘州区上秦镇徐赵寨村五社8号的房屋。", True, "五社8号"),
        ("员工王某家住甘州区新墩镇流泉村四社9号，长期在该处存放涉案产品。", False, "四社9号"),
        ("消费者要求送货至甘州区长安乡前进村二社7号家中，当事人未送达。", False, "二社7号"),
    ],
)
def test_home_addresses_are_masked_third_persons_too(text: str, person: bool, address: str) -> None:
    out = scrub_text(text, person=person)
    assert address not in out and "[已隐去]" in out, out


def test_business_addresses_stay() -> None:
    text = "当事人在甘州区南街18号的店内销售，经营地址：甘州区明永镇上游村八社41号；位于双河口街道檬子东路10号的经营场所。"
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    ("text", "name", "public"),
    [  # adv3 overscrub-common-word-names-2, overscrub-place-ethnic-township, overscrub-brands-2
        ("国庆节期间", "国庆", True), ("冒充高新技术企业", "高新", True), ("由甘州区卫健局移送", "卫健", True),
        ("在平山湖蒙古族乡、甘泉公园附近", "平山湖", True), ("在平山湖蒙古族乡、甘泉公园附近", "甘泉", True),
        ("假冒周大福珠宝首饰", "周大福", True), ("冒用国美电器名义", "国美", True),
        ("消费者国庆反映", "国庆", False), ("当事人从甄翀琛处购进", "甄翀琛", False), ("转入王建国银行账户", "王建国", False),
        ("举报人华强称", "华强", False),
    ],
)
def test_a_persons_name_inside_a_public_word_is_not_the_person(text: str, name: str, public: bool) -> None:
    from generator.person_names import inside_public_word

    start = text.index(name)
    assert inside_public_word(text, start, start + len(name)) is public


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("消费者李秀英（甘州区）反映", "消费者李**（甘州区）反映"),  # a place in brackets is no other spelling
        ("员工王建国（法人）称", "员工王**（法人）称"),
    ],
)
def test_brackets_after_a_name_hold_an_alias_only_when_it_is_a_name(text: str, masked: str) -> None:
    assert mask_person_names(text) == masked


# -- issue 16, adv3 section 7: the standard sentences of every decision after 当事人 ---------------------

def _boilerplate() -> list[dict[str, str]]:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "corpus" / "boilerplate.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_standard_sentences_of_decisions_are_never_masked() -> None:
    """tests/corpus/boilerplate.jsonl: sentences of the 2021 格式范本 (国市监法发〔2021〕42号) and of published
    市场监管/生态环境/交通/消防 decisions, each with its source; none names a person, so the scrubber (an
    organisation's record and a natural person's) and the recogniser must leave every one as written
    (18 of these 60 were damaged before: 当事人申*称, 当事人应*自收到, 当事人车**未设置, 当事人阴**温湿度)."""
    rows = _boilerplate()
    assert len(rows) >= 30 and all(row["source"] for row in rows)
    destroyed = [
        row["text"] for row in rows
        if scrub_text(row["text"]) != row["text"] or scrub_text(row["text"], person=True) != row["text"]
        or mask_person_names(row["text"]) != row["text"]
    ]
    assert destroyed == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [  # a person after 当事人 (not in the row) is still masked, ordinary words next to the same surnames stay
        ("当事人李四销售过期食品", "当事人李*销售过期食品"),
        ("当事人曾国强在场", "当事人曾**在场"),
        ("消费者曾伟反映", "消费者曾*反映"),
        ("当事人委托代理人欧阳文博在场", "当事人委托代理人欧***在场"),
        ("当事人申辩称员工申建军不知情", "当事人申辩称员工申**不知情"),
        ("当事人应当自收到本决定书之日起十五日内缴纳罚款", "当事人应当自收到本决定书之日起十五日内缴纳罚款"),
    ],
)
def test_names_after_role_words_next_to_ordinary_words(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize(
    "text",
    [  # adv3 section 7 (42 brands tried) and overscrub-franchise-brands: no such person in the data
        "假冒谢馥春香粉", "销售钟薛高雪糕", "贾国龙功夫菜", "杨国福麻辣烫、张亮麻辣烫注册商标", "陈克明面条", "马应龙痔疮膏",
        "当事人系杨国福麻辣烫加盟店", "当事人销售的王老吉凉茶、李锦记酱油、王致和腐乳均为假冒产品。", "当事人在周黑鸭加盟店内销售过期卤制品；刘一手火锅门店未公示许可证。",
        "黄河啤酒、莫高干红葡萄酒、金徽酒、汪氏蜂蜜、马家窑、康师傅、金龙鱼、周生生、老凤祥、张飞牛肉、邓老凉茶、胡庆余堂、同仁堂",
    ],
)
def test_brands_shaped_like_names_stay(text: str) -> None:
    assert scrub_text(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [  # the same three-character names as persons: a role word, a cue verb or a kinship word says so
        ("贾国龙妻子报警", "贾**妻子报警"), ("消费者谢馥春反映", "消费者谢**反映"), ("经查，钟薛高系该店员工", "经查，钟**系该店员工"),
    ],
)
def test_the_same_names_as_persons_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize(
    ("name", "operator"),
    [  # a surname or a given name that is also a trade's word (汤, 花, 车; 桂花, 美, 轩, 家): still a person's
        ("汤翀琛", "汤翀琛"), ("花荣", "花荣"), ("王桂花", "王桂花"), ("李美玲", "李美玲"), ("张子轩", "张子轩"),
        ("刘家豪", "刘家豪"), ("甘州区车建国", "车建国"),
        # ... while a trade's word that starts with a surname is no person (兰州牛肉面, 花卉园), nor a 字号
        ("兰州牛肉面", ""), ("甘州区花卉园", ""), ("甘州区汤记修车铺", ""), ("甘州区汤翮瑄百货店", ""), ("甘州区美发店", ""),
    ],
)
def test_a_business_named_after_an_operator_whose_name_holds_a_trade_word(name: str, operator: str) -> None:
    assert name_in_business_name(name) == operator


def test_a_tax_a_list_individual_business_under_its_operators_name_is_masked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """adv3 `tax-a-list-individual-businesses`: the 纳税信用A级纳税人名单 as a tax office publishes it (序号, 纳税人识别号,
    纳税人名称, 评价年度, 主管税务机关; no operator column). A 个体工商户 without a 字号 is listed under its operator's
    name: the category comes from the 92… code, the operator from the name (`operator-read-from-name`)."""
    import datetime as dt
    import json

    from generator.build import BuildOptions, build_site
    from tests.helpers import make_uscc, write_csv

    data = tmp_path / "data"
    # An all-digit credit code, as in the adv3 case, and one ending in a letter (92620702000091029W): its
    # derived 认定文号 once gave the search index a "#92620702000091029|…" serial entry that the gate read as
    # a card number, stopping the build.
    rows = [{"序号": "1", "纳税人识别号": "926207020000795130", "纳税人名称": "汤翀琛", "评价年度": "2025",
             "主管税务机关": "国家税务总局张掖市甘州区税务局"},
            {"序号": "3", "纳税人识别号": "92620702000091029W", "纳税人名称": "甘州区汤记修车铺", "评价年度": "2025",
             "主管税务机关": "国家税务总局张掖市甘州区税务局"},
            {"序号": "2", "纳税人识别号": make_uscc(9101, prefix="92"), "纳税人名称": "甘州区花翮瑄", "评价年度": "2025",
             "主管税务机关": "国家税务总局张掖市甘州区税务局"}]
    write_csv(data / "redlist" / "A级纳税人.csv", rows)
    (data / "redlist" / "columns.toml").write_text(
        '[defaults]\n"认定日期" = "2026-04-20"\n"认定单位统一社会信用代码" = "11620702000090018W"\n', encoding="utf-8")
    build_site(BuildOptions(data, tmp_path / "site", tmp_path / "report", dt.date(2026, 12, 1), state_dir=tmp_path / "state"))
    site = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in (tmp_path / "site").rglob("*") if p.is_file())
    assert "翀琛" not in site and "翮瑄" not in site
    published = [json.loads(line)["行政相对人名称"] for line in
                 (tmp_path / "site" / "data" / "redlist.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(published) == ["汤**", "甘州区汤记修车铺", "甘州区花**"]
    assert (tmp_path / "site" / "entity" / "92620702000091029W" / "index.html").exists()
    issues = (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8")
    assert issues.count('"operator-read-from-name"') == 2
