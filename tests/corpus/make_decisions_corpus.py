"""Writes `decisions.jsonl`: penalty decision texts with the public tokens each one holds.

Run from the worktree: `python tests/corpus/make_decisions_corpus.py` (seeded: the same file every time).
Each row: `text` (a decision or its summary, as published), `public_tokens` (standard numbers, dates,
credit codes, amounts, case numbers, licence numbers, place and organisation names, law titles: facts
that masking must leave intact), `names` (the people named in it, which masking should hide) and
`source` (the published decision whose shape it follows). Values are synthetic (credit codes carry a
valid check character; people are random surname + given name); shapes follow the published texts
below, read through the `search` tool (pages corpus), not copied:

- wz.gov.cn: 重庆市万州区市场监督管理局行政处罚决定书 渝万州市监处字〔2023〕497号 (header: 当事人, 统一社会信用代码,
  类型, 成立日期, 法定代表人, 住所; "本局执法人员依法对位于…的…进行现场检查").
- ww.gov.cn: 无为市市场监督管理局行政处罚案件信息公开 无市监处罚〔2023〕646号 (a 个体工商户 named after its operator,
  化妆品生产许可证号 粤妆20160024, 限期使用日期 20230301, 罚没款缴到…非税收入管理局).
- gu456.com (广德市政府网站 mirror): 广市监处罚〔2024〕03033号 (超市 92… code, 购进价4.5元/袋, brands in quotes).
- cctv1204.com (许昌市市场监督管理局通告 mirror): 许市监处罚〔2023〕0093号 (425桶, 210g/桶, 生产日期:2022-04-28,
  货值金额4900元, 没收违法所得101.50元, 处51000元罚款).
- yfcjh.cn (营口市市场监督管理局通告): GB 2760-2014《食品安全国家标准 食品添加剂使用标准》, 第一百二十五条第二项,
  罚款人民币5100元.
- binuoshi.com (苏州市相城区市场监督管理局通告 mirror): 没收违法所得125元, 罚款2000元, 一并上缴国库.
- issue 16 (over-scrubbing cases found by the outside test): GB 2760-2014, 2026-5-18, an all-digit valid credit
  code, 1 250 000, a person named 张掖 or 华强 and the place 张掖市 / the company 张掖华强商贸有限公司.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from stdnum.cn import uscc

HERE = Path(__file__).parent
OUT = HERE / "decisions.jsonl"

WANZHOU = "wz.gov.cn 渝万州市监处字〔2023〕497号 (decision)"
WUWEI = "ww.gov.cn 无市监处罚〔2023〕646号 (case information table)"
GUANGDE = "gu456.com 广市监处罚〔2024〕03033号 (food penalty information)"
XUCHANG = "cctv1204.com 许市监处罚〔2023〕0093号 (notice)"
YINGKOU = "yfcjh.cn 营口市市场监督管理局通告 (notice)"
XIANGCHENG = "binuoshi.com 相城区市场监督管理局通告 (notice)"
ISSUE16 = "issue 16 over-scrubbing cases"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁甘安明龙花党")
GIVEN = "建国 秀英 桂兰 志强 海燕 丽娟 明辉 子涵 浩然 欣怡 晓东 玉兰 凤英 德胜 国栋 红梅 建华 春梅 永刚 文博 伟 芳 娜 敏 静 磊 强 军".split()
COUNTIES = "甘州区 临泽县 高台县 山丹县 民乐县 肃南裕固族自治县".split()
TOWNS = "梁家墩镇 上秦镇 大满镇 沙井镇 乌江镇 甘浚镇 新墩镇 党寨镇 碱滩镇 三闸镇 小满镇 明永镇 长安镇 龙渠乡 安阳乡 花寨乡 靖安乡 沙河镇 板桥镇 鸭暖镇 巷道镇 南华镇 宣化镇".split()
STREETS = "县府街 南关街 青年东街 马神庙街 长沙门路 西街 东环路 王家庄村 张家村 李家庄村 马家湾村 何家沟村 高家庄".split()
ORGS = (
    "张掖华强商贸有限公司 甘州区李记面馆 临泽县马家牛肉面馆 高台县周记粮油经营部 张掖市金鑫超市 张掖市陈氏口腔诊所 "
    "民乐县王府饭庄 张掖王府井百货有限公司 甘州区赵氏养殖专业合作社 张掖市欧阳眼镜店 临泽县黄记农资门市部 "
    "张掖市梁氏汽车修理厂 张掖市康乐医院 甘州区张家村卫生室 甘州区宋家烤肉店 张掖市华联商厦 高台县杨家火锅店 "
    "山丹县马场牧业有限责任公司 张掖市祁连药房 甘州区万家福超市 张掖市丹霞文化旅游有限公司 甘州区明德学校"
).split()
STANDARDS = [
    "GB 2760-2014《食品安全国家标准 食品添加剂使用标准》",
    "GB 7718-2011《食品安全国家标准 预包装食品标签通则》",
    "GB 2762-2022《食品安全国家标准 食品中污染物限量》",
    "GB 19298-2014《食品安全国家标准 包装饮用水》",
    "GB/T 1354-2018《大米》",
    "GB 2763-2021《食品安全国家标准 食品中农药最大残留限量》",
]
LAWS = [
    "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
    "《中华人民共和国食品安全法》第一百二十五条第一款第（二）项",
    "《中华人民共和国产品质量法》第四十九条",
    "《化妆品监督管理条例》第六十条第一款第（五）项",
    "《中华人民共和国价格法》第四十二条",
    "《中华人民共和国广告法》第五十八条第一款第（二）项",
    "《中华人民共和国特种设备安全法》第八十四条第（一）项",
    "《中华人民共和国计量法》第二十七条",
    "《无证无照经营查处办法》第十三条",
    "《甘肃省食品小作坊小经营店小摊点管理条例》第三十六条",
]
BRANDS = "蒙牛 伊利 康师傅 王老吉 老干妈 旺仔 海飞丝 周黑鸭 金龙鱼 鲁花 今麦郎 徐福记".split()
PRODUCTS = "纯牛奶 方便面 凉茶 辣椒酱 奶糖 洗发露 卤鸭脖 面粉 食用油 月饼 花椒锅巴 软香月饼".split()
CN_AMOUNTS = [("伍仟壹佰元整", "5100.00"), ("贰仟元整", "2000.00"), ("壹万伍仟元整", "15000.00"), ("伍万壹仟元整", "51000.00")]

# Templates: {P} a person (masked, not a token), <<...>> a person written in the template (a natural person
# named 张掖 or 华强, issue 16); the other slots are public tokens, {SHOP} a 个体工商户 named after its
# operator (its name is public here: the build masks the operator's name in it from the operator column,
# not free-text masking); [[...]] marks a literal public token written in the template itself.
TEMPLATES: list[tuple[str, str]] = [
    (
        WANZHOU,
        "张掖市{COUNTY}市场监督管理局\n行政处罚决定书\n{CASE}\n当事人：{ORG}\n统一社会信用代码：{USCC}\n"
        "类型：有限责任公司\n成立日期：{DATE}\n法定代表人：{P}\n住所：[[张掖市]]{COUNTY}{TOWN}{STREET}{NUM}号\n"
        "{DATE}，本局执法人员依法对位于{COUNTY}{TOWN}的{ORG}进行现场检查，在当事人仓库内发现“{BRAND}”{PROD}"
        "共计{N}盒，其外包装标注有“生产日期：{DATE8}”。当事人法定代表人{P}在场。",
    ),
    (
        WUWEI,
        "{CASE} | {SHOP}经营超过使用期限化妆品案 | {SHOP} | {USCC} | {P} | 本局执法人员于{DATE}"
        "经出示执法证对当事人经营场所开展检查，发现货架上摆放有1盒“海飞丝”洗发露，包装上标有：化妆品生产许可证号："
        "[[粤妆20160024]]，限期使用日期：{DATE8}。于{DATE}对当事人经营者{P}进行调查询问。 | {LAW} | 罚款{AMT}元 | "
        "当事人应自接到本处罚决定书之日起15日内，将罚没款缴到[[张掖市]]非税收入管理局。",
    ),
    (
        GUANGDE,
        "{ORG} {USCC} {P} {CASE} {ORG}经营超过保质期的食品案 上述超过保质期的食品均是供货商{P}送货上门，"
        "“{BRAND}”{PROD}购进10袋，购进价[[4.5元/袋]]，售价[[5元/袋]]。{DATE}，本局执法人员在检查中发现上述"
        "涉案食品已超过保质期，仍然摆放于经营货架上待销售。罚款{AMT}元。",
    ),
    (
        XUCHANG,
        "{ORG}（经营者为{ORG2}）销售的、标称{COUNTY}{ORG3}生产的{PROD}，其中过氧化值检测值不符合食品安全国家标准"
        "规定。经调查，共生产该批次不合格{PROD}共计[[425桶]]，规格型号：[[210g/桶]]，生产日期：{DATEDASH}，"
        "货值金额{AMT}元。依据{LAW}的规定，没收违法所得[[101.50元]]，处{AMT2}元罚款。行政处罚决定书编号为{CASE}。"
        "当事人负责人{P}签收了决定书。",
    ),
    (
        YINGKOU,
        "{ORG}{DATE}生产的{PROD}经抽样检验，苯甲酸及其钠盐项目不符合{STD}要求，检验结论为不合格。当事人的行为"
        "违反了{LAW}的规定，给予以下行政处罚：罚款人民币{CNAMT}，上缴国库。抽样人员{P}、{P}。",
    ),
    (
        XIANGCHENG,
        "针对{COUNTY}{TOWN}{ORG}销售不符合食品安全标准的食品的行为，{COUNTY}市场监督管理局调查认为，当事人"
        "涉案货值金额较低，案发后及时改正违法行为，如实陈述违法事实。责令当事人改正违法行为，没收违法所得{AMT}元，"
        "罚款{AMT2}元，一并上缴国库。经营者{P}的妻子{P}负责店内收银。",
    ),
    (
        ISSUE16,
        "当事人{ORG}销售的{PROD}不符合[[GB 2760-2014]]的规定，抽样日期[[2026-5-18]]，罚款[[1 250 000]]元，"
        "统一社会信用代码{USCCDIGITS}。消费者<<张掖>>投诉称，其在[[张掖华强商贸有限公司]]购买后腹泻。",
    ),
    (
        ISSUE16,
        "举报人<<华强>>称，[[张掖华强商贸有限公司]]位于[[张掖市]]{COUNTY}{STREET}，于{DATEDASH}销售过期{PROD}。"
        "依据{LAW}，罚款{AMT}元（[[1,250,000]]元以下）。",
    ),
    (
        WANZHOU,
        "当事人：{P}，男，汉族，住[[张掖市]]{COUNTY}{TOWN}{STREET}。当事人在{COUNTY}{TOWN}无照经营小餐饮，"
        "违反了{LAW}的规定，本局决定罚款{AMT}元。本决定书文号：{CASE}。",
    ),
    (
        WUWEI,
        "{CASE} | {ORG}未明码标价案 | {ORG} | {USCC} | 经营者{P} | {DATE}，执法人员检查发现当事人销售的"
        "“{BRAND}”{PROD}未标明价格，违反了{LAW}。 | 警告，罚款{AMT}元 | {COUNTY}市场监督管理局，{DATE}",
    ),
    (
        WANZHOU,
        "当事人：{ORG}\n统一社会信用代码：{USCC}\n法定代表人：{P}\n经查，当事人在{COUNTY}{TOWN}使用的1台电梯"
        "（使用登记证编号：[[梯11甘G00123(21)]]）未经定期检验继续使用，违反了{LAW}。依据上述规定，罚款{AMT}元。"
        "特种设备安全管理员{P}于{DATE}到本局接受询问。",
    ),
    (
        GUANGDE,
        "{ORG}（{USCC}）使用未经检定的电子计价秤（出厂编号[[20230815017]]），违反了{LAW}，{CASE}，罚款{AMT}元。"
        "店员{P}现场承认该秤系{DATE}从{ORG2}购进。",
    ),
]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _uscc(rng: random.Random, digits_only: bool = False) -> str:
    while True:
        alphabet = "0123456789" if digits_only else "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = ("12" if digits_only else "91") + "620702" + "".join(rng.choice(alphabet) for _ in range(9))
        check = uscc.calc_check_digit(body)
        if not digits_only or check.isdigit():
            return body + check


def fill(template: str, rng: random.Random) -> tuple[str, list[str], list[str]]:
    out: list[str] = []
    tokens: list[str] = []
    names: list[str] = []
    shop = ""
    for piece in re.split(r"(\{[A-Z0-9]+\}|\[\[[^\]]+\]\]|<<[^>]+>>)", template):
        if piece.startswith("<<"):
            value = piece[2:-2]
            names.append(value)
        elif piece == "{SHOP}":
            shop = shop or f"{rng.choice(COUNTIES)}{_name(rng)}小店"
            value = shop
            tokens.append(value)
        elif piece.startswith("[["):
            value = piece[2:-2]
            tokens.append(value)
        elif piece == "{P}":
            value = _name(rng)
            names.append(value)
        elif piece.startswith("{"):
            slot = piece[1:-1].rstrip("0123456789") if piece != "{DATE8}" else "DATE8"
            if slot == "CNAMT":  # 伍仟壹佰元整（￥5100.00）: 伍 is a surname character too
                cn, num = rng.choice(CN_AMOUNTS)
                out.append(f"{cn}（￥{num}）")
                tokens.extend([cn, num])
                continue
            year, month, day = rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28)
            value = {
                "ORG": lambda: rng.choice(ORGS),
                "COUNTY": lambda: rng.choice(COUNTIES),
                "TOWN": lambda: rng.choice(TOWNS),
                "STREET": lambda: rng.choice(STREETS),
                "BRAND": lambda: rng.choice(BRANDS),
                "PROD": lambda: rng.choice(PRODUCTS),
                "LAW": lambda: rng.choice(LAWS),
                "STD": lambda: rng.choice(STANDARDS),
                "DATE": lambda y=year, m=month, d=day: f"{y}年{m}月{d}日",
                "DATE8": lambda y=year, m=month, d=day: f"{y}{m:02d}{d:02d}",
                "DATEDASH": lambda y=year, m=month, d=day: f"{y}-{m:02d}-{d:02d}",
                "AMT": lambda: rng.choice(["200", "500", "1000", "2000", "5100", "51000", "125", "4900", "12,500"]),
                "N": lambda: str(rng.randint(2, 500)),
                "NUM": lambda: str(rng.randint(1, 300)),
                "CASE": lambda y=year: f"张{rng.choice(['甘', '临', '高', '山', '民'])}市监处罚〔{y}〕{rng.randint(1, 999):03d}号",
                "USCC": lambda: _uscc(rng),
                "USCCDIGITS": lambda: _uscc(rng, digits_only=True),
            }[slot]()
            if slot not in ("BRAND", "PROD", "N", "NUM"):
                tokens.append(value)
        else:
            value = piece
        out.append(value)
    text = "".join(out)
    return text, sorted(set(tokens), key=tokens.index), names


def main() -> None:
    rng = random.Random(1616)
    rows = []
    for source, template in TEMPLATES:
        for _ in range(3):
            text, tokens, names = fill(template, rng)
            rows.append({"text": text, "public_tokens": tokens, "names": names, "source": source})
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} decisions, {sum(len(r['public_tokens']) for r in rows)} public tokens, {OUT}")


if __name__ == "__main__":
    main()
