"""People's names in free text: where they are, so the caller can mask them as `张**`.

`find_person_names(text)` returns the character spans `(start, end)` of the names of
natural persons written in prose — complainants, third persons, employees, family
members, the party named in the facts — and `mask_person_names(text)` masks them the way
privacy.md masks a natural person (first character kept, one `*` per further character).

Two sources of candidates, combined by OR:

1. **Context rules** (high precision): a role word (消费者、投诉人、员工、家属、法定代表人、
   执法人员…) or `姓名：` followed by a name; a name followed by a title (先生/女士/老人/律师…);
   a name at a clause start or after a preposition followed by a verb only people do
   (称/系/证实/承办…); names listed with `、`/和/与 beside a name already found.
2. **A statistical recogniser**: the part-of-speech tagger of jieba's dictionary and HMM as
   compiled in Rust by rjieba (its `nr` tag), which ships them inside its wheel (no download at
   run time). Chosen by measurement against jieba, thulac and snownlp (spacy-pkuseg downloads
   its model, so it cannot run here): `bench/bench_names.py`, figures in docs/person-names.md.
   A hit alone counts only if the HMM made it (not a dictionary entry) and it has 3+ characters.

Every candidate then goes through the same filters, which protect public facts: a name
must start with a common surname; `张某`/`李某某` and `孙先生` are left alone; a candidate inside
a title (《…》) or quotes (“李宁”), or that cuts into, ends like or runs on into a place
(…市/县/区/镇/村/路…) or an organisation name (…有限公司/店/厂/合作社/中心/医院/学校…),
is dropped: the name of a person is masked only as a whole name.

The tagger is loaded on first use (a fifth of a second on a quiet machine), and a text with
no surname character returns at once.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Sequence
from typing import Any

from generator.detect import _UYGHUR_START, COMPOUND_SURNAMES, EVIDENCE_ROLES, RADICALS, _uyghur_name_end

Span = tuple[int, int]

# Common single-character surnames (百家姓, the ~300 most frequent in the 2020 census order, roughly)
# and the compound surnames still in use. A candidate name must start with one of them.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
    "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
    "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲"
    "虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海"
    "阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊"
    "阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展"
    "阴昝智幸奉植衡富尧闭由"
    "阎傅"  # (the lead's probe: 阎振华等3人; 阎 is 闫 as many still write it, not a rare surname;
    # 傅: adversarial round 5, 傅海龙经理表示)
    "赖萧"  # (adversarial round 5, names-in-remarks-clerk-notes: 赖光明 2026-10-05; both among the 100 commonest)
)
# The other single-character surnames of the 《百家姓》 (仉, 钮, 郦, 逄 …): many are ordinary characters
# (水, 山, 家, 能 …), so they start a name only where the context says a person is named (after a role
# word, as a business named after its operator), never for the recogniser alone.
RARE_SURNAMES = frozenset(
    "褚柏水窦昌凤酆傅贲萧贝滑荀羿汲邴糜松隗弓牧宓蓬郗仰秋暴钭韶蓟怀鄂咸籍赖鬱能苍双莘贡扶堵宰却璩濮寿"
    "通郏别阎充习宦鱼慎庾终暨步弘广禄殳沃蔚越夔厍融訾空毋乜养须巢蒯后红竺益桓督缑郈有琴归法汝钦佴伯赏墨"
    "谯笪年爱言福仉钮郦逄洪"
    "庹"  # (h19o's L9_commitment_type_note: 其他-由庹建华担保; 湘西 and 鄂西's surname)
) - SURNAMES
# The compound surnames that are words too (a gate, the microbes' 微生, 司空见惯, a ram): their two given characters
# must be a name's (a given name's character, a name the dictionary knows, or no word), not a word (值班, 保安).
_WORD_COMPOUND_SURNAMES = frozenset("东门 南门 西门 微生 司空 公羊 乐正 子车".split())

# Words for a relative or an acquaintance that follow a name and 的 (孙建业的岳母, 唐学文的爱人, 侯国强的同事).
KIN_WORDS = (
    "母亲", "父亲", "妻子", "丈夫", "儿子", "女儿", "岳母", "岳父", "婆婆", "公公", "爱人", "老公", "老婆", "媳妇", "儿媳",
    "女婿", "哥哥", "姐姐", "弟弟", "妹妹", "侄子", "侄女", "外甥", "外孙", "孙子", "孙女", "同事", "邻居", "朋友", "亲戚",
    "同学", "家人", "干爹", "干妈", "舅舅", "姑姑", "叔叔", "阿姨", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂弟", "徒弟",
    "师傅", "老乡", "前妻", "前夫", "男友", "女友", "男朋友", "女朋友", "对象", "合伙人", "雇主",
    # adversarial round 6 (family-partners-aliases; the probe adv6-tools/p_rel.py: 23 of 316 kept the name)
    "配偶", "胞兄", "胞弟", "胞姐", "胞妹", "堂兄", "堂姐", "堂妹", "表兄", "兄长", "兄弟", "姐夫", "妹夫", "嫂子", "弟媳",
    "未婚妻", "未婚夫", "姨妈", "姑妈", "舅妈", "伯父", "伯母", "债主", "发小", "同乡", "同伙", "同案人",
    # adversarial round 8 (people-minors-school-health: 祁梓轩的家长反映…, a pupil named by the parent who complains)
    "家长", "监护人",
    # (h21o's L5_kin_words_missing: 举报人的小姨子佴子涵参与销售 — in-laws, elders and friends the list lacked)
    "小姨子", "小舅子", "小叔子", "大姑子", "妯娌", "连襟", "丈母娘", "老丈人", "公婆", "曾孙", "曾孙女", "大伯", "姥姥",
    "姥爷", "外公", "外婆", "亲家", "老伴", "闺蜜", "后妈", "继母", "继父", "养父", "养母",
)
# Words for another name of a person: the name after them is the person's, whatever the quotes (绰号“祁二麻子”).
ALIAS_WORDS = ("真名", "真实姓名", "本名", "原名", "曾用名", "别名", "又名", "绰号", "外号", "诨名", "诨号", "小名", "乳名",
               "微信名", "微信昵称", "抖音昵称", "快手昵称", "QQ昵称",  # (adversarial round 8, people-consumers-own-words)
               "艺名", "网名")
# Verbs of giving with 了 before their object (卖给了X, 转账给了X: adversarial round 7).
_GIVEN_TO = ("卖给了", "转给了", "交给了", "送给了", "借给了", "租给了", "转让给了", "销售给了", "支付给了", "转账给了",
             "退还给了", "退给了", "出租给了", "转卖给了")
# Characters of given names (adversarial round 8, the seventh pass's "Left": 消费者建华反映, 投诉人秀兰称 — a clerk writes
# the given name alone): the 50 commonest characters of names in 公安部户政管理研究中心《二〇一九年全国姓名报告》 (表3: 英 华
# 文 玉 秀 明 丽 兰 红 金 …) and the other characters common in the given names of the generations that complain and are
# inspected. A two-character given name after a role word is two of them, then a cue verb or a clause break.
GIVEN_NAME_CHARS = frozenset(
    "英华文玉秀明丽兰红金国平芳建志海军春小永德荣云霞梅淑凤珍美伟敏燕桂娟静杰强晓洁萍宇俊琴佳浩林刚辉鹏勇"
    "峰涛斌磊鑫婷慧雪艳颖倩琳欣怡梓轩涵雨晨博思嘉诗瑶睿泽宏福贵喜庆兴旺宝贞爱芬莲娥翠菊香彩丹亮东卫新忠"
    "利光良义仁智胜清彬晶妍媛婕莉蓉蕾薇冰亚宁康祥瑞翠丰斐琦璐露娜妮婉婧琪瑾璇茜蓓婵昊晗晖瀚旭阳朝岩松柏"
    "桂枝霖润涌洪波涵源淼鸿翔飞龙凯奇彪豪虎雄武威振兆启铭锋钢铁银铜晋秦陇甘粟麦禾芝芸莹萱菲蔚蓝青翠民生学兵顺")
# Given names whole, as parents have chosen them most since about 2010 (公安部户政管理研究中心《二〇二〇年全国姓名报告》,
# 2021-02-08: the ten most used names of boys and of girls born in 2019 and 2020): their characters (子, 墨, 一,
# 诺, 可 …) are too common in other words to join GIVEN_NAME_CHARS, but after a rarer surname the whole given name
# is a person's (甘州区佴子墨便利店: h21t's left item).
POPULAR_GIVEN_NAMES = frozenset(
    "奕辰 宇轩 浩宇 亦辰 宇辰 子墨 宇航 浩然 梓豪 亦宸 一诺 依诺 欣怡 梓涵 语桐 欣妍 可欣 语汐 雨桐 梦瑶 "
    "子涵 子轩 梓轩 梓萱 诗涵 沐宸 若汐 皓轩 俊熙 一鸣".split())
# Role words after which the next name is a person's (the brief of issue 16, plus the roles
# that penalty decisions and complaint summaries name: 执法人员, 监护人, 代理人, 证人…).
ROLE_WORDS = (
    "消费者", "投诉人", "举报人", "申诉人", "被投诉人", "被举报人", "当事人", "经营者", "负责人", "员工", "店员",
    "雇员", "职工", "家属", "亲属", "法定代表人", "法人代表", "股东", "驾驶员", "司机", "业主", "租户", "房东",
    "房主", "车主", "户主", "患者", "病人", "学生", "工人", "店主", "摊主", "老板", "店长", "厂长", "经理", "主任",
    "会计", "出纳", "厨师", "服务员", "收银员", "营业员", "销售员", "业务员", "保管员", "质检员", "配送员",
    "快递员", "骑手", "保安", "顾客", "买家", "卖家", "监护人", "代理人", "委托代理人", "委托人", "受托人",
    "证人", "见证人", "联系人", "经办人", "签收人", "送达人", "受送达人", "受害人", "申请人", "被申请人",
    "第三人", "购买人", "购买者", "乘客", "旅客", "租客", "住户", "村民", "居民", "执法人员", "抽样人员",
    "检查人员", "工作人员", "调解员", "承办人", "供货商", "供货人", "律师", "本人", "妻子", "丈夫", "儿子",
    "女儿", "父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "孙子", "孙女", "朋友", "同事", "邻居", "其妻",
    "其夫", "其子", "其女", "之子", "之女", "之妻", "之夫", "实际经营人", "实际控制人", "姓名", "名为", "名叫",
    "退还给", "退给", "卖给", "销售给", "转给", "交给", "送给", "赔偿给", "支付给", "转账给",
    "联系", "询问", "通知", "告知", "约谈", "传唤", "其弟", "其兄", "其姐", "其妹", "其母", "其父", "提到的",
    # issue 16, adv3 names-other-roles / names-in-quotes: roles the attack found unlisted
    "老板娘", "承租人", "出租人", "患儿", "其孙", "其孙子", "其孙女", "法人", "主播", "经办人员", "房客", "租户",
    "帮工", "学徒", "雇工", "陪同人员", "家长", "监护人员",
    "实习生", "实习人员", "见习生", "学员",  # (round 4, h20q L16: 实习生缑红霞 — trainees a decision names as it names staff)
    # (an outsider's thirteenth-session pass, kinds_columns: 评价类型 企业信用风险分类（评审欧阳玉兰…）; who reviews, checks
    # or records an evaluation or an inspection)
    "评审", "评审人", "评审员", "评审专家", "审核人", "复核人", "记录人", "检查人", "核查人",
    "核验人", "核验员", "验收人",  # (h19o's L10_report_code_cell_name: 已核验（核验人酆国强）)
    # adversarial round 4 (names-verb-contexts): verbs whose object is a person (in _NOT_LOOSE)
    "雇佣", "雇用", "聘用", "聘请", "招用", "委托", "出租给", "转租给", "租给", "借给",
    # adversarial round 5 (names-new-contexts): who a text names by what they are or did
    "市民", "被告", "被告人", "村书记", "今借到", "借到", "实为", "实名认证为", "认证为", "昵称", "户名", "收款人",
    "付款人", "汇款人", "转账人",
    "欠",  # (names-new-contexts, follow-up: 欠条载明欠薛宝山货款3000元: whom a debt is owed to; verb-like, not loose)
    "汇款至", "转账至", "打款至", "付款至", "汇至",  # (contacts-new-spellings: 汇款至邝建新账户; not loose)
    "消费着", "投诉入", "举报入", "消废者",  # mistyped role words (adversarial round 5: 消费着, 投诉入)
    "顾容", "证入", "当事入", "申请入", "委托入", "购买入",  # (names-after-mistyped-role-words: 容 for 客, 入 for 人)
    # adversarial round 5 (names-kin-words-2, names-verbs-of-inquiry): kin named before the name (当事人的儿媳X,
    # 其侄女X, 其外孙X), and the verbs of an inquiry whose object is a person (该店老板叫X, 消费者要求找X退款)
    "儿媳", "媳妇", "侄女", "侄子", "外孙", "外孙女", "外甥女", "孙媳", "爱人", "老公", "老婆", "干爹", "干妈", "女婿",
    "叫", "找", "经办",  # (names-in-remarks-clerk-notes: 经办邱素兰)
    # adversarial round 6 (family-partners-aliases): accomplices (当事人伙同祁建业销售), a relative named with 之
    # (之兄祁建军), and another name of the same person (（真名祁海生）, （曾用名祁来福）, 绰号“祁二麻子”)
    "转让给", "转卖给", "过户给",  # (names-property-agency-words: 当事人将店铺转让给祁翀琬)
    "伙同", "串通", "勾结", "之兄", "之弟", "之姐", "之妹", "之孙", "之侄", "之婿", "之嫂",
    # adversarial round 7 (adv7 people-partners-chain): the persons of a 传销 chain (上线/下线, 上家/下家) and the
    # buyer of a verb with 了 (卖给了X)
    "上线", "下线", "上家", "下家", "受雇于", "雇于", "受聘于", "给予", *_GIVEN_TO,
    # adversarial round 8 (people-consumers-own-words): a consumer writing of themselves and their family (我是X, 我叫X,
    # 我妈X, 我爸X: 12315 summaries are often the consumer's own words)
    "我是", "我叫", "我妈", "我爸", "妈妈", "爸爸", "老妈", "老爸", "俺叫",
    # (people-court-repair-lists: 原告X诉被告Y…纠纷一案, as court lists and 信用修复 notices quote a judgment)
    "原告", "原审原告", "原审被告", "医生",  # (投诉该院医生X态度恶劣: before a name a role; 李医生 stays a title)
    "举报", "反映", "投诉",  # (a summary opening with the verb: 举报祁建华无证行医, 反映X在家中…)
    "回复", "答复", "回访", "致电",  # (h21o's L7: 处理结果 已电话回复隗红霞 — whom the office answered)
    "商家",  # (处理结果：经调解，商家X同意退款 — a 12315 result naming the 个体 operator)
    # (round 11, h12p: the kitchen, tour and board roles decisions name — 帮厨X未取得健康证明 (食品安全法 第四十五条 cases),
    # 导游X未佩戴导游证 (《导游管理办法》 cases), 董事X, 监事X as 列入原因 and 信息内容 name them)
    "帮厨", "导游", "董事", "监事", "理事", "保姆", "月嫂", "陪护",
    "号主", "群主", "博主",  # (round 13, h15p: 微信号主X发布虚假广告 — 广告法 cases on 自媒体)
    # (h20o's L11_cue_words_missing: 当事人的货主佴浩宇, 主播助理笪梦瑶, 网红仉梦瑶, 微商隗俊杰 — the goods' owner of a 货运 or
    # 仓储 case, and the people of live-stream and social-media selling that 广告法 and 电子商务法 decisions name)
    "货主", "助理", "主播助理", "网红", "微商", "带货主播",
    # (h21o's L4_role_words_zhuguan_cunganbu: 主管仉红霞, 村干部宓梦瑶, 领班隗红霞 — staff and village roles a decision names
    # before a name; with a common surname the recogniser found them, with a rare or compound one nothing did)
    "主管", "店铺主管", "门店主管", "领班", "村干部", "村支书", "支书", "村医", "网格员",
    # (h22o's L6: 群众李娜、监理罗刚、中介王芳反映…, 库管杨帆 — the public, a site's supervisor, an agent and the workers of
    # a shop, a kitchen or a ride a decision names before a name; and the worker a party hired: 当事人雇佣的夏天在店内…)
    "群众", "监理", "中介", "库管", "保洁", "厨工", "临时工", "小时工", "钟点工", "代驾", "快递小哥", "外卖小哥",
    "网约车司机", "雇佣的", "雇用的", "聘用的", "聘请的", "招用的",
    # (round 11, h12p: the workers' delegate of a wage-arrears case, 农民工代表X反映; foreigners hired, 雇用外籍人员X从事家政服务)
    "农民工代表", "工人代表", "职工代表", "业主代表", "家长代表", "消费者代表", "外籍人员", "外籍人士", "外籍劳工", "外国人",
    # (round 10, h11p: pupils and children as 教育 and 卫健 decisions name them — 该生X未满14周岁, 儿童X在园内摔伤)
    "该生", "考生", "新生", "儿童", "幼儿", "婴儿", "孩子", "小孩", "男孩", "女孩", "患童", "该患者", "该名学生",
    # (honour and blame lists: 2026年度诚信之星X, 道德模范X事迹, 包工头X拖欠工资)
    "诚信之星", "之星", "道德模范", "劳动模范", "劳模", "模范", "标兵", "楷模", "榜样", "好人", "能手", "包工头", "工头",
    *ALIAS_WORDS,
    *KIN_WORDS,  # (其同学范建新)
    # adversarial round 4 (names-evidence-and-staff-roles): evidence persons and staff (detect.EVIDENCE_ROLES)
    *EVIDENCE_ROLES,  # (医生 listed above: a role before a name, a title after one, 李医生)
)
# Role words after which the next word is a person's name whatever its surname (a rare surname, a
# Tibetan or Uyghur name, a given name holding 和/从/之): nouns for people, not the verbs above.
_NOT_LOOSE = frozenset((
    "退还给", "退给", "卖给", "销售给", "转给", "交给", "送给", "赔偿给", "支付给", "转账给", "联系", "询问", "通知",
    "告知", "约谈", "传唤", "提到的", "本人", "名为", "名叫", "法人",
    "雇佣", "雇用", "聘用", "聘请", "招用", "委托", "出租给", "转租给", "租给", "借给", "叫", "找", "欠",
    "汇款至", "转账至", "打款至", "付款至", "汇至",
    "伙同", "串通", "勾结",  # (verbs: 伙同祁建业 — the loose rule would read 伙同他人 as a name)
    "转让给", "转卖给", "过户给", *_GIVEN_TO, "受雇于", "雇于", "受聘于", "给予",
    "举报", "反映", "投诉", "回复", "答复", "回访", "致电",
    "群众", "监理", "中介", "雇佣的", "雇用的", "聘用的", "聘请的", "招用的",  # (h22o's L6: 群众多次举报, 中介机构, 监理单位)
))
# Words after a name that say it is a person's (李秀英女士, 党堃律师, 高昊天、郑小红夫妇).
TITLES = (
    "先生", "女士", "老人", "老师", "师傅", "同志", "医生", "大夫", "阿姨", "大爷", "小姐", "夫妇", "律师", "夫妻",
    "同学", "小朋友",  # (adversarial round 8: 祁梓轩同学在培训期间受伤 — a pupil, a minor)
    "警官", "教授",  # (round 13, h15p: 民警赵建国警官现场制止, 王建国教授未取得执业资格; a surname alone, 赵警官, stays)
    "老先生", "老太太", "大妈", "大娘", "大婶",  # (round 13, h15p: 刘建华老先生在店内购买保健品 — 保健品 推销 cases)
)
# Verbs that, right after a surname-led word at the start of a clause or after a preposition, make
# it a person's name (经查，郑丽娟系…; 程沐阳称…; 由皇甫超供货).
CUE_VERBS = (
    "称", "系", "表示", "证实", "承认", "反映", "投诉", "举报", "承办", "承租", "供货", "签字", "签收", "到场",
    "在场", "陪同", "供述", "介绍", "陈述", "辩称", "诉称", "认为", "要求", "同意", "拒绝", "未取得", "驾驶",
    "经营", "购买", "购进", "处", "等人", "夫妇", "在", "介绍", "所述", "提出", "离职", "拒不", "携带",
    "二人", "两人", "三人", "通过", "共同", "与其", "已于", "不在", "的母亲", "的父亲", "的妻子", "的丈夫",
    "的儿子", "的女儿", "（男", "（女", "(男", "(女",
    # adversarial round 4 (complaints-complainant-words): how 12315 work orders open with the complainant
    "来电", "致电", "来信", "来访", "来函", "于20", "于19", "：要求", ":要求", "：反映", "：称", "等人",
    # (names-verb-contexts: 由卜志刚负责进货, 向卜建军出售, 据卜红梅交代, 委托卜秀珍办理, 在卜建华家中, 卜建国（身份证号…）)
    "负责", "出售", "交代", "办理", "家中", "所有的", "（身份证", "(身份证", "（证件", "（公民身份",
    # (voluntary-entity-writes-about-persons: what an entity writes about a person in its own 自愿注册信息)
    "欠我司", "欠本公司", "欠款", "拖欠", "遗失", "被列为", "拒不归还", "拒不还款",
    *(f"等{n}{unit}" for n in (*"23456789", *"两三四五六七八九十", "10") for unit in "名人位"),
    # (the lead's probe of 12315 summaries: 据反映，王娜娜之子受伤; 经与张建华沟通/协商/电话沟通; 杨丽萍一家就餐)
    "之子", "之女", "之妻", "之夫", "之母", "之父", "沟通", "协商", "通话", "电话沟通", "一家", "见面",
    "签订", "签署", "订立",  # 当事人与张卫东签订了租赁合同
    "家的孩子", "家的小孩", "家孩子",  # (adversarial round 5: 董桂芝家的孩子在店内用餐)
    # (round 13, h15p) a relative counted by birth order (刘建华的三叔刘德胜负责经营, 王建国的二舅在店内帮忙, 李建军的大姐负责
    # 收银), and money taken by a person opening a finding (杜建华收取了患者…的治疗费: 茂名市卫生健康局's 非法行医 case)
    *(f"的{order}{kin}" for order in "大二三四五六七八九小幺" for kin in "叔舅姨姑伯爷姐哥弟妹婶嫂"),
    "收取", "承包",  # (该店由刘建华、王建国承包: the last of a list before the verb)
    # (h21q's Q7, Q8: 由佴浩宇亲手交付, 佴浩然亲口承认, 佴浩杰当面确认, 佴浩博独自经营; 处理结果 回复：隗雨萱已签收, 隗思远已领取退款,
    # 佴子墨已收到退款 — what a person does in their own hand or receives, which no business or place does so)
    "亲手", "亲笔", "亲口", "当面", "独自", "已签收", "已领取", "已收到", "已退款", "已退还", "已赔偿",
    "今年",  # (adversarial round 5: 李小龙今年15岁，系当事人雇佣的童工)
    # (an outsider's thirteenth-session pass, cueless_names: 执法人员现场检查（欧阳雪梅见证）, （司马浩然复核）, 由欧阳德华确认,
    # 司马欣妍予以配合, 司马佳琪未到场, 司马皓轩主动承认, 司马泽宇于当日离开, 司马逸飞手写了情况说明, 司马思彤持刀威胁)
    "见证", "复核", "确认", "予以配合", "配合", "未到场", "主动", "于当日", "离开", "手写", "持刀",
    # (own_name_forms, person_rep: the party or operator named by the given name, 明辉当场承认, 桂兰对违法事实供认不讳)
    "当场", "对违法事实", "对上述", "供认", "如实",
    # (coded_columns, kinds_names: 其他-由欧阳俊杰监督整改, 其他-通报欧阳国庆所在单位, 罚款（欧阳志明代缴）, 履约中（欧阳文静跟踪）)
    "监督", "所在单位", "代缴", "跟踪",
    # adversarial round 5 (names-kin-words-2): a name, then 的 and a word for a relative or an acquaintance
    # (孙建业的岳母在店内帮忙, 唐学文的爱人负责收银, 侯国强的同事反映)
    *(f"的{kin}" for kin in KIN_WORDS),
    # (names-verbs-of-inquiry, names-in-remarks-clerk-notes: 乔海龙为该店店长, 张春花是该店老板, 据谢德福讲, 给廖振国
    # 打电话, 白晓燕一行5人, 此事由王永福一手操办; the clerk's note 卢庆丰录入, 已由孟世杰电话通知, 钟长生、某某)
    "为该", "是该", "为本店", "是本店", "讲", "说", "打电话", "打过电话", "一行", "一手", "操办", "录入", "填报", "登记",
    "电话通知", "电话告知", "、某某", "/某某",
    # (the inquiry's other verbs: 曾永刚告诉执法人员, 执法人员向潘文杰了解情况, 对贾红梅进行询问, 与任金凤联系, 史明辉等在店内)
    "告诉", "了解", "进行询问", "进行调查", "进行核实", "联系", "等在", "等来", "已核实", "提供", "核实",
    "退款", "退货", "退还", "赔偿", "道歉",  # (消费者要求找乔海龙退款)
    # (round 10, h11p: a 卫健 case of 非法行医 — 由X针灸, X就诊; what is done by a patient or a healer, after a preposition
    # or opening a clause; 给X开具处方, 为X注射 are a frame: a business 开具 invoices, 葛根素注射液 is a drug)
    "针灸", "拔牙", "就诊", "看病",
    # adversarial round 7 (adv7 people-repair-lists-partners): a person's record named in a 信用修复 announcement
    # (经审核，X的行政处罚信息已完成信用修复), partners (当事人与X合伙经营), households counted on an honour list
    # (X等3户诚信经营示范户)
    "的行政处罚", "的处罚信息", "的失信", "的信用", "的违法", "的不良", "的严重失信", "的经营异常", "的行政许可",
    "出具", "出租", "以当事人", "以其", "以该店", "一人", "指使", "作出", "违法行为", "涉嫌",
    "合伙", "合作经营", "合资", "入股", "家庭", "户的", "户发放", "户补偿", "户予以", "户房屋", "户宅基地",
    *(f"等{n}{unit}" for n in (*"23456789", *"两三四五六七八九十", "10") for unit in "户家"),
    # adversarial round 9 (an accident report's list of workers: 郭荣组织彭科双、李龙高、杨才伦共5人进行作业 — the
    # 大英县 "8.19" 高处坠落事故调查报告; the last of a list, counted with 共)
    *(f"共{n}{unit}" for n in (*"23456789", *"两三四五六七八九十", "10") for unit in "名人位"), "组织",
    # (adversarial round 9, probe5: 20 contexts × 20 common names, 244 of 400 published — a name before what happens
    # between people: 经查，王建军与店员发生争执, 李秀英母子在店内用餐, 当事人与张伟发生纠纷, 未给刘洋缴纳社保, 从陈静手中购进)
    "发生", "发送", "缴纳", "代购", "代办", "代领", "代收", "代签", "代缴", "对此无异议", "对此有异议", "无异议", "手中", "手里", "争执", "纠纷", "冲突", "吵架", "打架", "母子", "父子", "母女",
    "父女", "夫妻", "兄弟", "姐妹", "一家三口", "一家人", "一起", "共同", "协助", "帮忙",
    *(f"{with_}{other}" for with_ in "与和跟同" for other in ("店员", "当事人", "工作人员", "商家", "该店", "老板", "店主", "经营者",
                                                            "对方", "邻居", "客户", "顾客", "司机", "乘客", "保安", "物业", "房东")),
    # (round 14, h17p) a deceased person (刘建华生前在该店就餐, 刘建华（已故）生前系该店员工), a purchase for someone (消费者给
    # 刘建华买了手机), who put up the money (该店系刘建华出资开设)
    "生前", "买了", "买的", "出资",
)
# Ordinary words of these texts that jieba's dictionary tags as a person's name (`nr`): found by
# running the tagger over published decisions and complaint cases (the sources named in
# tests/corpus/make_names_corpus.py), none of which names a person with them.
NOT_NAMES = frozenset(
    "顾客 张贴 陈述 查明 许可证 安全法 成品 包材 阳信 严桥 余东 宝洁 巧克力 牛奶糖 海飞丝 "
    # and words of the same kind met in any such text (a surname character + an ordinary word)
    "石油 黄金 白酒 白糖 高温 高压 明显 明确 明示 方便 常温 包装 安全 和解 和平 全额 程序 程度 左右 于是 "
    "钱款 金额 费用 马上 成本 成分 文件 关于 时间 商家 商户 商品 商标 商贸 宁静 平安 安康 严重 严格 严禁 "
    "连续 连锁 任意 任何 任务 管理 管控 温度 宋体 黄色 白色 蓝色 红色 金色 "
    # issue 16, adversarial round (uyghur-own-name): 未经许可经营 lost its 可
    "许可 许诺 经营 经销 文明 方式 方法 高度 高级 强制 平台 华人 江湖 向前 向后 阿不 "
    # adversarial round 3 (overscrub-role-word-phrases, overscrub-regno-in-text-2): after 当事人
    "曾因 曾经 曾于 曾在 曾被 曾多 曾向 乔装 原工 原工商 申辩 海鲜 公司 单位 门店 车间 金店 阴凉 阴凉区 应当 "
    # words of the standard sentences of decisions after 当事人 (tests/corpus/boilerplate.jsonl): 当事人阴凉区…
    "时年 "
    # adversarial round 4 (overscrub-yingyu-and-storage): the 格式范本's "…的规定，应予处罚", and the
    # equipment, foods and herbs of food and drug cases that jieba's dictionary tags as names
    "韩国 韩国籍 "  # (adversarial round 5: 当事人（韩国籍） became （韩**）)
    "应予 应予以 童工 冷藏柜 冷冻柜 陈列柜 冷藏库 龙虾 龙虾池 海鲜池 鲍鱼 田螺 胡萝卜 金银花 杜仲 石斛 何首乌 柴胡 "
    # adversarial round 5 (overscrub-persons-named-like-words): words the dictionary tags as names only
    "陈列 高峰 韩式 雷同 常规 罗列 包装 童装 "
    # the means of payment opening a clause (银行卡支付3笔 became 银**支付; the lead's eleventh-session probe)
    "银行卡 银联卡 支付宝 银行 银联 "
    # (h20o's O1: 举报人小灵通0936-8212349 became 举报人小**: 小灵通, the PHS phone service, and a means of contact)
    "小灵通 "
    # (h22o's O5: 当事人毛利润为360元 became 当事人毛**为 — the tagger reads 毛利润 as a name; the figures of a case's gains)
    "毛利润 毛利 毛利率 毛收入".split()
)

# Brands that read as a person's name, written bare (当事人销售周黑鸭鸭脖; issue 16: 周黑鸭 was masked as
# 周**): national chains and 中华老字号 (商务部《中华老字号名录》: 王致和, 张小泉, 陈李济, 马应龙, 王老吉)
# whose given part is no one's given name. Only the recogniser skips them; after a role word (消费者周生生)
# and as a person of the data (a party named so) they are still masked: privacy first.
BRAND_NAMES = frozenset(
    "周黑鸭 周生生 周大生 周六福 周大福 王老吉 张小泉 王致和 谭鸭血 陈李济 马应龙 谢瑞麟 钱大妈 刘一手 王守义 "
    "吴裕泰 张一元 胡庆余 杨铭宇 李子柒 陶陶居 乔家栅 沈大成 汪玉霞 孔乙己 "
    "海底捞 巴奴 华为 国美 海尔 惠氏 全聚德 谭木匠 高露洁 欧莱雅 伊利 蒙牛 "
    "曹操 鲁花 康佳 顺丰".split())  # (曹操出行, a ride-hailing platform: 经查，曹操出行的车辆… — adversarial round 9)  # (not 李宁, 张亮, 苏宁: names too)
# (鲁花, a 花生油 brand: 经查，鲁花于2026年3月1日开业 — round 10; 康佳, the television maker: 经查，康佳等12名员工 — round 12)
# (顺丰, the courier: 消费者投诉顺丰拒绝赔偿 — round 14)
# Given names holding a food animal (周黑鸭, 谭鸭血, 廖排骨): a dish or a shop, no one's name; or meat (当事人公羊肉未检疫:
# 公 or 公羊 and 肉, a ram's meat — h20n).
_FOOD_IN_GIVEN = frozenset("鸭鹅猪肉")

# A candidate that runs on into one of these is part of an organisation's name (张掖华强商贸有限公司).
ORG_SUFFIXES = (
    "有限责任公司", "有限公司", "公司", "分公司", "集团", "合作社", "联合社", "中心", "医院", "卫生院", "卫生室",
    "诊所", "药房", "药店", "学校", "小学", "中学", "大学", "学院", "幼儿园", "培训班", "超市", "商店", "商行",
    "商场", "商厦", "商城", "市场", "经营部", "门市部", "销售部", "服务部", "营业部", "批发部", "门市", "百货",
    "店", "厂", "坊", "铺", "馆", "社", "行", "所", "站", "场", "局", "院", "会", "部", "庄", "酒店", "宾馆",
    "饭店", "餐厅", "酒楼", "酒家", "食堂", "工作室", "事务所", "研究所", "协会", "银行", "农场", "牧场",
    "养殖场", "加工厂", "作坊", "委员会",
)
# The suffixes of two characters and more, which are words of their own whatever the tagger calls them there.
_ORG_WORDS = frozenset(w for w in ORG_SUFFIXES if len(w) >= 2)
# A candidate that runs on into one of these is part of a place name (张家村, 王府井大街).
PLACE_SUFFIXES = (
    "省", "市", "县", "区", "镇", "乡", "村", "组", "社区", "街道", "路", "街", "巷", "大道", "大街", "小区",
    "广场", "花园", "家园", "山", "河", "湖", "桥", "庄", "屯", "堡", "湾", "坪", "沟", "滩", "寨", "营", "铺",
)
# A verb and a place that the tagger reads as one noun ending like an organisation (看店, 到店, 进厂).
_VERB_AND_PLACE = frozenset("看店 守店 开店 关店 进店 到店 在店 回店 离店 来店 去店 进厂 到厂 在厂 回厂 进场 到场 在场 到站 进站 "
                            "到院 住院 出院 到所 到社 到会 开会 参会".split()
                            # (round 13, h15p: 赵建国警官现场制止 — at the scene, no 场 of a market)
                            + ["现场"])
# Verbs and titles that open with a place suffix's character (沟通, 路过, 组长, 村长): after a name they are not a place.
_WORDS_OPENING_WITH_PLACE_SUFFIX = ("沟通", "路过", "组织", "组长", "村长", "村主任", "村书记", "村民", "村医", "区长", "县长",
                                    "市长", "镇长", "乡长", "街坊")  # (and titles: 林海龙村长, 郑春花组长)
# A candidate whose last character is one of these is a place or a business word, not a name
# (宿松县, 张家村, 徐记鲜果行, 孙氏诊所, 梁家墩镇).
_NOT_LAST = frozenset("省市县区镇乡村庄街路巷屯堡寨湾沟记氏家店厂社行局院所站场部馆铺坊号牌法组")
# Given-name length: a third character that is one of these ends the name (王明在…, 李华称…).
_BREAK = frozenset(
    "在于将因向对与和及等称说反投购买卖拿送用做打给让收付取带找去来看拒多少未无从到是的了为被把已曾也都还"
    "又就所自经系均驾以由诉涉开销持该其通私擅违拒不没要请表提发进现承认告报讲女先老同之并但而或处等"
    "更很最太再仍便即亦正只共"
    "、，。；：！？,.;:!?（）()《》“”\"' \u3000\t\r\n"
)
# What follows 姓+家 in the names of villages and hamlets of the north-west (孙家营, 李家桥, 何家崖, 赵家湾).
_VILLAGE_ENDINGS = frozenset("营桥河崖湾沟坪庄屯堡寨坝梁峪滩口洼台湖坡岭园峡集窑岔渠墩滩塬峁")
# Characters that never end a name nor start a given name (刘艳称, 陈骁未, 袁骁之): function words.
_NOT_IN_NAME = frozenset("未称之等在了的和与及也都就被把将从到是于其所系已")  # 已: 商家已退款 (no given name holds it)
# Words after a surname that are a title, not a given name (王师傅, 张经理, 李老板).
_TITLE_GIVEN = frozenset(TITLES) | frozenset("经理 主任 老板 老师 师傅 总 工 科长 局长 所长 队长 书记 会计 大姐 大哥 家 氏 记".split())
# Surnames that are also prepositions: 由鲁强 is 由 + 鲁强 when the next character is a surname too.
_PREPOSITION_SURNAMES = frozenset("由于向和时从")
# Tags of a one-character word that does not continue a given name (王明买了: 买 is a verb).
_FUNCTION_TAGS = frozenset({"v", "p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "r", "y", "e", "o", "f", "q", "m"})
# Surnames that are more often a function word (应当, 于是, 由此, 向前, 和解, 时间…): after a role word,
# only a word the tagger calls a name starts with them.
_FUNCTION_SURNAMES = frozenset("应于由向和时从都但过相把能")
# Tags of verbs and function words: a given name is none of them (负责, 介绍).
_VERB_TAGS = frozenset({"v", "vn", "vd", "vi", "p", "c", "d", "ad", "u", "uj", "ul", "r"})
# Prepositions that the tagger may glue to the surname after them (由党|欣怡, 从罗|沐阳).
_PREPOSITIONS = frozenset("由从向与和给被让对经将据即")  # 即: 老张即姚德福负责 (adv5 follow-up)
# Parts of speech that may continue an organisation's or place's name after a name-like word.
_NOUNISH = frozenset({"n", "nz", "z", "ns", "nr", "nrt", "nrfg", "nt", "j", "b", "ng", "an", "l", "vn", "eng", "m"})
# Tags the recogniser reads as "a person's name". `nrt` is left out: jieba's dictionary gives it to
# transliterated and foreign names and to brands, and its HMM to fragments (库内).
_NAME_TAGS = frozenset({"nr", "nrfg"})

# Han characters: the BMP's (with Extension A) and Extensions B-H (U+20000-3134F): the 《通用规范汉字表》
# (2013) holds Ext B-F characters because people's names use them (张𬀩, 陈𫍯: adversarial round 5).
_HAN = "\u3400-\u9fff\U00020000-\U0003134f"
_CJK = re.compile(f"[{_HAN}]")
# Zero-width and format characters (ZWSP, ZWJ, bidi marks, word joiner, BOM, soft hyphen), and the fillers
# and marks that render as nothing (adversarial round 5, names-space-between-surname-and-given: the Hangul
# fillers U+3164/U+115F/U+1160/U+FFA0, Mongolian U+180E and its variation selectors, the combining grapheme
# joiner U+034F, the Arabic letter mark U+061C, Khmer U+17B4/U+17B5, variation selectors, tag characters).
# (round 14, h17p) The bidi isolates U+2066-U+2069 (刘\u2066建华\u2069), the ideographic variation selectors U+E0100-U+E01EF
# that pick a glyph of a name's character (刘\U000E0100建华: the Ideographic Variation Database registers them for names), and
# combining marks, which draw on the character before them and are no character a reader sees:
# the diacritics and enclosing marks (刘\u0301建华, 刘建华\u20dd), the ideographic tone marks U+302A-U+302F and the kana
# sound marks U+3099/U+309A typed after a Han character (刘\u302a建华); a pinyin name written decomposed (Wa\u0301ng) reads
# as its letters.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef"
                        "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u302a-\u302f\u3099\u309a]")
_CJK_RUN = re.compile(f"[{_HAN}]+")
# Law and document titles, brands and product names in quotes: never a person's name.
_PROTECTED = re.compile(r"《[^《》\n]{0,80}》|“[^“”\n]{0,30}”|「[^「」\n]{0,30}」|\"[^\"\n]{0,30}\"")
_SURNAME_CHARS = "".join(sorted(SURNAMES | RARE_SURNAMES | {c for s in COMPOUND_SURNAMES for c in s}))
# Cheap pre-check: no surname character, no name.
_PRECHECK = re.compile("[" + re.escape(_SURNAME_CHARS) + "]")
# The role words as one alternation, longest first, each once (ROLE_WORDS repeats a few: the regexes below try
# every branch at every position of a text).
_ROLE_WORDS_ALTERNATION = "|".join(sorted(set(map(re.escape, ROLE_WORDS)), key=lambda w: (-len(w), w)))
# A lookahead, so overlapping role words are all seen (其妻子马桂兰: 其妻 and 妻子).
# Any word for a person by its last character (债权人, 网格员, 伤者, 装卸工, 兽医, 辅警, 保姆, 其侄): roles are
# open-ended (adversarial round 4 found 110 of 213 unlisted; the lead's probe: 其表弟孙立新, 其亲戚王建设). A name after one still has to pass the
# role rule (a surname, a boundary, no dictionary word: 个人信息, 工人高温作业 stay).
_GENERIC_ROLE = "[\u4e00-\u9fff](?:人|员|者|工|师|长|户|警|医|姆|侄|甥|婿|弟|哥|姐|妹|叔|舅|姨|姑|嫂|婶|戚|友|父|母|爷|奶|婆)"
_ROLE_WORD_SET = frozenset(ROLE_WORDS)
_ALIAS_WORD_SET = frozenset(ALIAS_WORDS)
# Words for a relative, written before the name (之兄, 胞兄, 配偶, 其妻): the name after one is a person's even
# when its given part is also a verb (之兄祁建新负责进货: 建新), unlike a role read inside a word (门店主管介绍).
_KIN_ROLES = frozenset(KIN_WORDS) | frozenset(w for w in ROLE_WORDS if len(w) == 2 and w[0] in "之其胞堂")
_ROLE = re.compile(
    # (a cheap check of the first two characters first: the alternation is tried only where a role word may start)
    "(?=[" + "".join(sorted({w[0] for w in ROLE_WORDS})) + "]|[\u4e00-\u9fff][人员者工师长户警医姆侄甥婿弟哥姐妹叔舅姨姑嫂婶戚友父母爷奶婆])"
    "(?=((?:" + _ROLE_WORDS_ALTERNATION + "|" + _GENERIC_ROLE
    + r")[：:\s为是系即（(“「‘《\"'\-－—{｛〈⟨<＜﹃﹁\[［【〔〖〘”」’]{0,2}))"  # (消费者-柯璟瑜: a dash after the role word;
    # “老板娘”缑红梅: a role word in quotes, round 4, h20q L16)
)
# Quotes around a name right after a role word (消费者“李翀婧”, 投诉人「王翮瑄」, 经办人员：《孙翀琛》):
# the name is masked, the quotes are no brand's.
_QUOTES = {"“": "”", "「": "」", "‘": "’", "《": "》", '"': '"', "'": "'", "『": "』",
           # brackets (names-line-break-and-brackets, follow-up: 消费者{戴国华}, 消费者〈戴秋月〉, ﹃戴志刚﹄)
           "{": "}", "｛": "｝", "〈": "〉", "⟨": "⟩", "<": ">", "＜": "＞", "﹃": "﹄", "﹁": "﹂", "[": "]", "［": "］",
           "【": "】", "〔": "〕", "〖": "〗", "〘": "〙"}
# Tags of the words a name is made of when the dictionary does not know it (扎西|顿珠, 仉翀|婧, 王|和平).
_NAMEISH = frozenset({"nr", "nrfg", "nrt", "nz", "ns", "x", "g", "zg", "ng", "j"})
# A Latin name after a role word (外籍员工John Smith, 消费者Li Xiaoming) or in brackets after a name
# (邵**（SHAO CHONGCHEN）, Li Xiaoming（李小明））.
# (round 10: a Hong Kong given name's second syllable joined by a hyphen in lower case, CHAN Tai-man — the HKSAR forms' way)
_LATIN_NAME = r"(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,})(?:[ \u00a0·.\-](?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,})){1,3}"
_LATIN_AFTER_ROLE = re.compile(
    "(?:" + _ROLE_WORDS_ALTERNATION + r")[：:\s]{0,2}(" + _LATIN_NAME
    + r")(?![A-Za-z])")
# Pinyin names (adversarial round 5, names-punctuated-pinyin-brackets: 消费者kuang zhiqiang, Kuang Lihua（消费者）,
# Ms. Kuang Xiuzhen complained …; 12315 summaries as consumers type them): a surname's pinyin, then one to three
# words of pinyin syllables, in any case, after a role word, before a role in brackets or after an honorific.
PINYIN_SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han "
    "feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lv lyu lu ding ren shen yao cui "
    "zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao "
    "hao gong shao wan qian dai mo kong xiang chang kang kuang lai ou ning qi nie an ji bi bao ruan mi niu hong "
    "mei geng zhan ke ling yi qiao qu ge lan zhuang pu che miao lei luan ouyang situ sima shangguan zhuge dongfang "
    "huangfu murong linghu xiahou yuwen".split())
_PINYIN_SYLLABLE = ("(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|"
                    "ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v)")
_PINYIN_WORD = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,3}}", re.IGNORECASE)
_LATIN_WORDS = r"[A-Za-z]+(?:[ \u00a0·.\-][A-Za-z]+){1,4}"
_ROLE_ALTERNATION = _ROLE_WORDS_ALTERNATION
_WORDS_AFTER_ROLE = re.compile("(?:" + _ROLE_ALTERNATION + r")[：:\s]{0,2}(" + _LATIN_WORDS + r")(?![A-Za-z])")
_WORDS_BEFORE_ROLE = re.compile("(" + _LATIN_WORDS + r")\s*[（(]\s*(?:" + _ROLE_ALTERNATION + r")\s*[）)]")
_HONORIFIC = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Mme|Mister)\.?\s+(" + _LATIN_WORDS + ")")


def pinyin_name_length(words: str) -> int:
    """How many characters at the start of `words` are a pinyin name (kuang zhiqiang, WANG Jian-guo, Ouyang
    Xiaoming): a surname's pinyin, then one to three words that are pinyin syllables; 0 if none."""
    parts = re.split(r"([ \u00a0·.\-])", words)
    if parts[0].lower() not in PINYIN_SURNAMES:
        return 0
    end, given = len(parts[0]), 0
    for k in range(1, len(parts) - 1, 2):
        if given == 3 or not _PINYIN_WORD.fullmatch(parts[k + 1]):
            break
        end, given = end + len(parts[k]) + len(parts[k + 1]), given + 1
    return end if given else 0


