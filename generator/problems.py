"""Data problems: collected, never raised; each has a stable kebab-case code.

A problem names the kind, the file (relative to the data folder), the row as a
spreadsheet shows it (header = row 1) and the column. Its message never quotes the
value of a never-public field: callers pass values only for public columns. And every
message passes through the personal-data detector as the Problem is made (the one choke
point of the staff outputs, issues.jsonl and the report page): an ID typed into an amount
column, a phone in a date column or a name in an enum column is masked before it is quoted.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

_QUOTED = re.compile(r"“([^”]*)”")

ERROR = "error"  # rejects the row (or the file)
WARNING = "warning"  # reported, the row is kept

# Every code the generator emits, with advice for staff (shown in the report and README).
CODES: dict[str, str] = {
    # file problems
    "file-unreadable": "文件无法读取或已损坏（可能下载不完整）。请重新从平台导出该文件。",
    "file-undecodable": "文件编码无法识别。请以 UTF-8 或 GB18030 编码另存为 CSV，或导出为 XLSX。",
    "file-missing-column": "缺少必填列。请核对表头是否与数据规范一致。",
    "file-unbalanced-quote": "CSV 文件中某个单元格以英文引号开头却没有结束，其后的行被读进了同一个单元格：整个文件未读取。"
                             "请去掉该引号后重新导出。",
    "file-header-only": "文件只有表头、没有数据行。请确认导出是否完整。",
    "file-unknown-type": "不支持的文件类型，已忽略。支持 .csv、.tsv、.txt、.dat、.tab、.xlsx、.xlsm、.xlsb、.xls、.et、.ods、.parquet、.zip、.json、.jsonl、.ndjson、.xml、.dbf、.htm、.html。",
    "file-formula-uncomputed": "文件中的公式没有保存计算结果（由程序生成、未在 Excel 或 WPS 中保存过），无法可靠读取，未读取。"
                               "请用 Excel 或 WPS 打开该文件并保存后重新放入。",
    "file-cell-error": "文件中有 Excel 错误值（如 #DIV/0!、#REF!、#N/A，公式出错），无法读取，未读取。请在 Excel 或 WPS 中改正后重新放入。",
    "file-second-header": "同一工作表中有另一张表及其表头，其下各行已按该表头的列读取。请核对。",
    "file-unknown-column": "存在规范之外的列，已忽略（不会公开）。",
    "file-duplicate-column": "同一字段出现了多列，只使用第一列。",
    "file-too-large": "文件超过单个文件的上限（大小、行数、解压后大小或单元格长度），未读取。请分成几个较小的文件导出。",
    "file-name-undecodable": "文件名不是 UTF-8 编码（常见于 Windows 压缩包），未读取。请把文件改名后重新放入。",
    "cell-cut-character": "单元格末尾是半个字符（源系统按字节截断了字段，如 Oracle VARCHAR2(n BYTE)），已去掉残缺的字节后读取，"
                          "文字可能不完整。请在源系统核对该单元格后重新导出。",
    "file-header-row": "表头不在第 1 行：其上的标题、说明行不是数据，未读取。请核对报告中写明的表头行。",
    "file-layout": "文件按全国标准（2016 年双公示标准、法院失信被执行人名单、纳税信用A级名单、市场监管严重违法失信名单）或本文件夹的 columns.toml 读取，"
                   "并填入了默认值。请核对默认值是否正确。",
    "sheet-skipped": "该工作表前 50 行中没有可识别的表头，未读取。如其中有数据，请检查表头。",
    "mapping-invalid": "列名对照文件 columns.toml 有误（指向了不存在的字段，或不是 TOML 格式），未使用。请按 README 修改。",
    "mapping-unused": "columns.toml 中的这些列名在本文件夹的文件中都没有出现。请核对拼写。",
    "file-damaged-skipped": "文件已损坏，按工作人员选项跳过该文件后继续发布。",
    # row problems
    "row-repeated-header": "与表头相同的行（两份导出文件拼接在一起，或分页时重复的表头），未读取；其下各行按同一表头读取。"
                           "请核对拼接的两份文件中是否有重复的记录。",
    "row-not-data": "不是数据行（只有序号、格式，或为制表人、审核人、填报日期等表尾），未读取。",
    "row-withdrawn-in-file": "导出文件中该决定的当前状态为“撤销”，不公开。",
    "row-removed-in-file": "名单导出文件中该主体已移出名单或已撤销（移出日期、移出原因、撤销日期等已填写，或名单状态为已移出、已撤销、"
                           "已失效等），不公开。",
    "row-status-unknown": "状态列（名单状态、当前状态、修复结果、审核状态等）的用语不是可识别的状态：该行未读取（不公开，"
                          "修复或撤销不生效）。请改正该状态后重新导出。",
    "row-hidden": "该行在 Excel 中被隐藏（手动隐藏或被筛选掉），未读取。如需公示，请取消隐藏后重新放入。",
    "row-continuation-joined": "该行只有违法事实、处罚依据等长文字（没有文书号、当事人和日期），是上一行单元格的续行（由 PDF 或 Word "
                               "转换的表格常见），已接在上一行的文字之后读取。请核对上一行，或在源文件中合并两行。",
    "row-status-noted": "该行的状态（如 2016 年标准当前状态 2 异议、3 其他）待核实，仍按所写公示。如决定已变更或撤销，"
                        "请在 withdrawals/ 中写明，或改正状态后重新导出。",
    "column-period-split": "一列写的是整个有效期（如“2026-03-01至2031-02-28”），已拆分为有效期自、有效期至读取；只写一个日期的行按有效期至读取。请核对。",
    "column-hidden": "该列在 Excel 中被隐藏，未读取（隐藏的列常是旧数据）。如需公示，请取消隐藏后重新放入。",
    "column-identity-never-public": "列名指向身份证件：该列按“证件号码”处理（或忽略），不会公开。",
    "row-extra-cells": "该行的单元格比表头多，请检查是否有多余的分隔符。",
    "missing-value": "必填字段为空。请补全后重新导出。",
    "bad-uscc": "统一社会信用代码无效（不是 18 位、含代码中不会出现的字符，或第 18 位校验码不符，常是抄错一位），该行未公示；"
                "为免代码其实是身份证号码，报告不显示该值。请按报告所写的文件和行，向该主体核对代码（营业执照上印有，"
                "也可在国家企业信用信息公示系统按名称查询），改正后重新导出。",
    "bad-id-number": "身份证号码格式或校验位错误（GB 11643）。",
    "bad-date": "日期无法识别。可用 2026-03-05、2026/3/5、2026年3月5日、2026.3.5、20260305（可带时间）；"
                "有效期、截止期可写“长期”。",
    "impossible-date": "日期不存在（例如 13 月或 2 月 30 日）。",
    "date-in-future": "决定日期晚于发布基准日，不能公示尚未作出的决定。",
    "date-order": "有效期结束日期早于开始日期。",
    "unknown-code": "取值不在规定的代码表中。",
    "bad-amount": "金额不是数字，或为负数。金额单位为万元。",
    "cell-too-long": "单元格超过 10000 个字符。",
    "control-characters": "单元格含有控制字符。",
    "whitespace-trimmed": "单元格首尾有空白，已自动去除。",
    "value-is-boolean": "文本列中写的是 true 或 false（程序导出的是非值），不是名称、编号或说明：照常公示。请核对导出程序的字段对应。",
    "duplicate-record": "同一决定文书号、机关代码与当事人出现了重复行（完全相同，或只差一个文件没有的列），只保留一行；"
                        "一个文件没有的列（空或默认值）不作比较，以另一文件所写的为准。",
    "conflicting-duplicate": "同一决定文书号与机关代码出现了内容不同的多行（同一当事人的内容不同，或各当事人的决定内容不同），"
                             "全部拒绝；说明中写明另一行和不同的列，请核实后重新导出。",
    "decision-several-parties": "同一决定文书号与机关代码有多个当事人（共同违法，一案多人）、决定内容一致：每个当事人各公示一条记录。"
                                "如不是同一决定，请改正文书号。",
    "placeholder-needs-reg-no": "个体工商户使用占位代码 00000000000000000X 时必须填写工商注册号。",
    "uscc-required": "法人及非法人组织必须填写统一社会信用代码。",
    "id-required": "自然人必须填写证件类型和证件号码。",
    "uscc-outside-region": "统一社会信用代码的登记管理机关行政区划不在本地区，请核实。",
    "control-unmatched": "本次数据中没有该文书号的原记录（文书号已按括号、全角数字和空格统一后比较）。该决定已保留："
                         "原记录以后导入时按此决定不予公示。如原记录已在网站公示，请核对文书号和机关代码。",
    "amount-converted": "金额写为“元”或中文大写（如 5000元、伍仟元），已换算为万元。",
    "amount-read-as-yuan": "罚款金额与处罚内容所写的元数相同，已按元读取并换算为万元。请在源系统中改为万元。",
    "amount-mismatch": "罚款金额与处罚内容所写金额不一致，请核实。",
    "amount-implausible": "罚款金额明显过大（是处罚内容所写金额的一千倍以上，处罚内容未写金额而罚款在 1000 万元以上，或简易程序超过 3000 元），"
                          "可能把元填成了万元，该行未公示。请改正后重新导出。",
    "party-category-derived": "行政相对人类别为空或缺少该列，已按统一社会信用代码（92 开头为个体工商户）或证件号码推断。",
    "party-category-from-code": "行政相对人类别填为法人及非法人组织，但统一社会信用代码以 92 开头（GB 32100：个体工商户）：已按个体工商户处理"
                                "（经营者姓名只保留姓，各处一致）。请核实类别后重新导出。",
    "control-unknown-category": "信息类别不在已知类别中，将在所有类别中查找原记录。",
    "control-other-issuer": "原决定机关统一社会信用代码与文书号所指原记录的机关代码不同：已按文书号（含机关简称和年份）找到原记录，"
                            "按此修复或撤销决定不予公示。请核对机关代码。",
    "control-other-category": "信息类别与文书号所指原记录的类别不符（如把严重失信主体名单写成行政处罚）：已按文书号找到原记录，"
                              "按此修复或撤销决定不予公示。请核对信息类别。",
    "control-number-read": "原决定文书号的年份未写成四位数字加括号（如 甘州市监罚202677号、甘州市监罚〔26〕77号）：只有一条原记录"
                           "（类别、机关代码、当事人均相符）能这样读时，按该记录处理。请在源系统中改正文书号。",
    # privacy (issue 16)
    "personal-id-in-identifier": "标识列（工商注册号、税务登记号、许可编号、文书号、法定代表人等）含有身份证件号码等个人信息："
                                 "该值不予公开，记录照常公示。请改正该单元格。",
    "party-looks-like-person": "行政相对人类别为法人及非法人组织，但没有有效的统一社会信用代码，且名称像自然人姓名"
                               "（或与其法定代表人相同）：该行不予公示。请核实类别（自然人请填写自然人）后重新导出。",
    "operator-read-from-name": "个体工商户未填写经营者（法定代表人），其名称像是经营者姓名：按经营者姓名处理（只保留姓），"
                               "各处一致。如名称是字号，请补填经营者后重新导出。",
    # red/black cross-check (issue 20)
    "honour-withheld-conflict": "守信激励名单信息的主体同时在严重失信主体名单上，或登记状态为注销、吊销：该条暂不公示。"
                                "请与认定单位核实（撤销守信认定或更正数据）后重新发布；规则文件 [crosscheck] "
                                "withhold_conflicting_honours = false 可关闭此项。",
    "age-unknown": "自然人的证件（护照、通行证等）不含出生日期，无法判断是否未成年，记录暂不公示。请核实出生日期后补充。",
    # advice the README's table gave and the report did not (ninth session): staff saw these codes without it
    "code-scientific": "代码或文书号是科学计数法（如 9.16207E+17：Excel 把长数字显示成这样后另存为 CSV），后面的位数已丢失、无法还原，该行未公示。请把该列设为文本后重新导出。",
    "column-amount-unit-unknown": "金额列（罚款金额、处罚金额、没收金额）的列名没有写明单位，未读取，金额不公示。请把列名改为“罚款金额（万元）”或“罚款金额（元）”。",
    "control-by-party": "信用修复或撤销没有原决定文书号但有统一社会信用代码：该主体在没有自身文号的名单（严重违法失信名单、政府采购严重违法失信行为记录名单、A级纳税人名单）中的记录不再公示。",
    "control-date-assumed": "修复或撤销日期为空或无法识别：按本次发布基准日生效，原记录不再公示。请核对日期。",
    "control-missing-column": "修复或撤销文件没有信息类别、修复方式、作出机关等列：各行按所写的原决定文书号生效，原记录不再公示。",
    "control-value-missing": "修复或撤销决定的某项为空（或其用语不在代码表中，见同行提示）：该决定仍然生效，原记录不再公示。请核对后改正。",
    "key-composed": "信用承诺、信用评价或消费投诉文件没有编号列：已按统一社会信用代码、日期和事项生成编号（报告写明格式）；没有统一社会信用代码的行无法生成，需填写编号。",
    "period-counted": "政府采购名单的有效期至为空：已按处罚结果所写的禁止期限（如“一年内禁止参加政府采购活动”）从处罚日期起算，期满之日起不再公示。请核实。",
    "period-unread": "处罚结果写有“禁止参加政府采购活动”，但期限（如“一至三年内”）或处罚日期无法识别，有效期至留空：按最长公示期限公示。请补填有效期至。",
    "row-other-list": "名单导出文件中该行不属于本名单，或不在可向社会公开的范围内（如海关信用名单中信用等级为“失信企业”的行不是高级认证企业名单的记录；信用承诺的公开类型为“特定范围内公开”），未读取、不公开。",
    "file-date-1904": "工作簿使用 1904 日期系统（旧版 Mac Excel 的选项）：以数字保存的日期已按 1904 年 1 月 1 日起算换算。请核对日期。",
    "uscc-respelled": "统一社会信用代码含全角字符、空格、连字符或不可见字符（如从网页复制），已按 18 位代码读取。",
    "column-amount-unit-from-title": "金额列的列名没有写明单位，按表格上方标题行所写的单位（如“金额单位：元”）读取，元已换算为万元。"
                                     "请核对；最好把列名改为“罚款金额（万元）”或“罚款金额（元）”。",
    "amount-not-stated": "金额写为“见附件”“详见决定书”等，没有写出数字：该条照常公示，但不显示金额。请从决定书中补填金额后重新导出。",
    # the data folder as listed, and control files' hidden parts (h19s, session 13)
    "control-file-unknown-type": "修复或撤销文件夹中有不能读取的文件（如 .docx、下载未完成的 .csv.part）：修复与撤销决定不能不读，已停止构建。请另存为 .csv 或 .xlsx 后放入，或把它移出该文件夹。",
    "control-file-hidden": "修复或撤销文件夹中有隐藏的导出文件（文件名以“.”开头）：修复与撤销决定不能不读，已停止构建。请去掉文件名开头的“.”，或把它移出该文件夹。",
    "control-not-approved": "修复或撤销导出中该申请未获准予（修复结果为不予修复，审核状态为审核不通过、待审核，或为空）：不生效，"
                            "原记录照常公示。",
    "control-hidden-applied": "修复或撤销文件中有在 Excel 中被隐藏的行或工作表：仍已读取并生效（隐藏不撤回决定）。如该决定确已作废，请删除该行。",
    "folder-misnamed": "数据文件夹中有名称与规定不完全一致的文件夹（如 repair、Repairs、信用修复、penalty、行政处罚），其中的文件未读取。像修复或撤销文件夹的，已停止构建；其他的记录未公示。请按规定改名。",
    "folder-not-read": "数据文件夹中有不属于任何类别、却放有导出文件的文件夹（如 2026年12月报送/、归档/），其中的文件未读取。"
                       "看起来是修复或撤销文件的，已停止构建；其他的记录未公示。请把文件移入对应类别的文件夹（报告写明是哪一类），"
                       "存档请移出数据文件夹。",
    "file-outside-kind-folder": "导出文件放在数据文件夹的最上层，未读取（其记录未公示）。请放入对应类别的文件夹。",
    # the staff report's working-day deadlines beyond the holiday calendar (h21l, session 15)
    "calendar-estimated": "“7 个工作日内公示”的期限落在放假调休安排尚未公布的年份（节假日日历 chinesecalendar 未收录）："
                          "按《全国年节及纪念日放假办法》的法定节假日、周末补假和近年的放假惯例估算，周末一律不算工作日，"
                          "期限宁晚勿早。国务院公布该年放假安排后，请升级 chinesecalendar（pip install -U chinesecalendar）并重新发布。",
    "file-hidden-skipped": "隐藏的导出文件（文件名以“.”开头）未读取，其记录未公示。如是导出数据，请去掉文件名开头的“.”。",
}


@dataclass(frozen=True)
class Problem:
    """One data problem, as written to issues.jsonl."""

    kind: str
    file: str
    row: int | None
    column: str | None
    code: str
    severity: str
    message: str

    def __post_init__(self) -> None:
        message = self.message
        if self.file and self.file in message:  # a clerk's name in the file name (殷翀琛报送_….csv)
            from generator.detect import mask_cell

            message = message.replace(self.file, mask_cell(self.file))
        object.__setattr__(self, "message", safe_message(message))

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class BuildAborted(Exception):
    """Publication must stop; the message is one clear sentence for staff."""


def safe_message(message: str) -> str:
    """A staff message with every personal datum masked by the detector; quoted cells (“…”) are
    also read as a person's record (names and home addresses masked)."""
    from generator import detect

    if "“" in message:
        message = _QUOTED.sub(lambda m: f"“{detect.mask(m.group(1), person=True, names=True)}”", message)
    return detect.mask(message, names=False)
