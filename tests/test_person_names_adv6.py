"""Names the sixth adversarial pass of issue 16 still got published (/work/notes/adv6-report.md 1.2b, 1.6, 1.6b,
1.7, 1.10c and the additions after 21:20: 1.6c, 1.6d), and the public words that look like them, through the public
entry points `scrub_text`, `mask_person_names`, `find_person_names` and `name_in_business_name`.

Sources of the shapes: the case folders of /work/notes/adv6-cases/ named in each group (their cases.json names
where each shape comes from: the 格式范本 (2021) 使用指南's 当事人基本情况 and 证人/委托代理人 wording, names typed
past a platform's keyword filter, 甘南/天祝 bilingual documents); the scripts' code blocks are Unicode's
(Blocks.txt: Tibetan U+0F00-0FFF, Arabic U+0600-06FF, Mongolian U+1800-18AF, Cyrillic U+0400-04FF). The
relationship words are those of the attack's probe /work/notes/adv6-tools/p_rel.py.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text
from generator.person_names import (
    find_person_names,
    mask_person_names,
    name_in_business_name,
)

# -- 1.2b names-symbol-between-surname-and-given, own-values-adv6-spellings ----------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("消费者祁★德厚反映购买的月饼发霉。", "消费者祁***反映购买的月饼发霉。"),
    ("经查，员工祁×德宽负责进货。", "经查，员工祁***负责进货。"),
    ("消费者祁*德茂反映购买的月饼发霉。", "消费者祁***反映购买的月饼发霉。"),
    ("经查，员工祁#德润负责进货。", "经查，员工祁***负责进货。"),
    ("消费者祁✱德馨反映购买的月饼发霉。", "消费者祁***反映购买的月饼发霉。"),
    ("经查，员工祁😀德林负责进货。", "经查，员工祁***负责进货。"),
    ("消费者祁〇德森反映购买的月饼发霉。", "消费者祁***反映购买的月饼发霉。"),
    ("经查，员工祁‘德旺’负责进货。", "经查，员工祁***’负责进货。"),
    ("消费者祁(德富)反映购买的月饼发霉。", "消费者祁***)反映购买的月饼发霉。"),
    ("经查，员工祁一德贵负责进货。", "经查，员工祁***负责进货。"),  # (held before: 一 is a Han character)
    # the other marks of the same kind: any symbol, a dash or punctuation that separates no words
    *((f"消费者祁{mark}德厚反映。", "消费者祁***反映。") for mark in "…—～▪●◎〓✿☺♂†§¥$+=!?？！‖°&"),
])
def test_a_mark_between_surname_and_given_name_is_read_through(text: str, masked: str) -> None:
    assert mask_person_names(text) == masked
    assert scrub_text(text) == masked


@pytest.mark.parametrize(("text", "name"), [
    ("经查，当事人祁★瑞宸无照经营。", "祁★瑞宸"),
    ("经查，当事人无照经营，祁*瑞宇称不知情。", "祁*瑞宇"),  # (祁瑞|宇称: the tagger reads 宇称 as a word)
])
def test_the_partys_own_name_with_a_mark_is_masked_in_its_record(text: str, name: str) -> None:
    out = scrub_text(text, names=(name.replace("★", "").replace("*", ""),), person=True)
    assert name not in out and name.replace("★", "").replace("*", "") not in out and "祁" in out


@pytest.mark.parametrize("text", [
    "经查，当事人销售王老吉×12罐装凉茶。",
    "经查，当事人入住张掖★★★★酒店。",
    "经查，当事人销售“张飞★牛肉”礼盒。",
    "经查，当事人销售黄金×3件。",
    "经查，当事人销售的周黑鸭#鸭脖。",
    "经查，祁连山★景区门票。",
    "经查，当事人在张掖#甘州区经营。",
    "二〇二六年五月，王〇〇反映。",
    "经查，消费者张*反映。",  # a two-character name masked already: 反映 is no given name
    "经查，当事人安*未落实安全生产责任。",
    "投诉人陈*电话已核实。",  # (`*` is the site's own mask: a word after it is no given name)
    "经查，当事人赵*户籍在外地。",
    "经查，当事人张**（身份证号略）无照经营。",
    "经查，员工王(女)负责收银。",
    "经查，员工李（化名）负责收银。",
    "评分：高★★★★",
    "产品尺寸：高×宽×深为30cm。",
    "面积（长×宽）：5×3米",
    "包装标注：苏(食)字第123号",
    "消费者问：是否退款？王经理答复可以。",
    "检验结论：合格—符合GB 2762标准",
    "价格：原价¥88，现价¥66。",
])
def test_marks_beside_public_words_and_masks_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- 1.6 family-partners-aliases ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，当事人伙同祁建业销售假冒卷烟。", "经查，当事人伙同祁**销售假冒卷烟。"),
    ("经查，员工小祁（真名祁海生）负责进货。", "经查，员工小祁（真名祁**）负责进货。"),
    ("经查，当事人法定代表人（曾用名祁来福）拒不配合。", "经查，当事人法定代表人（曾用名祁**）拒不配合。"),
    ("经查，送货人绰号“祁二麻子”。", "经查，送货人绰号“祁***”。"),
    ("经查，当事人之母祁桂香、之兄祁建军均在店内。", "经查，当事人之母祁**、之兄祁**均在店内。"),
    ("经查，当事人之兄祁建新负责进货。", "经查，当事人之兄祁**负责进货。"),  # (建新 is also a verb)
    ("经查，当事人串通祁桂兰负责进货。", "经查，当事人串通祁**负责进货。"),
    ("经查，当事人与其未婚妻祁建新共同经营。", "经查，当事人与其未婚妻祁**共同经营。"),
    ("经查，当事人将货款转给配偶祁建新。", "经查，当事人将货款转给配偶祁**。"),
    ("经查，当事人将货款转给堂兄祁桂兰。", "经查，当事人将货款转给堂兄祁**。"),
    ("经查，当事人债主祁海涛负责进货。", "经查，当事人债主祁**负责进货。"),
    ("经查，当事人与其发小祁海涛共同经营。", "经查，当事人与其发小祁**共同经营。"),
    ("经查，当事人同乡祁海涛负责进货。", "经查，当事人同乡祁**负责进货。"),
    ("经查，当事人姨妈祁海涛负责进货。", "经查，当事人姨妈祁**负责进货。"),
    ("经查，当事人胞兄祁海涛负责进货。", "经查，当事人胞兄祁**负责进货。"),
])
def test_accomplices_relatives_and_other_names_of_a_person_are_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


def test_every_relationship_sentence_of_the_attacks_probe_is_masked() -> None:
    # /work/notes/adv6-tools/p_rel.py: 79 words for a relative or an associate, four sentences each.
    words = ("伙同 串通 配偶 之父 之母 之兄 之弟 之姐 之妹 胞兄 胞弟 胞姐 胞妹 堂兄 堂弟 表哥 表妹 前妻 前夫 未婚妻 未婚夫 男友 "
             "女友 男朋友 女朋友 室友 房东 房客 租户 债主 债务人 担保人 保证人 收款人 付款人 汇款人 受让人 转让人 出租人 承包人 "
             "发包人 监护人 法定代理人 继承人 合伙人 股东 实际控制人 挂名法人 发小 同乡 老乡 朋友 亲戚 邻居 亲属 家属 丈夫 妻子 "
             "儿子 女儿 父亲 母亲 哥哥 弟弟 姐姐 妹妹 公公 婆婆 岳父 岳母 女婿 儿媳 姑父 舅舅 姨妈 叔叔 侄子 外甥 孙子").split()
    names = ["祁建新", "祁桂兰", "祁志刚", "祁秀珍", "祁海涛"]
    shapes = ["经查，当事人{r}{n}负责进货。", "经查，当事人与其{r}{n}共同经营。", "经查，{n}（当事人{r}）负责进货。",
              "经查，当事人将货款转给{r}{n}。"]
    kept = [shape.format(r=r, n=names[(i + j) % 5]) for i, r in enumerate(words) for j, shape in enumerate(shapes)
            if names[(i + j) % 5] in scrub_text(shape.format(r=r, n=names[(i + j) % 5]))]
    assert kept == []


@pytest.mark.parametrize("text", [
    "经查，当事人伙同他人销售假冒卷烟。",
    "经查，当事人伙同其妻子销售。",
    "经查，当事人串通投标。",
    "经查，当事人（曾用名：甘州区翀翮商贸有限公司）拒不配合。",
    "经查，当事人原名甘州区翀翮商行。",
    "经查，当事人之兄弟公司负责进货。",
    "经查，当事人与同乡村民共同经营。",
    "经查，举报人化名“小芳”反映。",  # a pseudonym in quotes is no one's name
    "经查，当事人将货物销往甘州区某某商贸有限公司。",
])
def test_the_same_words_before_public_words_leave_them(text: str) -> None:
    assert scrub_text(text) == text


# -- 1.6c names-property-agency-words, names-decision-contexts-common (the report's additions after 21:20) --


_CONTEXTS = ["该车辆登记在{n}名下。", "该房屋为{n}所有。", "该批货物由{n}代签。", "{n}本人承认上述事实。", "当事人将店铺转让给{n}。",
             "{n}冒用当事人名义经营。", "当事人租用{n}的房屋经营。", "当事人从{n}处购进白酒。", "货款通过{n}的银行卡支付。",
             "当事人系{n}的合伙人。", "{n}出资5万元。", "当事人向{n}借款。", "{n}提供了虚假材料。", "{n}在询问笔录上签字。", "{n}拒绝签字。",
             "当事人与{n}签订租赁合同。", "{n}代为缴纳罚款。", "当事人委托{n}办理登记。", "{n}与当事人系朋友关系。",
             "{n}于2026年5月离职。", "{n}于2026年5月入职。", "{n}持有健康证明。", "{n}未取得健康证明。", "当事人聘用{n}为店长。",
             "{n}作为股东。", "{n}为实际控制人。", "{n}辩称不知情。", "该账号注册人为{n}。", "快递收件人为{n}。", "该店由{n}承包经营。"]


@pytest.mark.parametrize("context", _CONTEXTS)
@pytest.mark.parametrize("name", ["王秀珍", "李建华", "张伟", "祁翀瑭", "刘桂英"])
def test_an_owner_a_lender_or_an_agent_is_masked(context: str, name: str) -> None:
    # the attack's probe /work/notes/adv6-tools/p_ctx.py: 67 of these 150 sentences kept the name
    assert name not in scrub_text("经查，" + context.format(n=name))


@pytest.mark.parametrize("text", [
    "经查，该房屋为国家所有。",
    "经查，当事人向银行借款。",
    "经查，当事人向农村信用社借款。",
    "经查，该车辆登记在公司名下。",
    "经查，该房屋为甘州区所有。",
    "经查，当事人通过甘州区的网点销售。",
    "经查，当事人使用王老吉的商标。",
    "经查，冷藏柜作为存储设备。",
    "经查，华为持有该专利。",
    "经查，当事人将店铺转让给他人。",
    "经查，当事人从张掖市处购进白酒。",
])
def test_the_same_frames_around_public_words_leave_them(text: str) -> None:
    assert scrub_text(text) == text


# -- 1.6d names-evidence-lists-attachments (added to the report after 21:20) -------------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，附件：祁建淼身份证正面.jpg、祁建淼营业执照.pdf。", "经查，附件：祁**身份证正面.jpg、祁**营业执照.pdf。"),
    ("经查，附件名称为“王秀英的询问笔录.docx”。", "经查，附件名称为“王**的询问笔录.docx”。"),  # (a file name in quotes)
    ("经查，证据：张伟询问笔录（2026年5月18日）。", "经查，证据：张*询问笔录（2026年5月18日）。"),
    ("经查，证据目录：1.祁建鑫询问笔录；2.现场照片。", "经查，证据目录：1.祁**询问笔录；2.现场照片。"),
])
def test_a_name_before_the_document_it_names_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "证据：当事人营业执照复印件、现场照片、询问笔录。",
    "证据：甘州区翀翮商贸有限公司营业执照、法定代表人身份证复印件。",
    "附件：现场照片3张、华联超市营业执照。",
    "证据：张掖市场监管局现场笔录。",
    "附件：王老吉照片",
    "证据：金店营业执照",
])
def test_documents_of_organisations_and_places_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- 1.7 names-partly-hidden-initials-aliases ----------------------------------------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，消费者张某华于2026年5月购买月饼。", "经查，消费者张**于2026年5月购买月饼。"),
    ("经查，员工祁X瑶负责进货。", "经查，员工祁**负责进货。"),
    ("经查，员工祁×琪负责收银。", "经查，员工祁**负责收银。"),
    ("经查，员工祁〇琛负责配送。", "经查，员工祁**负责配送。"),
    ("经查，员工李某红负责收银。", "经查，员工李**负责收银。"),
    ("经查，张某华称不知情。", "经查，张**称不知情。"),
    ("经查，消费者王*华反映。", "经查，消费者王**反映。"),
    ("祁某华", "祁**"),  # a cell that is the name (staff-outputs-new-classes: typed into 处罚类别)
    ("| 张某华 | 2026-10-05 |", "| 张** | 2026-10-05 |"),
    # (held before, still held)
    ("经查，举报人“祁小芳”（化名）反映。", "经查，举报人“祁**”（化名）反映。"),
    ("经查，员工Q.H.S.（祁海山）负责进货。", "经查，员工Q.H.S.（祁**）负责进货。"),
])
def test_a_name_hidden_by_hand_that_keeps_more_than_the_surname_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "经查，消费者李某负责进货。",
    "经查，消费者王某某反映。",
    "经查，消费者王某一、王某二反映。",
    "经查，当事人张某称不知情。",
    "当事人李某某、王某某于2026年共同经营。",
    "张某某", "王某一", "李某", "某某公司",
])
def test_names_anonymised_as_the_site_does_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- 1.6b names-minority-scripts-english-addresses, own-names-minority-scripts -------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("经查，消费者བཀྲ་ཤིས་དོན་གྲུབ་反映购买的酥油变质。", "བཀྲ་ཤིས་དོན་གྲུབ"),  # Tibetan
    ("经查，员工ཚེ་རིང་སྒྲོལ་མ་负责收银。", "ཚེ་རིང་སྒྲོལ་མ"),
    ("经查，消费者ئابدۇللا ئەخمەت反映。", "ئابدۇللا ئەخمەت"),  # Uyghur (Arabic script)
    ("经查，员工ᠪᠠᠲᠤᠮᠦᠩᠬᠡ负责进货。", "ᠪᠠᠲᠤᠮᠦᠩᠬᠡ"),  # Mongolian
    ("经查，消费者Абдулла Ахметов反映。", "Абдулла Ахметов"),  # Cyrillic
    # names-hangul-kana-fullwidth-pinyin (the report's additions after 21:20)
    ("经查，员工김철수负责进货。", "김철수"),  # Hangul (朝鲜族)
    ("经查，消费者박영희反映月饼发霉。", "박영희"),
    ("经查，员工たなかたろう负责进货。", "たなかたろう"),  # kana
    ("经查，员工タナカ・タロウ负责进货。", "タナカ・タロウ"),
    ("经查，消费者ＷＡＮＧ　ＪＩＡＮＧＵＯ反映。", "ＷＡＮＧ　ＪＩＡＮＧＵＯ"),  # full-width pinyin (an IME in full-width mode)
    ("经查，消费者ｑｉ ｘｉｕｙｉｎｇ反映。", "ｑｉ ｘｉｕｙｉｎｇ"),
    ("经查，员工ㄑㄧˊ ㄐㄧㄢˋ ㄍㄨㄛˊ负责进货。", "ㄑㄧˊ ㄐㄧㄢˋ ㄍㄨㄛˊ"),  # bopomofo
    ("经查，消费者Nguyễn Văn An反映。", "Nguyễn Văn An"),  # Vietnamese
    # names-han-pinyin-mixed (added after 21:20): a character the IME lacks typed in pinyin
    ("经查，员工祁jian国负责进货。", "祁jian国"),
    ("经查，消费者qi建国反映。", "qi建国"),
    ("经查，消费者Q建民反映。", "Q建民"),
    ("经查，消费者祁建guo反映。", "祁建guo"),
])
def test_a_name_in_another_script_after_a_role_word_is_masked(text: str, name: str) -> None:
    out = scrub_text(text)
    assert name not in out and name[0] in out and "*" in out
    assert out.endswith(text[-3:])  # the verb after the name stays


@pytest.mark.parametrize(("text", "name"), [
    ("经查，当事人བཀྲ་ཤིས་ཚེ་རིང无照经营。", "བཀྲ་ཤིས་ཚེ་རིང"),
    ("经查，当事人ئەخمەتجان تۇرسۇن无照经营。", "ئەخمەتجان تۇرسۇن"),
])
def test_the_partys_own_name_in_another_script_is_masked(text: str, name: str) -> None:
    assert name not in scrub_text(text, names=(name,), person=True)
    assert name not in scrub_text(text)  # after 当事人, as any person's


@pytest.mark.parametrize(("shop", "operator"), [
    ("མགོན་པོ་རྡོ་རྗེ", "མགོན་པོ་རྡོ་རྗེ"),  # a 个体 listed under its operator's name, no operator cell
    ("甘州区མགོན་པོ་རྡོ་རྗེ", "མགོན་པོ་རྡོ་རྗེ"),
    ("ئەخمەتجان تۇرسۇن", "ئەخمەتجان تۇرسۇن"),
    ("甘州区李记烧烤店", ""),
    ("甘州区སྒྲོལ་མ་ཡང་ཅན酥油店", ""),  # a shop's name (its operator comes from the operator cell)
])
def test_a_business_named_by_its_operator_in_another_script_is_read_as_the_operator(shop: str, operator: str) -> None:
    assert name_in_business_name(shop) == operator


@pytest.mark.parametrize("text", [
    "经查，当事人销售的“Лада”牌汽车配件无合格证明。",  # a brand in Cyrillic, no role word before it
    "བཀྲ་ཤིས་བདེ་ལེགས།",  # a greeting alone
    "经查，当事人销售ＧＢ２７６０标准的食品。",  # full-width letters of a standard
    "经查，当事人销售ＡＢＣ牌饼干。",
    "经查，当事人销售的Café Latte咖啡。",  # diacritics in a product's name, no role word
    "经查，当事人销售的キットカット巧克力。",  # kana of a brand, no role word
    "经查，当事人X光机未检定。",  # a letter and a word after a role word (names-han-pinyin-mixed)
    "经查，消费者Q币充值未到账。",
    "经查，员工ID卡丢失。",
    "经查，消费者U盘损坏。",
])
def test_other_scripts_without_a_role_word_stay(text: str) -> None:
    assert scrub_text(text) == text


# -- 1.10c names-in-short-structure-cells ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "masked"), [
    ("祁海燕无健康证明从事食品经营", "祁**无健康证明从事食品经营"),  # 违法行为类型
    ("祁宏伟冒用他人身份证办理登记", "祁**冒用他人身份证办理登记"),  # 列入原因
    ("王海燕无健康证明从事食品经营", "王**无健康证明从事食品经营"),  # a name the dictionary knows
])
def test_a_name_opening_a_short_cell_as_its_subject_is_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "王老吉凉茶未标注生产日期", "张小泉剪刀未标注厂名", "周大福首饰未明码标价", "黄金饰品未明码标价", "马铃薯淀粉不合格",
    "杨国福麻辣烫加盟店未公示", "高压锅不合格", "金龙鱼食用油过期", "谭木匠梳子仿冒", "白条肉未检疫", "海鲜未冷藏",
    "于规定期限内未年报", "车辆未年检", "常温存放冷藏食品", "安全生产责任未落实", "明码标价不规范", "包装标识不符",
    "严重违法失信", "韩式烤肉店无证经营", "陈列商品过期", "李宁运动服侵权", "华润万家超市未明码标价", "苏宁电器虚假宣传",
    "曲奇饼干过期", "何首乌冒充", "申报不实", "许可证过期", "成品油不合格", "石斛冒充",
])
def test_a_cell_opening_with_a_brand_a_product_or_a_word_stays(text: str) -> None:
    assert find_person_names(text) == []

