"""Hostile cases of the eleventh outside pass on numbers and homes (h12n). Values are synthetic: places are named with 珥
and 珙, characters no other corpus module uses, so a planted address cannot be in a public page by chance; shapes are
real. Sources:

- /work/notes/h11n.md (session 10, left): `https://shop13993687098.taobao.com` published — a mobile in a host name's
  label (RFC 1034 3.5: a label is letters, digits and hyphens, so the phone is glued to the shop's word);
- 《市场监督管理行政执法文书格式范本》 (国市监法发〔2021〕42号), 行政处罚决定书's 当事人基本情况 (姓名，性别，出生年月，民族，住址),
  often written with the sex and the birth date left out (当事人：张某，住…) and the flat in any spelling: 3栋2单元401,
  七号楼三单元602, 三号楼二单元四零一, 3#2-401, an estate's 3-201 (the building-entrance-flat order of 《住宅设计规范》
  GB 50096 and the 门牌 of 《地名管理条例》);
- 陕西省住房城乡建设行政处罚文书 (当场行政处罚决定书: 当事人签名…联系地址; https://m.31ppt.com/p-3188810.html) and the
  《送达地址确认书》 (最高人民法院《关于以法院专递方式邮寄送达民事诉讼文书的若干规定》第三、四条: the 详细地址 a party
  confirms), copied from a PDF with its line breaks;
- person names use 璕瑒 (no place does), so that no given name is read inside a place;
- state farms' homes (中牧山丹马场's 分场 and 队, 兵团 连队: 住山丹军马场二场三队, 牧场三连);
- the public side: a company's 住所 in a flat, a market's 摊位, an industrial park's plot, a 个体工商户's 经营场所 on a street.

Registered by `tests/hostile/corpus.py` (`cases()` appends these), checked by tests/test_hostile.py. The same shapes through
`scrub_text` are tests/test_homes_adv11.py and tests/test_detect_adv11.py.
"""

from __future__ import annotations

from tests.hostile.corpus import Case, PenaltyRows


