"""People the eleventh privacy pass on names (adv11, h12p) found published, and the public words earlier rules destroyed,
through the public entry point `scrub_text` (the scrubber every free-text column goes through).

Each group names the source of its shape (the published text or form it was read from; /work/notes/h12p.md tells what was
tried and what main already masked). Values are synthetic. The same shapes, built and read in every output byte, are
tests/hostile/corpus_adv11_people.py. Each shape is tested both ways: the name masked and the public fact beside it kept.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text

# -- The tenth pass's leftovers (/work/notes/h11p.md "Found but left").


@pytest.mark.parametrize(("text", "masked"), [
    # a name after a nationality, with no Han surname (h11p's left case) or with one; the nationality stays
    ("员工马来西亚公民阿明负责收银。", "员工马来西亚公民阿*负责收银。"),
    ("员工马来西亚籍阿明负责收银。", "员工马来西亚籍阿*负责收银。"),
    ("消费者缅甸籍玛玛丹反映商品质量问题。", "消费者缅甸籍玛**反映商品质量问题。"),
    ("员工越南籍阮氏香负责收银。", "员工越南籍阮**负责收银。"),
    ("员工韩国籍崔成浩负责收银。", "员工韩国籍崔**负责收银。"),
])
def test_a_name_after_a_nationality_is_masked_and_the_nationality_kept(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "当事人马来西亚籍，在甘州区经营。",
    "当事人雇用越南籍人员从事销售。",
    "员工外国人员负责收银。",
    "消费者韩国籍，反映商品质量问题。",
    "当事人户籍所在地为甘州区。",
    "员工中国公民负责收银。",
])
def test_a_nationality_with_no_name_after_it_stays(text: str) -> None:
    assert scrub_text(text) == text


def test_a_tibetan_given_name_before_a_spaced_dot_and_a_place_is_masked_and_the_place_kept() -> None:
    # h11p's left case: 扎西, a name the transliterated parts list (detect.UYGHUR_NAME_PARTS) knows, then · and a market.
    assert scrub_text("员工扎西 · 张掖市场。") == "员工扎* · 张掖市场。"
    assert scrub_text("员工扎西 · 顿珠在店内销售。") == "员工扎******在店内销售。"  # (a second part is still the name's)


@pytest.mark.parametrize("text", [
    "经查，吉克隆超市在店内销售。",  # (h11p's left case: 吉克, a Yi family name, opens a supermarket's name)
    "经查，吉克隆超市、阿尔卑斯超市在店内销售。",
    "经查，华强超市称不知情。",  # (main masked 华*: the tagger reads 超市 as a verb after a name-like word)
])
def test_a_name_like_word_before_a_supermarket_stays(text: str) -> None:
    assert scrub_text(text) == text


def test_a_name_with_a_rare_given_character_ends_before_all_and_a_negation() -> None:
    # h11p's left case (a rare given character the tagger cannot read, then 均未: "all … not"); the name itself stays
    # masked, and before a verb 均 is still a given character (粤人社监列决字〔2026〕0001号: 实际控制人X作出).
    assert scrub_text("当事人余瓈均未到场。") == "当事人余*均未到场。"
    assert scrub_text("对该公司实际控制人余瓈均作出列入决定。") == "对该公司实际控制人余**作出列入决定。"


# -- The object of a sale, an errand or a summons. Sources: 潭縣市監處罰〔2025〕131號 (yqfq.com.cn content_1388127: 當事人
# 於2025年4月2日銷售給投訴人1包), 剑河县 处罚决定书 on 李會平 (ppfocus.com/0/scac3a5ed.html: 向參會的老人們推銷其產品), and
# 安市监罚〔2022〕204号 (kman.gov.cn/c/2022-12-13/6388943.shtml: 《询问通知书》(安市监询通〔2022〕5-15号)), whose 询问通知书
# asks a person to come (请X于…到…接受询问).


@pytest.mark.parametrize(("text", "masked"), [
    ("当事人向王芳销售过期食品2箱。", "当事人向王*销售过期食品2箱。"),
    ("当事人向祁瑞峰推销其产品驼奶配方粉。", "当事人向祁**推销其产品驼奶配方粉。"),
    ("当事人未向刘洋支付工资。", "当事人未向刘*支付工资。"),
    ("当事人给刘洋发放工资3000元。", "当事人给刘*发放工资3000元。"),
    ("当事人让刘洋从事销售。", "当事人让刘*从事销售。"),
    ("请祁瑞峰于3日内到我局接受调查。", "请祁**于3日内到我局接受调查。"),
    ("通知王芳于2022年10月9日到所接受询问。", "通知王*于2022年10月9日到所接受询问。"),
    ("执法人员通知张三到场。", "执法人员通知张*到场。"),
    ("收据落款为祁瑞峰。", "收据落款为祁**。"),
])
def test_the_person_a_sale_an_errand_or_a_summons_is_for_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "当事人向社会公众销售过期食品。",
    "当事人向张掖华强商贸有限公司销售羊肉。",
    "当事人向金龙鱼经销商购进。",
    "当事人向东方红销售。",  # (the dictionary's 金龙鱼, 东方红: tagged nr, no one's name here)
    "当事人给顾客出具收据。",
    "请当事人于3日内到我局接受调查。",
    "请相关人员于3日内到我局。",
    "通知各商户于3日内整改。",
    "安排员工从事销售。",
    "让利销售。",
    "落款为张掖华强商贸有限公司。",
])
def test_organisations_groups_and_brands_in_those_frames_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Signatures and notices. Sources: the 信用承诺书 signature line 承诺人（签字）：X, written the other way round on scanned
# forms (X（签字）); 市场监管总局《市场监督管理行政处罚文书格式范本》(2021): a 行政处罚告知书 or 责令改正通知书 opens with the party's
# name and a colon, then 你 for a natural person.


@pytest.mark.parametrize(("text", "masked"), [
    ("刘洋（签字）", "刘*（签字）"),
    ("刘洋（签名）2026年3月1日", "刘*（签名）2026年3月1日"),
    ("承诺人（签字）：王芳\n2026年3月1日", "承诺人（签字）：王*\n2026年3月1日"),
    ("王芳：\n你于2026年3月1日在甘州区销售过期食品。", "王*：\n你于2026年3月1日在甘州区销售过期食品。"),
    ("祁瑞峰：经查，你在经营中存在违法行为。", "祁**：经查，你在经营中存在违法行为。"),
])
def test_a_name_on_a_signature_line_or_heading_a_notice_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "单位（盖章）",  # (main masked 盖*: 盖 is a surname, 盖章 a cell standing alone)
    "张掖华强商贸有限公司（盖章）",
    "当事人（签字）",
    "法定代表人（签字）",
    "甘州区市场监督管理局：\n你局于2026年3月1日来函。",
    "当事人：\n你单位于2026年3月1日销售过期食品。",
])
def test_signing_words_and_organisations_heading_a_notice_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Wage arrears. Source: 粤人社监列决字〔2026〕0001号 and the 拖欠农民工工资 lists of 人社 bureaus (欠薪X名工人, X等N名农民工);
# 等2名 … 等10人 were cue words already, a count above ten was not.


def test_a_name_before_a_count_of_workers_above_ten_is_masked_and_the_count_kept() -> None:
    assert scrub_text("刘洋等12名农民工被拖欠工资。") == "刘*等12名农民工被拖欠工资。"
    assert scrub_text("拖欠王芳、刘洋等12名农民工工资共计8.6万元。") == "拖欠王*、刘*等12名农民工工资共计8.6万元。"


def test_a_place_before_a_count_stays() -> None:
    assert scrub_text("经查，张掖等10个县市开展检查。") == "经查，张掖等10个县市开展检查。"


# -- Pinyin typed by consumers (12315 summaries): one word with no space, surname and comma after a colon (the passport's
# order, ICAO Doc 9303 part 3), and names listed after the first.


@pytest.mark.parametrize(("text", "masked"), [
    ("投诉人ZHANGSAN称商家拒绝退款。", "投诉人Z*******称商家拒绝退款。"),
    ("投诉人wangfang称商家拒绝退款。", "投诉人w*******称商家拒绝退款。"),
    ("员工LIFANG负责收银。", "员工L*****负责收银。"),
    ("投诉人：ZHANG, SAN", "投诉人：Z*********"),
    ("投诉人LIU YANG、WANG FANG称商家拒绝退款。", "投诉人L*******、W********称商家拒绝退款。"),
])
def test_a_pinyin_name_in_one_word_or_a_list_after_a_role_word_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "消费者XIAOMI手机屏幕损坏。",
    "投诉人：HUAWEI",
    "消费者WIFI连接失败。",
    "顾客APP下单。",
    "投诉人：Apple, Inc",
    "投诉人反映GB 2760-2014标准。",
])
def test_brands_and_english_words_after_a_role_word_stay(text: str) -> None:
    assert scrub_text(text) == text


def test_a_store_listed_after_an_english_name_stays() -> None:
    assert scrub_text("消费者John Smith、Apple Store") == "消费者J*********、Apple Store"


# -- Japanese names opening a finding (as 消费者田中太郎 is read after a role word: adversarial round 5).


def test_a_japanese_name_opening_a_finding_is_masked_and_the_act_kept() -> None:
    assert scrub_text("经查，田中太郎在店内销售过期食品。") == "经查，田***在店内销售过期食品。"
    assert scrub_text("经查，中山路店在店内销售。") == "经查，中山路店在店内销售。"


# -- Roles the earlier lists lacked: 帮厨 (食品安全法 第四十五条's 健康证明 cases name the kitchen staff), 导游 (《导游管理办法》
# 第二十条: 导游X未佩戴导游证), 董事/监事 (as 列入原因 and 信息内容 name a company's officers), a report made by name (举报人实名
# 举报X无证行医, as 卫健 decisions on 非法行医 open), and a round count (王芳等30余名学员: 校外培训 refund complaints).


@pytest.mark.parametrize(("text", "masked"), [
    ("厨师刘洋、帮厨王芳均未取得健康证明。", "厨师刘*、帮厨王*均未取得健康证明。"),
    ("导游王芳未佩戴导游证。", "导游王*未佩戴导游证。"),
    ("该公司董事王芳、监事刘洋被列入严重失信主体名单。", "该公司董事王*、监事刘*被列入严重失信主体名单。"),
    ("举报人实名举报刘洋无证行医。", "举报人实名举报刘*无证行医。"),
    ("王芳等30余名学员要求退费。", "王*等30余名学员要求退费。"),
])
def test_kitchen_tour_and_board_roles_a_named_report_and_a_round_count_mask_the_name(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "董事会决议于2026年3月1日作出。",
    "导游证被吊销。",
    "帮厨人员未取得健康证明。",
    "消费者实名举报该店销售过期食品。",
    "来电反映华强超市销售过期食品。",
    "电话投诉张掖华强商贸有限公司。",
    "张掖等30余个县市开展检查。",
    "陪护服务中心",
])
def test_those_words_before_a_thing_or_an_organisation_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- Wage-arrears notices and clerks' remarks. Source: the 人社 欠薪 notices that list each worker with the sum owed (拖欠X工资
# 3000元、Y工资4500元; 其中X3000元) and name the workers' delegate (农民工代表X反映); 备注 cells (X代领, X签收); a 处罚依据 cell
# closing with the party's answer (…，X对此无异议); foreigners hired (雇用外籍人员X从事家政服务: 《外国人在中国就业管理规定》 cases).


@pytest.mark.parametrize(("text", "masked"), [
    ("欠薪：拖欠刘洋工资3000元、王芳工资4500元。", "欠薪：拖欠刘*工资3000元、王*工资4500元。"),
    ("欠薪27名工人，其中刘洋3000元。", "欠薪27名工人，其中刘*3000元。"),
    ("农民工代表刘洋反映被拖欠工资。", "农民工代表刘*反映被拖欠工资。"),
    ("备注：刘洋代领", "备注：刘*代领"),
    ("处罚依据：《食品安全法》第一百二十四条，刘洋对此无异议。", "处罚依据：《食品安全法》第一百二十四条，刘*对此无异议。"),
    ("雇用外籍人员MARIA SANTOS从事家政服务。", "雇用外籍人员M***********从事家政服务。"),
    ("员工佐藤花子、铃木一郎负责收银。", "员工佐***、铃***负责收银。"),
])
def test_wage_lists_remarks_and_foreigners_hired_mask_the_name(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "拖欠工资3000元、项目工资4500元。",
    "其中罚款3000元，货值3000元。",
    "当事人对此无异议。",
    "本局代收罚款。",
    "工人代表大会于2026年3月1日召开。",
    "外籍人员从事家政服务。",
])
def test_sums_and_words_in_those_places_stay(text: str) -> None:
    assert scrub_text(text) == text
