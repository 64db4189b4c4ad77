#!/usr/bin/env python3
"""Write the synthetic sample data folder (``data/sample/``) and its ground truth.

Usage::

    python scripts/make_sample.py [--out data/sample] [--as-of 2026-11-27] [--entities N]
                                  [--seed S] [--expect PATH]

``--out``       the data folder to (re)write (default: ``data/sample`` of the repository);
                its twelve kind folders are replaced, nothing else in it is touched.
``--as-of``     the date the publication rules are meant to be applied on (default 2026-11-27).
                Every date is computed relative to it, so each planted case lands as intended.
``--entities``  number of market entities (companies, cooperatives, 个体工商户; default 60).
                The planted cases always exist; the rest is random background data.
                10^5 entities (about 500 000 rows) take about a minute.
``--seed``      random seed (default 620702). The output depends only on the arguments:
                two runs with the same arguments write byte-identical files.
``--expect``    where to write the ground truth (default ``<out>.expect.json``, i.e.
                ``data/sample.expect.json``).

Setting: 甘肃省张掖市甘州区 (region code 620702). Everything is synthetic. Names come from
common-name pools; credit codes (GB 32100, ``stdnum.cn.uscc``), organisation codes (GB 11714),
个体工商户 registration numbers (ISO 7064 MOD 11,10) and resident ID numbers (GB 11643,
``stdnum.cn.ric``) are generated and valid only by their check digits.

The folder follows ``data-contract.md`` and mixes the formats staff really hand over:

- ``entities/entities.csv``: UTF-8 with BOM.
- ``licenses/licenses-xk.xlsx``: national ``XK_*`` headers, Excel date cells, 当前状态 as 1/2,
  a second sheet with notes; ``licenses/licenses.csv``: UTF-8, ``(必填)`` / full-width variants.
- ``penalties/penalties-2026.csv``: UTF-8 with BOM, header variants (``(必填)``, ``(万元)``,
  ``行政相对人代码_1(统一社会信用代码)``, stray blanks), an unknown extra column, some
  YYYY/MM/DD dates; ``penalties/penalties-cf-gb18030.csv``: GB18030, CRLF, ``CF_*`` headers,
  YYYYMMDD dates.
- ``actions/actions.parquet``: every column a string.
- ``redlist/redlist.csv``: YYYY/MM/DD dates; ``blacklist/blacklist.xlsx``: Excel date cells.
- ``commitments``, ``evaluations``, ``complaints``, ``voluntary``, ``repairs``: UTF-8 CSV;
  ``withdrawals/withdrawals.csv``: UTF-8 with BOM.

Each row is generated together with the label it is meant to get on the as-of date
(published / withheld with a reason / rejected; applied / pending / unmatched / rejected for
repairs and withdrawals). ``<out>.expect.json`` is built from those labels alone. The script
cross-checks every label against its own reading of ``publication-rules.md`` and asserts that
every date lies at least ``MARGIN`` days from a rule boundary, except the two deliberate
boundary cases (a penalty whose stop date is the as-of date, a repair dated on it).

``<out>.expect.json``: ``as_of``; ``kinds`` (per kind ``read``/``published``/``rejected``/
``withheld`` by reason, or ``read``/``rejected``/``applied``/``pending``/``unmatched`` for
repairs and withdrawals); ``present`` (keys that must be public); ``absent`` (keys of withheld
and rejected rows, and of unmatched repairs/withdrawals); ``sensitive`` (every never-public
value: ID numbers, planted phone/e-mail/bank-card numbers, natural persons', 个体工商户
operators' and clerks' names, 个体工商户 addresses); ``entity_pages`` / ``no_entity_pages``;
``masked_names`` (natural persons; ``masked_operators`` and ``masked_clerks`` besides);
``conflicts`` (staff cross-checks); ``special`` (the key of each planted case);
``extra_column_values_absent``; ``rejected_rows`` (file, spreadsheet row, key, cause).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import xlsxwriter
from stdnum.cn import ric, uscc
from stdnum.iso7064 import mod_11_10

ROOT = Path(__file__).resolve().parent.parent  # the repository
REGION = "620702"
PLACEHOLDER = "00000000000000000X"
LONG_TERM = dt.date(2099, 12, 31)
KINDS = (
    "entities", "licenses", "penalties", "actions", "redlist", "blacklist", "commitments",
    "evaluations", "complaints", "voluntary", "repairs", "withdrawals",
)
CONTROL = ("repairs", "withdrawals")
ORG, NP, GETI = "法人及非法人组织", "自然人", "个体工商户"
MARGIN = 5  # days every non-boundary case keeps away from a rule boundary
SERIOUS_CATS = {"吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留"}
ONE_YEAR_MIN_DOMAINS = {"特种设备", "安全生产", "消防"}
MAX_YEARS = {"一般": 1, "严重": 3}

# ---------------------------------------------------------------------------------------------
# Columns (canonical names of data-contract.md) and header aliases per file
# ---------------------------------------------------------------------------------------------

PARTY = [
    "行政相对人名称", "行政相对人类别", "统一社会信用代码", "工商注册号", "组织机构代码",
    "税务登记号", "事业单位证书号", "社会组织登记证号", "法定代表人", "法定代表人证件类型",
    "法定代表人证件号码", "证件类型", "证件号码",
]
PARTY_SHORT = [
    "行政相对人名称", "行政相对人类别", "统一社会信用代码", "工商注册号", "法定代表人",
    "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码",
]
COLUMNS = {
    "entities": [
        "统一社会信用代码", "主体名称", "主体类型", "法定代表人", "成立日期", "登记机关", "住所",
        "经营范围", "登记状态"],
    "penalties": PARTY + [
        "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号",
        "处罚决定日期", "处罚有效期", "公示截止期", "处罚机关", "处罚机关统一社会信用代码",
        "数据来源单位", "数据来源单位统一社会信用代码", "备注", "案件程序", "失信程度", "所属领域"],
    "licenses": PARTY + [
        "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号",
        "许可内容", "许可决定日期", "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码",
        "当前状态", "数据来源单位", "数据来源单位统一社会信用代码", "备注"],
    "actions": PARTY + [
        "行为类别", "决定文书号", "行为依据", "行为内容", "金额（万元）", "决定日期", "有效期至",
        "公示截止期", "实施机关", "实施机关统一社会信用代码", "数据来源单位",
        "数据来源单位统一社会信用代码", "备注"],
    "redlist": PARTY_SHORT + [
        "名单名称", "认定文号", "认定依据", "认定日期", "有效期至", "认定单位",
        "认定单位统一社会信用代码", "数据来源单位", "备注"],
    "blacklist": PARTY_SHORT + [
        "名单名称", "列入文号", "列入原因", "列入依据", "列入日期", "有效期至", "列入单位",
        "列入单位统一社会信用代码", "数据来源单位", "失信程度", "备注"],
    "commitments": PARTY_SHORT + [
        "承诺类型", "承诺事项", "承诺编号", "做出承诺日期", "承诺受理单位",
        "承诺受理单位统一社会信用代码", "履约状态", "经办人", "数据来源单位", "备注"],
    "evaluations": PARTY_SHORT[:4] + [
        "评价类型", "评价结果", "评价编号", "评价日期", "有效期至", "评价单位",
        "评价单位统一社会信用代码", "备注"],
    "complaints": PARTY_SHORT + [
        "投诉编号", "投诉问题类型", "投诉内容摘要", "投诉日期", "处理结果", "处理日期",
        "公示截止期", "处理单位", "备注"],
    "voluntary": PARTY_SHORT[:5] + [
        "信息类型", "信息标题", "信息内容", "登记编号", "登记日期", "核验状态", "核验单位", "备注"],
    "repairs": [
        "信息类别", "原决定文书号", "原决定机关统一社会信用代码", "统一社会信用代码", "修复方式",
        "修复决定日期", "修复决定机关", "备注"],
    "withdrawals": [
        "信息类别", "原决定文书号", "原决定机关统一社会信用代码", "撤销类型", "撤销日期", "撤销原因",
        "作出机关", "备注"],
}
KEY_FIELD = {
    "entities": "统一社会信用代码", "penalties": "行政处罚决定书文号", "licenses": "行政许可决定文书号",
    "actions": "决定文书号", "redlist": "认定文号", "blacklist": "列入文号", "commitments": "承诺编号",
    "evaluations": "评价编号", "complaints": "投诉编号", "voluntary": "登记编号",
    "repairs": "原决定文书号", "withdrawals": "原决定文书号",
}
DATE_FIELD = {
    "penalties": "处罚决定日期", "licenses": "许可决定日期", "actions": "决定日期", "redlist": "认定日期",
    "blacklist": "列入日期", "commitments": "做出承诺日期", "evaluations": "评价日期",
    "complaints": "投诉日期", "voluntary": "登记日期", "repairs": "修复决定日期", "withdrawals": "撤销日期",
}
KIND_CN = {
    "penalties": "行政处罚", "licenses": "行政许可", "actions": "其他行政行为", "redlist": "守信激励名单",
    "blacklist": "严重失信主体名单", "commitments": "信用承诺", "evaluations": "公共信用综合评价",
    "complaints": "消费投诉公示", "voluntary": "自愿注册信息",
}
BODY_CODE_FIELD = {
    "penalties": "处罚机关统一社会信用代码", "licenses": "许可机关统一社会信用代码",
    "actions": "实施机关统一社会信用代码", "redlist": "认定单位统一社会信用代码",
    "blacklist": "列入单位统一社会信用代码", "commitments": "承诺受理单位统一社会信用代码",
    "evaluations": "评价单位统一社会信用代码",
}
NEVER_PUBLIC = {"法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码"}
FREE_TEXT = {
    "违法事实", "处罚内容", "处罚依据", "许可内容", "行为内容", "列入原因", "投诉内容摘要", "信息内容",
    "备注",
}

PARTY_CODES = {  # national template party headers, shared by CF_ and XK_
    "行政相对人名称": "XDR_MC", "行政相对人类别": "XDR_LB", "统一社会信用代码": "XDR_SHXYM",
    "工商注册号": "XDR_GSZC", "组织机构代码": "XDR_ZZJG", "税务登记号": "XDR_SWDJ",
    "事业单位证书号": "XDR_SYDW", "社会组织登记证号": "XDR_SHZZ", "法定代表人证件类型": "FR_ZJLX",
    "证件类型": "XDR_ZJLX", "证件号码": "XDR_ZJHM",
}
CF_HEADERS = {k: "CF_" + v for k, v in PARTY_CODES.items()} | {
    "法定代表人": "CF_FRDB", "法定代表人证件号码": "CF_FR_ZJHM", "行政处罚决定书文号": "CF_WSH",
    "违法行为类型": "CF_WFXW", "违法事实": "CF_SY", "处罚依据": "CF_YJ", "处罚类别": "CF_CFLB",
    "处罚内容": "CF_NR", "罚款金额（万元）": "CF_NR_FK",
    "没收违法所得、没收非法财物的金额（万元）": "CF_NR_WFFF",
    "暂扣或吊销证照名称及编号": "CF_NR_ZKDX", "处罚决定日期": "CF_JDRQ", "处罚有效期": "CF_YXQ",
    "公示截止期": "CF_GSJZQ", "处罚机关": "CF_CFJG", "处罚机关统一社会信用代码": "CF_CFJGDM",
    "数据来源单位": "CF_SJLY", "数据来源单位统一社会信用代码": "CF_SJLYDM", "备注": "BZ",
}
XK_HEADERS = {k: "XK_" + v for k, v in PARTY_CODES.items()} | {
    "法定代表人": "XK_FDDB", "法定代表人证件号码": "XK_FR_SFZH", "行政许可决定文书名称": "XK_XKWS",
    "行政许可决定文书号": "XK_WSH", "许可类别": "XK_XKLB", "许可证书名称": "XK_XKZS", "许可编号": "XK_XKBH",
    "许可内容": "XK_NR", "许可决定日期": "XK_JDRQ", "有效期自": "XK_YXQZ", "有效期至": "XK_YXQZI",
    "许可机关": "XK_XKJG", "许可机关统一社会信用代码": "XK_XKJGDM", "当前状态": "XK_ZT",
    "数据来源单位": "XK_LYDW", "数据来源单位统一社会信用代码": "XK_LYDWDM", "备注": "BZ",
}
PENALTY_VARIANTS = {  # numbered party codes, (必填), half-width brackets, stray white space
    "行政相对人名称": "行政相对人名称(必填)", "行政相对人类别": "行政相对人类别（必填）",
    "统一社会信用代码": "行政相对人代码_1(统一社会信用代码)", "工商注册号": "行政相对人代码_2(工商注册号)",
    "组织机构代码": "行政相对人代码_3（组织机构代码）", "税务登记号": "行政相对人代码_4",
    "事业单位证书号": "行政相对人代码_5(事业单位证书号)",
    "社会组织登记证号": "行政相对人代码_6(社会组织登记证号)",
    "行政处罚决定书文号": "行政处罚决定书文号(必填)", "违法行为类型": " 违法行为类型 ",
    "罚款金额（万元）": "罚款金额(万元)",
    "没收违法所得、没收非法财物的金额（万元）": "没收违法所得、没收非法财物的金额(万元)",
    "处罚决定日期": "处罚决定日期（必填）", "处罚机关": "处罚机关 (必填)",
}
LICENSE_VARIANTS = {
    "行政相对人名称": "行政相对人名称(必填)", "行政相对人类别": "行政相对人类别(必填)",
    "统一社会信用代码": "行政相对人代码_1（统一社会信用代码）",
    "行政许可决定文书名称": "行政许可决定文书名称（必填）", "许可类别": "许可类别(必填)",
    "许可内容": "许可内容(必填)", "许可决定日期": "许可决定日期（必填）", "有效期自": "有效期自(必填)",
    "有效期至": "有效期至(必填)", "许可机关": " 许可机关(必填) ",
    "许可机关统一社会信用代码": "许可机关统一社会信用代码(必填)",
}
EXTRA_COLUMN = "内部审核意见"  # an unknown column: must stay out of every public output

# ---------------------------------------------------------------------------------------------
# Issuing bodies: id -> (name, region of its credit code, {purpose: document-number prefix})
# ---------------------------------------------------------------------------------------------

BODIES = {
    "SCJG": ("张掖市甘州区市场监督管理局", REGION, {
        "罚": "甘州市监罚", "许": "甘州市监许", "强制": "甘州市监强", "检查": "甘州市监检",
        "信": "甘州市监守信", "违": "甘州市监严违"}),
    "SW": ("国家税务总局张掖市甘州区税务局", REGION, {"罚": "张甘税罚", "信": "张甘税信", "违": "张甘税违"}),
    "WJ": ("张掖市甘州区卫生健康局", REGION, {"罚": "甘州卫罚", "许": "甘州卫许"}),
    "ZJ": ("张掖市甘州区住房和城乡建设局", REGION, {
        "罚": "甘州住建罚", "许": "甘州住建许", "征收": "甘州住建征"}),
    "YJ": ("张掖市甘州区应急管理局", REGION, {"罚": "甘州应急罚", "许": "甘州应急许", "违": "甘州应急失信"}),
    "XF": ("张掖市甘州区消防救援大队", REGION, {"罚": "甘州消行罚决字", "许": "甘州消安检字"}),
    "HB": ("张掖市生态环境局甘州分局", "620700", {"罚": "张环甘罚", "许": "张环甘许"}),
    "CG": ("张掖市甘州区城市管理综合执法局", REGION, {"罚": "甘州城执罚"}),
    "JT": ("张掖市甘州区交通运输局", REGION, {"罚": "甘州交罚", "许": "甘州交许"}),
    "NY": ("张掖市甘州区农业农村局", REGION, {"罚": "甘州农罚", "许": "甘州农许"}),
    "RS": ("张掖市甘州区人力资源和社会保障局", REGION, {
        "罚": "甘州人社罚", "违": "甘州人社失信", "确认": "甘州人社工伤认", "给付": "甘州人社给"}),
    "FG": ("张掖市甘州区发展和改革局", REGION, {"信": "甘州发改信"}),
    "ZR": ("张掖市自然资源局甘州分局", "620700", {"裁决": "张自然资甘裁"}),
    "ZF": ("张掖市甘州区人民政府", REGION, {"补偿": "甘州政征补", "奖励": "甘州政奖"}),
}

# ---------------------------------------------------------------------------------------------
# Name pools. Never-public names (natural persons, 个体工商户 operators, clerks) take their middle
# character from SECRET_MID, public names (legal representatives of organisations) from
# PUBLIC_MID, and no business name uses a SECRET_MID character: a never-public name can neither
# equal nor hide inside public text.
# ---------------------------------------------------------------------------------------------

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢"
    "蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊陆郝孔白崔康毛邱秦江史顾侯邵孟龙"
    "万段雷钱汤尹黎常武乔贺赖龚")
PUBLIC_MID = "建国志永德海文玉春明红学军树长振世宝兴立卫庆光新忠克秀桂"
SECRET_MID = "晓雨梓浩思欣俊宇诗梦雅泽博睿若沐语昕煜涵"
LAST = "伟芳娜敏静丽强磊洋艳勇杰娟涛霞平刚英飞鹏辉琳婷峰军花兰"
# Never-public names must be unique: the base pool holds 60,000 of them, which large samples
# (--entities well over 10^5, about 0.34 such names per entity) would exhaust. Past a quarter
# of it, they also draw on these characters (in no other pool), so the default sample is
# unchanged and a million entities still find fresh names quickly.
SECRET_MID_MORE = "子一嘉佳可依安奕怡悦星晨曦景皓铭宁天逸瑞舒心恩晴月冰清颖慧琪琦瑶璐蕾萌楠柏松竹梅菊荷莲芷蓉薇茜岚岩峻崇嵩锦绣翔鸿鹤骏驰腾乐俏倩元凯劲勋华卓南厚君启和咏哲圣坤培基墨士声多大奇姝娅婉媛嫣孝宏宸家容宽尧展岳川州帆希庭彤彦征忆怀恒恬悠惠意慈成承捷斌旭昊昌昭晋晖晟智曼朗朝木杉来"
LAST_MORE = "柔栋桐森楷欢正毅池沛泉泓津洁洲淳渊湘溪滢漫潇澄灵炜烨焕然煦照熙燕珂珊珍琛琰瑜瑾璇璟甜畅百皎盛知研硕祥福禾秋穆竣笑筱简米素紫纯维绮缘美羽翰耀聪育胜舟航良艺芊芝芮苑茗茹荣莉莎菁萍蓓蔚蕊藤虹蝶衡裕见言诚诺谦豪贞贤赫超轩辰达远迪道郁酉金鑫钧铮锋镇阳雁雪雯霏青靖韵顺颂飒馨香骁鸣默"
SECRET_SPACE = len(SURNAMES) * len(SECRET_MID) * len(LAST)
BRAND = "鑫源恒达盛宏泰丰祥瑞隆昌兴通汇诚信德润华金安鼎耀福顺和创远景鸿弘茂祁丹甘绿焉聚"
ORG_PREFIXES = ("张掖市", "张掖", "甘州区", "张掖市甘州区")
GETI_PREFIXES = ("甘州区", "张掖市甘州区")
COOP_WORDS = ("种植", "养殖", "蔬菜", "农机", "制种")
STREETS = (
    "县府街", "南大街", "北大街", "东大街", "西大街", "青年西街", "青年东街", "民主西街", "马神庙街",
    "南环路", "北环路", "滨河大道", "甘州路", "丹霞大道", "西环路", "长沙门路", "火车站路", "临松路",
    "环城南路", "劳动街")
TOWNS = (
    "梁家墩镇", "党寨镇", "沙井镇", "乌江镇", "新墩镇", "长安镇", "上秦镇", "大满镇", "碱滩镇",
    "三闸镇", "小满镇", "甘浚镇", "明永镇", "龙渠乡", "安阳乡", "花寨乡")
VILLAGES = (
    "太平堡村", "五里墩村", "东湖村", "西闸村", "流泉村", "城儿闸村", "上堡村", "下崖村", "金家湾村",
    "红沙窝村")
FOOD_GOODS = (
    "酸奶", "火腿肠", "速冻水饺", "果汁饮料", "糕点", "月饼", "方便面", "纯牛奶", "卤肉制品", "饼干")
GOODS = ("服装", "小家电", "水果", "蔬菜", "日用百货", "玩具")
CN_NUM = "一二三四五六七八九"

# industry -> (name words, 主体类型, 经营范围, licence templates, penalty templates)
ORG_INDUSTRIES = {
    "商贸": (("商贸", "工贸", "贸易"), "有限责任公司（自然人投资或控股）",
           "一般项目：日用百货销售；五金产品零售；农副产品销售。许可项目：食品销售",
           ("food_sale",), ("food_expired", "price_tag", "ad_false", "tax_late", "tax_invoice")),
    "餐饮": (("餐饮管理", "餐饮服务"), "有限责任公司（自然人独资）", "许可项目：餐饮服务；食品销售",
           ("food_serve", "fire_check"), ("food_expired", "fire_exit", "public_health", "tax_late")),
    "建筑": (("建筑工程", "建设工程", "建筑安装工程"), "有限责任公司（自然人投资或控股）",
           "许可项目：建设工程施工；住宅室内装饰装修", ("build_qual",),
           ("safety_training", "construction_nopermit", "env_dust", "tax_late")),
    "酒店": (("酒店管理", "宾馆", "旅游服务"), "有限责任公司（自然人投资或控股）",
           "许可项目：住宿服务；餐饮服务", ("public_health_lic", "fire_check"),
           ("elevator", "fire_exit", "public_health")),
    "医药": (("医药连锁", "大药房"), "有限责任公司（自然人投资或控股）",
           "许可项目：药品零售；第三类医疗器械经营", ("drug_sale",), ("drug_gsp", "ad_false")),
    "物流": (("物流", "运输", "货运"), "有限责任公司（自然人投资或控股）",
           "许可项目：道路货物运输（不含危险货物）", ("road_transport",),
           ("transport_overload", "safety_training", "tax_late")),
    "农业": (("农业科技", "种业", "农业发展"), "有限责任公司（自然人投资或控股）",
           "许可项目：主要农作物种子生产；农作物种子经营", ("seed",), ("seed_label", "tax_late")),
    "房产": (("房地产开发", "置业"), "有限责任公司（自然人投资或控股）", "许可项目：房地产开发经营",
           ("presale",), ("ad_false", "construction_nopermit", "env_dust")),
    "石化": (("石化", "能源"), "有限责任公司（自然人投资或控股）", "许可项目：成品油零售；危险化学品经营",
           ("hazchem", "pollution"), ("safety_training", "safety_major", "fire_exit")),
    "食品": (("食品", "乳业", "食品加工"), "有限责任公司（自然人投资或控股）", "许可项目：食品生产；食品销售",
           ("food_prod", "pollution"), ("food_expired", "env_dust", "tax_late")),
    "物业": (("物业管理", "物业服务"), "有限责任公司（自然人独资）", "一般项目：物业管理；停车场服务",
           (), ("elevator", "fire_exit", "tax_invoice")),
    "汽车": (("汽车销售服务", "汽车贸易"), "有限责任公司（自然人投资或控股）",
           "一般项目：汽车新车销售；机动车修理和维护", (), ("price_tag", "env_paint", "tax_late")),
}
COOP = ("农民专业合作社", "一般项目：谷物种植；蔬菜种植；农产品的生产、销售、加工、运输、贮藏")
# 个体工商户 industry -> (name words, 经营范围, licence templates, penalty templates)
GETI_INDUSTRIES = {
    "面馆": (("牛肉面馆", "拉面馆", "饭店", "小吃店", "炒面馆", "烧烤店"), "许可项目：小餐饮",
           ("food_serve",), ("food_expired", "price_tag", "fire_exit", "tax_late")),
    "修理": (("汽车修理部", "汽车维修部", "摩托车修理部"), "一般项目：机动车修理和维护", (),
           ("env_paint", "price_tag")),
    "零售": (("便利店", "副食店", "烟酒店", "百货商店"), "许可项目：食品销售；烟草制品零售",
           ("food_sale",), ("food_expired", "price_tag")),
    "美发": (("理发店", "美容美发店"), "一般项目：理发服务；美容服务", ("public_health_lic",),
           ("public_health", "health_nolicense")),
}
CONSUMER_FACING = {"面馆", "零售", "美发", "餐饮", "商贸", "酒店"}


def txt(*parts: str) -> str:
    """Join wrapped Chinese text."""
    return "".join(parts)


# Penalty templates. nature: light (轻微), general (一般) or serious (严重) under the default rules.
PENALTIES = {
    "food_expired": dict(
        body="SCJG", type="经营超过保质期的食品", domain="食品药品", nature="general",
        fine=(10000, 60000), cats="没收违法所得;罚款",
        fact=txt("{date}，执法人员对当事人经营场所进行检查，发现其货架上待售的{goods}已超过保质期，",
               "货值金额{value}元。当事人的行为违反了《中华人民共和国食品安全法》",
               "第三十四条第（十）项的规定。"),
        basis="《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
        content="没收超过保质期的食品，没收违法所得{conf}元，并处罚款{fine}元。"),
    "price_tag": dict(
        body="SCJG", type="未按规定明码标价", domain="价格", nature="light", fine=(0, 0), cats="警告",
        fact=txt("{date}，执法人员检查发现，当事人经营场所内陈列销售的{goods}等商品未按规定标示价格。",
               "当事人的行为违反了《明码标价和禁止价格欺诈规定》第五条的规定。"),
        basis="《中华人民共和国价格法》第四十二条；《明码标价和禁止价格欺诈规定》第二十一条",
        content="责令改正，给予警告。"),
    "ad_false": dict(
        body="SCJG", type="发布虚假广告", domain="广告", nature="general", fine=(20000, 100000),
        cats="罚款",
        fact=txt("经查，当事人自{date}起在其微信公众号发布的{goods}推广文章中，宣称产品具有",
               "“降血糖、改善睡眠”等功效，无法提供证明材料。当事人的行为违反了",
               "《中华人民共和国广告法》第二十八条第二款第（二）项的规定。"),
        basis="《中华人民共和国广告法》第五十五条第一款",
        content="责令停止发布广告，在相应范围内消除影响，并处罚款{fine}元。"),
    "elevator": dict(
        body="SCJG", type="使用未经定期检验的特种设备", domain="特种设备", nature="general",
        fine=(30000, 80000), cats="罚款",
        fact=txt("{date}，执法人员检查发现，当事人使用的{n}台乘客电梯定期检验有效期已届满，",
               "未按规定申报定期检验，仍继续投入使用。当事人的行为违反了",
               "《中华人民共和国特种设备安全法》第四十条第三款的规定。"),
        basis="《中华人民共和国特种设备安全法》第八十四条第（一）项",
        content="责令停止使用有关特种设备，并处罚款{fine}元。"),
    "safety_training": dict(
        body="YJ", type="未按照规定对从业人员进行安全生产教育和培训", domain="安全生产",
        nature="general", fine=(10000, 50000), cats="罚款",
        fact=txt("{date}，执法人员对当事人进行安全生产检查，发现当事人未按照规定对新入职的{n}名",
               "从业人员进行安全生产教育和培训，且无培训记录。当事人的行为违反了",
               "《中华人民共和国安全生产法》第二十八条第一款的规定。"),
        basis="《中华人民共和国安全生产法》第九十七条第（三）项",
        content="责令限期改正，并处罚款{fine}元。"),
    "safety_major": dict(
        body="YJ", type="未采取措施消除重大事故隐患", domain="安全生产", nature="serious",
        fine=(100000, 500000), cats="责令停产停业;罚款",
        fact=txt("{date}，执法人员检查发现，当事人储罐区可燃气体报警装置失效、防雷装置检测逾期，",
               "构成重大事故隐患，经责令限期整改后逾期仍未整改。当事人的行为违反了",
               "《中华人民共和国安全生产法》第四十一条第二款的规定。"),
        basis="《中华人民共和国安全生产法》第一百零二条",
        content="责令停产停业整顿，并处罚款{fine}元。"),
    "fire_exit": dict(
        body="XF", type="占用、堵塞、封闭疏散通道、安全出口", domain="消防", nature="general",
        fine=(5000, 50000), cats="罚款",
        fact=txt("{date}，消防救援人员对当事人经营场所进行消防监督检查，发现其{floor}楼安全出口",
               "被货物堵塞、疏散通道被占用。当事人的行为违反了《中华人民共和国消防法》",
               "第二十八条的规定。"),
        basis="《中华人民共和国消防法》第六十条第一款第（三）项", content="罚款人民币{fine}元。"),
    "tax_late": dict(
        body="SW", type="未按照规定期限办理纳税申报和报送纳税资料", domain="税务", nature="light",
        fine=(50, 2000), cats="罚款", procedure="简易",
        fact=txt("当事人未按照规定期限办理{period}增值税纳税申报。当事人的行为违反了",
               "《中华人民共和国税收征收管理法》第二十五条第一款的规定。"),
        basis="《中华人民共和国税收征收管理法》第六十二条", content="罚款{fine}元。"),
    "tax_invoice": dict(
        body="SW", type="虚开增值税普通发票", domain="税务", nature="general", fine=(50000, 200000),
        cats="没收违法所得;罚款",
        fact=txt("经查，当事人于{date}至{date2}期间，在没有真实业务交易的情况下，为他人开具",
               "增值税普通发票{n}份，金额合计{value}元。当事人的行为违反了",
               "《中华人民共和国发票管理办法》第二十一条第二款的规定。"),
        basis="《中华人民共和国发票管理办法》第三十五条",
        content="没收违法所得{conf}元，并处罚款{fine}元。"),
    "health_nolicense": dict(
        body="WJ", type="未取得《医疗机构执业许可证》擅自执业", domain="卫生健康", nature="general",
        fine=(50000, 200000), cats="没收违法所得;没收非法财物;罚款",
        fact=txt("{date}，卫生监督员检查发现，当事人在未取得《医疗机构执业许可证》的情况下，",
               "擅自开展注射美容等医疗美容诊疗活动，违法所得{conf}元。当事人的行为违反了",
               "《医疗机构管理条例》第十四条的规定。"),
        basis="《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款",
        content="没收违法所得{conf}元，没收药品、器械，并处罚款{fine}元。"),
    "public_health": dict(
        body="WJ", type="公共场所从业人员未取得有效健康合格证明", domain="卫生健康", nature="light",
        fine=(0, 0), cats="警告",
        fact=txt("{date}，卫生监督员检查发现，当事人{n}名直接为顾客服务的从业人员未取得有效健康",
               "合格证明。当事人的行为违反了《公共场所卫生管理条例实施细则》第十条第一款的规定。"),
        basis="《公共场所卫生管理条例实施细则》第三十八条", content="责令限期改正，给予警告。"),
    "construction_nopermit": dict(
        body="ZJ", type="未取得施工许可证擅自施工", domain="住房城乡建设", nature="general",
        fine=(20000, 200000), cats="罚款",
        fact=txt("{date}，执法人员检查发现，当事人建设的{project}在未取得建筑工程施工许可证的情况下",
               "擅自开工建设。当事人的行为违反了《中华人民共和国建筑法》第七条的规定。"),
        basis="《中华人民共和国建筑法》第六十四条；《建筑工程施工许可管理办法》第十二条",
        content="责令停止施工，限期改正，并处罚款{fine}元。"),
    "env_dust": dict(
        body="HB", type="施工工地未采取有效防尘降尘措施", domain="生态环境", nature="general",
        fine=(10000, 100000), cats="罚款",
        fact=txt("{date}，执法人员现场检查发现，当事人{project}施工工地裸露土方未覆盖、运输车辆未冲洗，",
               "未采取有效防尘降尘措施。当事人的行为违反了《中华人民共和国大气污染防治法》",
               "第六十九条第三款的规定。"),
        basis="《中华人民共和国大气污染防治法》第一百一十五条第一款第（一）项",
        content="责令改正，并处罚款{fine}元。"),
    "env_paint": dict(
        body="HB", type="露天进行喷漆作业", domain="生态环境", nature="general", fine=(20000, 50000),
        cats="罚款",
        fact=txt("{date}，执法人员检查发现，当事人在经营场所外露天进行汽车喷漆作业，未在密闭空间或者",
               "设备中进行，未按照规定安装、使用污染防治设施。当事人的行为违反了",
               "《中华人民共和国大气污染防治法》第四十五条的规定。"),
        basis="《中华人民共和国大气污染防治法》第一百零八条第（一）项",
        content="责令改正，并处罚款{fine}元。"),
    "transport_overload": dict(
        body="JT", type="车辆违法超限运输", domain="交通运输", nature="general", fine=(1000, 30000),
        cats="罚款",
        fact=txt("{date}，执法人员在国道312线甘州段超限检测站检测，当事人所属重型半挂牵引车",
               "车货总质量超过限定标准{n}吨。当事人的行为违反了《公路安全保护条例》",
               "第三十三条第一款的规定。"),
        basis="《公路安全保护条例》第六十四条；《超限运输车辆行驶公路管理规定》第四十三条第（二）项",
        content="责令改正，并处罚款{fine}元。"),
    "seed_label": dict(
        body="NY", type="销售的种子标签标注内容不符合规定", domain="农业农村", nature="general",
        fine=(2000, 20000), cats="罚款",
        fact=txt("{date}，执法人员检查发现，当事人销售的{seed}种子标签未标注质量指标、检疫证明编号",
               "等内容。当事人的行为违反了《中华人民共和国种子法》第四十一条的规定。"),
        basis="《中华人民共和国种子法》第八十条", content="责令改正，并处罚款{fine}元。"),
    "drug_gsp": dict(
        body="SCJG", type="未遵守药品经营质量管理规范", domain="食品药品", nature="general",
        fine=(100000, 300000), cats="警告;罚款",
        fact=txt("{date}，执法人员检查发现，当事人阴凉区温湿度监测设备未正常运行，部分需阴凉储存",
               "的药品存放于常温区。当事人的行为违反了《中华人民共和国药品管理法》",
               "第五十三条第一款的规定。"),
        basis="《中华人民共和国药品管理法》第一百二十六条", content="给予警告，并处罚款{fine}元。"),
    "food_revoke": dict(
        body="SCJG", type="一年内累计三次因违反食品安全法规定受到行政处罚", domain="食品药品",
        nature="serious", fine=(0, 0), cats="吊销许可证件",
        fact=txt("当事人自{date}至{date2}期间，一年内累计三次因经营超过保质期食品等违反食品安全法",
               "规定的行为受到没收违法所得、罚款等行政处罚。当事人的行为符合",
               "《中华人民共和国食品安全法》第一百三十四条规定的情形。"),
        basis="《中华人民共和国食品安全法》第一百三十四条", content="吊销《食品生产许可证》。"),
    "nolicense_operation": dict(
        body="SCJG", type="未依法取得营业执照从事经营活动", domain="市场监管", nature="general",
        fine=(1000, 10000), cats="没收违法所得;罚款",
        fact=txt("{date}，执法人员检查发现，当事人{who}未依法取得营业执照，擅自在西关农贸市场附近",
               "从事{goods}销售经营活动，违法所得{conf}元。当事人的行为违反了",
               "《无证无照经营查处办法》第二条的规定。"),
        basis="《无证无照经营查处办法》第十三条",
        content="责令停止违法行为，没收违法所得{conf}元，并处罚款{fine}元。"),
    "illegal_practice": dict(
        body="WJ", type="非医师行医", domain="卫生健康", nature="general", fine=(20000, 100000),
        cats="没收违法所得;没收非法财物;罚款",
        fact=txt("{date}，卫生监督员检查发现，当事人{who}在未取得医师资格证书和医师执业证书的情况下，",
               "擅自为他人提供针灸、推拿及输液等诊疗服务，违法所得{conf}元。当事人的行为违反了",
               "《中华人民共和国医师法》第十三条第四款的规定。"),
        basis="《中华人民共和国医师法》第五十九条",
        content="责令停止非法执业活动，没收违法所得{conf}元及药品、器械，并处罚款{fine}元。"),
    "transport_illegal": dict(
        body="JT", type="未取得道路运输经营许可，擅自从事道路旅客运输经营", domain="交通运输",
        nature="general", fine=(10000, 30000), cats="没收违法所得;罚款",
        fact=txt("{date}，执法人员在张掖西站附近检查发现，当事人{who}驾驶小型轿车，在未取得",
               "道路运输经营许可的情况下，擅自从事道路旅客运输经营，违法所得{conf}元。",
               "当事人的行为违反了《中华人民共和国道路运输条例》第十条的规定。"),
        basis="《中华人民共和国道路运输条例》第六十三条",
        content="责令停止经营，没收违法所得{conf}元，并处罚款{fine}元。"),
    "city_stall": dict(
        body="CG", type="擅自占用城市道路摆摊设点", domain="城市管理", nature="light", fine=(50, 200),
        cats="罚款", procedure="简易",
        fact=txt("{date}，执法人员巡查发现，当事人{who}擅自占用{street}人行道摆摊设点销售{goods}，",
               "经劝导后仍不改正。当事人的行为违反了《城市市容和环境卫生管理条例》第十四条的规定。"),
        basis="《城市市容和环境卫生管理条例》第三十六条第（二）项", content="责令改正，并处罚款{fine}元。"),
}
NP_PENALTIES = ("nolicense_operation", "illegal_practice", "transport_illegal", "city_stall")

# Licence templates: 文书名称, 许可类别, 证书名称, numbering scheme, 许可内容, body, years (None: long term)
LICENSES = {
    "food_sale": ("食品经营许可决定书", "普通", "食品经营许可证", "JY",
                  "预包装食品（含冷藏冷冻食品）销售；散装食品销售", "SCJG", 5),
    "food_serve": ("食品经营许可决定书", "普通", "食品经营许可证", "JY",
                   "热食类食品制售；冷食类食品制售", "SCJG", 5),
    "food_prod": ("食品生产许可决定书", "普通", "食品生产许可证", "SC",
                  "糕点（烘烤类糕点）；速冻食品（速冻面米食品）", "SCJG", 5),
    "public_health_lic": ("公共场所卫生许可决定书", "普通", "公共场所卫生许可证", "WJ",
                          "住宿、理发、美容场所", "WJ", 4),
    "fire_check": ("公众聚集场所投入使用、营业前消防安全检查意见书", "其他",
                   "公众聚集场所投入使用、营业消防安全检查合格证", "XF", "同意投入使用、营业", "XF", None),
    "build_qual": ("建筑业企业资质许可决定书", "认可", "建筑业企业资质证书", "D3",
                   "建筑工程施工总承包三级；市政公用工程施工总承包三级", "ZJ", 5),
    "drug_sale": ("药品经营许可决定书", "普通", "药品经营许可证", "YP",
                  "中药饮片、中成药、化学药制剂、抗生素制剂、生化药品", "SCJG", 5),
    "road_transport": ("道路运输经营许可决定书", "普通", "道路运输经营许可证", "YS",
                       "道路普通货物运输", "JT", 4),
    "seed": ("农作物种子生产经营许可决定书", "普通", "农作物种子生产经营许可证", "NZ",
             "玉米、小麦种子生产经营", "NY", 5),
    "presale": ("商品房预售许可决定书", "核准", "商品房预售许可证", "FY", "商品住宅预售", "ZJ", None),
    "hazchem": ("危险化学品经营许可决定书", "特许", "危险化学品经营许可证", "WH",
                "汽油、柴油[闭杯闪点≤60℃]（带有储存设施经营）", "YJ", 3),
    "pollution": ("排污许可决定书", "普通", "排污许可证", "PW",
                  "排污许可（简化管理）：颗粒物、二氧化硫、氮氧化物", "HB", 5),
    "food_stall": ("食品小摊点登记决定书", "登记", "食品小摊点登记卡", "TD",
                   "食品小摊点经营（烤红薯、煮玉米）", "SCJG", 2),
}

# Texts of the other kinds
TAX_BASIS = "《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）"
WAGE_LIST = ("拖欠农民工工资失信联合惩戒对象名单",
             "拖欠农民工工资数额达到认定拖欠农民工工资“严重失信”标准，经责令限期支付后逾期仍未支付。",
             "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）第五条")
MARKET_LIST = ("市场监督管理严重违法失信名单", "因提交虚假材料取得登记，受到较重行政处罚。",
               "《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）第十条")
TAX_LIST = ("重大税收违法失信主体", "虚开增值税普通发票，涉案金额达到重大税收违法失信主体认定标准。",
            "《重大税收违法失信主体信息公布管理办法》（国家税务总局令第54号）第六条")
SAFETY_LIST = ("安全生产严重失信主体名单", "发生生产安全责任事故，受到较重行政处罚。",
               "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第五条")
INSPECTION = ("《企业信息公示暂行条例》第十四条", "“双随机、一公开”抽查：")
COMMITMENTS = (
    ("审批替代型", "告知承诺：申请人承诺符合许可条件，所提交材料真实有效。", "SCJG"),
    ("行业自律型", "诚信经营、明码标价，不销售假冒伪劣商品。", "SCJG"),
    ("主动型", "自愿向社会作出守法诚信经营承诺，接受社会监督。", "FG"),
    ("容缺受理型", "承诺于20个工作日内补齐容缺材料。", "ZJ"),
)
COMPLAINTS = (
    ("质量问题", "消费者反映购买的商品存在质量问题，要求退货。", "调解成功，经营者为消费者办理退货。"),
    ("食品安全", "消费者反映购买的食品有异味。", "调解成功，经营者退还货款并赔偿。"),
    ("价格争议", "消费者反映结账价格与标价不符。", "经营者已退还差价并整改价签。"),
    ("售后服务", "消费者反映商家拒不履行退换货承诺。", "调解不成，终止调解。"),
)
VOLUNTARY = (
    ("资质证照", "质量管理体系认证证书", "通过ISO9001质量管理体系认证。"),
    ("社会公益", "公益捐赠", "向甘州区慈善协会捐款。"),
    ("市场经营", "年度经营情况", "上一年度依法纳税，无欠税记录。"),
)

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def add_years(d: dt.date, n: int) -> dt.date:
    """``d`` plus ``n`` calendar years (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def wan(yuan: int) -> str:
    """Yuan as a 万元 string without float noise: 2000 -> "0.2"."""
    s = format(Decimal(yuan) / Decimal(10000), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def mask(name: str) -> str:
    return name[0] + "*" * (len(name) - 1)


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def gb11714_check(body8: str) -> str:
    """Check character of a GB 11714 organisation code."""
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    c = 11 - sum(v * w for v, w in zip(values, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def luhn_complete(body: str) -> str:
    """``body`` followed by its Luhn check digit (bank-card numbers)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------------------------


@dataclass
class Party:
    """A 行政相对人: an organisation, a 个体工商户 or a natural person."""

    name: str
    cat: str
    code: str = ""
    regno: str = ""
    orgcode: str = ""
    rep: str = ""
    rep_id: str = ""
    id_no: str = ""
    birth: dt.date | None = None
    industry: str = ""
    address: str = ""
    unit_no: str = ""  # 事业单位证书号
    social_no: str = ""  # 社会组织登记证号

    @property
    def page_id(self) -> str:
        """Entity page folder: the credit code, or the 注册号 for the placeholder code."""
        return self.regno if self.code == PLACEHOLDER else self.code

    def block(self) -> dict:
        """The party columns of a row."""
        f = {"行政相对人名称": self.name, "行政相对人类别": self.cat}
        if self.cat == NP:
            return f | {"证件类型": "身份证", "证件号码": self.id_no}
        f |= {"统一社会信用代码": self.code, "工商注册号": self.regno, "组织机构代码": self.orgcode,
              "事业单位证书号": self.unit_no, "社会组织登记证号": self.social_no, "法定代表人": self.rep}
        if self.rep_id:
            f |= {"法定代表人证件类型": "身份证", "法定代表人证件号码": self.rep_id}
        return f


@dataclass
class Rec:
    """One input row and the label it is meant to get on the as-of date."""

    kind: str
    party: Party | None
    fields: dict
    key: str
    state: str  # records: published/withheld/rejected; control rows: applied/pending/unmatched/rejected
    reason: str = ""  # withheld reason code, or the cause of a rejection
    file: str = ""  # file id while generating, then the path relative to the data folder
    row: int = 0  # spreadsheet row number (header = 1)
    date_style: str = ""  # overrides the file's date style for this row
    planted: list = field(default_factory=list)  # never-public values planted in its free text
    boundary: bool = False  # deliberately on a rule boundary
    target: Rec | None = None  # repairs / withdrawals: the record pointed at


class Ids:
    """Unique, check-digit-valid synthetic identifiers."""

    ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make) -> str:
        while True:
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v

    def org9(self, lead: str) -> str:
        """A GB 11714 organisation code starting with ``lead`` (MA: company, MB: agency ...)."""

        def make():
            body = lead + "".join(self.rng.choice(self.ALPHABET) for _ in range(8 - len(lead)))
            return body + gb11714_check(body)

        return self._unique(make)

    def credit(self, head: str, region: str = REGION, lead: str = "MA") -> tuple[str, str]:
        """(统一社会信用代码, its organisation code)."""
        org = self.org9(lead)
        body = head + region + org
        return body + uscc.calc_check_digit(body), org

    def regno(self) -> str:
        """A 15-digit 个体工商户 注册号 (7th digit 6-9), ISO 7064 MOD 11,10 check digit."""

        def make():
            body = REGION + str(self.rng.randint(6, 9)) + f"{self.rng.randrange(10**7):07d}"
            return body + mod_11_10.calc_check_digit(body)

        return self._unique(make)

    def person(self, birth: dt.date) -> str:
        """An 18-digit 身份证 number (GB 11643) with a region code valid in the birth year."""
        region = REGION if birth.year >= 2002 else "622201" if birth.year >= 1985 else "622221"

        def make():
            body = f"{region}{birth:%Y%m%d}{self.rng.randrange(1, 999):03d}"
            return body + ric.calc_check_digit(body + "0")

        return self._unique(make)


# ---------------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------------


class Sample:
    """Plants the rule cases, adds background data, checks the labels and writes everything."""

    FILES = {  # file id: (path, format, encoding, header map, date style, kind)
        "entities": ("entities/entities.csv", "csv", "utf-8-sig", None, "iso", "entities"),
        "lx": ("licenses/licenses-xk.xlsx", "xlsx", "", XK_HEADERS, "excel", "licenses"),
        "lc": ("licenses/licenses.csv", "csv", "utf-8", LICENSE_VARIANTS, "slash", "licenses"),
        "p1": ("penalties/penalties-2026.csv", "csv", "utf-8-sig", PENALTY_VARIANTS, "iso", "penalties"),
        "p2": ("penalties/penalties-cf-gb18030.csv", "csv", "gb18030", CF_HEADERS, "compact", "penalties"),
        "actions": ("actions/actions.parquet", "parquet", "", None, "iso", "actions"),
        "redlist": ("redlist/redlist.csv", "csv", "utf-8", None, "slash", "redlist"),
        "blacklist": ("blacklist/blacklist.xlsx", "xlsx", "", None, "excel", "blacklist"),
        "commitments": ("commitments/commitments.csv", "csv", "utf-8", None, "iso", "commitments"),
        "evaluations": ("evaluations/evaluations.csv", "csv", "utf-8", None, "iso", "evaluations"),
        "complaints": ("complaints/complaints.csv", "csv", "utf-8", None, "iso", "complaints"),
        "voluntary": ("voluntary/voluntary.csv", "csv", "utf-8", None, "iso", "voluntary"),
        "repairs": ("repairs/repairs.csv", "csv", "utf-8", None, "iso", "repairs"),
        "withdrawals": ("withdrawals/withdrawals.csv", "csv", "utf-8-sig", None, "iso", "withdrawals"),
    }

    def __init__(self, as_of: dt.date, n_entities: int, seed: int):
        self.A = as_of
        self.n = n_entities
        self.rng = random.Random(seed)
        self.ids = Ids(self.rng)
        self.recs: dict[str, list[Rec]] = {k: [] for k in KINDS}
        self.numbers: dict[tuple[str, int], int] = {}
        self.seq: Counter = Counter()
        self.names: set[str] = set()
        self.secret_names = 0  # never-public names drawn so far
        self.addresses: set[str] = set()
        self.orgs: list[Party] = []  # market entities: companies, cooperatives, 个体工商户
        self.special: dict = {}
        self.planted_conflicts: dict = {}
        self.extra_values: list[str] = []
        self.no_pages: set[str] = {PLACEHOLDER}
        self.invalid_codes: list[str] = []
        self.bodies = {}
        for bid, (name, region, _) in BODIES.items():
            self.bodies[bid] = (name, self.ids.credit("11", region, "MB")[0])
        self.clerks = {bid: [self.person_name(secret=True) for _ in range(2)] for bid in BODIES}

    # ---- dates and randomness ----------------------------------------------------------------

    def ago(self, days: int) -> dt.date:
        return self.A - dt.timedelta(days=days)

    def ahead(self, days: int) -> dt.date:
        return self.A + dt.timedelta(days=days)

    def r(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def clear(self, d: dt.date) -> dt.date:
        """``d`` moved off the as-of date by at least MARGIN days (keeps the side it was on)."""
        gap = (d - self.A).days
        if abs(gap) >= MARGIN:
            return d
        return self.A + dt.timedelta(days=MARGIN * 2 if gap >= 0 else -MARGIN * 2)

    # ---- people and entities -----------------------------------------------------------------

    def person_name(self, secret: bool) -> str:
        """A three-character name; never-public ones are unique."""
        mid, last = (SECRET_MID if secret else PUBLIC_MID), LAST
        if secret:
            self.secret_names += 1
            if self.secret_names > SECRET_SPACE // 4:
                mid, last = SECRET_MID + SECRET_MID_MORE, LAST + LAST_MORE
        while True:
            name = self.rng.choice(SURNAMES) + self.rng.choice(mid) + self.rng.choice(last)
            if not secret or name not in self.names:
                self.names.add(name)
                return name

    def birth(self, lo_age: int, hi_age: int) -> dt.date:
        return self.ago(self.r(lo_age * 365 + 30, hi_age * 365 - 30))

    def natural_person(self, name: str | None = None, birth: dt.date | None = None) -> Party:
        name = name or self.person_name(secret=True)
        self.names.add(name)
        birth = birth or self.birth(22, 60)
        return Party(name=name, cat=NP, id_no=self.ids.person(birth), birth=birth)

    def _address(self, make) -> str:
        for attempt in range(10**6):
            a = make(attempt > 10)
            if a not in self.addresses:
                self.addresses.add(a)
                return a
        raise RuntimeError("address pool exhausted")

    def street_address(self) -> str:
        """An organisation's 住所 (public); a room number once plain street numbers run short."""
        return self._address(lambda more: txt(
            f"甘肃省张掖市甘州区{self.rng.choice(STREETS)}{self.r(1, 999)}号",
            f"{self.r(1, 9)}幢{self.r(1, 30)}层{self.r(1, 40):02d}室" if more else ""))

    def village_address(self) -> str:
        """A 个体工商户's 住所 (not public): a village address."""
        return self._address(lambda more: txt(
            "甘肃省张掖市甘州区", self.rng.choice(TOWNS), self.rng.choice(VILLAGES),
            f"{CN_NUM[self.r(0, 8)]}社{self.r(1, 199)}号", f"附{self.r(1, 99)}号" if more else ""))

    def business_name(self, cat: str, industry: str, head: str) -> str:
        """A fresh business name; three-character brands once two-character ones run short."""
        for attempt in range(10**6):
            brand = self.rng.choice(BRAND) + self.rng.choice(BRAND)
            if attempt > 20:
                brand += self.rng.choice(BRAND)
            if brand[0] == brand[1]:
                continue
            if head == "93":
                name = f"张掖市甘州区{brand}{self.rng.choice(COOP_WORDS)}农民专业合作社"
            elif cat == GETI:
                name = self.rng.choice(GETI_PREFIXES) + brand + self.rng.choice(GETI_INDUSTRIES[industry][0])
            else:
                words = ORG_INDUSTRIES[industry][0]
                name = self.rng.choice(ORG_PREFIXES) + brand + self.rng.choice(words) + "有限公司"
            if name not in self.names:
                return name
        raise RuntimeError("name pool exhausted")

    def market_entity(self, cat: str, industry: str, name: str | None = None, *, registry: bool = True,
                      status: str = "存续", head: str = "", placeholder: bool = False) -> Party:
        head = head or ("92" if cat == GETI else "91")
        name = name or self.business_name(cat, industry, head)
        self.names.add(name)
        if placeholder:
            code, org, regno = PLACEHOLDER, "", self.ids.regno()
        else:
            code, org = self.ids.credit(head)
            regno = ""
        party = Party(name=name, cat=cat, code=code, regno=regno, orgcode=org if cat == ORG else "",
                      rep=self.person_name(secret=(cat == GETI)), rep_id=self.ids.person(self.birth(25, 62)),
                      industry=industry)
        party.address = self.village_address() if cat == GETI else self.street_address()
        if registry:
            self.add_registry(party, status)
        self.orgs.append(party)
        return party

    def add_registry(self, party: Party, status: str = "存续") -> Rec:
        if party.cat == GETI:
            ptype, scope = "个体工商户", GETI_INDUSTRIES[party.industry][1]
        elif party.code.startswith("93"):
            ptype, scope = COOP
        else:
            ptype, scope = ORG_INDUSTRIES[party.industry][1:3]
        f = {"统一社会信用代码": party.code, "主体名称": party.name, "主体类型": ptype,
             "法定代表人": party.rep, "成立日期": self.ago(self.r(2300, 9000)),
             "登记机关": self.bodies["SCJG"][0], "住所": party.address, "经营范围": scope, "登记状态": status}
        rec = Rec("entities", party, f, party.code, "published", file="entities")
        self.recs["entities"].append(rec)
        return rec

    # ---- numbers -----------------------------------------------------------------------------

    def docno(self, body: str, purpose: str, year: int) -> str:
        """A decision number such as 甘州市监罚〔2026〕12号, unique per prefix and year."""
        prefix = BODIES[body][2][purpose]
        k = (prefix, year)
        self.numbers[k] = self.numbers.get(k, self.r(0, 6)) + self.r(1, 3)
        n = self.numbers[k]
        return f"{prefix}〔{year}〕{n:04d}号" if body == "XF" else f"{prefix}〔{year}〕{n}号"

    def serial(self, prefix: str, year: int) -> str:
        """Fixed-width serials (no key can be a substring of another)."""
        self.seq[(prefix, year)] += 1
        return f"{prefix}-{year}-{self.seq[(prefix, year)]:06d}"

    def licence_no(self, scheme: str, party: Party, d: dt.date) -> str:
        self.seq[scheme] += 1
        n, y = self.seq[scheme] + 100, d.year
        if scheme == "JY":
            body = "1" + REGION + f"{n % 10**6:06d}"
            return "JY" + body + str(sum(map(int, body)) % 10)
        if scheme == "SC":
            body = "106" + REGION + f"{n % 10**5:05d}"
            return "SC" + body
        return {
            "WJ": f"甘州卫公字〔{y}〕第{n:04d}号", "XF": f"甘州消安检字〔{y}〕第{n:04d}号",
            "D3": f"D362{n:06d}", "YP": f"甘DA{n:07d}", "YS": f"甘交运管许可张字{REGION}{n:06d}号",
            "NZ": f"D(甘张甘)农种许字({y})第{n:04d}号", "FY": f"张甘房预售证第{y}{n:03d}号",
            "WH": f"甘张甘危化经字〔{y}〕{n:06d}", "PW": f"{party.code}{n % 1000:03d}V",
            "TD": f"甘州食摊登字〔{y}〕第{n:04d}号",
        }[scheme]

    def body_fields(self, bid: str, name_field: str, code_field: str, source: str = "code") -> dict:
        """The deciding body's name and code, plus the 数据来源单位 columns."""
        name, code = self.bodies[bid]
        f = {name_field: name, code_field: code}
        if source == "code":
            f |= {"数据来源单位": name, "数据来源单位统一社会信用代码": code}
        elif source == "name":
            f["数据来源单位"] = name
        return f

    # ---- record builders ---------------------------------------------------------------------

    def add(self, kind: str, party: Party | None, fields: dict, state: str, reason: str = "",
            file: str = "", **kw) -> Rec:
        f = (party.block() if party else {}) | fields
        key = f.get(KEY_FIELD[kind], "") or (f.get("许可编号", "") if kind == "licenses" else "")
        rec = Rec(kind, party, f, key, state, reason, file=file or kind, **kw)
        self.recs[kind].append(rec)
        return rec

    def penalty(self, party: Party, tpl: str, k: int, state: str, reason: str = "", *, file: str = "",
                who: bool = False, fine: int | None = None, extra: dict | None = None, **over) -> Rec:
        """A penalty decided ``k`` days before the as-of date, from template ``tpl``."""
        t = PENALTIES[tpl]
        d = self.ago(k)
        lo, hi = t["fine"]
        fine = fine if fine is not None else (round(self.r(lo, hi), -2) if hi else 0)
        conf = round(self.r(800, 9000), -1) if "没收违法所得" in t["cats"] else 0
        event = d - dt.timedelta(days=self.r(20, 75))
        ctx = {
            "date": cn_date(event), "date2": cn_date(event + dt.timedelta(days=self.r(60, 200))),
            "goods": self.rng.choice(FOOD_GOODS if tpl.startswith("food") or tpl == "ad_false" else GOODS),
            "value": self.r(200, 9000), "conf": conf, "fine": fine, "n": self.r(2, 9),
            "floor": CN_NUM[self.r(0, 3)], "seed": self.rng.choice(("玉米", "小麦", "马铃薯")),
            "period": f"{event.year}年{event.month}月", "street": self.rng.choice(STREETS),
            "project": f"{self.rng.choice(BRAND)}{self.rng.choice(BRAND)}家园{self.r(1, 9)}号楼项目",
            "who": party.name if (who and party.cat == NP) else "",
        }
        f = {"行政处罚决定书文号": self.docno(t["body"], "罚", d.year), "违法行为类型": t["type"],
             "违法事实": t["fact"].format(**ctx), "处罚依据": t["basis"], "处罚类别": t["cats"],
             "处罚内容": t["content"].format(**ctx), "罚款金额（万元）": wan(fine) if fine else "",
             "没收违法所得、没收非法财物的金额（万元）": wan(conf) if conf else "", "处罚决定日期": d,
             "处罚有效期": LONG_TERM, "案件程序": t.get("procedure", "一般"), "所属领域": t["domain"]}
        f |= self.body_fields(t["body"], "处罚机关", "处罚机关统一社会信用代码")
        tier = over.get("失信程度") or {"light": "轻微", "general": "一般", "serious": "严重"}[t["nature"]]
        if self.rng.random() < 0.4 and tier != "轻微":  # platform-filled 公示截止期 = decision + maximum
            f["公示截止期"] = add_years(d, MAX_YEARS[tier])
        file = file or ("p2" if self.rng.random() < 0.35 else "p1")
        return self.add("penalties", party, f | (extra or {}) | over, state, reason, file=file)

    def licence(self, party: Party, tpl: str, k: int, state: str = "published", reason: str = "", *,
                file: str = "", status: str | None = None, expired: bool = False, **over) -> Rec:
        """A licence decided ``k`` days ago; 当前状态 defaults to what its 有效期至 implies."""
        doc, cat, cert, scheme, content, bid, years = LICENSES[tpl]
        d = self.ago(k)
        until = LONG_TERM if years is None else add_years(d, years) - dt.timedelta(days=1)
        if expired and until > self.A:
            until = self.ago(self.r(20, 200))
        until = self.clear(until)
        if status is None:
            status = "有效" if until > self.A else self.rng.choice(("有效", "无效"))
        f = {"行政许可决定文书名称": doc, "行政许可决定文书号": self.docno(bid, "许", d.year),
             "许可类别": cat, "许可证书名称": cert, "许可编号": self.licence_no(scheme, party, d),
             "许可内容": content, "许可决定日期": d, "有效期自": d, "有效期至": until, "当前状态": status}
        f |= self.body_fields(bid, "许可机关", "许可机关统一社会信用代码")
        file = file or ("lx" if self.rng.random() < 0.4 else "lc")
        return self.add("licenses", party, f | over, state, reason, file=file)

    def action(self, party: Party, bid: str, purpose: str, cat: str, basis: str, content: str, k: int,
               state: str = "published", reason: str = "", amount: str = "") -> Rec:
        d = self.ago(k)
        f = {"行为类别": cat, "决定文书号": self.docno(bid, purpose, d.year), "行为依据": basis,
             "行为内容": content, "金额（万元）": amount, "决定日期": d}
        f |= self.body_fields(bid, "实施机关", "实施机关统一社会信用代码")
        return self.add("actions", party, f, state, reason)

    def red(self, party: Party, bid: str, name: str, basis: str, k: int, until, state: str = "published",
            reason: str = "") -> Rec:
        d = self.ago(k)
        f = {"名单名称": name, "认定文号": self.docno(bid, "信", d.year), "认定依据": basis, "认定日期": d,
             "有效期至": until}
        f |= self.body_fields(bid, "认定单位", "认定单位统一社会信用代码", source="name")
        return self.add("redlist", party, f, state, reason)

    def black(self, party: Party, bid: str, listing: tuple, k: int, until, state: str = "published",
              reason: str = "", **over) -> Rec:
        d = self.ago(k)
        name, why, basis = listing
        f = {"名单名称": name, "列入文号": self.docno(bid, "违", d.year), "列入原因": why, "列入依据": basis,
             "列入日期": d, "有效期至": until}
        f |= self.body_fields(bid, "列入单位", "列入单位统一社会信用代码", source="name")
        return self.add("blacklist", party, f | over, state, reason)

    def commit(self, party: Party, ctype: str, matter: str, bid: str, k: int, status: str,
               state: str = "published", reason: str = "") -> Rec:
        d = self.ago(k)
        f = {"承诺类型": ctype, "承诺事项": matter, "承诺编号": self.serial("XYCN", d.year),
             "做出承诺日期": d, "履约状态": status, "经办人": self.rng.choice(self.clerks[bid])}
        f |= self.body_fields(bid, "承诺受理单位", "承诺受理单位统一社会信用代码", source="name")
        return self.add("commitments", party, f, state, reason)

    def evaluate(self, party: Party, etype: str, grade: str, bid: str, k: int, until,
                 state: str = "published", reason: str = "") -> Rec:
        d = self.ago(k)
        f = {"评价类型": etype, "评价结果": grade, "评价编号": self.serial("PJ", d.year), "评价日期": d,
             "有效期至": until}
        f |= self.body_fields(bid, "评价单位", "评价单位统一社会信用代码", source="")
        return self.add("evaluations", party, f, state, reason)

    def complain(self, party: Party, ptype: str, summary: str, result: str, k: int, handled: int,
                 until="", state: str = "published", reason: str = "") -> Rec:
        d = self.ago(k)
        f = {"投诉编号": self.serial("TS", d.year), "投诉问题类型": ptype, "投诉内容摘要": summary,
             "投诉日期": d, "处理结果": result, "处理日期": self.ago(handled), "公示截止期": until,
             "处理单位": self.bodies["SCJG"][0]}
        return self.add("complaints", party, f, state, reason)

    def voluntary(self, party: Party, vtype: str, title: str, content: str, k: int, verified: bool,
                  state: str = "published", reason: str = "") -> Rec:
        d = self.ago(k)
        f = {"信息类型": vtype, "信息标题": title, "信息内容": content,
             "登记编号": self.serial("ZYZC", d.year), "登记日期": d,
             "核验状态": "已核验" if verified else "未核验",
             "核验单位": self.bodies["FG"][0] if verified else ""}
        return self.add("voluntary", party, f, state, reason)

    def repair(self, target: Rec | None, method: str, when, state: str, *, key: str = "",
               body_code: str | None = None) -> Rec:
        """A 信用修复决定 for ``target`` (None: a record this folder does not hold)."""
        if target is None:
            name, code, cat, party_code = *self.bodies["SCJG"], "行政处罚", ""
        else:
            f = target.fields
            name = f.get("处罚机关") or f.get("列入单位")
            code = f[BODY_CODE_FIELD[target.kind]]
            cat = "行政处罚" if target.kind == "penalties" else KIND_CN[target.kind]
            party_code = f.get("统一社会信用代码", "")
        f = {"信息类别": cat, "原决定文书号": key or target.key,
             "原决定机关统一社会信用代码": code if body_code is None else body_code,
             "统一社会信用代码": party_code, "修复方式": method, "修复决定日期": when, "修复决定机关": name}
        return self.add("repairs", None, f, state, target=target)

    def withdraw(self, target: Rec | None, wtype: str, when, state: str, why: str, *, key: str = "",
                 body: str = "SCJG", cat: str = "行政处罚") -> Rec:
        """A 撤销与更正 decision for ``target`` (None: a record this folder does not hold)."""
        code = target.fields.get(BODY_CODE_FIELD.get(target.kind, ""), "") if target else ""
        f = {"信息类别": KIND_CN[target.kind] if target else cat, "原决定文书号": key or target.key,
             "原决定机关统一社会信用代码": code, "撤销类型": wtype, "撤销日期": when, "撤销原因": why,
             "作出机关": self.bodies[body][0]}
        return self.add("withdrawals", None, f, state, target=target)

    # ---- planted cases -----------------------------------------------------------------------

    def plant(self) -> None:
        """Every rule case of publication-rules.md and privacy.md, each with its intended label."""
        A, S = self.A, self.special
        m = self.market_entity
        red_black = m(ORG, "商贸", "张掖市鑫源商贸有限公司")
        a_severe = m(ORG, "建筑", "张掖市祁连建筑工程有限公司")
        red_dead = m(ORG, "酒店", "张掖市丹霞旅游服务有限公司", status="注销")
        food = m(ORG, "餐饮", "张掖市甘泉餐饮管理有限公司")
        hotel = m(ORG, "酒店", "张掖市弱水酒店管理有限公司")
        petro = m(ORG, "石化", "张掖市焉支石化有限公司")
        revoked = m(ORG, "食品", "张掖市黑河食品有限公司", status="吊销")
        pharma = m(ORG, "医药", "张掖市大佛医药连锁有限公司")
        realty = m(ORG, "房产", "张掖市绿洲房地产开发有限公司")
        logi = m(ORG, "物流", "张掖市恒通物流有限公司")
        agri = m(ORG, "农业", "张掖市金穗农业科技有限公司")
        noreg = m(ORG, "汽车", "张掖市宏达汽车销售服务有限公司", registry=False)
        regonly = m(ORG, "物业", "张掖市万和物业管理有限公司")
        coop = m(ORG, "农业", "张掖市甘州区沃野种植农民专业合作社", head="93")
        geti = m(GETI, "面馆", "甘州区老街牛肉面馆")
        geti_ph = m(GETI, "修理", "甘州区顺达汽车修理部", registry=False, placeholder=True)
        geti_bad = m(GETI, "零售", "甘州区福源副食店", registry=False, placeholder=True)
        geti_bad.regno = ""  # placeholder code without the then-required 注册号: rejected
        hospital = Party(name="张掖市甘州区人民医院", cat=ORG, rep="王建军", unit_no="事证第162070200031号")
        hospital.code, hospital.orgcode = self.ids.credit("12", lead="MB")
        kinder = Party(name="张掖市甘州区阳光幼儿园", cat=ORG, rep="刘玉兰",
                       social_no="甘张民证字第0702015号")
        kinder.code, kinder.orgcode = self.ids.credit("52", lead="MJ")
        bad_reg = Party(name="张掖市昌隆商贸有限公司", cat=ORG, rep="赵国强", industry="商贸",
                        address=self.street_address())
        good = self.ids.credit("91")[0]
        bad_reg.code = good[:-1] + ("0" if good[-1] != "0" else "1")  # wrong check digit
        bad_pen = Party(name="张掖市泰和建材有限公司", cat=ORG, rep="何永刚",
                        rep_id=self.ids.person(self.birth(30, 55)))
        good, bad_pen.orgcode = self.ids.credit("91")
        bad_pen.code = good[:-1] + ("A" if good[-1] != "A" else "B")  # wrong check digit
        self.names.update({hospital.name, kinder.name, bad_reg.name, bad_pen.name, "王建军", "刘玉兰",
                           "赵国强", "何永刚"})
        self.invalid_codes = [bad_reg.code, bad_pen.code]
        self.no_pages.update({bad_reg.code, bad_pen.code, noreg.code})

        # natural persons: never-public names (SECRET_MID middle characters)
        np_adult = self.natural_person("孙浩然")
        np_short = self.natural_person("周欣")
        np_long = self.natural_person("欧阳梓涵")
        d18 = self.ago(90)
        np_18 = self.natural_person("陈俊豪", birth=add_years(d18, -18) - dt.timedelta(days=20))
        np_minor = self.natural_person("马语轩", birth=add_years(self.ago(60), -16) - dt.timedelta(days=100))
        np_minor2 = self.natural_person("杨沐阳", birth=add_years(self.ago(150), -15) - dt.timedelta(days=40))
        S["masked_name"] = mask(np_adult.name)

        pen = self.penalty
        # --- penalty tiers and periods
        S["general_penalty"] = pen(food, "food_expired", 60, "published", file="p1").key
        pen(pharma, "drug_gsp", 200, "published", file="p1")
        pen(logi, "transport_overload", 420, "withheld", "expired", file="p2")  # 一般, past 1 year
        pen(hotel, "fire_exit", 150, "withheld", "expired", file="p1", 公示截止期=self.ago(12))
        S["serious_revoked"] = pen(revoked, "food_revoke", 500, "published", file="p1",
                                   暂扣或吊销证照名称及编号="食品生产许可证").key  # 严重 (吊销), 500 days old
        S["serious_recent"] = pen(a_severe, "safety_major", 120, "published", file="p1", 违法事实=txt(
            cn_date(self.ago(160)), "，执法人员检查发现，当事人承建的甘州区滨河花园3号楼项目施工现场深基坑",
            "未按方案支护、高处作业临边防护缺失，构成重大事故隐患，经责令限期整改后逾期仍未整改。",
            "当事人的行为违反了《中华人民共和国安全生产法》第四十一条第二款的规定。")).key  # 责令停产停业
        pen(petro, "safety_major", 1200, "withheld", "expired", file="p2")  # 严重, past 3 years
        S["light_warning"] = pen(food, "price_tag", 30, "withheld", "not-published", file="p1").key
        S["light_simple"] = pen(geti, "tax_late", 40, "withheld", "not-published", file="p1", fine=200).key
        pen(hotel, "public_health", 25, "withheld", "not-published", file="p2", 处罚类别="通报批评",
            处罚内容="责令限期改正，予以通报批评。")
        S["light_explicit"] = pen(pharma, "ad_false", 50, "withheld", "not-published", file="p1",
                                  失信程度="轻微").key
        S["explicit_serious"] = pen(realty, "ad_false", 600, "published", file="p1", 失信程度="严重").key
        S["explicit_general"] = pen(petro, "safety_major", 500, "withheld", "expired", file="p1",
                                    失信程度="一般").key  # would be 严重 and published without the column
        S["special_equipment"] = pen(hotel, "elevator", 100, "published", file="p2").key
        S["fire"] = pen(red_dead, "fire_exit", 170, "published", file="p1").key
        S["work_safety"] = pen(petro, "safety_training", 80, "published", file="p2").key
        pen(hospital, "health_nolicense", 140, "published", file="p1", extra={
            "违法事实": txt(cn_date(self.ago(180)), "，卫生监督员检查发现，当事人所属口腔科聘用",
                        "未取得医师执业",
                      "证书的人员独立从事口腔诊疗活动。当事人的行为违反了《医疗机构管理条例》第二十七条的规定。"),
            "处罚依据": "《医疗机构管理条例》第四十七条", "处罚类别": "警告;罚款",
            "处罚内容": "给予警告，并处罚款5000元。", "罚款金额（万元）": "0.5",
            "没收违法所得、没收非法财物的金额（万元）": ""})
        pen(noreg, "env_paint", 800, "withheld", "expired", file="p2")
        d_b = add_years(A, -1)  # deliberate boundary: 一般, stop date = decision + 1 year = as-of
        if add_years(d_b, 1) == A:
            b = pen(agri, "seed_label", (A - d_b).days, "withheld", "expired", file="p1")
            b.fields.pop("公示截止期", None)
            b.boundary = True
            S["boundary_expired"] = b.key

        # --- records that repairs and withdrawals point at
        rep1 = pen(food, "food_expired", 200, "withheld", "repaired", file="p1")
        rep2 = pen(logi, "transport_overload", 400, "withheld", "repaired", file="p2", 失信程度="严重")
        rep_b = pen(regonly, "tax_invoice", 210, "withheld", "repaired", file="p1")
        pend = pen(pharma, "drug_gsp", 150, "published", file="p1")
        wd1 = pen(geti, "food_expired", 90, "withheld", "withdrawn", file="p1")
        old = pen(realty, "construction_nopermit", 70, "withheld", "withdrawn", file="p1", fine=150000)
        new = pen(realty, "construction_nopermit", 30, "published", file="p1", fine=80000,
                  违法事实=old.fields["违法事实"], 备注="本决定系经行政复议后作出的变更决定")
        wd_pend = pen(agri, "seed_label", 45, "published", file="p2")
        S["repair_pending"] = pend.key
        S["changed_decision"] = {"old": old.key, "new": new.key}

        # --- natural persons, minors, contact data planted in free text
        S["natural_person_penalty"] = pen(np_adult, "illegal_practice", 80, "published", file="p1",
                                          who=True).key
        pen(np_short, "transport_illegal", 110, "published", file="p2", who=True)
        S["adult_just_18"] = pen(np_18, "nolicense_operation", (A - d18).days, "published", file="p1",
                                 who=True).key
        S["minor_penalty"] = pen(np_minor, "nolicense_operation", 60, "withheld", "minor", file="p1",
                                 who=True, fine=500).key
        phone, email = "13919361824", "zy_tuiguang2026@163.com"
        third_id = self.ids.person(dt.date(1990, 4, 12))
        c = pen(red_black, "ad_false", 75, "published", file="p1")
        c.fields["违法事实"] += txt("上述推广文章由当事人委托的推广人员编写发布，推广人员联系电话",
                              f"{phone}，身份证号码{third_id}，电子邮箱{email}。")
        c.planted += [phone, third_id, email]
        S["contact_scrub"] = c.key
        landline = "0936-8216543"
        card = luhn_complete("622848" + f"{self.r(0, 10**12 - 1):012d}")
        compact_id = self.ids.person(dt.date(1992, 3, 15))
        spaced_id = f"{compact_id[:6]} {compact_id[6:14]} {compact_id[14:]}"
        c = pen(red_black, "tax_invoice", 130, "published", file="p2")
        c.fields["违法事实"] += txt(f"开票款项通过个人银行卡{card}收取，该卡户主身份证号码为{spaced_id}，",
                              f"开票联系电话{landline}。")
        c.planted += [card, spaced_id, compact_id, landline]
        S["contact_scrub_2"] = c.key
        # markup, template syntax, an unknown column
        c = pen(agri, "ad_false", 95, "published", file="p1")
        c.fields["违法事实"] = txt("当事人在其网店商品详情页嵌入<script>alert(1)</script>代码，诱导消费者",
                             "点击跳转至未经审查的“增产神药”广告页面。当事人的行为违反了",
                             "《中华人民共和国广告法》第四十六条的规定。")
        S["xss"] = c.key
        c = pen(logi, "transport_overload", 85, "published", file="p1")
        c.fields["处罚内容"] = "责令改正，并处罚款{{ 7*7 }}元（系统导出模板未替换）。"
        c.fields[EXTRA_COLUMN] = "内部：建议下次检查时重点核查该车队"
        self.extra_values.append(c.fields[EXTRA_COLUMN])
        S["template"] = c.key
        S["geti_placeholder_penalty"] = pen(geti_ph, "env_paint", 160, "published", file="p2").key

        # --- invalid rows
        pen(bad_pen, "env_dust", 100, "rejected", "bad-credit-code", file="p1")
        pen(hotel, "fire_exit", 55, "rejected", "missing-required", file="p1", 违法事实="")
        pen(food, "food_expired", 65, "rejected", "bad-date", file="p1", 处罚决定日期="2026-13-45")
        pen(pharma, "drug_gsp", 70, "rejected", "bad-category", file="p1", 行政相对人类别="未知类别")
        pen(geti_bad, "food_expired", 95, "rejected", "missing-regno", file="p2")

        # --- licences
        lic = self.licence
        lic(food, "food_serve", 400, file="lx")
        S["licence_invalid"] = lic(hotel, "public_health_lic", 700, file="lx", status="无效").key
        S["licence_expired"] = lic(agri, "seed", 2000, file="lx", expired=True, status="有效").key
        lic_wd = lic(pharma, "drug_sale", 250, "withheld", "withdrawn", file="lc")
        S["licence_no_docno"] = lic(petro, "hazchem", 300, file="lc", 行政许可决定文书号="").key
        S["natural_person_licence"] = lic(np_long, "food_stall", 120, file="lc").key
        lic(revoked, "food_prod", 900, file="lx", status="无效")
        lic(geti, "food_serve", 600, file="lc")
        lic(red_black, "food_sale", 1200, file="lc")
        lic(a_severe, "build_qual", 800, file="lx")
        lic(geti_ph, "fire_check", 500, file="lc")
        lic(realty, "presale", 330, file="lc",
            许可内容="张掖市绿洲家园1#、2#楼商品住宅预售，预售面积12860.5平方米")
        lic(logi, "road_transport", 100, "rejected", "missing-required", file="lc", 许可内容="")

        # --- other administrative actions, one of each category
        act = self.action
        act(food, "SCJG", "强制", "行政强制", "《中华人民共和国食品安全法》第一百一十条第（四）项",
            "对当事人涉嫌超过保质期的速冻水饺共18箱予以查封，查封期限三十日。", 95)
        act(a_severe, "RS", "确认", "行政确认", "《工伤保险条例》第十四条第（一）项",
            "认定该单位职工在工作时间和工作场所内因工作原因受到事故伤害，属于工伤。", 140)
        act(realty, "ZJ", "征收", "行政征收", "《甘肃省城市基础设施配套费征收管理办法》第五条",
            "征收城市基础设施配套费。", 260, amount="86.4")
        act(coop, "RS", "给付", "行政给付", "《失业保险条例》第十七条", "发放失业保险稳岗返还资金。", 180,
            amount="1.26")
        act(agri, "ZR", "裁决", "行政裁决", "《中华人民共和国土地管理法》第十四条",
            "对当事人与相邻单位之间的土地使用权权属争议作出裁决，确认争议地块使用权归当事人所有。", 300)
        act(hotel, "ZF", "补偿", "行政补偿", "《国有土地上房屋征收与补偿条例》第十七条",
            "对被征收的非住宅房屋给予货币补偿。", 420, amount="235.8")
        act(red_black, "ZF", "奖励", "行政奖励", "《张掖市甘州区促进民营经济高质量发展若干措施》第八条",
            "授予“2025年度纳税突出贡献企业”称号，并给予奖励。", 200, amount="5")
        act(kinder, "SCJG", "检查", "行政监督检查", INSPECTION[0], INSPECTION[1] + "未发现问题。", 75)
        act_wd = act(logi, "SCJG", "检查", "行政监督检查", INSPECTION[0],
                     INSPECTION[1] + "通过登记的住所无法联系。", 160, "withheld", "withdrawn")
        S["minor_action"] = act(np_minor2, "ZF", "奖励", "行政奖励",
                                "《甘肃省见义勇为人员奖励和保护条例》第十一条",
                                f"对当事人{np_minor2.name}勇救落水儿童的见义勇为行为予以表彰，并颁发奖金。",
                                150,
                                "withheld", "minor", amount="0.5").key

        # --- redlist
        # Honours in conflict are withheld by default ([crosscheck] withhold_conflicting_honours, issue 20).
        c1 = self.red(red_black, "SW", "A级纳税人", TAX_BASIS, 220, self.ahead(150), "withheld", "conflict")
        c3 = self.red(red_dead, "SCJG", "守合同重信用企业", "《甘肃省“守合同重信用”企业公示管理办法》", 300,
                      self.ahead(430), "withheld", "conflict")
        self.red(hotel, "SW", "A级纳税人", TAX_BASIS, 600, self.ago(230), "withheld", "expired")
        self.red(agri, "FG", "诚信示范企业", "《张掖市甘州区诚信示范企业评选办法》", 90, "")  # no end date

        # --- blacklist
        c2 = self.black(red_black, "SW", TAX_LIST, 150, add_years(self.ago(150), 3))
        self.black(logi, "RS", WAGE_LIST, 500, self.ago(20), "withheld", "expired")  # past 有效期至
        self.black(revoked, "SCJG", MARKET_LIST, 1150, "", "withheld", "expired")  # past 3 years
        self.black(revoked, "SCJG", MARKET_LIST, 300, add_years(self.ago(300), 3))
        bl_rep = self.black(a_severe, "RS", WAGE_LIST, 420, LONG_TERM, "withheld", "repaired")
        bl_wd = self.black(realty, "SCJG", MARKET_LIST, 230, add_years(self.ago(230), 3), "withheld",
                           "withdrawn")
        S["blacklist_row_general"] = self.black(petro, "YJ", SAFETY_LIST, 450, "", "withheld", "expired",
                                                失信程度="一般").key  # the row says 一般: 1 year
        bl_wd2 = self.black(noreg, "SCJG", MARKET_LIST, 700, LONG_TERM, "withheld", "withdrawn")

        # --- commitments: every 承诺类型 and 履约状态; 经办人 never public
        cm = self.commit
        cm(food, "审批替代型", "食品经营许可告知承诺：申请人承诺符合食品经营许可条件，所提交材料真实有效。",
           "SCJG", 400, "已履约")
        cm(a_severe, "容缺受理型", "建筑工程施工许可容缺受理：承诺于20个工作日内补齐施工图审查合格书。",
           "ZJ", 200, "履约中")
        cm(red_black, "信用修复型", "承诺已纠正失信行为、履行法定义务，三年内不再发生同类违法行为。",
           "FG", 120, "未履约")
        cm(geti, "行业自律型", "诚信经营、明码标价，不销售过期变质食品。", "SCJG", 300, "已履约")
        cm(coop, "主动型", "自愿向社会作出守法诚信经营承诺，接受社会监督。", "FG", 60, "履约中")
        cm(hotel, "其他", "申请稳岗返还资金信用承诺：承诺申请材料真实、准确、完整。", "RS", 90, "已履约")

        # --- evaluations: several grades per entity over time
        ev = self.evaluate
        ev(a_severe, "纳税信用", "B", "SW", 950, "")  # old grade without end date: history
        ev(a_severe, "纳税信用", "B", "SW", 585, self.ago(215), "withheld", "expired")
        c4 = ev(a_severe, "纳税信用", "A", "SW", 220, self.ahead(150))  # current grade A
        ev(food, "企业信用风险分类", "B", "SCJG", 700, "")
        ev(food, "企业信用风险分类", "A", "SCJG", 120, self.ahead(245))
        ev(food, "公共信用综合评价", "良", "FG", 400, self.ago(35), "withheld", "expired")
        ev(food, "公共信用综合评价", "优", "FG", 30, self.ahead(335))
        ev(logi, "企业信用风险分类", "C", "SCJG", 160, self.ahead(205))
        ev(coop, "纳税信用", "M", "SW", 220, self.ahead(150))
        ev(red_black, "纳税信用", "A", "SW", 220, self.ahead(150))

        # --- complaints
        cp = self.complain
        cphone = "18809361275"
        c = cp(geti, "食品安全",
               f"消费者（联系电话{cphone}）反映在该店就餐后出现腹泻症状，要求退还餐费并赔偿。",
               "调解成功，经营者退还餐费并赔偿消费者600元。", 70, 60)
        c.planted.append(cphone)
        cp(food, "预付卡消费", "消费者反映办理的储值卡在门店停业后无法使用，要求退还余额。",
           "调解不成，终止调解，告知消费者依法向人民法院起诉。", 440, 420, state="withheld", reason="expired")
        cp(hotel, "价格争议", "消费者反映入住时实际收费高于预订价格。",
           "经营者已退还差价，并对前台人员进行培训。",
           115, 100, self.ago(10), "withheld", "expired")  # past 公示截止期
        cp(pharma, "质量问题", "消费者反映购买的血压计显示数值不准确。",
           "调解成功，经营者为消费者更换同型号产品。",
           40, 30, self.ahead(200))
        cp(red_black, "虚假宣传", "消费者反映店内促销标示“买一送一”实际未兑现。",
           "经营者已按宣传兑现赠品，并撤下不实标示。",
           150, 140)
        cp(logi, "售后服务", "", "", 50, 45, state="rejected", reason="missing-required")

        # --- voluntary registrations
        vo = self.voluntary
        vo(a_severe, "资质证照", "ISO9001质量管理体系认证证书",
           "通过ISO9001:2015质量管理体系认证，有效期三年。",
           300, True)
        vo(coop, "社会公益", "向甘州区慈善协会捐赠", "向甘州区慈善协会捐赠农产品一批，价值约2万元。",
           120, True)
        S["formula"] = vo(agri, "市场经营", "企业官方网站",
                          '=HYPERLINK("http://www.example.com/jinsui","访问企业官网")', 90, False).key
        vo(hotel, "合同履约", "完成七彩丹霞旅游接待服务合同", "按合同约定完成2026年旅游旺季接待服务。",
           60, False)
        vol_wd = vo(pharma, "其他", "企业荣誉", "获评“2025年度优秀药品零售企业”。", 200, False,
                    "withheld", "withdrawn")

        # --- repairs: applied, on the as-of date (boundary), pending, unmatched
        self.repair(rep1, "终止公示", self.ago(20), "applied", body_code="")  # matched by number alone
        self.repair(rep2, "终止公示", self.ago(10), "applied")
        self.repair(rep_b, "终止公示", A, "applied").boundary = True
        S["boundary_repair"] = rep_b.key
        self.repair(pend, "终止公示", self.ahead(20), "pending")
        self.repair(bl_rep, "移出名单", self.ago(15), "applied")
        S["unmatched_repair"] = "甘州市监罚〔2019〕888号"
        self.repair(None, "终止公示", self.ago(15), "unmatched", key=S["unmatched_repair"])
        # Without 修复方式: still a repair (what it does never depended on the method; the build warns), here
        # of a record the data does not hold: unmatched.
        self.repair(None, "", self.ago(5), "unmatched", key="甘州市监罚〔2019〕887号")

        # --- withdrawals: every 撤销类型, pending, unmatched
        wd = self.withdraw
        wd(wd1, "撤销", self.ago(15), "applied", "行政复议决定撤销原处罚决定")
        w = wd(old, "变更", self.ago(30), "applied", "经行政复议，变更罚款数额", body="ZJ")
        w.fields["备注"] = f"变更后的决定书文号：{new.key}"
        wd(act_wd, "确认违法", self.ago(25), "applied", "人民法院判决确认该行政行为违法")
        wd(lic_wd, "确认无效", self.ago(40), "applied", "申请人以欺骗手段取得许可，确认许可无效")
        wd(bl_wd, "错误认定", self.ago(18), "applied", "经复核，列入依据不足，属错误认定")
        wd(bl_wd2, "撤销", self.ago(8), "applied", "原列入决定被依法撤销")
        wd(vol_wd, "删除", self.ago(12), "applied", "主体申请删除自愿注册信息", body="FG")
        wd(wd_pend, "撤销", self.ahead(5), "pending", "行政复议决定撤销原处罚决定", body="NY")
        S["unmatched_withdrawal"] = "甘州住建罚〔2019〕77号"
        wd(None, "删除", self.ago(9), "unmatched", "重复报送", key=S["unmatched_withdrawal"], body="ZJ")
        # 撤销日期 missing: takes effect on the as-of date (the build warns), here of a record the data does not
        # hold: unmatched.
        wd(None, "撤销", "", "unmatched", "行政复议决定撤销原处罚决定", key="甘州农罚〔2019〕66号", body="NY")

        # --- a registry row with a wrong check digit (rejected)
        rec = self.add_registry(bad_reg)
        rec.state, rec.reason = "rejected", "bad-credit-code"

        self.planted_conflicts = {  # checked against the computed conflicts
            "redlist_and_current_blacklist": (red_black.code, c1.key, c2.key),
            "grade_a_with_serious_penalty": (a_severe.code, c4.key, S["serious_recent"]),
            "redlist_entity_deregistered": (red_dead.code, c3.key),
        }

    # ---- background data ---------------------------------------------------------------------

    def background(self) -> None:
        """Random records for the remaining entities; each outcome is chosen first, then dated."""
        rng = self.rng
        for _ in range(max(0, self.n - len(self.orgs))):
            u = rng.random()
            if u < 0.22:
                p = self.market_entity(GETI, rng.choice(sorted(GETI_INDUSTRIES)), registry=rng.random() < 0.8)
            elif u > 0.975:
                p = self.market_entity(ORG, "农业", head="93", registry=rng.random() < 0.85)
            else:
                p = self.market_entity(ORG, rng.choice(sorted(ORG_INDUSTRIES)), registry=rng.random() < 0.85,
                                       status="存续" if rng.random() < 0.95 else "注销")
            self.background_entity(p)
        for _ in range(max(2, self.n // 8)):
            self.background_person()

    def pick_penalty(self, party: Party, tpl: str, who: bool = False) -> None:
        t = PENALTIES[tpl]
        rng, r = self.rng, self.r
        if t["nature"] == "light":
            self.penalty(party, tpl, r(5, 80), "withheld", "not-published", who=who)
        elif t["nature"] == "serious":
            if rng.random() < 0.6:
                k = r(5, 1085)
                k -= 30 if 350 <= k <= 380 else 0  # keep "decided within the last year" unambiguous
                self.penalty(party, tpl, k, "published", who=who)
            else:
                self.penalty(party, tpl, r(1106, 2200), "withheld", "expired", who=who)
        elif (u := rng.random()) < 0.6 or (u >= 0.9 and t["domain"] in ONE_YEAR_MIN_DOMAINS):
            self.penalty(party, tpl, r(5, 355), "published", who=who)
        elif u < 0.9:
            self.penalty(party, tpl, r(375, 1500), "withheld", "expired", who=who)
        else:  # repaired: after the 3-month minimum, before the as-of date
            k = r(130, 355)
            rec = self.penalty(party, tpl, k, "withheld", "repaired", who=who)
            self.repair(rec, "终止公示", self.ago(r(MARGIN, k - 100)), "applied")

    def background_entity(self, p: Party) -> None:
        rng, r = self.rng, self.r
        if p.code.startswith("93"):
            lics, pens = (), ("tax_late", "seed_label")
        elif p.cat == GETI:
            lics, pens = GETI_INDUSTRIES[p.industry][2:4]
        else:
            lics, pens = ORG_INDUSTRIES[p.industry][3:5]
        for tpl in lics:
            if rng.random() < 0.8:
                self.licence(p, tpl, r(10, 2400), status="无效" if rng.random() < 0.05 else None)
        for _ in range(rng.choice((0, 0, 1, 1, 1, 2))):
            self.pick_penalty(p, rng.choice(pens))
        if rng.random() < 0.35:
            found = "未发现问题。" if rng.random() < 0.8 else "发现问题，已责令整改。"
            self.action(p, "SCJG", "检查", "行政监督检查", INSPECTION[0], INSPECTION[1] + found, r(10, 900))
        if rng.random() < 0.08:
            self.action(p, "RS", "给付", "行政给付", "《失业保险条例》第十七条", "发放失业保险稳岗返还资金。",
                        r(10, 900), amount=wan(round(r(2000, 60000), -2)))
        if rng.random() < 0.3:
            ctype, matter, bid = rng.choice(COMMITMENTS)
            status = rng.choice(("履约中", "已履约", "已履约", "未履约"))
            self.commit(p, ctype, matter, bid, r(10, 900), status)
        if p.cat == ORG and rng.random() < 0.5:
            ks = sorted(rng.sample(range(30, 1000), rng.choice((1, 2, 3))), reverse=True)
            for i, k in enumerate(ks):
                grade = rng.choice("AABBBCD")
                if i == len(ks) - 1:  # the latest grade is current
                    self.evaluate(p, "企业信用风险分类", grade, "SCJG", k, self.ahead(r(60, 300)))
                elif rng.random() < 0.5:  # history without an end date
                    self.evaluate(p, "企业信用风险分类", grade, "SCJG", k, "")
                else:  # superseded on the next grade's date, which lies >= 30 days back
                    self.evaluate(p, "企业信用风险分类", grade, "SCJG", k, self.ago(ks[i + 1]),
                                  "withheld", "expired")
        if p.cat == ORG and rng.random() < 0.3:
            self.tax_grades(p)
        if rng.random() < (0.3 if p.industry in CONSUMER_FACING else 0.05):
            ptype, summary, result = rng.choice(COMPLAINTS)
            if rng.random() < 0.6:
                handled = r(5, 355)
                self.complain(p, ptype, summary, result, handled + r(3, 30), handled)
            else:
                handled = r(375, 900)
                self.complain(p, ptype, summary, result, handled + r(3, 30), handled, state="withheld",
                              reason="expired")
        if rng.random() < 0.08:
            vtype, title, content = rng.choice(VOLUNTARY)
            self.voluntary(p, vtype, title, content, r(10, 700), rng.random() < 0.6)
        if p.cat == ORG and rng.random() < 0.04:
            k = r(30, 700)
            until = self.clear(add_years(self.ago(k), 1))
            gone = until <= self.A
            self.red(p, "SW", "A级纳税人", TAX_BASIS, k, until, *(("withheld", "expired") if gone else ()))
        if p.cat == ORG and rng.random() < 0.015:
            if rng.random() < 0.6:
                k = r(30, 1080)
                self.black(p, "RS", WAGE_LIST, k, add_years(self.ago(k), 3))
            else:
                self.black(p, "RS", WAGE_LIST, r(1110, 2000), "", "withheld", "expired")

    def tax_grades(self, p: Party) -> None:
        """Annual 纳税信用 grades, evaluated in April and valid until the end of next April."""
        for year in range(self.A.year - 2, self.A.year + 1):
            d = dt.date(year, 4, self.r(10, 25))
            if (self.A - d).days < 10:
                continue
            until = dt.date(year + 1, 4, 30)
            if abs((until - self.A).days) < MARGIN:
                until = ""
            gone = until != "" and until <= self.A
            self.evaluate(p, "纳税信用", self.rng.choice("AABBBMCD"), "SW", (self.A - d).days, until,
                          *(("withheld", "expired") if gone else ()))

    def background_person(self) -> None:
        p = self.natural_person()
        self.pick_penalty(p, self.rng.choice(NP_PENALTIES), who=self.rng.random() < 0.6)

    # ---- self-check of the labels ------------------------------------------------------------

    def derive(self, rec: Rec, applied: dict) -> tuple[str, str]:
        """The state ``rec`` gets by the rules on the as-of date (to confirm the planted label)."""
        if rec.state == "rejected" or rec.kind == "entities":
            return rec.state, rec.reason
        A, f, reasons, gaps = self.A, rec.fields, [], []
        d = f[DATE_FIELD[rec.kind]]
        if rec.party and rec.party.cat == NP and age_on(rec.party.birth, d) < 18:
            reasons.append("minor")
        reasons += ["withdrawn" if c.kind == "withdrawals" else "repaired" for c in applied.get(id(rec), ())]
        if rec.kind in ("penalties", "blacklist"):
            tier = tier_of(rec)
            if tier == "轻微":
                reasons.append("not-published")
                gaps.append((d + dt.timedelta(days=89) - A).days)  # inside its 3 months: not "expired"
            else:
                stop = min([add_years(d, MAX_YEARS[tier])] + [
                    x for x in (f.get("公示截止期"), f.get("有效期至")) if isinstance(x, dt.date)])
                gaps.append((stop - A).days)
                if A >= stop:
                    reasons.append("expired")
        elif rec.kind in ("redlist", "evaluations") and isinstance(f.get("有效期至"), dt.date):
            gaps.append((f["有效期至"] - A).days)
            if A >= f["有效期至"]:
                reasons.append("expired")
        elif rec.kind == "complaints":
            stop = f.get("公示截止期") or add_years(f["处理日期"], 1)
            gaps.append((stop - A).days)
            if A >= stop:
                reasons.append("expired")
        assert rec.boundary or all(abs(g) >= MARGIN for g in gaps), (rec.key, gaps)
        assert len(reasons) <= 1, (rec.key, reasons)
        return ("withheld", reasons[0]) if reasons else ("published", "")

    def verify(self) -> None:
        """Assert each label matches the rules and keeps clear of boundaries."""
        applied = defaultdict(list)
        for kind in CONTROL:
            for c in self.recs[kind]:
                if c.state == "rejected":
                    continue
                when = c.fields[DATE_FIELD[kind]] or self.A  # no date: in effect on the as-of date (warned)
                state = "unmatched" if c.target is None else "applied" if when <= self.A else "pending"
                assert state == c.state, (c.fields, state)
                assert c.boundary or not c.fields[DATE_FIELD[kind]] or abs((when - self.A).days) >= 3, c.fields
                if c.target is not None:
                    assert c.target.state != "rejected", c.fields
                    t = c.target
                    if kind == "repairs" and t.kind == "penalties":  # repair only after the minimum period
                        one_year = tier_of(t) == "严重" or t.fields.get("所属领域") in ONE_YEAR_MIN_DOMAINS
                        years = 1 if one_year else 0
                        earliest = add_years(t.fields["处罚决定日期"], years) if years else (
                            t.fields["处罚决定日期"] + dt.timedelta(days=92))
                        assert when >= earliest, (t.key, when, earliest)
                if state == "applied":
                    applied[id(c.target)].append(c)
        for kind in KINDS:
            if kind in CONTROL:
                continue
            for rec in self.recs[kind]:
                got = self.derive(rec, applied)
                want = (rec.state, rec.reason if rec.state != "published" else "")
                if rec.reason == "conflict":  # the rules publish it; the cross-check withholds it afterwards
                    want = ("published", "")
                assert got == want, (kind, rec.key, got, want)
        keys = Counter((r.kind, r.key) for k in KINDS if k not in CONTROL for r in self.recs[k])
        assert max(keys.values()) == 1, [k for k, n in keys.items() if n > 1][:5]

    # ---- output ------------------------------------------------------------------------------

    def validate_ids(self) -> None:
        """Every credit code and ID number passes stdnum's full validation (but the planted bad ones)."""
        for code in self.ids.used:
            if len(code) == 18 and code[:2] in ("91", "92", "93", "11", "12", "52"):
                assert uscc.is_valid(code), code
            elif len(code) == 18:
                assert ric.is_valid(code), code
            elif len(code) == 15:
                assert mod_11_10.is_valid(code), code
        assert not any(uscc.is_valid(c) for c in self.invalid_codes), self.invalid_codes

    @staticmethod
    def fmt(v, style: str) -> str:
        if isinstance(v, dt.date):
            return {"slash": f"{v:%Y/%m/%d}", "compact": f"{v:%Y%m%d}"}.get(style, v.isoformat())
        return "" if v is None else str(v)

    def write(self, out: Path) -> None:
        """Write every file of the data folder (its kind folders are replaced)."""
        out.mkdir(parents=True, exist_ok=True)
        for kind in KINDS:
            shutil.rmtree(out / kind, ignore_errors=True)
            (out / kind).mkdir()
        by_file: dict[str, list[Rec]] = defaultdict(list)
        for kind in KINDS:
            for rec in self.recs[kind]:
                by_file[rec.file].append(rec)
        assert set(by_file) <= set(self.FILES), set(by_file) - set(self.FILES)
        for fid, (path, fmt, enc, headers, style, kind) in self.FILES.items():
            rows = by_file.get(fid, [])
            self.rng.shuffle(rows)
            cols = list(COLUMNS[kind])
            if any(EXTRA_COLUMN in r.fields for r in rows):
                cols.append(EXTRA_COLUMN)
            for i, rec in enumerate(rows, start=2):
                rec.row, rec.file = i, path
                if fid == "p1" and self.rng.random() < 0.15:
                    rec.date_style = "slash"
            head = [(headers or {}).get(c, c) for c in cols]
            target = out / path
            if fmt == "csv":
                buf = io.StringIO()
                w = csv.writer(buf, lineterminator="\r\n" if enc == "gb18030" else "\n")
                w.writerow(head)
                w.writerows([self.fmt(r.fields.get(c, ""), r.date_style or style) for c in cols]
                            for r in rows)
                target.write_bytes(buf.getvalue().encode(enc))
            elif fmt == "parquet":
                table = pa.table({
                    h: pa.array([self.fmt(r.fields.get(c, ""), style) for r in rows], pa.string())
                    for h, c in zip(head, cols, strict=True)})
                pq.write_table(table, target, compression="snappy")
            else:
                self.write_xlsx(target, head, cols, rows, kind)

    def write_xlsx(self, target: Path, head: list, cols: list, rows: list, kind: str) -> None:
        wb = xlsxwriter.Workbook(str(target), {
            "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False})
        wb.set_properties({  # fixed properties: byte-identical output
            "title": f"{KIND_CN[kind]}数据导出", "author": "张掖市甘州区社会信用体系建设领导小组办公室",
            "company": "张掖市甘州区发展和改革局", "created": dt.datetime.combine(self.A, dt.time(9, 0))})
        datefmt = wb.add_format({"num_format": "yyyy-mm-dd"})
        ws = wb.add_worksheet("数据")
        ws.write_row(0, 0, head, wb.add_format({"bold": True}))
        for i, rec in enumerate(rows, start=1):
            for j, c in enumerate(cols):
                v = rec.fields.get(c, "")
                if isinstance(v, dt.date):
                    ws.write_datetime(i, j, dt.datetime.combine(v, dt.time()), datefmt)
                elif c == "当前状态" and v in ("有效", "无效"):
                    ws.write_number(i, j, 1 if v == "有效" else 2)
                elif v != "":
                    ws.write_string(i, j, str(v))
        if kind == "licenses":
            notes = wb.add_worksheet("填表说明")
            notes.write_column(0, 0, ["本表按行政许可信用信息数据标准的字段代码填报。",
                                      "XK_ZT：1 有效，2 无效。"])
        wb.close()

    # ---- ground truth ------------------------------------------------------------------------

    def compute_conflicts(self) -> dict:
        """Cross-check conflicts for the staff report, over published records only (and the
        honours withheld because of them).

        - redlist_and_current_blacklist: a published redlist entry and a published blacklist entry;
        - grade_a_with_serious_penalty: the current (latest published) grade of some 评价类型 is A
          and a published 严重 penalty was decided within the last year;
        - redlist_entity_deregistered: a published redlist entry for an entity whose registry
          登记状态 is 注销.
        """
        # The report lists the conflicts found before the honours in conflict are withheld.
        pub = {k: [r for r in self.recs[k] if r.state == "published" or r.reason == "conflict"] for k in KINDS}
        by_code = {k: defaultdict(list) for k in KINDS}
        for k, recs in pub.items():
            for r in recs:
                if r.party and r.party.cat != NP:
                    by_code[k][r.party.page_id].append(r)
        out = {"redlist_and_current_blacklist": [], "grade_a_with_serious_penalty": [],
               "redlist_entity_deregistered": []}
        for code in sorted(by_code["redlist"]):
            reds = [r.key for r in by_code["redlist"][code]]
            name = by_code["redlist"][code][0].party.name
            if by_code["blacklist"].get(code):
                out["redlist_and_current_blacklist"].append({
                    "code": code, "name": name, "redlist": reds,
                    "blacklist": [r.key for r in by_code["blacklist"][code]]})
            reg = [r for r in by_code["entities"].get(code, ()) if r.fields["登记状态"] == "注销"]
            if reg:
                out["redlist_entity_deregistered"].append({"code": code, "name": name, "redlist": reds,
                                                           "登记状态": "注销"})
        for code in sorted(by_code["evaluations"]):
            latest = {}
            for r in by_code["evaluations"][code]:
                t = r.fields["评价类型"]
                if t not in latest or r.fields["评价日期"] > latest[t].fields["评价日期"]:
                    latest[t] = r
            grades = [r.key for r in latest.values() if r.fields["评价结果"] == "A"]
            serious = [r.key for r in by_code["penalties"].get(code, ()) if tier_of(r) == "严重"
                       and (self.A - r.fields["处罚决定日期"]).days < 365]
            if grades and serious:
                out["grade_a_with_serious_penalty"].append({
                    "code": code, "name": by_code["evaluations"][code][0].party.name, "evaluation": grades,
                    "penalty": serious})
        for kind, (code, *keys) in self.planted_conflicts.items():
            found = [c for c in out[kind] if c["code"] == code]
            assert found and all(any(k in v for v in found[0].values()) for k in keys), (kind, code)
        return out

    def expectation(self) -> dict:
        kinds, present, absent, sensitive = {}, [], set(), set()
        pages, masked, operators, clerks, rejected_rows = set(), set(), set(), set(), []
        for kind in KINDS:
            recs = self.recs[kind]
            n = Counter(r.state for r in recs)
            if kind in CONTROL:
                kinds[kind] = {"read": len(recs)} | {
                    s: n[s] for s in ("rejected", "applied", "pending", "unmatched")}
            else:
                withheld = Counter(r.reason for r in recs if r.state == "withheld")
                kinds[kind] = {"read": len(recs), "published": n["published"], "rejected": n["rejected"],
                               "withheld": dict(sorted(withheld.items()))}
            for r in recs:
                if r.state == "rejected":
                    rejected_rows.append({"kind": kind, "file": r.file, "row": r.row, "key": r.key,
                                          "cause": r.reason})
                if kind in CONTROL:
                    if r.state in ("unmatched", "rejected"):
                        absent.add(r.key)
                    continue
                f, p = r.fields, r.party
                sensitive.update(f[x] for x in ("法定代表人证件号码", "证件号码") if f.get(x))
                sensitive.update(r.planted)
                if p.cat == NP:
                    sensitive.add(p.name)
                if p.cat == GETI:
                    sensitive.add(p.rep)
                    if kind == "entities":
                        sensitive.add(f["住所"])
                if f.get("经办人"):
                    sensitive.add(f["经办人"])
                if r.state != "published":
                    absent.add(r.key)
                    continue
                if kind != "entities":
                    present.append(r.key)
                if p.cat == NP:
                    masked.add(mask(p.name))
                else:
                    pages.add(p.page_id)
                if p.cat == GETI:
                    operators.add(mask(p.rep))
                if f.get("经办人"):
                    clerks.add(mask(f["经办人"]))
        assert not pages & self.no_pages, pages & self.no_pages
        assert not set(present) & absent, set(present) & absent
        return {
            "as_of": self.A.isoformat(), "entities": self.n, "kinds": kinds,
            "present": sorted(present), "absent": sorted(absent), "sensitive": sorted(sensitive),
            "entity_pages": sorted(pages), "no_entity_pages": sorted(self.no_pages),
            "masked_names": sorted(masked), "masked_operators": sorted(operators),
            "masked_clerks": sorted(clerks), "conflicts": self.compute_conflicts(), "special": self.special,
            "extra_column_values_absent": self.extra_values,
            "rejected_rows": sorted(rejected_rows, key=lambda x: (x["file"], x["row"])),
        }

    def check_collisions(self, exp: dict) -> None:
        """No never-public value or withheld key may hide inside text meant to be public."""
        public = []
        for kind in KINDS:
            for r in self.recs[kind] if kind not in CONTROL else ():
                if r.state != "published":
                    continue
                p = r.party
                for fld, v in r.fields.items():
                    v = self.fmt(v, "iso")
                    if not v or fld in NEVER_PUBLIC or fld in ("经办人", EXTRA_COLUMN):
                        continue
                    if p.cat == NP and fld == "行政相对人名称":
                        continue
                    if p.cat == GETI and fld in ("法定代表人", "住所"):
                        continue
                    if fld in FREE_TEXT:  # the planted values are meant to be masked there
                        for s in r.planted + ([p.name] if p.cat == NP else []):
                            v = v.replace(s, "#")
                    public.append(v)
        blob = "\x00".join(public)
        hits = [s for s in exp["sensitive"] + exp["absent"] + self.extra_values if s in blob]
        assert not hits, hits[:10]


def tier_of(rec: Rec) -> str:
    """失信程度 of a penalty or blacklist row, in the order publication-rules.md gives."""
    f = rec.fields
    if f.get("失信程度"):
        return f["失信程度"]
    if rec.kind == "blacklist":
        return "严重"
    cats = set(f.get("处罚类别", "").replace("、", ";").split(";"))
    if f.get("案件程序") == "简易" or cats <= {"警告", "通报批评"}:
        return "轻微"
    return "严重" if cats & SERIOUS_CATS else "一般"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write the synthetic sample data folder and its ground truth.")
    ap.add_argument("--out", default=ROOT / "data" / "sample", type=Path,
                    help="data folder to write (default: data/sample of the repository)")
    ap.add_argument("--as-of", default="2026-11-27", type=dt.date.fromisoformat,
                    help="as-of date, YYYY-MM-DD (default 2026-11-27)")
    ap.add_argument("--entities", default=60, type=int, help="number of market entities (default 60)")
    ap.add_argument("--seed", default=620702, type=int, help="random seed (default 620702)")
    ap.add_argument("--expect", type=Path, help="ground-truth file (default <out>.expect.json)")
    a = ap.parse_args(argv)
    if a.entities < 0:
        ap.error("--entities must be >= 0")
    s = Sample(a.as_of, a.entities, a.seed)
    s.plant()
    s.background()
    s.verify()
    s.write(a.out)
    exp = s.expectation()
    if a.entities <= 3000:  # quadratic-ish checks, for the sizes that get inspected by hand
        s.check_collisions(exp)
        s.validate_ids()
    expect = a.expect or a.out.with_name(a.out.name + ".expect.json")
    expect.write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {a.out}/ ({sum(v['read'] for v in exp['kinds'].values())} rows) and {expect}")
    for kind, v in exp["kinds"].items():
        print(f"  {kind:12} {json.dumps(v, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
