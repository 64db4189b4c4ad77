"""People the seventh privacy pass (adv7, people in free text and structure) found published, and the public facts
next to them that must stay, through the public entry point `scrub_text` (the scrubber every free-text column goes
through; `person=True` is a natural person's own record).

Part 1: what the sixth pass left open (/work/notes/adv6-report.md 1.4c, 1.6b, 1.10, 1.4, added after 21:20; the lead's
re-run of its folders on main, /tmp/lead/r6/rerun7.log). Part 2: new shapes from published texts (the case folders
of /work/notes/adv7-cases/, each with its cases.json; /work/notes/adv7-people.md). Each group names its folder and
the source of its shape. Values are synthetic.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

MASK = "[已隐去]"

# -- Part 1: household addresses (adv6 actions-persons-homes, devices-network-vehicles-dates-homes,
# names-minority-scripts-english-addresses). Sources: 行政强制/行政征收 决定 公示 (宅基地征收, 违法建筑强制拆除, 扣押 of a
# villager's vehicle) that name the household's address; 12315 work orders of home installation (上门安装); complaints
# from foreign residents written in English; pinyin addresses as a clerk types them (Nanguan Cun 9 She 32 Hao).


@pytest.mark.parametrize(("text", "person", "address"), [
    ("扣押当事人停放在甘州区南关村九社32号门前的车辆。", True, "九社32号"),
    ("对当事人在甘州区南关村九社33号的违法建筑强制拆除。", True, "九社33号"),
    ("对当事人位于甘州区南关村九社31号的宅基地实施征收。", True, "九社31号"),
    ("向甘州区南关村九社34号村民祁某发放补偿款。", False, "九社34号"),
    ("上门安装人员到甘州区梁家墩镇刘家沟村三组18号安装时损坏地板。", False, "三组18号"),
    ("The complainant lives at Room 1203, Unit 2, Bldg 5, Jinxiu Garden, Ganzhou District.", False, "1203"),
    ("The complainant resides at No. 32 Nanguan Village, Ganzhou District.", False, "No. 32"),
    ("The complainant resides at No. 18, Group 3, Liujiagou Village.", False, "Group 3"),
    ("The consumer's home address is Room 501, Unit 2, Building 3, Nanguan Community.", False, "Room 501"),
    ("消费者住址：Room 1203, Unit 2, Bldg 5, Jinxiu Garden", False, "Unit 2"),
    ("消费者家住Nanguan Cun 9 She 32 Hao", False, "32 Hao"),
    ("消费者称快递送至 Jinxiu Xiaoqu 5 Dong 2 Danyuan 1203 Shi，包装破损。", False, "1203 Shi"),
])
def test_household_addresses_in_new_shapes_are_masked(text: str, person: bool, address: str) -> None:
    out = scrub_text(text, person=person)
    assert address not in out and MASK in out, out


@pytest.mark.parametrize(("text", "person"), [
    ("当事人在甘州区南街18号的店内销售，经营地址：甘州区明永镇上游村八社41号。", False),
    ("当事人在甘州区明永镇上游村八社41号经营小卖部。", True),  # a person's stall: the clause names the business
    ("当事人在甘州区南关村委会门前摆摊。", True),  # a village office, no house
    ("The shop is located at Room 101, Unit 1, Building 3, Wanda Plaza.", False),
    ("当事人经营地址：Room 101, Building 3, Wanda Plaza。", False),
    ("依据GB 2760-2014第4.1条和Building 3的检查记录。", False),
    ("检验报告No. 2026-0518，样品编号No. 12。", False),
    ("The store at No. 5 Nanguan Road sold expired food.", False),
    ("Sample No. 3 and Group 2 were tested.", False),
])
def test_business_addresses_and_numbers_next_to_them_stay(text: str, person: bool) -> None:
    assert scrub_text(text, person=person) == text


# -- Part 1: names (adv6 other-kinds-fields-persons: a 自愿注册 信息标题 opening with the person's name;
# devices-network-vehicles-dates-homes: `户名*建国`, a name hidden by hand keeping the given name). Sources: 自愿注册/
# 信用承诺 titles as 个体 and persons register them (`X诚信经营承诺`, `X个人信用承诺书`); payment screenshots as
# complaints quote them (`户名*建国`, the bank's own mask of the surname).


@pytest.mark.parametrize(("text", "masked"), [
    ("祁德旺诚信经营承诺", "祁**诚信经营承诺"),
    ("李建国个人信用承诺书", "李**个人信用承诺书"),
    ("王秀英诚信经营承诺书", "王**诚信经营承诺书"),
    ("收款人手机尾号0045，户名*建国", "户名***"),
    ("经查，员工**华负责进货。", "员工***负责进货"),
])
def test_names_opening_a_title_or_kept_after_stars_are_masked(text: str, masked: str) -> None:
    assert masked in scrub_text(text)


@pytest.mark.parametrize("text", [
    "王老吉诚信经营承诺", "张掖诚信经营承诺", "甘州区诚信经营示范店", "消费者**反映购买的月饼发霉。",
    "经查，员工*负责进货。", "消费者*电话无人接听。", "户名*某", "员工**先生称",
])
def test_brands_places_and_masks_already_made_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Part 1: birth dates (adv6 birthdates-more-spellings): passports print the day first, English forms (DOB), a
# month and day before the year (出生日期为八月十五日（1987年）).


@pytest.mark.parametrize(("text", "date"), [
    ("经查，员工祁某，男，DOB 1985-08-15，负责进货。", "1985-08-15"),
    ("经查，员工祁某，男，出生日期：15/08/1986。", "15/08/1986"),
    ("经查，员工祁某，出生日期为八月十五日（1987年）。", "1987"),
    ("Date of Birth: 15/08/1986", "15/08/1986"),
])
def test_birth_dates_in_more_spellings_are_masked(text: str, date: str) -> None:
    assert date not in scrub_text(text)


@pytest.mark.parametrize("text", ["该公司成立于2015-06-01，生产日期2026-05-18。", "本公司于2016年5月18日成立，批号20260518。"])
def test_dates_that_are_no_birth_date_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Part 2: new shapes (adv7 folders people-decision-party-blocks, people-repair-lists-partners,
# people-shop-named-in-inspection, people-dots-titles-hidden, people-structure-cells). Sources: 撤销行政处罚决定 汇总
# (dawenxue.cn/fanwen/jueding/140/140343.html: 被处罚人…，男，汉族，198X年…出生，现住址…村; 对某市某镇某村4组施某家中检查);
# the 格式范本's 当事人基本情况 (X，女，回族，1986年生，住…); 共同违法 decisions (夫妇经营, 合伙经营, 受雇于, 上线/下线 of
# 传销); 信用修复 announcements (X的行政处罚信息已完成信用修复); 诚信经营示范户/文明家庭 honour lists (X等3户, X家庭);
# 双随机 inspection results (检查对象：…X烧烤店（经营者X）; zzswgk.cn/article/41091.html); 12315 work orders as typed
# on a phone (阿依古丽•买买提 with U+2022, 祁先生（建华）, 某建华, 祁建某, 检查人员：X/Y).


@pytest.mark.parametrize(("text", "name"), [
    ("经审核，祁建华的行政处罚信息已完成信用修复。", "祁建华"),
    ("祁建华等3户诚信经营示范户", "祁建华"),
    ("文明家庭：祁建华家庭", "祁建华"),
    ("对祁建华户的违法建筑予以拆除。", "祁建华"),
    ("经查，当事人与祁志强合伙经营。", "祁志强"),
    ("经查，当事人的上线为祁海燕。", "祁海燕"),
    ("经查，当事人将货物卖给了祁桂英。", "祁桂英"),
    ("经查，当事人受雇于祁建华。", "祁建华"),
    ("经查，祁建华出具的情况说明证实。", "祁建华"),
    ("经查，当事人向祁建华出租房屋。", "祁建华"),
    ("经查，该店系祁建军、祁秀兰夫妇经营。", "祁建军"),
    ("检查人员：祁建华/祁建国", "祁建国"),
    ("检查对象：甘州区东街祁建华烧烤店（经营者祁建华）。", "祁建华"),
    ("消费者阿依古丽•买买提反映购买的月饼发霉。", "买买提"),
    ("消费者阿依古丽·买买提反映。", "买买提"),
    ("经查，员工阿依古丽买买提负责收银。", "买买提"),
    ("经查，员工热依拉・艾力负责收银。", "艾力"),
    ("消费者祁先生（建华）反映。", "建华"),
    ("消费者某建华反映购买的月饼发霉。", "建华"),
    ("经查，员工祁建某负责进货。", "祁建"),
    ("经查，员工祁永某负责进货，未办理健康证明。", "祁永"),
    ("2026年1月4日，执法人员对甘州区党寨镇陈寨村4组祁某家中检查发现。", "陈寨村4"),
])
def test_people_in_new_shapes_are_masked(text: str, name: str) -> None:
    assert name not in scrub_text(text), scrub_text(text)


@pytest.mark.parametrize("text", [
    "经查，张掖市祁永鹏食品有限公司法定代表人祁永鹏称。",  # (the company keeps its name; the person is masked)
    "当事人销售“卡夫•奥利奥”饼干。",
    "当事人于2016年生产的白酒", "该厂2015年生产，2016年出厂。",
    "当事人某日在店内销售。", "消费者某某反映。", "当事人某公司销售。",
    "当事人出具的发票显示。", "经查，当事人以其名义对外销售。", "经查，该店出租给他人经营。", "张掖市出具的证明。",
    "执法人员对甘州区东街18号当事人的店铺进行检查。",
    "当事人张某、李某某、王某甲到场", "经查，王总某日到店。",
])
def test_public_words_next_to_the_new_rules_stay(text: str) -> None:
    out = scrub_text(text)
    if "有限公司" in text:
        assert "张掖市祁永鹏食品有限公司" in out and "法定代表人祁**" in out, out
    else:
        assert out == text


# -- Part 1 (the lead's re-run of adv6, getihu-operator-home-in-own-text, open again): the operator's home after 住所 in a
# 个体's 当事人基本情况 (格式范本: 当事人…，经营者…，住所…), while a company's 住所 after its 法定代表人 stays.


def test_an_operators_home_after_the_description_is_masked_a_companys_stays() -> None:
    text = "当事人甘州区祁记七号面馆，经营者祁七甲，住所甘州区南关小区8栋1单元402室。经查，当事人销售过期食品。"
    assert "402室" not in scrub_text(text)
    for text in ("当事人甘州区恒发商贸有限公司，住所甘州区南关小区6栋2单元502室。",
                 "经查，当事人住所：甘州区南关小区6栋2单元502室（商铺）。"):
        assert scrub_text(text) == text
    assert "6栋2单元503室" in scrub_text("当事人张掖市恒发有限公司，法定代表人王五，住所甘州区南关小区6栋2单元503室。")


# -- Part 2: a person's name typed into an identifier cell (people-identifier-cells): masked where it is written, the
# numbers of offices and document kinds stay.


@pytest.mark.parametrize(("value", "name"), [
    ("甘州市监罚〔2026〕881号（祁海琴）", "祁海琴"), ("TS-2026-祁春鹏-01", "祁春鹏"), ("PJ2026-祁晓鹏", "祁晓鹏"),
    ("甘州发改认〔2026〕88号 祁德琴", "祁德琴"), ("甘州市监列〔2026〕89号-祁文琴", "祁文琴"), ("欧阳小明-01", "欧阳小明"),
])
def test_a_name_in_an_identifier_cell_is_found(value: str, name: str) -> None:
    from generator.person_names import names_in_identifier

    assert [value[a:b] for a, b in names_in_identifier(value)] == [name]


@pytest.mark.parametrize("value", [
    "张市监罚〔2026〕12号", "甘罚〔2026〕1号", "临市监食字〔2026〕第3号", "高新区罚〔2026〕3号", "甘G·A1234", "国税登字620702",
    "陇药监罚〔2026〕5号", "甘州区卫健局罚〔2026〕1号", "甘农罚〔2026〕1号", "张交罚字〔2026〕1号", "高台县文旅罚〔2026〕2号",
    "公(治)撤字[2006]第018号", "京ICP备12345号", "JY16207020008821", "D(甘张甘)农种许字(2021)第0101号",
])
def test_numbers_of_offices_and_document_kinds_hold_no_name(value: str) -> None:
    from generator.person_names import names_in_identifier

    assert names_in_identifier(value) == []


# -- Part 2, third round (people-titles-quotes-evidence): a case's title opening with the name, 关于X…, 给予X, 对X作出, a
# person's name in quotes that the text says is a person's (冒用“X”的名义, 与“X”签订), evidence titled 《X的情况说明》.
# Sources: 行政处罚决定书 titles as lists publish them (关于对X的行政处罚决定; 《行政处罚法》第五十九条's 决定书 shape); 冒用
# 他人名义 cases (名义 borrowed from a person); the evidence lists of the 格式范本 (情况说明, 证人证言, 调查报告).


@pytest.mark.parametrize(("text", "name"), [
    ("王建华涉嫌无证经营案", "王建华"), ("张建华销售过期食品案", "张建华"), ("关于王建华违法行为的处罚决定", "王建华"),
    ("给予祁建花警告处罚。", "祁建花"), ("决定对祁建花作出如下行政处罚：罚款2000元。", "祁建花"),
    ("经查，当事人冒用“祁建华”的名义签订合同。", "祁建华"), ("经查，当事人以“祁建华”的名义对外销售。", "祁建华"),
    ("经查，当事人与“祁建华”签订了租赁合同。", "祁建华"), ("证据：《关于祁建华的调查报告》", "祁建华"),
    ("证据：《祁建华的情况说明》", "祁建华"), ("关于祁建华违法行为的处罚决定", "祁建华"),
])
def test_names_in_titles_quotes_and_evidence_are_masked(text: str, name: str) -> None:
    assert name not in scrub_text(text), scrub_text(text)


@pytest.mark.parametrize("text", [
    "给予警告处罚。", "决定给予当事人警告，并处罚款2000元。", "依据《关于加强食品安全工作的决定》第三条。",
    "关于张掖市甘州区食品安全专项整治的通知", "经查，当事人冒用“王老吉”的名义销售凉茶。", "经查，当事人冒用“张掖丹霞”的名义。",
    "本机关作出如下决定。", "对该公司作出罚款决定。", "当事人涉嫌违法经营。", "证据：《现场笔录》《询问笔录》《情况说明》《调查报告》",
    "证据：当事人的情况说明、营业执照复印件。", "王老吉销售有限公司", "张掖市销售过期食品案", "黄金销售案",
    "经查，当事人与“华润万家”签订合同。", "关于同意设立张掖华强商贸有限公司的批复",
])
def test_titles_brands_and_evidence_without_a_person_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Part 2, fourth round (people-escaped-names): a name a web system stored as character references, JSON escapes or
# URL escapes (an attachment's link: RFC 3986 percent-encoding of UTF-8), or with a comment or &nbsp; inside.


def _references(name: str) -> str:
    return "".join(f"&#{ord(c)};" for c in name)


def _json_escapes(name: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in name)


@pytest.mark.parametrize(("text", "written"), [
    (f"消费者{_references('祁建华')}反映购买的月饼发霉。", _references("祁建华")),
    ("消费者&#x7941;&#x5efa;&#x534e;反映。", "&#x7941;&#x5efa;&#x534e;"),
    (f"消费者{_json_escapes('祁建华')}反映购买的月饼发霉。", _json_escapes("祁建华")),
    ("消费者%E7%A5%81%E5%BB%BA%E5%8D%8E反映。", "%E7%A5%81%E5%BB%BA%E5%8D%8E"),
    ("附件：http://x.gov.cn/files/%E7%A5%81%E5%BB%BA%E5%8D%8E%E8%BA%AB%E4%BB%BD%E8%AF%81.jpg", "%E7%A5%81%E5%BB%BA%E5%8D%8E"),
    ("消费者祁建<!-- -->华反映。", "华"), ("消费者祁&nbsp;建华反映。", "建华"), ("附件：files/祁建华身份证.jpg", "建华"),
])
def test_names_written_as_escapes_are_masked(text: str, written: str) -> None:
    out = scrub_text(text)
    assert written not in out and "*" in out, out


@pytest.mark.parametrize("text", [
    "依据GB 2760-2014，http://x.gov.cn/a%20b.pdf", "税率为13%，增长20%以上", "&#169; 2026 甘州区", "当事人&nbsp;于2026年销售",
    "详见http://x.gov.cn/%E9%80%9A%E7%9F%A5.pdf",  # (通知.pdf: no name)
])
def test_escapes_without_a_name_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Part 2, fifth round (people-honour-and-blame-lists): honour lists (最美诚信人物, 诚信之星, 道德模范, 好人榜) and blame lists
# (拖欠农民工工资 失信联合惩戒对象, 包工头) as 文明办/人社 notices publish them, with the person and a note in brackets.


@pytest.mark.parametrize(("text", "name"), [
    ("最美诚信人物：祁建华（甘州区南关村村民）", "祁建华"), ("最美诚信人物：祁建华（男，甘州区南关村村民）", "祁建华"),
    ("2026年度诚信之星祁建华", "祁建华"), ("道德模范祁建华事迹", "祁建华"), ("好人榜：祁建华、祁建国", "祁建国"),
    ("黑名单：祁建华（包工头）", "祁建华"), ("经查，包工头祁建华拖欠工资。", "祁建华"), ("经查，劳务班组长祁建华拖欠工资。", "祁建华"),
])
def test_people_on_honour_and_blame_lists_are_masked(text: str, name: str) -> None:
    assert name not in scrub_text(text), scrub_text(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("黑名单：祁建华（包工头）", "（包工头）"), ("经查，劳务班组长祁建华拖欠工资。", "劳务班组长"), ("检查对象：张掖市（甘州区）", "张掖市（甘州区）"),
    ("经查，车间主任称", "车间主任"), ("经查，班组长称。", "班组长"), ("甘州区好人好事", "好人好事"), ("评选出诚信之星10名。", "诚信之星10名"),
])
def test_words_for_people_and_places_beside_them_stay(text: str, kept: str) -> None:
    assert kept in scrub_text(text)


# -- Part 1, over-scrubbing still open in the lead's re-run (adv6 overscrub-business-addresses-aec33ce): a company's works
# in a village yard (院内设厂) and its 送达地址 in a street or with a business note stay; a household's stays masked.


@pytest.mark.parametrize(("text", "person", "kept"), [
    ("当事人在甘州区沙井镇东五村12号院内设厂生产白酒。", False, "东五村12号院内设厂"),
    ("当事人的送达地址为甘州区县府街58号（公司办公室）。", False, "县府街58号（公司办公室）"),
    ("经查，执法人员向当事人送达地址甘州区县府街60号邮寄了告知书。", False, "县府街60号"),
    ("在甘州区南关村九社29号院内加工豆腐。", False, ""),
    ("《送达地址确认书》载明当事人确认的送达地址为甘州区新墩镇南华村二组16号。", False, ""),
    ("当事人的送达地址为甘州区县府街58号。", True, ""),
])
def test_a_companys_works_and_service_address_stay_a_households_does_not(text: str, person: bool, kept: str) -> None:
    out = scrub_text(text, person=person)
    assert (kept in out) if kept else (MASK in out), out