def cases() -> list[Case]:
    """The adv11 numbers and homes cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []
    rows = PenaltyRows(lambda: next(serial), 115000, "珙", 25300, 25700, "赵六", "19700606", 1400, 90)
    org = rows.org
    numbers = 1150000  # 投诉编号 TS-2026-<numbers + n>

    folder = "numbers-mobile-in-a-host-name"  # (h11n's left case)
    out.append(Case("uncovered", f"{folder}: shop….taobao.com", {"penalties": [org(
        违法事实="经查，当事人在网店 https://shop13993611001.taobao.com 销售假冒商品，罚款2000元。")]}, ["13993611001"],
        public=["2000元", "https://shop"]))
    out.append(Case("uncovered", f"{folder}: www.m….cn", {"complaints": [rows.complaint(
        "消费者在 www.m13993611002.cn 下单购买手机，投诉未发货。", numbers)]}, ["13993611002"], public=["投诉未发货"]))
    out.append(Case("overscrub", f"{folder}: a shop's own id stays", {"penalties": [org(
        违法事实="经查，当事人在网店 https://shop57303596.taobao.com 销售假冒商品。")]}, [],
        public=["https://shop57303596.taobao.com"]))

    folder = "homes-party-named-alone"  # (格式范本 当事人基本情况 without the sex: 当事人：张某，住…)
    for text, planted in (
        ("当事人：张璕瑒，住甘州区珥珙小区七号楼三单元602。", "三单元602"),
        ("当事人珥某，住甘州区珥珙南路123号附1号，无证经营。", "珥珙南路123号附1号"),
        ("当事人珙某（个体工商户业主），住甘州区珥珙南路125号4号楼302，无照经营。", "珥珙南路125号4号楼302"),
        ("法定代表人：赵某，现住甘州区珥珙村六社45号。", "珥珙村六社45号"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, [planted]))
    folder = "homes-flats-in-every-spelling"  # (a complainant's flat in brackets; GB 50096's building-entrance-flat)
    for text, planted in (
        ("消费者王某（甘州区珥珙小区3栋2单元401）投诉该店。", "珥珙小区3栋2单元401"),
        ("消费者王某（甘州区珥珙小区七幢三单元六〇二）投诉该店。", "七幢三单元六〇二"),
        ("消费者王某（甘州区珥珙小区三号楼二单元四零一）投诉该店。", "三号楼二单元四零一"),
        ("消费者王某（甘州区珥珙西关3#2-403）投诉该店。", "3#2-403"),
        ("消费者王某（甘州区珥珙小区3-204）投诉该店。", "珥珙小区3-204"),
        ("投诉人李某，甘州区珥珙西关七号楼三单元605，反映该店。", "七号楼三单元605"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:12]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted],
                        public=["投诉该店" if "投诉该店" in text else "反映该店"]))
    folder = "homes-farms-teams"  # (state farms' 分场 and 队, 兵团 连队)
    out.append(Case("uncovered", f"{folder}: 住…马场二场三队", {"penalties": [rows.person(
        "马璕瑒", 违法事实="当事人马璕瑒，男，回族，住山丹珥珙马场二场三队，无证屠宰。")]}, ["珥珙马场二场三队"], public=["无证屠宰"]))
    out.append(Case("uncovered", f"{folder}: 消费者（…牧场三连）", {"complaints": [rows.complaint(
        "消费者王某（甘州区珥珙牧场三连）投诉该店。", numbers)]}, ["珥珙牧场三连"], public=["投诉该店"]))
    folder = "homes-broken-across-lines"  # (a cell wrapped by the export; a PDF's line breaks and spaces)
    for text, planted in (
        ("当事人：张某，男，住址：甘州区新墩镇\n珥珙村六社46号，无证经营。", "珥珙村六社46号"),
        ("当事人王某，男，住甘州区珥珙路8号金域蓝湾3栋\n1单元1202室，无证经营。", "1单元1202室"),
        ("当事人：王某，男，住址：甘州区新墩镇 珥珙村 六社 47号，无证经营。", "珥珙村六社47号"),
        ("当事人：王某，住址|甘州区新墩镇珥珙村六社48号", "珥珙村六社48号"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, [planted],
                        public=["无证经营"] if "无证经营" in text else []))

    folder = "homes-more-units"  # (a floor's flat, a hamlet's house, a committee's group, a person's own 住所)
    for text, planted in (
        ("消费者王某（甘州区珥珙小区4楼406）投诉该店。", "珥珙小区4楼406"),
        ("消费者王某（甘州区珥珙庄12号）投诉该店。", "珥珙庄12号"),
        ("消费者王某（甘州区珥珙村委会六组）投诉该店。", "珥珙村委会六组"),
        ("消费者王某（甘州区珥珙社区三组13号）投诉该店。", "珥珙社区三组13号"),
    ):
        out.append(Case("uncovered", f"{folder}: {text[:12]}…", {"complaints": [rows.complaint(text, numbers)]}, [planted],
                        public=["投诉该店"]))
    out.append(Case("uncovered", f"{folder}: 经营者张某的住所为…", {"penalties": [org(
        违法事实="经营者张某的住所为甘州区珥珙小区3号楼2单元407室，当事人在甘州区珥珙街58号经营。")]}, ["2单元407室"],
        public=["当事人在甘州区珥珙街58号经营"]))
    out.append(Case("uncovered", f"{folder}: 经营者：王某，住所：…", {"penalties": [rows.business(
        "甘州区珥珙便利店", "王璕瑒", 违法事实="当事人：甘州区珥珙便利店（个体工商户），经营场所：甘州区珥珙小区5号楼2单元101室，"
        "经营者：王某，住所：甘州区珥珙村六社49号。")]}, ["珥珙村六社49号"], public=["经营场所：甘州区珥珙小区5号楼2单元101室"]))

    folder = "homes-public-addresses-stay-adv11"  # (an organisation's 住所, a market, a park's plot, an office)
    for text, public in (
        ("当事人：张掖珥珙商贸有限公司，住所：甘州区珥珙街58号3楼301室，法定代表人：赵某。", "甘州区珥珙街58号3楼301室"),
        ("当事人在甘州区珥珙市场A区12号摊位销售过期食品。", "甘州区珥珙市场A区12号摊位"),
        ("当事人在张掖珥珙工业园区B区3号地块建设厂房。", "张掖珥珙工业园区B区3号地块"),
        ("当事人位于甘州区珥珙大厦7号楼3单元618的办公室未公示营业执照。", "甘州区珥珙大厦7号楼3单元618的办公室"),
        ("当事人：甘州区珥珙面馆，经营场所：甘州区珥珙南街66号，经营者：王某。", "甘州区珥珙南街66号"),
        ("执法人员到甘州区党寨镇珥珙村村委会调查，当事人在珥珙马场二场建设养殖场。", "珥珙村村委会调查，当事人在珥珙马场二场建设养殖场"),
    ):
        out.append(Case("overscrub", f"{folder}: {text[:12]}…", {"penalties": [org(违法事实=text)]}, [], public=[public]))
    return out