_SYLLABLE = re.compile(_PINYIN_SYLLABLE, re.IGNORECASE)
_LATIN_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?:[ \u00a0·.\-'][A-Za-z]+){1,3}(?![A-Za-z])")


def _syllable_count(words: str) -> int:
    """How many pinyin syllables `words` is read as (greedy, longest final first), or -1 if it is no pinyin."""
    count = 0
    for word in re.split(r"[ \u00a0·.\-']", words):
        pos = 0
        while pos < len(word):
            m = _SYLLABLE.match(word, pos)
            if m is None or m.end() == pos:
                return -1
            pos, count = m.end(), count + 1
    return count


_INITIALED_OWN = re.compile(r"(?<![A-Za-z.])(?:(?P<s1>[A-Za-z]+)[ \u00a0]+(?P<i1>[A-Z][.．](?:[ \u00a0]?[A-Z][.．]){0,2})"
                           r"|(?P<i2>[A-Z][.．](?:[ \u00a0]?[A-Z][.．]){0,2})[ \u00a0]?(?P<s2>[A-Za-z]+))(?![A-Za-z])")


_HALFWIDTH_LATIN = {**{c: c - 0xFEE0 for c in [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}, 0xFF0E: ord("."), 0x3000: ord(" ")}
_OWN_COMMA = re.compile("(?<![A-Za-z])(?P<surname>[A-Za-z]+)[,，]\\s*(?P<given>[A-Za-z]+)(?![A-Za-z])")
# (h20o's L7: 隗 Haoran, the Han surname and a space before the given name in pinyin)
_OWN_HAN_SURNAME = re.compile(f"(?P<surname>[{_HAN}])[ \u00a0\u3000]?(?P<given>[A-Za-z]{{2,}})(?![A-Za-z])")
_OWN_PARTS_HINT = re.compile(f"[A-Za-z][,，]\\s*[A-Za-z]|[{_HAN}][ \u00a0\u3000]?[A-Za-z]{{2}}")


_INITIAL_THEN_GIVEN = re.compile(r"(?<![A-Za-z.])[A-Z][.．][ \u00a0]?(?P<given>[A-Z][a-z]+(?:[\-'][A-Za-z][a-z]+)?)(?![A-Za-z])")


def pinyin_spellings(text: str, names: Sequence[str]) -> list[Span]:
    """Spans of `text` that spell one of the Han `names` in pinyin, in any case (当事人Lin Xiuzhen, lin xiuzhen,
    for 蔺秀珍: adv5 follow-up, own-name-spelled-differently): a surname's pinyin, then given words of as many
    syllables as the name has given characters. No reading table is shipped (pypinyin is not installed), so
    the surname is any surname's pinyin: for the row's own names only, where the text is about them."""
    text = toneless(text)  # Chen Dà-wén (round 14)
    if "\uff0e" <= max(text, default=""):
        text = text.translate(_HALFWIDTH_LATIN)  # ＣＨＥＮ，Ｄａｗｅｎ, ＷＡＮＧ Ｊ．Ｇ．: one for one (round 14)
    mixed = _own_names_mixed(text, names) if _LATIN_LETTERS.search(text) else []
    spaced = _LATIN_WORD_HINT.search(text) is not None
    if not spaced and not _OWN_PARTS_HINT.search(text) and not _INITIAL_THEN_GIVEN.search(text):
        return mixed
    sizes = {len(n) - (surname_length(n, 0, rare=True) or 1) for n in names
             if 2 <= len(n) <= 4 and _CJK_RUN.fullmatch(n)}
    if not sizes:
        return mixed
    out: list[Span] = []
    # (round 14) The surname and a comma (CHEN, Dawen: the passport's order, ICAO Doc 9303 part 3), and the Han surname
    # with the given name in pinyin (陈dawen: a clerk whose IME lacks the characters), as many syllables as characters.
    for m in _OWN_COMMA.finditer(text):
        if m.group("surname").lower() in PINYIN_SURNAMES and _syllable_count(m.group("given")) in sizes:
            out.append(m.span())
    for m in _OWN_HAN_SURNAME.finditer(text):
        if any(n.startswith(m.group("surname")) and len(n) - 1 == _syllable_count(m.group("given")) for n in names):
            out.append(m.span())
    for m in _INITIAL_THEN_GIVEN.finditer(text):
        if _syllable_count(m.group("given")) in sizes:
            out.append(m.span())  # W. Haoran for 隗浩然 (round 4, h20q L17): the surname's initial, the given name in pinyin
    if not spaced:
        return out + [sp for sp in mixed if not any(a < sp[1] and sp[0] < b for a, b in out)]
    for m in (_INITIALED_OWN.finditer(text) if _INITIALED_HINT.search(text) else ()):
        word, initials = m.group("s1") or m.group("s2"), m.group("i1") or m.group("i2")
        if word and word.lower() in PINYIN_SURNAMES and initials.count(".") + initials.count("．") in sizes:
            out.append(m.span())  # Wang J.G. for 王建国 (round 14): the surname and an initial for each given character
    for m in _LATIN_RUN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in out):
            continue
        run = m.group(0)
        end = pinyin_name_length(run)
        head = re.match(r"[A-Za-z]+", run)
        if not end or head is None or _syllable_count(run[head.end():end].lstrip(" \u00a0·.-'")) not in sizes:
            given_first = re.fullmatch(r"(?P<given>[A-Za-z]+(?:[ \u00a0·.\-'][A-Za-z]+)?)[ \u00a0·.\-](?P<surname>[A-Za-z]+)", run)
            if given_first and given_first.group("surname").lower() in PINYIN_SURNAMES \
                    and _syllable_count(given_first.group("given")) in sizes:
                out.append(m.span())  # HaoRan Wei for 隗浩然 (h20o's L7): the given name first, as English writes it
            continue
        out.append((m.start(), m.start() + end))
    return out + [sp for sp in mixed if not any(a < sp[1] and sp[0] < b for a, b in out)]


def reversed_names(text: str, names: Sequence[str]) -> list[Span]:
    """Spans of `text` that write one of the Han `names` given name first (浩然隗 for 隗浩然: h20o's L7), for the row's own
    names only; a given name of two characters or more, so that no ordinary pair of characters is read as one."""
    out: list[Span] = []
    for name in names:
        name = name.strip()
        k = surname_length(name, 0, rare=True)
        if not k or len(name) - k < 2 or not _CJK_RUN.fullmatch(name):
            continue
        turned = name[k:] + name[:k]
        at = text.find(turned)
        while at >= 0:
            out.append((at, at + len(turned)))
            at = text.find(turned, at + 1)
    return sorted(set(out))


_LATIN_LETTERS = re.compile(r"[A-Za-z]{2}")
_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")
_LATIN_OWN_NAME = re.compile(r"[A-Za-z]+(?:[ \u00a0·.\-][A-Za-z]+){1,3}")


def _own_names_mixed(text: str, names: Sequence[str]) -> list[Span]:
    """The row's own people named half in characters, half in letters, or by one part of a Latin name (an outsider's
    thirteenth-session cases, /work/notes/h17o.md: `欧阳mh当场承认` for 欧阳明辉 — the surname and the given name's
    initials; `明huī` — the given name's first character and the rest in pinyin; `Smith当场承认` for the party John
    SMITH — one part of the name alone). Only the row's own names: no reading table is shipped, so the letters are
    matched by count (one initial or one syllable a character), not by sound."""
    out: list[Span] = []
    latin_parts = {part.lower() for n in names if _LATIN_OWN_NAME.fullmatch(n.strip())
                   for part in re.split(r"[ \u00a0·.\-]", n.strip()) if len(part) >= 3}
    hans = [(n[:k], n[k:]) for n in names if _CJK_RUN.fullmatch(n) and (k := surname_length(n, 0, rare=True))
            and len(n) - k >= 1]
    for m in _LATIN_WORD.finditer(text):
        word, at = m.group(0), m.start()
        if word.lower() in latin_parts:
            out.append(m.span())
            continue
        for surname, given in hans:
            if text.endswith(surname, 0, at) and (len(word) == len(given) or _syllable_count(word) == len(given)):
                out.append((at - len(surname), m.end()))  # 欧阳mh, 欧阳minghui
            elif len(given) >= 2 and text.endswith(given[:-1], 0, at) and _syllable_count(word) == 1 \
                    and not text.endswith(surname + given[:-1], 0, at):
                out.append((at - len(given) + 1, m.end()))  # 明huī (the given name's last character in pinyin)
            elif len(given) >= 2 and text.endswith(surname + given[:-1], 0, at) and _syllable_count(word) == 1:
                out.append((at - len(surname) - len(given) + 1, m.end()))  # 欧阳明huī
    return sorted(set(out))


def _latin_name_in(words: str, start: int, whole: bool) -> Span | None:
    """The pinyin or Latin name among `words` (found at `start` of the text): from its first word
    (after a role word, after an honorific), or ending with its last (before a role in brackets)."""
    cuts = [0] if not whole else [0] + [k + 1 for k, ch in enumerate(words) if ch in " \u00a0·.-"]
    for cut in cuts:
        rest = words[cut:]
        length = pinyin_name_length(rest)
        if not length and re.match(_LATIN_NAME, rest):
            length = re.match(_LATIN_NAME, rest).end()  # type: ignore[union-attr]
        if length and (not whole or length == len(rest)):
            return (start + cut, start + cut + length)
    return None


_ALIAS = re.compile(r"\s*[（(]\s*(" + _LATIN_NAME + f"|[{_HAN}]{{2,4}})" + r"\s*[）)]")
# A name before an age (诚信少年（王小翀，12岁）, 其孙郭翀瑄（8岁）): a child's.
_AGE = re.compile(r"[，,、\s]?\s*[（(]?\d{1,2}\s*周?岁")
_NOTE_WITH_AGE = re.compile(r"[（(][^（）()\d]{1,10}[，,、\s]\s*\d{1,2}\s*周?岁")
# An age before a name (雇佣16周岁的李小龙: the lead's probe, a minor's name published; 年仅十五岁的…).
_AGE_BEFORE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:周岁|岁)(?:的|之)?")
_AGE_IN_BRACKETS_BEFORE = re.compile(r"[（(]\s*(?:现年|年仅|时年|年满|当时)?\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*周?岁\s*[）)]\s*")


def _name_ending_at_break(text: str, start: int) -> Span | None:
    """After an age (雇佣13岁的宓一凡从事…, (round 4, h20q L8)): a surname, rare ones too, and one or two given characters
    the tagger cut apart, ending where a break character, a verb or the text's end follows (宓|一凡 从事, 宓一诺|劳动)."""
    for length in (3, 2):
        end = start + length
        name = text[start:end]
        if end > len(text) or not _CJK_RUN.fullmatch(name) or any(c in _BREAK or c in _NOT_IN_NAME for c in name[1:]):
            continue
        if (end == len(text) or text[end] in _BREAK or _CUE.match(text, end) or _verb_opens(text, end)) \
                and not _in_dictionary(name):
            return (start, end)
    return None
_LONE = re.compile(r"(?:^|(?<=[\s|｜,，;；:：（(])|(?<=\d[.．、)）])|(?<=元[、，,；;]))(" + f"[{_HAN}]{{2,4}}"
                   + r")(?=$|[\s|｜,，;；）)、]|[（(](?=[^（）()]{0,12}(?:村民|居民|农民|个体|岁|身份证|包工头|\d元)|[男女][，,、）)]"
                   # (adversarial round 8: 祁建华（6207…）, 祁建华/男/51岁, 祁建华13912345678, 祁建华：1391…)
                   r"|\d{6}[\d*＊]{9,12})|[/／\-－|｜][男女]|[:：]?\s*1[3-9]\d{9}(?!\d)"
                   r"|\d+(?:\.\d+)?元)")  # （石凤霞）; 名单：1.王建新 2.…; 明细：高玉兰500元；好人榜：X、Y; 人物：X（…村村民） (round 7)
_TITLE_AFTER = re.compile("(?:" + "|".join(TITLES) + ")")
# Job titles written after a name (adversarial round 5, names-before-titles).
JOB_TITLES = (
    "总经理", "副总经理", "经理", "副经理", "店长", "副店长", "司机", "掌柜", "组长", "总监", "前台", "主管", "班长", "技师",
    "监事", "董事长", "董事", "村长", "村主任", "村书记", "支书", "教练", "主播", "出纳", "店主", "老板娘", "老板", "厂长",
    "主任", "会计", "护士长", "护士", "队长", "书记", "科长", "局长", "所长", "站长", "校长", "院长", "园长", "客服",
    "厨师长", "厨师", "保安", "收银员", "销售员", "业务员", "营业员", "导购", "领班", "工程师", "设计师", "理发师",
    "美容师", "药师", "执业药师", "医师", "检验员", "质检员", "仓管", "库管", "文员", "助理", "秘书", "师傅",
)
_JOB_TITLE_AFTER = re.compile("(?:" + "|".join(sorted(JOB_TITLES, key=len, reverse=True)) + ")")
_CUE = re.compile("(?:" + "|".join(sorted(map(re.escape, CUE_VERBS), key=len, reverse=True)) + ")")
# A clause start or a preposition before a name that a cue verb follows.
_CLAUSE = frozenset("，。；：、,;:！？!?（(）)\n\t \u3000由从与和向给被让请经对将据的在即帮替及代跟同")  # 帮/替: for (round 9); 及: 以及 (round 13);
# 代/跟/同: on behalf of, with (消费者代王建国购买, 消费者跟刘建华一起: 12315 summaries, round 14)
# (adversarial round 8) One-character words a name with a cue verb after it may follow besides a clause break: the time
# of an inspection (检查时祁秀兰在场), what a place held (店内仅有祁永琴一人), whose instigation (受祁建华指使), whom a verb
# of sending or letting names (派祁建华送货, 叫祁建华过来, 让祁建华签字, 令祁建华停止).
_LEAD_CHARS = frozenset("时有受派叫让令")
_AND = frozenset("、和与及/／")  # (检查人员：祁建华/祁建国: adversarial round 7)

_lock = threading.Lock()
_tagger: Any = None


