"""Hostile cases of the twelfth outside pass on homes and the other private facts of privacy.md (h15n). Values are
synthetic: places are named with 琾 and 瓃, characters no other corpus module uses, so a planted address cannot be in a
public page by chance; the persons' given names use 瑷璸; shapes are real. Sources:

- /work/notes/h12n.md (round 11, left): 经营者祁瑞峰住甘州区南华村六社45号 published the home (a name between the role
  word and 住), and the over-masking of 投诉人称其居住的…401室楼上漏水;
- 《市场监督管理行政执法文书格式范本》 (国市监法发〔2021〕42号), 行政处罚决定书's 当事人基本情况 (姓名，性别，出生日期，
  民族，住址; an organisation's 名称，住所，法定代表人), typed as a two-column table with the lead words spaced to one width
  (住  址：, 出 生 日 期：) or with the name and 住 run together;
- 《民法典》 art. 25 (自然人以户籍登记或者其他有效身份登记记载的居所为住所；经常居所…: https://www.imlaw.cn/article-detail/75144)
  and 《民法通则》 art. 15 (经常居住地): the lead words 户籍登记地, 居所, 经常居所; the code published in traditional
  characters (https://tftnews.com/news85669) as a party from Hong Kong, Macau or Taiwan writes an address;
- Guangzhou's and Beijing's 门牌 (…大厦B座2梯1503房, …312号楼2门401): an entrance written 梯 or 门;
- 12315 publicity summaries (《市场监督管理投诉举报处理暂行办法》): where goods were sent or the fitter went (发货至,
  送货到, 上门到, 入户至, 房屋坐落);
- the public side: a company's 住所 after its representative, a shop the goods went to, the case's dates.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py. The same shapes through
`scrub_text` are tests/test_homes_adv12.py and tests/test_privacy_adv12.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv12 homes cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 141000, "瑿", 41400, 41800, "赵六", "19680808", 1600, 90)
    org = rows.org
    numbers = 1410000  # 投诉编号 TS-2026-<numbers + n>

    folder = "homes12-name-then-zhu"  # (round 11's left case: the name between the role word and 住)
    for text, planted, public in (
        ("当事人甘州区瑷璸面馆，经营者祁瑷璸住甘州区琾瓃村六社45号，销售过期食品。", "琾瓃村六社45号", "销售过期食品"),
        ("当事人：甘州区瑿琾商贸有限公司，法定代表人赵瑷璸住甘州区琾瓃小区3号楼2单元401室，未公示年报。", "琾瓃小区3号楼2单元401室",
         "未公示年报"),
        ("当事人：甘州区瑿瓃商贸有限公司，法定代表人赵瑷璸，住甘州区琾瓃村七社12号，未公示年报。", "琾瓃村七社12号", "未公示年报"),
        ("当事人：甘州区瑿璸商贸有限公司，住所：甘州区县府街58号，法定代表人：赵瑷璸，住所：甘州区琾瓃村八社9号。", "琾瓃村八社9号",
         "住所：甘州区县府街58号"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:14]}…", {"penalties": [org(违法事实=text)]}, [planted],
                        public=[public]))
    out.append(Case("uncovered", f"{folder}: 个体工商户 经营者X住…", {"penalties": [rows.business(
        "甘州区琾瓃烧烤店", "祁瑷璸", 违法事实="当事人：甘州区琾瓃烧烤店（个体工商户），经营者祁瑷璸住甘州区琾瓃村九社3号，无证经营。")]},
        ["琾瓃村九社3号"], public=["无证经营"]))

    folder = "homes12-civil-code-leads"  # (《民法典》 art. 25 and the lead words built from it)
    for k, lead in enumerate(("户籍登记地：", "居所：", "经常居所地为", "暂住地址：", "居住地址：", "住宅地址：")):
        out.append(Case("uncovered", f"{folder}: {lead}", {"penalties": [org(
            违法事实=f"当事人祁某，{lead}甘州区琾瓃村十社{20 + k}号，在集市无证销售活禽。")]},
            [f"琾瓃村十社{20 + k}号"], public=[lead, "在集市无证销售活禽"]))

    folder = "homes12-spaced-and-traditional"  # (a form's spaced lead words; an address in traditional characters)
    for k, (text, planted) in enumerate((
        ("当事人：甘州区瑿珑商贸有限公司，法定代表人：赵瑷璸，住  址：甘州区琾瓃村五社31号。", "琾瓃村五社31号"),
        ("当事人：祁某，家 庭 住 址：甘州区琾瓃小区5号楼1单元502室，无照经营。", "琾瓃小区5号楼1单元502室"),
        ("當事人祁某，現住甘州區琾瓃村五社32號，無照經營。", "琾瓃村五社32號"),
        ("消費者王某（甘州區琾瓃小區3棟2單元403）投訴該店。", "琾瓃小區3棟2單元403"),
    )):
        kind = "complaints" if "投訴" in text else "penalties"
        row = rows.complaint(text, numbers) if kind == "complaints" else (org(违法事实=text) if k == 0 else rows.person(
            "祁瑷璸", 违法事实=text))
        out.append(Case("uncovered", f"{folder}: {text[:12]}…", {kind: [row]}, [planted]))

    folder = "homes12-entrances"  # (Guangzhou's 梯 and Beijing's 门)
    for text, planted in (
        ("申请人祁某，住广州市天河区琾瓃大厦B座2梯1503房，申请信用修复。", "梯1503房"),
        ("申请人祁某，住北京市朝阳区琾瓃西园三区312号楼2门401，申请信用修复。", "门401，"),
    ):
        out.append(Case("uncovered", f"{folder}: {planted}", {"penalties": [rows.person("祁瑷璸", 违法事实=text)]},
                        [planted], public=["申请信用修复"]))

    folder = "homes12-notes-and-deliveries"  # (a place noted as someone's home; a 12315 summary's delivery words)
    out.append(Case("uncovered", f"{folder}: 违法地点：…（当事人自家院内）", {"penalties": [org(
        违法事实="违法地点：甘州区琾瓃村四社7号（当事人自家院内），查获私屠生猪2头。")]}, ["琾瓃村四社7号"],
        public=["查获私屠生猪2头"]))
    for k, lead in enumerate(("发货至", "送货到", "上门到", "入户至", "房屋坐落：")):
        out.append(Case("uncovered", f"{folder}: {lead}", {"complaints": [rows.complaint(
            f"消费者王某投诉，{lead}甘州区琾瓃村三社{40 + k}号，空调安装后漏水，要求退货。", numbers)]},
            [f"琾瓃村三社{40 + k}号"], public=[lead, "空调安装后漏水，要求退货"]))

    folder = "homes12-party-lives-and-pasted-rows"  # (当事人住…, 其住宅位于…, 系…号住户, a pasted row split by spaces)
    for k, (text, planted) in enumerate((
        ("处罚依据：《食品安全法》第一百二十二条；当事人住甘州区琾瓃村二社51号。", "琾瓃村二社51号"),
        ("经营者祁瑷璸，其住宅位于甘州区琾瓃村二社52号，无照经营。", "琾瓃村二社52号"),
        ("经查，祁瑷璸系甘州区琾瓃村二社53号住户，无照经营。", "琾瓃村二社53号"),
        ("经营者：祁瑷璸 甘州区琾瓃村二社54号 无照经营", "琾瓃村二社54号"),
    )):
        out.append(Case("uncovered", f"{folder}: {text[:12]}…", {"penalties": [rows.business(
            f"甘州区琾瓃{'东南西北'[k]}街饭店", "祁瑷璸", 违法事实=text)]}, [planted], public=["第一百二十二条" if "依据" in text else "无照经营"]))

    folder = "homes12-dwellings"  # (a 现场检查笔录's words for a dwelling after a village house; a new estate's name)
    for k, word in enumerate(("的老宅内", "的民房内", "的卧室内")):
        out.append(Case("uncovered", f"{folder}: {word}", {"penalties": [org(
            违法事实=f"执法人员在甘州区琾瓃村一社{81 + k}号{word}查获私屠生猪2头。")]}, [f"琾瓃村一社{81 + k}号"],
            public=[f"{word}查获私屠生猪2头"]))
    out.append(Case("uncovered", f"{folder}: 住…8号琾瓃蓝湾", {"penalties": [rows.person(
        "祁瑷璸", 违法事实="当事人祁某，住甘州区滨河路8号琾瓃蓝湾，无照经营。")]}, ["琾瓃蓝湾"], public=["无照经营"]))
    out.append(Case("overscrub", f"{folder}: 琾瓃华庭酒店 stays", {"penalties": [org(
        违法事实="检查地址：琾瓃华庭酒店，当事人送货到甘州区琾瓃街66号的仓库内。")]}, [],
        public=["琾瓃华庭酒店", "甘州区琾瓃街66号的仓库内"]))

    folder = "privacy12-birth-dates"  # (the 当事人基本情况's 出生日期 as clerks type it)
    for text, planted in (
        ("当事人祁某，男，出生日期：１９６１年７月２９日，汉族，无照经营。", "1961年7月29日"),
        ("当事人祁某，男，出 生 日 期：1962年8月27日，汉族，无照经营。", "1962年8月27日"),
        ("当事人祁某，男，出生日期：63年9月25日，汉族，无照经营。", "63年9月25日"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[8:20]}…", {"penalties": [org(违法事实=text)]}, [planted],
                        public=["汉族，无照经营"]))

    folder = "homes12-public-stays"  # (the public side of the same shapes)
    for text, public in (
        ("当事人：甘州区瑿瑷商贸有限公司，法定代表人：赵某，住所：甘州区琾瓃街58号。", "住所：甘州区琾瓃街58号"),
        ("当事人送货到甘州区琾瓃街60号琾瓃超市，超市未查验。", "甘州区琾瓃街60号琾瓃超市"),
        ("投诉人称其居住的琾瓃小区楼上漏水，物业公司未处理。", "楼上漏水，物业公司未处理"),
        ("當事人：張掖市琾瓃商貿有限公司，住所：甘州區琾瓃街62號，銷售過期食品。", "住所：甘州區琾瓃街62號"),
    ):
        out.append(Case("overscrub", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, [], public=[public]))
    return out
