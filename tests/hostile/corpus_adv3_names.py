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

from tests.helpers import make_id, make_uscc, penalty_row, person_penalty_row
from tests.hostile.corpus import Case

_FOLDER = "/work/notes/adv3-cases/"


def cases() -> list[Case]:
    """The adv3 name, address and minor cases (deterministic)."""
    serial = iter(range(1, 10_000))
    out: list[Case] = []

    def decision() -> str:
        return f"甘州市监罚〔2026〕{30000 + next(serial)}号"

    def org(**overrides: str) -> dict[str, str]:
        n = next(serial)
        row = penalty_row(行政相对人名称=f"甘州区荣{n}商贸有限公司", 统一社会信用代码=make_uscc(6000 + n),
                          法定代表人="赵六", 行政处罚决定书文号=decision())
        row.update(overrides)
        return row

    def person(name: str, **overrides: str) -> dict[str, str]:
        n = next(serial)
        row = person_penalty_row(行政相对人名称=name, 证件号码=make_id("19820303", 100 + n % 800),
                                 行政处罚决定书文号=decision())
        row.update(overrides)
        return row

    def business(name: str, operator: str, **overrides: str) -> dict[str, str]:
        n = next(serial)
        row = penalty_row(行政相对人名称=name, 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(7000 + n, prefix="92"),
                          法定代表人=operator, 行政处罚决定书文号=decision())
        row.update(overrides)
        return row

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
    return out