def _load_tagger() -> Any:
    """Import rjieba's tagger on first use (its dictionary loads in well under a second)."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import rjieba

                _tagger = rjieba.Jieba()
    return _tagger


Token = tuple[int, int, str, str]  # start, end, word, tag


def tokens(text: str) -> list[Token]:
    """The words of `text` and their part-of-speech tags (jieba's dictionary, PKU tag names), with
    their character offsets."""
    out: list[Token] = []
    pos = 0
    for word, flag in _load_tagger().tag(text):
        end = pos + len(word)
        out.append((pos, end, word, flag))
        pos = end
    return out


def surname_length(text: str, start: int, rare: bool = False) -> int:
    """1 or 2 when `text` has a surname at `start` (compound first), else 0; `rare`: the rarer
    surnames of the 《百家姓》 count too."""
    if text[start : start + 2] in COMPOUND_SURNAMES:
        return 2
    first = text[start : start + 1]
    return 1 if first in SURNAMES or (rare and first in RARE_SURNAMES) else 0


def _plausible(name: str, rare: bool = False) -> bool:
    """Whether a candidate looks like a full name: a surname, one or two given characters, CJK only,
    not already anonymised (张某, 李某某), not an ordinary word, not ending like a place or a business;
    `rare`: a rarer surname of the 《百家姓》 counts too."""
    if not 2 <= len(name) <= 4 or not _CJK_RUN.fullmatch(name):
        return False
    s = surname_length(name, 0, rare)
    given = name[s:]
    if not s or not 1 <= len(given) <= 2 or name in NOT_NAMES or given in _TITLE_GIVEN or name in KIN_WORDS:
        return False
    if name in BRAND_NAMES or _FOOD_IN_GIVEN.intersection(given):
        return False
    if "某" in given or given[0] in _NOT_IN_NAME or given[-1] in _NOT_IN_NAME:
        return False
    if given[0] in "记氏":
        return False  # 袁记云饺, 陈记顺和: a shop's brand (袁记, 陈记), no one's given name (adversarial round 5)
    if len(given) == 2 and given[0] == "家" and given[1] in _VILLAGE_ENDINGS:
        return False  # 孙家营, 李家桥, 何家崖: a village written without 村 (adversarial round 5)
    if s == 2 and name[:2] in _WORD_COMPOUND_SURNAMES and len(given) == 2 and not GIVEN_NAME_CHARS.intersection(given) \
            and _in_dictionary(given) and not _name_word(given):
        return False  # 员工东门值班, 雇佣南门保安: a gate and a job, no 东门 or 南门 named so (h20n)
    if _landmark(name) or any(name[k:k + 2] in _SIDE_WORDS for k in range(len(name) - 1)):
        return False  # (由对方帮忙, 向对方发送: a side of a dispute, no name — round 9)
    return name[-1] not in _NOT_LAST


# The last characters of a landmark's or a scenic place's name (王府井, 黄鹤楼, 滕王阁, 白马寺, 秦皇岛, 张家界): a candidate
# of three characters or more that jieba's dictionary holds whole and that ends so is the place, which its tagger calls
# a name (`nr`) as it calls every surname-led word it knows (adversarial round 9: 当事人在王府井购进服装 became 王**; the
# eighth pass left 甘州区王府井（个体） read as its operator's name). Names of people the dictionary holds end otherwise
# (王建华, 刘春山, 赵本山: 山 is no landmark's ending here, it ends given names too).
_LANDMARK_ENDINGS = frozenset("井楼阁塔寺庙岛界宫殿洞峡滩")


def _name_word(word: str) -> bool:
    """Whether the tagger reads `word` as one word it calls a person's name (一诺, 子涵)."""
    toks = tokens(word)
    return len(toks) == 1 and flag_of(toks[0]) in ("nr", "nrfg", "nrt")


def _landmark(name: str) -> bool:
    """Whether `name` is a landmark's or a scenic place's name the dictionary knows (`_LANDMARK_ENDINGS`)."""
    return len(name) >= 3 and name[-1] in _LANDMARK_ENDINGS and _in_dictionary(name)


def _strip_title(word: str) -> str:
    if not word.endswith(TITLES):
        return word
    for title in TITLES:
        if word.endswith(title):
            return word[: -len(title)]
    return word


def _runs_into_public_name(text: str, toks: Sequence[Token], end: int) -> bool:
    """Whether the words after a candidate ending at `end` make it part of an organisation's or a
    place's name: only noun-like words up to an organisation or place suffix."""
    if end >= len(text):
        return False
    if text.startswith(_WORDS_OPENING_WITH_PLACE_SUFFIX, end):
        return False  # 经与张建华沟通, 王明路过: 沟 and 路 open a verb here, not a place
    if text.startswith(PLACE_SUFFIXES, end) or text.startswith(("记", "氏"), end):
        return True  # 王府井大街, 张家村, 李记面馆: the place or the business wins
    if text.startswith("家", end) and not text.startswith(("家属", "家人", "家中", "家里", "家庭", "家的", "家孩子"), end):
        return True  # 王家庄, 马家牛肉面馆; but 陈卫东家属 is a person and family
    index = _token_index(toks, end)
    if toks[index][0] < end and text[end] in _BREAK:
        return False  # the tagger glued a function word to the name (郑丽娟系…)
    for k in range(index, min(index + 5, len(toks))):
        start, _, word, flag = toks[k]
        if start < end:
            continue
        if start == end and word in _ORG_WORDS:
            return True  # 吉克隆超市 (round 11, h10p's left case): the tagger reads 超市 as a verb there; the word wins
        if flag not in _NOUNISH or not _CJK.match(word[0]):
            return False
        if start == end and flag == "vn":
            return False  # 王建国经营烧烤店: a verb right after the name ends it
        if word in _VERB_AND_PLACE:
            return False  # 王建军看店: a verb and its place, not a shop's name
        if word.endswith(ORG_SUFFIXES) and flag != "m":  # (白晓燕一行5人: 一行 is a number of people, no 商行)
            return True
        if any(w in word[:-1] for w in _LONG_ORG_WORDS):
            return True  # 甘肃李建国律师事务所律师到场 (h21o's O2): the tagger glued the organisation's word to the next one
    return False


# The organisation words of three characters and more, which no person's word holds (事务所, 工作室, 有限公司).
_LONG_ORG_WORDS = tuple(w for w in ORG_SUFFIXES if len(w) >= 3)


def _token_index(toks: Sequence[Token], pos: int) -> int:
    """Index of the token that contains character `pos` (binary search)."""
    lo, hi = 0, len(toks) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if toks[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _extend(text: str, toks: Sequence[Token], start: int, end: int) -> int:
    """A name with a one-character given name that the tagger cut before its last character (沈思|远的, 田芃|芃在,
    马子|涵律师) ends one character later: when that character is a word of its own and not a
    function word, or is followed by a title."""
    if end - start != surname_length(text, start) + 1 or end >= len(text):
        return end  # only a one-character given name may be cut short (欧阳明|辉称)
    if _rare_given_goes_on(text, toks, end):
        return end + 1
    if not _CJK.match(text[end]) or text[end] in _BREAK or text[end] in _NOT_LAST:
        return end  # 阴凉|区: a place or a business suffix never ends a name
    i = _token_index(toks, end)
    tstart, tend, _, flag = toks[i]
    if tstart != end or text.startswith(TITLES, end):
        return end
    if tend == end + 1 and (flag not in _FUNCTION_TAGS or text.startswith(TITLES, tend)):
        return end + 1
    if tend >= end + 2 and text[end + 1] in _NOT_IN_NAME and not _in_dictionary(text[end:tend]):
        return end + 1  # 于梓|轩未取得: the tagger glued the last given character to the next word (not 华为|存在)
    if end - start == 3 and tend == end + 1 and text[end] in GIVEN_NAME_CHARS and _verb_follows(toks, i + 1):
        return end + 1  # 雇佣西门子|涵|搬运 (h20o's L2): a compound surname's word (西门子) and a given character, then a verb
    if tend == end + 2 and text[end + 1] in "诉称说讲" and text[end] in GIVEN_NAME_CHARS and text[end] != "胜":
        return end + 1  # 原告祁建|民诉|被告: a given character glued to a verb of saying (adversarial round 8; not 上诉, 投诉)
    return end


def _verb_follows(toks: Sequence[Token], i: int) -> bool:
    """Whether the word at `i` is a verb of two characters or more (搬运, 负责), or the text ends there."""
    return i >= len(toks) or (flag_of(toks[i]) in ("v", "vn", "vd") and toks[i][1] - toks[i][0] >= 2)


# Adverbs of "all, also" that a negation or an adverb of time follows (均未到场, 皆不知情, 亦已签收): after a name they end it.
_ALL_ADVERBS = frozenset("均皆亦俱")
_NEGATIONS = frozenset("未不没无非已曾仍被")


def _rare_given_goes_on(text: str, toks: Sequence[Token], end: int) -> bool:
    """Whether a name ending at `end` after a rare given character the tagger cannot read (tagged x) goes on by one character
    that the tagger reads as a preposition, a verb or an adverb, then a boundary (童工張瑱|順（男…, 丈夫刘瑱|续|都是, 人余|瓈|均|
    作出: round 10, h11p — 惠仲社管監罰決字〔2025〕第14號's 童工張*順 written in full)."""
    if end + 1 > len(text):
        return False
    last = toks[_token_index(toks, end - 1)]
    if text[end] in _ALL_ADVERBS and text[end + 1:end + 2] in _NEGATIONS:
        return False  # 当事人余瓈|均未到场 (round 11, h10p's left case): 均 then a negation is "all … not", the name ends
    return (flag_of(last) == "x" and last[1] == end and _CJK.match(text[end]) is not None and text[end] not in _NOT_LAST
            and text[end] not in _NOT_IN_NAME and toks[_token_index(toks, end)][1] == end + 1
            and (end + 1 == len(text) or text[end + 1] in _BREAK or _CUE.match(text, end + 1) is not None))


# Where a place's name ends (a county, a river, a hill, a village): a word of the dictionary so ended is a place.
_PLACE_LAST = _NOT_LAST | _VILLAGE_ENDINGS | _LANDMARK_ENDINGS | frozenset("省市县区镇乡村州路街巷山江河湖海北南东西岭峰关")


def _place_read_name(word: str, flag: str) -> bool:
    """Whether a word jieba's dictionary calls a place (`ns`) is a person's name after a role word: a common surname and
    two given characters, the last no place's ending (马建国, 高建国, 郑卫国, 张安国, 黄兴国: 安国, 兴国 and 建国 are
    places, so the whole name is tagged one — adversarial round 9 found 9 of 962 common names after 经营者： published
    whole)."""
    return (flag == "ns" and len(word) == 3 and word[0] in SURNAMES and word[1] != "家" and word[-1] not in _PLACE_LAST
            and _CJK_RUN.fullmatch(word) is not None)


# (round 14, h17p) A surname and a word people are called by (刘哥, 王姐, 李总, 张工, 赵叔, 孙姨), or 小/老 and a surname (小刘,
# 老王), closed by a quote: how colleagues address a person, which privacy.md's mask leaves as it leaves 孙先生 — no given
# character of the name is in it. 阿强 (阿 and a given character) is a name's part and stays masked.
_ADDRESS_IN_QUOTES = re.compile(f"(?:[{re.escape(_SURNAME_CHARS)}][哥姐总工叔姨嫂婶爷伯]|[小老][{re.escape(_SURNAME_CHARS)}])[”」’\"']")


def common_word_at(text: str, start: int) -> bool:
    """Whether the characters at `start` (right after a role word) begin an ordinary word rather than a
    name: 当事人申辩称, 当事人应当自, 当事人车间内, 当事人公司所属, 当事人乔装成, 当事人曾因, 当事人陈述.

    After 当事人 comes the party itself far more often than a third person, and the standard sentences of
    every decision (the 2021 格式范本, tests/corpus/boilerplate.jsonl) put a word there whose first
    character happens to be a surname (申, 应, 车, 公, 乔, 曾, 陈). Measured rule (bench/bench_names.py, the
    labelled sets keep their recall): the word the tagger reads there, or the two characters there, is a
    dictionary word it does not call a name (or one of NOT_NAMES), or a one-character function word (曾,
    adverb) followed by another (因, preposition)."""
    window = text[start : start + 8]
    if _ADDRESS_IN_QUOTES.match(window) and start > 0 and text[start - 1] in _QUOTES:
        return True  # 员工“刘哥”刘建华 (round 14): a surname and a word of address in quotes, a form like 孙先生, no name
    if window[:1] in _FOR_WITH and not surname_length(window, 0, rare=True) and surname_length(window, 1, rare=True):
        return True  # 当事人同华强电子城签订 (round 14): with (同, 跟, 代 …) and what follows it, no name at 同; a name after it
        # is read by the recogniser (当事人同刘建华签订合同)
    if window[:2] in COMPOUND_SURNAMES or not surname_length(window, 0, rare=True):
        return False  # 欧阳, 上官: words of the dictionary, and surnames; 买买提·艾力: no surname, the rules decide
    toks = tokens(window)
    if not toks:
        return False
    _, tend, word, flag = toks[0]
    if word in NOT_NAMES:
        return True
    if _place_read_name(word, flag):
        return False  # 经营者：马建国 (adversarial round 9)
    if len(word) >= 2 and flag not in _NAME_TAGS and _in_dictionary(word):
        return True  # 申辩, 应当, 车间, 公司, 单位, 门店, 包装
    two = window[:2]
    if len(word) >= 3 and _in_dictionary(two) and flag_of(tokens(two)[0]) not in _NAME_TAGS | {"nrt"}:
        return True  # 乔装|成 read as one name: 乔装 is a word
    if tend == 1 and flag in _FUNCTION_TAGS | {"d"} and len(toks) > 1 and len(toks[1][2]) == 1 and (
            toks[1][3] in _FUNCTION_TAGS | {"d"}):
        return True  # 曾|因: an adverb then a preposition, no name
    return False


# Names listed before 系列/品牌/商标 …: brands (当事人购进杨国福、张亮系列底料; adversarial round 5, overscrub-brands).
_BRAND_LIST = re.compile(f"(?:[、和与及/][{_HAN}]{{2,5}}?){{0,4}}(?:系列(?![入为举])|品牌|牌子|商标|旗舰店|专卖店|加盟店|同款)")
# Tags of the word after a brand (谢馥春|香粉, 杨国福|麻辣烫, 马应龙|痔疮膏, 曹操|出行加盟店).
_PRODUCT_TAGS = frozenset({"n", "nz", "z", "nt"})
_KIN = frozenset(ROLE_WORDS) | frozenset("家属 家人 一家 全家 夫妇 夫妻 本人 名下 户籍".split())


# Goods a brand is written before (拖拉机, 食用油, 白酒, 奶粉); not what a person has or carries (手机, 电动车: 员工王建华手机).
_GOODS_END = frozenset("机油酒茶粉奶米面盐糖药剂器柜箱灯烟肉蛋罐瓶袋盒桶醋酱料")
_PERSONS_THINGS = frozenset("手机 电话 座机 耳机 相机 司机 飞机 电动车 摩托车 汽车 轿车 自行车 电瓶车 饭盒 钱包 书包 背包".split())


def _brand_then_goods(text: str, toks: Sequence[Token], span: Span) -> bool:
    """Whether the three characters after a role word are one word of the dictionary (a brand it tags as a name:
    东方红, 金龙鱼) written right before goods of two or more characters (拖拉机, 食用油): the brand's, no person's."""
    start, end = span
    k = _token_index(toks, start)
    if end - start != 3 or k >= len(toks) or toks[k][0] != start or toks[k][1] != end or not _in_dictionary(toks[k][2]):
        return False
    if end >= len(text) or k + 1 >= len(toks) or toks[k + 1][0] != end:
        return False
    word, flag = toks[k + 1][2], flag_of(toks[k + 1])
    return len(word) >= 2 and flag in _PRODUCT_TAGS and word[-1] in _GOODS_END and word not in _PERSONS_THINGS


def _brand_before_product(text: str, toks: Sequence[Token], end: int) -> bool:
    """Whether a name the recogniser alone found (no role word, no title, no cue verb) is glued to a noun of
    two or more characters: a brand before its product (谢馥春香粉, 钟薛高雪糕, 贾国龙功夫菜, 杨国福麻辣烫),
    not a person, who is followed by a verb, a function word, punctuation, a title or a kinship word
    (贾国龙妻子 is still a person's)."""
    if end >= len(text):
        return False
    k = _token_index(toks, end)
    tstart, _, word, flag = toks[k]
    if tstart != end or len(word) < 2 or flag not in _PRODUCT_TAGS or not _CJK.match(word[0]):
        return False
    return not (word in _KIN or word.startswith(TITLES) or _ROLE_AT.match(text, end))


def _name_at(text: str, toks: Sequence[Token], start: int) -> Span | None:
    """The name that starts at `start` after a role word, if one does: its length from the tagger's
    words where they agree, else from the surname and the characters that may follow it."""
    s = surname_length(text, start)
    if not s or text[start + s : start + s + 1] in ("某", ""):
        return None
    if common_word_at(text, start):
        return None
    i = _token_index(toks, start)
    tstart, tend, word, flag = toks[i]
    if tstart == start:
        bare = _strip_title(word)
        if len(bare) == s + 2 and bare[-1] in _PREPOSITIONS | _NOT_IN_NAME and i + 1 < len(toks):
            if toks[i + 1][3] in _NOUNISH:
                bare = bare[:-1]  # 母亲龙俊向山丹县…: the tagger glued a preposition to the name
        if bare != word and len(bare) <= s:
            return None  # 投诉人陈女士: a surname and a title name nobody
        if flag in ("ns", "nt") and len(bare) > s + 2:
            return None  # 当事人张掖华强…: a place or an organisation, not a person
        if len(bare) > s and flag not in _NAME_TAGS and _load_tagger().has_word(bare) and not _place_read_name(bare, flag):
            return None  # 当事人成品库: an ordinary word of the dictionary
        if flag not in _NAME_TAGS and bare[0] in _FUNCTION_SURNAMES:
            return None  # 当事人应…, 当事人于…: a verb or a preposition, not a surname
        if s < len(bare) <= s + 2 and _plausible(bare):
            return (start, _extend(text, toks, start, start + len(bare)))
        if len(bare) == s and i + 1 < len(toks):
            nxt = _strip_title(toks[i + 1][2])
            if 1 <= len(nxt) <= 2 and _plausible(bare + nxt):
                return (start, _extend(text, toks, start, start + s + len(nxt)))
    elif text[start] in _FUNCTION_SURNAMES or _in_dictionary(word):
        return None  # 联系方式: the role word is part of a dictionary word that runs on
    # Fallback on characters: the surname, one given character, a second one unless it breaks; the
    # name must then end at a boundary (a function word, punctuation, a title, the end).
    end = start + s + 1
    if end < len(text) and _CJK.match(text[end]) and text[end] not in _BREAK and not text.startswith(TITLES, end):
        end += 1
    elif end < len(text) and _rare_given_goes_on(text, toks, end):
        return (start, end + 1) if _plausible(text[start:end + 1]) else None  # (实际控制人余瓈均作出: round 10)
    if end < len(text) and _CJK.match(text[end]) and text[end] not in _BREAK and not text.startswith(TITLES, end) \
            and not (s == 2 and toks[_token_index(toks, end)][0] == end and _verb_follows(toks, _token_index(toks, end))):
        return None  # (雇佣夹谷子涵搬运: a compound surname the tagger cut as 夹|谷子, two given characters, then a verb)
    name = text[start:end]
    return (start, end) if _plausible(name) else None


# The commonest Japanese surnames (two characters, as written in Chinese): after a role word a name of four
# (外籍员工田中太郎负责收银: adversarial round 5, names-foreign-and-minority).
JAPANESE_SURNAMES = frozenset(
    "田中 山田 佐藤 铃木 高桥 渡边 伊藤 山本 中村 小林 加藤 吉田 山口 松本 井上 木村 清水 山崎 池田 桥本 阿部 石川 山下 "
    "中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井 冈本 藤原 中野 三浦 原田 "
    "松田 竹内 小野 田村 中山 和田 森田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 "
    "河野 藤本 村田 武田 上野 杉山 增田 小山 大塚 平野 菅原 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井".split())


def _japanese_name_at(text: str, start: int) -> Span | None:
    """After a role word, a Japanese surname and one or two given characters (田中太郎, 铃木一郎), ending where a
    function word, punctuation or a cue verb starts."""
    if text[start:start + 2] not in JAPANESE_SURNAMES:
        return None
    end = start + 2
    while end < len(text) and end - start < 4 and _CJK.match(text[end]) and text[end] not in _NOT_IN_NAME \
            and text[end] not in _NOT_LAST and not _CUE.match(text, end):
        end += 1
    if end == start + 2 or text.startswith(PLACE_SUFFIXES + ORG_SUFFIXES, end) or _in_dictionary(text[start:end]):
        return None  # 消费者中山路店: a road, a shop
    return (start, end)


# Family names of the Yi (彝族) of 凉山 and its neighbours, as written in Chinese (round 10, h9p's left case 经查，当事人雇用阿西木呷
# 从事销售): a Yi name is the family's name and the person's own, four characters mostly (阿西木呷, 吉克阿依, 沙马拉毅, 曲比阿果),
# with no Han surname, so the rules that start at a surname never read it. Sources: yizuren.com《彝族姓氏及其文化概述》and
# its 凉山彝族家支 paper (m.yizuren.com/yistudy/yxyjjx/35590.html); 沙马 and 曲比 (《彝族千家姓》 as quoted at
# live2.baidu.com/p/7172402731); 曲木, 曲比, 吉子 (tjls.net/lvyou/202301/28/15221.html); 阿木, 吉克, 曲比 (《中國各地姓氏變遷》,
# 四川省—彝族). Read only after a word for a person, after a verb of hiring, or opening a finding before a cue verb.
YI_FAMILY_NAMES = frozenset(
    "阿苏 阿西 阿木 阿牛 阿尔 阿约 阿克 阿鲁 阿的 吉克 吉木 吉伍 吉子 吉史 吉尔 曲比 曲木 曲莫 沙马 海来 马海 俄木 俄狄 勒格 "
    "日色 日史 木乃 尔古 瓦扎 果基 罗洪 苏呷 巴莫 倮伍 莫色 阿吉 比曲 加拉 井曲".split())
_YI_END = ("从事", "担任", "为其", "做", "在店", "在该店")


def _yi_name_at(text: str, start: int) -> Span | None:
    """A Yi name at `start` (`YI_FAMILY_NAMES`, then one to three given characters), ending where a cue verb, a title, a
    clause break or the job a person was hired for starts; two given characters tried first (阿西木呷从事, 吉克阿依负责)."""
    if text[start:start + 2] not in YI_FAMILY_NAMES:
        return None
    for given in (2, 1, 3):
        end = start + 2 + given
        name = text[start:end]
        if end > len(text) or not _CJK_RUN.fullmatch(name) or any(c in _BREAK or c in _NOT_IN_NAME for c in name[2:]):
            continue
        if end == len(text) or text[end] in _BREAK or _CUE.match(text, end) or text.startswith(TITLES + _YI_END, end):
            return None if _ordinary_word(name) or name[-1] in _NOT_LAST else (start, end)
    return None


def _spaced_dot_name_at(text: str, start: int) -> Span | None:
    """After a role word, a transliterated name (`detect.UYGHUR_NAME_PARTS`: 买买提, 阿依古丽, 扎西) with its middle dot typed
    between spaces (经营者买买提 · 艾力未亮照经营, 员工扎西 · 顿珠在…: round 10, h11p), both parts whole: the second ends where a
    verb, a function word or anything but a Han character starts."""
    first = _transliterated_part().match(text, start)
    if first is None:
        return None
    end = first.end()
    while end < len(text) and end - start < 6 and _CJK.match(text[end]) and not _verb_opens(text, end):
        end += 1
    spaced = _SPACED_DOT.match(text, end)
    if spaced is None or " " not in spaced.group() and "\u3000" not in spaced.group() and "\u00a0" not in spaced.group():
        return None
    at = second = spaced.end()
    while at < len(text) and at - second < 6 and _CJK.match(text[at]) \
            and not (at > second + 1 and (_verb_opens(text, at) or text[at] in "的等和与及在未将")):
        at += 1
    if at - second < 2:
        return None
    if _PLACE_OR_ORG_IN.search(text, second, at):
        # 员工扎西 · 张掖市场 (round 11, h11p's left case): a place or an organisation after the dot is no second part; the
        # name is the first part alone, when it is one whole (扎西, not 扎西顿 cut from a longer word)
        return (start, end) if end == first.end() or _transliterated_part().fullmatch(text, start, end) else None
    return (start, at)


# Frames around an owner, a lender, an agent or a partner (the attack's probe adv6-tools/p_ctx.py, 30 contexts).
_FRAME_NAME = f"(?P<n>[{_HAN}]{{2,4}}?)"
_FRAMES = tuple(re.compile(frame) for frame in (
    f"(?:在|于){_FRAME_NAME}名下",
    f"(?:为|归){_FRAME_NAME}(?:个人)?所有",
    f"由{_FRAME_NAME}(?:代签|代收|代为|代缴|承包|出资|担保|微信收取|支付宝收取|收取|收款|保管|经手)",  # (货款由X微信收取: round 13)
    f"(?:转让给|转卖给|过户给|租用|借用|使用|冒用|通过|向|从){_FRAME_NAME}(?:的(?:房屋|银行卡|账户|名义|身份证|营业执照|车辆|店铺|微信|支付宝)"
    "|借款|借钱|借用|处|名下)",
    f"(?:^|(?<=[，。；：,;:！？\n])){_FRAME_NAME}(?:本人|冒用|出资|代为|代签|与当事人|持有|作为股东|作为|为实际|承包)",
    # (adversarial round 8, people-health-education-labour: 现场检查发现杜某正在给…针灸 — a 卫健 case of 无证行医)
    f"(?:发现|看到|看见|撞见){_FRAME_NAME}(?:正在|正|在给|在为|在店内|在现场)",
    # (people-court-repair-lists: 对祁建华信用修复有异议的; 准予祁建华信用修复)
    f"(?:对|同意|准予|予以|不予){_FRAME_NAME}(?:的)?(?:信用修复|修复申请|移出)",
    # (round 10, h11p: 给祁建华开具处方 — a prescription written for a patient, a 卫健 case of 非法行医)
    f"(?:给|为|替|帮){_FRAME_NAME}(?:开具|开处方|开药|注射|输液|打针|接种|推拿|诊治|诊疗|治疗)(?![液剂器])",
    # (聘用未取得执业资格的祁建华从事诊疗活动: a 卫健 decision)
    f"(?:聘用|聘请|雇佣|雇用|招用|招聘|使用|安排)了?[^，。；]{{0,12}}的{_FRAME_NAME}(?:从事|负责|担任|在)",  # (聘请了…的X: round 13)
    # (people-penalty-content: a 处罚内容 naming the person fined beside the unit — 对直接负责的主管人员X罚款, 责令X改正,
    # 没收X违法所得, 向X送达, 已由X电话回复; the 2021 格式范本's 处罚内容 and 安全生产法 第九十四条's 对主要负责人处…罚款)
    f"(?:^|(?<=[，。；：,;:\n]))(?:对|责令|没收|向|已由|由){_FRAME_NAME}(?:罚款|处以|处上一年|处|给予警告|警告|改正|限期|停止|"
    "违法所得|的违法所得|非法财物|送达|签收|电话|回复|退还|赔偿)",
    f"(?:主要负责人|直接负责的主管人员|其他直接责任人员|直接责任人员|主管人员){_FRAME_NAME}(?:罚款|处以|处上一年|处)",
    f"(?:^|(?<=[，。；：,;:\n])){_FRAME_NAME}已(?:签收|签字|收到|领取|缴纳|履行)",
    # adversarial round 9 (people-accidents-stalls-identity): the victim of an accident (事故造成祁建华死亡, 致祁建华当场
    # 死亡: 应急管理 decisions, luzhai.gov.cn 鹿应急罚〔2024〕19号), the stall of a market trader a sample was taken at
    # (在祁建华的摊位抽取, 东街市场祁建华摊位: 食品抽检), the person whose identity a false registration used (冒用祁建华
    # 身份信息, 以祁建华的名义: 撤销登记 decisions)
    f"(?:造成|致使|导致|致|事故中|(?:^|(?<=[，。；：,;:\n])))"
    f"{_FRAME_NAME}(?:当场|经抢救无效|抢救无效|不幸|被)?(?:死亡|身亡|受伤|重伤|轻伤|遇难|溺亡|坠亡|"
    "烧伤|烫伤|中毒|骨折|摔伤|碰伤|触电|窒息|昏迷|砸伤|压伤|割伤|咬伤)",
    # (当事人将货款转入祁建华个人账户: whose account money went to)
    f"(?:转入|转至|转到|汇入|汇至|打入|打到|存入|付至|支付至|转账至|转账到){_FRAME_NAME}的?(?:个人)?(?:银行)?"
    "(?:账户|账号|银行卡|卡内|卡上|微信|支付宝)",
    f"(?:(?<=市场)|(?<=集市)|(?<=夜市)|(?<=早市)|(?<=商场)|(?<=[在于到从向与，。；：,;:\n]))"
    f"{_FRAME_NAME}的?(?:摊位|摊点|档口|菜摊|肉摊|果摊|水果摊|蔬菜摊|货摊|售货摊|流动摊)",
    f"(?:冒用|盗用|借用|使用|利用|以|用){_FRAME_NAME}的?(?:身份信息|身份证件|身份证明|身份证|个人信息|名义)",
    # (adversarial round 9, probe5: a person as the object of what was done to them — 当事人殴打张伟。, 辞退刘洋，, 拖欠王建军
    # 工资, 收取李秀英押金 — at a clause's end or before the money owed)
    f"(?:殴打|打伤|辞退|解雇|开除|辱骂|威胁|推搡|欺骗|诱骗|胁迫|拖欠|欠|收取|退还|赔偿|告知|约谈|答复|雇用|雇佣|招用|聘用){_FRAME_NAME}"
    "(?=[，。；、,;\n]|$|的?(?:工资|押金|货款|定金|预付款|会员费|费用|报酬|劳务费|医药费|误工费|借款|欠款))",
    # (adversarial round 9, probe8: the decisions of licences, checks and measures — 准予X从事, 因X身份被冒用, 对X无证行医行为
    # 进行查处, 扣押X所有的车辆, 将X列入严重失信主体名单, 吊销X的从业资格证; a person described bare, X：男，45岁)
    f"(?:准予|同意|批准|允许){_FRAME_NAME}(?:从事|开展|经营|办理|设立|在)",
    f"(?:(?<=[因系，。；：,;:\n])|^(?![因系])){_FRAME_NAME}的?身份(?:信息|证件|证)?(?:被|遭)(?:冒用|盗用|他人冒用|他人盗用)",
    f"对{_FRAME_NAME}(?:无证|未经|擅自|涉嫌|违法|非法|销售|经营|的违法|的无证)",
    f"(?:扣押|查封|冻结|扣留|暂扣){_FRAME_NAME}(?:个人)?(?:所有|名下|持有|的)",
    f"将{_FRAME_NAME}(?:列入|纳入|移出|移除|认定为|列为)",
    f"(?:吊销|注销|撤销|暂扣|收回|扣留){_FRAME_NAME}的(?:从业资格|执业|驾驶证|营业执照|许可证|资格证|证书|身份证|执照|许可)",
    f"(?:^|(?<=[，。；：,;:\n])){_FRAME_NAME}[：:，,、]\\s*[男女](?=[，,、；;。）)\\s]|$)",
    # (监控显示祁建华于当日进入店内, 执法人员看到祁建华在店内吸烟: what a record or a witness shows a person doing)
    f"(?:显示|看到|看见|发现|证实|查明|核实|得知|获悉|目睹){_FRAME_NAME}(?:于|在|曾|已|未|从|向|与|持|携带|驾驶|进入|离开|"
    "购买|销售|使用|将|把)",
    # (an outsider's thirteenth-session pass, cueless_names: 交司马思远保管, 受司马锦程指使, 送达司马天佑。 — goods handed to a
    # person, a person behind the act, a paper served on a person)
    f"交(?:由|给)?{_FRAME_NAME}(?:保管|看管|签收|处理|负责)",
    f"受{_FRAME_NAME}(?:指使|委托|雇佣|雇用|指派|安排|唆使|胁迫)",
    f"(?:送达|交付|寄送|邮寄给|转交){_FRAME_NAME}(?=[，。；,;\n]|$|本人)",
    f"向{_FRAME_NAME}(?:送达|宣告|告知|询问|了解)",  # (本局向冯光明送达了责令改正通知书)
    f"(?:通报|告知|函告|抄送){_FRAME_NAME}所在(?:单位|村|社区|学校|公司)",  # (其他-通报欧阳国庆所在单位)
    f"[（(]{_FRAME_NAME}(?:代缴|代付|代交|代领|代签|跟踪|负责|经办)[）)]",  # (罚款（欧阳志明代缴）)
))
# (round 11, h12p) The object of a sale, an errand or a summons (当事人向王芳销售过期食品, 当事人让刘洋从事销售, 请X于3日内到我局
# 接受调查: the 询问通知书 and 责令改正通知书 wording), and a name signed on a paper (落款为X, 署名为X): a brand or a word can
# stand there too (向金龙鱼销售, 向东方红销售: the dictionary's entries, which it tags nr), so a word of the dictionary counts
# only if the dictionary calls it a name and it has two characters or a given name of given-name characters (李娜, 王建国).
_OBJECT_FRAMES = tuple(re.compile(frame) for frame in (
    f"(?:向|给){_FRAME_NAME}(?:销售|出售|售卖|推销|兜售|赊销|收取|索要|索取|借款|借钱|发放|支付|转账|出具|交付)",
    f"(?:让|叫|安排|指派|派遣|指使|授意|请|通知|传唤|召集){_FRAME_NAME}(?:从事|负责|在店|到店|到场|于[0-9一二三四五六七八九十两]|"
    "去|来|前来|到我|到本|配合|协助|送货|代为|帮忙|接受)",
    f"(?:签有|署名为|署有|落款为|落款人|签名为|签字人为){_FRAME_NAME}(?=字样|的签名|签名|的名字|[，。；、,;）)\\s]|$)",
    # a name signed on its line (刘洋（签字）, X（签名）2026年3月1日: the signature lines of 信用承诺书 and 询问笔录, 承诺人（签字）：X
    # turned round), and a notice addressed to a person (X：\n你于2026年…: the 行政处罚告知书 and 责令改正通知书 of 市场监管总局
    # 《市场监督管理行政处罚文书格式范本》(2021), which open with the party's name and a colon, then 你 for a natural person)
    f"(?:^|(?<=[\\s，。；：,;:])){_FRAME_NAME}[（(](?:签字|签名|签章|盖章|手印|捺印|指印|按手印)[）)]",
    f"(?:^|(?<=\\n)){_FRAME_NAME}[：:]\\s*(?=你|您)",
    # the items of a wage-arrears list (拖欠刘洋工资3000元、王芳工资4500元; 其中刘洋3000元: 人社 欠薪 notices list each worker with
    # the sum owed)
    f"(?:^|(?<=[、，,；;：:])){_FRAME_NAME}(?=的?工资[0-9一二三四五六七八九十])",
    f"其中{_FRAME_NAME}(?=\\s*[0-9]+(?:\\.[0-9]+)?\\s*万?元)",
    # (round 13, h15p) the go-between of a purchase (当事人通过陈志强联系购买了该批货物, 通过刘建华介绍认识供货商: the 经X介绍 of
    # decisions written with 通过; 通过美团平台, 通过微信 are no names)
    f"(?:通过|经由|经过){_FRAME_NAME}(?:联系|介绍|引荐|牵线|认识|结识|购买|购进|订购|代购|转账|付款|收款)",
    # a name opening a clause before a count of people over ten or a round one (刘洋等12名农民工被拖欠工资, 王芳等30余名学员要求
    # 退费: 等2名 … 等10人 are cue verbs)
))
# (round 13, h15p) A name written on a paper (收据上写有祁瑞峰字样, 收条上写有王建国签名: h12p left 写有X字样 unread, brands are
# written so on packaging — 外包装写有李宁字样, 印有王老吉字样). Read where the writing is on no product: three characters (or a
# compound surname and more) that make a plausible name, no brand of BRAND_NAMES and no word of the dictionary but a name of
# given-name characters; two characters only on a paper people sign (收据, 收条, 欠条, 合同 …).
_WRITTEN_FRAME = re.compile(f"(?:写有|写着|印有|标有|签有|留有|注有|记有){_FRAME_NAME}(?=字样|的签名|签名|的名字|名字|的字样)")
_ON_A_PRODUCT = re.compile("包装|标签|瓶身|瓶盖|瓶上|袋上|盒上|箱上|产品|商品|货品|招牌|门头|店招|广告|宣传|商标|吊牌|铭牌|车身|"
                           "说明书|合格证|品牌|牌匾|灯箱|横幅|海报|菜单|价签|价格牌")
_SIGNED_PAPER = re.compile("收据|收条|欠条|借条|合同|协议|单据|票据|发票|签收单|送货单|快递单|回执|笔录|承诺书|申请书|登记表|"
                           "记录本|台账|账本|名片|便条|纸条|白条")
# a name opening a clause before a count of people over ten or a round one (刘洋等12名农民工被拖欠工资, 王芳等30余名学员要求
# 退费: 等2名 … 等10人 are cue verbs). Kept apart from the object frames: a brand is no name here (经查，康佳等12名员工在店内:
# a brand's staff; round 12, h14p). Not every two-character word of the dictionary: it holds names too (李宁, 田中), so
# only the brands of BRAND_NAMES are skipped.
_COUNT_FRAME = re.compile(
    f"(?:^|(?<=[，。；：,;:\\n、])){_FRAME_NAME}(?=等(?:[1-9][0-9]{{1,2}}|[1-9][0-9]{{0,2}}余|[两二三四五六七八九十百]{{1,3}}余)[名人位户])")
# A person's name before the document it names, in an evidence list or an attachment's file name (附件：祁建淼身份证正面.jpg、
# 祁建淼营业执照.pdf; 附件名称为“王秀英的询问笔录.docx”; 证据：张伟询问笔录（2026年5月18日）: round 6, names-evidence-lists-attachments).
# Kept whatever the quotes around a file name.
_EVIDENCE = re.compile(f"(?:^|(?<=[：:、，,。；;“\"‘'《（(\\s\\d.．/_\\-]))(?:关于对?|对)?(?P<n>[{_HAN}]{{2,4}}?)的?(?:询问笔录|调查笔录|谈话笔录|笔录|"
                       "身份证(?:正面|反面|复印件|照片)?|户口本|户口簿|驾驶证|行驶证|健康证明?|营业执照|授权委托书|委托书|承诺书|"
                       "签名|签字页|照片|银行流水|转账记录|聊天记录|"
                       # adversarial round 7 (the evidence a decision lists: 《X的情况说明》, 《关于X的调查报告》, X的证言)
                       "情况说明|调查报告|证人证言|证言|证明材料|书面陈述|陈述书|收条|欠条|借条|收据|声明|申请书|保证书|检讨书"
                       # adversarial round 8 (附件：祁建华.jpg — a file named by the person alone)
                       r"|(?=\.(?:jpe?g|png|gif|bmp|pdf|docx?|xlsx?|wps|heic|mp4|amr|mp3)(?![A-Za-z])))")


def _evidence_names(text: str) -> set[Span]:
    """Names before the document they name in an evidence list or a file name (`_EVIDENCE`)."""
    if not _EVIDENCE_HINT.search(text):
        return set()
    out: set[Span] = set()
    for m in _EVIDENCE.finditer(text):
        start, end = m.span("n")
        name = text[start:end]
        if _plausible(name) and not _ordinary_word(name) and name not in BRAND_NAMES and not common_word_at(text, start):
            out.add((start, end))
    return out


_EVIDENCE_HINT = re.compile("笔录|身份证|户口|驾驶证|行驶证|健康证|营业执照|委托书|承诺书|签名|签字页|照片|流水|记录|说明|报告|证言|证明|"
                            "陈述|收条|欠条|借条|收据|声明|申请书|保证书|检讨书|\\.(?:jpe?g|png|gif|bmp|pdf|docx?|xlsx?|wps|heic|mp4|amr|mp3)")
_HIDDEN_HINT = re.compile(f"(?<=[{re.escape(_SURNAME_CHARS)}])某(?=[{_HAN}])")
_INQUIRY_BEFORE = re.compile(r"(?:经查|查明|经核实|经调查|核查|经询问|据|现场)[，,：:]?\s*$")
_LATIN_AT_CLAUSE = re.compile(r"(?:^|(?<=[，。；：,;:\n（(]))([A-Za-z\u4e00-\u9fff]{1,2}[A-Za-z]+(?:[ \u00a0·.\-][A-Za-z]+){0,2})")
_HIDDEN_LAST = re.compile(f"[{re.escape(_SURNAME_CHARS)}][{_HAN}]某(?!某)")


# (round 14, h17p) What follows a name hidden with 某 as a verb or a preposition opens (王某涛带领儿子…, 王某涛将车交由…,
# 王某涛对交通违法行为供认不讳: the 咸阳 交警 case, p2.ttnews.xyz/a/5b50780ddc9b5e1d54f8de6f), and the adverbs that are no
# given character after 某 (张某先到店, 李某又称).
_HIDDEN_NOT_GIVEN = frozenset("先又再也还就才都正便即均亦曾已仍未")


def _hidden_then_verb(text: str, at: int) -> bool:
    """Whether a preposition or a verb of two or more characters starts at `at` (after 王某涛)."""
    return text[at] in _PREPOSITIONS or text[at] in "把" or _verb_opens(text, at)


def _hidden_name_at(text: str, start: int) -> Span | None:
    """A name hidden by hand with 某 for the middle character and the last one kept (消费者张某华于…, 员工李某红
    负责: adversarial round 6, names-partly-hidden-initials-aliases): more than the site's own mask (张*), so masked as
    a name. Not 张某某, 张某 + a verb (李某负责), nor the numbered 王某一, 王某甲."""
    s = surname_length(text, start, rare=True)
    third = start + s + 1
    if s and text[start + s:third] != "某" and text[third:third + 1] == "某" and text[third + 1:third + 2] != "某":
        # (adversarial round 7) 某 for the last character, the first given one kept (员工祁永某负责进货)
        c, after = text[start + s], third + 1
        if not _CJK.match(c) or c in _BREAK or c in _NOT_IN_NAME or c in _NOT_LAST or c in "一二三四五六七八九十甲乙丙丁戊总":
            return None
        if after < len(text) and _CJK.match(text[after]) and text[after] not in _BREAK and not _CUE.match(text, after) \
                and not _verb_opens(text, after):
            return None
        return (start, after)
    if not s or text[start + s:third] != "某" or third >= len(text):
        return None
    c = text[third]
    if not _CJK.match(c) or c in _BREAK or c in _NOT_IN_NAME or c in _NOT_LAST or c in "某一二三四五六七八九十甲乙丙丁戊" \
            or c in _HIDDEN_NOT_GIVEN:
        return None
    after = third + 1
    if after < len(text) and _CJK.match(text[after]) and text[after] not in _BREAK and not _CUE.match(text, after) \
            and not text.startswith(TITLES, after) and not _hidden_then_verb(text, after):
        return None
    if after < len(text) and _in_dictionary(text[third:after + 1]) and not _CUE.match(text, after):
        return None  # 李某负|责 is caught above; 王某华为 (华为): a word after 某
    return (start, after)


def _mixed_name_at(text: str, start: int) -> Span | None:
    """After a role word, a name mixing Han characters and pinyin, as a clerk types a character the IME lacks
    (员工祁jian国, 消费者qi建国, 消费者Q建民, 消费者祁建guo: adversarial round 6, names-han-pinyin-mixed, added to the
    report after 21:20): a surname (Han, its pinyin or a capital initial), then one or two given parts, each a Han
    character or one pinyin syllable, both kinds present, ending where a function word, a cue verb or no letter follows.
    Not a code and a word (X光机, Q币, A类商品: the words of the dictionary)."""
    if _LATIN_IN.search(text, start, start + 3) is None:
        return None
    units: list[Span] = []
    pos = start
    while pos < len(text) and len(units) < 3:
        if _CJK.match(text[pos]):
            units.append((pos, pos + 1))
            pos += 1
            continue
        word = _LATIN_IN.match(text, pos)
        if word is None:
            break
        w = word.group(0)
        if not ((len(w) == 1 and w.isupper() and not units) or _syllable_count(w) == 1):
            break
        units.append(word.span())
        pos = word.end()
    for n in (3, 2):
        if len(units) < n:
            continue
        end = units[n - 1][1]
        parts = [text[a:b] for a, b in units[:n]]
        if not any(_CJK.match(p) for p in parts) or all(_CJK.match(p) for p in parts):
            continue
        head = parts[0]
        if not (surname_length(head, 0, rare=True) if _CJK.match(head) else (head.lower() in PINYIN_SURNAMES or len(head) == 1)):
            continue
        if any(_CJK.match(p) and (p in _BREAK or p in _NOT_IN_NAME) for p in parts[1:]):
            continue
        if end < len(text) and (_CJK.match(text[end]) or text[end].isascii() and text[end].isalpha()) \
                and text[end] not in _BREAK and not _CUE.match(text, end) and not text.startswith(TITLES, end):
            continue
        if _in_dictionary(text[start:end]) or _in_dictionary(text[start:units[1][1]]):
            continue  # X光机, Q币
        return (start, end)
    return None


_LATIN_IN = re.compile("[A-Za-z]+")


def _quoted_alias_at(text: str, start: int) -> Span | None:
    """After a word for a nickname or another name (绰号、外号、真名 …) and an opening quote: the quoted
    words, one to six Han characters, whatever they are (祁二麻子, 二麻子)."""
    if start == 0 or text[start - 1] not in _QUOTES:
        return None
    end = text.find(_QUOTES[text[start - 1]], start, start + 7)
    return (start, end) if end > start and _CJK_RUN.fullmatch(text[start:end]) else None


def _bounded_name_at(text: str, start: int, verb_given: bool = False) -> Span | None:
    """After a role word, a common surname and two given characters that the tagger glued to its neighbours
    (其爱人侯国|强: 侯国 is an old word for a marquisate; 当事人的爱人马惠芳: 爱|人马|惠芳), ending where a verb of a
    person or a function word starts (侯国强在…, 马惠芳负责…). Not when the first two characters are an
    ordinary word (车间内, 公司所属) or the three are one (adversarial round 5, names-kin-words-2)."""
    end = start + 3
    if end > len(text) or text[start] not in SURNAMES or text[start] in _FUNCTION_SURNAMES:
        return None
    name = text[start:end]
    if not _CJK_RUN.fullmatch(name) or any(c in _BREAK or c in _NOT_IN_NAME for c in name[1:]) or not _plausible(name):
        return None
    if end < len(text) and text[end] not in _BREAK and not _CUE.match(text, end) and not text.startswith(TITLES, end):
        return None
    if _in_dictionary(name) or (verb_for_given_name(name) and not verb_given):
        return None  # (客户主管负责: 户主 read as a role, 管|负责 is no name; but 之兄祁建新负责: 建新 is a given name)
    if end < len(text) and _in_dictionary(text[end - 1:end + 1]) \
            and flag_of(tokens(text[end - 1:end + 1])[0]) in ("v", "vn", "vd"):
        return None  # 当事人陈述申|辩称 (h22o's O5, a standard phrase of every decision): the name would end inside 申辩
    head = tokens(name[:2])[0]
    if _in_dictionary(name[:2]) and flag_of(head) not in ("ns", "nr", "nrfg", "nz"):
        return None  # 车间内, 公司所属: an ordinary word opens it
    return (start, end)


def _family_word_name_at(text: str, start: int) -> Span | None:
    """A name whose given name opens with 家 after a role word (消费者王家强反映, 员工李家明称): the
    dictionary reads 王家 as "the Wang family", so the ordinary-word rule would drop it. Only a third
    character that is no function word, place or village ending, followed by a boundary or a cue verb."""
    s = surname_length(text, start)
    third = start + s + 1
    if s != 1 or text[start + 1:start + 2] != "家" or third >= len(text):
        return None
    c = text[third]
    if not _CJK.match(c) or c in _BREAK or c in _VILLAGE_ENDINGS or c in _NOT_LAST or c in "的里人属中庭乡门族长":
        return None
    after = third + 1
    if after == len(text) or text[after] in _BREAK or _CUE.match(text, after) or text.startswith(TITLES, after):
        return (start, after)
    return None


def _punctuated_name_at(text: str, start: int) -> Span | None:
    """A Han name with a mark between its surname and given name after a role word (联系人蔺·志明,
    消费者邝/秀兰, 邝-海燕, 邝_玉梅, 邝.建.华: adversarial round 5): the middle dot separates the parts of
    minority and foreign names, so a Han surname, a mark and one or two characters read as a name."""
    s = surname_length(text, start, rare=True)
    if not s or start + s >= len(text) or text[start + s] not in _NAME_MARKS:
        return None
    end = start + s + 1
    if _UYGHUR_START.match(text, end):  # 马·阿卜杜拉 (a Hui name): the transliterated part whole (round 5)
        return (start, max(_uyghur_name_end(text, end), end + 2))
    given = 0
    while end < len(text) and given < 2:
        if text[end] in _NAME_MARKS and given == 1 and end + 1 < len(text) and _CJK.match(text[end + 1]):
            end += 1  # 邝.建.华: a mark between the given characters too
            continue
        if not _CJK.match(text[end]) or (given and text[end] in _BREAK):
            break
        end += 1
        given += 1
    return (start, end) if given else None


# Marks typed between a name's surname and given name (蔺·志明, 邝/秀兰, 邝-海燕, 邝_玉梅, 邝.建华).
_NAME_MARKS = frozenset("·•・‧∙⋅/／-－_＿.．")


def _quoted_name_at(text: str, start: int) -> Span | None:
    """The name in quotes that open right before `start` (消费者“李翀婧”): 2-5 Han characters starting
    with a surname of the 《百家姓》, or any 3-5 (a Tibetan or Uyghur name), nothing else inside."""
    if start == 0 or text[start - 1] not in _QUOTES:
        return None
    end = text.find(_QUOTES[text[start - 1]], start)
    inner = text[start:end] if end > 0 else ""
    if not 2 <= len(inner) <= 5 or not _CJK_RUN.fullmatch(inner) or "某" in inner or inner in NOT_NAMES \
            or _ADDRESS_IN_QUOTES.match(text, start):
        return None
    # The quoted words as the loose rule reads them: all of them a name (not 老王烧烤, not 张掖华强).
    span = _loose_name_at(inner, tokens(inner), 0)
    return (start, end) if span == (0, len(inner)) else None


def _loose_name_at(text: str, toks: Sequence[Token], start: int) -> Span | None:
    """After a role word for a person (消费者、员工、承租人 …): the next word as a name whatever its
    surname — a rare one (仉翀婧), a given name the strict rule refuses (王和平, 赵从军, 李建社), a name
    with no Han surname (扎西顿珠, 次仁央宗, 买买提艾力). Made of words the dictionary does not know or
    tags as names or places (not 宿舍, 现场, 应当), 2-5 characters, ending where a verb, a function
    word or punctuation starts; never a single dictionary word that is no name (张掖, 宿舍)."""
    i = _token_index(toks, start)
    if i >= len(toks) or toks[i][0] != start or text[start:start + 1] in _LOOSE_NO_START:
        return None  # the role word runs into a longer word; a preposition or a function word
    if _ROLE_AT.match(text, start):
        return None  # another role word (当事人负责人彭守仁): the name is read after that one
    if (toks[i][1] - start == surname_length(text, start, rare=True) and flag_of(toks[i]) in _NAME_TAGS
            and i + 1 < len(toks) and flag_of(toks[i + 1]) in ("n", "a", "nz") and len(toks[i + 1][2]) == 2
            and _CJK_RUN.fullmatch(toks[i + 1][2]) and toks[i + 1][2] not in NOT_NAMES
            and toks[i + 1][2] not in _TITLE_GIVEN and toks[i + 1][2][-1] not in _NOT_LAST
            and (i + 2 >= len(toks) or not _CJK_RUN.fullmatch(toks[i + 2][2]) or flag_of(toks[i + 2]) in _VERB_TAGS)):
        # A rare surname the tagger calls a name, then a given name it reads as a noun (核验人酆|国强: h19o's
        # L10_report_code_cell_name), the clause going on with a verb or a mark.
        return (start, toks[i + 1][1])
    end, j, last_tag = start, i, ""
    while j < len(toks):
        tstart, tend, word, flag = toks[j]
        if not _CJK_RUN.fullmatch(word):
            break
        if word in NOT_NAMES and (j == i or len(word) >= 3):
            return None  # 当事人后厨|冷藏柜: a word known to be no name's part (not 侯|和平: a given name)
        if j > i and flag in _NAME_TAGS and len(word) >= 3 and _plausible(word):
            return (tstart, tend)  # 消费者建国李秀英: a whole name after a word, the name is the person's
        nameish = flag in _NAMEISH or (flag == "n" and j + 1 < len(toks) and toks[j + 1][3] in ("nr", "nrfg")
                                       and j == i and len(word) >= 3)  # 买买提|艾力
        if not nameish or tend - start > 5:
            if nameish:
                return None  # runs on: a place or an organisation's name (甘州区明永镇…)
            break
        if j > i and flag == "ns" and len(word) >= 2 and word[-1] in _PLACE_END_CHARS:
            return None  # 王|张掖市|王: a place inside the words, no one's name (a hypothesis example, round 6)
        end, last_tag, j = tend, flag, j + 1
    name = text[start:end]
    if not 2 <= len(name) <= 5 or "某" in name or name in NOT_NAMES or name[-1] in _PLACE_END_CHARS:
        return None
    if j == i + 1 and flag_of(toks[i]) not in ("nr", "nrfg") and (_in_dictionary(name) or len(name) == 2):
        return None  # one word the tagger does not call a name: 张掖, 甘泉, 宿舍
    s = surname_length(name, 0, rare=True)
    if not s and len(name) < 3:
        return None
    if s and flag_of(toks[i]) in ("ns", "nt") and toks[i][1] - toks[i][0] > s:
        return None  # a surname glued into a place's or an organisation's word: 张掖|华强
    if name[s:] in _TITLE_GIVEN or (name[-1] in _NOT_LAST and last_tag not in ("nr", "nrfg")):
        return None
    return (start, end)


def flag_of(token: Token) -> str:
    """The part-of-speech tag of a token."""
    return token[3]


_PLACE_END_CHARS = frozenset("省市县区镇乡村州路街巷")
_LOOSE_NO_START = _PREPOSITIONS | _NOT_IN_NAME
_ROLE_AT = re.compile(_ROLE_WORDS_ALTERNATION)


# (round 14) For and with, glued by the tagger to the surname after them (消费者代王|珦|琋购买: 代王 is a word of its).
_FOR_WITH = frozenset("代跟同帮替")


# How the tagger tags a rarer surname standing as a word of its own before the given name (佴|浩然: x, 隗|红霞: nr), not
# as a verb, an adverb or a preposition (有|关, 能|否).
_RARE_SURNAME_ALONE_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})


