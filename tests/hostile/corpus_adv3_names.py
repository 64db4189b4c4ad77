"""Hostile cases of the third adversarial pass on names, addresses and minors (issue 16, adv3).

Each case names the case folder of /work/notes/adv3-cases/ it comes from (the attack report
/work/notes/adv3-report.md, sections 1.2, 1.5, 1.6, 1.8 and 2); the folders hold the rows as the
attacker wrote them, these cases the same shapes with their own synthetic values. Sources of the
shapes from outside: the 《百家姓》 for the rare surnames (仉, 钮, 郦, 逄); Tibetan, Uyghur names as
written without a middle dot in 甘南/张掖 records (扎西顿珠, 次仁央宗, 买买提艾力); 张掖市甘州区
平山湖蒙古族乡 (行政区划代码 620702) and 甘泉公园 (张掖市) for the place names.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py.
"""

from __future__ import annotations

from tests.helpers import make_id
from tests.hostile.corpus import Case, PenaltyRows

_FOLDER = "/work/notes/adv3-cases/"


def cases() -> list[Case]:
    """The adv3 name, address and minor cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []

    rows = PenaltyRows(lambda: next(serial), 30000, "荣", 6000, 7000, "赵六", "19820303", 100, 800)
    org, person, business = rows.org, rows.person, rows.business

    # -- 1.2 a 个体工商户 named like a person, no operator given ------------------------------------
    folder = "business-named-person-no-operator"
    for k, (shop, planted) in enumerate((("侯彧瑄", "侯彧瑄"), ("甘州区蒋翀瑄", "蒋翀瑄"), ("韦翮琰", "韦翮琰"),
                                         ("甘肃省临泽县蔡翀婧", "蔡翀婧"), ("仉翀琛", "仉翀琛"))):
        if k % 2 == 0:  # the placeholder code, the 工商注册号 as its key
            row = business(shop, "", 统一社会信用代码="00000000000000000X", 工商注册号=f"62070200600{2016 + 37 * k:04d}")
        else:
            row = business(shop, "")
        out.append(Case("names", f"{folder}: 个体工商户 {shop}, no operator", {"penalties": [row]}, [planted],
                        public=[row["行政处罚决定书文号"]], codes=["operator-read-from-name"]))
    # A business with a 字号 and no operator keeps its name.
    row = business("甘州区老陈记烧烤店", "")
    out.append(Case("overscrub", f"{folder}: a 字号 with no operator stays", {"penalties": [row]}, [],
                    public=["甘州区老陈记烧烤店"]))

    # -- 1.8 a minor operator whose ID is in 证件号码 ---------------------------------------------
    folder = "minor-business-id-in-zhengjianhaoma"
    for k in range(3):
        operator = ["邝翀童", "郦翮童", "韦彧童"][k]
        row = business(f"甘州区{operator}小卖部", operator, 证件类型="身份证", 证件号码=make_id(f"20100{k + 3}05", 212 + k))
        out.append(Case("minors", f"{folder}: minor operator, ID in 证件号码", {"penalties": [row]},
                        [row["行政处罚决定书文号"], f"{operator}小卖部"]))
    # -- 1.5 third persons' names in text -------------------------------------------------------
    # (folder, column, text with {} for the name, the name); organisations' records, so only the
    # detector's name rules mask them.
    third = [
        ("names-in-quotes", "违法事实", "消费者“{}”反映当事人销售过期食品。", "韦翀婧"),
        ("names-in-quotes", "违法事实", "投诉人「{}」称当事人未明码标价。", "蔡翮瑄"),
        ("names-in-quotes", "违法事实", "员工‘{}’未取得健康证明。", "郭彧琰"),
        ("names-in-quotes", "备注", "经办人员：《{}》", "孟翀琛"),
        ("names-rare-surnames", "违法事实", "消费者{}反映当事人销售过期食品。", "仉翀婧"),
        ("names-rare-surnames", "违法事实", "员工{}无健康证明上岗。", "钮彧琰"),
        ("names-rare-surnames", "违法事实", "顾客{}称购买的牛奶已过期。", "郦翮瑄"),
        ("names-rare-surnames", "备注", "店员{}", "逄翀琛"),
        ("names-stopchar-given", "违法事实", "消费者{}反映当事人销售过期食品。", "侯和平"),
        ("names-stopchar-given", "违法事实", "投诉人{}称当事人未明码标价。", "蒋从军"),
        ("names-stopchar-given", "备注", "店员{}", "韦建社"),
        ("names-stopchar-given", "违法事实", "证人{}证实当事人无照经营。", "蔡之敏"),
        ("names-minority-no-surname", "违法事实", "消费者{}反映当事人销售过期食品。", "扎西顿珠"),
        ("names-minority-no-surname", "违法事实", "员工{}无健康证明上岗。", "次仁央宗"),
        ("names-minority-no-surname", "违法事实", "投诉人{}称当事人未明码标价。", "买买提艾力"),
        ("names-latin", "违法事实", "外籍员工{}无健康证明上岗。", "Johnny Smithers"),
        ("names-latin", "违法事实", "消费者Lu Hanyu（{}）反映当事人销售过期食品。", "卢翰瑜"),
        ("names-other-roles", "违法事实", "老板娘{}拒绝配合检查。", "韦翮婧"),
        ("names-other-roles", "违法事实", "承租人{}在该处经营。", "蔡翀琰"),
        ("names-other-roles", "违法事实", "患儿{}食用后腹泻。", "孟翀翀"),
        ("names-other-roles", "违法事实", "其孙{}（8岁）食用后腹泻。", "郭翮瑄"),
        ("names-other-roles", "违法事实", "法人{}拒绝签字。", "孟彧琰"),
        ("names-other-roles", "违法事实", "网红主播{}直播销售无标签食品。", "谭翀瑄"),
        ("names-spaced-third", "违法事实", "消费者 {} 反映当事人销售过期食品。", "韦 翮 婧"),
        ("names-spaced-third", "违法事实", "员工{}无证上岗。", "黄\u3000翀\u3000琰"),
        ("names-html-split", "违法事实", "消费者{}反映当事人销售过期食品。", "蔡<b>翮</b>婧"),
    ]
    for folder, column, text, name in third:
        row = org(**{column: text.format(name)})
        planted = name.replace(" ", "").replace("\u3000", "").replace("<b>", "").replace("</b>", "")
        out.append(Case("names", f"{folder}: {text.format('…')}", {"penalties": [row]}, [planted],
                        public=[row["行政处罚决定书文号"]]))
    # The pinyin of the party's own name in brackets after it (names-latin).
    row = person("邵翀琛", 违法事实="当事人邵翀琛（SHAO CHONGCHEN）无照经营。")
    out.append(Case("names", "names-latin: the party's pinyin name in brackets", {"penalties": [row]},
                    ["邵翀琛", "SHAO CHONGCHEN"]))
    # A child named on an honour list (names-minor-honour).
    honour = org(违法事实="2026年度甘州区诚信少年（韦小翀，12岁）的家长举报当事人销售过期食品。")
    out.append(Case("names", "names-minor-honour: a child's name with an age", {"penalties": [honour]}, ["韦小翀"],
                    public=["2026年度甘州区诚信少年"]))
    # -- 1.6 home addresses -----------------------------------------------------------------------
    homes = [  # (folder, natural person's record?, column, text, planted)
        ("address-urban-no-hao", True, "违法事实", "当事人家住甘州区欣荣小区{k}栋2单元501，在家中加工销售腊肉。", "欣荣小区{k}栋2单元501"),
        ("address-urban-no-hao", True, "违法事实", "当事人住址：甘州区万达广场A座12{k}1室。", "A座12{k}1室"),
        ("address-urban-no-hao", True, "违法事实", "当事人住甘州区南关村１{k}号。", "南关村1{k}号"),
        ("address-hukou", True, "违法事实", "当事人户口所在地甘州区党寨镇陈寨村三社1{k}号。", "陈寨村三社1{k}号"),
        ("address-hukou", True, "备注", "送货上门至当事人位于甘州区上秦镇徐赵寨村五社{k}号的房屋。", "徐赵寨村五社{k}号"),
        ("address-third-person-in-org", False, "违法事实", "员工王某家住甘州区新墩镇流泉村四社{k}号，长期在该处存放涉案产品。",
         "流泉村四社{k}号"),
        ("address-third-person-in-org", False, "违法事实", "消费者要求送货至甘州区长安乡前进村二社{k}号家中，当事人未送达。",
         "前进村二社{k}号"),
    ]
    names = iter(["符翀琛", "符翮琰", "符彧瑄", "白翀琛", "白翮琰", "符翀婧", "白彧琰", "符翮婧", "白翀婧", "符彧琰",
                  "白翮婧", "符翀瑄", "白彧瑄", "符翮瑄"])
    for k in (3, 7):
        for folder, own, column, text, planted in homes:
            written = text.format(k=k)
            row = person(next(names), **{column: written}) if own else org(**{column: written})
            out.append(Case("uncovered", f"{folder}: {written}", {"penalties": [row]}, [planted.format(k=k)]))
    out.append(Case("overscrub", "address-third-person-in-org: a business address in an organisation's record stays",
                    {"penalties": [org(违法事实="当事人在甘州区南街18号的店内销售，经营地址：甘州区明永镇上游村八社41号。")]},
                    [], public=["甘州区南街18号", "明永镇上游村八社41号"]))
    # -- 2. natural persons named like common words, places and brands: other records keep them ----
    for folder, people, text, tokens in (
        ("overscrub-common-word-names-2", ("国庆", "高新", "卫健"), "国庆节期间，当事人冒充高新技术企业，由甘州区卫健局移送。",
         ("国庆节", "高新技术企业", "卫健局")),
        ("overscrub-place-ethnic-township", ("平山湖", "甘泉"), "当事人在平山湖蒙古族乡、甘泉公园附近流动销售。",
         ("平山湖蒙古族乡", "甘泉公园")),
        ("overscrub-brands-2", ("周大福", "国美"), "当事人销售假冒周大福珠宝首饰，并冒用国美电器名义宣传。",
         ("周大福珠宝", "国美电器")),
    ):
        rows = [person(name) for name in people] + [org(违法事实=text)]
        out.append(Case("overscrub", f"{folder}: natural persons {'、'.join(people)}", {"penalties": rows}, [],
                        public=list(tokens)))
    # -- section 7: the standard sentences of every decision after 当事人 (overscrub-role-word-phrases,
    # overscrub-boilerplate-chenshu, overscrub-boilerplate-yingdang; the payment and rights clauses of the 2021
    # 格式范本, 国市监法发〔2021〕42号; more in tests/corpus/boilerplate.jsonl) --------------------------------
    for facts, content in (
        ("当事人申辩称不知道产品过期。当事人车间内未设置防蝇设施。", "罚款2000元。当事人应当自收到本决定书之日起十五日内，将罚款缴至指定银行。"),
        ("当事人阴凉区温湿度监测设备未正常运行，当事人曾因同类违法行为受过处罚。", "本局依法告知当事人陈述、申辩的权利，当事人在法定期限内未提出陈述、申辩意见。"),
        ("当事人公司所属货车超载，当事人乔装成快递员上门推销。", "当事人对本处罚决定不服的，可以在收到本处罚决定书之日起60日内申请行政复议。"),
    ):
        out.append(Case("overscrub", f"overscrub-boilerplate-yingdang: {facts[:12]}…", {"penalties": [
            org(违法事实=facts, 处罚内容=content)]}, [], public=[facts.rstrip("。"), content.rstrip("。")]))
    # -- section 7: tax-a-list-individual-businesses: a 个体工商户 listed under its operator's name, the category
    # derived from its 92… code (行政相对人类别 empty), no operator; surnames that are also trade words (汤, 花, 车)
    for shop, planted in (("汤翀琛", "汤翀琛"), ("甘州区花翮瑄", "花翮瑄"), ("车彧瑜", "车彧瑜")):
        row = business(shop, "", 行政相对人类别="")
        out.append(Case("names", f"tax-a-list-individual-businesses: 个体工商户 {shop}, category from the code",
                        {"penalties": [row]}, [planted], public=[row["行政处罚决定书文号"]],
                        codes=["operator-read-from-name"]))
    # -- section 7: three-character brands the recogniser alone read as names (no such person in the data)
    text = "当事人销售假冒谢馥春香粉、钟薛高雪糕、贾国龙功夫菜，并冒用杨国福麻辣烫名义。"
    out.append(Case("overscrub", "overscrub-franchise-brands: 谢馥春香粉, 钟薛高雪糕, 贾国龙功夫菜, 杨国福麻辣烫",
                    {"penalties": [org(违法事实=text)]}, [], public=["谢馥春香粉", "钟薛高雪糕", "贾国龙功夫菜", "杨国福麻辣烫"]))
    # ... a person after 当事人 who is not the party is still masked (当事人李四 in the brief of h16d).
    row = org(违法事实="当事人李翀琛销售过期食品，当事人申辩称不知情。")
    out.append(Case("names", "overscrub-role-word-phrases: 当事人李翀琛 (a person) still masked", {"penalties": [row]},
                    ["李翀琛"], public=["当事人申辩称不知情"]))
    # ... while a natural person named in another record's text is masked there (natural-person-name-in-other-record).
    rows = [person("甄翀琛"), org(违法事实="当事人从甄翀琛处购进涉案食品。")]
    out.append(Case("names", "natural-person-name-in-other-record: 从甄翀琛处购进", {"penalties": rows}, ["甄翀琛"]))
    return out
