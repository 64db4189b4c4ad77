"""Writes `names_labelled.jsonl`: sentences in the style of published penalty decisions and
consumer-complaint summaries, each with the gold spans of the people's names in it.

Run from the worktree: `python tests/corpus/make_names_corpus.py` (seeded: the same file every time).
The file is committed; this script says how it was made. Values are synthetic (names are a random
surname + given name; places are real place names of 张掖, which are public), shapes are real:

Sources of the sentence shapes (read through the `search` tool, pages corpus; not copied):
- 渝万州市监处字〔2023〕497号, 重庆市万州区市场监督管理局行政处罚决定书 (wz.gov.cn): header of a
  decision (当事人, 统一社会信用代码, 类型, 法定代表人, 住所), "本局执法人员依法对…进行现场检查".
- 无市监处罚〔2023〕646号, 无为市市场监督管理局行政处罚案件信息公开 (ww.gov.cn): a 个体工商户
  named after its operator (无为市明堂丁宗仕小店), "对当事人经营者丁宗仕进行调查询问", 《化妆品监督管理条例》.
- 广市监处罚〔2024〕03033号, 广德市食品生产经营行政处罚信息 (gu456.com mirror): "供货商送货上门",
  brands in quotes (“旺仔牛奶糖”, “蒙牛…”), 超过保质期的食品.
- 许市监处罚〔2023〕0093号, 许昌市市场监督管理局通告 (cctv1204.com mirror): 《中华人民共和国食品安全法》
  第一百二十四条第二款, 没收违法所得, 处…元罚款.
- 营口市市场监督管理局不合格食品核查处置通告 (yfcjh.cn) and 相城区通告 (binuoshi.com): GB 2760-2014
  《食品安全国家标准 食品添加剂使用标准》.
- 宿松县市场监管局消费纠纷案例 (aa5432.com), 石柱县/内江市消委会调解典型案例 (cqszx.gov.cn), 即墨区
  消费维权案例 (半岛都市报 via 360elib.com), 海门区余东分局案例 (hmsc.cn): complaint summaries
  "投诉人孙先生称其在…", "消费者李女士…投诉称：其母亲于…", "管理方张经理坦言", "曲女士进行了投诉".

Labelling decisions: a full name (surname + given name) is a span; a surname with a title or
placeholder (孙先生, 张经理, 张某, 李某某, 张某甲) is not — it names nobody; a person's name inside a
business name (甘州区王建国烧烤店) or a brand (“李宁”, 王老吉, 张小泉) is not, the business name being
public (privacy.md masks the operator's name in it from the known operator, not from free text).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "names_labelled.jsonl"
HELD_OUT = HERE / "names_heldout.jsonl"
BLIND = HERE / "names_blind.jsonl"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢")
RARE_SURNAMES = list("甘安明龙花党乌鲁金汤康白柏燕盛谷")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫"]
GIVEN2 = (
    "建国 秀英 桂兰 志强 海燕 丽娟 明辉 子涵 梓轩 一诺 浩然 欣怡 雨桐 思远 佳怡 晓东 玉兰 凤英 德胜 国栋 "
    "红梅 小红 建华 春梅 永刚 文博 宇航 淑珍 金花 振华 桂芳 学军 亚楠 俊杰 晨曦 丽萍 海涛 嘉欣 天佑 玉珍 "
    "翊辰 沐阳 芃芃 若曦 锦程 昊天 兴旺 福海 有才 三宝 二娃 宏伟 守仁 继红 爱民 卫东 国庆 立新 向阳 志刚"
).split()
GIVEN1 = list("伟芳娜敏静磊强洋军杰涛勇艳霞平刚超鹏华飞琳颖婷慧斌骁堃")

TOWNS = "梁家墩镇 上秦镇 大满镇 沙井镇 乌江镇 甘浚镇 新墩镇 党寨镇 碱滩镇 三闸镇 小满镇 明永镇 长安镇 龙渠乡 安阳乡 花寨乡 靖安乡 沙河镇 板桥镇 鸭暖镇 巷道镇 南华镇 宣化镇".split()
COUNTIES = "甘州区 临泽县 高台县 山丹县 民乐县 肃南裕固族自治县".split()
STREETS = "县府街 南关街 青年东街 马神庙街 长沙门路 甘泉街道 西街 东环路 王家庄村 张家村 李家庄村 马家湾村 何家沟村 高家庄".split()
FAR_PLACES = "深圳市华强北 北京市王府井大街 兰州市城关区 酒泉市肃州区 武威市凉州区 嘉峪关市".split()
ORGS = (
    "张掖华强商贸有限公司 甘州区李记面馆 临泽县马家牛肉面馆 高台县周记粮油经营部 张掖市金鑫超市 甘州区宏达五金店 "
    "张掖市陈氏口腔诊所 山丹县刘家饭店 民乐县王府饭庄 张掖王府井百货有限公司 甘州区赵氏养殖专业合作社 "
    "张掖市欧阳眼镜店 临泽县黄记农资门市部 高台县孙氏中医诊所 张掖市梁氏汽车修理厂 甘州区明德学校 "
    "张掖市康乐医院 甘州区张家村卫生室 张掖市丹霞文化旅游有限公司 甘州区宋家烤肉店 张掖市华联商厦 "
    "甘州区田园农业科技有限公司 张掖市苏杭服装店 甘州区郭氏理发店 临泽县沙河镇周家村委员会 "
    "高台县杨家火锅店 张掖市湘川人家餐饮有限公司 甘州区徐记鲜果行 山丹县马场牧业有限责任公司 "
    "张掖市金龙商贸中心 甘州区万家福超市 民乐县方圆建材厂 张掖市祁连药房"
).split()
BRANDS = "蒙牛 伊利 康师傅 王老吉 老干妈 娃哈哈 旺仔 李宁 海飞丝 周黑鸭 张小泉 马应龙 汤臣倍健 白象 金龙鱼 鲁花 今麦郎 农夫山泉 徐福记 良品铺子".split()
PRODUCTS = "纯牛奶 方便面 凉茶 辣椒酱 饮用水 奶糖 运动鞋 洗发露 卤鸭脖 剪刀 痔疮膏 膳食营养补充剂 面粉 食用油 花生油 月饼 酸奶 瓜子 牛肉干 卷烟".split()
LAWS = [
    "《中华人民共和国食品安全法》第三十四条第（十）项",
    "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
    "《中华人民共和国产品质量法》第四十九条",
    "《化妆品监督管理条例》第六十条第一款第（五）项",
    "《中华人民共和国消费者权益保护法》第五十六条第一款第（八）项",
    "《中华人民共和国行政处罚法》第三十二条第（一）项",
    "《食品生产经营监督检查管理办法》第四十八条",
    "《甘肃省食品小作坊小经营店小摊点管理条例》第二十二条",
    "《中华人民共和国广告法》第二十八条第二款第（二）项",
    "《市场监督管理行政处罚程序规定》第六十二条",
    "《中华人民共和国民法典》第五百八十六条",
]
STANDARDS = [
    "GB 2760-2014《食品安全国家标准 食品添加剂使用标准》",
    "GB 7718-2011《食品安全国家标准 预包装食品标签通则》",
    "GB 2762-2022《食品安全国家标准 食品中污染物限量》",
    "GB 19298-2014《食品安全国家标准 包装饮用水》",
    "GB/T 1354-2018《大米》",
]
ROLES = "消费者 投诉人 举报人 当事人 经营者 负责人 员工 店员 雇员 法定代表人 股东 驾驶员 司机 业主 租户 患者 学生 工人 厨师 收银员 监护人 委托代理人 证人".split()
FAMILY = "其妻子 其丈夫 其儿子 其女儿 其父亲 其母亲 其家属".split()
TITLED = "女士 先生 老人".split()
VAGUE = ["孙先生", "李女士", "张经理", "王师傅", "余女士", "曲女士", "沈先生", "张某", "李某某", "王某甲", "赵某乙", "刘某", "陈某某"]

# Sentences with {P} (a person's full name, labelled) and the fillers below. `source` names the shape's origin.
DECISION = "penalty decision (wz.gov.cn 渝万州市监处字〔2023〕497号; ww.gov.cn 无市监处罚〔2023〕646号)"
NOTICE = "penalty notice (cctv1204.com 许市监处罚〔2023〕0093号; gu456.com 广市监处罚〔2024〕03033号; yfcjh.cn 营口通告)"
COMPLAINT = "complaint case (aa5432.com 宿松; cqszx.gov.cn 石柱/内江; 360elib.com 即墨; hmsc.cn 海门)"
TEMPLATES: list[tuple[str, str]] = [
    (DECISION, "当事人：{ORG}\n法定代表人：{P}\n住所：张掖市{COUNTY}{STREET}{NUM}号"),
    (DECISION, "当事人：{P}，男，汉族，住张掖市{COUNTY}{TOWN}{STREET}。"),
    (DECISION, "{DATE}，本局执法人员依法对位于{COUNTY}{TOWN}的{ORG}进行现场检查，当事人负责人{P}在场。"),
    (DECISION, "为进一步查明事实，本局执法人员于{DATE}对当事人经营者{P}进行调查询问。"),
    (DECISION, "经查明，当事人员工{P}未取得健康证明即从事接触直接入口食品的工作。"),
    (DECISION, "经查，当事人店员{P}于{DATE}将{N}瓶“{BRAND}”{PROD}销售给消费者{P}。"),
    (DECISION, "上述事实，有当事人的营业执照复印件、法定代表人{P}的身份证复印件、现场笔录、询问笔录等证据证明。"),
    (DECISION, "执法人员{P}、{P}出示执法证件后对当事人经营场所进行了检查。"),
    (DECISION, "经查，{P}系{ORG}的实际经营人，其于{DATE}购进“{BRAND}”{PROD}{N}箱。"),
    (DECISION, "当事人委托代理人{P}对上述事实无异议，并在笔录上签字确认。"),
    (DECISION, "{DATE}，本局接到举报人{P}举报，称{ORG}销售过期{PROD}。"),
    (DECISION, "当事人的上述行为违反了{LAW}的规定，依据{LAW2}的规定，本局决定没收违法所得{AMT}元，并处罚款{AMT2}元。"),
    (DECISION, "经抽样检验，{ORG}销售的{PROD}苯甲酸及其钠盐项目不符合{STD}要求，当事人股东{P}称该批次产品由{P}供货。"),
    (DECISION, "当事人驾驶员{P}驾驶车辆在{COUNTY}{TOWN}运输未经检疫的牛肉{N}公斤。"),
    (DECISION, "送达人：{P}　受送达人：{P}　送达地点：{COUNTY}{STREET}"),
    (DECISION, "当事人系个体工商户，字号为{ORG}，经营者{P}，经营场所位于{COUNTY}{TOWN}。"),
    (DECISION, "证人{P}证实，{DATE}其在{ORG}购买{PROD}后出现腹泻症状。"),
    (DECISION, "当事人雇员{P}在未取得特种设备作业人员证的情况下操作叉车。"),
    (DECISION, "{DATE}，执法人员在当事人仓库内发现标称{FARPLACE}某公司生产的{PROD}{N}袋，当事人无法提供供货商{P}的资质证明。"),
    (DECISION, "经与当事人厨师{P}、收银员{P}核实，涉案{PROD}均从{ORG}购进。"),
    (DECISION, "当事人法定代表人{P}于{DATE}到本局接受询问，如实陈述了违法事实。"),
    (DECISION, "本案由{P}、{P}承办，经{ORG}集体讨论决定。"),
    (DECISION, "{P}在{COUNTY}{TOWN}{STREET}无照经营小餐饮，本局责令其立即停止经营。"),
    (DECISION, "现场检查时，{P}称其为该店雇佣的临时工，店主{P}外出进货。"),
    (DECISION, "当事人监护人{P}到场陪同询问。"),
    (DECISION, "经营者{P}的妻子{P}负责店内收银。"),
    (DECISION, "本局于{DATE}向当事人送达了行政处罚告知书，当事人在法定期限内未提出陈述、申辩，其委托的{P}律师亦未提交书面意见。"),
    (DECISION, "该批{PROD}系当事人从{P}处购进，进价{AMT}元，未索取购货凭证。"),
    (DECISION, "现场负责人{P}拒绝在现场笔录上签字，执法人员邀请见证人{P}在场见证。"),
    (DECISION, "当事人股东{P}与{P}分别持股百分之六十和百分之四十。"),
    (NOTICE, "{ORG}（经营者为{ORG2}）销售的、标称{FARPLACE}{ORG3}生产的{PROD}，经抽样检验不合格。"),
    (NOTICE, "依据{LAW}的规定，责令当事人改正上述违法行为，并处罚款{AMT}元，行政处罚决定书文号为{CASE}。"),
    (NOTICE, "{COUNTY}{TOWN}{ORG}经营超过保质期的“{BRAND}”{PROD}案，罚款{AMT}元。"),
    (NOTICE, "当事人销售的{PROD}经检验，项目不符合{STD}要求，检验结论为不合格。"),
    (NOTICE, "“{BRAND}”{PROD}购进{N}袋，购进价{AMT}元/袋，售价{AMT2}元/袋，均由供货商{P}送货上门。"),
    (NOTICE, "{CASE}，{ORG}销售不合格{PROD}，经营者{P}，罚款{AMT}元。"),
    (NOTICE, "抽样人员{P}于{DATE}在{ORG}抽取{PROD}样品{N}份。"),
    (NOTICE, "{ORG}，统一社会信用代码{USCC}，法定代表人{P}，违法行为类型：经营超过保质期的食品。"),
    (COMPLAINT, "投诉人{P}称其在{ORG}购买{PROD}，发现已过保质期，要求退款并赔偿。"),
    (COMPLAINT, "消费者{P}来到{COUNTY}消委会办公室投诉称：其母亲于{DATE}在{ORG}购买了一台平板电脑，支付金额{AMT}元。"),
    (COMPLAINT, "{DATE}，{COUNTY}市场监管局接12315平台投诉，投诉人{VAGUE}称其在网上与{ORG}签订合同，支付定金后对方未发货。"),
    (COMPLAINT, "{P}女士在{ORG}办理会员卡后，商家停业失联，{P}女士要求退还余额{AMT}元。"),
    (COMPLAINT, "{VAGUE}反映，{ORG}店员{P}在收银时多收其费用{AMT}元。"),
    (COMPLAINT, "消费者{P}投诉{ORG}销售的“{BRAND}”{PROD}存在质量问题，经调解，商家退还货款{AMT}元。"),
    (COMPLAINT, "管理方{VAGUE}坦言，该摊位由{P}承租，场地方未留存其营业执照。"),
    (COMPLAINT, "投诉人{P}之子{P}在{ORG}就餐后出现呕吐症状，要求商家承担医疗费用。"),
    (COMPLAINT, "患者{P}家属{P}投诉{ORG}收费不合理。"),
    (COMPLAINT, "{P}老人在{TOWN}集市上购买了“保健品”，其女儿{P}代为投诉。"),
    (COMPLAINT, "经调解人员见证，{VAGUE}与{ORG}达成一致调解协议：商家维修更换了电瓶车电池。"),
    (COMPLAINT, "业主{P}投诉{ORG}物业服务不到位，要求退还物业费{AMT}元。"),
    (COMPLAINT, "租户{P}反映房东{P}扣押押金{AMT}元拒不退还。"),
    (COMPLAINT, "学生{P}在{ORG}报名培训课程，因课程变更要求退费，机构负责人{P}同意退还{AMT}元。"),
    (COMPLAINT, "{P}在{ORG}购买的{PROD}与宣传不符，经{COUNTY}市场监管所调解，双方达成和解。"),
    (COMPLAINT, "举报人{P}称，{ORG}在{PROD}中添加非食用物质。"),
    (COMPLAINT, "消费者{VAGUE}于{DATE}在{ORG}消费{AMT}元，因服务质量问题与店员{P}发生纠纷。"),
    (COMPLAINT, "根据{LAW}，商家应当把多收的价款{AMT}元退还给{P}。"),
    (COMPLAINT, "{P}先生通过12315平台投诉{ORG}虚假宣传。"),
    (COMPLAINT, "投诉内容：本人{P}，于{DATE}在{ORG}购买{PROD}，回家后发现包装破损。"),
    (COMPLAINT, "姓名：{P}　投诉对象：{ORG}　投诉事由：价格欺诈"),
    (COMPLAINT, "司机{P}称{ORG}加油站少加油{N}升。"),
    (COMPLAINT, "经联系被投诉方负责人{P}，其表示愿意退一赔三，消费者{P}表示认可。"),
    (COMPLAINT, "{P}、{P}夫妇在{ORG}预订婚宴，因故取消后要求退还定金{AMT}元。"),
    (COMPLAINT, "工人{P}在{ORG}施工时受伤，其妻子{P}要求单位赔偿。"),
    # Hard negatives only: no person's name.
    (DECISION, "当事人：{ORG}\n统一社会信用代码：{USCC}\n类型：有限责任公司\n住所：张掖市{COUNTY}{TOWN}{STREET}"),
    (DECISION, "当事人{ORG}销售的“{BRAND}”{PROD}不符合{STD}的规定。"),
    (DECISION, "{COUNTY}市场监督管理局{TOWN}市场监督管理所执法人员对{ORG}开展检查。"),
    (DECISION, "依据{LAW}，决定对{VAGUE}罚款{AMT}元。"),
    (DECISION, "{VAGUE}于{DATE}在{COUNTY}{TOWN}销售{PROD}，货值金额{AMT}元。"),
    (DECISION, "被告人{VAGUE}将{N}条卷烟销售给{VAGUE}。"),
    (DECISION, "当事人的行为违反了{LAW}，构成销售不符合食品安全标准的食品的行为。"),
    (DECISION, "当事人：{ORG}，经营场所：{FARPLACE}{STREET}{NUM}号。"),
    (DECISION, "本局认为，{ORG}在{TOWN}{STREET}经营期间，未按规定公示食品经营许可证。"),
    (NOTICE, "{ORG}与{ORG2}签订购销合同，约定由{ORG3}配送“{BRAND}”{PROD}。"),
    (NOTICE, "{FARPLACE}某电子商行销售的{PROD}经检验不合格，已移交{COUNTY}市场监督管理局处理。"),
    (NOTICE, "抽检不合格产品信息：标称生产企业为{ORG}，被抽样单位为{ORG2}，{PROD}，{STD}。"),
    (NOTICE, "{DATE}，{COUNTY}{TOWN}人民政府联合{ORG}开展食品安全宣传活动。"),
    (COMPLAINT, "{VAGUE}在{ORG}购买“{BRAND}”{PROD}后投诉，经调解，{ORG2}退还货款{AMT}元。"),
    (COMPLAINT, "{VAGUE}称其在{FARPLACE}某专卖店购买的电动自行车电瓶无法充电。"),
    (COMPLAINT, "投诉人认为{ORG}的收费标准未在{STREET}店内显著位置公示，违反了{LAW}。"),
    (COMPLAINT, "{COUNTY}消费者协会联合{ORG}开展“3·15”消费维权宣传。"),
]


# A held-out set: other shapes, names, places and organisations, written after the rules were tuned on
# the set above and measured as they stood (bench/bench_names.py reports both). Same sources.
HELD_OUT_SURNAMES = list("万钱秦尹易常武乔贺毛邵龚史顾孟薛侯雷龙段钟汪田")
HELD_OUT_GIVEN = "婉清 少波 德福 秀兰 金凤 春生 永福 丽华 建军 俊 鑫 博 琪 悦 瑶 晗 家豪 梦洁 雪梅 长青 树林 文静 志远 玉梅".split()
HELD_OUT_ORGS = (
    "甘州区万盛家电城 临泽县史家酿醋坊 高台县易通物流有限公司 张掖市常青藤幼儿园 山丹县武记羊肉馆 "
    "甘州区乔家大院农家乐 张掖市贺兰山酒业有限公司 民乐县毛家湾农副产品专业合作社 张掖市邵阳米粉店 "
    "甘州区龚氏牙科诊所 张掖市钱塘服饰有限公司 甘州区秦川小吃店"
).split()
HELD_OUT_PLACES = "平原堡 九公里 碱滩镇古城村 花寨乡余家城村 沙井镇东五村 龙渠乡木笼坝村 钱家湾 武家闸".split()
HELD_OUT_TEMPLATES: list[tuple[str, str]] = [
    (DECISION, "据{P}介绍，该店自{DATE}起开始营业。"),
    (DECISION, "{P}（男，{N}岁）系当事人雇佣的送货员。"),
    (DECISION, "经{P}同意，执法人员对其车辆进行了检查。"),
    (DECISION, "询问笔录显示，{P}承认曾向{ORG}出售病死猪肉。"),
    (DECISION, "当日下午，{P}、{P}二人携带营业执照到本局说明情况。"),
    (DECISION, "该店由{P}与其弟{P}共同经营。"),
    (DECISION, "{ORG}负责人为{P}，现场检查时其不在店内。"),
    (DECISION, "执法人员电话联系{P}，对方拒不配合调查。"),
    (DECISION, "举报材料中提到的{P}已于{DATE}离职。"),
    (COMPLAINT, "消费者反映其在{ORG}购买的{PROD}有异味，该店老板{P}拒绝退货。"),
    (COMPLAINT, "{P}的母亲{P}向{COUNTY}消费者协会求助。"),
    (COMPLAINT, "该投诉由{P}提出，投诉对象为{ORG}。"),
    (COMPLAINT, "经核实，{P}所述情况属实。"),
    (COMPLAINT, "店内收银员名叫{P}，未佩戴工作牌。"),
    (DECISION, "{P}驾驶的货车内装有{PROD}{N}箱。"),
    (COMPLAINT, "同行的{P}证实了上述情况。"),
    (COMPLAINT, "{DATE}，{P}通过微信向{ORG}订购{PROD}。"),
    (DECISION, "{ORG}位于{COUNTY}{HPLACE}，主要经营{PROD}批发零售。"),
    (DECISION, "依据{LAW}，对{ORG}作出警告的行政处罚。"),
    (NOTICE, "{HPLACE}的“{BRAND}”专卖店于{DATE}开业。"),
    (DECISION, "本案经{COUNTY}市场监督管理局负责人集体讨论决定。"),
    (COMPLAINT, "{VAGUE}表示愿意配合调查。"),
    (NOTICE, "{ORG}的{PROD}经{ORG2}检验合格。"),
    (NOTICE, "{COUNTY}{HPLACE}卫生院联合{ORG}开展义诊。"),
    (DECISION, "当事人{ORG}于{DATE}在{HPLACE}设置户外广告，内容含有“{BRAND}”字样。"),
]


# A blind set: written last, measured once and never tuned on. Names after no role word at all,
# brands that are people's names (杨国福麻辣烫, 张亮麻辣烫, 周大福), produce and chain stores that start
# with a surname character (马铃薯, 黄花菜, 钱大妈, 苏宁易购).
BLIND_SURNAMES = list("林郑梁宋唐韩冯彭曾肖蔡潘杜戴夏姜范方石廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵")
BLIND_GIVEN = "国华 淑英 光明 红霞 志华 秀珍 海军 晓燕 金山 玉凤 瑞 浩 欣 阳 峰 晶 雪 佳琪 子豪 紫涵 宇轩 梓萱 思彤 立伟".split()
BLIND_BRANDS = "杨国福麻辣烫 张亮麻辣烫 周大福 老凤祥 陈克明 钱大妈 苏宁易购 国美电器 万达广场 华为 小米 曹操出行".split()
BLIND_PRODUCE = "马铃薯 黄花菜 白条鸡 羊肉串 牛肉 方便面 金针菇 白砂糖 黄豆 高粱酒".split()
BLIND_TEMPLATES: list[tuple[str, str]] = [
    (DECISION, "现场负责人：{P}（店长）；记录人：{P}。"),
    (DECISION, "{P}、{P}、{P}等三人在{ORG}从事食品加工，均未取得健康证明。"),
    (DECISION, "当事人系{BBRAND}加盟店，加盟合同由{P}签订。"),
    (DECISION, "涉案{BPROD}由{COUNTY}{TOWN}农户{P}种植，当事人收购后未检验即销售。"),
    (DECISION, "本局向{P}送达了责令改正通知书，{P}于当日签收。"),
    (DECISION, "检查时店内仅有帮工{P}一人，其称老板外出。"),
    (DECISION, "{ORG}的会计{P}提供了{DATE}至{DATE2}的进货台账。"),
    (DECISION, "经比对，该{BPROD}的供货单上签字人为{P}。"),
    (COMPLAINT, "{P}投诉称，其在{BBRAND}门店购买的商品存在质量问题。"),
    (COMPLAINT, "来电人{P}反映{TOWN}一家{BBRAND}门店卫生条件差。"),
    (COMPLAINT, "{P}于{DATE}在{ORG}办理了健身年卡，现门店关闭，要求退费。"),
    (COMPLAINT, "被投诉方{ORG}的工作人员{P}承认存在缺斤短两的情况。"),
    (COMPLAINT, "消费者称，{ORG}销售的{BPROD}标价与结算价不一致。"),
    (COMPLAINT, "本案经调解员{P}、{P}调解，双方于{DATE}签订调解协议书。"),
    (COMPLAINT, "{P}与{P}系夫妻关系，二人共同在{ORG}消费。"),
    (NOTICE, "{BBRAND}（{COUNTY}{TOWN}店）销售的{BPROD}经抽检不合格，已依法处置。"),
    (NOTICE, "标称{ORG}生产的{BPROD}，抽样单位为{COUNTY}{TOWN}{BBRAND}专营店。"),
    (DECISION, "{COUNTY}{TOWN}{STREET}{NUM}号{BBRAND}门店未公示营业执照。"),
    (DECISION, "当事人在{BBRAND}平台销售{BPROD}，未标明生产日期。"),
    (DECISION, "依据{LAW}和{LAW2}，责令{ORG}停止销售{BPROD}。"),
    (COMPLAINT, "{VAGUE}称在{BBRAND}购买的{BPROD}变质，经核查情况属实。"),
    (DECISION, "询问对象：{P}，性别：女，与当事人关系：员工。"),
    (DECISION, "{P}供述：“我在这里上班两年了，老板叫{P}。”"),
    (COMPLAINT, "{P}老师带学生在{ORG}研学时发生食物中毒。"),
    (DECISION, "经查，{ORG}与{BBRAND}不存在加盟关系。"),
]


def _blind_name(rng: random.Random) -> str:
    return rng.choice(BLIND_SURNAMES) + rng.choice(BLIND_GIVEN)


def _held_out_name(rng: random.Random) -> str:
    return rng.choice(HELD_OUT_SURNAMES) + rng.choice(HELD_OUT_GIVEN)


def _name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.07:
        return rng.choice(COMPOUND) + rng.choice(GIVEN2 + GIVEN1)
    surname = rng.choice(RARE_SURNAMES) if r < 0.2 else rng.choice(SURNAMES)
    return surname + (rng.choice(GIVEN2) if rng.random() < 0.65 else rng.choice(GIVEN1))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2023, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _uscc(rng: random.Random) -> str:
    from stdnum.cn import uscc

    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91620702" + "MA" + "".join(rng.choice(alphabet) for _ in range(7))
    return body + uscc.calc_check_digit(body)


def fill(template: str, rng: random.Random, held_out: bool = False, blind: bool = False) -> tuple[str, list[list[int]]]:
    """The sentence and the spans of the {P} slots in it."""
    out: list[str] = []
    spans: list[list[int]] = []
    pos = 0
    for piece in re.split(r"(\{[A-Z0-9]+\})", template):
        if piece == "{P}":
            value = _blind_name(rng) if blind else _held_out_name(rng) if held_out else _name(rng)
            spans.append([pos, pos + len(value)])
        elif piece.startswith("{") and piece.endswith("}"):
            slot = piece[1:-1].rstrip("0123456789")
            value = {
                "ORG": lambda: rng.choice(HELD_OUT_ORGS if held_out else ORGS),
                "HPLACE": lambda: rng.choice(HELD_OUT_PLACES),
                "BBRAND": lambda: rng.choice(BLIND_BRANDS),
                "BPROD": lambda: rng.choice(BLIND_PRODUCE),
                "COUNTY": lambda: rng.choice(COUNTIES),
                "TOWN": lambda: rng.choice(TOWNS),
                "STREET": lambda: rng.choice(STREETS),
                "FARPLACE": lambda: rng.choice(FAR_PLACES),
                "BRAND": lambda: rng.choice(BRANDS),
                "PROD": lambda: rng.choice(PRODUCTS),
                "LAW": lambda: rng.choice(LAWS),
                "STD": lambda: rng.choice(STANDARDS),
                "VAGUE": lambda: rng.choice(VAGUE),
                "DATE": lambda: _date(rng),
                "AMT": lambda: str(rng.choice([200, 500, 1000, 2000, 5100, 51000, 125, 2799, 16000, 1250000])),
                "N": lambda: str(rng.randint(1, 500)),
                "NUM": lambda: str(rng.randint(1, 300)),
                "CASE": lambda: f"张甘市监处罚〔{rng.randint(2023, 2026)}〕{rng.randint(1, 999):03d}号",
                "USCC": lambda: _uscc(rng),
            }[slot]()
        else:
            value = piece
        out.append(value)
        pos += len(value)
    return "".join(out), spans


def main() -> None:
    rng = random.Random(16)
    rows = []
    for template_index, (source, template) in enumerate(TEMPLATES):
        for _ in range(5):
            text, spans = fill(template, rng)
            rows.append({"text": text, "names": spans, "template": template_index, "source": source})
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences, {sum(len(r['names']) for r in rows)} names, {OUT}")
    rows = []
    for template_index, (source, template) in enumerate(HELD_OUT_TEMPLATES):
        for _ in range(4):
            text, spans = fill(template, rng, held_out=True)
            rows.append({"text": text, "names": spans, "template": template_index, "source": source})
    with HELD_OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences, {sum(len(r['names']) for r in rows)} names, {HELD_OUT}")
    rows = []
    for template_index, (source, template) in enumerate(BLIND_TEMPLATES):
        for _ in range(4):
            text, spans = fill(template, rng, blind=True)
            rows.append({"text": text, "names": spans, "template": template_index, "source": source})
    with BLIND.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences, {sum(len(r['names']) for r in rows)} names, {BLIND}")


if __name__ == "__main__":
    main()