def _name_before(text: str, toks: Sequence[Token], end: int) -> Span | None:
    """The name that ends at `end` (before a title, a cue verb or `、`): the longest plausible name
    that starts where a word starts, or right after a preposition glued to it (由党|欣怡)."""
    starts = {t[0] for t in toks[max(0, _token_index(toks, max(0, end - 4)) - 1) : _token_index(toks, end - 1) + 1]}
    for length in (4, 3, 2):
        start = end - length
        if start < 0:
            continue
        if text[max(0, start - 1):start + 1] in _SIDE_WORDS | _YU_WORDS:
            continue  # 对方积极协助, 由对方帮忙: 方 ends 对方 (a side), it starts no name (adversarial round 9); 对于无证经营: 于
            # ends the preposition 对于 (round 10: 对于无证经营行为 became 对于**经营行为)
        if (start in starts or text[start - 1] in _PREPOSITIONS or text[start - 1] in _FOR_WITH
                or (text[start - 1] in "系为是" and start - 1 in starts)) \
                and _plausible(text[start:end]):  # (该店系祁建军、祁秀兰夫妇经营: the tagger reads 系祁|建军)
            if length == 3 and text[end - 1] in _HIDDEN_NOT_GIVEN and start in starts:
                word = toks[_token_index(toks, start)]
                if word[:2] == (start, end - 1) and flag_of(word) in _NAME_TAGS:
                    return (start, end - 1)  # (经查，王伟已离开: the tagger's name, then an adverb — 已 is no given name)
            return (_after_preposition(text, start, end), end)
    # A rarer surname and two given characters the tagger reads as one name (濮志刚来电反映: adversarial
    # round 4), not a word of the dictionary that is no name (通知书称).
    start = end - 3
    # (h21o's L6: 由隗红霞本人签字确认 — the tagger glues the preposition to the surname, 由隗|红霞)
    if start >= 0 and (start in starts or (start and text[start - 1] in _PREPOSITIONS)) and text[start] in RARE_SURNAMES \
            and _plausible("王" + text[start + 1:end]):
        words = toks[_token_index(toks, start):_token_index(toks, end - 1) + 1]
        single = len(words) == 1  # one word: not one of the dictionary (通知书); pieces: no ordinary word
        if words[-1][1] == end and not any(len(w[2]) > 1 and _in_dictionary(w[2]) and (single or w[3] not in _NAME_TAGS)
                                           for w in words):
            return (start, end)  # (濮丽华, 濮翀|婧, 濮|璟|翊: no word of the dictionary among them)
        if len(words) == 2 and words[0][:2] == (start, start + 1) and words[0][3] in _RARE_SURNAME_ALONE_TAGS \
                and words[1][3] not in _VERB_TAGS:
            return (start, end)  # 佴|浩然亲口承认, 佴|浩博独自经营 (h21q's Q7): the surname a word of its own, a name after it
    return None


# A person's phone or identity number in brackets right after their name (由隗子涵（手机139…）代为缴纳, 向隗梓轩（139…）销售,
# 查封隗浩林（139…）存放的食品: h21q's Q12): the number marks the name before it as a person's. Mobile numbers as
# YD/T 2209 / the numbering plan gives them (1[3-9] and nine digits), a landline with its area code, an 18- or 15-digit
# identity number (GB 11643-1999), or one another rule already masked.
_BRACKETED_CONTACT = re.compile(
    r"[（(]\s*(?:(?:联系)?(?:手机|电话|方式|身份证|公民身份|证件)(?:号码|号)?[：:]?\s*)?"
    r"(?:(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}|0\d{2,3}-?\d{7,8}|\d{17}[\dXx]|\d{15}|\[已隐去\])\s*[）)]")


def _before_bracketed_contact(text: str, toks: Sequence[Token]) -> set[Span]:
    """The names right before a bracketed phone or identity number (`_BRACKETED_CONTACT`): a surname-led word of two or
    three characters where a word starts or after a preposition (`_name_before`), no business's name (张掖市康泰商贸有限公司
    （电话…）)."""
    found: set[Span] = set()
    for m in _BRACKETED_CONTACT.finditer(text):
        span = _name_before(text, toks, m.start())
        if span and not _business_word_in(text[span[0]:span[1]]) and not _ordinary_word(text[span[0]:span[1]]):
            found.add(span)
    return found


def _after_preposition(text: str, start: int, end: int) -> int:
    """Where a three-character name really starts: 由鲁强 is 由 + 鲁强 when 由 is followed by a surname."""
    if end - start == 3 and text[start] in _PREPOSITION_SURNAMES and surname_length(text, start + 1) == 1:
        return start + 1
    return start


def _in_dictionary(word: str) -> bool:
    tagger = _load_tagger()
    return bool(getattr(tagger, "has_word", lambda _: False)(word))


# (round 13, h15p) Words quoted after a verb of saying, or holding a sentence's marks, are someone's speech, not a brand's
# name (店员说：“这是李建军送来的货。”, 当事人陈述：“货是王建国给我的”: the 询问笔录 quoted in 违法事实): names in them are read.
_SPEECH_BEFORE = re.compile("(?:称|说|讲|道|问|答|述|表示|陈述|供述|交代|辩称|诉称|反映|回答|告知|告诉|承认|解释|写道|留言)[：:，,]?\\s*$")
_SENTENCE_MARKS = re.compile("[，。！？；,!?;…]")


def _speech(text: str, m: re.Match[str]) -> bool:
    """Whether the quote `m` (of `_PROTECTED`) is someone's speech (`_SPEECH_BEFORE`, `_SENTENCE_MARKS`)."""
    return m.group(0)[0] != "《" and bool(_SENTENCE_MARKS.search(m.group(0), 1, len(m.group(0)) - 1)
                                          or _SPEECH_BEFORE.search(text, max(0, m.start() - 6), m.start()))


def _protected(text: str) -> list[Span]:
    """Spans where no name is ever found: titles in 《》, brands and products in quotes (not quoted speech)."""
    return [m.span() for m in _PROTECTED.finditer(text) if not _speech(text, m)]


def _names_in_speech(text: str, toks: Sequence[Token]) -> set[Span]:
    """The tagger's three-character names inside quoted speech (“这是李建军送来的货。”): a speaker names people, and the
    dictionary's names (李建军, 王建国) count there when their given characters are given-name characters; the brands it
    tags as names (王老吉, 周大福) are no plausible name."""
    found: set[Span] = set()
    for m in _PROTECTED.finditer(text):
        if not _speech(text, m):
            continue
        inside = toks[_token_index(toks, m.start()):_token_index(toks, m.end() - 1) + 1]
        for k, (start, end, word, flag) in enumerate(inside):
            if flag in _NAME_TAGS and len(word) == 3 and surname_length(word, 0) == 1 and word not in BRAND_NAMES \
                    and GIVEN_NAME_CHARS.issuperset(word[1:]) and _plausible(word) and not common_word_at(text, start):
                found.add((start, end))
            elif word in SURNAMES and flag in _NAME_TAGS:
                # a surname, then one or two characters the tagger knows no word for (李|琡|璈 送来: a rare given name)
                given = 0
                while given < 2 and k + 1 + given < len(inside) and inside[k + 1 + given][3] in _UNREAD_TAGS \
                        and len(inside[k + 1 + given][2]) == 1 and _CJK.match(inside[k + 1 + given][2]):
                    given += 1
                if given and (k + 1 + given == len(inside) or inside[k + 1 + given][3] not in _UNREAD_TAGS):
                    found.add((start, inside[k + given][1]))
    return found


_UNREAD_TAGS = frozenset({"zg", "ng", "g", "x"})  # (the tagger's tags for a character it knows no word of)


def find_person_names(text: str) -> list[Span]:
    """Character spans `(start, end)` of natural persons' names in `text`, sorted, not overlapping.

    A span is always a whole name (surname first), never a part of a place or an organisation name,
    a title in 《》, a quoted brand, a number or a standard; names already anonymised (张某, 李某某)
    and a surname with a title (孙先生, 张经理) are not returned. Traditional characters are read as
    simplified and zero-width characters as absent (a span then covers those inside the name).
    """
    if not text:
        return []
    if ("%" in text or "&#" in text or "\\u" in text or "<!--" in text or "&nbsp;" in text) and _ESCAPED.search(text):
        view, starts, ends = _unescaped(text)  # 消费者&#31041;&#24314;&#21326;反映, …/%E7%A5%81…身份证.jpg (round 7)
        if view != text:
            return [(starts[a], ends[b - 1]) for a, b in find_person_names(view)]
    if _GREEK_CYRILLIC.search(text) and _MIXED_SCRIPT_WORD.search(text):  # Zhаng Sаn with a Cyrillic а: one for one, spans unchanged (round 8)
        text = _MIXED_SCRIPT_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS) if re.search("[A-Za-z]", m.group(0))
                                      else m.group(0), text)
    if "\u00e0" <= max(text):  # Wáng Jiànguó: the tone marks read as absent, one for one (round 14)
        text = toneless(text)
    if "\uff21" <= max(text) and _FULLWIDTH_LETTERS.search(text):  # ＷＡＮＧ　ＪＩＡＮＧＵＯ: one for one, spans unchanged
        text = _FULLWIDTH_LETTERS.sub(_halfwidth, text)
    if not (_PRECHECK.search(text) or _LATIN_HINT.search(text) or _SCRIPT_HINT.search(text)
            or _PRECHECK.search(text.translate(reading_table()))  # 顧客楊帆 (round 4)
            or _transliterated_part().search(text)  # 经营者买买提 · 艾力未亮照经营: no surname's character (round 10)
            or (_ASCII_WORD.search(text) and _one_word_names_after_roles(text))
            or (("." in text or "．" in text) and _INITIALED_AFTER_ROLE.search(text))  # 员工Z.W.在店内吸烟 (round 14)
            or (_SPACED_LETTERS_HINT.search(text) and _SPACED_LETTERS_AFTER_ROLE.search(text))):  # 员工L I U Jianhua  # 员工LIFANG负责收银 (round 11)
        return []
    # 李\u200b秀英, 李<b>翀</b>婧, 李 翮 婧, 消费者王　建国: invisible characters, markup inside a word, spaces
    # between single Han characters and after a surname are read as absent, and each span grows back over them.
    dropped = _gaps(text) if _GAPS_HINT.search(text) or _SURNAME_GAP.search(text) else set()
    marks: set[int] = set()
    if _SYMBOL_HINT.search(text):  # 祁★德厚, 祁*德茂, 祁X瑶, 祁(德富): a mark typed between surname and given name
        marks = _symbol_gaps(text)
        dropped |= marks
    if not dropped and not _INVISIBLE.search(text):
        found = list(_find_cached(text))
    else:
        kept = [i for i, ch in enumerate(text) if i not in dropped and not _INVISIBLE.match(ch)]
        compact = "".join(text[i] for i in kept)
        found = [(kept[start], _past_marks(text, kept[end - 1] + 1)) for start, end in _find_cached(compact)]
        if marks:
            found = _hand_masked(text, found, marks)
    return _across_dots(text, found) if found and any(c in text for c in _OTHER_DOTS) else found


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u302a-\u302f\u3099\u309a]+")


def _past_marks(text: str, end: int) -> int:
    """`end` moved past the combining marks that draw on a name's last character (Jia\u0300nguo\u0301: round 14)."""
    m = _COMBINING.match(text, end)
    return m.end() if m else end


_HAND_MASKS = frozenset("*＊×✕XxＸｘ○〇◯●□■☆★#＃")


def _hand_masked(text: str, found: list[Span], marks: set[int]) -> list[Span]:
    """`found` with the names a clerk masked by hand keeping the given name (经查，曹*超使用滴滴打车软件接单, 装卸工毕*云:
    a surname, one mark, a given character — adversarial round 9, from 洛阳市交通运输局's published case 曹*超 and
    鹿应急罚〔2024〕19号's 解*成, 毕*云) that the rules did not read as a name: the mark is the clerk's own sign that a name
    stands there (`_symbol_gaps` chose it: a surname at a clause start or after a role word, no verb after the mark), so
    the surname, the mark and the given character are masked (one more character when a verb follows it: 曹*超群使用);
    then every other place the text writes the same name (行政相对人：曹*超。曹*超使用…)."""
    out = list(found)
    for at in sorted(marks):
        start = at - (2 if text[max(0, at - 2):at] in COMPOUND_SURNAMES else 1)
        if any(a <= at < b for a, b in out) or text[at] not in _HAND_MASKS:
            continue  # (“康师傅”面粉: a quote mark closes a brand, it masks nothing)
        end = at + 1
        while end < len(text) and end in marks:
            end += 1
        if end >= len(text) or not _CJK.match(text[end]) or text[end] in _NOT_LAST \
                or text[end + 1:end + 2] in _PLACE_END_CHARS or text.startswith(ORG_SUFFIXES, end + 1):
            continue  # 甘*区, 张*掖市: a place's name with a mark in it, no person's
        end += 1
        if end < len(text) and _CJK.match(text[end]) and text[end] not in _BREAK and text[end] not in _NOT_IN_NAME \
                and not _verb_opens(text, end) and _verb_opens(text, end + 1):
            end += 1
        out.append((start, end))
    for name in {text[a:b] for a, b in out if b - a >= 3 and any(i in marks for i in range(a, b))}:
        at = text.find(name)
        while at >= 0:
            if not any(a < at + len(name) and at < b for a, b in out):
                out.append((at, at + len(name)))
            at = text.find(name, at + 1)
    return sorted(out)


# Characters written as escapes (adversarial round 7, people-escaped-names): a name a web system stored as character
# references (&#31041;&#24314;&#21326;), URL escapes (an attachment's link, …/%E7%A5%81%E5%BB%BA%E5%8D%8E身份证.jpg) or JSON
# escapes (\u7941\u5efa\u534e), or with an HTML comment or a combining mark inside (祁建<!-- -->华): whoever reads the
# dataset or the page source reads the name. Found in the decoded text, each span mapped back over its escapes.
_ESCAPED = re.compile(r"(?:%[0-9A-Fa-f]{2}){2,}|&#(?:\d{2,7}|[xX][0-9A-Fa-f]{2,6});|\\u[0-9A-Fa-f]{4}|<!--.*?-->|&nbsp;")


def _unescaped(text: str) -> tuple[str, list[int], list[int]]:
    """text with its escapes decoded and comments dropped; for each character of the result, where it starts and
    ends in `text`."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0

    def add(ch: str, start: int, end: int) -> None:
        out.append(ch)
        starts.append(start)
        ends.append(end)

    for m in _ESCAPED.finditer(text):
        for i in range(at, m.start()):
            add(text[i], i, i + 1)
        piece = m.group()
        if piece.startswith("%"):
            raw = bytes.fromhex(piece.replace("%", ""))
            decoded = raw.decode("utf-8", errors="replace")
            if "\ufffd" in decoded:
                decoded = piece
                offsets = list(range(len(piece) + 1))
            else:
                offsets = [0]
                for ch in decoded:
                    offsets.append(offsets[-1] + 3 * len(ch.encode("utf-8")))
            for k, ch in enumerate(decoded):
                add(ch, m.start() + offsets[k], m.start() + offsets[k + 1])
        elif piece.startswith("&#"):
            code = int(piece[3:-1], 16) if piece[2] in "xX" else int(piece[2:-1])
            add(chr(code) if 0 < code < 0x110000 else piece, m.start(), m.end())
        elif piece == "&nbsp;":
            add("\u00a0", m.start(), m.end())
        elif piece.startswith("\\u"):
            add(chr(int(piece[2:], 16)), m.start(), m.end())
        elif ends:  # a comment: dropped, the character before it reaching over it
            ends[-1] = m.end()
        at = m.end()
    for i in range(at, len(text)):
        add(text[i], i, i + 1)
    return "".join(out), starts, ends


_LATIN_HINT = re.compile(r"[A-Z][A-Za-z]+[ \u00a0·.\-][A-Z]|[a-z][ \u00a0·.\-][a-z]")
# Names in the other scripts of the north-west (adversarial round 6, names-minority-scripts-english-addresses): the
# 甘南 and 天祝 Tibetan areas write documents in 藏文 and Chinese; Uyghur is written in Arabic script, Mongolian in
# its own, Kazakh and Russian residents' names in Cyrillic. After a word for a person, a run of one of these
# scripts (its words separated by spaces, the Tibetan tsheg ་ or the Mongolian joiners) is the person's name.
_TIBETAN = "\u0f40-\u0fbc\u0f0b\u0f0c"  # letters, vowel signs, subjoined letters; the tsheg (not the shad ། ending a clause)
_ARABIC = "\u0600-\u060b\u0610-\u061a\u0620-\u06ff\ufb50-\ufdff\ufe70-\ufeff"  # (not the Arabic comma ، U+060C)
_MONGOLIAN = "\u1820-\u18aa\u180b-\u180f"
_CYRILLIC = "\u0400-\u04ff\u0500-\u052f"
# (added after the attack's report of 21:20, names-hangul-kana-fullwidth-pinyin: 朝鲜族 names in Hangul, Japanese in
# kana with its middle dot ・, bopomofo with its tone marks, Vietnamese in Latin letters with diacritics)
_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e"
_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fb\u30fc\u31f0-\u31ff"
_BOPOMOFO = "\u3105-\u312f\u31a0-\u31bf\u02ca\u02c7\u02cb\u02d9"
_LATIN_DIACRITIC = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_SCRIPTS = (_TIBETAN, _ARABIC, _MONGOLIAN, _CYRILLIC, _HANGUL, _BOPOMOFO)
_SCRIPT_RUN = "|".join((
    *(f"[{chars}]+(?:[ \u00a0\u202f\u3000\\-][{chars}]+){{0,3}}" for chars in _SCRIPTS),
    "[\u3041-\u3096\u30a1-\u30fa][" + _KANA + "]*",  # (a kana name opens with a letter, not ー or ・)
    # Latin letters with a diacritic in the name (Nguyễn Văn An): the ASCII names have their own rules
    f"(?=[{_LATIN_DIACRITIC}]*[\u00c0-\u024f\u1e00-\u1eff])[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]"
    f"[{_LATIN_DIACRITIC}]*(?:[ \u00a0\\-][A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][{_LATIN_DIACRITIC}]*){{1,3}}",
))
_SCRIPT_HINT = re.compile(f"[{_TIBETAN}{_ARABIC}{_MONGOLIAN}{_CYRILLIC}{_HANGUL}{_KANA}{_BOPOMOFO}\u00c0-\u024f\u1e00-\u1eff]")
# Full-width Latin letters (an IME left in full-width mode: ＷＡＮＧ　ＪＩＡＮＧＵＯ, ｑｉ ｘｉｕｙｉｎｇ): read as ASCII, one for one, and
# an ideographic space between two of them as a space, so the Latin and pinyin rules read them.
_FULLWIDTH_LETTERS = re.compile("[\uff21-\uff3a\uff41-\uff5a](?:[\uff21-\uff3a\uff41-\uff5a]|[\u3000 ](?=[\uff21-\uff3a\uff41-\uff5a]))+")


# Cyrillic and Greek letters that look like Latin ones (adversarial round 8, people-english-initials-homoglyphs: a name
# typed with a Cyrillic а so that a search for it misses, Zhаng Sаn): read as the Latin letter inside a word that has
# Latin letters too (a word all in Cyrillic stays a Cyrillic name, `_SCRIPT_AFTER_ROLE`).
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХУаеорсухіјѕԁһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧαονρτ",
                            "ABEKMHOPCTXYaeopcyxijsdhlABEZHIKMNOPTYXaovpt")
_GREEK_CYRILLIC = re.compile("[\u0370-\u04ff]")
_MIXED_SCRIPT_WORD = re.compile("[A-Za-zΑ-Ωα-ωА-яіјѕԁһӏ]*[Α-Ωα-ωА-яіјѕԁһӏ][A-Za-zΑ-Ωα-ωА-яіјѕԁһӏ]*")


# (round 14, h17p) Pinyin written with its tone marks (Wáng Jiànguó, Chen Dà-wén, Lǚ Xiǎomíng: as 《汉语拼音方案》 and the
# passports' Chinese pages write it): read as the plain letter, one for one, ü as v (lv, nv), so the pinyin rules read it.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜŃŇǸḾ"
_TONELESS = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuvvvvvnnnmAAAAEEEEIIIIOOOOUUUUVVVVVNNNM")
_TONED_LETTER = re.compile(f"[{_TONED}]")


def toneless(text: str) -> str:
    """text with pinyin's tone-marked letters read as plain ones (Jiànguó → Jianguo), one for one."""
    return text.translate(_TONELESS) if _TONED_LETTER.search(text) else text


def _halfwidth(m: re.Match[str]) -> str:
    return "".join(" " if ch == "\u3000" else chr(ord(ch) - 0xFEE0) if ch != " " else ch for ch in m.group(0))
_SCRIPT_NAME = re.compile(f"(?:{_SCRIPT_RUN})")
_SCRIPT_AFTER_ROLE = re.compile("(?:" + _ROLE_WORDS_ALTERNATION + "|" + _GENERIC_ROLE + r")[：:\s“「‘\"'（(]{0,2}("
                                + _SCRIPT_RUN + ")")
_LATIN_WORD_HINT = re.compile(r"[A-Za-z][ \u00a0·.\-][A-Za-z]")
# Markup between two Han characters (李<b>翀</b>婧), and the spaces around a single Han character between
# two others (消费者 李 翮 婧 反映, 员工黄　翀　琰).
# Markup inside a word (李<b>翀</b>婧) and spaces between Han characters (消费者 李 翮 婧 反映).
_MARKUP_IN_WORD = re.compile(r"(?<=[\u3400-\u9fff])(?:</?[A-Za-z][^<>]{0,60}>)+(?=[\u3400-\u9fff])")
_SPACES = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000\u00a0\u1680\u2002-\u200a\u202f\u205f]+(?=[\u3400-\u9fff])")


def _gaps(text: str) -> set[int]:
    """Positions read as absent: markup inside a word, a run of spaces beside a single Han character
    written between spaces (消费者 李 翮 婧 反映, 员工黄　翀　琰), so a spaced name reads as one, and white
    space after a surname that opens a clause or follows a role word (`_surname_gaps`)."""
    out: set[int] = _surname_gaps(text)
    for m in _MARKUP_IN_WORD.finditer(text):
        out.update(range(*m.span()))
    for m in _SPACES.finditer(text):
        start, end = m.span()
        left_single = start < 2 or not _CJK.match(text[start - 2])
        right_single = end + 1 >= len(text) or not _CJK.match(text[end + 1])
        if left_single or right_single:
            out.update(range(start, end))
    return out


# White space of any kind between a surname and what follows it (消费者王　建国, 唐  静英, 曹\u00a0敏, 许\u2800勇英 —
# a braille blank shows as a space; 戴⏎秀芳 — a line break from a PDF copy or Alt+Enter).
_GAP_SPACES = " \t\n\r\x0b\x0c\x85\u00a0\u1680\u2028\u2029\u202f\u205f\u2800\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_SURNAME_GAP = re.compile(f"(?:[{re.escape(_GAP_SPACES)}]|\\\\[nrt])+(?=[{_HAN}])")  # (the surname before it: `_surname_gaps`; 戴\\n春生: an escape typed out)
_SURNAME_SET = frozenset(_SURNAME_CHARS)
# Where a surname that a gap follows may stand: the start of a clause or after a preposition (经查，王　建国负责),
# or after a word for a person (消费者唐  静英, 消费者 欧阳 翀瑛).
_CLAUSE_OPEN = frozenset("，。；：、,;:！？!?（(【[“\"'由从与和向给被让请对将据")
_ROLE_END = re.compile("(?:" + _ROLE_WORDS_ALTERNATION + "|" + _GENERIC_ROLE
                       + ")$")


def _surname_gaps(text: str) -> set[int]:
    """Positions of white space typed between a surname and the given name (名单对齐: 张　伟; 王 建国), where
    the surname opens a clause or follows a word for a person: read as absent, so the name reads as one."""
    out: set[int] = set()
    for m in _SURNAME_GAP.finditer(text):
        start, end = m.span()
        if start == 0 or text[start - 1] not in _SURNAME_SET:
            continue
        size = 2 if text[max(0, start - 2):start] in COMPOUND_SURNAMES else 1
        if size == 1 and text[start - 1] not in SURNAMES and text[start - 1] not in RARE_SURNAMES:
            continue  # a character of a compound surname alone (欧 阳)
        lead = text[max(0, start - size - 12):start - size].rstrip(_GAP_SPACES + "：:")
        if not lead or lead[-1] in _CLAUSE_OPEN or _ROLE_END.search(lead):
            out.update(range(start, end))
    # (adversarial round 8, people-line-breaks-in-names) A line break after the first given character, the cell's text
    # wrapped inside the name (消费者祁建⏎华反映): read as absent after a word for a person, unless what follows the
    # break opens a verb or a word of its own with the next character (员工王伟⏎经查…, 消费者张华⏎反映).
    for m in _GIVEN_BREAK.finditer(text):
        start, end = m.span(1)
        lead = text[max(0, m.start() - 12):m.start()].rstrip(" ：:")
        if lead and _ROLE_END.search(lead) and end < len(text) and not _verb_opens(text, end) \
                and not _in_dictionary(text[end:end + 2]) and text[end] not in _BREAK and text[end] not in _NOT_IN_NAME:
            out.update(range(start, end))
    return out


_GIVEN_BREAK = re.compile(f"[{re.escape(_SURNAME_CHARS)}][{_HAN}](\r?\n)(?=[{_HAN}])")


# A mark typed between a surname and the given name (adversarial round 6, names-symbol-between-surname-and-given:
# 祁★德厚, 祁×德宽, 祁*德茂, 祁#德润, 祁✱德馨, 祁😀德林, 祁〇德森, 祁‘德旺’, 祁(德富) — names typed past a platform's
# keyword filter, or a star put by hand in the wrong place; names-partly-hidden-initials-aliases: 祁X瑶, 祁×琪,
# 祁〇琛 hide the middle character and keep the last, more than the site's own 祁*). One mark: a run of `*`
# (张**) is a mask already, not a gap. Clause punctuation and the marks `_punctuated_name_at` reads are not marks here.
_SYMBOL_CHARS = "*#＊＃%％&＆@＠~～^＾`|｜\\＼'\"‘’“”〇○◯●×✕✖☆★※♥♡♦◆◇■□▲△▼▽♪♫√✔✘✱✲✳✴✵✶✷✸✹✺❀❁❤XxＸｘ"
_BRACKET_PAIRS = {"(": ")", "（": "）", "[": "]", "［": "］", "【": "】", "〔": "〕"}
_SYMBOL_HINT = re.compile(f"[{re.escape(_SURNAME_CHARS)}](?:[^\\w\\s]|[XxＸｘ〇])[\ufe0e\ufe0f\u200d]?[{_HAN}]")
# The same, matched at every surname (overlapping): in 经查，曹*超 the 查 of 经查 is a surname too, and a match of 查，曹 hid
# 曹*超 from the loop (adversarial round 9).
_SYMBOL_AT = re.compile("(?=" + _SYMBOL_HINT.pattern + ")")
# Punctuation that separates words, never a mark inside a name (王、李, 张：, 马·阿卜杜拉 — `_NAME_MARKS` has its own rule).
_NOT_MARKS = frozenset("，。、；：,;:.．·•・‧∙⋅/／-－_＿《》〈〉「」『』﹃﹄﹁﹂")
# What a bracket after a surname holds that is no given name (王(女), 陈（女士）, 李（化名）, 张（已故）).
_NOT_GIVEN_IN_BRACKETS = frozenset("男 女 先生 女士 小姐 化名 已故 成年 未成年 死亡 去世 病故 某 某某 同志 老人"
                                   " 个体 个人 本人 业主 店主 匿名 实名".split())  # (王先生（个体）反映: h21n, no given name)


def _is_mark(ch: str) -> bool:
    """A symbol typed inside a name: one of `_SYMBOL_CHARS`, a pictograph, any other symbol, a dash or a mark of
    punctuation that separates no words (…, —, !, ?, §)."""
    if ch in _NOT_MARKS:
        return False
    return ch in _SYMBOL_CHARS or unicodedata.category(ch) in ("So", "Sm", "Sk", "Sc", "Co", "Po", "Pd")


def _symbol_gaps(text: str) -> set[int]:
    """Positions of one mark between a surname and a Han character, where the surname opens a clause or
    follows a word for a person (经查，员工祁★德厚负责, 当事人祁*瑞宇称, 消费者祁(德富)反映): read as absent, so
    the name reads as one and its span grows back over the mark (祁***). A bracket counts when it closes after
    one or two characters that are no sex, title or note (王(女), 李（化名） stay)."""
    out: set[int] = set()
    for m in _SYMBOL_AT.finditer(text):
        at = m.start() + 1
        size = 2 if text[max(0, at - 2):at] in COMPOUND_SURNAMES else 1
        if size == 1 and text[at - 1] not in SURNAMES and text[at - 1] not in RARE_SURNAMES:
            continue
        lead = text[max(0, at - size - 12):at - size].rstrip(_GAP_SPACES + "：:")
        if lead and lead[-1] not in _CLAUSE_OPEN and not _ROLE_END.search(lead):
            continue
        ch = text[at]
        end = at + 1
        if end < len(text) and text[end] in "\ufe0e\ufe0f\u200d":
            end += 1  # an emoji's presentation selector
        if ch in _BRACKET_PAIRS:
            close = text.find(_BRACKET_PAIRS[ch], end, end + 4)
            inner = text[end:close]
            if close < 0 or not 1 <= len(inner) <= 2 or not _CJK_RUN.fullmatch(inner) \
                    or inner in _NOT_GIVEN_IN_BRACKETS or any(c in "男女某" for c in inner):
                continue
        elif not _is_mark(ch) or text[end:end + 1] == ch:
            continue  # 张**: a run of marks is a mask already
        elif ch in "XxＸｘ" and (at > 1 and text[at - 2].isascii() and text[at - 2].isalpha()):
            continue
        if end >= len(text) or not _CJK.match(text[end]) or text[end] in _BREAK or text[end] in _NOT_IN_NAME \
                or _verb_opens(text, end):
            continue  # 安*未落实, 文*反映: a two-character name masked already (by the site or by hand)
        after = tokens(text[end:end + 4])[0][2]
        if ch in "*＊" and len(after) >= 2 and _ordinary_word(after):
            continue  # 陈*电话, 赵*户籍: `*` is the site's own mask; a word after it is no given name
        out.update(range(at, end))
        second = end + 1  # the same mark again after the first given character (隗🔸浩🔸然, 隗＊浩＊然: h20o's L7)
        if ch not in _BRACKET_PAIRS and text[second:second + 1] == ch:
            last = second + 1 + (text[second + 1:second + 2] in ("\ufe0e", "\ufe0f", "\u200d"))
            if last < len(text) and _CJK.match(text[last]) and text[last] not in _BREAK and text[last] not in _NOT_IN_NAME \
                    and text[last] not in _NOT_LAST and not _verb_opens(text, last):
                out.update(range(second, last))
    return out


def _verb_opens(text: str, at: int) -> bool:
    """Whether a cue verb or a word of the dictionary that is a verb or a function word starts at `at`
    (消费者张*反映: 张* is a masked name, 反映 no given name)."""
    if _CUE.match(text, at):
        return True
    word = tokens(text[at:at + 4])[0]
    return len(word[2]) >= 2 and _in_dictionary(word[2]) and flag_of(word) in _VERB_TAGS


_GAPS_HINT = re.compile(r"[\u3400-\u9fff](?:<|[ \u3000\u00a0\u2002-\u200a\u202f\u205f]+[\u3400-\u9fff][ \u3000\u00a0\u2002-\u200a\u202f\u205f])")


