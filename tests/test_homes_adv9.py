"""Homes of natural persons written without a word for a home (the ninth pass on homes, h9a), and the public addresses
beside them that must stay, through the public entry point `scrub_text` (the scrubber every free-text column goes through;
`person=True` is a natural person's own record). privacy.md: a natural person's home address is never public; an
organisation's or a business's address, a public place, an office's address are.

Each group names the source of its shape. Values are synthetic. The same shapes, built with the CLI and read in every
output byte, are tests/hostile/corpus_adv9_homes.py.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

MASK = "[已隐去]"

# -- In brackets right after the person. Sources: /work/notes/h9n.md (session 9: 消费者王某（甘州区南大街12号3单元401室）投诉
# published); 12315 complaint summaries under 《市场监督管理投诉举报处理暂行办法》 (投诉人, 业主, 租户 in brackets); a
# 责令改正通知书 served on a person (《中华人民共和国行政处罚法》第五十九条: a decision names the party's 姓名、地址).


@pytest.mark.parametrize(("text", "masked"), [
    ("消费者王某（甘州区南大街12号3单元401室）投诉该店销售过期食品。", f"消费者王某（{MASK}）投诉该店销售过期食品。"),
    ("投诉人李某（甘州区南关村五社14号）反映购买的化肥结块。", f"投诉人李某（{MASK}）反映购买的化肥结块。"),
    ("物业公司对业主李某（甘州区丽都花园12幢3单元601室）停水。", f"物业公司对业主李某（{MASK}）停水。"),
    ("租户李某（甘州区南环路88号3号楼1单元201室）投诉房东扣押押金。", f"租户李某（{MASK}）投诉房东扣押押金。"),
    ("执法人员向王某（甘州区沙井镇五个墩村六社9号）送达责令改正通知书。", f"执法人员向王某（{MASK}）送达责令改正通知书。"),
    ("消费者王某【甘州区南大街12号3单元401室】投诉该店。", f"消费者王某【{MASK}】投诉该店。"),
    ("王某（女，甘州区南大街12号3单元401室）投诉该店。", f"王某（女，{MASK}）投诉该店。"),
    ("消费者王某（甘州区南大街12号3单元401室，电话已隐去）投诉该店。", f"消费者王某（{MASK}，电话已隐去）投诉该店。"),
    ("消费者王某（甘州区南大街12号3-2-401）投诉该店。", f"消费者王某（{MASK}）投诉该店。"),
])
def test_a_home_in_brackets_after_a_person_is_masked_and_the_complaint_stays(text: str, masked: str) -> None:
    assert scrub_text(text, names=(), prose=False) == masked


@pytest.mark.parametrize(("text", "left"), [
    # the same brackets copied from a PDF: spaces and a line break inside the address
    ("消费者王某（甘州区南大街12号 3单元 401室）投诉该店。", ["3单元 401室", "南大街"]),
    ("消费者王某（甘州区南大街12号\n3单元401室）投诉该店。", ["3单元401室", "南大街"]),
    ("投诉人（甘州区西关街道 南关小区 8栋 1单元 402室）反映。", ["402室", "南关小区"]),
    ("消费者王某（甘州区甘浚镇屯、中沟村3社16号）投诉。", ["中沟村", "16号"]),
])
def test_a_home_split_by_spaces_or_lines_is_masked_whole(text: str, left: list[str]) -> None:
    out = scrub_text(text, prose=False)
    assert [piece for piece in left if piece in out] == []
    assert out.endswith(text[text.index("）"):])  # what the person did stays


def test_an_english_flat_in_brackets_after_the_complainant_is_masked_and_the_shop_stays() -> None:
    # (the round-6 source of the English rules: a foreign resident's complaint, The complainant lives at Room 501, …)
    text = "The complainant Wang (Room 402, Unit 3, Building 12, Nandajie Community) said the shop sold expired milk."
    out = scrub_text(text, prose=False)
    assert "Room 402" not in out and "Building 12" not in out
    assert out.endswith(") said the shop sold expired milk.")
    shop = "The shop at Room 101, Building 5, Jinan Garden sold fake liquor."  # no person before it: a business's
    assert scrub_text(shop, prose=False) == shop


@pytest.mark.parametrize(("text", "public"), [
    ("当事人甘州区王记面馆（甘州区南大街12号1号门面）未办理食品经营许可。", "甘州区南大街12号1号门面"),  # a 个体's shop
    ("张掖华强商贸有限公司（住所：甘州区县府街58号3单元301室）销售过期食品。", "甘州区县府街58号3单元301室"),  # a company's 住所
    ("张掖华强商贸有限公司（甘州区南关村五社14号）", "甘州区南关村五社14号"),  # a company in a village
    ("甘州区人民政府（甘州区县府街1号3楼301室）。", "甘州区县府街1号3楼301室"),  # an office
    ("抽检由甘肃省产品质量监督检验研究院（兰州市城关区南昌路3号5楼501室）承检。", "南昌路3号5楼501室"),
    ("消费者在甘州区万达广场（3层301室）的店铺购买。", "甘州区万达广场（3层301室）的店铺"),  # a shop named after it
    ("消费者王某（南关小区）投诉。", "消费者王某（南关小区）"),  # an estate named alone
    ("第3组（甘州区执法三组）检查了该店。", "第3组（甘州区执法三组）"),  # a team, not a village's group
    ("投诉人王某（系当事人员工）反映该店未发工资。", "投诉人王某（系当事人员工）"),
    ("旅客入住甘州区南街宾馆（甘州区南街7号院2号房）。", "甘州区南街宾馆（甘州区南街7号院2号房）"),  # a hotel's room
    ("当事人王某（甘州区南关村五社14号，经营场所）销售过期食品。", "甘州区南关村五社14号，经营场所"),  # noted as the premises
    ("当事人王某（甘州区南大街12号3单元101室，经营场所）销售过期食品。", "甘州区南大街12号3单元101室，经营场所"),
])
def test_an_address_in_brackets_after_a_business_an_office_or_no_person_stays(text: str, public: str) -> None:
    assert public in scrub_text(text, prose=False)


def test_an_organisations_own_party_in_brackets_is_the_organisation() -> None:
    text = "当事人（甘州区南关村五社14号）销售过期食品。"  # an organisation's record: 当事人 is the company
    assert scrub_text(text, prose=False) == text
    assert scrub_text(text, person=True, prose=False) == f"当事人（{MASK}）销售过期食品。"  # a person's: their home


# -- A clause of the person's description, with no 住 before it. Sources: 《市场监督管理行政执法文书格式范本》
# (国市监法发〔2021〕42号), 行政处罚决定书's 当事人基本情况 (姓名，性别，出生年月，民族，then the address); a 送达公告 (受送达人：X，
# the address).


@pytest.mark.parametrize(("text", "person", "masked"), [
    ("当事人张某，男，1980年生，甘州区党寨镇陈寨村三社15号。", True, f"当事人张某，男，{MASK}生，{MASK}。"),
    ("当事人张某，男，个体工商户，甘州区南大街12号3单元101室。", True, f"当事人张某，男，个体工商户，{MASK}。"),
    ("当事人王某，男，甘州区新墩镇双堡村十一社，未经批准建房。", True, f"当事人王某，男，{MASK}，未经批准建房。"),
    ("员工郝某，女，38岁，甘州区青年西街18号2单元402室，未办理健康证明。", False,
     f"员工郝*，女，38岁，{MASK}，未办理健康证明。"),
    ("受送达人：王某，甘州区北街街道县府南街25号1单元301室。", False, f"受送达人：王某，{MASK}。"),
    ("申请人：王建国，甘州区南关村五社14号。", False, f"申请人：王**，{MASK}。"),
    ("当事人王某，男，汉族，甘肃省张掖市甘州区南关村五社14号人。", True, f"当事人王某，男，汉族，{MASK}人。"),
])
def test_a_home_as_a_clause_of_a_persons_description_is_masked(text: str, person: bool, masked: str) -> None:
    assert scrub_text(text, person=person) == masked


@pytest.mark.parametrize("text", [
    "当事人：甘州区王记面馆，甘州区南关村五社14号。",  # a business's address after the business
    "当事人张掖华强商贸有限公司，住所甘州区南关村五社14号。",  # a company's 住所
    "经营者王某，男，经营场所：甘州区南大街12号3单元101室。",  # the 经营场所 of a 个体
    "当事人王某，男，在甘州区南关村五社14号经营养殖场。",  # where the business is
])
def test_a_business_address_after_a_description_stays(text: str) -> None:
    out = scrub_text(text)
    address = text[text.index("甘州区", 6):].split("经营养殖场")[0].rstrip("。")
    assert address in out


# -- The person's house as the object of the act. Sources: 《中华人民共和国城乡规划法》第六十五条 (乡村违建: 责令停止建设、限期
# 改正: a villager's group), a 群租 case (当事人将…出租屋用于群租), a 秸秆焚烧 case naming the household.


@pytest.mark.parametrize(("text", "person", "masked"), [
    ("当事人将甘州区北街18号3单元402室出租屋用于群租。", True, f"当事人将{MASK}出租屋用于群租。"),
    ("当事人系甘州区小满镇石桥村四组村民，未经批准建房。", True, f"当事人系{MASK}村民，未经批准建房。"),
    ("经查，甘州区党寨镇陈寨村三社农户张某在自家院内焚烧秸秆。", False, f"经查，{MASK}农户张某在自家院内焚烧秸秆。"),
    ("经查，王某在甘州区南关村五社14号私自屠宰生猪。", False, f"经查，王某在{MASK}私自屠宰生猪。"),  # a 举报 on a neighbour
])
def test_a_persons_house_acted_on_is_masked_and_the_act_stays(text: str, person: bool, masked: str) -> None:
    assert scrub_text(text, person=person) == masked


@pytest.mark.parametrize(("text", "public"), [
    ("经查，甘州区党寨镇十号村一社村民委员会未公示。", "甘州区党寨镇十号村一社村民委员会"),  # the village's office
    ("执法人员在甘州区金安苑小区5号楼2单元101室的当事人仓库内查获假冒白酒12箱。", "甘州区金安苑小区5号楼2单元101室"),
    ("执法人员对位于甘州区东关农贸市场12号摊位的当事人经营场所进行检查。", "甘州区东关农贸市场12号摊位"),
    ("经查，当事人在甘州区南关村五社14号设厂生产白酒。", "甘州区南关村五社14号"),
    ("经营者王某在甘州区南关村五社14号经营副食店。", "甘州区南关村五社14号经营副食店"),
    ("经查，王某在甘州区南关村五社14号的养殖场内饲养生猪。", "甘州区南关村五社14号的养殖场"),
    ("消费者王某在南关小区门口购买水果，在中心广场投诉该摊贩。", "南关小区门口购买水果，在中心广场"),
    ("甘州区南关村五社村民反映该厂噪音扰民，组织南关村六社群众开展培训。", "甘州区南关村五社村民反映该厂噪音扰民，组织南关村六社群众"),
    ("当事人在其养殖场（甘州区南关村五社14号）饲养生猪。", "当事人在其养殖场（甘州区南关村五社14号）饲养生猪"),
    ("当事人：甘州区南关家庭农场，甘州区南关村五社14号。", "当事人：甘州区南关家庭农场，甘州区南关村五社14号"),
])
def test_a_business_an_office_or_a_public_place_acted_on_stays(text: str, public: str) -> None:
    assert public in scrub_text(text)


# -- A flat of a street address (…号3单元402室) with no estate's name and no word for a home: 单元 and 室 together name a
# flat of a block of homes. Sources: 快递/外卖 complaints under 《市场监督管理投诉举报处理暂行办法》 (a parcel left at the
# consumer's door), a complainant's 地址 in its own clause. A company's 住所 in such a block is public (《中华人民共和国
# 市场主体登记管理条例》第八条: a registered 住所 is a registration item).


@pytest.mark.parametrize(("text", "masked"), [
    ("快递员将包裹放在甘州区南大街12号3单元402室门口。", f"快递员将包裹放在{MASK}门口。"),
    ("投诉人：王某；地址：甘州区南大街12号3单元401室；诉求：退款。", f"投诉人：王某；地址：{MASK}；诉求：退款。"),
    ("消费者王某，甘州区县府街58号3单元301室，投诉该公司。", f"消费者王某，{MASK}，投诉该公司。"),
    ("消费者王某在甘州区南大街12号3单元401室内使用该热水器时发生爆炸。", f"消费者王某在{MASK}内使用该热水器时发生爆炸。"),
    # separated by spaces only (a complaint form's fields pasted on one line): the name stays, the address goes
    ("投诉人：王某 甘州区南大街12号3单元401室 反映该店。", f"投诉人：王某 {MASK} 反映该店。"),
    ("投诉人：王某 甘州区南关村五社14号 反映该店。", f"投诉人：王某 {MASK} 反映该店。"),
    # written in Chinese numerals, full-width digits, or traditional characters
    ("消费者王某（甘州区南大街十二号三单元四〇一室）投诉该店。", f"消费者王某（{MASK}）投诉该店。"),
    ("消费者王某（甘州区南大街１２号３单元４０１室）投诉该店。", f"消费者王某（{MASK}）投诉该店。"),
    ("消費者王某（甘州區南大街12號3單元401室）投訴該店。", f"消費者王某（{MASK}）投訴該店。"),
    ("消费者王某（甘州区南大街12号3单元401号）投诉该店。", f"消费者王某（{MASK}）投诉该店。"),
    # more in the bracket before the address, a courtyard's numbered house
    ("王某（身份证号已隐去，甘州区南关村五社14号）投诉该店。", f"王某（身份证号已隐去，{MASK}）投诉该店。"),
    ("王某（住户，甘州区南关村五社14号）投诉该店。", f"王某（住户，{MASK}）投诉该店。"),
    ("消费者王某（甘州区南街7号院2号）投诉。", f"消费者王某（{MASK}）投诉。"),
    ("消费者王某（甘州区南大街12号院3排5号）投诉。", f"消费者王某（{MASK}）投诉。"),
    ("租户李某（甘州区南街7号院2号房）投诉房东。", f"租户李某（{MASK}）投诉房东。"),
])
def test_a_street_flat_is_masked_and_what_happened_there_stays(text: str, masked: str) -> None:
    assert scrub_text(text, prose=False) == masked


@pytest.mark.parametrize("text", [
    "当事人：张掖华强商贸有限公司，甘州区县府街58号3单元301室。",
    "当事人张掖华强商贸有限公司，甘州区县府街58号3单元301室。",
    "当事人在甘州区县府街58号3单元301室（公司办公室）经营。",
    "张掖华强商贸有限公司住所位于甘州区县府街58号3单元301室。",
    # a flat used as a business's premises: what it is used for follows it
    "当事人在甘州区南大街12号3单元101室开设诊所。",
    "当事人在甘州区南大街12号3单元101室从事美容服务。",
    "当事人位于甘州区南大街12号3单元101室的美容院未取得许可。",
    "当事人于2026年3月在甘州区南大街12号3单元101室设立办公点。",
    "王某（甘州区南大街12号3单元101室）经营的副食店销售过期食品。",
])
def test_a_companys_office_in_a_block_of_flats_stays(text: str) -> None:
    assert scrub_text(text, prose=False) == text


# -- A date before the address is public (privacy.md: masking never destroys dates). Source: the 责令限期拆除 of a
# 城乡规划法第六十五条 case (责令X于…日前拆除…院内违法建筑) and the 经查 paragraph of the 格式范本 (当事人于…日在…家中): the
# rules reading an address from 于 on took the date and the act with it.


@pytest.mark.parametrize(("text", "masked"), [
    ("当事人于2026年3月10日在甘州区南关村五社14号家中私设屠宰点。", f"当事人于2026年3月10日在{MASK}家中私设屠宰点。"),
    ("当事人于2026年3月10日在甘州区南关小区3栋2单元501室家中加工月饼。", f"当事人于2026年3月10日在{MASK}家中加工月饼。"),
    ("责令刘某于2026年3月10日前拆除甘州区东街村一社22号院内违法建筑。",
     f"责令刘某于2026年3月10日前拆除{MASK}院内违法建筑。"),
])
def test_the_date_before_a_home_stays_and_the_home_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text, prose=False) == masked
    assert scrub_text(text, person=True, prose=False) == masked


def test_an_english_home_after_mr_and_a_comma_is_masked() -> None:
    text = "Mr Wang, Room 402, Unit 3, Building 12, Nandajie Community, complained about the shop."
    out = scrub_text(text, prose=False)
    assert "Room 402" not in out and "Building 12" not in out
    assert out.startswith("Mr Wang, ") and out.endswith(", complained about the shop.")