@functools.lru_cache(maxsize=1 << 15)
def _find_cached(text: str) -> tuple[Span, ...]:
    # Free-text columns repeat (the same 处罚依据, the same boilerplate 处罚内容 in thousands of rows):
    # a text is tagged once per process. Traditional characters are read as simplified, one for one,
    # so the spans found in the simplified text are the spans of the text as written (消費者陳建國).
    simplified = text.translate(reading_table())
    return tuple(find_in_tokens(simplified, tokens(simplified)))


# Surnames hanziconv's table reads as another character though they are simplified already (呼 → 唿, 佘 → 畲: h20o's
# L2_compound_surnames, 雇佣呼延梓萱 read as 唿延, no surname): they are read as written.
_SURNAMES_AS_WRITTEN = frozenset("呼佘")


@functools.cache
def reading_table() -> dict[int, str]:
    """What a character is read as before names are looked for, one character for one, so that spans
    stay those of the text as written: traditional as simplified (the table hanziconv ships, as the
    detector uses), a CJK radical as the ideograph it looks like (⺩建国, ⻩淑珍: `detect.RADICALS`, from
    Unicode's EquivalentUnifiedIdeograph.txt), a Kangxi radical or a compatibility ideograph as its NFKC
    form (⾦明辉)."""
    table: dict[int, str] = {}
    try:
        from hanziconv import charmap
    except ImportError:  # without it, traditional text is read as written
        pass
    else:
        pairs = zip(charmap.traditional_charmap, charmap.simplified_charmap)
        table.update({ord(t): s for t, s in pairs if t != s and len(t) == len(s) == 1 and t not in _SURNAMES_AS_WRITTEN})
    table.update({ord(radical): ideograph for radical, ideograph in RADICALS.items()})
    table.update({ord("僱"): "雇"})  # a variant hanziconv leaves (當事人僱傭祁建華: adversarial round 8)
    for code in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA), *range(0x2F800, 0x2FA1E)):
        read = unicodedata.normalize("NFKC", chr(code))
        if len(read) == 1 and read != chr(code):
            table[code] = table.get(ord(read), read)  # ⾧ -> 長 -> 长
    return table


# (round 14, h17p) A signature at the end of a complaint, as consumers sign a letter and 12315 summaries copy it whole
# (……要求退款。——刘建华，2026年3月5日; ……。刘建华\n2026年3月5日; 此致 刘建华 2026.3.5): after a sentence's end, an optional
# dash, a name, then a date that ends the text; or after a dash, a name that ends it. A name of the dictionary that is no
# person's (国美电器, 新华书店) and an office's signature (——甘州区市场监督管理局，2026年3月5日) stay.
_SIGN_DATE = r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[.\-/．]\s*\d{1,2}(?:\s*[.\-/．]\s*\d{1,2})?)"
_SIGNATURE = re.compile(r"(?:^|(?<=[。！？!?；;\n]))[ \t\u3000]*(?:此致[ \t\u3000，,]*)?(?P<mark>(?:——|—|--|－－|－|-|~|～"
                        r"|[（(]签[名字][）)][:：]?)[ \t\u3000]*)?"
                        f"(?P<n>[{_HAN}]{{2,4}}?)" + r"(?:[ \t\u3000]*[（(][^（）()\n]{1,12}[）)])?(?P<humbly>[ \t\u3000]*(?:敬上|谨上|敬呈|谨呈))?"
                        + r"(?:[ \t\u3000]*[，,、]?[\s]*(?:于[ \t\u3000]*)?" + _SIGN_DATE
                        + r"[ \t\u3000]*[。.]?|(?P<bare>[ \t\u3000]*[。.]?))\s*$")
_SIGN_HINT = re.compile(r"[—\-－~～年./]|敬上|谨上|敬呈|谨呈|签名|签字|谢谢|感谢|多谢|敬礼")
# A letter's closing before a name that ends the text (……，谢谢！刘建华; 此致敬礼！刘建华).
_CLOSING_BEFORE = re.compile(r"(?:谢谢|感谢|多谢|敬礼|此致)[！!。，,\s]*$")


def _signatures(text: str) -> set[Span]:
    """The name a text is signed with at its end (the rule above)."""
    m = _SIGNATURE.search(text)
    if m is None or (m.group("bare") is not None and not m.group("mark") and not m.group("humbly")
                     and not _CLOSING_BEFORE.search(text, 0, m.start("n"))):
        return set()
    name = m.group("n")
    if not _plausible(name) or _ordinary_word(name) or name in BRAND_NAMES:
        return set()
    return {m.span("n")}


# -- names in lists, guarantees, typed structures and markup (h19o's outsider pass, session 13) ---------------------
# Each shape names its person by its place in the text, not by a role word the rules know, so a rare surname (蒯, 隗,
# 厍, 酆, 郏, 殳, 谯, 庹) or a compound one (谷梁, 段干) that the recogniser never reads alone is read here.
# A list of people after …名单： (家政员名单：蒯秀兰、隗春花、厍志刚; 从业人员名单：谷梁秀英、谷梁春花: L3_name_lists).
_ROLL = re.compile(r"名单[：:]\s*")
_ROLL_ITEM = re.compile(f"([{_HAN}]{{2,5}})(?=[、，,；;/／ \u3000。）)\\n]|$)")
_ROLL_SEPARATORS = "、，,；;/／ \u3000"
# Who guarantees a commitment or a debt (由段干木生担保, 其他-由庹建华担保: L3_name_lists, L9_commitment_type_note).
_GUARANTOR = re.compile(f"(?:由|经)([{_HAN}]{{2,5}}?)(?:提供|作为|为其)?(?:担保|作保|保证|连带)")
# A key/value typed into a cell as JSON, a Python dict or a form (举报信息：{{"举报人":"戚凤英"}}, {{'name': '糜秀梅'}},
# {{"complainant": "Qiu Haiyan"}}, {{"从业人员":"谯秀兰"}}: L1_json_names): the key says a person is named, its value is the name.
_PERSON_KEYS = ("name|fullname|full_name|realname|real_name|username|person|contact|contactname|contact_name|complainant|"
                "reporter|informant|whistleblower|consumer|customer|employee|staff|worker|applicant|operator|owner|"
                "guarantor|witness|姓名|名字|真实姓名|从业人员|人员|家政员|保洁员|" + _ROLE_WORDS_ALTERNATION)
_KEYED_NAME = re.compile(r"[\"'“”‘’]\s*(?i:" + _PERSON_KEYS + r")\s*[\"'“”‘’]\s*[:：=]\s*[\"'“”‘’]\s*"
                         r"([^\"'“”‘’,，{}\[\]:：\n]{2,40}?)\s*[\"'“”‘’]")
# Markup between the role word and the name (<举报人>殳桂芝</举报人>, ‹举报人>殳桂芝‹/举报人>: L2_markup_names): the tag names
# the role, its content is the name.
_TAGGED_NAME = re.compile(r"[<‹〈＜]\s*(?:" + _PERSON_KEYS + r")\s*[>›〉＞]\s*" + f"([{_HAN}·•]{{2,6}})" + r"\s*[<‹〈＜]")
# A name as a Markdown link's text, the link a person's page or number ([鲁振华](https://weibo.com/u/5019360527)在微博反映:
# L2_markup_names): a person-shaped text there is a person's.
_LINKED_NAME = re.compile(f"\\[([{_HAN}]{{2,4}})\\]\\((?:https?://|tel:|mailto:|weixin:|sms:)[^)\\s]*\\)")
# A code cell's note that is a name alone in brackets after the code (案件程序 一般（郏秀梅）: L10_report_code_cell_name, as
# the staff report quotes an unknown code).
_CODE_NOTE_NAME = re.compile(f"^[{_HAN}]{{1,8}}[（(]([{_HAN}]{{2,4}})[）)]$")
_STRUCTURE_HINT = re.compile(r"名单|担保|作保|保证|连带|[:：=]\s*[\"'“‘]|[<‹〈＜]|\]\(|[）)]$")


def _listed_person(name: str) -> bool:
    """Whether a text a list, a guarantee, a key or a tag gives as a person's is shaped like a whole name: a surname
    (the rare and compound ones too: 段干木生), one or two given characters,
    no place's or organisation's ending, no word of the dictionary."""
    s = surname_length(name, 0, rare=True)
    given = name[s:]
    if not s or not 1 <= len(given) <= 2 or not _CJK_RUN.fullmatch(name):
        return False
    if "某" in name or name in NOT_NAMES or name in BRAND_NAMES or name[-1] in _NOT_LAST or given in _TITLE_GIVEN:
        return False
    if given[0] in _NOT_IN_NAME or given[-1] in _NOT_IN_NAME or name.endswith(ORG_SUFFIXES + PLACE_SUFFIXES):
        return False
    return not _in_dictionary(name) and not verb_for_given_name(name)  # (由于提供担保: 于 and a verb, no name)


def _structured_names(text: str) -> set[Span]:
    """Names a list, a guarantee, a typed key, a markup tag, a link or a code's note gives (the rules above)."""
    out: set[Span] = set()
    for m in _ROLL.finditer(text):
        at = m.end()
        while True:
            item = _ROLL_ITEM.match(text, at)
            if item is None or not _listed_person(item.group(1)):
                break
            out.add(item.span(1))
            at = item.end()
            if at >= len(text) or text[at] not in _ROLL_SEPARATORS:
                break
            while at < len(text) and text[at] in _ROLL_SEPARATORS:
                at += 1
    for m in _GUARANTOR.finditer(text):
        if _listed_person(m.group(1)):
            out.add(m.span(1))
    for m in _KEYED_NAME.finditer(text):
        value = m.group(1).strip()
        start = m.start(1) + m.group(1).index(value)
        if _LATIN_RUN.fullmatch(value) or re.fullmatch(r"[A-Za-z]{2,}", value):
            out.add((start, start + len(value)))  # {"complainant": "Qiu Haiyan"}: the whole value
        elif _listed_person(value) or _plausible(value):
            out.add((start, start + len(value)))
    for m in _TAGGED_NAME.finditer(text):
        if _listed_person(m.group(1)) or _plausible(m.group(1)):
            out.add(m.span(1))
    for m in _LINKED_NAME.finditer(text):
        if _plausible(m.group(1)) and not _ordinary_word(m.group(1)) and not _in_dictionary(m.group(1)):
            out.add(m.span(1))
    note = _CODE_NOTE_NAME.match(text)
    if note and _listed_person(note.group(1)):
        out.add(note.span(1))
    return out


def find_in_tokens(text: str, toks: Sequence[Token], *, recogniser: bool = True) -> list[Span]:
    """`find_person_names` on words tagged by any tagger that uses jieba's (PKU) tag names; with
    `recogniser=False`, the context rules alone. `bench/bench_names.py` compares taggers through it."""
    # 1. Context rules: a role word before a name, an age, a title or a cue verb around one.
    candidates, forced = _after_role_words(text, toks)
    forced |= _evidence_names(text)
    candidates |= _around_names(text, toks)
    # 2. The recogniser, and a name standing alone between separators.
    if recogniser:
        candidates |= _recognised(text, toks)
    candidates |= _standing_alone(text, toks)
    opening = _opening_name(text, toks)
    if opening:
        candidates.add(opening)
    if "查" in text or "核实" in text or "发现" in text:
        candidates |= _finding_subjects(text)
    if _STARS_HINT.search(text):
        forced |= _stars_then_given(text)
    if _SIGN_HINT.search(text):
        candidates |= _signatures(text)
    if "关于" in text:  # 关于祁建华违法行为的处罚决定 (a title: adversarial round 7)
        for m in _ABOUT.finditer(text):
            span = _name_at(text, toks, m.end())
            if span and _ABOUT_AFTER.match(text, span[1]) and not _ordinary_word(text[span[0]:span[1]]):
                candidates.add(span)
    if "“" in text or '"' in text or "「" in text or "『" in text or "‘" in text:
        forced |= _quoted_persons(text)
    if "*" in text or "＊" in text:  # 员工祁**华负责收银: stars for the middle, the last character kept (round 8)
        for m in _STARS_IN_NAME.finditer(text):
            c = m.group(1)
            if c not in _NOT_LAST and c not in _BREAK and c not in _NOT_IN_NAME and c not in "牌总工哥姐叔姨嫂婶爷奶某" \
                    and (m.end() >= len(text) or _CUE.match(text, m.end())
                                                   or text[m.end()] in "，。；、,;（( \n"):
                forced.add((m.start(), m.end()))
    if "族" in text:  # 雇用巴特尔（蒙古族）, 员工阿西木呷（彝族）: a name with its people noted after it (round 9)
        forced |= _ethnic_noted(text, toks)
    if _STRUCTURE_HINT.search(text):  # 名单：蒯秀兰、隗春花, 由庹建华担保, {"举报人":"戚凤英"}, <举报人>殳桂芝</举报人> (h19o)
        forced |= _structured_names(text)
    if "名" in text and "姓" in text:  # 负责人姓祁，名秀英: the surname and the given name told apart (round 8)
        forced |= {m.span(1) for m in _SURNAME_THEN_GIVEN.finditer(text)}
    if "名" in text:
        forced |= {m.span(1) for m in _TITLE_THEN_NAMED.finditer(text)}
    if "昵称" in text or "微信名" in text or "网名" in text:
        forced |= {m.span(1) for m in _NICKNAME.finditer(text) if not _BUSINESS_HANDLE.search(m.group(1))
                   and not re.search("店铺|门店|本店|该店|网店|商家|商户|平台|公司|公众号|官方|单位", text[max(0, m.start() - 6):m.start()])}
    if _COUNTED_PERSONS.search(text):
        candidates |= _listed_before_count(text)
    if "（" in text or "(" in text:
        forced |= {m.span("n") for m in _TITLE_THEN_FULL_NAME.finditer(text)
                   if _list_item_is_name(m.group("n")) or _plausible(m.group("n"))}
        candidates |= _before_bracketed_contact(text, toks)
    if "（" in text or "(" in text:
        forced |= _listed_before_bracketed_job(text)
    forced |= tibetan_names(text) | (dotted_names(text) if _DOT_BETWEEN.search(text) else set())
    # 3. Names listed with one already found (执法人员叶桂兰、许沐阳; 高昊天、郑小红夫妇).
    _add_listed(text, toks, candidates)
    # A name read from a preposition on (由隗甑: the tagger's 由隗) gives way to the name found right after it (由隗甑甓本人
    # 签字: h21o's L6), which ends as far or further.
    both = candidates | forced
    candidates = {(a, b) for a, b in candidates if text[a] not in _PREPOSITION_SURNAMES
                  or not any(c == a + 1 and d >= b for c, d in both)}
    # 4. Filters that protect public facts.
    protected = _protected(text)
    kept: list[Span] = []
    for start, end in sorted(candidates | forced, key=lambda sp: (sp[0], -(sp[1] - sp[0]))):
        if text[start:end] in _ROLE_WORD_SET:
            continue  # 法定代表人（曾用名祁来福）: a word for a person or another name is never the name (round 6)
        if (start, end) not in forced:
            if any(ps < end and start < pe for ps, pe in protected) or text[start:end] in BRAND_NAMES:
                continue  # (消费者投诉顺丰拒绝赔偿: a brand read after a role word, round 14)
            if _cuts_public_word(toks, start, end) or _runs_into_public_name(text, toks, end):
                continue
            if _BRAND_LIST.match(text, end):
                continue  # 购进杨国福、张亮系列底料, 高露洁、欧莱雅系列: brands listed before their line (round 5)
            if _dated_business_word(text, start, end):
                continue  # 经查，康佳于2026年3月1日开业 (round 10): a brand or a time the dictionary knows, then a business's act
            if _shop_trade.match(text, end) and not _PERSON_LEAD.search(text, max(0, start - 12), start):
                continue  # 经查，张三烧烤称其不知情 (round 10): a 字号 and its trade, an organisation's name (privacy.md: a
                # person's name is masked in text only as a whole name, never inside an organisation's); the row's own
                # operator's shop is masked by the business-name rules (deidentify.NameMasker), as on every surface
        if text[start:end] in _WORKERS or _nationality(text, start, end):
            continue  # 雇用门卫负责看管, 雇用黄牛从事销售, 当事人马来西亚籍 (round 10): a job, a group, a nationality
        if kept and start < kept[-1][1]:
            continue  # overlaps a longer name found at the same place or before
        kept.append((start, end))
    return _with_latin_names(text, _grown(text, kept))


# (adversarial round 7) What a name found goes on with: the other part of a name written with another middle dot
# (阿依古丽•买买提, 阿依古丽・买买提: the recogniser reads the first part), a given name hidden by hand after the
# first given character (祁建某), the given name in brackets after a surname and a title (消费者祁先生（建华）), and
# the same name again in the text (检查对象：甘州区东街祁建华烧烤店（经营者祁建华）: the operator named after a role word
# names the shop's owner, so the shop name gives the name away unless it is masked too; a company named after a
# person, 张掖市祁建华食品有限公司, stays).
_OTHER_DOTS = "·•・‧∙⋅．"
_TITLE_THEN_GIVEN = re.compile(f"[{re.escape(_SURNAME_CHARS)}](?:先生|女士|小姐|师傅|老师|阿姨|大爷|大姐|大哥|老板|经理|某)[（(]([{_HAN}]{{1,2}})[）)]")
_COMPANY_AFTER = re.compile(f"[{_HAN}]{{0,8}}?(?:有限公司|有限责任|股份|集团|公司|合作社|事务所|研究院|医院|学校)")


@functools.lru_cache(maxsize=1)
def _transliterated_part() -> re.Pattern[str]:
    """The parts transliterated Uyghur, Tibetan and Mongolian names are made of (`detect.UYGHUR_NAME_PARTS`)."""
    from generator.detect import UYGHUR_NAME_PARTS  # (detect imports this module)
    return re.compile("(?:" + "|".join(sorted(UYGHUR_NAME_PARTS, key=len, reverse=True)) + ")")


_SPACED_DOT = re.compile(f"[ \u3000\u00a0]+[{_OTHER_DOTS}][ \u3000\u00a0]*|[{_OTHER_DOTS}][ \u3000\u00a0]+")


def _across_dots(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with a name's part after another middle dot (阿依古丽•买买提) added to the name before it."""
    out: list[Span] = []
    for start, end in spans:
        spaced = _SPACED_DOT.match(text, end)  # (round 10: 买买提 · 艾力, a dot typed between spaces; a transliterated name's)
        if spaced and spaced.end() < len(text) and _CJK.match(text[spaced.end()]) \
                and (_transliterated_part().match(text, start) or not surname_length(text, start, rare=True)) \
                and not _PLACE_OR_ORG_IN.search(text, spaced.end(), spaced.end() + 7):
            at = spaced.end()
            while at < len(text) and at - spaced.end() < 6 and _CJK.match(text[at]) \
                    and not (at > spaced.end() + 1 and (_verb_opens(text, at) or text[at] in "的等和与及")):
                at += 1
            end = at if at > spaced.end() + 1 else end
        elif end + 1 < len(text) and text[end] in _OTHER_DOTS and _CJK.match(text[end + 1]):
            at = end + 1
            while at < len(text) and at - end <= 6 and _CJK.match(text[at]) \
                    and not (at > end + 2 and (_verb_opens(text, at) or text[at] in "的等和与及")):  # (买买提: 买 opens it)
                at += 1
            end = at if at > end + 2 else end
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


def _grown(text: str, kept: list[Span]) -> list[Span]:
    """`kept` with the parts of names written around them (above), sorted and not overlapping."""
    out: list[Span] = []
    for start, end in kept:
        if end - start == 2 and text[end:end + 1] == "某" and surname_length(text, start) == 1:
            end += 1
        for _ in range(2):  # 阿依古丽买买提: the father's name after the given one, without a dot
            part = _transliterated_part().match(text, end) if end < len(text) and _CJK.match(text[end]) else None
            if not part or not _CJK.match(text[start]) or not (
                    _transliterated_part().match(text, start) or not surname_length(text, start)):
                break
            end = part.end()
        out.append((start, end))
    if "（" in text or "(" in text:
        for m in _TITLE_THEN_GIVEN.finditer(text):
            given = m.group(1)
            word = tokens(given)[0]
            if given not in _NOT_GIVEN_IN_BRACKETS and given not in _ROLE_WORD_SET and not _JOB_TITLE_AFTER.match(given) \
                    and not (_in_dictionary(given) and flag_of(word) in _VERB_TAGS):
                out.append(m.span(1))
    for name in {text[a:b] for a, b in out if b - a >= 3 and _CJK.match(text[a]) and _CJK.match(text[b - 1])}:
        at = text.find(name)
        while at >= 0:
            if not any(a < at + len(name) and at < b for a, b in out) and not _COMPANY_AFTER.match(text, at + len(name)):
                out.append((at, at + len(name)))
            at = text.find(name, at + 1)
    out.sort()
    merged: list[Span] = []
    for span in out:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


# A person's name typed into an identifier cell (adversarial round 7, people-identifier-cells: 甘州市监罚〔2026〕881号（祁海琴）,
# TS-2026-祁春鹏-01, PJ2026-祁晓鹏 — a clerk's note of whose number it is): a run of Han characters standing between
# other characters, a surname and two given characters (a compound surname and one or two), none of them a character
# the abbreviations of offices and document kinds are made of (甘市监, 张食药, 国税登, 高新区), no word of the dictionary
# that is no name.
_IDENTIFIER_WORD_CHARS = frozenset("罚许监认列字号证市县区镇乡村局委办发改税食药环质消审批执法决定书登记备案检查处强征收稽核准函"
                                   "通知令意见审计统计标准规范")
_HAN_RUN = re.compile(f"[{_HAN}]+")
# Abbreviations of provinces and of 甘肃's prefectures: a run made of them only is a region code (D(甘张甘)农种许字…).
_REGION_ABBREVIATIONS = frozenset("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台兰嘉金白天武张平酒庆定临")


_NUMBER_SIGN = "号"


def names_in_identifier(value: str) -> list[Span]:
    """Spans of persons' names in an identifier cell (the rule above)."""
    spans: list[Span] = []
    if not _PRECHECK.search(value):
        return spans
    for m in _HAN_RUN.finditer(value):
        run, at = m.group(), m.start()
        # A name glued to the number's 号 (甘州市监罚〔2026〕511号祁永福, h22o S1): the run after the document's words.
        lead = len(run) - len(run.lstrip(_NUMBER_SIGN))
        if lead and at and value[at - 1].isdigit():
            run, at = run[lead:], at + lead
        s = surname_length(run, 0)
        if not s or not 2 <= len(run) - s <= 2 or any(c in _IDENTIFIER_WORD_CHARS for c in run[s:]) \
                or not _plausible(run) or run in BRAND_NAMES or all(c in _REGION_ABBREVIATIONS for c in run):
            continue
        first = tokens(run)[0]
        if (_in_dictionary(run) and flag_of(first) not in _NAME_TAGS) or (first[3] in ("ns", "nt", "nz") and first[2] == run):
            continue  # (王府井, 张掖: a place)
        spans.append((at, at + len(run)))
    return spans


def role_opens_longer_word(text: str, start: int) -> bool:
    """Whether the text before `start` ends with a role word that the tagger reads as the opening of a
    longer dictionary word running past `start` (会计|师 of 会计师事务所): no name starts there."""
    if start >= len(text):
        return False
    low = max(0, start - 8)  # the words around it, tagged on their own: the rule runs per role hit
    window = text[low:start + 8]
    toks = tokens(window)
    begin, end, word = toks[_token_index(toks, start - low)][:3]
    return begin < start - low < end and window[begin:start - low] in _ROLE_WORD_SET and _in_dictionary(word)


# A nickname in quotes written between a role word and the name (员工“小刘”刘建华, 店员“阿强”王建强): 小/老/阿 and a surname, or
# a surname and 哥/姐/总/工 (round 13, h15p).
_NICKNAME_FIRST = re.compile(f"[“「‘\"'](?:[小老阿][{_HAN}]|[{_HAN}][哥姐总工叔姨])[”」’\"']")


_NICKNAME_THEN_NAME = re.compile(f"[小老阿](?P<sur>[{_HAN}])\\s*[（(]\\s*(?P<name>(?P=sur)(?!某)[{_HAN}]{{1,2}})\\s*[）)]")


def _after_role_words(text: str, toks: Sequence[Token]) -> tuple[set[Span], set[Span]]:
    """Names after a role word (消费者李秀英, 姓名：王芳), and those in quotes there (kept whatever the quotes)."""
    candidates: set[Span] = set()
    forced: set[Span] = set()  # names in quotes after a role word: no brand's, kept whatever the quotes
    given_alone: set[int] = set()
    for m in _ROLE.finditer(text):
        at = m.end(1)
        # A role read only by its last character (兽医, 村医: any character and 医) whose end the tagger
        # glued to the next character into a word (非医|师 of 非医师行医: 医师) opens no name there.
        role = m.group(1).rstrip("：: \t\n为是系即（(“「‘《\"'-－—”」’" + "".join(_QUOTES))
        glued = toks[_token_index(toks, at)] if at < len(text) and toks else None
        generic_glued = (role not in _ROLE_WORD_SET and glued is not None and glued[0] < at
                         and _in_dictionary(glued[2]))
        if glued is not None and glued[0] <= m.start(1) and glued[1] > at and _in_dictionary(glued[2]):
            continue  # the role word opens a longer word (会计|师 of 会计师事务所): no name starts inside it
        nation = _after_nationality(text, at) if role in _ROLE_WORD_SET else None
        if nation is not None:
            foreign = _foreign_name_at(text, nation)
            if foreign:  # 员工马来西亚公民阿明负责收银 (round 11, h11p's left case): a name after a nationality, surname or not
                candidates.add(foreign)
                continue
        called_then_named = _NICKNAME_THEN_NAME.match(text, at)
        if called_then_named:  # 员工小隗（隗浩然）负责 (round 4, h20q L16): what the staff call them, then the name
            forced.add(called_then_named.span("name"))
            continue
        nickname = _NICKNAME_FIRST.match(text, at - 1 if at and text[at - 1] in "“「‘\"'" else at)
        if nickname and surname_length(text, nickname.end()):
            named = _name_at(text, toks, nickname.end())
            if named:  # 员工“小刘”刘建华负责收银 (round 13, h15p): a nickname in quotes, then the name
                candidates.add(named)
                continue
        quoted = _quoted_name_at(text, at)
        if quoted is None and role in _ALIAS_WORD_SET:
            quoted = _quoted_alias_at(text, at)  # 绰号“祁二麻子”, 外号“二麻子”: a nickname names the person too
            if quoted and _BUSINESS_HANDLE.search(text, quoted[0], quoted[1]):
                quoted = None  # 微信昵称“甘州小店”: a shop's account, public (round 8)
        if quoted:
            forced.add(quoted)
            continue
        hidden = _hidden_name_at(text, at)
        if hidden:
            forced.add(hidden)
            continue
        called = _called_at(text, toks, at, role)
        if called:
            forced.add(called)
            continue
        if role in _ROLE_WORD_SET and text[at:at + 1] not in SURNAMES:
            alone = _given_name_after_role(text, toks, at)
            if alone:  # 消费者建华反映 (adversarial round 8): the given name alone
                candidates.add(alone)
                given_alone.add(at)
                continue
        if at in given_alone:
            continue  # (投诉人秀兰称: 诉人, a role read by its last character, ends at the same place)
        if role in _VERB_ROLES and m.start(1) > 0 and text[m.start(1) - 1] not in "，。；：,;:\n " \
                and text[max(0, m.start(1) - 2):m.start(1)] not in _HOW_REPORTED:
            continue  # 举报/反映/投诉 open a summary's clause (举报祁建华无证行医), not 被投诉方, 消费者投诉…
        mixed = _mixed_name_at(text, at)
        if mixed:
            candidates.add(mixed)
            continue
        dotted = _punctuated_name_at(text, at)
        if dotted:  # a name typed apart on purpose: kept whatever the words around it (邝/秀兰于2026年…)
            forced.add(dotted)
            continue
        japanese = _japanese_name_at(text, at) or _yi_name_at(text, at) or _spaced_dot_name_at(text, at)
        if japanese:
            candidates.add(japanese)
            while japanese and text[japanese[1]:japanese[1] + 1] in _AND and japanese[1] + 1 < len(text):
                japanese = _japanese_name_at(text, japanese[1] + 1)  # 员工佐藤花子、铃木一郎负责收银 (round 11, h12p)
                if japanese:
                    candidates.add(japanese)
            continue
        if text.startswith(KIN_WORDS, at):
            continue  # 其岳母孙建业, 当事人的孙女吕志远: the name is read after the kin word, not in it
        if (text[at:at + 1] in _PREPOSITIONS or text[at:at + 1] in _FOR_WITH or text[at:at + 1] == "受") \
                and surname_length(text, at + 1):
            continue  # 执法人员向乔海龙了解: a preposition, its object is read by the verb after it
        place = _place_named_person_at(text, at) if role in _ROLE_WORD_SET and role not in _VERB_ROLES else None
        if place:  # 消费者金华反映 (adversarial round 9): a name that is also a place's, then the complainant's verb
            forced.add(place)
            continue
        worded = _word_name_at(text, at, role) if role in _ROLE_WORD_SET and not role.startswith(_NOT_A_PERSON_ROLE) \
            else None
        if worded:  # 消费者高峰反映, 员工文静负责 (adversarial round 9): a name that is a word, then what a person does
            forced.add(worded)
            forced.update(_word_names_listed(text, worded))  # (消费者夏天、方圆反映: h22o's L5b)
            continue
        if surname_length(text, at, rare=True) and common_word_at(text, at):
            family = _family_word_name_at(text, at) or (None if generic_glued else _bounded_name_at(text, at))
            if family:
                candidates.add(family)
            continue  # 当事人申辩称, 当事人乔装成: an ordinary word, not a name
        span = _name_at(text, toks, at) or (None if generic_glued else _bounded_name_at(
            text, at, verb_given=role in _KIN_ROLES))
        # (Round 4, h20q L16: 雇佣扎西顿珠) After a verb whose object is a person, a name with no Han surname is read too
        # when it opens with a Tibetan, Uyghur or Mongolian name's part (detect.UYGHUR_NAME_PARTS).
        if span is None and (m.group(1).rstrip("：: \t\n为是系即（(“「‘《\"'" + "".join(_QUOTES)) not in _NOT_LOOSE
                             or _UYGHUR_START.match(text, at)):
            span = _loose_name_at(text, toks, at)
            glued = toks[_token_index(toks, at)] if at < len(text) else None
            if span is None and glued is not None and glued[0] != at and not _in_dictionary(glued[2]):
                # The tagger glued the role word's end to the name (被检查人韶翀瑜: 被|检查|人韶翀|瑜,
                # adversarial round 4): the words after the role word, tagged on their own.
                piece = text[at:at + 12]
                local = _loose_name_at(piece, piece_toks := tokens(piece), 0)
                if local and _rare_given_goes_on(piece, piece_toks, local[1]):
                    local = (local[0], local[1] + 1)  # (实际控制人余瓈|均|作出: round 10)
                span = (at + local[0], at + local[1]) if local else None
        if span and span[1] - span[0] == 3 and text[span[0] + 1:span[1]] in _ACTS_NEVER_GIVEN:
            continue  # 当事人王经营的超市, 当事人李销售过期食品: a surname alone, then the act (no one is named 经营)
        if span and _brand_then_goods(text, toks, span):
            continue  # 员工东方红拖拉机, 员工金龙鱼食用油 (round 4, h20q O3): a brand the dictionary tags as a name, its goods
        if span:
            candidates.add(span)
    return candidates, forced


# (h20o's L5 and L16, complaint summaries: privacy.md, "anyone named in a complaint summary is never public") How a
# consumer names a person without a common surname: a rare surname the tagger reads as a name after a verb the loose
# rule does not follow (孩子叫隗一鸣), and a child's reduplicated pet name after a word for kin (女儿暖暖在该店…, 孩子叫
# 豆豆), the whole of what the child is called; each then a clause break, a conjunction or a cue verb. Reduplicated
# adverbs and times (女儿常常来, 其女儿天天在店里) are no names: the tagger reads them as such words. A surname alone with
# 小/老 or a title (店员小王, 班主任隗老师, 王女士) stays, as round 13 decided for 员工“小刘” (tests/test_person_names_adv13.py):
# it tells the surname only, as 王某 does.
_PET_NAME_TAGS = frozenset({"a", "n", "nr", "nrfg", "nz", "x", "zg", "ng", "g"})
_CHILD_ROLES = frozenset("孩子 小孩 儿童 幼儿 婴儿 男孩 女孩 儿子 女儿 孙子 孙女 外孙 外孙女 其子 其女 之子 之女 叫 名叫 我叫 "
                         "乳名 小名 昵称".split())


# Doubled words that say "each" or "every" (孩子个个都…, 女儿天天来): no pet name.
_DOUBLED_WORDS = frozenset("哈哈 呵呵 嘻嘻 嘿嘿 哇哇 呜呜 嗷嗷 哼哼 个个 件件 样样 条条 次次 回回 家家 人人 天天 年年 位位 张张 本本 顿顿 间间 台台 瓶瓶 包包 种种 处处 时时".split())
# A baby's pet name after how a parent calls the baby (我家宝宝乐乐过敏: h20q L21): the doubled name, then a name's end.
_BABY_PET_NAME = re.compile(f"(?:宝宝|宝贝|闺女|小宝贝)([{_HAN}])\\1")


def _ends_name(text: str, end: int) -> bool:
    """Whether a name may end at `end`: the text's end, a clause break, a conjunction, a cue verb or a title."""
    return (end >= len(text) or text[end] in _BREAK or text[end] in _AND or _CUE.match(text, end) is not None
            or text.startswith(TITLES, end) or text.startswith("本人", end))  # (告知隗红霞本人: h21q's Q8)


def _called_at(text: str, toks: Sequence[Token], at: int, role: str) -> Span | None:
    """After a role word, a person named as the rule above says: a rare surname's name, or a child's pet name."""
    if at >= len(text) or role not in _ROLE_WORD_SET:
        return None
    i = _token_index(toks, at)
    tstart, tend, word, flag = toks[i]
    if tstart == at and flag in _NAME_TAGS and 2 <= len(word) <= 3 and word[0] in RARE_SURNAMES \
            and _CJK_RUN.fullmatch(word) and not any(c in _NOT_IN_NAME or c in _BREAK for c in word[1:]) \
            and _ends_name(text, tend):
        return (at, tend)  # 孩子叫隗一鸣
    if tstart == at and flag in _NAME_TAGS and len(word) == 2 and word[0] in RARE_SURNAMES and i + 1 < len(toks) \
            and _CJK_RUN.fullmatch(word) and word[1] not in _NOT_IN_NAME and word[1] not in _BREAK:
        nstart, nend, nword, nflag = toks[i + 1]
        if nend == nstart + 1 and nflag in _NAME_TAGS | _UNREAD_TAGS and nword not in _NOT_IN_NAME \
                and nword not in _BREAK and nword not in _NOT_LAST and _ends_name(text, nend):
            return (at, nend)  # 已通知隗子|墨 (h21q's Q8): the tagger's name of two characters, then the last one alone
    if text[at] in RARE_SURNAMES and tstart == at and tend == at + 1:  # (the rare surname a word of its own: not 秋季)
        end = at + 1
        while end < len(text) and end - at <= 2 and _CJK.match(text[end]) and text[end] not in _BREAK \
                and (text[end] in GIVEN_NAME_CHARS or flag_of(toks[_token_index(toks, end)]) in _UNREAD_TAGS):
            end += 1
        if end - at >= 2 and _ends_name(text, end):
            return (at, end)  # 孩子叫隗瓞瓴: given characters the tagger cannot read
    if role in _CHILD_ROLES and at + 2 <= len(text) and text[at] == text[at + 1] and _CJK.match(text[at]) \
            and text[at] not in _BREAK and text[at] not in _NOT_IN_NAME and _ends_name(text, at + 2):
        double = tokens(text[at:at + 2])
        # (A measure word doubled, 朵朵, is a pet name after a kin word too: h20q L21, 女儿朵朵（三岁半）; not 个个, 天天.)
        pet_measure = len(double) == 1 and flag_of(double[0]) == "q" and text[at:at + 2] not in _DOUBLED_WORDS
        if (all(flag_of(t) in _PET_NAME_TAGS for t in double) or pet_measure) \
                and not (len(double) == 1 and flag_of(double[0]) in ("d", "t", "m", "q") and not pet_measure):
            return (at, at + 2)  # 女儿暖暖在该店理发
    return None


# What a party did, right after a surname alone after a role word (the thirteenth session's left over-mask: 当事人王经营
# → 王**). No given name is one of these words (a 建设, 建国 or 国庆 is, and stays a name).
_ACTS_NEVER_GIVEN = frozenset("经营 销售 生产 加工 运输 储存 贮存 使用 从事 涉嫌 未经 无证 擅自 违反 存在 提供 收购 出售 "
                              "购进 采购 冒用 伪造 拒绝 违规 超范围".split())


_NATIONALITY_WORDS = ("国籍", "籍", "公民", "侨民", "裔", "人")
_NATIONALITY_HINT = re.compile("籍|公民|侨民|裔|人")
_NOT_AFTER_PEOPLE = frozenset("员士群口家们事力手工头物")


def _after_nationality(text: str, start: int) -> int | None:
    """Where a nationality written right after a role word ends (员工|马来西亚公民|阿明, 消费者|韩国籍|…): a country the
    tagger knows (ns), then 籍, 公民, 侨民, 裔 or 人; None if none starts at `start`."""
    if start >= len(text) or not _CJK.match(text[start]) or not _NATIONALITY_HINT.search(text, start, start + 9):
        return None
    for end in range(start + 2, min(len(text), start + 7)):
        tail = next((w for w in _NATIONALITY_WORDS if text.startswith(w, end)), None)
        if tail is None or (tail == "人" and text[end + 1:end + 2] in _NOT_AFTER_PEOPLE):
            continue  # (外国人员, 外地人士: a word for people, no nationality before a name)
        head = tokens(text[start:end])  # (the tagger glues 籍 to the country in the text: 马来西亚籍|阿明, 越南籍|阮氏香)
        if len(head) == 1 and flag_of(head[0]) == "ns":
            return end + len(tail)
    return None


def _foreign_name_at(text: str, start: int) -> Span | None:
    """After a nationality, a name of two to four Han characters, with or without a Han surname (阿明, 崔成浩, 玛玛丹), ending
    where a cue verb, a title, a clause break or a hired job starts; not a word of the dictionary, a place or a business."""
    for end in range(start + 2, min(len(text), start + 4) + 1):
        name = text[start:end]
        if not _CJK_RUN.fullmatch(name) or any(c in _BREAK or c in _NOT_IN_NAME for c in name) \
                or any(_CUE.match(text, k) for k in range(start + 1, end)):
            return None
        if end == len(text) or text[end] in _BREAK or _CUE.match(text, end) or text.startswith(TITLES + _YI_END, end):
            if _ordinary_word(name) or name[-1] in _NOT_LAST or name in _WORKERS or name in _ROLE_WORD_SET \
                    or _PLACE_OR_ORG_IN.search(name):
                return None
            return (start, end)
    return None


# What a complainant or a witness does right after being named (消费者金华反映, 投诉人张掖称): a place does none of it.
_SAYS = re.compile("反映|称|诉称|述称|投诉|举报|来电|致电|来信|来访|表示|要求|陈述|证实|承认|当场承认|对违法事实|供认|如实供述")


def _place_named_person_at(text: str, start: int) -> Span | None:
    """A two-character name after a role word that jieba's dictionary calls a place (消费者金华反映: 金华 is a city and a
    given name; 投诉人张掖称: a person named 张掖, as the corpus's own people are), read as a person's when a verb of
    saying or complaining follows at once: a place after a role word would be written with 在/于/到 (消费者在金华购买).
    The eighth pass's left case; a surname first, as every name read after a role word."""
    word = text[start:start + 2]
    if len(word) < 2 or word[0] not in SURNAMES or not _SAYS.match(text, start + 2):
        return None
    words = tokens(word)
    if len(words) != 1 or flag_of(words[0]) not in ("ns", "nz"):
        return None
    return (start, start + 2)


# Roles an organisation can fill (当事人单位, 被投诉人公司): a word after them may be the organisation's.
_NOT_A_PERSON_ROLE = ("当事", "被", "行政相对", "相对人", "申请人", "经营者", "生产者", "销售者", "使用者", "委托人", "受托人")
# Nouns that stand between a person's role word and what they say and are no name (投诉人单位称, 消费者权益受损).
_NOUNS_AFTER_ROLE = frozenset("单位 权益 宿舍 商家 公司 门店 平台 方面 家属 家人 本人 代表 一方 双方 协会 组织 集体 群体 团体 "
                              "部门 车间 班组 工会 亲属 朋友 同事 邻居 老板 经理 领导 方面 反映 投诉".split())
_WORD_NAME_VERBS = re.compile("反映|称|诉称|述称|投诉|举报|来电|致电|表示|要求|实名|负责|未办理|未取得|拒绝|证实|承认")
_WORD_NAME_TAGS = frozenset({"n", "nr", "nz", "ns", "nrt", "nrfg"})


# (h22o's L5/L5b: 举报人高峰在当事人店内…, 证人方圆在…, 投诉人宁静（女）反映…, 执法人员：高峰（执法证号…）, 消费者夏天、方圆反映)
# What may follow a name that is also a word right after a person's role word, besides `_WORD_NAME_VERBS`: a clause
# break, a bracket (a note on the person), a list's mark — or a preposition or an adverb opening what the person did.
# A word that goes on into a longer one (举报人高峰期间, 消费者高峰时段, 投诉人方圆五公里内) is followed by none of these:
# what follows decides.
_WORD_NAME_ENDS = frozenset("，。；：、,;:（(）)！？!? \t\n/／")
_WORD_NAME_ACTS = re.compile("在|于|对|向|从|到|把|被|与|跟|同|当场|当即|曾|多次|参与|驾驶|随后|主动|亲自|拒")
# Roles that hire or name a worker (当事人雇佣的夏天在店内…): after them even a time or a number word (夏天, 万里) is one.
_HIRING_ROLES = frozenset("雇佣的 雇用的 聘用的 聘请的 招用的".split())


def _word_name_at(text: str, start: int, role: str = "") -> Span | None:
    """A two-character name that is also a word (高峰, 文静, 时光, 于洋) right after a person's role word and right before
    what a person does (`_WORD_NAME_VERBS`): 消费者高峰反映, 员工文静负责收银 (adversarial round 9: the rule that keeps
    当事人申辩称 and 消费者普遍反映 kept these names). A noun or a name by the tagger's reading, not an adverb or an
    adjective (消费者强烈要求, 消费者普遍反映), not a word for a group or a place of people (投诉人单位称).

    h22o's L5: also before a clause break, a bracket or a list's mark (投诉人宁静（女）, 司机高峰、), and before a
    preposition or an adverb opening an act (举报人高峰在当事人店内…: `_WORD_NAME_ACTS`), where a time or a number word
    (夏天, 万里) is read as the name too; a time word before an act only after a word of hiring (员工周末在店内 is the word)."""
    word = text[start:start + 2]
    if len(word) < 2 or not surname_length(word, 0) == 1 \
            or word in _NOUNS_AFTER_ROLE or word in _ROLE_WORD_SET or word in KIN_WORDS or word[1] in _NOT_LAST \
            or word[1] in "某*＊×○〇":  # (消费者李某负责, 投诉人张某称: named nobody already)
        return None
    end = start + 2
    says = _WORD_NAME_VERBS.match(text, end) is not None
    if not says and role in _VERB_ROLES:
        return None  # 举报信息：, 反映问题、: the verb's object, no person (举报/反映/投诉 open a summary's clause)
    ends = end >= len(text) or text[end] in _WORD_NAME_ENDS
    acts = not says and not ends and _WORD_NAME_ACTS.match(text, end) is not None
    if not (says or ends or acts) or (not says and not _in_dictionary(word)):
        return None  # (股东甘颖与谷霞分别持股: a name that is no word is read by the rules for names, with its list)
    words = tokens(word)
    if len(words) != 1:
        return None
    flag = flag_of(words[0])
    if flag in _WORD_NAME_TAGS or (flag == "m" and not says) or (flag == "t" and (ends or role in _HIRING_ROLES)):
        return (start, end)
    return None


def _word_names_listed(text: str, span: Span) -> list[Span]:
    """The names that are words listed after one read by `_word_name_at` (消费者夏天、方圆反映; 执法人员：高峰（执法证号…）、
    文静（…）: h22o's L5/L5b): after a note in brackets and a list's mark, each read by the same rule."""
    out: list[Span] = []
    end = span[1]
    for _ in range(8):
        note = _LISTED_NOTE.match(text, end)
        at = note.end() if note else end
        if at >= len(text) or text[at] not in _AND:
            break
        nxt = _word_name_at(text, at + 1)
        if nxt is None:
            break
        out.append(nxt)
        end = nxt[1]
    return out


_LISTED_NOTE = re.compile(r"[（(][^（）()\n]{0,30}[）)]")


_GIVEN_WORD_TAGS = frozenset({"nr", "nrfg", "nrt", "nz", "ns", "n", "ng", "x"})


def _given_name_after_role(text: str, toks: Sequence[Token], at: int) -> Span | None:
    """A two-character given name alone after a role word (消费者建华反映, 投诉人秀兰称: adversarial round 8): both of
    `GIVEN_NAME_CHARS`, then a cue verb or a clause break; no verb, adverb or function word of the dictionary
    (投诉人建议退款, 消费者多次反映), no word for a person (消费者家属), no title (员工先生)."""
    given = text[at:at + 2]
    if len(given) < 2 or not all(c in GIVEN_NAME_CHARS for c in given):
        return None
    after = at + 2
    if after < len(text) and not (_CUE.match(text, after) or text[after] in "，。；、,;（(）) \t\n"):
        return None
    if given in _ROLE_WORD_SET or given in _TITLE_GIVEN or given in KIN_WORDS or _TITLE_AFTER.match(given):
        return None
    if _in_dictionary(given):
        words = tokens(given)
        if len(words) != 1 or flag_of(words[0]) not in _GIVEN_WORD_TAGS:
            return None
    k = _token_index(toks, at)
    if toks and toks[k][0] < at and _in_dictionary(toks[k][2]) and toks[k][3] not in _NAME_TAGS:
        return None  # the role word's end and the first character are one word of the dictionary
    return (at, after)


def _name_after_lead(text: str, toks: Sequence[Token], end: int) -> Span | None:
    """A name ending at `end` (before a cue verb) right after one of `_LEAD_CHARS` (检查时祁秀兰在场, 受祁建华指使), which
    the tagger often glues to the name's surname (时祁秀兰, 受祁|建华): a common surname and one or two given
    characters, or a rarer surname and two, no word of the dictionary that is no name."""
    for length in (3, 2):
        start = end - length
        if start < 1 or text[start - 1] not in _LEAD_CHARS:
            continue
        name = text[start:end]
        s = surname_length(text, start, rare=True)
        if not s or (text[start] not in SURNAMES and not COMPOUND_SURNAMES.intersection([name[:2]]) and length != 3):
            continue
        if _in_dictionary(text[start - 1:start + 1]):
            continue  # 托管|班负责人, 所有|人: the word before and the surname are one word of the dictionary
        if _plausible(name if text[start] in SURNAMES or s == 2 else "王" + name[1:]) and not _ordinary_word(name) \
                and name not in BRAND_NAMES and not common_word_at(text, start):
            return (start, end)
    return None


def _around_names(text: str, toks: Sequence[Token]) -> set[Span]:
    """Names before an age, after an age, before a title or a job title, before a cue verb."""
    candidates: set[Span] = set()
    # A name in the frames decisions put an owner, a lender or an agent in (该车辆登记在王秀珍名下, 该房屋为徐志刚所有,
    # 当事人将店铺转让给李建华, 经查，孙丽华本人承认…: round 6, names-property-agency-words, names-decision-contexts-common).
    for m in (m for frame in _FRAMES for m in frame.finditer(text)):
        start, end = m.span("n")
        name = text[start:end]
        if text[max(0, start - 1):start + 1] in _YU_WORDS:
            continue  # 对于无证经营行为: 于 ends a preposition there, it starts no name (round 9)
        if _plausible(name) and not _ordinary_word(name) and not common_word_at(text, start):
            candidates.add((start, end))
    for m in (m for frame in (*_OBJECT_FRAMES, _COUNT_FRAME) for m in frame.finditer(text)):
        start, end = m.span("n")
        name = text[start:end]
        if m.re is _COUNT_FRAME and name in BRAND_NAMES:
            continue  # 康佳等12名员工 (see _COUNT_FRAME)
        if _plausible(name) and not common_word_at(text, start) and not _ordinary_word(name) and (
                not _in_dictionary(name) or (flag_of(tokens(name)[0]) in _NAME_TAGS
                                             and (len(name) == 2 or GIVEN_NAME_CHARS.issuperset(name[1:])))):
            candidates.add((start, end))
    if "“" in text or "「" in text or '"' in text:
        candidates |= _names_in_speech(text, toks)
    if "有" in text:
        for m in _WRITTEN_FRAME.finditer(text):
            start, end = m.span("n")
            name = text[start:end]
            clause = text[max(0, text.rfind("，", 0, m.start()) + 1, text.rfind("。", 0, m.start()) + 1,
                              text.rfind("；", 0, m.start()) + 1):m.start()]
            if _ON_A_PRODUCT.search(clause) or name in BRAND_NAMES:
                continue  # 外包装写有李宁字样: a brand on a product
            if (len(name) >= 3 or _SIGNED_PAPER.search(clause)) and _plausible(name) \
                    and not common_word_at(text, start) and not _ordinary_word(name) and (
                    not _in_dictionary(name) or GIVEN_NAME_CHARS.issuperset(name[surname_length(name, 0) or 1:])):
                candidates.add((start, end))
    # A pinyin or half-pinyin name at a clause start, then a cue verb (经查，Zhang Wei负责收银; 经查，张wei负责收银: a clerk
    # without the characters; adversarial round 8, people-penalty-content).
    if _LATIN_IN.search(text):
        for m in _LATIN_AT_CLAUSE.finditer(text):
            at = m.start(1)
            length = pinyin_name_length(text[at:m.end(1)])
            span = (at, at + length) if length else _mixed_name_at(text, at)
            if span and (_CUE.match(text, span[1]) or text.startswith(TITLES, span[1])) \
                    and (not text[:at].strip() or _INQUIRY_BEFORE.search(text, 0, at)):
                candidates.add(span)  # (only where an inquiry's finding opens: …认证，Lin Xiu称 may be a product's words)
    # A person hired to do a job (当事人雇用高峰从事销售: round 10, h9p's left case): a name, or a word that is one, between
    # the hiring verb and the job — no place, product or group is hired so.
    if _HIRED_HINT.search(text):
        for m in _HIRED.finditer(text):
            start, end = m.span("n")
            name = text[start:end]
            if (_plausible(name) and not _ordinary_word(name) and not common_word_at(text, start)) or name_word(name):
                candidates.add((start, end))
            elif (yi := _yi_name_at(text, start)) is not None:
                candidates.add(yi)  # 雇用阿西木呷从事销售 (round 10)
    # A name, then 本人 and what a person does to a record (上述证据经过肖江仔本人阅示并发表意见: 攸县交通运输局
    # 湘攸交处罚〔2025〕092(非)号, hnyx.gov.cn/c5662/20251205/i2450359.html; round 10): whoever reads or signs is a person.
    if "本人" in text:
        for m in _SELF_ACT.finditer(text):
            span = _name_before(text, toks, m.start())
            if span and not _ordinary_word(text[span[0]:span[1]]) and text[span[0]:span[1]] not in _ROLE_WORD_SET:
                candidates.add(span)
    # A name hidden by hand with 某 at a clause start, then a cue verb (经查，张某华称…: round 6).
    for m in _HIDDEN_HINT.finditer(text):
        start = m.start() - 1 - (text[max(0, m.start() - 2):m.start()] in COMPOUND_SURNAMES)
        if start >= 0 and (start == 0 or text[start - 1] in _CLAUSE):
            span = _hidden_name_at(text, start)
            if span and (_CUE.match(text, span[1]) or text.startswith(TITLES, span[1])
                         or (span[1] - span[0] >= 3 and span[1] < len(text) and _hidden_then_verb(text, span[1]))):
                candidates.add(span)
    # 某 for the last character, the first given one kept, at a clause start (经查，祁永某称…: adversarial round 8).
    if "某" in text:
        for m in _HIDDEN_LAST.finditer(text):
            start = m.start()
            if (start == 0 or text[start - 1] in _CLAUSE or text[start - 1] in _LEAD_CHARS) \
                    and _hidden_name_at(text, start) == (start, m.end()) \
                    and (_CUE.match(text, m.end()) or text.startswith(TITLES, m.end())):
                candidates.add((start, m.end()))
    # A Tibetan, Mongolian or Uyghur name written without its dot at a clause start, then a cue verb (经查，扎西顿珠在店内
    # 销售…: adversarial round 9; it starts with no surname, so the rule above never reads it).
    for m in _CLAUSE_START.finditer(text):
        at = m.end()
        japanese = _japanese_name_at(text, at) if text[at:at + 2] in JAPANESE_SURNAMES else None
        if japanese and _CUE.match(text, japanese[1]):
            candidates.add(japanese)  # 经查，田中太郎在店内销售 (round 11, h12p: as 消费者田中太郎 is read after a role word)
            continue
        part = _UYGHUR_START.match(text, at)
        if not part:
            continue
        for end in range(part.end(), min(len(text), at + 7) + 1):
            if end > part.end() and not _CJK.match(text[end - 1]):
                break
            if _CUE.match(text, end) and not _ROLE_AT.search(text, at, end):
                if not _ordinary_word(text[at:end]) and text[end - 1] not in _NOT_LAST and text[end - 1] not in "花草茶酒":
                    candidates.add((at, end))  # (呼和浩特在…, 格桑花在…: a city, a flower the dictionary knows)
                break
    if "宝" in text or "闺女" in text:
        for m in _BABY_PET_NAME.finditer(text):
            if m.group(0)[-2:] not in _DOUBLED_WORDS and m.group(1) not in _BREAK and text[m.end():m.end() + 1] != m.group(1):
                candidates.add((m.end() - 2, m.end()))
    # A name before an age (诚信少年（王小翀，12岁）): a child's.
    for m in _AGE.finditer(text):
        if m.start() > 1 and _CJK.match(text[m.start() - 1]):
            # (or a rare surname's the tagger cut apart, 隗浩然（17岁） quoted from a date cell: round 4, h20q L15)
            span = _name_before(text, toks, m.start()) or _listed_name_before(text, m.start())
            if span and (span[0] == 0 or text[span[0] - 1] in _CLAUSE):
                candidates.add(span)
    # A name before a note that holds an age (员工中有祁建华（学生，15岁）: round 10, h11p — 晋人社监罚〔2022〕2号 and the 童工 cases
    # note what the child is before the age): a child's, after a clause break or 有/时/受/派/叫/让/令.
    if "岁" in text:
        for m in _NOTE_WITH_AGE.finditer(text):
            if m.start() > 1 and _CJK.match(text[m.start() - 1]):
                span = _name_before(text, toks, m.start())
                if span and (span[0] == 0 or text[span[0] - 1] in _CLAUSE or text[span[0] - 1] in _LEAD_CHARS) \
                        and not _ordinary_word(text[span[0]:span[1]]):
                    candidates.add(span)
    # An age, then a name (雇佣16周岁的李小龙, 年仅十五岁的王翀): a person's, often a child's.
    for m in _AGE_BEFORE.finditer(text):
        at = m.end()
        if surname_length(text, at, rare=True) and not common_word_at(text, at):
            span = _name_at(text, toks, at) or _name_ending_at_break(text, at)
            if span:
                candidates.add(span)
    # (Round 4, h20q L8) An age in brackets between the role and the name (雇佣童工（现年13岁）宓一诺从事…).
    for m in _AGE_IN_BRACKETS_BEFORE.finditer(text) if "岁" in text else ():
        at = m.end()
        if surname_length(text, at, rare=True) and not common_word_at(text, at):
            span = _name_at(text, toks, at) or _name_ending_at_break(text, at)
            if span:
                candidates.add(span)
    # A name, then a title (李秀英女士, 党堃律师).
    for m in _TITLE_AFTER.finditer(text):
        title_word = toks[_token_index(toks, m.start())]
        if title_word[0] == m.start() and title_word[1] > m.end() and _in_dictionary(title_word[2]) and not _CUE.match(text, m.end()):
            continue  # 员工武警警官证 (round 4, h20q O1): the title opens a longer word (警官证), a document, no title
        span = _name_before(text, toks, m.start())
        if span:
            candidates.add(span)
    # A name, then a job title, at a clause start or after a preposition (据郑春花组长介绍, 王建新经理表示, 由阎志军经理
    # 负责: adversarial round 5 — Chinese puts the title after the name as often as the role before it). The
    # name must not be a word of the dictionary (车间主任, 门店店长, 商场经理 stay).
    for m in _JOB_TITLE_AFTER.finditer(text):
        if toks[_token_index(toks, m.start())][0] < m.start():
            continue  # 劳务班组长: the title inside a longer word of the tagger's (班组长), no name before it (round 7)
        span = _name_before(text, toks, m.start())
        if span and (span[0] == 0 or text[span[0] - 1] in _CLAUSE) and not _ordinary_word(text[span[0]:span[1]]) \
                and text[span[0]] not in _FUNCTION_SURNAMES:  # 由值班经理, 由部门经理: 由 is the preposition here
            candidates.add(span)
    # A name at a clause start or after a preposition, then a cue verb (经查，郑丽娟系…; 由皇甫超供货).
    for m in _CUE.finditer(text):
        if _DOCUMENT_CODE_AFTER.match(text, m.start()):
            continue  # 甘市监处字〔2026〕第33号: an authority's code opens a decision number, 处 is no verb after a name
        k = _token_index(toks, m.start())
        tstart, _, word, flag = toks[k]
        if tstart < m.start() and _in_dictionary(word) and flag not in _NAME_TAGS and not (
                tstart == m.start() - 1 and k > 0 and toks[k - 1][1] == tstart and toks[k - 1][3] in _NAME_TAGS
                and toks[k - 1][1] - toks[k - 1][0] == 2 and surname_length(text, toks[k - 1][0]) == 1
                and not _in_dictionary(toks[k - 1][2]) and _plausible(text[toks[k - 1][0]:m.start()])):
            # 商品存在: the cue is inside a dictionary word, not a verb after a name (程丽|华为|该店: a name's). But
            # a two-character name word, then a word of the name's last character and the cue (祁瑞|宇称|不知情:
            # adversarial round 6), is a name before its verb.
            continue
        end = m.start()
        if end > 0 and text[end - 1] in "）)":  # 王建国（电话已核实）反映: a remark between the name and the verb
            opening = max(text.rfind("（", max(0, end - 24), end - 1), text.rfind("(", max(0, end - 24), end - 1))
            end = opening if opening > 0 else end
        span = _name_before(text, toks, end)
        if span and (span[0] == 0 or text[span[0] - 1] in _CLAUSE or text[max(0, span[0] - 2):span[0]] in _YU_WORDS
                     or text[max(0, span[0] - 2):span[0]] in _REPORTED or _DAY_BEFORE.search(text, max(0, span[0] - 8), span[0])
                     or (text[span[0] - 1] == "系" and _is_copula(toks, span[0] - 1)) or (
                _COUNTED.match(text, end) and toks[_token_index(toks, span[0])][0] == span[0])) \
                and not _ordinary_word(text[span[0]:span[1]]):
            candidates.add(span)
        elif end > 2 and text[end - 4:end - 2] != "某某":
            lead = _name_after_lead(text, toks, end)  # (adversarial round 8: 检查时祁秀兰在场, 受祁建华指使)
            if lead:
                candidates.add(lead)
    return candidates


# The rest of a decision number's code, then its year in brackets (甘市监处字〔2026〕, 张市监罚字[2026], 兰卫监处（2026）):
# the words before are an authority's abbreviation, not a name (the thirteenth session's left over-mask).
_DOCUMENT_CODE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}\s*[〔\[【(（［﹝]\s*(?:19|20)\d\d\s*[〕\]】)）］﹞]")
# How a report came in, before 举报/投诉/反映 and the person reported (举报人实名举报X无证行医: round 11, h12p).
_HOW_REPORTED = frozenset("实名 匿名 来电 电话 书面 网上 来信 当面".split())
# (h21o's L6_name_before_benren: 佴子涵本人参与销售 — what a person took part in or was at, as 本人 stresses it)
_SELF_ACT = re.compile("本人(?:阅示|阅读|阅看|签字|签名|签收|确认|核对|认可|到场|承认|陈述|同意|表示|供述|辨认|按手印|捺印"
                       "|参与|参加|亲自|经手|在场)")
_SIDE_WORDS = frozenset("对方 双方 一方 各方 我方 他方 甲方 乙方 校方 警方 店方 院方 厂方 卖方 买方 资方 官方 多方".split())
_HIRED_HINT = re.compile("雇|聘|招用")
_HIRED = re.compile(f"(?:雇用|雇佣|聘用|聘请|招用)(?P<n>[{_HAN}]{{2,5}}?)(?:从事|负责|担任|在店|在该店|在其店|为其|做)")
# (round 14, h17p) What a name is the object of in a complaint (消费者投诉刘建华拒绝退款, 举报刘建华无证行医), and a date written
# right before the name with no comma (2026年3月5日刘建华在该店购买: 12315 summaries as consumers type them).
_REPORTED = frozenset("投诉 举报 控告 检举".split())
_DAY_BEFORE = re.compile(r"(?:\d{1,2}\s*[日号]|当日|当天|次日|同日)$")
def _is_copula(toks: Sequence[Token], at: int) -> bool:
    """Whether the 系 at `at` is a word of its own, the copula (该店系刘建华出资开设), not the end of 联系, 关系, 体系."""
    tok = toks[_token_index(toks, at)]
    return tok[0] == at and tok[1] == at + 1


_YU_WORDS = frozenset("对于 由于 关于 至于 鉴于 基于 等于 属于 位于 处于 终于 归于 限于 在于 过于 善于 便于 易于 勇于".split())
_CLAUSE_START = re.compile(r"(?:^|(?<=[，。；：,;:\n（(]))(?:经查|查明|经核实|经调查)?[，,：:]?")


# A count of people after a name (允许王小虎等3名未成年人进入网吧: adv5 follow-up, names-of-children-in-texts): the
# name is a person's after any verb, not only at a clause start, when it starts a word of its own.
_COUNTED = re.compile("等(?:[0-9]{1,3}|[两二三四五六七八九十]{1,3})[名人位]")


def verb_for_given_name(name: str) -> bool:
    """Whether a three-character candidate's given part is a verb or function word of the dictionary (管|介绍,
    管|负责: 门店主管介绍 read as the role 店主 and a name), so the candidate is no name."""
    given = name[surname_length(name, 0, rare=True) or 1:]
    return len(given) == 2 and _ordinary_word(given) and flag_of(tokens(given)[0]) in _VERB_TAGS


def _ordinary_word(word: str) -> bool:
    """Whether `word` is one word of the dictionary that the tagger does not call a name (原告方, 负责)."""
    if not _in_dictionary(word):
        return False
    words = tokens(word)
    return len(words) == 1 and flag_of(words[0]) not in _NAME_TAGS


def _recognised(text: str, toks: Sequence[Token]) -> set[Span]:
    """The tagger's names that count without a context rule."""
    candidates: set[Span] = set()
    # 2. The recogniser: the tagger's person-name tag, with a surname word before it joined (安|海燕) and
    # adjacent pieces joined (欧阳明|辉). A two-character hit alone is too often an ordinary word
    # (查明, 陈述, 顾客): it counts only with a context rule above. A hit that is a dictionary entry
    # (牛肉干, 农家乐, 许可证 are tagged `nr` there) counts only with a context rule too: alone, only
    # names the HMM put together from unknown characters count.
    i = 0
    while i < len(toks):
        start, end, word, flag = toks[i]
        if flag in _NAME_TAGS and word not in KIN_WORDS:  # (岳父|陈|秋香: the tagger calls 岳父 a name)
            j = i
            while j + 1 < len(toks) and toks[j + 1][3] in _NAME_TAGS and toks[j + 1][1] - start <= 4:
                j += 1
            end = toks[j][1]
            if i > 0 and len(toks[i - 1][2]) == 1 and toks[i - 1][2] in SURNAMES and surname_length(word, 0) == 0:
                start = toks[i - 1][0]
            name = _strip_title(text[start:end]).rstrip("".join(_NOT_IN_NAME))
            end = start + len(name)
            if len(name) == 2:
                end = _extend(text, toks, start, end)
                name = text[start:end]
            start = _after_preposition(text, start, end)
            if end - start >= 3 and _plausible(text[start:end]) and not _in_dictionary(text[start:end]) and (
                    not common_word_at(text, start)) and not _brand_before_product(text, toks, end):  # 乔装|成
                candidates.add((start, end))
            i = j + 1
        else:
            i += 1
    return candidates


# What the subject of a short cell does first (祁海燕无健康证明从事…, 祁宏伟冒用他人身份证…, 王建国擅自…): a verb, an
# adverb or a negation right after the name; or the words a title of a person's own undertaking opens with (adversarial
# round 7, other-kinds-fields-persons: a 自愿注册 信息标题 `祁德旺诚信经营承诺`, `李建国个人信用承诺书`).
_OPENING_VERB_TAGS = frozenset({"v", "vd", "d", "p", "ad"})
_OPENING_VERB_CHARS = frozenset("无未不没拒擅冒非违私伪涉")
_OPENING_TITLE_WORDS = ("诚信", "信用", "守信", "守法", "承诺", "个人", "自愿", "诚实", "失信", "违法", "违规",
                        # (a case's title: 张建华销售过期食品案, 王建华涉嫌无证经营案)
                        "销售", "经营", "生产", "加工", "运输", "储存", "涉嫌", "非法", "未经", "无证", "擅自")


def _opening_name(text: str, toks: Sequence[Token]) -> Span | None:
    """A name that opens the text and is its subject (adversarial round 6, names-in-short-structure-cells: a
    违法行为类型 `祁海燕无健康证明从事食品经营`, a 列入原因 `祁宏伟冒用他人身份证办理登记`): a common surname and two
    given characters that are no word of the dictionary, the tagger's words ending with them, then a verb, an
    adverb or a negation. Not a brand, a place or an organisation (王老吉凉茶, 张掖市…, 黄金饰品: the filters)."""
    s = surname_length(text, 0)
    end = s + 2
    if not s or end >= len(text) or text[0] in _FUNCTION_SURNAMES or not toks:
        return None
    if text[end - 1] in _HIDDEN_NOT_GIVEN and toks and toks[0][:2] == (0, s + 1) and flag_of(toks[0]) in _NAME_TAGS \
            and _plausible(text[:s + 1]) and not _ordinary_word(text[:s + 1]):
        # A name of one given character, then an adverb (明辉已撤诉: h19o's O7_split_name_eats_char read 明辉已 as the
        # name and masked 已): the tagger's name, the adverb left.
        end = s + 1
        nxt = _token_index(toks, end)
        return (0, end) if nxt < len(toks) and flag_of(toks[nxt]) in _OPENING_VERB_TAGS else None
    name = text[:end]
    if not _plausible(name) or _ordinary_word(name) or name in BRAND_NAMES or verb_for_given_name(name) or (
            not _in_dictionary(name) and common_word_at(text, 0)):
        return None  # (王海燕: a name the dictionary knows as one)
    k = _token_index(toks, end)
    tstart, _, word, flag = toks[k]
    if tstart != end or not _CJK.match(word[0]):
        return None  # the tagger reads a word across the name's end (张掖|市, 高压|锅)
    if any(t[3] in ("ns", "nt", "nz") and t[1] - t[0] >= 2 for t in toks[:k]):
        return None  # a place, an organisation or a brand opens the text
    if _in_dictionary(text[end - 1:end + 1]) or _in_dictionary(text[end - 2:end + 1]):
        return None  # 曲奇饼|干过期: the name's last character and the next one are a word (饼干)
    if flag in _OPENING_VERB_TAGS or word[0] in _OPENING_VERB_CHARS or text.startswith(_OPENING_TITLE_WORDS, end):
        return (0, end)
    return None


# The subject of an inquiry's finding (adversarial round 9, probe6: 经查，张伟当场拒绝配合检查 / 随后离开现场 / 的车辆停放在…
# / 多次到店索要欠款 / 未到场 — 171 of 400 such sentences with common names kept the name on main): right after 经查，
# the 2021 格式范本's 违法事实 names who did what; a name there opens its clause as a name opens a short text.
_FINDING = re.compile(r"(?:经查|查明|经核实|经调查|据查|调查发现|检查发现|现场发现)[，,：:]\s*")
_FINDING_NEXT_TAGS = _OPENING_VERB_TAGS | {"f", "t", "c"}  # (张伟当时, 张伟和孙丽; 的 only before a person's things)


def _finding_subjects(text: str) -> set[Span]:
    """Names opening the clause after an inquiry's opener (`_FINDING`): `_opening_name` on the rest, and a two-character
    name the tagger reads as one name word (张伟, 刘洋: `nr`, no dictionary word), then a verb, an adverb, 的 or 家."""
    out: set[Span] = set()
    for m in _FINDING.finditer(text):
        at = m.end()
        rest = text[at:at + 24]
        if not rest or not _PRECHECK.match(rest):
            continue
        toks = tokens(rest)
        span = _opening_name(rest, toks)
        if span is None and toks and toks[0][1] == surname_length(rest, 0) + 1 and toks[0][3] in _NAME_TAGS \
                and rest[0] not in _FUNCTION_SURNAMES and _plausible(toks[0][2]) and not _ordinary_word(toks[0][2]) \
                and toks[0][2] not in BRAND_NAMES \
                and not common_word_at(rest, 0) and len(toks) > 1 and toks[1][0] == toks[0][1] \
                and ((toks[1][3] in _FINDING_NEXT_TAGS and toks[1][2] != "的") or toks[1][2][0] in _OPENING_VERB_CHARS
                     or rest.startswith(CUE_VERBS + _FINDING_VERBS, toks[0][1])):  # (熊猫的标识, 李宁的运动鞋: 的 alone no)
            span = (0, toks[0][1])
        if span is None and _DATED_ACT.match(rest, 2):  # (round 10: 经查，罗勇于2026年3月1日…, 经查，文静于2026年…)
            span = _dated_subject(rest)
        if span is None and rest[:2] in YI_FAMILY_NAMES:
            span = _yi_name_at(rest, 0)  # (round 10: 经查，阿西木呷在店内销售)
        if span is None:
            for length in (3, 2):  # (the tagger glued the name's end to the next word: 张伟当|场…)
                word = rest[:length]
                if len(word) == length and _plausible(word) and not _ordinary_word(word) and not common_word_at(rest, 0) \
                        and rest[0] not in _FUNCTION_SURNAMES and word not in BRAND_NAMES \
                        and rest.startswith(_FINDING_VERBS, length):
                    span = (0, length)
                    break
        if span:
            out.add((at + span[0], at + span[1]))
    return out


# A date the finding's subject acted on, right after it (经查，罗勇于2026年3月1日在该店购买手机: the tagger reads 罗|勇于, and
# 文静 is a word; round 10, h9p's left case). A place or a brand the dictionary knows (ns, nz: 张掖于…, 万达于…) is no name here.
_DATED_ACT = re.compile(r"于\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|当日|当天|同日|次日)")
_PLACE_OR_BRAND_TAGS = frozenset({"ns", "nz", "nt"})


def _dated_subject(rest: str) -> Span | None:
    """The name of two or three characters opening `rest` (a finding) right before `_DATED_ACT`, unless what follows
    the date in its clause is a business's act (`_BUSINESS_ACTS`: 华强于…开业, 康佳于…成立); a word that is also a name
    (文静, 高峰) only before a person's act (`_PERSON_ACTS`: 文静于…在该店购买手机; not 文明于…, 高铁于…开通)."""
    for length in (3, 2):
        word = rest[:length]
        dated = _DATED_ACT.match(rest, length)
        if len(word) < length or not dated or word in BRAND_NAMES or rest[0] in _FUNCTION_SURNAMES:
            continue
        clause = re.split(r"[，。；,;！？\n]", rest[dated.end():])[0]
        if _BUSINESS_ACTS.search(clause) or (length == 3 and _in_dictionary(word)):
            continue  # (金龙鱼于…, 黄金周于…: words of the dictionary of three characters are brands and times)
        words = tokens(word)
        if len(words) == 1 and flag_of(words[0]) in _PLACE_OR_BRAND_TAGS:
            continue
        if (_plausible(word) and not _ordinary_word(word) and not common_word_at(rest, 0)) \
                or (name_word(word) and _PERSON_ACTS.search(clause)):
            return (0, length)
    return None


def _dated_business_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word of the dictionary, is followed by a date and then, in its clause, a business's act
    and no person's (经查，康佳于2026年3月1日开业, 明星, 方正, 鲁花 …: the eighth and ninth passes' left over-masks); a word of
    three characters whatever the act unless a person's (金龙鱼于…, 黄金周于2026年10月1日开始). A person's name the
    dictionary does not hold (罗勇, 王建军) is left to the other rules, and a name before a person's act is a name (文静于
    …在该店购买手机)."""
    dated = _DATED_ACT.match(text, end)
    word = text[start:end]
    if dated is None or not (_in_dictionary(word) or word in BRAND_NAMES) or not 2 <= end - start <= 4:
        return False
    if end - start >= 3 and all(c in GIVEN_NAME_CHARS for c in word[-2:]):
        return False  # 王建军, 李秀英: names the dictionary holds (common two-character names, 张伟, 刘洋, it does not)
    if any(flag_of(t) == "nrfg" for t in tokens(word)):
        return False  # 李强: the dictionary's own tag for a person's full name
    clause = re.split(r"[，。；,;！？\n]", text[dated.end():])[0]
    if _PERSON_ACTS.search(clause):
        return False
    return end - start >= 3 or _OPENING_ACTS.search(clause) is not None


# What only a business does on a date (not 购进, 取得, 办理: a person does those too).
_OPENING_ACTS = re.compile("开业|开张|成立|注册成立|设立|开设|开办|开通|上市|推出|发布|召开|举办|投产|营业|停业|歇业|入驻|迁入|迁至|更名|"
                           "注销|开始")


# Trades a 个体's 字号 is written with and no 店 (张三烧烤, 李四麻辣烫: 《个体工商户名称登记管理办法》 字号 + 行业), then what a business
# does or a clause break: a name before one names the business (round 10, h11p).
_SHOP_TRADES = ("烧烤", "火锅", "小吃", "麻辣烫", "拉面", "牛肉面", "凉皮", "炒面", "面馆", "烤肉", "串串", "冒菜", "卤味", "熟食",
                "快餐", "烘焙", "蛋糕", "奶茶", "理发", "美发", "美甲", "足浴", "干洗", "洗车", "汽修", "修车")
_shop_trade = re.compile("(?:" + "|".join(_SHOP_TRADES) + ")(?=[，。；、,;（(的未无在]|称|表示|销售|经营|存在|使用|加工|购进|制作|提供|"
                         "供应|出售|于|将|对|向|拒绝|同意|已|被|$)")


# A nationality after a word for a person (当事人马来西亚籍, 当事人（马来西亚籍）, 当事人马来西亚人: round 10, the tagger reads
# 马来西亚籍 as one name): a word ending in 籍, or a place of the dictionary and 人.
def _nationality(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (or it and the character after it) is a nationality (`马来西亚籍`, `马来西亚人`)."""
    word = text[start:end]
    if word.endswith("籍") or text.startswith(("籍", "国籍"), end):
        return True
    if word.endswith("人") and len(word) >= 3:
        head = tokens(word[:-1])
        return len(head) == 1 and flag_of(head[0]) == "ns"
    return False


_BUSINESS_ACTS = re.compile("开业|开张|成立|注册|登记|设立|开设|开办|开通|取得|获得|办理|变更|注销|上市|推出|发布|召开|举办|生产|"
                            "进货|购进|采购|签订|中标|投产|营业|停业|歇业|入驻|迁入|迁至|更名")
_PERSON_ACTS = re.compile("购买|购得|在该店|在店内|到店|来店|到该店|进入|离开|向执法人员|向当事人|向本局|拨打|致电|投诉|举报|反映|"
                          "被|受雇|入职|离职|驾驶|携带|乘坐|就诊|报名|充值|消费")


# A name a word can be (高峰, 文静, 时光): two characters, a surname then a character given names use, one word of the
# dictionary that is a noun or a name (not 房东, 公司, 商户: their second characters name no one; not a role word).
_NAME_WORD_TAGS = frozenset({"n", "nr", "nrfg", "nrt"})
# Words for the people one hires, as a group or a job (当事人雇用农民从事采摘, 雇用门卫负责看管): no one's name.
_WORKERS = frozenset("农民 牧民 渔民 村民 居民 市民 门卫 保安 安保 保洁 保姆 黄牛 民工 帮工 杂工 零工 小工 学徒 童工 散工 "
                     "钟点工 临时工 工人 骑手 跑腿 司机 车手 枪手 水军 托儿 医生 护工 护士 教师 老师 员工 雇员 店员".split())


def name_word(word: str) -> bool:
    """Whether `word`, a two-character word of the dictionary, can be a person's name where only a person can stand."""
    if len(word) != 2 or surname_length(word, 0) != 1 or word[1] not in GIVEN_NAME_CHARS or word[1] in _NOT_LAST:
        return False
    if word in _ROLE_WORD_SET or word in KIN_WORDS or word in _NOUNS_AFTER_ROLE or word in BRAND_NAMES or word in _TITLE_GIVEN \
            or word in JOB_TITLES or word in _WORKERS:
        return False
    words = tokens(word)
    return len(words) == 1 and flag_of(words[0]) in _NAME_WORD_TAGS


# Words that follow a person, never a place or a product, at the start of a finding (经查，张伟当场拒绝…).
_FINDING_VERBS = ("当场", "随后", "当时", "多次", "曾在", "曾于", "曾经", "已离职", "已于", "未到场", "拒绝", "拒不", "本人",
                  "到店", "来店", "离开", "出示", "向执法人员", "向消费者", "打电话", "持有", "购买", "家的", "家中", "的车", "的店",
                  "的孩子", "的手机", "的账户", "的车辆", "的房屋", "是该", "为该", "在该店")


_ABOUT = re.compile("关于对?")
_ABOUT_AFTER = re.compile("的|违法|涉嫌|等|案|销售|经营|无证|未|擅自|冒用|拒不|信用修复|失信|修复申请")
# A person's name in quotes that the text says is a person's (adversarial round 7: 冒用“祁建华”的名义, 以“祁建华”的名义,
# 与“祁建华”签订了租赁合同): quotes protect brands, not these.
_QUOTED_PERSON = re.compile(f"[“\"]([{_HAN}]{{2,4}})[”\"](?=的?(?:名义|身份|账户|账号|银行卡|签字|签名))"
                            f"|(?<=[与和向给])[“\"]([{_HAN}]{{2,4}})[”\"](?=签订|签署|订立|合作|合伙|共同|借款|借用)"
                            # (round 10) a quoted name, then what a person says or is (经查，「祁建华」系该店员工, “祁建华”称…: the
                            # corner quotes of texts typed in 繁体 or copied from Hong Kong and Taiwan forms quote anything)
                            f"|[“\"「『]([{_HAN}]{{2,4}})[”\"」』](?=称|表示|证实|承认|陈述|反映|辩称|供述|签字|签收|在场|到场|"
                            "系该|系当事人|系本店|系店|为该店|是该店|为当事人|是当事人)"
                            # (a name of three, not a brand of two, before where it was: 「祁建华」在店內吸煙, not “华强”在该店设有专柜)
                            f"|[“\"「『]([{_HAN}]{{3}})[”\"」』](?=在店|在该店|在现场|于20)"
                            # (h19o's L6_shop_named_after_person: “欧阳建华的小店”微店) a shop a person names after
                            # themself with 的: the name, not a 字号 (an organisation's name holds no 的)
                            f"|[“\"「『‘]([{_HAN}]{{2,4}})的(?=(?:小店|店铺|网店|微店|小铺|铺子|杂货铺|小卖部|工作室|"
                            "店|摊|家)[”\"」』’])")


# A nickname written without quotes after the word for it (店员微信昵称：小草莓，拒绝退款: adversarial round 8): the
# handle a person is found by on the platform, masked like a name up to the clause's end.
_NICKNAME = re.compile(r"(?:微信名|微信昵称|抖音昵称|快手昵称|QQ昵称|昵称|网名)(?:叫|为|是)?[：:\s]{0,2}(?![“\"「『‘])"
                       r"([^，。；;,、\s“”\"「」『』（）()]{1,16})")


_STARS_IN_NAME = re.compile(f"(?<![*＊])[{re.escape(_SURNAME_CHARS)}][*＊]{{1,2}}([{_HAN}])")
# (round 14, h17p) The given name told after a surname and a title (消费者刘女士，名秀英，反映…; 王先生，名字叫建国).
_TITLE_THEN_NAMED = re.compile(f"[{re.escape(_SURNAME_CHARS)}](?:先生|女士|小姐)[，,、\\s]{{0,2}}(?:名字|名)(?:叫|为|是)?([{_HAN}]{{1,2}})"
                               "(?=[，。；、,;（(\\s]|$)")
_SURNAME_THEN_GIVEN = re.compile(f"姓[{re.escape(_SURNAME_CHARS)}][，,、\\s]{{0,2}}名(?:叫|为|是)?([{_HAN}]{{1,2}})(?=[，。；、,;（(\\s]|$)")
_BUSINESS_HANDLE = re.compile("店|公司|超市|商行|商贸|餐|饭|酒|官方|旗舰|专营|厂|馆|行$|坊|铺|部$|中心|平台|集团|市场|美食|服务")


def _quoted_persons(text: str) -> set[Span]:
    """Names in quotes that name a person (`_QUOTED_PERSON`)."""
    out: set[Span] = set()
    for m in _QUOTED_PERSON.finditer(text):
        k = next(g for g in (1, 2, 3, 4, 5) if m.group(g))
        name = m.group(k)
        if _plausible(name) and not _ordinary_word(name) and name not in BRAND_NAMES \
                and not _ADDRESS_IN_QUOTES.match(text, m.start(k)):  # (“王姐”反映: a form of address, round 14)
            out.add(m.span(k))
    return out


# A name hidden by hand that keeps the given name (adversarial round 6, devices-network-vehicles-dates-homes: a
# voluntary entry's `收款人手机尾号0045，户名*建国`; `员工**华`): after a role word, stars then the given name, which
# names the person to anyone who knows the surname. Masked whole (`***`).
# (adversarial round 7: 某 for the surname, 消费者某建华反映; not 某日, 某店, 某公司 …)
_STARS_THEN_GIVEN = re.compile("(?:" + _ROLE_WORDS_ALTERNATION + r")[：:\s]{0,2}([*＊×]{1,3}|某(?![某日月年时地处店些种个人位家公单部款批天次项件号]))(?=["
                               + _HAN + "])")
_STARS_HINT = re.compile(f"[*＊×某][{_HAN}]")


# A person's people in brackets after the name (巴特尔（蒙古族）, 阿西木呷（彝族）, 祁建华（男，汉族）): the 当事人基本情况 of the
# 格式范本 and the persons an inquiry names write it so (adversarial round 9). A Mongolian, Yi or Tibetan name written
# without a middle dot starts with no surname, so no other rule reads it; the note says a person is named.
_ETHNIC_NOTE = re.compile(r"[（(](?:[男女][，,、]\s*)?[\u4e00-\u9fff]{1,4}族(?:[，,、][^（）()\n]{0,12})?[）)]")
_ETHNIC_STOP_TAGS = _FUNCTION_TAGS | _VERB_TAGS - {"vn"}
_ONE_CHARACTER_STOPS = _FUNCTION_TAGS - {"v"}


def _ethnic_noted(text: str, toks: Sequence[Token]) -> set[Span]:
    """Names before a note of their people (`_ETHNIC_NOTE`): the words back from the bracket to a role word, a verb,
    a function word or a mark, two to six characters, none a word for a person, none ending like a place or a
    business (张掖市马记牛肉面馆（回族） is no name: it runs past six characters)."""
    out: set[Span] = set()
    for m in _ETHNIC_NOTE.finditer(text):
        end = m.start()
        if end < 2 or not _CJK.match(text[end - 1]):
            continue
        k = _token_index(toks, end - 1)
        start = end
        while k >= 0:
            tstart, tend, word, flag = toks[k]
            stops = flag in _ETHNIC_STOP_TAGS and flag not in _NAMEISH and (len(word) >= 2 or flag in _ONE_CHARACTER_STOPS)
            if tend > end or not _CJK_RUN.fullmatch(word) or word in _ROLE_WORD_SET or word in KIN_WORDS or stops \
                    or _ROLE.fullmatch(word):  # (a one-character verb may be a syllable of the name: 阿西木呷)
                break
            start = tstart
            k -= 1
        name = text[start:end]
        if not 2 <= len(name) <= 6 or name[-1] in _NOT_LAST or _ordinary_word(name) or _PLACE_OR_ORG_IN.search(name):
            continue
        out.add((start, end))
    return out


_PLACE_OR_ORG_IN = re.compile("(?:" + "|".join(map(re.escape, ORG_SUFFIXES + PLACE_SUFFIXES)) + ")")


def _stars_then_given(text: str) -> set[Span]:
    """Stars after a role word with the given name kept (`_STARS_THEN_GIVEN`), as spans over stars and name."""
    out: set[Span] = set()
    for m in _STARS_THEN_GIVEN.finditer(text):
        at = m.end(1)
        given = 0
        while given < 2 and at + given < len(text) and _CJK.match(text[at + given]) \
                and text[at + given] not in _BREAK and text[at + given] not in _NOT_IN_NAME and text[at + given] != "某":
            given += 1
        if given == 2 and _verb_opens(text, at + 1):
            given = 1  # 员工**华负责进货
        if not given or _verb_opens(text, at) or _TITLE_AFTER.match(text, at) or _JOB_TITLE_AFTER.match(text, at):
            continue  # 消费者**反映, 户名*某, 员工**先生: a masked name, nothing kept
        word = tokens(text[at:at + 4])[0]
        if len(word[2]) >= 2 and _in_dictionary(word[2]) and flag_of(word) not in _NAMEISH:
            continue  # 陈*电话, 员工*负责: a word after a mask (建国, 海燕: names the dictionary knows as places, nouns)
        out.add((m.start(1), at + given))
    return out


_SIGNING_WORDS = frozenset("盖章 签字 签名 签章 捺印 手印 指印 印章 公章".split())


def _standing_alone(text: str, toks: Sequence[Token]) -> set[Span]:
    """Names standing alone between separators (a table cell)."""
    candidates: set[Span] = set()
    # A name standing alone between separators (a table cell: `| 李敏 |`, `… 92341822MA2RFB9F7J 李荣燕 …`,
    # `法定代表人：明子涵` where the tagger cut 明子|涵):
    # one the tagger calls a name or that is not a dictionary word (张掖, 高台, 黄豆 are).
    for m in _LONE.finditer(text):
        start, end = m.span(1)
        i = _token_index(toks, start)
        whole_token = toks[i][0] == start and toks[i][1] == end
        name = text[start:end]
        if name in _ROLE_WORD_SET or name in _SIGNING_WORDS:
            continue  # 黑名单：X（包工头）: a word for a person, no name; 单位（盖章）: how a form is signed (round 11)
        if text[end:end + 1] == "、" and ((_in_dictionary(name) and not (whole_token and toks[i][3] in _NAME_TAGS
                                                                          and GIVEN_NAME_CHARS.issuperset(name[1:])))
                                          or start == 0 or text[start - 1] not in "：:"):
            continue  # 玉米、小麦种子: a list of things; a name before 、 only after a colon and no word (好人榜：X、Y), or a word
            # the dictionary calls a name of given-name characters (守信激励对象名单：刘建华、王建国: round 13, h15p)
        if name[:2] in NOT_NAMES or (name[-1] in "为是计约达" and text[end:end + 1].isdigit()):
            continue  # ，金额为300元 (round 13, h15p: main gave 金**300元): a word and its copula before an amount, no name
        if _plausible(name) and ((whole_token and toks[i][3] in _NAME_TAGS) or not _in_dictionary(name)):
            candidates.add((start, end))
        elif _hidden_name_at(text, start) == (start, end):
            candidates.add((start, end))  # a cell that is a name hidden by hand (祁某华 typed into 处罚类别: round 6)
    return candidates


def _listed_name_before(text: str, end: int) -> Span | None:
    """The first name of a list the tagger cut apart (由隗|浩然、亓一凡…: round 4, h20q L16): a surname, rare ones too,
    and one or two given characters right before `end`, opening the clause or after a preposition (由, 与, 和…)."""
    for length in (3, 2):
        start = end - length
        name = text[start:end] if start >= 0 else ""
        if not name or not _CJK_RUN.fullmatch(name) or any(c in _BREAK or c in _NOT_IN_NAME for c in name[1:]):
            continue
        if (start == 0 or text[start - 1] in _CLAUSE) and surname_length(text, start, rare=True) == 1 \
                and text[start] not in _FUNCTION_SURNAMES and text[start] not in _PREPOSITION_SURNAMES \
                and not _ROLE_AT.match(text, start + 1) and not common_word_at(text, start) \
                and not _in_dictionary(name) and not _in_dictionary(name[:2]):
            return (start, end)
    return None


# (Twenty-second pass, h22o's L13) A numbered list of persons with their jobs in brackets (1、祁红兰（收银员）2、马建平（店长）,
# （1）…（2）马建和（店长）, 员工：祁红兰（收银员）马建春（店长）, …（收银员），党建秋（店长）): the item after a list number (1、 2.
# （2） ② 一、) or right after the previous item's bracketed job, and before a bracketed job of its own, is a person's name,
# though its given name reads as a word (建平, 建和, 党建): the number and the job say so. Only a surname-led item of two
# to four characters, no business's, place's or anonymised name.
_JOB_IN_BRACKETS = re.compile(r"[（(]\s*(?:" + "|".join(sorted(set(map(re.escape, (*JOB_TITLES, *ROLE_WORDS))), key=len, reverse=True))
                              + f"|[{_HAN}]{{0,4}}?(?:员|工|师|长|主管))" + r"\s*(?:[，,、；;][^（）()\n]{0,30})?[）)]")
_LIST_NUMBER_BEFORE = re.compile(r"(?:(?<![0-9０-９.．])[0-9０-９]{1,2}\s*[、.．)）]|[（(]\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]"
                                 r"|[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u2776-\u277f]|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}\s*[、.．])\s*$")
_JOB_BEFORE = re.compile(_JOB_IN_BRACKETS.pattern + r"\s*[，,、；;]?\s*$")


def _listed_job_item(name: str) -> bool:
    """Whether `name`, an item of a numbered list before its bracketed job, reads as a person's full name: a surname
    (rare and compound ones too), one or two given characters, no 某, no word for a person, no business's or place's
    ending (the given name may be a word: 马建平, 党建秋)."""
    size = surname_length(name, 0, rare=True)
    given = name[size:]
    if not size or not 1 <= len(given) <= 2 or not _CJK_RUN.fullmatch(name) or "某" in given:
        return False
    if name in _ROLE_WORD_SET or name in KIN_WORDS or name in NOT_NAMES or given in _TITLE_GIVEN or name[-1] in _NOT_LAST:
        return False
    return not _business_word_in(name) and not _PLACE_OR_ORG_IN.search(name)


def _listed_before_bracketed_job(text: str) -> set[Span]:
    """The names of a numbered list before their bracketed jobs (`_JOB_IN_BRACKETS`), each after a list number or the
    previous item's bracketed job (`_listed_job_item`)."""
    out: set[Span] = set()
    for m in _JOB_IN_BRACKETS.finditer(text):
        end = m.start()
        for length in (4, 3, 2):
            start = end - length
            if start < 0 or not _listed_job_item(text[start:end]):
                continue
            before = text[max(0, start - 40):start]
            if _LIST_NUMBER_BEFORE.search(before) or _JOB_BEFORE.search(before):
                out.add((start, end))
                break
    return out


def _list_item_is_name(item: str) -> bool:
    """Whether `item`, one item of a list of persons, is a name: a surname (rare and compound ones too) and one or two
    given characters, no word of the dictionary, no anonymised or place-like name (the rules of `_plausible`)."""
    size = surname_length(item, 0, rare=True)
    if not size or item[0] in _FUNCTION_SURNAMES or item[0] in _PREPOSITION_SURNAMES or not 1 <= len(item) - size <= 2:
        return False
    read = item if size == 2 or item[0] in SURNAMES else "王" + item[1:]
    return _plausible(read) and not _in_dictionary(item) and not common_word_at(item, 0) and not _ROLE_AT.match(item, size)


# (h21o's L3) Where the last name of a list ends: the text's or a sentence's end, a clause break, a conjunction, a
# cue verb, or a count of persons (亓一鸣、佴子涵两名执法人员).
_COUNT_OF_PERSONS = re.compile("(?:[两二三四五六七八九十]|\\d{1,2})\\s*[名位个]")


def _listed_name_after(text: str, at: int) -> Span | None:
    """The next name of a list at `at`, after a name already found and `、`/和/与, that the tagger cut apart or does not
    know (执法人员隗浩然、佴子涵。, 员工张伟、笪梦瑶 at a cell's end: h21o's L3): `_list_item_is_name`, then where a name
    ends (`_COUNT_OF_PERSONS` above)."""
    for length in (4, 3, 2):
        end = at + length
        if end > len(text) or not _list_item_is_name(text[at:end]):
            continue
        if end == len(text) or text[end] in _BREAK or text[end] in _AND or _CUE.match(text, end) \
                or _COUNT_OF_PERSONS.match(text, end):
            return (at, end)
    return None


# (h21o's L3 and L7) Names listed before how many persons they are and what (本案由亓一鸣、佴子涵两名执法人员办理,
# 东门雨轩、宰父思远两位消费者反映): every item of the list, from a clause's start or a preposition, a name by
# `_list_item_is_name`; the list is read whole or not at all, and has two items or more.
_COUNTED_PERSONS = re.compile("(?:[两二三四五六七八九十]|\\d{1,2})\\s*[名位个](?=" + _ROLE_WORDS_ALTERNATION + "|" + _GENERIC_ROLE + ")")


def _listed_before_count(text: str) -> set[Span]:
    found: set[Span] = set()
    for m in _COUNTED_PERSONS.finditer(text):
        end = m.start()
        begin = end
        while begin > 0 and text[begin - 1] not in "，。；：,;:！？!?（(）)\n\t \u3000" and end - begin < 40:
            begin -= 1
        items = re.split("[、和与及/／]", text[begin:end])
        if len(items) < 2 or not all(items[1:]):
            continue
        spans: list[Span] = []
        at = end
        for item in reversed(items[1:]):
            at -= len(item)
            if not _list_item_is_name(item):
                break
            spans.append((at, at + len(item)))
            at -= 1
        else:
            first = items[0]
            for length in (4, 3, 2):  # the first item after a lead (本案由): a clause's start or a preposition before it
                name, lead = first[-length:], first[:-length]
                if len(first) >= length and (not lead or lead[-1] in _CLAUSE) and _list_item_is_name(name):
                    found.update(spans)
                    found.add((begin + len(lead), begin + len(first)))
                    break
    return found


# A title after a surname, then the whole name in brackets (退还佴先生（佴子涵）货款, 消费者仉女士（仉俊杰）反映: h21o's L7):
# the name in brackets opens with the same surname.
_TITLE_THEN_FULL_NAME = re.compile(f"(?P<sur>[{re.escape(_SURNAME_CHARS)}]{{1,2}}?)(?:先生|女士|小姐|师傅|老师|阿姨|大爷|大姐|大哥|"
                                   f"老板|经理|同志)\\s*[（(]\\s*(?P<n>(?P=sur)(?!某)[{_HAN}]{{1,2}})\\s*[）)]")


def _add_listed(text: str, toks: Sequence[Token], candidates: set[Span]) -> None:
    """Add the names listed with `、`/和/与 beside a name already in `candidates`, until no more are found (a list of
    workers runs to ten names: adversarial round 9 — two rounds left the first ones of 彭科双、李龙高、杨才伦、漆小平共5人)."""
    for _ in range(20):
        before = len(candidates)
        for start, end in list(candidates):
            if end < len(text) and text[end] in "（(":  # 祁建华（甘州区建华小吃店）、祁秀兰（…）: a note after each (round 9)
                close = text.find("）" if text[end] == "（" else ")", end, end + 60)  # (round 10: a child's dates, 晋人社监罚〔2022〕2号)
                end = close + 1 if close > 0 else end
            if end < len(text) and text[end] in _AND:
                span = _name_at(text, toks, end + 1) or _listed_name_after(text, end + 1)
                if span:
                    candidates.add(span)
            if start > 0 and text[start - 1] in _AND:
                span = _name_before(text, toks, start - 1 - (text[start - 2:start] == "以及")) \
                    or _listed_name_before(text, start - 1)
                if span:
                    candidates.add(span)  # (刘建华以及王建国在店内从事销售: round 13, h15p)
        if len(candidates) == before:
            break


# (adversarial round 8, people-english-initials-homoglyphs) English summaries name people by English role words (The
# complainant Zhang San said…, Complainant: San Zhang, the consumer Qi Jianhua): a Latin name after one, in either order.
_EN_ROLE = re.compile(r"(?<![A-Za-z])(?:complainants?|consumers?|customers?|employees?|cashiers?|clerks?|workers?|drivers?|"
                      r"patients?|students?|pupils?|parents?|informants?|whistle-?blowers?|operators?|owners?|managers?|buyers?|"
                      r"tenants?|landlords?|victims?|witness(?:es)?|applicants?|nurses?|doctors?|teachers?|labou?rers?|"
                      r"persons? in charge|legal representative|shop ?keepers?|shop assistants?|the party(?: concerned)?|"
                      r"named|(?:full |family |given )?names?(?=\s*[:：]))\s*[:：,]?\s+(?=(" + _LATIN_WORDS + r")(?![A-Za-z]))",
                      re.IGNORECASE)  # (name: Liu Xiuying — a form's label, with its colon: round 14)
# The surname first, then a comma and the given name, as forms and lists write it (Complainant: Qi, Zanzheng said…: round 10,
# h9p's left case; ISO/IEC 7501-1 and ICAO Doc 9303 part 3 write the primary identifier, the surname, first): a pinyin surname
# and a given name of pinyin syllables; (round 10, h10p's left cases) any capitalised surname and given name (Complainant:
# Smith, John said…, the order of the same standards), and a pinyin name in lower case after a role word and a colon, a
# form's label (Complainant: qi, zanzheng said…) — not an English word after the comma (Complainant: he, however, said).
_EN_ROLE_SURNAME_FIRST = re.compile(_EN_ROLE.pattern.split(r"\s*[:：,]?")[0] + r"\s*([:：,]?)\s+([A-Za-z]+)\s*[,，]\s*"
                                    r"([A-Za-z]+(?:-[A-Za-z]+)?)(?![A-Za-z])", re.IGNORECASE)
# English words that open a clause or stand after a comma, never a surname or a given name here.
_EN_CLAUSE_WORDS = frozenset("however therefore moreover furthermore meanwhile nevertheless also then thus hence yes no not "
                             "and or but so too he she it they we you i his her their its this that these those the a an "
                             "said says stated claimed who which when where while after before since because if though "
                             "although unless sir madam dear mr mrs ms miss dr please thanks thank none nil null unknown anonymous".split())
# Words of the names of businesses, brands and places, never of a person's (The owner Ganzhou Xinhua Trading Co., Ltd.,
# Customer Service Center, The shop assistant Huawei Store).
_EN_NOT_PERSON = re.compile(r"(?i)\b(?:co|ltd|inc|corp|company|trading|store|shop|service|services|center|centre|plaza|mall|"
                            r"hospital|clinic|bank|mobile|telecom|unicom|group|market|supermarket|restaurant|hotel|school|"
                            r"university|bureau|office|department|district|county|city|province|road|street|village|"
                            r"community|garden|building|brand|phone|app|online|platform|express|logistics)\b")
_EN_ROLE_HINT = re.compile(r"(?i)complain|consum|custom|employ|cashier|clerk|worker|driver|patient|student|pupil|parent|"
                           r"inform|blower|operator|owner|manager|buyer|tenant|landlord|victim|witness|applicant|nurse|"
                           r"doctor|teacher|labo|in charge|representative|keeper|assistant|the party|name|called")
# Initials after a role word (消费者ZS反映, 消费者张S反映, 员工祁JH称): the person's name in pinyin initials, before a cue
# verb or a clause break.
_INITIALS_AFTER_ROLE = re.compile("(?:" + _ROLE_WORDS_ALTERNATION + r")[：:\s]{0,2}((?:[" + re.escape(_SURNAME_CHARS)
                                  + r"][A-Z]{1,2}|[A-Z]{2,3}))(?![A-Za-z0-9])")


# (round 14, h17p) A pinyin name cut to initials with dots, as a clerk or an English summary shortens it (员工ZHANG W.,
# 投诉人：Zhang W., 员工W. Zhang, 员工Z.W.; ICAO Doc 9303 part 3 writes the surname first, English summaries the initials
# first): a surname's pinyin and one to three initials, or two or three initials alone, after a role word or an honorific.
_DOTTED_INITIALS = r"[A-Z][.．](?:[ \u00a0]?[A-Z][.．]){0,2}"
_INITIALED_NAME = (r"(?:(?P<i3>[A-Z][.．](?:[ \u00a0]?[A-Z][.．]){1,2})(?![ \u00a0]?[A-Za-z])|(?P<s1>[A-Za-z]{2,})[ \u00a0]+(?P<i1>"
                   + _DOTTED_INITIALS + r")|(?P<i2>" + _DOTTED_INITIALS + r")[ \u00a0]?(?P<s2>[A-Za-z]{2,}))(?![A-Za-z])")
_INITIALED_AFTER_ROLE = re.compile("(?:(?:" + _ROLE_WORDS_ALTERNATION + r")[：:\s]{0,2}|(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam)"
                                   r"\.?\s+)(?P<n>" + _INITIALED_NAME + ")")
_INITIALED_HINT = re.compile(r"[A-Z][.．]")


# (round 14, h17p) A pinyin name typed letter by letter after a role word, to slip past a search for it (员工L I U Jianhua,
# 投诉人Z H A N G S A N): the single letters joined are a pinyin surname and a given word follows, or they are a whole name.
_SPACED_LETTERS_AFTER_ROLE = re.compile("(?:" + _ROLE_WORDS_ALTERNATION + r")[：:\s]{0,2}(?P<n>[A-Za-z](?:[ \u00a0][A-Za-z]){1,11}"
                                        r"(?:[ \u00a0][A-Za-z]{2,})?)(?![A-Za-z])")
_SPACED_LETTERS_HINT = re.compile(r"(?<![A-Za-z])[A-Za-z][ \u00a0][A-Za-z][ \u00a0][A-Za-z]")


def _spaced_letters_name(words: str) -> bool:
    """Whether `words` (single letters, then perhaps one word) spell a pinyin name (the rule above)."""
    parts = words.split()
    if len(parts[-1]) > 1:
        surname, given = "".join(parts[:-1]).lower(), parts[-1]
        return surname in PINYIN_SURNAMES and 1 <= _syllable_count(given) <= 3
    return one_word_pinyin_name("".join(parts).lower())


def _initialed_name(m: re.Match[str]) -> bool:
    """Whether an `_INITIALED_NAME` match is a person's: its word, if any, a surname's pinyin."""
    word = m.group("s1") or m.group("s2")
    return word is None or word.lower() in PINYIN_SURNAMES


_ASCII_WORD = re.compile("[A-Za-z]{4}")
_INITIALS_HINT = re.compile(f"[{_HAN}](?:[A-Z]{{2,3}}|[A-Z]{{1,2}})(?![A-Za-z])")
_VERB_ROLES = frozenset(("举报", "反映", "投诉"))
_NOT_INITIALS = frozenset("QQ APP VIP ID SIM POS ATM TV PC CEO CFO GPS USB OK PDF AI VR AR KTV DIY SUV MP MV UP GB DB QB".split())


# (round 11, h12p) A pinyin name typed as one word after a role word (投诉人ZHANGSAN称, 投诉人wangfang称: 12315 summaries as
# consumers type them, without the space), and surname first with a comma after a role word and a colon (投诉人：ZHANG, SAN,
# the passport's order, ICAO Doc 9303 part 3).
_ONE_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{4,18}(?![A-Za-z])")
_COMMA_NAME = re.compile(r"(?<![A-Za-z])([A-Za-z]+),\s*([A-Za-z]+)(?![A-Za-z])")
# (the words are found first and the role word looked for before them: an alternation of every role word run over every text
# that holds a Latin word cost a fifth of the scrubber's time)
_ROLE_BEFORE = re.compile("(?:" + _ROLE_ALTERNATION + r")[：:\s]{0,2}$")
_ROLE_COLON_BEFORE = re.compile("(?:" + _ROLE_ALTERNATION + r")[：:]\s*$")


def _one_word_names_after_roles(text: str) -> list[Span]:
    """The pinyin names typed as one word right after a role word (投诉人ZHANGSAN称), ending the text, a clause or before a
    cue verb or a title (消费者XIAOMI手机 is a phone)."""
    out: list[Span] = []
    for m in _ONE_WORD.finditer(text):
        start, end = m.span()
        if one_word_pinyin_name(m.group()) and _ROLE_BEFORE.search(text, max(0, start - 10), start) and (
                end == len(text) or text[end] in "，。；：、,.;:!?（()） \t\n\u3000" or _CUE.match(text, end)
                or text.startswith(TITLES, end)):
            out.append((start, end))
    return out
# Brands and words that spell as a pinyin surname and syllables (XIAOMI, LINING: 小米, 李宁 the brand; HAIER …).
_PINYIN_WORD_NOT_NAME = frozenset("xiaomi huawei lining anta meidi geli changhong wahaha yili mengniu wanda haier jingdong "
                                  "meituan taobao tianmao pinduoduo gaode tengxun baidu zhongxing lianxiang".split())


def one_word_pinyin_name(word: str) -> bool:
    """Whether `word` (one Latin word) is a pinyin name without spaces (ZHANGSAN, wangfang, Ouyangxiaoming): a pinyin
    surname, then one to three syllables, all in one case or capitalised; not a brand that spells so (XIAOMI)."""
    if not (word.isupper() or word.islower() or (word[0].isupper() and word[1:].islower())):
        return False
    low = word.lower()
    if low in _PINYIN_WORD_NOT_NAME:
        return False
    return any(low.startswith(surname) and len(low) > len(surname) and _PINYIN_WORD.fullmatch(low[len(surname):])
               for surname in PINYIN_SURNAMES)


# A list of pinyin names, then 等 and a word for people (经查，LIU YANG、WANG FANG等工人未取得健康证明; 等5名员工): only people are
# counted so, with no role word needed before the list (round 12, h14p). Brands in capitals are one word each (CHANGHONG、
# HUAWEI等产品) or stand before no word for people; each item must be a pinyin surname and given syllables.
_LATIN_PEOPLE_LIST = re.compile(r"(?<![A-Za-z])(" + _LATIN_NAME + r"(?:\s*[、，,/／和及与]\s*" + _LATIN_NAME + r")*)\s*等\s*"
                                r"(?:[0-9]{1,3}|[两二三四五六七八九十]{1,3})?余?[名人位]?(?:" + "|".join(sorted(
                                    _WORKERS | {"人", "员工", "职工", "工人", "学员", "学生", "顾客", "消费者", "农民工", "外籍人员"},
                                    key=len, reverse=True)) + ")")
_LATIN_NAME_ITEM = re.compile(_LATIN_NAME + r"(?![A-Za-z])")


# (round 13, h15p) English sentences that name a person with no role word (According to Zhang Wei, the shop…; Zhang Wei said…;
# Liu Jianhua, the complainant, bought…; The goods were supplied by Wang Fang.): the English summaries of 12315 cases and
# the English pages of credit portals. A pinyin name only (a surname's pinyin and given syllables, two words or more), so
# According to Beijing Daily and Huawei said stay.
_PINYIN_PAIR = r"([A-Z][a-z]+(?:[ \u00a0\-][A-Z]?[a-z]+){1,2}|[A-Z]{2,}(?:[ \u00a0\-][A-Z]{2,}){1,2})"
_EN_FRAMES = (
    re.compile(r"(?<![A-Za-z])(?i:according to|supplied by|sold by|signed by|reported by|introduced by|hired by|employed by|"
               r"paid to|sold to|bought from|purchased from|provided by|delivered by|operated by|run by|managed by)\s+"
               + _PINYIN_PAIR + r"(?![A-Za-z])"),
    re.compile(r"(?:^|(?<=[.!?;:，。；：]\s)|(?<=[.!?;:，。；：\n]))\s*" + _PINYIN_PAIR
               + r"\s+(?:said|says|stated|told|reported|complained|claimed|admitted|confirmed|explained|refused|denied|"
               r"signed|bought|sold|paid|received)\b"),
    re.compile(_PINYIN_PAIR + r",\s+(?:the|a|an|our|its)\s+(?:complainant|consumer|customer|employee|cashier|clerk|worker|driver|"
               r"patient|student|owner|manager|buyer|tenant|landlord|victim|witness|applicant|nurse|doctor|teacher|operator|"
               r"informant|shop ?keeper|shop assistant)\b", re.IGNORECASE),
)


def _english_frame_names(text: str) -> list[Span]:
    """The pinyin names of `_EN_FRAMES`."""
    out: list[Span] = []
    for frame in _EN_FRAMES:
        for m in frame.finditer(text):
            if pinyin_name_length(m.group(1)) == len(m.group(1)):
                out.append(m.span(1))
    return out


def _latin_names_before_people(text: str) -> list[Span]:
    """The pinyin names listed before 等 and a word for people (`_LATIN_PEOPLE_LIST`), each a whole pinyin name."""
    out: list[Span] = []
    for m in _LATIN_PEOPLE_LIST.finditer(text):
        items = [(i.start(), i.end()) for i in _LATIN_NAME_ITEM.finditer(text, m.start(1), m.end(1))]
        if items and all(pinyin_name_length(text[s:e]) == e - s for s, e in items):
            out.extend(items)
            out.extend(_han_names_listed_before(text, m.start(1)))
    return out


_LISTED_BEFORE = re.compile(f"([{_HAN}]{{2,4}})\\s*[、，,/／和与及]\\s*$")


def _han_names_listed_before(text: str, at: int) -> list[Span]:
    """The Han names listed before a list of pinyin names at `at` (经查，张伟、LIU YANG等工人: round 13, h15p, h14p's left
    case): each a plausible name that is no word of the dictionary but a name, read back while items are names."""
    out: list[Span] = []
    while (m := _LISTED_BEFORE.search(text, max(0, at - 12), at)) is not None:
        end = m.end(1)
        for length in (4, 3, 2):
            start = end - length
            name = text[start:end]
            if start < m.start(1) or (length == 4 and not surname_length(name, 0) == 2) or name[0] in _FUNCTION_SURNAMES:
                continue
            if _plausible(name) and not _ordinary_word(name) and not common_word_at(text, start) and name not in BRAND_NAMES:
                out.append((start, end))
                at = start
                break
        else:
            break
    return out


_LATIN_LISTED = re.compile(r"\s*[、，,/／和及与]\s*(" + _LATIN_NAME + r")(?![A-Za-z])")


# The labels of a contact after a role word, in Latin letters (举报人Line ID, 消费者WeChat ID, 投诉人QQ Number): an
# app or a means of contact and the word for its account, no one's name (detect masks the account after it).
_HANDLE_WORDS = frozenset("id uid line wechat weixin qq whatsapp telegram facebook skype email e-mail mail tel phone "
                          "mobile fax tiktok douyin weibo twitter instagram signal viber kakao kakaotalk account no "
                          "number".split())


def _with_latin_names(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with the Latin names after role words (外籍员工John Smith) and the other spelling of a
    name in brackets right after it (Li Xiaoming（李小明）, 邵翀琛（SHAO CHONGCHEN））."""
    found = set(spans)
    for m in _LATIN_AFTER_ROLE.finditer(text):
        found.add(m.span(1))
        more = _LATIN_LISTED.match(text, m.end(1))
        while more and pinyin_name_length(more.group(1)) == len(more.group(1)):
            found.add(more.span(1))  # 投诉人LIU YANG、WANG FANG称 (round 11, h12p): pinyin names listed after the first
            more = _LATIN_LISTED.match(text, more.end(1))
    if _ASCII_WORD.search(text) and _EN_ROLE_HINT.search(text):
        for m in _EN_ROLE.finditer(text):
            span = _latin_name_in(m.group(1), m.start(1), whole=False)
            while span and text[span[0]].isupper() and (pinyin_name_length(text[span[0]:span[1]]) or (
                    not _EN_NOT_PERSON.search(text[span[0]:span[1]])
                    and not re.match(r"[\s.,]*(?:Co\b|Ltd|Inc|LLC|Corp)", text[span[1]:])
                    and not m.group(0).lower().startswith(("name", "full name", "family name", "given name")))):
                found.add(span)  # and the names listed after it (Complainants: Li Na, Wang Fang and Zhao Lei)
                more = re.compile(r"\s*(?:,|，|、|and|&)\s*(" + _LATIN_WORDS + ")").match(text, span[1])
                span = _latin_name_in(more.group(1), more.start(1), whole=False) if more else None
        for m in _EN_ROLE_SURNAME_FIRST.finditer(text):
            label, surname, given = m.group(1), m.group(2), m.group(3)
            if surname.lower() in _EN_CLAUSE_WORDS or given.lower() in _EN_CLAUSE_WORDS \
                    or _EN_NOT_PERSON.search(f"{surname} {given}") or m.group(0).lower().startswith("named"):
                continue
            pinyin = surname.lower() in PINYIN_SURNAMES and _PINYIN_WORD.fullmatch(given.replace("-", "")) is not None
            if (surname[0].isupper() and (pinyin or given[0].isupper())) or (label in ":：" and label and pinyin):
                found.add((m.start(2), m.end(3)))  # (Qi, Zanzheng; Smith, John; after a label, qi, zanzheng)
    for m in (_INITIALS_AFTER_ROLE.finditer(text) if _INITIALS_HINT.search(text) else ()):
        end = m.end(1)
        if m.group(1) in _NOT_INITIALS:
            continue
        if end >= len(text) or _CUE.match(text, end) or text[end] in "，。；、,;（(":
            found.add(m.span(1))
    for m in (_SPACED_LETTERS_AFTER_ROLE.finditer(text) if _SPACED_LETTERS_HINT.search(text) else ()):
        if _spaced_letters_name(m.group("n")):
            found.add(m.span("n"))  # 员工L I U Jianhua (round 14)
    for m in (_INITIALED_AFTER_ROLE.finditer(text) if _INITIALED_HINT.search(text) else ()):
        if _initialed_name(m) and not (m.group("i3") and _ALIAS.match(text, m.end("n"))):
            # 员工ZHANG W., Mr. Zhang W., 员工Z.W. (round 14); initials with the name in brackets after them (员工Q.H.S.
            # （祁海山）) stay as round 6 left them: the bracketed name is masked
            found.add(m.span("n"))
    if _SCRIPT_HINT.search(text):
        for m in _SCRIPT_AFTER_ROLE.finditer(text):
            found.add(m.span(1))
    if "等" in text:
        found.update(_latin_names_before_people(text))
    if _ASCII_WORD.search(text):
        found.update(_one_word_names_after_roles(text))
        for m in (_COMMA_NAME.finditer(text) if "," in text else ()):
            if m.group(1).lower() in PINYIN_SURNAMES and _PINYIN_WORD.fullmatch(m.group(2)) \
                    and _ROLE_COLON_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                found.add(m.span())  # 投诉人：ZHANG, SAN
    if _LATIN_WORD_HINT.search(text):
        found.update(_english_frame_names(text))
        for m in (*_WORDS_AFTER_ROLE.finditer(text), *_HONORIFIC.finditer(text)):
            span = _latin_name_in(m.group(1), m.start(1), whole=False)
            if span:
                found.add(span)
        for m in _WORDS_BEFORE_ROLE.finditer(text):
            span = _latin_name_in(m.group(1), m.start(1), whole=True)
            if span:
                found.add(span)
    for _start, end in sorted(found):
        alias = _ALIAS.match(text, end)
        if alias:
            inner = alias.group(1)
            if inner.endswith(("籍", "国籍", "族", "公民", "人")) or inner in _ROLE_WORD_SET:
                continue  # 金敏浩（韩国籍）, （回族）: a nationality or a people, no other spelling (adversarial round 5)
            if not _CJK.match(inner) or _plausible(inner) or (
                    surname_length(inner, 0, rare=True) and "某" not in inner and not _in_dictionary(inner)
                    and inner[-1] not in _NOT_LAST):
                found.add(alias.span(1))  # not 李华（甘州区）, 王建国（法人）
    given = set(spans)
    out: list[Span] = []
    for start, end in sorted(found, key=lambda sp: (sp[0], -(sp[1] - sp[0]))):
        if out and start < out[-1][1]:
            continue
        if (start, end) not in given and _HANDLE_WORDS.intersection(re.findall("[a-z]+(?:-[a-z]+)?", text[start:end].lower())):
            continue  # 举报人Line ID：kzyline04 (h20o's O4): an app and its account's label; the account is masked as one
        out.append((start, end))
    return out


def _cuts_public_word(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether the span cuts into a word jieba tags as a place or an organisation (张掖市, 华强北)."""
    for k in range(_token_index(toks, start), len(toks)):
        tstart, tend, _, flag = toks[k]
        if tstart >= end:
            return False
        if flag in ("ns", "nt") and (tstart < start or tend > end) and tend - tstart > 2:
            return True
    return False


def mask_person_names(text: str) -> str:
    """`text` with every name `find_person_names` finds masked as `张**` (first character kept)."""
    spans = find_person_names(text)
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(text[start] + "*" * (end - start - 1))
        last = end
    parts.append(text[last:])
    return "".join(parts)


# Where a text names a person with a word (当事人文明在集市…, 消费者高峰反映, a cell that is the name alone).
_PERSON_LEAD = re.compile("(?:" + _ROLE_ALTERNATION + "|" + _GENERIC_ROLE + r")[：:\s“「‘\"'（(]{0,2}$")
_OTHERS_PARTY = ("当事人", "本人", "其")
_ALONE = frozenset(" \t\r\n\u3000|｜")  # (not 、: 销往金昌、高台、山丹等地 lists places)
# Where a text opens a clause, and what follows a person who is its subject: a bracket (a note on their identity),
# their sex, a cue verb, the court's words for a 失信被执行人 (最高人民法院关于公布失信被执行人名单信息的若干规定 第一条:
# 有履行能力而拒不履行).
_SUBJECT_OPENS = frozenset("。；;：:\n\r，,、")  # (a comma too: 经查，高峰当场承认 — see `_subject_acts`)
_SUBJECT_CUES = ("（", "(", "，男", "，女", ",男", ",女", "有履行能力", *CUE_VERBS)


def names_a_person_at(text: str, start: int, end: int, own: bool = True) -> bool:
    """Whether text[start:end], a natural person's name that is also an ordinary word (文明, 高峰, 安全),
    stands where the text names a person: after a word for a person (当事人文明在集市…, 消费者高峰反映), or
    alone (the whole text, a cell between spaces or bars). Elsewhere it is the word (违反文明经营承诺, 早高峰时段, 陈列柜).
    `own`: the text is the person's own record; in another record 当事人 is that record's party (当事人成功整改)."""
    lead = _PERSON_LEAD.search(text, max(0, start - 12), start)
    if lead and (own or not text.startswith(_OTHERS_PARTY, lead.start())) and not _word_goes_on(text, end):
        return True
    if own and (start == 0 or text[start - 1] in _SUBJECT_OPENS) and _subject_acts(text, end):
        # the record's own person as its text's subject (马建国（身份证号已省略）有履行能力…, 高峰，男，…: h22e; after a comma too,
        # h22o's L11: 经查，高峰于2026年8月…，高峰当场承认; 方圆在南关市场…; 马力驾驶三轮车…, 文静经营的服装店)
        return True
    return (start == 0 or text[start - 1] in _ALONE) and (end == len(text) or text[end] in _ALONE)


# The own name opening a clause (after a comma too: 经查，高峰当场承认) is the clause's subject when what follows is a
# cue verb, the court's words, a preposition, an adverb or a verb (`_subject_acts`) — not a noun that goes on with the
# word (，高峰时段车流量大, ，方圆五公里内: h22o's L11, decided by what follows).
_SUBJECT_ACT_TAGS = frozenset({"v", "vd", "vi", "vn", "p", "d", "ad"})


# The words a word-name goes on into after a role word (举报人高峰|期间, 消费者高峰|时段, 投诉人方圆|五公里: h22o's L5): a place
# word, a noun, a number, a time or a measure — not an act, a break or a cue.
_GOES_ON_TAGS = frozenset({"f", "n", "m", "t", "q", "mq", "ng"})


def _word_goes_on(text: str, end: int) -> bool:
    """Whether the word ending at `end` goes on into a longer phrase of words rather than naming a person."""
    if end >= len(text) or text[end] in _WORD_NAME_ENDS or _CUE.match(text, end) or _WORD_NAME_VERBS.match(text, end):
        return False
    following = tokens(text[end:end + 6])
    return bool(following) and flag_of(following[0]) in _GOES_ON_TAGS


def _subject_acts(text: str, end: int) -> bool:
    """Whether what follows text[:end] (an own name opening a clause) is what its subject does: a cue word of
    `_SUBJECT_CUES`, or a first word the tagger reads as a verb, a preposition or an adverb (于, 在, 对, 当场, 驾驶)."""
    if end >= len(text):
        return False
    if text.startswith(_SUBJECT_CUES, end):
        return True
    following = tokens(text[end:end + 6])
    return bool(following) and flag_of(following[0]) in _SUBJECT_ACT_TAGS


# -- a business named after its operator -----------------------------------------------------------

# Words of a business's name (字号 + 行业 + 组织形式, 《个体工商户名称登记管理办法》): a name holding one is
# not a bare person's name.
_BUSINESS_WORDS = re.compile(
    r"公司|集团|厂|店|社|中心|院|校|局|所|部|会|馆|行|站|场|园|室|队|处|委|办|坊|铺|吧|厅|城|楼|基地|银行|合作|"
    r"协会|联合|超市|商贸|贸易|门市|食堂|诊所|药房|农场|牧场|养殖|种植|企业|服务|经营|销售|批发|零售|加工|维修|"
    r"餐饮|小吃|烧烤|火锅|面|粉|汤|肉|菜|果|粮|油|茶|酒|烟|花|鞋|衣|服|装|美|发|车|电|五金|建材|家具|百货|"
    r"记|氏|号|庄|堂|轩|阁|斋|苑|宫|团|组|家")
# Of the one-character words above, those that are a business's form (店, 厂, 社 …) and never part of a person's
# name. The others (汤, 花, 美, 发, 车, 轩, 家, 庄 …) are as often a surname or a given name (汤翀琛, 花荣, 王桂花,
# 李美玲, 张子轩, 刘家豪): in a bare name they do not make it a business's (adv3 tax-a-list-individual-businesses:
# 汤翀琛 on a 纳税信用A级 list was published in full because 汤 was read as soup).
_FORM_CHARS = frozenset("厂店社院校局所部会馆行站场室队处委办坊铺吧厅记氏号")


def _business_word_in(rest: str) -> bool:
    """Whether a name holds a word of a business: any of the longer words, or a one-character form word."""
    return any(len(m.group(0)) > 1 or m.group(0) in _FORM_CHARS for m in _BUSINESS_WORDS.finditer(rest))


# An administrative region before the name (甘州区, 张掖市甘州区, 甘肃省张掖市): cut at its suffix.
_REGION_END = frozenset("省市区县州旗镇乡盟")


_SHOP_NOTE = re.compile(r"\s*(?:[（(]\s*(?:个体|个体户|个体工商户|个体经营|经营者|业主|本人)\s*[）)]|先生|女士|小姐)\s*$")


def given_name_spans(text: str, names: Sequence[str]) -> list[Span]:
    """Where `text` names one of the row's own people (`names`: the party who is a natural person, a 个体's operator) by the
    given name alone (该店由建华经营, 经查，秀英称…: adversarial round 9 — a neighbour's way of naming the operator): the given
    name of two characters or more, opening a clause or after a preposition, then a cue verb (`CUE_VERBS`), a title or a
    clause break; never inside a longer word (中华人民共和国建国70周年). Traditional characters are read as simplified on
    both sides (经营者陳曉東, then 晓东表示认可: h21o's L8), one character for one, so the spans are the text's as written."""
    out: list[Span] = []
    table = reading_table()
    text = text.translate(table)
    for name in names:
        name = name.translate(table)
        s = surname_length(name, 0, rare=True)
        given = name[s:]
        if not s or len(given) < 2 or not _CJK_RUN.fullmatch(name):
            continue
        # A given name that is also a word (建国, 建华 are; 建国70周年, 建国以来 are the word): only right before what a
        # person says (建国称其不知道: round 10, h9p's left case, the row's operator 祁建国 named by a neighbour's word).
        word = _ordinary_word(given)
        at = text.find(given)
        while at >= 0:
            end = at + len(given)
            before = text[at - 1] if at > 0 else ""
            # (Round 4, h20q L17) Right after a role word (当事人浩然在家中…) or the surname and a title (隗先生浩然), even a
            # given name that is a word (浩然) names the row's own person before any cue.
            named = _ROLE_BEFORE.search(text, max(0, at - 10), at) is not None \
                or any(text.endswith(name[:s] + title, 0, at) for title in ("先生", "女士", "小姐", "同志"))
            if (not before or before in _CLAUSE or before in _PREPOSITIONS or named) and text[at - s:at] != name[:s] \
                    and (_SAYS.match(text, end) if word and not named else (
                        end >= len(text) or _CUE.match(text, end) or text[end] in "，。；、,;（(）) \n"
                        or text.startswith(TITLES, end))):
                out.append((at, end))
            at = text.find(given, at + 1)
    out.extend(minority_part_spans(text, names))
    return sorted(set(out))


# (Twenty-second pass, h22o's L14/L15) Minority names as a decision of the north-west writes them. A Tibetan name has no
# surname: two names of two characters each (扎西顿珠, 才让多杰), and a person is called by the first (扎西当场承认) as often
# as by the whole. A Uyghur name is the person's own name, a middle dot and the father's (买买提·吐尔逊): the person is
# called by the part before the dot (买买提当场承认). The parts below are the common Tibetan names of 甘南, 海北 and 肃南
# (the ones `detect.UYGHUR_NAME_PARTS` lists and more); two of them together are a person's name wherever they stand
# (牧民才让多杰: no role word before it that the rules know). Words that are also ordinary words (当周, 才华) are left out.
TIBETAN_NAME_PARTS = frozenset(
    "扎西 次仁 卓玛 央宗 顿珠 多吉 多杰 才让 索南 拉姆 格桑 平措 旺堆 达瓦 尼玛 德吉 措姆 丹增 洛桑 桑吉 仁青 贡布 益西 旦增 拉毛 "
    "才旦 完玛 更登 次旦 巴桑 边巴 普布 拉巴 白玛 曲珍 强巴 桑杰 罗布 仁增 嘎玛 阿旺 米玛 卓嘎 央金 吉美 尕藏 东智 加措 嘉措 "
    "周措 才仁 索朗 次珍 泽仁 泽旺 贡嘎 吉措 华旦 旺姆 南加 尖措 昂旺 更藏 旦正 万玛 才项 卓措 拉毛措 仁欠 多拉 闹九".split())
_TIBETAN_PAIR = re.compile("(?:" + "|".join(sorted(TIBETAN_NAME_PARTS, key=len, reverse=True)) + "){2,3}")
_TIBETAN_RUN = re.compile("[" + "".join(sorted(set("".join(TIBETAN_NAME_PARTS)))) + "]{4,}")  # (a fast first look)
_MIDDLE_DOTS = "·•・‧∙⋅"
_DOT_BETWEEN = re.compile(f"(?<=[{_HAN}])[{_MIDDLE_DOTS}](?=[{_HAN}])")
_PROTECTED_HINT = re.compile("[《“「\"]")
_ACTS_AFTER_NAME = ("参与", "参加")  # (斯琴高娃参与销售: 参 no part of the name; the cue verbs list the others)


def _name_part_ends(text: str, at: int) -> bool:
    """Whether a name's part may end at `at`: the text's end, a break, a cue verb, a title or an act."""
    return at >= len(text) or text[at] in _BREAK or _CUE.match(text, at) is not None or text.startswith(TITLES, at) \
        or text.startswith(_ACTS_AFTER_NAME, at) or not _CJK.match(text[at])


def _after_dot_ends(text: str, at: int) -> bool:
    """Whether the part of a dotted name after its dot may end at `at`: a mark, a cue verb or an act (not every character
    of `_BREAK`: 提, 买 and 自 are syllables of these names)."""
    return text[at] in "、，。；：,;:（(）) \n" or _CUE.match(text, at) is not None or text.startswith(_ACTS_AFTER_NAME, at)


def _part_opens(text: str, at: int) -> bool:
    """Whether a name may start at `at`: the text's start, no Han character before, a clause mark, a preposition or a
    role word."""
    before = text[at - 1] if at > 0 else ""
    return not before or not _CJK.match(before) or before in _CLAUSE or before in _PREPOSITIONS \
        or _ROLE_BEFORE.search(text, max(0, at - 10), at) is not None


def tibetan_names(text: str) -> set[Span]:
    """Tibetan names of two or three parts (`TIBETAN_NAME_PARTS`) written together (牧民才让多杰, 扎西顿珠), not the part
    of a dotted name (阿依古丽·卓玛…: the dotted rules') and not running on into more Han characters of a word."""
    out: set[Span] = set()
    quoted = _protected(text) if _PROTECTED_HINT.search(text) else []  # (“格桑卓玛”牌酥油: a brand in quotes; after a
    # role word, 消费者“才让多杰”, the role rules read it)
    for run in _TIBETAN_RUN.finditer(text):
        for m in _TIBETAN_PAIR.finditer(text, run.start(), run.end()):
            start, end = m.span()
            if (start and text[start - 1] in _MIDDLE_DOTS) or (end < len(text) and text[end] in _MIDDLE_DOTS) \
                    or any(a <= start < b for a, b in quoted):
                continue
            out.add((start, end))
    return out


def dotted_names(text: str) -> set[Span]:
    """Names written with a middle dot (马麦尔旦·艾力, 约翰·史密斯) opening a clause, after a list's 、 or a role word,
    whatever their first part: two to six Han characters, the dot, two to eight more up to a break or a cue verb
    (`_name_part_ends`: 马麦尔旦·艾力参与销售 ends before 参与); no place's or organisation's name (丝路·张掖宾馆)."""
    out: set[Span] = set()
    quoted = _protected(text)  # (“卡夫•奥利奥”饼干, 《…》: a brand or a title in quotes)
    for m in _DOT_BETWEEN.finditer(text):
        dot = m.start()
        if any(a <= dot < b for a, b in quoted):
            continue
        # The nearest place before the dot a name may open at (员工马·阿卜杜拉: 马 after the role word, a Hui surname the
        # punctuated rule reads; never 员工马 from the comma).
        start = next((dot - k for k in range(1, 7) if dot - k >= 0 and all(_CJK.match(c) for c in text[dot - k:dot])
                      and _part_opens(text, dot - k)), -1)
        if dot - start < 2:
            continue
        part = _UYGHUR_START.match(text, dot + 1)  # (阿依古丽·买买提称: the father's name whole, 提 no break in it)
        end = part.end() if part else dot + 1
        ends = _name_part_ends if part else _after_dot_ends  # (艾力·买买提自述: after a known part, 自 ends it)
        while end < len(text) and end - dot <= 8 and _CJK.match(text[end]) and not (end - dot > 2 and ends(text, end)):
            end += 1
        name = text[start:end]
        if end - dot < 3 or _PLACE_OR_ORG_IN.search(name) or _business_word_in(name) or name[-1] in _NOT_LAST:
            continue
        out.add((start, end))
    return out


def minority_part_spans(text: str, names: Sequence[str]) -> list[Span]:
    """Where `text` calls one of the row's own people (`names`) by a part of a minority name: the part before the middle
    dot of a Uyghur name (买买提 for 买买提·吐尔逊), the first part of a Tibetan name of four characters with no Han surname
    or made of Tibetan parts (扎西 for 扎西顿珠), and its second part when that is a Tibetan name too (顿珠); each standing
    as a name (`_part_opens`, `_name_part_ends`), not the part of another dotted name (阿依古丽·买买提)."""
    parts: set[str] = set()
    for name in names:
        name = name.strip()
        pieces = [p for p in re.split(f"[{_MIDDLE_DOTS}]", name) if p]
        if len(pieces) >= 2 and _CJK_RUN.fullmatch(pieces[0]) and len(pieces[0]) >= 2:
            parts.add(pieces[0])
        elif len(name) == 4 and _CJK_RUN.fullmatch(name) and (name[:2] in TIBETAN_NAME_PARTS or name[2:] in TIBETAN_NAME_PARTS
                                                              or not surname_length(name, 0, rare=True)):
            parts.add(name[:2])
            if name[2:] in TIBETAN_NAME_PARTS:
                parts.add(name[2:])
    out: list[Span] = []
    for part in parts:
        at = text.find(part)
        while at >= 0:
            end = at + len(part)
            if _part_opens(text, at) and _name_part_ends(text, end) and not (at and text[at - 1] in _MIDDLE_DOTS) \
                    and not (end < len(text) and text[end] in _MIDDLE_DOTS):
                out.append((at, end))
            at = text.find(part, at + 1)
    return out


def name_in_business_name(name: str) -> str:
    """The person's name a 个体工商户's name is, or ends with after an administrative region, when no
    operator is given: 侯彧瑄 -> 侯彧瑄, 甘州区蒋翀瑄 -> 蒋翀瑄, 甘州区李记烧烤店 -> "".

    Privacy first (issue 16): a business registered without a 字号 is listed under its operator's
    name, so a name with no word of a business in it that starts with a surname of the 《百家姓》
    (or holds a middle dot, 扎西·顿珠) is read as the operator's name and masked like one."""
    name = _SHOP_NOTE.sub("", name.strip())  # (adversarial round 8: 祁建华（个体）, 祁建华先生 — a note or a title after the name)
    if re.fullmatch(r"[A-Za-z]+(?:[ \u00a0·.\-][A-Za-z]+){1,3}", name) and pinyin_name_length(name) == len(name):
        return name  # QI JIANHUA: the operator's name in pinyin capitals, as a registration typed it (round 8)
    cuts = [0] + [k + 1 for k, ch in enumerate(name[:-2]) if ch in _REGION_END and k >= 1]
    for cut in cuts:
        rest = name[cut:]
        if _business_word_in(rest) or "某" in rest or rest[-1] in _NOT_LAST or rest[-1] in _REGION_END:
            continue
        if "·" in rest and re.fullmatch(r"[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)+", rest) and len(rest) <= 16:
            return rest
        if _SCRIPT_NAME.fullmatch(rest):
            return rest  # མགོན་པོ་རྡོ་རྗེ: a 个体 listed under its operator's name in Tibetan or Uyghur script (round 6)
        s = surname_length(rest, 0, rare=True)
        if s and _CJK_RUN.fullmatch(rest) and s + 1 <= len(rest) <= s + 2 and not common_word_at(rest, 0) \
                and not _landmark(rest):  # 甘州区王府井（个体）: a shop named after a landmark (adversarial round 9)
            return rest  # not 牛肉面, 花卉园, 鲜花: a trade's word that starts with a surname
    return ""


# The words of the small trades a 个体工商户's name gives after its 字号 (《个体工商户名称登记管理办法》 (2008) 第八条: 行业
# after 字号, after the industry's name in GB/T 4754-2017 国民经济行业分类, e.g. 五金零售, 烟草制品零售, 便利店零售, 花卉批发,
# 日用家电零售, 家用电器修理), as shop signs shorten them (h21q's Q9: 甘州区李建华五金店, 甘州区刘伟家电维修部; O1: 甘州区白沙烟酒店
# is 白沙 + 烟酒店). `name_before_trade` reads a name before one even where the tagger glues the name to it, and never
# reads a name that runs into one.
TRADE_WORDS = (
    "五金", "交电", "家电", "电器", "家具", "家居", "家纺", "家政", "烟酒", "烟草", "酒水", "副食", "百货", "日杂", "杂货",
    "便利", "超市", "商店", "商行", "门市", "批发", "零售", "维修", "修理", "烧烤", "火锅", "小吃", "餐馆", "饭店", "面馆",
    "花店", "鲜花", "花卉", "水果", "蔬菜", "粮油", "调料", "服装", "鞋店", "理发", "美发", "美容", "洗车", "汽修", "建材",
    "装饰", "手机", "通讯", "药店", "诊所", "茶叶", "文具", "图文", "快递", "废品", "回收", "养殖", "种植", "农资",
)
_TRADE_WORD = re.compile("|".join(TRADE_WORDS))


def operator_before_trade(shop: str, start: int, end: int) -> bool:
    """Whether shop[start:end], its operator's name, stands where a 个体工商户's name gives its 字号: at its start or
    after an administrative region, right before the words of its trade (甘州区文静服装店 run by 文静: h22o's L12). There
    the operator's name is theirs even when it is also a word that `inside_public_word` reads (文静 before 服装店)."""
    return (start == 0 or shop[start - 1] in _REGION_END) and _TRADE_WORD.match(shop, end) is not None

# The characters of the auspicious words 字号 are made of (金龙, 金鑫, 华强, 兴旺, 凤凰, 宏达): a name whose given part is
# one of them alone, or only of them, is read as a 字号 by `name_before_trade`.
_TRADE_NAME_CHARS = frozenset("鑫龙凤凰强盛兴旺隆昌达发福顺利祥泰源宏鸿运红星辉煌腾富贵")


def name_before_trade(name: str) -> str:
    """The person's name a 个体工商户's name holds before the words of its trade, read when no operator is given
    (甘州区张晓明烧烤店 -> 张晓明, 甘州區張曉明燒烤店 -> 張曉明, 甘州区黃偉麵館 -> 黃偉: h21o's
    L8_getihu_traditional_name_no_operator), as written; "" for a 字号 (甘州区李记面馆, 甘州区明珠宾馆, 甘州区王府井百货).

    Privacy first, as `name_in_business_name`: a business registered under its operator's name and its trade
    (个体工商户名称登记管理办法: 字号 may be the operator's name) publishes the operator on every surface unless the
    name is read as theirs; the build warns staff (operator-read-from-name) to fill in the operator where it is a
    字号 after all. Traditional characters are read as simplified, one for one (`reading_table`). The name: a
    surname and one or two given characters ending where the tagger starts the trade's word, a plausible name
    (`_plausible`) no brand's or landmark's, not a word of the dictionary other than a name; a single given
    character one of a name's (`GIVEN_NAME_CHARS`)."""
    name = _SHOP_NOTE.sub("", name.strip())
    read = name.translate(reading_table())
    if not _business_word_in(read):
        return ""
    cuts = [0] + [k + 1 for k, ch in enumerate(read[:-2]) if ch in _REGION_END and k >= 1]
    for cut in cuts:
        rest = read[cut:]
        if not _CJK.match(rest[:1]) or rest[0] in _REGION_END or common_word_at(rest, 0):
            continue  # (甘州|区金龙: 州 ends no region there, 区 is a surname too)
        toks = tokens(rest)
        starts = {t[0]: t for t in toks}
        for length in (4, 3, 2):
            candidate, tail = rest[:length], rest[length:]
            size = surname_length(candidate, 0, rare=True)
            rare = size == 1 and candidate[0] not in SURNAMES
            trade = _TRADE_WORD.match(tail) is not None  # 李建华|五金店, 刘伟|家电维修部: the trade's own word
            if not size or not tail or (length not in starts and not trade) or (tail[0] in "记氏家号" and not trade) \
                    or not _business_word_in(tail):
                continue
            if any(m.start() < length < m.end() for m in _TRADE_WORD.finditer(rest[:length + 4])):
                continue  # 白沙烟|酒店: the name would cut the trade's word (烟酒)
            if rare and not all(c in GIVEN_NAME_CHARS for c in candidate[1:]) \
                    and candidate[1:] not in POPULAR_GIVEN_NAMES:
                continue  # 隗晓明烧烤店 (h21q's Q9): a rare surname only before a given name's characters (红星, 福满多)
            if not 1 <= length - size <= 2 or not _plausible(candidate, rare) or candidate in BRAND_NAMES \
                    or _landmark(candidate) or any(c in _NOT_IN_NAME for c in candidate):
                continue
            word = toks[0]
            if _in_dictionary(candidate) and (length == 2 or word[:2] != (0, length) or word[3] not in _NAME_TAGS
                                              or not all(c in GIVEN_NAME_CHARS for c in candidate[size:])):
                continue  # 明珠宾馆, 马兰拉面馆, 常青树花店 (h21q's O1): a word (a name the dictionary holds whole, 陈志强, stays one)
            given = candidate[size:]
            if (len(given) == 1 and (given not in GIVEN_NAME_CHARS or given in _TRADE_NAME_CHARS)) \
                    or all(c in _TRADE_NAME_CHARS for c in given):
                continue  # 金龙烧烤店, 华强电器行, 金凤凰酒店: the auspicious words 字号 are made of, not a given name
            return name[cut:cut + length]
    return ""


# -- a natural person's name inside a public word ----------------------------------------------------

_PUBLIC_ENDINGS = ORG_SUFFIXES + PLACE_SUFFIXES + ("公园", "景区", "风景区", "电器", "珠宝", "首饰")
_NOT_A_PERSON_TAGS = frozenset({"ns", "nz", "nt", "n", "t", "j", "l", "vn", "a", "an", "b", "f", "s", "v", "i"})


def inside_public_word(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] (a natural person's, found in another record's text) is part
    of a public word rather than the person: a dictionary word it cuts into (国庆|节, 高新|技术, 卫健|局),
    a place or an organisation it runs on into (平山湖|蒙古族乡, 甘泉|公园), a brand before its product
    (国美|电器, 周大福|珠宝首饰). Read on the words around it (a window of the text, so a whole page
    is never tagged). Traditional characters are read as simplified, as `find_person_names` reads them (甘州區張甗甑燒烤店:
    the tagger reads 區張 as a word of the text as written, h21o's L8)."""
    low, high = max(0, start - 8), min(len(text), end + 12)
    return _inside_public_word(text[low:high].translate(reading_table()), start - low, end - low)


# Who trades in a brand, after the brand's name (金龙鱼经销商, 李宁专卖店).
_BRAND_TRADES = ("经销商", "代理商", "经销店", "专卖店", "加盟店", "旗舰店", "专柜", "品牌", "系列", "牌")


@functools.lru_cache(maxsize=1 << 14)
def _inside_public_word(window: str, start: int, end: int) -> bool:
    toks = tokens(window)
    inside: list[Token] = []
    for token in toks:
        tstart, tend, word, flag = token
        if tend <= start:
            continue
        if tstart >= end:
            break
        inside.append(token)
        if tstart <= start and end <= tend and tend - tstart > end - start and _landmark(word):
            return True  # 王府|井 (a person named 王府; adversarial round 9): a landmark the tagger calls a name
        if (tstart < start < tend or tstart < end < tend) and flag not in _NAME_TAGS and flag in _NOT_A_PERSON_TAGS:
            extra = window[end:tend] if tend > end else window[tstart:start]
            if extra[:1] not in _BREAK and extra[-1:] not in _BREAK:
                return True  # 国庆节, 高新技术, 卫健局: the name cuts into a word that is no name
        if tstart == start < end < tend and flag in _NAME_TAGS and _in_dictionary(word) \
                and _brand_before_product(window, toks, tend):
            return True  # 金龙|鱼食用油: a brand the dictionary knows as a name, before its product (adv5 follow-up)
        if tstart == start < end < tend and flag in _NAME_TAGS and _in_dictionary(word) \
                and window.startswith(_BRAND_TRADES, tend):
            return True  # 向金龙|鱼经销商购进 (round 11, h12p: a person named 金龙 in another record): a brand before its trade
    if not inside or inside[0][0] != start or inside[-1][1] != end:
        return False
    after = [t for t in toks if t[0] >= end][:3]
    if all(t[3] in _NOT_A_PERSON_TAGS for t in inside):
        if window.startswith(_PUBLIC_ENDINGS, end):
            return True  # 甘泉公园
        for _, _, word, flag in after:
            if flag not in _NOUNISH or flag == "vn" or not _CJK.match(word[0]):
                break  # 当事人甘州销售…: a verb after the name, the person acts (not 国美|电器)
            if word.endswith(_PUBLIC_ENDINGS) or (len(inside) == 1 and len(word) >= 2 and _in_dictionary(inside[0][2])):
                return True  # 平山湖蒙古族乡; 国美电器
    elif len(inside) == 1 and inside[0][3] in _NAME_TAGS and after and after[0][3] == "nz" and len(after[0][2]) >= 2 \
            and after[0][2][-1] not in _FORM_CHARS:  # (李建华|五金店: a shop's trade and form, no product: h21q's Q9)
        return True  # 周大福珠宝首饰: a brand the dictionary knows as a name, before its product
    return False



def carried_given_name_spans(text: str, names: Sequence[str]) -> list[Span]:
    """Where `text` names a third person found elsewhere in the same record or entity (`names`: full names another cell
    or record of it masked) by the given name alone (佳怡再次来电反映, 欣妍要求对其信息保密: h19o's
    L11_given_name_elsewhere): `given_name_spans`, and also a given name opening a clause before an adverb or a verb
    (再次, 又, 随后) — a given name that is an ordinary word (建国, 国庆) only before what a person says."""
    out = set(given_name_spans(text, names))
    table = reading_table()
    text = text.translate(table)  # (traditional read as simplified, as `given_name_spans` reads them)
    for name in names:
        name = name.translate(table)
        s = surname_length(name, 0, rare=True)
        given = name[s:]
        if not s or len(given) < 2 or given not in text or _ordinary_word(given):
            continue
        at = text.find(given)
        while at >= 0:
            end = at + len(given)
            if (at == 0 or text[at - 1] in _CLAUSE) and text[at - s:at] != name[:s] and end < len(text):
                toks = tokens(text[end:end + 8])
                if toks and (flag_of(toks[0]) in _OPENING_VERB_TAGS or _CUE.match(text, end)):
                    out.add((at, end))
            at = text.find(given, at + 1)
    return sorted(out)
