"""(Re)create the corpus of real-shaped export files (issue 17) that tests/test_exports.py builds.

Regenerate (from the repository root; deterministic, safe to run again):

    .venv/bin/python tests/exports/make_exports.py

Writes tests/exports/data/<kind>/<file> (one data folder, as a county office would fill it),
tests/exports/manifest.json (what each file is and what the loader must make of it) and
tests/exports/SOURCES.md (which published standard, list or exporter each file's shape comes
from). Shapes — header spellings and order, title and footer rows, merged cells, sheets,
encodings, coded values — are taken from those sources; every value is synthetic (credit codes and
身份证 numbers carry valid check characters and belong to no one).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `tests.conftest` importable
    sys.path.insert(0, str(ROOT))

from tests.conftest import AUTHORITY, AUTHORITY_CODE, make_ric, make_uscc  # noqa: E402

AS_OF = "2026-11-27"
COURT = "张掖市甘州区人民法院"
COURT_CODE = make_uscc(2, prefix="11")
TAX = "国家税务总局张掖市甘州区税务局"
TAX_CODE = make_uscc(3, prefix="11")
FIRE = "张掖市甘州区消防救援大队"
FIRE_CODE = make_uscc(4, prefix="11")
SAFETY = "张掖市甘州区应急管理局"
SAFETY_CODE = make_uscc(5, prefix="11")
FINANCE_CODE = make_uscc(6, prefix="11")  # 张掖市甘州区财政局
TAX_INSPECTION_CODE = make_uscc(10, prefix="11")  # 国家税务总局张掖市税务局稽查局

# -- sources (named in SOURCES.md; the keys are used by the manifest) -----------------------------

SOURCES = {
    "2019": "信用中国 2019 年“双公示”数据模板（行政许可、行政处罚信息数据项，行政相对人代码_1…_6 依次为统一社会信用代码、"
            "工商注册号、组织机构代码、税务登记号、事业单位证书号、社会组织登记证号）, as restated in "
            "/work/shared/spec/data-contract.md (\"Both national layouts\", \"National field codes\"); the same "
            "column names and CF_XDR_GSZC/CF_XDR_ZZJG codes appear in public exporter code (a Java entity "
            "`行政相对人代码_2(工商注册号) -> REG_NUM`, a MySQL DDL `cf_xdr_gszc … COMMENT '行政相对人代码_2(工商注册号)'`, "
            "a Django model `administration_code_2 #行政相对人代码_2(工商注册号)`), found with the code search of this "
            "session (the index did not name their repositories).",
    "2016-penalty": "2016 年“双公示”数据标准（行政处罚）: 行政处罚决定书文号 CF_WSH, 处罚名称 CF_CFMC, 处罚类别1/2 "
                    "CF_CFLB1/2 (0 警告 1 罚款 2 没收 3 责令停产停业 4 暂扣或者吊销 5 行政拘留 6 其他), 处罚事由 CF_SY, "
                    "处罚依据 CF_YJ, 行政相对人名称 CF_XDR_MC, 行政相对人代码_1(统一社会信用代码) CF_XDR_SHXYM, "
                    "_2(组织机构代码) CF_XDR_ZDM, _3(工商登记码) CF_XDR_GSDJ, _4(税务登记号) CF_XDR_SWDJ, "
                    "_5(居民身份证号) CF_XDR_SFZ, 法定代表人姓名 CF_FR, 处罚结果 CF_JG, 处罚决定日期 CF_JDRQ "
                    "(YYYY/MM/DD), 处罚机关 CF_XZJG, 当前状态 CF_ZT (0 正常 1 撤销 2 异议 3 其他), 地方编码 DFBM, "
                    "数据更新时间戳 SJC, 备注 BZ — column order and codes from public importer code: the Java class "
                    "`com.whcis.data.ap.newtemplate.PenaltyWHBean` (setX writes the 20 columns in this order, '/' and "
                    "'无' as null) and the nutz entity `com.wonders.sjtb.entity.PeopleCF` (table PEOPLE_CF, code "
                    "lists in its comments), and a Python scraper's header dict ('处罚名称': 'case_name', "
                    "'行政相对人代码_5(居民身份证号)': 'id_number' …).",
    "2016-license": "2016 年“双公示”数据标准（行政许可）: 行政许可决定书文号, 项目名称, 审批类别, 许可内容, 行政相对人名称, "
                    "行政相对人代码_1…_5, 法定代表人姓名, 许可决定日期, 许可截止期, 许可机关, 当前状态, 地方编码, "
                    "数据更新时间戳, 备注 — as shown by the public query page "
                    "KevinLiu2333/Psychology crosswaywebsvc/…/WEB-INF/jsp/query/sgs/corp_xk_view.jsp "
                    "(行政许可决定书文号, 项目名称, 审批类别, 许可内容, 行政相对人名称, 统一社会信用代码 …) and the 2016 "
                    "penalty importers above (the licence table uses the same party block with XK_ codes).",
    "court": "最高人民法院 中国执行信息公开网 失信被执行人名单, columns as the public entity classes that read it name them: "
             "nanqianbeiquan/ljzx LawDishonestInfo.java (被执行人姓名/名称, 组织机构代码, 执行法院, 案号, 省份, "
             "法定代表人或者负责人姓名, 执行依据文号, 立案时间, 做出执行依据单位, 被执行人的履行情况, 生效法律文书确定的义务, "
             "失信被执行人行为具体情形, 发布时间) and EalenXie/sdk-all tianyancha-sdk Dishonest.java (身份证号码/组织机构代码, "
             "已履行部分, 未履行部分 …).",
    "tax": "国家税务总局各级税务局每年公布的“纳税信用A级纳税人名单”: a title line, then 序号, 纳税人识别号, 纳税人名称, "
           "评价年度 (the shape named in issue 17; the search of this session found no public exporter code for it, so the "
           "column set is the published list's, not an exporter's).",
    "xls-provincial": "A provincial credit platform's BIFF (.xls) export of the 2019 template: title and period rows above "
                      "the header, a 序号 column, the issuing body merged over its block of rows, an empty numbered row "
                      "left by the template, a 制表人/审核人/填报日期 footer, a 填表说明 sheet and one sheet per half-year "
                      "(the shapes listed in issue 17 and data-contract.md \"Layout\").",
    "contract": "The data contract's own headers (/work/shared/spec/data-contract.md, \"Kinds and their own fields\"), "
                "which local systems for the kinds the national template does not cover export as they are.",
    "html-xls": "Web systems' \"导出Excel\": an HTML table sent as application/vnd.ms-excel and saved as .xls, often "
                "in GBK, with a title row spanning the columns and <br> inside cells — public code that does it: "
                "lklovezp/mygit app-ssh框架/WebRoot/demoExcelExport.jsp (contentType application/vnd.ms-excel;charset=GBK, "
                "filename=test.xls, a <table> with 序号 …), tlkzzz/xpjfx WEB-INF/views/modules/test/testExcel.jsp, "
                "xiewei1816/DININGSYS-T …/important_act_Xls.jsp (<th> header rows), and WPS's own HTML save "
                "(shwenguang/weboa addNewApplyTable.jsp, meta Generator \"WPS Office ET\").",
    "xml2003": "Excel 2003 XML (SpreadsheetML) written from a template and saved as .xls — public templates that do it: "
               "rootwish/bilu template/涉案专卖品价格证明申请表（新）样板.ftl, sunye520/check-work "
               "WEB-INF/template/employee.ftl, CaoHongchang/test jtrc/WebRoot/temp/gdcl/mr.ftl (<?mso-application "
               "progid=\"Excel.Sheet\"?>, Worksheet/Table/Row/Cell/Data, ss:MergeAcross, ss:Index, written by WPS "
               "KSOProductBuildVer 2052-…).",
    "gsxt-penalty": "国家企业信用信息公示系统 行政处罚信息 (市场监管总局令第45号《市场监督管理行政处罚信息公示规定》): the "
                    "list's columns as the h10x brief names its export (企业名称, 统一社会信用代码, 注册号, 处罚决定书文号, 违法行为, "
                    "处罚种类, 处罚内容, 作出行政处罚机关, 作出处罚决定日期, 公示日期), and the case record's fields as public code "
                    "that reads them names them: a cloud SDK's 工商行政处罚记录 item (pendecno 行政处罚决定书文号, casetype 违法行为类型, "
                    "pentype 处罚种类, illegfact 主要违法事实, content 行政处罚内容, penauth 作出行政处罚机关名称, pendecissdate "
                    "作出行政处罚决定日期, pubdate 公示日期, penbasis 处罚依据, peneffdate 处罚有效期, pubenddate 公示截止期), an XML "
                    "client's CASEINFO items (PENDECNO, ILLEGFACT, PENBASIS, PENDECISSDATE, PENTYPE …; REGNO in its entity "
                    "items) and a gsxt scraper's 行政处罚信息 (penDecNo, illegActType, penContent, penAuth_CN, penDecIssDate, "
                    "publicDate 公示日期), found with find_string this session (the index did not name their repositories); "
                    "the 注册号 of a 个体工商户 is GS15-2006's 15-digit number with an ISO 7064 MOD 11,10 check digit.",
    "gsxt-license": "国家企业信用信息公示系统 行政许可信息: 许可文件编号, 许可文件名称, 有效期自, 有效期至, 许可机关, 许可内容, 状态 — "
                    "public code that reads it: an import of the system's sheet (RegNo 工商注册号, LicOrgName 许可机关, LicDocNo "
                    "许可文件编号, LicDocName 许可文件名称, LicValidFrom, LicValidTo, LicContent 许可内容, State 状态), a gsxt "
                    "scraper's admLicense detail (许可文件编号, 许可文件名称, 有效期自, 有效期至), a field map (LICNAME 许可文件名称, "
                    "LICNO 许可文件编号, VALFROM, VALTO, LICSCOPE 许可范围) and a company data model filing them as 许可编号 "
                    "(\"许可编号，许可文件编号（信用中国、工商公示）\") and 许可证书名称 (\"许可证书名称，许可文件名称\"), found with "
                    "find_string this session (the index did not name their repositories).",
    "tax-major": "国家税务总局 重大税收违法失信主体 (国家税务总局令第54号《重大税收违法失信主体信息公布管理办法》): the columns the "
                 "credit platforms and tax offices publish, as public code that reads them names them: a credit platform "
                 "scraper's keyName (纳税人名称, 法定代表人或负责人姓名, 统一社会信用代码, 组织机构代码, 纳税人识别号, 案件上报期, 注册地址, "
                 "负有直接责任的财务负责人姓名, 负有直接责任的中介机构信息及其从业人员信息, 案件性质, 主要违法事实, 相关法律依据及税务处理处罚情况), "
                 "a data API's 税收违法 response (案件性质, 检查机关, 所属税务机关, 主要违法事实, 发生时间), a tax-site scraper (纳税人名称 "
                 "纳税人识别号 组织机构代码 注册地址 法定代表人姓名、性别及身份证号码 财务负责人姓名、性别及身份证号码 负有直接责任的中介机构信息 "
                 "案件性质 主要违法事实 相关法律依据及税务处理处罚情况) and a field map naming 法定代表人或者负责人姓名、性别、证件名称及号码, "
                 "found with find_string this session (the index did not name their repositories).",
    "xycn": "信用承诺信息 data template of the provincial credit platforms, as a platform SDK's CommitmentTemplate declares it "
            "(承诺编码 “行政区划编码+年月日+流水号”, 承诺人名称, 承诺人类别 法人及非法人组织/自然人/个体工商户, 承诺人代码 “法人及非法人组织、"
            "个体工商户填写统一社会信用代码；自然人填写身份证号码”, 承诺类型 审批替代型;容缺受理型;证明事项型;信用修复型;行业自律型;主动型;"
            "其他, 承诺事由 “办理的具体业务事项”, 承诺内容, 违诺责任, 承诺作出日期, 承诺有效期, 承诺履行状态 全部履行;部分履行;全部未履行, "
            "未履行的承诺内容, 违诺责任追究内容, 承诺履行状态认定日期/单位/单位代码, 承诺受理单位, 承诺受理单位代码, 公开类型 可向社会公开;"
            "特定范围内公开;不可公开, 备注), and a city platform's export of it (Java ExcelConstants XYCN: 承诺人名称, 承诺人类别, "
            "承诺人代码, 承诺类型, 承诺作出日期, 承诺受理单位, 归集部门, 承诺履行状态), found with find_string this session (the index "
            "did not name their repositories).",
    "platform-lists": "A city credit platform's Excel exports as its code declares their columns (Java ExcelConstants, "
                      "package com.rongzer.suzhou.scm.constant: XYZHPJ 信用综合评价 企业名称, 统一社会信用代码, 评分, 评级, "
                      "评级时间), found with find_string this session (the index did not name its repository).",
    "nul-padding": "Fixed-width text fields as C and Delphi programs write them: a char buffer (C) or a Delphi string[n] / "
                   "array of Char written whole, the value followed by NUL (#0) characters to the field's width — the "
                   "h11x brief's shape (round 10 left it); the values are the 2019 template's.",
    "exporter-2019": "Public exporter code for the 2019 template that spells its amount columns its own way: "
                     "wujiawei1207537021/wu-framework-parent wu-freamwork-test/…/PersonPunish.java (comments "
                     "\"处罚金额（万元）单位：万元\", \"没收违法所得、没收非法财务的金额（万元）\", \"行政相对人代码_1（统一社会信用代码）\", "
                     "\"数据导出时间\"); a department's own system exports its decisions without the 数据来源单位 columns.",
    "local-yuan": "Local systems' penalty lists with amounts in 元 (罚款金额（元）, 没收违法所得、没收非法财物的金额（元）) — the "
                  "unit the 2019 template asks (万元) is the one issue 17 names as the trap (\"万元 vs 元 headers\") — saved "
                  "as GBK CSV by Excel with a trailing comma, the decision dates written every way clerks write them "
                  "(2026/5/8, 2026.05.08, 20260508, 2026年5月8日, an Excel serial kept as text), and a 合计 row.",
    "two-row": "The 2019 template's six numbered party codes laid out as spreadsheet templates print them: a group label "
               "行政相对人代码 merged over 统一社会信用代码 … 社会组织登记证号 and 法定代表人证件 over 类型/号码, the other "
               "labels merged down both header rows, under a merged title row (the shapes listed in issue 17; no public "
               "file with this exact layout was found, so the grouping is the template's own field names).",
    "excel-text": "Excel's own \"Unicode 文本 (*.txt)\" and \"文本文件（制表符分隔）\" saves: UTF-16LE with a byte-order mark, "
                  "tab-separated, and tab-separated GBK text renamed .xls; an XLSX renamed .xls; a CSV whose editor put "
                  "a UTF-8 mark before GBK text (the file shapes issue 17's second attack lists).",
    "parquet": "A data-sharing platform's Parquet extract of the 2019 template, with bare numbered party-code headers "
               "(行政相对人代码_1 …) and typed columns (dates, numbers), as the contract allows.",
    "ods": "OpenDocument spreadsheets as WPS and LibreOffice save them (另存为 .ods): OASIS OpenDocument v1.2, a zip whose "
           "first member `mimetype` is stored uncompressed and holds application/vnd.oasis.opendocument.spreadsheet, "
           "the sheets in content.xml as table:table / table:table-row / table:table-cell with office:value-type "
           "float / date / string (hx6 finding 3: such files were ignored).",
    "excel-formula": "Workbooks with formulas, saved by Excel with each formula's result (OOXML / ECMA-376 Part 1: a "
                     "c element holds the formula f and its cached value v; Excel clears calcPr fullCalcOnLoad once it has "
                     "calculated — DevExpress CalculationOptions.FullCalculationOnLoad docs, c-rex.net OOXML sheetCalcPr), "
                     "as .xlsm (macro-enabled, same parts). The program-written kind — libxlsxwriter FAQ "
                     "(libxlsxwriter.github.io/faq.html: \"stores the value 0 as the formula result … sets a global flag … "
                     "recalculated when the file is opened\") — is refused instead (tests/damaged/file-formula-uncomputed).",
    "wps-sheet": "What clerks do to an export before dropping it (hx6 findings 2, 4, 6-8): two periods on one sheet, each "
                 "under its title and header, the second header's columns in another order; rows hidden by hand or by "
                 "自动筛选 (ECMA-376 row element hidden=\"1\"); numbers and codes kept as text with Excel's leading "
                 "apostrophe or as the formula =\"…\" in a CSV, as systems export them to stop Excel turning codes into "
                 "numbers; dates as 公文 write them "
                 "(二〇二六年六月三日, GB/T 9704-2012 党政机关公文格式 7.3.5.3 成文日期 in Chinese numerals) or with "
                 "spaces, a 处罚有效期 written as the period (…至…), 行政相对人类别 as 01/02/03 and 处罚类别 joined by /.",
    "open-end": "A validity with no end stored as the far date database systems use for an open period (9999-12-31: "
                "the temporal-table convention of public code — valid_to = '9999-12-31', a unitemporal max_timestamp "
                "'9999-12-31 23:59:59' — and the contract's own list of no-end words, generator/schema.py "
                "LONG_TERM_WORDS), and the words 无期限 / 不限期 (hx6: a licence 有效期至 9999-12-31 stopped the build with "
                "an internal OverflowError).",
    "unit-spelled": "Amount columns whose header states the unit its own way: 罚款金额（单位：元） as in a public traffic-"
                    "enforcement interface specification (class TIAT60012: ticketAmount 罚款金额（单位：元）, found with the "
                    "code search of this session; the index did not name its repository), with 罚款金额（单位：万元）, "
                    "罚款金额/万元, 罚款金额[元] and 罚款金额（人民币元） the other spellings the hx7 attack tried "
                    "(tests/test_load.py).",
    "control-words": "Repair and revocation lists as provincial platforms and 信用中国 publish their results: the original "
                     "decision named 原行政处罚决定书文号 (or the penalty's own 行政处罚决定书文号 when a 信用修复 result list "
                     "repeats the record: 行政相对人名称, 统一社会信用代码, 行政处罚决定书文号, 处罚机关, 修复日期), the types in "
                     "the systems' words (撤回, 更正, 提前终止公示 …) — the header names and words listed in the hx7 brief "
                     "(/work/notes/s7/h7x.md); the code search of this session found no public exporter code for these "
                     "lists, so no column order is claimed to be an exporter's.",
    "ccgp": "财政部 中国政府采购网 政府采购严重违法失信行为记录名单 (www.ccgp.gov.cn/search/cr/), columns as a public crawler "
            "class that reads the national list names them in its header comment: MOF_CGYZWFSXMD (\"属性：序号、企业名称、"
            "统一社会信用代码（或组织机构代码）、企业地址、严重违法失信行为的具体情形、处罚结果、处罚依据、处罚日期、公布日期、"
            "执法单位\"), found with the code search of this session (the index did not name its repository).",
    "clerk-values": "How clerks write amounts and dates in exports (hx7 findings 8-9, left for round 8): figures with "
                    "magnitudes (1万2千元, 5千, 12.5千元, 壹万贰仟伍佰元整 — a 元 figure in words, as 处罚内容 writes it: "
                    "罚款人民币壹万贰仟伍佰元整), the 2016 standard's 数据更新时间戳 SJC format YYYYMMDDhhmmss (its importers "
                    "named under 2016-penalty write SJC as a 14-digit timestamp) used for the decision date, and English "
                    "month names as an English-locale Excel or an Oracle export (DD-MON-YYYY, the NLS_DATE_FORMAT default "
                    "family) writes them.",
    "ccgp-ban": "The 政府采购严重违法失信行为记录名单 (see ccgp) whose 处罚结果 states the ban as 政府采购法 第七十七条 orders it "
                "(\"一至三年内禁止参加政府采购活动\"; each entry states its own: 一年内, 三年内, 12个月内) — the period decides "
                "how long the entry is published (hx7 left: it stayed listed until a repair); a 撤销 list naming a listed "
                "supplier by its credit code only (list entries carry no number).",
    "no-number": "信用承诺, 公共信用综合评价 and 12315 消费投诉 exports that list the party, the date and the matter without a "
                 "number column (hx7 finding 7: 承诺主体名称 / 承诺日期 / 履约情况 with 承诺类型 证明事项告知承诺; 企业名称 / "
                 "评价等级; 被投诉企业名称); the code search of rounds 7 and 8 found no published column list for them, so "
                 "the column set is the one the hx7 attack used, not an exporter's.",
    "big5": "A CSV from a Taiwan or Hong Kong system (Windows code page 950, Big5; the default ANSI code page of a "
            "zh-TW / zh-HK Windows, so Excel's \"CSV (逗号分隔)\" saves in it), its headers and values in traditional "
            "characters (行政相對人名稱, 法人及非法人組織, 罰款). Its bytes decode as GB18030 without an error, into other "
            "characters: charset-normalizer's guess and the contract's headers decide.",
    "hidden-other": "Rows hidden by hand or filtered out in an .xls (BIFF8 ROW record, fZeroHeight flag: [MS-XLS] "
                    "2.4.221 Row), an .ods (table:table-row table:visibility=\"collapse\" / \"filter\": OASIS "
                    "OpenDocument v1.2 Part 1, 19.749 table:visibility) and an .xlsb (BrtRowHdr fDyZero: [MS-XLSB] "
                    "2.4.726; records as 2.1.4 frames them), as Excel, WPS and LibreOffice save them.",
    "date1904": "Excel's 1904 date system (\"使用 1904 日期系统\", the default of Excel for Mac before 2011): ECMA-376 Part 1 "
                "18.2.28 workbookPr date1904, serials counted from 1904-01-01 (1462 days after the same serial in the 1900 "
                "system); a date column formatted 常规 keeps the serials as numbers. OpenDocument names the day zero in "
                "table:null-date (OASIS OpenDocument v1.2 Part 1, 9.4.2 table:null-date, default 1899-12-30): LibreOffice "
                "writes 1904-01-01 there under Tools–Options–Calc–Calculate–Date 1904.",
    "zip": "A platform's export sent as a zip (导出.zip: several tables, member names in GBK without the zip UTF-8 flag, as "
           "Windows' 发送到—压缩文件夹 writes them; PKWARE APPNOTE 4.4.4 general purpose bit 11).",
    "two-row-party": "The 2019 template's party block printed under one group label: 行政相对人 merged over 名称 | 类别 | 代码, the "
                     "code column holding a credit code or a person's 证件号码 (the hx8 brief's merged-header shape).",
    "text-quirks": "Text files as other tools write them: `\\r` line ends only (classic Mac OS, and Excel for Mac's \"CSV (Macintosh)\" "
                   "save), UTF-16LE without a byte-order mark (a .NET / SQL Server export writing Encoding.Unicode), an HTML "
                   "table saved under .xlsx by a web system (see html-xls), a workbook whose sheet is protected with a "
                   "password (ECMA-376 sheetProtection: values stay readable).",
    "actions": "其他行政行为 exports that name the kind by their own headers (行政强制决定书文号 / 强制措施内容, 奖励决定书文号 / 奖励名称, "
               "行政确认决定书文号 / 确认内容) without a 行为类别 column — the kinds the hx8 brief lists (行政强制, 行政确认, 行政奖励, "
               "行政检查); the search of this session found no public exporter code for them, so only the number and content "
               "headers are claimed (generator/standards/xzqz.toml, xzqr.toml, xzjl.toml).",
    "spotcheck": "国家企业信用信息公示系统 抽查检查结果信息 (行政检查): 企业名称, 统一社会信用代码/注册号, 检查实施机关, 类型 (抽查/检查), "
                 "日期, 结果 — as public code that reads it names them (a gsxt ETL parse_spot_check_info: \"insAuth_CN 检查实施机关, "
                 "insDate 日期, insType 类型 2:检查 1:抽查, insRes_CN 结果\"; a Python item check_info: 检查实施机关, 类型, 日期, 结果; "
                 "the 部门协同 pages' 抽查检查结果 tab in GuanzhouSong/ZhejiangMicroEnt), found with find_string this session.",
    "wage-arrears": "拖欠农民工工资失信联合惩戒对象名单 as 人力资源社会保障 departments publish it (人力资源社会保障部令第45号 "
                    "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》, in force 2022-01-01, 列入期限三年 — as restated in the "
                    "published notice found with the pages search this session, fa.113you.com/zs/6445.html, and 贵州省 "
                    "黔人社发〔2022〕30号 实施细则): the unit, its credit code, 法定代表人, the arrears (人数, 数额) and 列入事由, "
                    "列入日期, 列入部门 — the columns of the published lists (人社部 and municipal 黑名单 notices); no exporter "
                    "code was found, so no column order is claimed to be an exporter's.",
    "json-export": "Platforms' JSON exports and interfaces: 信用河南's CMSInterface/cms/xzcflist answers its penalty list as JSON "
                   "records keyed by the field codes in lower case (\"cf_cfmc\", \"cf_wsh\", \"cf_xdr_mc\", \"cf_xzjg\", as a "
                   "public scraper of www.xyhn.gov.cn reads them; found with find_string this session, the index did not name "
                   "its repository), under the {code, msg, data: {total, list}} wrapper such interfaces return; dates as a "
                   "Java platform serialises them: Jackson writes a java.util.Date as epoch milliseconds by default "
                   "(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) or, with that off, as yyyy-MM-dd'T'HH:mm:ss.SSS+0000 in "
                   "UTC, the time zone Spring Boot's JacksonAutoConfiguration gives it (spring-projects/spring-boot issue "
                   "17414; the +0000 offset form: FasterXML/jackson-databind issue 2643): a decision of 2026-10-26 00:00 "
                   "Beijing time is written 2026-10-25T16:00:00.000+0000.",
    "xml-export": "A database tool's XML export of the penalty table (Navicat's 导出向导 XML: <RECORDS><RECORD><field>value"
                  "</field>…</RECORD></RECORDS>, one element per column named by the column, here the 2019 field codes), with "
                  "a date column written by Java's Date.toString() (\"dow mon dd hh:mm:ss zzz yyyy\", Java SE API "
                  "java.util.Date#toString; CST is China Standard Time on a Chinese server: \"Tue Jun 19 00:00:00 CST 2012\" "
                  "in the CSDN answers found with the docs search this session).",
    "dbf": "A dBase III / FoxPro table (.dbf), the export of old county systems written in FoxPro or Clipper: the dBase "
           "III file format (32-byte header: version 0x03, record count, header and record length, language driver ID at "
           "byte 29, 0x4D = code page 936) and Microsoft's Visual FoxPro help, \"Table File Structure (.dbc, .dbf, .frx, "
           ".lbx, .mnx, .pjx, .scx, .vcx)\" (field descriptors of 32 bytes ended by 0x0D, names of at most 10 characters, "
           "types C/N/D, a deletion flag '*' before each record); h20e's case dbf-foxpro (session 14).",
    "jsonlines": "JSON Lines, https://jsonlines.org (\"File extension: .jsonl\"; UTF-8, one JSON value a line); "
                 "h21e's case jsonl-extension (session 15).",
    "taizhang-summary": "A 行政处罚台账 workbook kept by month with a 汇总 (summary) sheet, as county offices keep them; "
                        "h21e's case month-sheets-summary (session 15).",
    "pandas-json": "pandas DataFrame.to_json, https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.to_json.html "
                   "(orient: \"columns\" is the DataFrame default, {column -> {index -> value}}); h21e's case "
                   "pandas-orients (session 15).",
    "copy-b": "Windows' copy /b a.csv+b.csv (binary concatenation keeps each file's UTF-8 byte-order mark, EF BB BF, "
              "The Unicode Standard 23.8) and 合计 typeset with full-width spaces; h21e's cases bom-middle and "
              "total-spaced (session 15).",
    "ado-xml": "ADO's Recordset.Save with adPersistXML, the XML of VB6, ASP and Access systems: "
               "https://learn.microsoft.com/en-us/office/client-developer/access/desktop-database-reference/"
               "persisting-records-in-xml-format (an s:Schema of s:AttributeType name / rs:name, then rs:data with one "
               "z:row per record, its fields as attributes, a null field left out); h20e's case ado-recordset-xml.",
    "fixed-width": "Oracle SQL*Plus output spooled to a text file, the export of many Oracle-based systems: the column "
                   "names, then SET UNDERLINE's rule (default '-') as wide as each column, columns separated by SET COLSEP "
                   "(default a single space), each value padded to its column's width (in bytes of the client character set: "
                   "two for a CJK character in GBK), and the feedback line “n rows selected.” — SQL*Plus User's Guide and "
                   "Reference (SET COLSEP, SET UNDERLINE), O'Reilly Oracle SQL*Plus: The Definitive Guide (SET UNDERLINE: "
                   "DEPTNO DNAME LOC over ---------- -------------- -------------), found with the docs search this session.",
    "customs-aeo": "海关 高级认证企业 (AEO) lists as customs offices publish them (海关总署令第251号《中华人民共和国海关注册登记和"
                   "备案企业信用管理办法》, in force 2021-11-01: 高级认证企业 are China's AEOs; published lists and notices "
                   "name 企业名称, 统一社会信用代码, 海关编码 (10-digit customs registration code), 信用等级 / 认证类型, "
                   "认证时间, 主管海关 — the pages search of this session found only notices about AEO status, no exporter "
                   "code, so the column set is the one the hx8 brief names, not an exporter's); a customs credit list "
                   "holding another grade (失信企业) in the same column.",
    "local-headers": "Local systems' own headers for a penalty: 浙江 公示系统 部门协同 行政处罚信息 (GuanzhouSong/ZhejiangMicroEnt "
                     ".svn/pristine/27/2752487c…svn-base: 企业名称, 统一社会信用代码, 处罚机关, 处罚决定书文号, 处罚决定书签发日期, "
                     "违法行为类型, 处罚种类) and a municipal enterprise-credit system's 行政处罚 record (catkins10/cms "
                     "WebContent/credit/enterprisecredit/municipal/municipalEdit.jsp, Municipal.java: 企业名称, 违法行为, "
                     "处罚法律依据, 决定书文号, 下达决定书时间, 处罚金额, 办理机关), found with the code search this session; "
                     "处罚种类 is the law's word (行政处罚法 第九条 “行政处罚的种类”). 无罚款 for a decision without a fine: the "
                     "value the h10x brief names from real exports (no exporter code was found for it).",
    "local-values": "Values local licensing systems write (the h10x brief, from real exports; no exporter code was found "
                    "for them): 当前状态 过期 and 存续 (存续 as registers write an entity's standing, 国家企业信用信息公示系统 "
                    "登记状态), 许可类别 备案 (a filing, which 行政许可法 第十二条 does not list among the kinds of licence).",
    "field-code-header": "Templates that print each data item's name with its field code in the same header cell, on two "
                         "lines (Alt+Enter: 行政相对人名称 above CF_XDR_MC) or the code in brackets after the name — the "
                         "h12x brief's shape; the 2019 template's names and codes are the pairs of data-contract.md "
                         "\"National field codes\" (CF_XDR_MC 行政相对人名称 …, as a public Java exporter declares them: "
                         "String CF_JDRQ = \"处罚决定日期\", String CF_CFJG = \"处罚机关\" …, found with find_string this "
                         "session; the index did not name its repository). No public file with both in one cell was found.",
    "used-range": "A worksheet whose used range reaches Excel's last row (1,048,576) while its data ends near the top: a "
                  "format applied far down and a space typed in a far cell, the used-range bloat public issues report — "
                  "tafia/calamine pull 428 (a 10 MB upload whose empty cells made .worksheets() allocate 500 GB), "
                  "iOfficeAI/OfficeCLI issue 149 (styled empty cells <c s=\"1\"/> from formatting whole columns, "
                  "\"the far more common real-world cause of used-range bloat\"), infiniflow/ragflow issue 19185 (a "
                  "styled cell at row 12000 inflates the used range); ECMA-376 Part 1 18.3.1.35 dimension, Excel's grid "
                  "ending at XFD1048576.",
    "no-cell-references": "A worksheet whose row and c elements carry no r attribute (ECMA-376 Part 1, 18.3.1.73 CT_Row and "
    "18.3.1.4 CT_Cell: r optional; a missing one is the row after the row before, the cell after the cell before), as "
    "programs write it with the OpenXML SDK and other non-Excel producers: ExcelDataReader/ExcelDataReader pull 115 "
    "(row and c without r, opens in Excel), box/spout issue 267 (a file from a Microsoft product, rows and cells "
    "without r), monitorjbl/excel-streaming-reader issue 87 and pull 88 (rows without r, then r=7: the rows in between "
    "counted on), yukiyokotani/office-open-xml-viewer issue 832 and pull 851 (exports of Dynamics, SAP, Oracle, SSRS), "
    "tafia/calamine pull 330 and ClosedXML/ClosedXML pull 2807 (readers counting them); the space in the last row is "
    "the used-range shape above (lead11's norref case).",
    "biff5": "The Excel 5.0/95 workbook format (BIFF5) that old systems' exporters still write: OpenOffice.org's "
    "\"Microsoft Excel File Format\" (BOF 5.8, CODEPAGE 5.17, LABEL 5.63: byte strings in the code page) and MS-XLS "
    "2.4.21; productdevbook/hucre pull 572 (\"Some 1C installs still export BIFF5 (Excel 5.0/95: Book stream, BOF "
    "0x0500)\", strings code-page bytes, no SST), PHPOffice/PhpSpreadsheet pulls 1019 and 1484 (Excel 95 files' "
    "code page), yfedoseev/office_oxide issue 309 (BIFF5 text decoded ignoring CODEPAGE: mojibake), tafia/calamine "
    "issue 374 (BIFF5 text truncated) and pull 618 (a single Book stream); Spreadsheet::WriteExcel (Perl) and its ports "
    "(PEAR Spreadsheet_Excel_Writer, a Python port found with find_string: `self._codepage = 0x04E4`) write BIFF5 "
    "declaring code page 1252 whatever bytes they are given, and Chinese users gave them GBK (tech.it168.com "
    "a2006/1123 on Spreadsheet::WriteExcel and CP936; blog.zijide.net/112.html: a PHP system's GBK Excel file garbled "
    "in Excel, read in WPS).",
    "ods-used-range": "An OpenDocument sheet whose rows run to row 1,048,576 while its data ends near the top: the empty "
                      "tail written once with table:number-rows-repeated (OASIS OpenDocument v1.2 Part 1, 9.1.3), as "
                      "LibreOffice writes it — tdf/odftoolkit issue 64 (\"Libreoffice generates an ODS file from Excel "
                      "having a row with repeated-rows: 1mio and another empty one\"), issue 25 "
                      "(<table:table-row table:number-rows-repeated=\"1048573\"> over 16384 repeated cells), "
                      "saulpw/visidata issue 2440 (every sheet read as 1M rows × 16K columns, memory exhausted); a space "
                      "typed in the last row ends the repetition (h12x case_ods_space.py: calamine then builds every row).",
    "excel-cn-csv": "CSV as Excel on a Chinese Windows saves it (CSV (逗号分隔), ANSI = GB18030/GBK, CRLF, quotes inside a "
                    "value doubled, a trailing comma where the sheet's used range is one column wider) with Excel's "
                    "delimiter line sep=, first (Excel reads and writes it: mechatroner/vscode_rainbow_csv issue 108, "
                    "pandas-dev/pandas issue 47303 and 61692); dates typed with the weekday (2026年11月3日 星期二, the "
                    "long date format of a zh-CN Windows) or an offset (+08:00), amounts in 元 with thousands separators "
                    "(12,500.00).",
    "gsxt": "国家企业信用信息公示系统 严重违法失信名单 (市场监管总局令第44号《市场监督管理严重违法失信名单管理办法》), as "
            "the system and its departmental exchange show the lists: GuanzhouSong/ZhejiangMicroEnt "
            "src/main/webapp/WEB-INF/views (浙江 公示系统 部门协同: 严重违法失信企业名单 and 经营异常名录 pages, columns 序号, "
            "企业名称, 统一社会信用代码/注册号, 列入文号, 列入日期, 列入原因, 列入机关; 列入异常原因, 列入日期 … in the "
            "届满 table) and a public API field mapping for the same lists (单位名称, 统一社会信用代码, 列入原因, 列入日期, "
            "列入决定机构, 移出原因, 移出日期, 移出决定机构; the index did not name its repository). 移出 columns filled: "
            "the entity is off the list.",
    "xls-used-range": "The used-range shape above in an Excel 97-2003 workbook (BIFF8): a space typed in IV65536, the "
                      "last cell of an .xls sheet (65,536 rows × 256 columns), makes the sheet's DIMENSIONS record "
                      "([MS-XLS] 2.4.90: rwMac 65,536, colMac 256) and every reader's grid span it; calamine builds "
                      "all 16.7 million cells (h16x's report: 1.4 GB to read three records, left for this round).",
    "big5-biff5": "An Excel 5.0/95 workbook (see biff5) from a Taiwan or Hong Kong system: Spreadsheet::WriteExcel and "
                  "its ports declare CODEPAGE 1252 whatever bytes they are given (see biff5), here Big5 (Windows code "
                  "page 950, see big5) in traditional characters; Big5 bytes decode as GB18030 without an error, "
                  "into other characters, so the contract's headers decide between the two.",
    "oracle-cn-date": "Oracle's default date format DD-MON-RR in a Chinese session (NLS_LANG SIMPLIFIED "
                      "CHINESE_CHINA): the month abbreviation 1月 … 12月 padded to one width, a two-digit RR year — "
                      "as SQL*Plus prints scott.emp's HIREDATE in public Oracle tutorials (\"7782 CLARK MANAGER 7839 "
                      "09-6月 -81\", \"17-11月-81\") and as a public INSERT script reads it back "
                      "(to_date('28-1月 -11','DD-MON-RR')), a TIMESTAMP as '01-1月 -10 12.00.00.000000000 上午' "
                      "(found with find_string this session; the index did not name the repositories). 其它 for 其他 in "
                      "a code column, as clerks and local drop-downs write it (the h17x brief's coded-category shape; "
                      "no exporter code was found for it).",
    "unit-above": "Report templates that state the amount unit once for the whole table in a row above it, beside the "
                  "compiling unit, instead of in the column's header: 编制单位：… 金额单位：元 (a PHP report page's "
                  "title row \"编制单位：<company> … 金额单位：元\", a Smarty report's \"截至时间：… 金额单位：元\" title cell, "
                  "a JSP balance sheet's \"金额单位：元\" cell above 资产 | 行次 | 年初数; found with find_string this "
                  "session, the index did not name the repositories), and （单位：万元） in a title as statistical "
                  "tables print it (the 2021年度行政处罚情况统计表 of a county transport bureau, m.1wenmi.com/doc/743206.html, "
                  "heads its column 罚没金额（万元）; the title-row form is the h17x report's left case, probe5.py). No "
                  "penalty exporter writing a bare 罚款金额 under such a row was found.",
    "amount-referred": "罚款金额 filled with a pointer to the decision instead of the figure — 见附件, 详见决定书 — the "
                       "placeholder words the h19x brief names from real exports (round 14's probe: /work/notes/h17x "
                       "probe.py, each refused as bad-amount); the code and pages search of this session found no "
                       "exporter writing them, so none is claimed; 无 and — are data-contract.md's placeholders.",
    "amount-restated": "Money written as decisions, contracts and receipts write it, the figure and the same sum in words in "
                       "brackets — 人民币{total_amount}元（大写：{total_amount_cn}）, ¥…元（大写：…元整） in the contract and "
                       "receipt templates find_string found this session (the index did not name the repositories) — "
                       "copied into 罚款金额 from a decision's 罚款人民币5000元（大写：伍仟元整）; no exporter writing it was "
                       "found.",
    "dzzz": "电子证照 as 政务服务 platforms' licence libraries hold and export them, by the metadata of GB/T 36903-2018 "
            "《电子证照 元数据规范》 — public code that names them: certificate DTOs (zzbfjg 证照颁发机构, zzbfjgdm "
            "证照颁发机构代码, zzbfrq 证照颁发日期, czzt 持证主体, czztdm 持证主体代码, czztdmlx 持证主体代码类型, zzyxqqsrq "
            "证照有效期起始日期, zzyxqjzrq 证照有效期截止日期), a licence-sync table DDL (certificate_holder 持证主体, "
            "certificate_holder_code 持证主体代码, certificate_holder_type 持证主体代码类型, certificate_name 证照名称, "
            "certificate_number 证照编码, issue_date 证照颁发日期, issue_dept 证照颁发机构, issue_dept_code 证照颁发机构代码), "
            "a certificate-sharing API (holderTypeCode \"111 公民身份证号码 001 统一社会信用代码，其值应遵循《GB∕T "
            "36903-2018 电子证照元数据规范》\"), and 浙江's 省市回流 licence tables (许可证号, 单位名称, 统一社会信用代码, "
            "持证主体代码类型, 有效期（起始）, 有效期（截止）, 发证日期, 发证机关, 证照颁发机构代码, 证照状态) — found with "
            "find_string this session (the index did not name the repositories).",
    "id-type-code": "证件类型 as a code of GA/T 517-2004 《常用证件代码》 (公安部): 111 居民身份证, 112 临时居民身份证, 113 户口簿, "
                    "114 中国人民解放军军官证, 414 普通护照, 511 台湾居民来往大陆通行证, 516 港澳同胞回乡证（通行卡）, 553 "
                    "外国人永久居留（身份）证, 990 其他 — as public code states the table: an enum CertType commented "
                    "\"acording to GA/T 517-2004\" (NATIONAL_ID(\"111\"), MILITARY_OFFICER(\"114\")), data models whose "
                    "证件类型 fields say \"代码表：采用GA/T 517－2004《常用证件代码》\" and \"法定代表人证件代码，符合GA/T 517\", "
                    "and several IdType enums with the same codes (111 … 553, 990); GB/T 36903-2018's 持证主体代码类型代码 uses the same "
                    "111 for 公民身份号码 (see dzzz) (find_string this session; the index did "
                    "not name the repositories). No national 双公示 standard's own 证件类型 code list was found: the 2019 "
                    "template writes the words.",
    "creditchina-json": "Credit sites' JSON interfaces keyed by the national field codes as a Java bean names them "
                        "(camelCase, as Jackson and fastjson write a field): 信用中国（山西） www.creditsx.gov.cn "
                        "xzcfDetialNew-<id>.jspx answers cfWsh, cfCflb, cfSy, cfYj, cfXdrMc, cfXdrShxym, cfJg, cfSxq "
                        "(处罚生效期), cfXzjg — the 2015 数据项 \"行政处罚决定书文号、案件名称、处罚类别、处罚事由、处罚依据、行政"
                        "相对人名称…处罚结果、处罚生效期、处罚机关、当前状态、地方编码\" as a public crawler class "
                        "(com.mr.modules.api.site.instance.creditchinasite.shanxisite.Shanxi_xzcf) reads them; another "
                        "crawler reads cfWsh, cfAjmc, cfCflb, cfSy, cfYj, cfXdrMc, cfXdrShxym, cfJg, cfSxq, cfXzjg, cfZt, "
                        "dfbm, depName, publishDate from 信用中国's detail JSON; a 信用广东 (credit.gd.gov.cn) record "
                        "reader takes CF_XDR_MC / cf_xdr_mc / cfXdrMc, cfWsh, cfCfjg, cfJdrq, cfNr and XK_… / xkXdrMc "
                        "alike; a Java bean of the 2016 set declares cfXdrMc, cfXdrShxym, cfJdrq with "
                        "@JSONField(format=\"yyyy/MM/dd\") (find_string this session; the index did not name the "
                        "repositories).",
}

P2019 = ["行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)",
         "行政相对人代码_3(组织机构代码)", "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)",
         "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码",
         "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）",
         "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
         "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注"]
CF2019 = ["CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_XDR_GSZC", "CF_XDR_ZZJG", "CF_XDR_SWDJ", "CF_XDR_SYDW",
          "CF_XDR_SHZZ", "CF_FRDB", "CF_FR_ZJLX", "CF_FR_ZJHM", "CF_XDR_ZJLX", "CF_XDR_ZJHM", "CF_WSH", "CF_WFXW", "CF_SY",
          "CF_YJ", "CF_CFLB", "CF_NR", "CF_NR_FK", "CF_NR_WFFF", "CF_NR_ZKDX", "CF_JDRQ", "CF_YXQ", "CF_GSJZQ", "CF_CFJG",
          "CF_CFJGDM", "CF_SJLY", "CF_SJLYDM", "BZ"]
L2019 = ["行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)",
         "行政相对人代码_3(组织机构代码)", "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)",
         "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码",
         "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号", "许可内容", "许可决定日期",
         "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码", "当前状态", "数据来源单位", "数据来源单位统一社会信用代码",
         "备注"]
XK2019 = ["XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_XDR_GSZC", "XK_XDR_ZZJG", "XK_XDR_SWDJ", "XK_XDR_SYDW",
          "XK_XDR_SHZZ", "XK_FDDB", "XK_FR_ZJLX", "XK_FR_ZJHM", "XK_XDR_ZJLX", "XK_XDR_ZJHM", "XK_XKWS", "XK_WSH", "XK_XKLB",
          "XK_XKZS", "XK_XKBH", "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW",
          "XK_LYDWDM", "BZ"]
P2016 = ["行政处罚决定书文号", "处罚名称", "处罚类别1", "处罚类别2", "处罚事由", "处罚依据", "行政相对人名称",
         "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(组织机构代码)", "行政相对人代码_3(工商登记码)",
         "行政相对人代码_4(税务登记号)", "行政相对人代码_5(居民身份证号)", "法定代表人姓名", "处罚结果", "处罚决定日期", "处罚机关",
         "当前状态", "地方编码", "数据更新时间戳", "备注"]
CF2016 = ["CF_WSH", "CF_CFMC", "CF_CFLB1", "CF_CFLB2", "CF_SY", "CF_YJ", "CF_XDR_MC", "CF_XDR_SHXYM", "CF_XDR_ZDM",
          "CF_XDR_GSDJ", "CF_XDR_SWDJ", "CF_XDR_SFZ", "CF_FR", "CF_JG", "CF_JDRQ", "CF_XZJG", "CF_ZT", "DFBM", "SJC", "BZ"]
L2016 = ["行政许可决定书文号", "项目名称", "审批类别", "许可内容", "行政相对人名称", "行政相对人代码_1(统一社会信用代码)",
         "行政相对人代码_2(组织机构代码)", "行政相对人代码_3(工商登记码)", "行政相对人代码_4(税务登记号)",
         "行政相对人代码_5(居民身份证号)", "法定代表人姓名", "许可决定日期", "许可截止期", "许可机关", "当前状态", "地方编码",
         "数据更新时间戳", "备注"]
COURT_HEADER = ["序号", "被执行人姓名/名称", "身份证号码/组织机构代码", "法定代表人或者负责人姓名", "执行法院", "省份",
                "执行依据文号", "立案时间", "案号", "做出执行依据单位", "生效法律文书确定的义务", "被执行人的履行情况",
                "失信被执行人行为具体情形", "发布时间"]
FOOTER = [["制表人：王某", "", "", "审核人：李某"], ["填报日期：2026年11月20日"]]

# Names of synthetic parties; the serial gives each a distinct valid credit code.
COMPANIES = ["张掖市丹霞商贸有限公司", "甘州区祁连食品有限公司", "张掖市黑河建材有限公司", "甘州区湿地餐饮有限公司",
             "张掖市七彩农业发展有限公司", "甘州区金张掖物流有限公司", "张掖市大佛寺文化传媒有限公司", "甘州区马蹄寺药店有限公司",
             "张掖市焉支山矿业有限公司", "甘州区平山湖旅游有限公司", "张掖市玉水苑酒店有限公司", "甘州区绿洲种业有限公司"]
PRIVATE: list[str] = []  # every never-public value written into the corpus (the test looks for them in the site)


def company(i: int) -> tuple[str, str]:
    return COMPANIES[i % len(COMPANIES)], make_uscc(500 + i)


def ric(birth: str, serial: str) -> str:
    value = make_ric(birth, serial)
    PRIVATE.append(value)
    return value


# -- writers ---------------------------------------------------------------------------------------


def _csv_bytes(rows: list[list[Any]], encoding: str) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([["" if v is None else str(v) for v in r] for r in rows])
    return out.getvalue().encode(encoding)


def _xlsx_bytes(sheets: dict[str, list[list[Any]]], merges: dict[str, list[tuple[int, int, int, int]]] | None = None
                ) -> bytes:
    """A workbook as xlsxwriter writes it (fixed metadata: same bytes every run); dates become date cells."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": dt.datetime(2026, 11, 20)})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        spans = (merges or {}).get(name, [])
        inside = {(r, c) for r0, r1, c0, c1 in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r0, r1, c0, c1 in spans:
            sheet.merge_range(r0, c0, r1, c1, rows[r0][c0])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (r, c) in inside or value in ("", None):
                    continue
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
                else:
                    sheet.write(r, c, value)
    book.close()
    return buffer.getvalue()


def _xls_bytes(sheets: dict[str, list[list[Any]]], merges: dict[str, list[tuple[int, int, int, int]]] | None = None,
               hidden: list[int] | None = None) -> bytes:
    """A BIFF workbook as xlwt writes it; merges are (row0, row1, col0, col1) holding their top-left value;
    `hidden` rows (0-based) are hidden in every sheet (a ROW record with fZeroHeight, as Excel saves a filter)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        spans = (merges or {}).get(name, [])
        inside = {(r, c) for r0, r1, c0, c1 in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r0, r1, c0, c1 in spans:
            sheet.write_merge(r0, r1, c0, c1, rows[r0][c0])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (r, c) in inside or value in ("", None):
                    continue
                if isinstance(value, dt.date):
                    sheet.write(r, c, value, date_style)
                else:
                    sheet.write(r, c, value)
        for r in hidden or []:
            sheet.row(r).hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _html_xls_bytes(title: str, header: list[str], rows: list[list[Any]], encoding: str = "gbk") -> bytes:
    """An HTML table as web systems send it as .xls: a title cell spanning the columns, <br> for line breaks."""
    import html

    def cell(value: Any, tag: str = "td") -> str:
        return f"<{tag}>{html.escape(str(value)).replace(chr(10), '<br>')}</{tag}>"

    body = [f'<tr><td colspan="{len(header)}">{html.escape(title)}</td></tr>',
            "<tr>" + "".join(cell(h, "th") for h in header) + "</tr>",
            *("<tr>" + "".join(cell("" if v is None else v) for v in r) + "</tr>" for r in rows)]
    page = (f'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset={encoding.upper()}"></head><body><table border="1">'
            + "\n".join(body) + "</table></body></html>")
    return page.encode(encoding)


def _spreadsheet_ml_bytes(name: str, title: str, header: list[str], rows: list[list[Any]]) -> bytes:
    """An Excel 2003 XML workbook as a template writes it: a merged title row, typed cells, ss:Index gaps."""
    from xml.sax.saxutils import escape

    def cell(value: Any, index: int | None = None) -> str:
        at = f' ss:Index="{index}"' if index else ""
        if isinstance(value, dt.date):
            return f'<Cell{at}><Data ss:Type="DateTime">{value.isoformat()}T00:00:00.000</Data></Cell>'
        kind = "Number" if isinstance(value, (int, float)) else "String"
        return f'<Cell{at}><Data ss:Type="{kind}">{escape(str(value))}</Data></Cell>'

    def row(values: list[Any]) -> str:
        out, gap = [], False
        for i, v in enumerate(values):
            if v in ("", None):
                gap = True
                continue
            out.append(cell(v, i + 1 if gap else None))
            gap = False
        return "<Row>" + "".join(out) + "</Row>"

    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?mso-application progid="Excel.Sheet"?>',
             '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
             'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
             'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">',
             f'<Worksheet ss:Name="{escape(name)}"><Table>',
             f'<Row><Cell ss:MergeAcross="{len(header) - 1}"><Data ss:Type="String">{escape(title)}</Data></Cell></Row>',
             row(header), *(row(r) for r in rows), "</Table></Worksheet></Workbook>"]
    return "\n".join(lines).encode("utf-8")


def _parquet_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({h: [r[i] for r in rows] for i, h in enumerate(header)})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _ods_bytes(sheets: dict[str, list[list[Any]]], hidden: list[int] | None = None, null_date: str | None = None) -> bytes:
    """An OpenDocument spreadsheet as WPS/LibreOffice write one (mimetype first, stored; fixed dates: same bytes);
    `hidden` rows (0-based) as LibreOffice writes a row hidden or filtered out (table:visibility); `null_date` the
    day zero of its serials as LibreOffice's 日期 1904 option writes it (table:calculation-settings/table:null-date)."""
    import zipfile
    from xml.sax.saxutils import escape

    body: list[str] = []
    if null_date:
        body.append(f'<table:calculation-settings><table:null-date table:date-value="{null_date}"/>'
                    "</table:calculation-settings>")
    for name, rows in sheets.items():
        body.append(f'<table:table table:name="{escape(name)}">')
        for r, row in enumerate(rows):
            body.append('<table:table-row table:visibility="collapse">' if r in (hidden or []) else "<table:table-row>")
            for value in row:
                if value in ("", None):
                    body.append("<table:table-cell/>")
                elif isinstance(value, (int, float)):
                    body.append(f'<table:table-cell office:value-type="float" office:value="{value}">'
                                f"<text:p>{value}</text:p></table:table-cell>")
                elif isinstance(value, dt.date):
                    body.append(f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                                f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
                else:
                    body.append(f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
                                "</table:table-cell>")
            body.append("</table:table-row>")
        body.append("</table:table>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               "<office:body><office:spreadsheet>" + "".join(body) + "</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, text, method in (("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                                     ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
                                     ("content.xml", content, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(member, date_time=(2026, 11, 20, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, text)
    return buffer.getvalue()


def _excel_saved(workbook: bytes) -> bytes:
    """An xlsxwriter workbook as Excel leaves it after calculating and saving: fullCalcOnLoad cleared."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b' fullCalcOnLoad="1"', b"")
            target.writestr(info, data)
    return out.getvalue()


def _formula_xlsx(header: list[str], rows: list[list[Any]]) -> bytes:
    """One sheet whose cells starting with = are formulas written with their results (value after a tab)."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": dt.datetime(2026, 11, 20)})
    sheet = book.add_worksheet("行政处罚")
    sheet.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                formula, _, result = value.partition("\t")
                sheet.write_formula(r, c, formula, None, float(result) if result.replace(".", "").isdigit() else result)
            elif value not in ("", None):
                sheet.write(r, c, value)
    book.close()
    return buffer.getvalue()


def _hidden_rows_xlsx(header: list[str], rows: list[list[Any]], hidden: list[int]) -> bytes:
    """One sheet with an autofilter over the data and the rows `hidden` (0-based sheet rows) filtered out."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": dt.datetime(2026, 11, 20)})
    sheet = book.add_worksheet("Sheet1")
    sheet.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, ["" if v is None else v for v in row])
    sheet.autofilter(0, 0, len(rows), len(header) - 1)
    for r in hidden:
        sheet.set_row(r, None, None, {"hidden": True})
    book.close()
    return buffer.getvalue()


def _date1904(workbook: bytes) -> bytes:
    """The workbook switched to the 1904 date system (workbookPr date1904="1"), members otherwise as written."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b"<workbookPr", b'<workbookPr date1904="1"', 1)
            archive.writestr(info, data)
    return out.getvalue()


_date1904_xlsx = _date1904


def _xlsb_bytes(rows: list[list[Any]], hidden: frozenset[int] = frozenset()) -> bytes:
    """An Excel binary workbook ([MS-XLSB]) of one sheet: BIFF12 records (2.1.4: type and size in 7-bit bytes),
    BrtBundleSh naming the sheet, BrtWsDim, a BrtRowHdr per row (fDyZero set for the `hidden` rows, 0-based, as
    Excel writes a row hidden by hand or by a filter), BrtCellSt text and BrtCellReal number cells."""
    import struct
    import zipfile

    def record(kind: int, data: bytes = b"") -> bytes:
        out = bytearray()
        for value in (kind, len(data)):
            while True:
                byte, value = value & 0x7F, value >> 7
                out.append(byte | (0x80 if value else 0))
                if not value:
                    break
        return bytes(out) + data

    def wide(text: str) -> bytes:
        return struct.pack("<I", len(text)) + text.encode("utf-16-le")

    book = (record(0x83) + record(0x8F) + record(0x9C, struct.pack("<II", 0, 1) + wide("rId1") + wide("行政处罚"))
            + record(0x90) + record(0x84))
    sheet = bytearray(record(0x81) + record(0x94, struct.pack("<IIII", 0, len(rows) - 1, 0, max(map(len, rows)) - 1))
                      + record(0x91))
    for r, row in enumerate(rows):
        sheet += record(0x00, struct.pack("<IIHBBBI", r, 0, 300, 0, 0x30 if r in hidden else 0, 0, 0))
        for c, value in enumerate(row):
            if isinstance(value, (int, float)):
                sheet += record(0x05, struct.pack("<IId", c, 0, float(value)))
            elif value not in ("", None):
                sheet += record(0x06, struct.pack("<II", c, 0) + wide(str(value)))
    sheet += record(0x92) + record(0x82)
    package = "http://schemas.openxmlformats.org/package/2006"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{package}/content-types">'
                               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                               '<Override PartName="/xl/workbook.bin" '
                               'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
                               '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
                               "</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
                       f'<Relationship Id="rId1" Type="{office}/officeDocument" Target="xl/workbook.bin"/></Relationships>',
        "xl/workbook.bin": book,
        "xl/_rels/workbook.bin.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
                                      f'<Relationship Id="rId1" Type="{office}/worksheet" Target="worksheets/sheet1.bin"/>'
                                      "</Relationships>",
        "xl/worksheets/sheet1.bin": bytes(sheet),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 20, 0, 0, 0)), content)
    return out.getvalue()


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    """A zip as Windows' 压缩文件夹 writes one: member names in GBK without the UTF-8 flag (PKWARE APPNOTE 4.4.4 bit 11
    clear), deflated, fixed dates. Written by hand: Python's zipfile always writes non-ASCII names in UTF-8."""
    import struct
    import zlib

    local, central = bytearray(), bytearray()
    dos_time, dos_date = 0, ((2026 - 1980) << 9) | (11 << 5) | 20
    for name, data in members.items():
        raw_name = name.encode("gbk")
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = packer.compress(data) + packer.flush()
        crc = zlib.crc32(data)
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date, crc, len(packed), len(data),
                             len(raw_name), 0) + raw_name + packed
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, dos_time, dos_date, crc, len(packed),
                               len(data), len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    return bytes(local + central + end)


def _protected_xlsx(header: list[str], rows: list[list[Any]]) -> bytes:
    """One sheet protected with a password (sheetProtection), as a department locks its template."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": dt.datetime(2026, 11, 20)})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet = book.add_worksheet("Sheet1")
    sheet.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            elif value not in ("", None):
                sheet.write(r, c, value)
    sheet.protect("gz2026")
    book.close()
    return buffer.getvalue()


# -- rows ------------------------------------------------------------------------------------------


def _used_range_ods(header: list[str], rows: list[list[Any]]) -> bytes:
    """An .ods whose sheet runs to row 1,048,576: the empty rows below the data written once, repeated (styled, 1024
    cells wide, as LibreOffice writes a sheet's tail), then the last row holding a space in AD."""
    import zipfile

    raw = _ods_bytes({"行政处罚": [header, *rows]})
    blank = 1_048_576 - 1 - len(rows) - 1
    tail = (f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{blank}">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
            '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="29"/>'
            '<table:table-cell office:value-type="string"><text:p> </text:p></table:table-cell>'
            '<table:table-cell table:number-columns-repeated="994"/></table:table-row>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "content.xml":
                end = content.rindex(b"</table:table>")
                content = content[:end] + tail + content[end:]
            dst.writestr(info, content)
    return out.getvalue()


def _used_range_xlsx(header: list[str], rows: list[list[Any]]) -> bytes:
    """A workbook whose used range reaches Excel's last row: rows formatted below the data, a space in AD1048576."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": dt.datetime(2026, 11, 20)})
    bordered = book.add_format({"border": 1})
    sheet = book.add_worksheet("Sheet1")
    for r, row in enumerate([header, *rows]):
        for c, value in enumerate(row):
            if value not in ("", None):
                sheet.write(r, c, value)
    for r in range(len(rows) + 1, 40):
        for c in range(len(header)):
            sheet.write_blank(r, c, None, bordered)
    sheet.write_string(1_048_575, len(header) - 1, " ")
    book.close()
    return buffer.getvalue()


def _unnumbered_xlsx(header: list[str], rows: list[list[Any]], hidden: int) -> bytes:
    """A workbook whose rows and cells carry no r (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4: optional), as a program
    writes it with the OpenXML SDK when it sets no RowIndex or CellReference: every cell written in order (an empty
    one as <c/>), text inline, numbers as numbers; data row `hidden` (1-based) hidden; the used range reaching row
    1,048,576, whose row and cell carry their r (a space in AD1048576, left by the template the rows were appended to)."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value: Any) -> str:
        if value in ("", None):
            return "<c/>"
        if isinstance(value, (int, float)):
            return f"<c><v>{value}</v></c>"
        return f'<c t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'

    lines = ['<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><x:dimension ref="A1:AD1048576"/><x:sheetData>']
    for n, row in enumerate([header, *rows]):
        shown = ' hidden="1"' if n == hidden else ""
        lines.append(f"<x:row{shown}>" + "".join(cell(v) for v in row).replace("<c", "<x:c").replace("</c>", "</x:c>")
                     .replace("<v>", "<x:v>").replace("</v>", "</x:v>").replace("<is>", "<x:is>")
                     .replace("</is>", "</x:is>").replace("<t>", "<x:t>").replace("</t>", "</x:t>") + "</x:row>")
    lines.append('<x:row r="1048576"><x:c r="AD1048576" t="inlineStr"><x:is><x:t xml:space="preserve"> </x:t></x:is>'
                 "</x:c></x:row></x:sheetData></x:worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_xlsx_bytes({"Sheet1": [header]}))) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = "".join(lines).encode() if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            dst.writestr(info, content)
    return out.getvalue()


def _biff5_xls_bytes(name: str, rows: list[list[Any]], codepage: int = 936, encoding: str = "gbk") -> bytes:
    """An Excel 5.0/95 workbook (BIFF5, OpenOffice.org's "Microsoft Excel File Format" 5.8 and MS-XLS 2.4.21: BOF
    version 0x0500, text as bytes of the CODEPAGE record's code page, LABEL cells, no SST) in an OLE compound file
    (MS-CFB: 512-byte sectors, one FAT sector, its only stream named "Book"), as old exporters write it; dates are
    NUMBER cells formatted yyyy-mm-dd."""
    import struct

    def record(kind: int, data: bytes = b"") -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    def text(value: str, wide: bool = False) -> bytes:
        raw = value.encode(encoding)
        return (struct.pack("<H", len(raw)) if wide else bytes([len(raw)])) + raw

    def xf(number_format: int, attributes: int) -> bytes:
        return record(0x00E0, struct.pack("<HHHHHHHH", 0, number_format, attributes, 0x20C0, 0, 0, 0, 0))

    bof = {kind: record(0x0809, struct.pack("<HHHH", 0x0500, kind, 0x0DBB, 0x07CC)) for kind in (0x0005, 0x0010)}
    globals_ = [bof[0x0005], record(0x0042, struct.pack("<H", codepage)),
                record(0x003D, struct.pack("<HHHHHHHHH", 0x0168, 0x001E, 0x2CDC, 0x1914, 0x0038, 0, 0, 1, 0x0258))]
    globals_ += [record(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 2, 0x86, 0) + text("宋体"))] * 4
    globals_ += [record(0x041E, struct.pack("<H", 0xA4) + text("yyyy-mm-dd"))]
    globals_ += [xf(0, 0xFFF5)] * 15 + [xf(0, 0x0001), xf(0xA4, 0x0001), record(0x0293, struct.pack("<HBB", 0x8000, 0, 0xFF))]
    cells = [bof[0x0010], record(0x0200, struct.pack("<HHHHH", 0, len(rows), 0, max(map(len, rows)), 0))]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                serial = (value - dt.date(1899, 12, 30)).days
                cells.append(record(0x0203, struct.pack("<HHHd", r, c, 16, float(serial))))
            elif isinstance(value, (int, float)):
                cells.append(record(0x0203, struct.pack("<HHHd", r, c, 15, float(value))))
            elif value not in ("", None):
                cells.append(record(0x0204, struct.pack("<HHH", r, c, 15) + text(str(value), wide=True)))
    cells.append(record(0x000A))
    offset = sum(map(len, globals_)) + len(record(0x0085, b"\0" * 6 + text(name))) + len(record(0x000A))
    stream = b"".join([*globals_, record(0x0085, struct.pack("<IH", offset, 0) + text(name)), record(0x000A), *cells])
    assert 4096 <= len(stream) <= 126 * 512  # past the mini-stream cutoff; one FAT sector maps it
    data = stream + b"\0" * (-len(stream) % 512)
    sectors = len(data) // 512  # then the directory sector, then the FAT sector
    fat = [*range(1, sectors), 0xFFFFFFFE, 0xFFFFFFFE, 0xFFFFFFFD]
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIIII", 0, 1, sectors, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0, sectors + 1)
              + struct.pack("<108I", *[0xFFFFFFFF] * 108))

    def entry(entry_name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = entry_name.encode("utf-16-le") + b"\0\0" if entry_name else b""
        return (raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, 1 if kind else 0, 0xFFFFFFFF,
                                                    0xFFFFFFFF, child) + b"\0" * 36 + struct.pack("<III", start, size, 0))

    directory = entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry("Book", 2, 0xFFFFFFFF, 0, len(stream))
    directory += entry("", 0, 0xFFFFFFFF, 0, 0) * 2
    return header + data + directory + struct.pack("<128I", *fat, *[0xFFFFFFFF] * (128 - len(fat)))


def pen2019(i: int, no: str, date: Any, *, authority: str = AUTHORITY, code: str = AUTHORITY_CODE,
            category: str = "法人及非法人组织", fine: Any = "0.5", kind: str = "罚款", content: str = "罚款5000元",
            end: Any = "2099/12/31", facts: str = "当事人销售超过保质期的食品。",
            basis: str = "《中华人民共和国食品安全法》第一百二十四条", violation: str = "销售过期食品") -> list[Any]:
    name, uscc = company(i)
    return [name, category, uscc, "", "", "", "", "", "王某某" if i % 2 else "赵某", "", "", "", "", no, violation, facts,
            basis, kind, content, fine, "", "", date, end, "", authority, code, authority, code, ""]


def lic2019(i: int, no: str, date: Any, *, end: Any = "2031/05/31", status: str = "1") -> list[Any]:
    name, uscc = company(i)
    return [name, "法人及非法人组织", uscc, "", "", "", "", "", "李某", "", "", "", "", "食品经营许可决定书", no, "普通",
            "食品经营许可证", f"JY16207020{i:05d}", "预包装食品销售（含冷藏冷冻食品）", date, date, end, AUTHORITY,
            AUTHORITY_CODE, status, AUTHORITY, AUTHORITY_CODE, ""]


# -- the corpus ------------------------------------------------------------------------------------


def build(root: Path = HERE) -> list[dict[str, Any]]:
    """Write data/, manifest.json and SOURCES.md under root; return the manifest."""
    PRIVATE.clear()
    data = root / "data"
    if data.exists():
        shutil.rmtree(data)
    manifest: list[dict[str, Any]] = []

    def put(rel: str, content: bytes | str, source: str, shape: str, records: int, **expect: Any) -> None:
        path = data / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        if rel.endswith("columns.toml"):
            manifest.append({"file": rel, "source": source, "shape": shape, "records": 0, "mapping": True})
            return
        manifest.append({"file": rel, "source": source, "shape": shape, "records": records, **expect})

    # 1. 2019 template, XLSX, a title row, Excel date cells, numbers for amounts.
    rows = [pen2019(0, "甘州市监罚〔2026〕101号", dt.date(2026, 6, 3), fine=0.5),
            pen2019(1, "甘州市监罚〔2026〕102号", dt.date(2026, 7, 15), fine=1.2, content="罚款12000元"),
            pen2019(2, "甘州市监罚〔2026〕103号", dt.date(2026, 8, 20), kind="罚款;没收违法所得", fine=0.3,
                    content="罚款3000元，没收违法所得800元"),
            pen2019(3, "甘州市监罚〔2026〕104号", dt.date(2026, 9, 9), fine=2, content="罚款2万元")]
    put("penalties/01_2019模板_行政处罚_市场监管局.xlsx",
        _xlsx_bytes({"行政处罚": [["张掖市甘州区市场监督管理局 行政处罚信息（2019版双公示模板）"], P2019, *rows]}),
        "2019", "XLSX; a title row above the 2019 template header; Excel date cells; numeric 罚款金额（万元）",
        4, header_row=2, layout="sgs2019")

    # 2. 2019 field codes, UTF-8 with BOM, slashed dates, no 所属领域 (an 应急管理 body).
    rows = [pen2019(4, "甘州应急罚〔2026〕11号", "2026/07/10", authority=SAFETY, code=SAFETY_CODE, fine="3",
                    content="罚款3万元", violation="未按规定开展安全生产教育培训", facts="当事人未对从业人员进行安全生产教育和培训。",
                    basis="《中华人民共和国安全生产法》第九十七条"),
            pen2019(5, "甘州应急罚〔2026〕12号", "2026/08/02", authority=SAFETY, code=SAFETY_CODE, fine="2",
                    content="罚款2万元", violation="未如实记录安全生产教育培训情况",
                    facts="当事人未如实记录安全生产教育和培训情况。", basis="《中华人民共和国安全生产法》第九十七条")]
    put("penalties/02_2019字段代码_应急管理局.csv", _csv_bytes([CF2019, *rows], "utf-8-sig"), "2019",
        "CSV, UTF-8 with BOM, the 2019 field codes (CF_*) as headers, YYYY/MM/DD dates", 2, header_row=1,
        layout="sgs2019")

    # 3. 2016 standard, Chinese headers, GB18030 (its date format YYYY/MM/DD, '/' for empty cells).
    def p2016(i: int, no: str, date: str, *, status: str = "0", cat1: str = "罚款", cat2: str = "/",
              person: tuple[str, str] | None = None) -> list[str]:
        name, uscc = company(i)
        if person:
            return [no, "未取得健康证明从事接触直接入口食品工作", cat1, cat2, "当事人未取得健康证明从事食品经营。",
                    "《中华人民共和国食品安全法》第一百二十六条", person[0], "/", "/", "/", "/", person[1], "/",
                    "罚款1000元", date, AUTHORITY, status, "620702", "2026/11/01", "/"]
        return [no, "销售不合格食品", cat1, cat2, "当事人销售标签不符合规定的预包装食品。",
                "《中华人民共和国食品安全法》第一百二十五条", name, uscc, uscc[8:17], "/", "/", "/", "王某",
                "罚款3000元", date, AUTHORITY, status, "620702", "2026/11/01", "/"]

    rows = [p2016(6, "甘州市监罚〔2026〕201号", "2026/06/18"),
            p2016(7, "甘州市监罚〔2026〕202号", "2026/07/22", cat2="警告"),
            p2016(8, "甘州市监罚〔2026〕203号", "2026/08/05", person=("张三丰", ric("19850312", "231"))),
            p2016(9, "甘州市监罚〔2026〕204号", "2026/09/01", status="1")]
    put("penalties/03_2016标准_中文表头.csv", _csv_bytes([P2016, *rows], "gb18030"), "2016-penalty",
        "CSV, GB18030, the 2016 standard's Chinese headers; _2/_3/_5 = 组织机构代码/工商登记码/居民身份证号; "
        "当前状态 1 (撤销) on one row", 4, header_row=1, layout="sgs2016", withdrawn_in_file=1)

    # 4. 2016 standard, field codes, coded 处罚类别.
    rows = [p2016(10, "甘州市监罚〔2026〕211号", "2026/06/25", cat1="1", cat2="0"),
            p2016(11, "甘州市监罚〔2026〕212号", "2026/10/10", cat1="1", cat2="")]
    put("penalties/04_2016标准_字段代码.csv", _csv_bytes([CF2016, *rows], "gb18030"), "2016-penalty",
        "CSV, GB18030, the 2016 field codes (CF_WSH … CF_XZJG, DFBM, SJC) with coded 处罚类别1/2", 2, header_row=1,
        layout="sgs2016")
    put("penalties/columns.toml",
        "# 本局 2016 年标准的旧系统导出没有机关的统一社会信用代码：按本文件补齐（工作人员填写）。\n"
        f'[defaults]\n"处罚机关统一社会信用代码" = "{AUTHORITY_CODE}"\n"数据来源单位统一社会信用代码" = "{AUTHORITY_CODE}"\n'
        "# 国家企业信用信息公示系统导出的行政处罚信息：本局的统一社会信用代码\n"
        f'[defaults.gsxt-penalty]\n"处罚机关统一社会信用代码" = "{AUTHORITY_CODE}"\n',
        "2016-penalty", "the folder's column-mapping file: the issuer's code the 2016 standard lacks, and the market "
        "regulator's for its 公示系统 export ([defaults.gsxt-penalty])", 0)

    # 5. A provincial platform's .xls: title rows, 序号, merged 处罚机关, footer, two data sheets and a notes sheet.
    header = ["序号", *P2019]
    first = [[str(k + 1), *pen2019(12 + k, f"甘州市监罚〔2026〕3{k:02d}号", f"2026-0{6 + k}-1{k}")] for k in range(3)]
    authority_col = header.index("处罚机关")
    for line in first[1:]:
        line[authority_col] = ""
    sheet1 = [["甘肃省公共信用信息平台 行政处罚信息导出"], ["导出时间：2026-11-20 09:30:00.0"], header, *first, ["4"],
              *FOOTER]
    second = [[str(k + 1), *pen2019(20 + k, f"甘州市监罚〔2026〕4{k:02d}号", f"2026-10-0{k + 1} 00:00:00.0")]
              for k in range(2)]
    put("penalties/05_省平台导出_2026年.xls",
        _xls_bytes({"2026上半年": sheet1, "填表说明": [["填表说明"], ["1. 行政相对人类别填写法人及非法人组织、自然人或个体工商户"]],
                    "2026下半年": [header, *second, *FOOTER]},
                   {"2026上半年": [(3, 5, authority_col, authority_col)]}),
        "xls-provincial", "XLS (BIFF), two title rows, 序号, 处罚机关 merged over three rows, an empty numbered row, a "
        "制表人/审核人/填报日期 footer, a notes sheet and two data sheets", 5, header_row=3,
        sheets=["2026上半年", "2026下半年"], not_data=5, skipped_sheet="填表说明")

    # 6. Parquet from a data-sharing platform: bare numbered headers, typed columns.
    bare = [h.split("(")[0] if h.startswith("行政相对人代码_") else h for h in P2019]
    rows = [pen2019(24 + k, f"甘州市监罚〔2026〕5{k:02d}号", dt.date(2026, 9, 1 + k), fine=0.8, content="罚款8000元",
                    end=dt.date(2027, 9, 1 + k)) for k in range(3)]
    put("penalties/06_共享平台抽取.parquet", _parquet_bytes(bare, rows), "parquet",
        "Parquet, 2019 template with bare numbered party-code headers (行政相对人代码_1 …), date and float columns", 3,
        header_row=1, layout="sgs2019")

    # 7. 2019 licence template, XLSX, 当前状态 as codes, one licence with no end (长期).
    rows = [lic2019(30, "甘州市监许〔2026〕101号", dt.date(2026, 6, 1)),
            lic2019(31, "甘州市监许〔2026〕102号", dt.date(2026, 7, 1), end="长期"),
            lic2019(32, "甘州市监许〔2026〕103号", dt.date(2026, 8, 1))]
    put("licenses/07_2019模板_行政许可.xlsx", _xlsx_bytes({"行政许可": [L2019, *rows]}), "2019",
        "XLSX, the 2019 licence template, 当前状态 coded 1, an 有效期至 of 长期", 3, header_row=1, layout="sgs2019")

    # 8. 2016 licence standard, BIFF.
    def l2016(i: int, no: str, date: str) -> list[str]:
        name, uscc = company(i)
        return [no, "食品经营许可", "普通", "预包装食品销售", name, uscc, uscc[8:17], "", "", "", "钱某", date,
                "2031/06/30", AUTHORITY, "0", "620702", "2026/11/01", ""]

    put("licenses/08_2016标准_行政许可.xls",
        _xls_bytes({"Sheet1": [L2016, l2016(33, "甘州市监许〔2026〕201号", "2026/06/30"),
                               l2016(34, "甘州市监许〔2026〕202号", "2026/07/30")]}),
        "2016-license", "XLS (BIFF), the 2016 licence standard (项目名称, 审批类别, 许可截止期, 当前状态 0)", 2, header_row=1,
        layout="sgs2016")
    put("licenses/columns.toml",
        f'[defaults]\n"许可机关统一社会信用代码" = "{AUTHORITY_CODE}"\n"数据来源单位统一社会信用代码" = "{AUTHORITY_CODE}"\n'
        "# 国家企业信用信息公示系统导出的行政许可信息：不含许可类别，本文件夹的都是普通许可\n"
        f'[defaults.gsxt-license]\n"许可机关统一社会信用代码" = "{AUTHORITY_CODE}"\n"许可类别" = "普通"\n'
        "# 政务服务平台电子证照库导出的食品经营许可证：元数据不含许可类别和许可内容\n"
        '[defaults.dzzz]\n"许可类别" = "普通"\n"许可内容" = "食品经营许可（预包装食品销售）"\n',
        "2016-license", "the folder's column-mapping file: the issuer's code the 2016 standard lacks, and the 许可类别 "
        "the 公示系统's licence list lacks ([defaults.gsxt-license]) and the 许可类别 and 许可内容 电子证照 metadata lack "
        "([defaults.dzzz])", 0)

    # 9. 2019 licence field codes, GB18030 CSV.
    rows = [lic2019(35, "甘州市监许〔2026〕301号", "2026-09-15", status="有效")]
    put("licenses/09_2019字段代码_行政许可.csv", _csv_bytes([XK2019, *rows], "gb18030"), "2019",
        "CSV, GB18030, the 2019 licence field codes (XK_*)", 1, header_row=1, layout="sgs2019")

    # 10. The court's 失信被执行人 list, XLSX with a title row.
    org_name, org_code = company(40)
    rows = [["1", org_name, org_code, "孙某", COURT, "甘肃", "（2025）甘0702民初1201号", "2025-05-06",
             "（2025）甘0702执1501号", COURT, "支付货款人民币120000元及利息", "全部未履行",
             "有履行能力而拒不履行生效法律文书确定义务", dt.date(2026, 3, 2)],
            ["2", "李四海", ric("19790615", "112"), "", COURT, "甘肃", "（2025）甘0702民初1302号", "2025-06-10",
             "（2025）甘0702执1602号", COURT, "偿还借款50000元", "全部未履行", "违反限制消费令", dt.date(2026, 4, 8)],
            ["3", company(41)[0], company(41)[1], "周某", COURT, "甘肃", "（2025）甘0702民初1403号", "2025-07-01",
             "（2025）甘0702执1703号", COURT, "支付工程款", "部分未履行", "违反财产报告制度", dt.date(2026, 5, 12)]]
    put("blacklist/10_法院失信被执行人名单.xlsx",
        _xlsx_bytes({"失信被执行人": [["张掖市甘州区人民法院 失信被执行人名单"], COURT_HEADER, *rows]}), "court",
        "XLSX, the courts' 失信被执行人 list with a title row; 身份证号码/组织机构代码 holds either", 3, header_row=2,
        layout="court-sxbzxr")
    put("blacklist/columns.toml", f'# 本院的统一社会信用代码\n[defaults]\n"列入单位统一社会信用代码" = "{COURT_CODE}"\n'
        f'# 市场监管局严重违法失信名单：列入机关的统一社会信用代码\n[defaults.gsxt-serious]\n'
        f'"列入单位统一社会信用代码" = "{AUTHORITY_CODE}"\n'
        f'# 财政局政府采购严重违法失信行为记录名单：执法单位的统一社会信用代码\n[defaults.ccgp]\n'
        f'"列入单位统一社会信用代码" = "{FINANCE_CODE}"\n'
        f'# 人社局拖欠农民工工资失信联合惩戒对象名单：列入部门的统一社会信用代码\n[defaults.rsb-qxmd]\n'
        f'"列入单位统一社会信用代码" = "{make_uscc(9, prefix="11")}"\n'
        f'# 税务局稽查局重大税收违法失信主体名单：检查机关的统一社会信用代码\n[defaults.tax-major]\n'
        f'"列入单位统一社会信用代码" = "{TAX_INSPECTION_CODE}"\n',
        "court", "the folder's column-mapping file: the court's credit code, and the market regulator's and the "
        "finance bureau's for their lists ([defaults.gsxt-serious], [defaults.ccgp])", 0)

    # 11. A serious-dishonesty list in the contract's headers.
    name, uscc = company(42)
    row = {"行政相对人名称": name, "行政相对人类别": "法人及非法人组织", "统一社会信用代码": uscc, "名单名称": "拖欠农民工工资失信联合惩戒对象名单",
           "列入文号": "甘州人社列〔2026〕3号", "列入原因": "拖欠农民工工资", "列入依据": "《保障农民工工资支付条例》",
           "列入日期": "2026年6月30日", "有效期至": "2029年6月29日", "列入单位": "张掖市甘州区人力资源和社会保障局",
           "列入单位统一社会信用代码": make_uscc(6, prefix="11"), "数据来源单位": "张掖市甘州区人力资源和社会保障局"}
    put("blacklist/11_拖欠农民工工资失信名单.csv", _csv_bytes([list(row), list(row.values())], "utf-8"), "contract",
        "CSV, UTF-8, the contract's headers, dates written 2026年6月30日", 1, header_row=1, layout="sgs2019")

    # 12. The tax office's A级纳税人 list, BIFF with a title row and 序号.
    rows = [[str(k + 1), company(50 + k)[1], company(50 + k)[0], "2025"] for k in range(4)]
    put("redlist/12_2025年度纳税信用A级纳税人名单.xls",
        _xls_bytes({"A级纳税人": [["国家税务总局张掖市甘州区税务局 2025年度纳税信用A级纳税人名单"],
                                ["序号", "纳税人识别号", "纳税人名称", "评价年度"], *rows]}), "tax",
        "XLS (BIFF), the tax offices' A级纳税人 list: a title row, 序号, 纳税人识别号, 纳税人名称, 评价年度", 4, header_row=2,
        layout="tax-a")
    put("redlist/columns.toml",
        f'# 名单公布日期与公布机关\n[defaults]\n"认定日期" = "2026-04-20"\n"认定单位" = "{TAX}"\n'
        f'"认定单位统一社会信用代码" = "{TAX_CODE}"\n"有效期至" = "2026-12-31"\n'
        f'# 海关高级认证企业名单：主管海关的统一社会信用代码\n[defaults.customs-aeo]\n'
        f'"认定单位统一社会信用代码" = "{make_uscc(10, prefix="11")}"\n',
        "tax", "the folder's column-mapping file: the list's date, body and code", 0)

    # 13-17. Kinds the national template does not cover, in the contract's headers, varied date spellings.
    name, uscc = company(60)
    action = {"行政相对人名称": name, "行政相对人类别": "法人及非法人组织", "统一社会信用代码": uscc, "行为类别": "行政强制",
              "决定文书号": "甘州市监强〔2026〕7号", "行为依据": "《中华人民共和国食品安全法》第一百一十条",
              "行为内容": "查封涉嫌不符合食品安全标准的食品", "决定日期": "2026.7.5", "实施机关": AUTHORITY,
              "实施机关统一社会信用代码": AUTHORITY_CODE, "数据来源单位": AUTHORITY, "数据来源单位统一社会信用代码": AUTHORITY_CODE}
    put("actions/13_行政强制.csv", _csv_bytes([list(action), list(action.values())], "utf-8"), "contract",
        "CSV, the contract's headers, a date written 2026.7.5", 1, header_row=1, layout="sgs2019")
    name, uscc = company(61)
    commitment = {"行政相对人名称": name, "行政相对人类别": "法人及非法人组织", "统一社会信用代码": uscc, "承诺类型": "审批替代型",
                  "承诺事项": "食品经营许可告知承诺", "承诺编号": "甘州承诺〔2026〕15号", "做出承诺日期": "2026-08-08",
                  "承诺受理单位": AUTHORITY, "承诺受理单位统一社会信用代码": AUTHORITY_CODE, "履约状态": "履约中",
                  "经办人": "陈某某"}
    put("commitments/14_信用承诺.csv", _csv_bytes([list(commitment), list(commitment.values())], "gb18030"), "contract",
        "CSV, GB18030, the contract's headers", 1, header_row=1, layout="sgs2019")
    rows = [[company(62 + k)[0], "法人及非法人组织", company(62 + k)[1], "企业信用风险分类", "A", f"甘州评〔2026〕{k + 1}号",
             dt.date(2026, 9, 30), dt.date(2027, 9, 29), "张掖市甘州区市场监督管理局", AUTHORITY_CODE] for k in range(2)]
    put("evaluations/15_信用风险分类.xlsx",
        _xlsx_bytes({"分类结果": [["行政相对人名称", "行政相对人类别", "统一社会信用代码", "评价类型", "评价结果", "评价编号", "评价日期",
                                "有效期至", "评价单位", "评价单位统一社会信用代码"], *rows]}), "contract",
        "XLSX, the contract's headers, date cells", 2, header_row=1, layout="sgs2019")
    name, uscc = company(64)
    complaint = {"行政相对人名称": name, "行政相对人类别": "法人及非法人组织", "统一社会信用代码": uscc, "投诉编号": "12315-2026-0815",
                 "投诉问题类型": "食品质量", "投诉内容摘要": "购买的食品超过保质期。", "投诉日期": "2026-08-15",
                 "处理结果": "调解成功", "处理日期": "2026-08-30", "处理单位": AUTHORITY}
    put("complaints/16_消费投诉.csv", _csv_bytes([list(complaint), list(complaint.values())], "utf-8"), "contract",
        "CSV, the contract's headers", 1, header_row=1, layout="sgs2019")
    name, uscc = company(65)
    voluntary = {"行政相对人名称": name, "行政相对人类别": "法人及非法人组织", "统一社会信用代码": uscc, "信息类型": "资质证照",
                 "信息标题": "ISO 9001 质量管理体系认证", "信息内容": "取得质量管理体系认证证书。", "登记编号": "ZY-2026-0031",
                 "登记日期": "2026-09-12", "核验状态": "已核验", "核验单位": AUTHORITY}
    put("voluntary/17_自愿注册.csv", _csv_bytes([list(voluntary), list(voluntary.values())], "utf-8"), "contract",
        "CSV, the contract's headers", 1, header_row=1, layout="sgs2019")

    # 18. The registry of entities, GB18030.
    rows = [[company(k)[1], company(k)[0], "有限责任公司", "王某", "2015-03-01", AUTHORITY, "甘州区县府街1号", "食品销售", "存续"]
            for k in range(3)]
    put("entities/18_市场主体登记.csv",
        _csv_bytes([["统一社会信用代码", "主体名称", "主体类型", "法定代表人", "成立日期", "登记机关", "住所", "经营范围", "登记状态"],
                    *rows], "gb18030"), "contract", "CSV, GB18030, the contract's headers", 3, header_row=1,
        layout="sgs2019")

    # 19. Withdrawals saved as .xls, the decision number written with other brackets.
    put("withdrawals/19_撤销决定.xls",
        _xls_bytes({"Sheet1": [["信息类别", "原决定文书号", "原决定机关统一社会信用代码", "撤销类型", "撤销日期", "撤销原因", "作出机关"],
                               ["行政处罚", "甘州市监罚【2026】102号", AUTHORITY_CODE, "撤销", "2026-10-08",
                                "行政复议决定撤销", AUTHORITY]]}), "contract",
        "XLS (BIFF), withdrawals in the contract's headers, the decision number written with 【】", 1, header_row=1,
        layout="sgs2019")

    # 20. Repairs with a title row.
    put("repairs/20_信用修复决定.xlsx",
        _xlsx_bytes({"修复": [["信用修复决定汇总表"], ["信息类别", "原决定文书号", "原决定机关统一社会信用代码", "修复方式", "修复决定日期",
                                                   "修复决定机关"],
                            ["行政处罚", "甘州市监罚〔2026〕101号", AUTHORITY_CODE, "终止公示", dt.date(2026, 10, 20),
                             "张掖市甘州区发展和改革局"]]}), "contract",
        "XLSX, repairs in the contract's headers below a title row", 1, header_row=2, layout="sgs2019")

    # 21. A fire brigade's penalties: title and note rows, footer, no 所属领域 (derived 消防).
    rows = [pen2019(70 + k, f"甘州消行罚决字〔2026〕000{k + 1}号", f"2026-0{7 + k}-0{k + 3}", authority=FIRE,
                    code=FIRE_CODE, fine="0.5", content="罚款5000元", violation="占用、堵塞、封闭疏散通道、安全出口",
                    facts="当事人占用疏散通道。", basis="《中华人民共和国消防法》第六十条") for k in range(2)]
    put("penalties/21_消防救援大队.csv",
        _csv_bytes([["张掖市甘州区消防救援大队行政处罚公示"], ["说明：依据《行政处罚法》第四十八条公示"], P2019, *rows, *FOOTER],
                   "utf-8"),
        "2019", "CSV, a title and a note row above the 2019 header, a footer; 所属领域 absent (消防 derived)", 2,
        header_row=3, not_data=2)

    # 22. A law-enforcement system's "导出Excel": an HTML table in GBK saved as .xls, a title row, <br> in a cell.
    rows = [pen2019(80, "甘州市监罚〔2026〕601号", "2026-05-08", kind="警告、罚款",
                    facts="当事人销售超过保质期的食品，\n共计10箱。"),
            pen2019(81, "甘州市监罚〔2026〕602号", "2026-05-09")]
    put("penalties/22_执法系统导出_网页表格.xls", _html_xls_bytes("行政处罚案件信息导出", P2019, rows), "html-xls",
        "an HTML table in GBK saved as .xls by a web system: a title cell spanning the columns, a line break (<br>) in "
        "a cell, 处罚类别 written 警告、罚款", 2, header_row=2, layout="sgs2019")

    # 23. Excel 2003 XML from a template, saved as .xls: a merged title row, DateTime cells, ss:Index gaps.
    rows = [pen2019(82, "甘州市监罚〔2026〕611号", dt.date(2026, 5, 12), fine=0.2, content="罚款2000元"),
            pen2019(83, "甘州市监罚〔2026〕612号", dt.date(2026, 5, 13), fine=0.1, content="罚款1000元")]
    put("penalties/23_模板生成_2003XML表格.xls", _spreadsheet_ml_bytes("行政处罚", "行政处罚信息报送表", P2019, rows),
        "xml2003", "Excel 2003 XML (SpreadsheetML) saved as .xls: a title row merged across (ss:MergeAcross), DateTime "
        "and Number cells, empty cells skipped with ss:Index", 2, header_row=2, layout="sgs2019")

    # 24. Two header rows: 行政相对人代码 grouped over its six codes, 法定代表人证件 over 类型/号码.
    top, sub, merges = [], [], []
    for c, h in enumerate(P2019):
        if h.startswith("行政相对人代码_"):
            top.append("行政相对人代码" if h.endswith("统一社会信用代码)") else "")
            sub.append(h.split("(")[1].rstrip(")"))
        elif h.startswith("法定代表人证件"):
            top.append("法定代表人证件" if h.endswith("类型") else "")
            sub.append(h[len("法定代表人证件"):])
        else:
            top.append(h)
            sub.append("")
            merges.append((1, 2, c, c))
    codes_at, rep_at = P2019.index("行政相对人代码_1(统一社会信用代码)"), P2019.index("法定代表人证件类型")
    merges += [(0, 0, 0, len(P2019) - 1), (1, 1, codes_at, codes_at + 5), (1, 1, rep_at, rep_at + 1)]
    rows = [pen2019(84, "甘州市监罚〔2026〕621号", dt.date(2026, 6, 2)),
            pen2019(85, "甘州市监罚〔2026〕622号", dt.date(2026, 6, 3))]
    put("penalties/24_两行表头_行政相对人代码分组.xlsx",
        _xlsx_bytes({"Sheet1": [["2026年行政处罚信息汇总表"], top, sub, *rows]}, {"Sheet1": merges}), "two-row",
        "XLSX with a merged title row and a header on two rows: 行政相对人代码 merged over its six codes, 法定代表人证件 "
        "over 类型 and 号码, the other labels merged down both rows", 2, header_row=2, layout="sgs2019")

    # 25. Amounts in 元, GBK CSV with a trailing comma, dates written every way, a 合计 row.
    header = [("罚款金额（元）" if h == "罚款金额（万元）" else
               "没收违法所得、没收非法财物的金额（元）" if h.startswith("没收") else h) for h in P2019]
    dates = ["2026/5/8", "2026.05.08", "20260508", "2026年5月8日", "46150"]
    rows = [pen2019(86 + k, f"甘州市监罚〔2026〕63{k}号", d, fine="3000", content="罚款") for k, d in enumerate(dates)]
    rows[0][P2019.index("没收违法所得、没收非法财物的金额（万元）")] = "1,200.00"
    total = [""] * len(P2019)
    total[0], total[P2019.index("罚款金额（万元）")] = "合计", "15000"
    put("penalties/25_罚款金额以元计.csv", _csv_bytes([[*r, ""] for r in [header, *rows, total]], "gbk"), "local-yuan",
        "CSV, GBK, a trailing comma on every line, 罚款金额（元） and 没收…金额（元） (converted to 万元), decision dates "
        "2026/5/8, 2026.05.08, 20260508, 2026年5月8日 and an Excel serial as text, a 合计 row", 5, header_row=1,
        layout="sgs2019", not_data=1)

    # 26. A department's own system: tab-separated, no 数据来源单位 columns, its own amount spellings.
    header = [("处罚金额（万元）" if h == "罚款金额（万元）" else "没收违法所得、没收非法财务的金额（万元）" if h.startswith("没收")
               else h.replace("(", "（").replace(")", "）")) for h in P2019 if not h.startswith("数据来源单位")]
    keep = [i for i, h in enumerate(P2019) if not h.startswith("数据来源单位")]
    # (The market regulator's: this folder's columns.toml gives every file lacking them its 数据来源单位统一社会信用代码.)
    rows = [[pen2019(91 + k, f"甘州市监罚〔2026〕64{k}号", f"2026-07-0{k + 1}", fine="1.5", content="罚款1.5万元", violation="未按规定对从业人员进行安全生产教育和培训",
                     facts="当事人未对新进从业人员进行安全培训。", basis="《中华人民共和国安全生产法》第九十七条")[i]
             for i in keep] + ["2026-07-10 08:00:00"] for k in range(2)]
    put("penalties/26_部门执法系统.tsv",
        _csv_bytes([[*header, "数据导出时间"], *rows], "utf-8").replace(b",", b"\t"), "exporter-2019",
        "TSV (tab-separated, .tsv), 行政相对人代码_1（…） with full-width brackets, 处罚金额（万元） and 没收…非法财务…, no "
        "数据来源单位 columns (taken from 处罚机关, said in the report), an extra 数据导出时间 column", 2, header_row=1,
        layout="sgs2019")

    # 27. Excel's "Unicode text": UTF-16LE with BOM, tab-separated, saved as .txt; 许可类别 普通许可.
    rows = [lic2019(93, "甘州市监许〔2026〕401号", "2026-08-03"), lic2019(94, "甘州市监许〔2026〕402号", "2026/8/4")]
    rows[0][L2019.index("许可类别")] = "普通许可"
    text = "\r\n".join("\t".join("" if v is None else str(v) for v in r) for r in [L2019, *rows]) + "\r\n"
    put("licenses/27_另存为Unicode文本.txt", b"\xff\xfe" + text.encode("utf-16-le"), "excel-text",
        "Excel \"Unicode 文本\": UTF-16LE with a byte-order mark, tab-separated, .txt; 许可类别 written 普通许可", 2,
        header_row=1, layout="sgs2019")

    # 28. A UTF-8 byte-order mark before GB18030 text.
    rows = [lic2019(95, "甘州市监许〔2026〕411号", "2026-08-10")]
    put("licenses/28_标记与编码不符.csv", b"\xef\xbb\xbf" + _csv_bytes([L2019, *rows], "gb18030"), "excel-text",
        "CSV whose first bytes are a UTF-8 mark while the text is GB18030", 1, header_row=1, layout="sgs2019")

    # 29. An XLSX saved under .xls; 30. tab-separated GBK text saved under .xls.
    rows = [lic2019(96, "甘州市监许〔2026〕421号", dt.date(2026, 8, 20))]
    put("licenses/29_改名为xls的xlsx.xls", _xlsx_bytes({"许可": [L2019, *rows]}), "excel-text",
        "an XLSX workbook renamed .xls", 1, header_row=1, layout="sgs2019")
    rows = [lic2019(97, "甘州市监许〔2026〕431号", "2026-08-21")]
    put("licenses/30_制表符文本另存为xls.xls", _csv_bytes([L2019, *rows], "gbk").replace(b",", b"\t"), "excel-text",
        "tab-separated GBK text saved as .xls", 1, header_row=1, layout="sgs2019")

    # 31. ODS (WPS / LibreOffice 另存为), a date cell and a number cell.
    rows = [pen2019(100, "甘州市监罚〔2026〕701号", dt.date(2026, 9, 1), fine=0.5),
            pen2019(101, "甘州市监罚〔2026〕702号", dt.date(2026, 9, 2), fine=1.2, content="罚款12000元")]
    put("penalties/31_另存为ODS表格.ods", _ods_bytes({"行政处罚": [P2019, *rows]}), "ods",
        "ODS (OpenDocument), the 2019 template, a date cell and number cells", 2, header_row=1, layout="sgs2019")

    # 32. A macro-enabled workbook saved by Excel with formulas and their results: 序号 =ROW()-1, the fine computed.
    rows = [[f"=ROW()-1\t{k + 1}", *pen2019(102 + k, f"甘州市监罚〔2026〕71{k}号", dt.date(2026, 9, 3 + k),
                                                fine="=ROUND(3000/10000,4)\t0.3", content="罚款3000元")]
            for k in range(2)]
    put("penalties/32_启用宏的工作簿_含公式.xlsm", _excel_saved(_formula_xlsx(["序号", *P2019], rows)), "excel-formula",
        "XLSM saved by Excel: 序号 and 罚款金额（万元） are formulas with their saved results", 2, header_row=1,
        layout="sgs2019")

    # 33. Two tables on one sheet: 上半年 under the template's header, 下半年 under its title and a header in
    # another order (the text columns swapped: read through the first header they would be published swapped).
    turned = list(P2019)
    a, b = turned.index("违法事实"), turned.index("处罚依据")
    turned[a], turned[b] = turned[b], turned[a]
    c, d = turned.index("处罚机关"), turned.index("数据来源单位")
    turned[c], turned[d] = turned[d], turned[c]
    first = [pen2019(104 + k, f"甘州市监罚〔2026〕72{k}号", dt.date(2026, 3, 2 + k)) for k in range(2)]
    later = [pen2019(106 + k, f"甘州市监罚〔2026〕72{k + 2}号", dt.date(2026, 9, 2 + k), authority=SAFETY,
                     code=SAFETY_CODE, facts="当事人未按规定开展安全生产教育培训。", basis="《中华人民共和国安全生产法》第九十七条",
                     violation="未开展安全生产教育培训") for k in range(2)]
    for row in later:  # the source unit is the county's 市场监管局: the swapped columns must not mix them up
        row[P2019.index("数据来源单位")], row[P2019.index("数据来源单位统一社会信用代码")] = AUTHORITY, AUTHORITY_CODE
    later = [[row[P2019.index(h)] for h in turned] for row in later]
    put("penalties/33_上下半年两张表.xlsx",
        _xlsx_bytes({"Sheet1": [["2026年上半年行政处罚信息"], P2019, *first, [], ["2026年下半年行政处罚信息"], turned, *later]}),
        "wps-sheet", "XLSX, two tables on one sheet under their titles; the second header swaps 违法事实/处罚依据 and "
        "处罚机关/数据来源单位", 4, header_row=2, layout="sgs2019", not_data=1, second_header=7)

    # 34. Saved after 自动筛选: the rows filtered out are hidden, and not published.
    rows = [pen2019(108 + k, f"甘州市监罚〔2026〕73{k}号", dt.date(2026, 9, 10 + k)) for k in range(4)]
    put("penalties/34_筛选后保存_含隐藏行.xlsx", _hidden_rows_xlsx(P2019, rows, [2, 4]), "wps-sheet",
        "XLSX saved with an autofilter: rows 3 and 5 filtered out (hidden), not read and named (row-hidden)", 2,
        header_row=1, layout="sgs2019", hidden_rows=[3, 5])

    # 35. Text marks, 公文 dates, periods, codes as systems write them.
    rows = [pen2019(112, "甘州市监罚〔2026〕741号", "二〇二六年六月三日", end="2026-06-03至2027-06-02", category="01",
                    kind="警告/罚款"),
            pen2019(113, "'甘州市监罚〔2026〕742号", "'2026-06-04", fine="'0.5", end="2027年6月3日止"),
            pen2019(114, "甘州市监罚〔2026〕743号", "2026年 6月 5日", end="自2026年6月5日至2027年6月4日")]
    code_at = P2019.index("行政相对人代码_1(统一社会信用代码)")
    rows[1][code_at] = "'" + rows[1][code_at]
    rows[2][code_at] = f'="{rows[2][code_at]}"'  # a CSV export's ="…": Excel shows the code as text
    put("penalties/35_文本型数字_公文日期.csv", _csv_bytes([P2019, *rows], "gb18030"), "wps-sheet",
        "CSV, GB18030: Excel's leading apostrophe before codes, a decision number, a date and a fine, a code as "
        "=\"…\"; dates "
        "二〇二六年六月三日 and 2026年 6月 5日; 处罚有效期 as a period (…至…, …止); 行政相对人类别 01; 处罚类别 警告/罚款", 3,
        header_row=1, layout="sgs2019")

    # 36. The market regulator's 严重违法失信名单 as the 公示系统 lists it; one entity already taken off the list.
    header = ["序号", "企业名称", "统一社会信用代码/注册号", "列入严重违法失信名单（黑名单）原因", "列入日期", "作出决定机关（列入）",
              "移出严重违法失信名单（黑名单）原因", "移出日期", "作出决定机关（移出）"]
    rows = [["1", company(115)[0], company(115)[1], "提交虚假材料取得公司登记，情节严重", "2026-03-02", AUTHORITY, "", "", ""],
            ["2", company(116)[0], company(116)[1], "因食品安全违法行为被处以较重行政处罚", "2026-04-15", AUTHORITY, "", "", ""],
            ["3", company(117)[0], company(117)[1], "提交虚假材料取得公司登记", "2025-11-05", AUTHORITY,
             "已纠正失信行为并申请信用修复", "2026-06-01", AUTHORITY]]
    put("blacklist/36_严重违法失信名单_公示系统.csv", _csv_bytes([["严重违法失信名单"], header, *rows], "utf-8-sig"), "gsxt",
        "CSV, the 公示系统's 严重违法失信名单 with a title row: 企业名称, 统一社会信用代码/注册号, 列入…原因, 列入日期, "
        "作出决定机关（列入）, and the 移出 columns (row 5 filled: off the list, not published)", 2, header_row=2,
        layout="gsxt-serious", removed_in_file=1)

    # 37. Licences whose 有效期至 says "no end" as a far date or a word.
    rows = [lic2019(118, "甘州市监许〔2026〕751号", "2026-09-20", end="9999-12-31"),
            lic2019(119, "甘州市监许〔2026〕752号", "2026-09-21", end="9999年12月31日"),
            lic2019(120, "甘州市监许〔2026〕753号", "2026-09-22", end="无期限")]
    put("licenses/37_有效期至9999年.csv", _csv_bytes([L2019, *rows], "utf-8"), "open-end",
        "CSV, 有效期至 written 9999-12-31, 9999年12月31日 and 无期限 (no end: shown as 长期)", 3, header_row=1,
        layout="sgs2019")

    # 38. Penalties whose fine column states its unit its own way (罚款金额（单位：元）).
    header = ["罚款金额（单位：元）" if h == "罚款金额（万元）" else h for h in P2019]
    rows = [pen2019(121 + k, f"甘州市监罚〔2026〕76{k + 1}号", f"2026-10-0{k + 1}", fine="2000", content="罚款")
            for k in range(3)]
    put("penalties/38_罚款金额单位写法.csv", _csv_bytes([header, *rows], "utf-8"), "unit-spelled",
        "CSV, the fine headed 罚款金额（单位：元） (read in 元, converted: 0.2 万元; it was ignored and the fine lost)", 3,
        header_row=1, layout="sgs2019")

    # 39. A revocation list naming the original by 原行政处罚决定书文号, in the platform's words (撤回, 行政处罚信息).
    put("withdrawals/39_撤销更正_平台用语.csv",
        _csv_bytes([["信息类别", "原行政处罚决定书文号", "撤销类型", "撤销日期", "撤销原因", "作出机关"],
                    ["行政处罚信息", "甘州市监罚〔2026〕762号", "撤回", "2026-10-20", "行政复议决定撤销", AUTHORITY]], "utf-8"),
        "control-words", "CSV, a withdrawal naming the decision by 原行政处罚决定书文号, 撤销类型 撤回, 信息类别 行政处罚信息 "
        "(the header stopped the build; the word left the revoked penalty public)", 1, header_row=1, layout="sgs2019")

    # 40. A repair result list: the penalty's own columns and the date of repair, no 信息类别/修复方式/机关.
    name, uscc = company(123)
    put("repairs/40_信用修复结果.xlsx",
        _xlsx_bytes({"修复结果": [["序号", "行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "处罚机关", "修复日期"],
                                  ["1", name, uscc, "甘州市监罚〔2026〕763号", AUTHORITY, dt.date(2026, 10, 25)]]}),
        "control-words", "XLSX, a 信用修复 result list: 行政相对人名称, 统一社会信用代码, 行政处罚决定书文号, 处罚机关, 修复日期 "
        "(no 信息类别, 修复方式 or 修复决定机关 column: applied by the number, said in the report)", 1, header_row=1,
        layout="sgs2019")

    # 41. The 政府采购严重违法失信行为记录名单 as the national list shows it, under a title row.
    header = ["序号", "企业名称", "统一社会信用代码（或组织机构代码）", "企业地址", "严重违法失信行为的具体情形", "处罚结果", "处罚依据",
              "处罚日期", "公布日期", "执法单位"]
    rows = [[str(k + 1), company(124 + k)[0], company(124 + k)[1], "甘肃省张掖市甘州区", "提供虚假材料谋取中标、成交",
             "处采购金额千分之五的罚款，列入不良行为记录名单，一年内禁止参加政府采购活动",
             "《中华人民共和国政府采购法》第七十七条第一款第（一）项", f"2026-0{k + 3}-10", f"2026-0{k + 3}-15",
             "张掖市甘州区财政局"] for k in range(2)]
    put("blacklist/41_政府采购严重违法失信行为记录名单.xlsx",
        _xlsx_bytes({"Sheet1": [["政府采购严重违法失信行为记录名单"], header, *rows]}), "ccgp",
        "XLSX, the 政府采购严重违法失信行为记录名单 under a title row: 企业名称, 统一社会信用代码（或组织机构代码）, "
        "严重违法失信行为的具体情形, 处罚结果 (published as 备注), 处罚依据, 处罚日期, 执法单位; the finance bureau's code from "
        "columns.toml [defaults.ccgp]", 2, header_row=2, layout="ccgp")

    # 42. Amounts as clerks write them: magnitudes in figures and words, in a 万元 column.
    fines = ["1万2千元", "5千", "1.2万元", "12.5千元", "壹万贰仟伍佰元整"]
    rows = [pen2019(130 + k, f"甘州市监罚〔2026〕80{k + 1}号", "2026-10-12", fine=fine, content="罚款")
            for k, fine in enumerate(fines)]
    put("penalties/42_金额写法_万千.csv", _csv_bytes([P2019, *rows], "utf-8"), "clerk-values",
        "CSV, 罚款金额（万元） written 1万2千元, 5千, 1.2万元, 12.5千元, 壹万贰仟伍佰元整 (read as 元 counts: 1.2, 0.5, 1.2, 1.25, "
        "1.25 万元; 1万2千元 was 1200 万元 and 5千 5000 万元, refused as implausible)", 5, header_row=1, layout="sgs2019")

    # 43. Decision dates as a 14-digit timestamp and with English month names.
    dates = ["20261015000000", "20261016093000", "Oct 17, 2026", "18 October 2026", "19-OCT-2026"]
    rows = [pen2019(135 + k, f"甘州市监罚〔2026〕81{k + 1}号", d) for k, d in enumerate(dates)]
    put("penalties/43_时间戳与英文月份日期.csv", _csv_bytes([P2019, *rows], "utf-8"), "clerk-values",
        "CSV, 处罚决定日期 written 20261015000000 / 20261016093000 (YYYYMMDDhhmmss, as SJC), Oct 17, 2026, 18 October 2026 "
        "and 19-OCT-2026 (each was bad-date)", 5, header_row=1, layout="sgs2019")

    # 44. The 政府采购 list with its ban periods; one entry's ban is over (not published), one is withdrawn.
    header = ["序号", "企业名称", "统一社会信用代码（或组织机构代码）", "企业地址", "严重违法失信行为的具体情形", "处罚结果", "处罚依据",
              "处罚日期", "公布日期", "执法单位"]
    bans = [("列入不良行为记录名单，一年内禁止参加政府采购活动", "2025-05-20"), ("三年内禁止参加政府采购活动", "2026-02-10"),
            ("处以采购金额千分之五的罚款，列入不良行为记录名单，12个月内禁止参加政府采购活动", "2026-03-20"),
            ("列入不良行为记录名单，三年内禁止参加政府采购活动", "2026-04-15")]
    rows = [[str(k + 1), company(140 + k)[0], company(140 + k)[1], "甘肃省张掖市甘州区", "提供虚假材料谋取中标、成交", text,
             "《中华人民共和国政府采购法》第七十七条第一款第（一）项", date, date, "张掖市甘州区财政局"]
            for k, (text, date) in enumerate(bans)]
    put("blacklist/44_政府采购名单_禁止期限.xlsx", _xlsx_bytes({"Sheet1": [header, *rows]}), "ccgp-ban",
        "XLSX, the 政府采购 list whose 处罚结果 states 一年内 / 三年内 / 12个月内禁止参加政府采购活动: 有效期至 counted from "
        "处罚日期 (the 2025 entry's ban is over: not published, expired)", 4, header_row=1, layout="ccgp")
    put("withdrawals/45_撤销_按统一社会信用代码.csv",
        _csv_bytes([["信息类别", "原决定文书号", "统一社会信用代码", "撤销类型", "撤销日期", "撤销原因", "作出机关"],
                    ["严重失信主体名单", "", company(143)[1], "撤销", "2026-10-30", "行政复议决定撤销", "张掖市甘州区财政局"]],
                   "utf-8"),
        "ccgp-ban", "CSV, a withdrawal naming a 政府采购 list entry by the supplier's 统一社会信用代码 only (list entries carry "
        "no number; withdrawals had no such column and the entry stayed listed)", 1, header_row=1)

    # 46-48. Commitments, evaluations and complaints without a number column.
    name, uscc = company(144)
    put("commitments/46_信用承诺_无编号.csv",
        _csv_bytes([["序号", "承诺主体名称", "统一社会信用代码", "承诺类型", "承诺事项", "承诺日期", "承诺受理单位", "履约情况"],
                    ["1", name, uscc, "证明事项告知承诺", "食品经营许可告知承诺", "2026/3/5", AUTHORITY, "履约中"],
                    ["2", company(145)[0], company(145)[1], "告知承诺", "公共场所卫生许可告知承诺", "2026/3/6", AUTHORITY,
                     "已履约"]], "gb18030"),
        "no-number", "CSV, GB18030, a 信用承诺 export without 承诺编号: 承诺主体名称, 承诺日期, 履约情况, 承诺类型 证明事项告知承诺 "
        "(the number composed from the code, the date and the matter: key-composed)", 2, header_row=1)
    put("evaluations/47_公共信用综合评价_无编号.xlsx",
        _xlsx_bytes({"评价结果": [["序号", "企业名称", "统一社会信用代码", "评价类型", "评价等级", "评价日期", "评价单位"],
                                  ["1", name, uscc, "公共信用综合评价", "A", dt.date(2026, 2, 1), "张掖市发展和改革委员会"]]}),
        "no-number", "XLSX, a 公共信用综合评价 export without 评价编号: 企业名称, 评价等级 (key-composed)", 1, header_row=1)
    put("complaints/48_12315投诉_无编号.csv",
        _csv_bytes([["被投诉企业名称", "统一社会信用代码", "投诉问题类型", "投诉日期", "处理结果", "处理单位"],
                    [name, uscc, "质量问题", "2026年4月1日", "调解成功", AUTHORITY]], "utf-8"),
        "no-number", "CSV, a 12315 complaint list without 投诉编号: 被投诉企业名称 (key-composed)", 1, header_row=1)

    # 49. A Big5 CSV from a Taiwan or Hong Kong system: traditional headers and codes.
    from hanziconv import HanziConv

    rows = [pen2019(146 + k, f"甘州市监罚〔2026〕82{k + 1}号", "2026-10-20") for k in range(2)]
    text = HanziConv.toTraditional(_csv_bytes([P2019, *rows], "utf-8").decode("utf-8"))
    put("penalties/49_Big5繁体编码.csv", text.encode("cp950"), "big5",
        "CSV in Big5 (cp950), traditional headers and codes (行政相對人名稱, 法人及非法人組織, 罰款); it decodes as GB18030 "
        "without an error into other characters (the file was refused as missing every column)", 2, header_row=1,
        layout="sgs2019")

    # 50-51. Rows hidden in an .xls and an .ods.
    rows = [pen2019(148 + k, f"甘州市监罚〔2026〕83{k + 1}号", dt.date(2026, 10, 21)) for k in range(3)]
    put("penalties/50_隐藏行.xls", _xls_bytes({"行政处罚": [P2019, *rows]}, hidden=[2]), "hidden-other",
        "XLS (BIFF) with row 3 hidden: not read and named (row-hidden; it was published)", 2, header_row=1,
        layout="sgs2019", hidden_rows=[3])
    rows = [pen2019(151 + k, f"甘州市监罚〔2026〕84{k + 1}号", dt.date(2026, 10, 22)) for k in range(3)]
    put("penalties/51_隐藏行.ods", _ods_bytes({"行政处罚": [P2019, *rows]}, hidden=[3]), "hidden-other",
        "ODS with row 4 hidden (table:visibility collapse): not read and named (row-hidden; it was published)", 2,
        header_row=1, layout="sgs2019", hidden_rows=[4])

    # 52. A 1904-system workbook whose decision dates are plain numbers.
    rows = [pen2019(154 + k, f"甘州市监罚〔2026〕85{k + 1}号", (dt.date(2026, 10, 23) - dt.date(1904, 1, 1)).days)
            for k in range(2)]
    put("penalties/52_1904日期系统.xlsx", _date1904_xlsx(_xlsx_bytes({"行政处罚": [P2019, *rows]})), "date1904",
        "XLSX in the 1904 date system, 处罚决定日期 kept as numbers (44853 = 2026-10-23; read in the 1900 system it was "
        "2022-10-22 and the penalties were withheld as expired without a word)", 2, header_row=1, layout="sgs2019")

    # 53. A zip of two exports, member names in GBK.
    first = _csv_bytes([P2019, pen2019(156, "甘州市监罚〔2026〕861号", "2026-10-24")], "gb18030")
    second = _xlsx_bytes({"Sheet1": [P2019, pen2019(157, "甘州市监罚〔2026〕862号", dt.date(2026, 10, 25))]})
    put("penalties/53_平台导出压缩包.zip", _zip_bytes({"行政处罚_十月.csv": first, "行政处罚_补报.xlsx": second,
                                                 "说明.txt": "本压缩包为系统导出。".encode("gbk")}), "zip",
        "ZIP of a GB18030 CSV and an XLSX (member names in GBK), plus a note; each member read (it was ignored: nothing "
        "published)", 2, header_row=1, layout="sgs2019", sheets=["行政处罚_十月.csv", "行政处罚_补报.xlsx"],
        skipped_sheet="说明.txt")

    # 54. 行政相对人 merged over 名称 | 类别 | 代码 (two header rows).
    keep = [h for h in P2019 if h not in ("行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)")]
    top = ["行政相对人", "", "", *keep]
    sub = ["名称", "类别", "代码", *[""] * len(keep)]
    body = []
    for k in range(2):
        row = dict(zip(P2019, pen2019(158 + k, f"甘州市监罚〔2026〕87{k + 1}号", dt.date(2026, 10, 26))))
        body.append([row["行政相对人名称"], row["行政相对人类别"], row["行政相对人代码_1(统一社会信用代码)"], *(row[h] for h in keep)])
    merges = {"行政处罚": [(1, 1, 0, 2), *[(1, 2, c, c) for c in range(3, len(top))]]}
    put("penalties/54_行政相对人分组表头_名称代码.xlsx",
        _xlsx_bytes({"行政处罚": [["行政处罚信息（2026年10月）"], top, sub, *body]}, merges), "two-row-party",
        "XLSX under a title row, 行政相对人 merged over 名称 | 类别 | 代码 (the code column read by each value's form; it was an "
        "unknown column and every row was rejected as lacking its credit code)", 2, header_row=2, layout="sgs2019")

    # 55-58. Text and workbook quirks that read right (kept so they stay so).
    put("penalties/55_仅CR换行.csv",
        _csv_bytes([P2019, pen2019(160, "甘州市监罚〔2026〕881号", "2026-10-27")], "utf-8").replace(b"\r\n", b"\r"),
        "text-quirks", "CSV with \\r line ends only (Excel for Mac's CSV (Macintosh))", 1, header_row=1, layout="sgs2019")
    put("penalties/56_UTF16无BOM.csv",
        _csv_bytes([P2019, pen2019(161, "甘州市监罚〔2026〕882号", "2026-10-27")], "utf-8").decode("utf-8").encode("utf-16-le"),
        "text-quirks", "CSV in UTF-16LE without a byte-order mark", 1, header_row=1, layout="sgs2019")
    put("penalties/57_网页表格另存为xlsx.xlsx",
        _html_xls_bytes("行政处罚信息", P2019, [pen2019(162, "甘州市监罚〔2026〕883号", "2026-10-27")]), "text-quirks",
        "an HTML table saved under .xlsx (read as HTML, said: file-format-read)", 1, header_row=2, layout="sgs2019")
    put("penalties/58_工作表保护.xlsx", _protected_xlsx(P2019, [pen2019(163, "甘州市监罚〔2026〕884号", dt.date(2026, 10, 27))]),
        "text-quirks", "XLSX whose sheet is protected with a password (values readable: read as is)", 1, header_row=1,
        layout="sgs2019")

    # 59-62. 其他行政行为 exports naming their kind by their headers; the 公示系统's 抽查检查结果.
    name, uscc = company(164)
    put("actions/59_行政强制.csv", _csv_bytes([
        ["序号", "行政相对人名称", "行政相对人类别", "统一社会信用代码", "行政强制决定书文号", "强制措施类型", "强制措施内容", "强制依据",
         "决定日期", "实施机关", "实施机关统一社会信用代码"],
        ["1", name, "法人及非法人组织", uscc, "甘州市监强〔2026〕3号", "查封", "查封涉嫌过期食品20箱",
         "《中华人民共和国食品安全法》第一百一十条", "2026-09-03", AUTHORITY, AUTHORITY_CODE]], "utf-8"), "actions",
        "CSV, a 行政强制 export: 行政强制决定书文号, 强制措施类型, 强制措施内容, 强制依据, no 行为类别 (行政强制 implied) or 数据来源单位 "
        "(copied from 实施机关)", 1, header_row=1, layout="xzqz")
    put("actions/60_行政奖励.xlsx", _xlsx_bytes({"奖励": [
        ["行政相对人名称", "统一社会信用代码", "奖励决定书文号", "奖励名称", "奖励依据", "奖励日期", "奖励机关", "奖励机关统一社会信用代码"],
        [company(165)[0], company(165)[1], "甘州政奖〔2026〕1号", "2025年度区长质量奖", "《甘州区区长质量奖管理办法》",
         dt.date(2026, 3, 1), "张掖市甘州区人民政府", make_uscc(7, prefix="11")]]}), "actions",
        "XLSX, a 行政奖励 export: 奖励决定书文号, 奖励名称, 奖励日期, 奖励机关 (行政奖励 implied)", 1, header_row=1, layout="xzjl")
    put("actions/61_行政确认.csv", _csv_bytes([
        ["行政相对人名称", "统一社会信用代码", "行政确认决定书文号", "确认内容", "确认依据", "确认日期", "确认机关", "确认机关统一社会信用代码"],
        [company(166)[0], company(166)[1], "甘州人社认〔2026〕5号", "工伤认定", "《工伤保险条例》第十四条", "2026/4/2",
         "张掖市甘州区人力资源和社会保障局", make_uscc(8, prefix="11")]], "gb18030"), "actions",
        "CSV, GB18030, a 行政确认 export: 行政确认决定书文号, 确认内容, 确认日期, 确认机关 (行政确认 implied)", 1, header_row=1,
        layout="xzqr")
    put("actions/62_抽查检查结果.csv", _csv_bytes([
        ["序号", "企业名称", "统一社会信用代码/注册号", "检查实施机关", "类型", "日期", "结果"],
        ["1", company(167)[0], company(167)[1], AUTHORITY, "抽查", "2026-06-15", "未发现问题"],
        ["2", company(168)[0], company(168)[1], AUTHORITY, "检查", "2026/6/16", "发现问题，已责令整改"]], "utf-8"), "spotcheck",
        "CSV, the 公示系统's 抽查检查结果: 企业名称, 统一社会信用代码/注册号, 检查实施机关, 类型, 日期, 结果 (行政监督检查; a number "
        "composed from the code and the date; the body's code from columns.toml [defaults.gsxt-spotcheck])", 2,
        header_row=1, layout="gsxt-spotcheck")
    put("actions/columns.toml", f'# 市场监管局抽查检查结果：检查实施机关的统一社会信用代码\n[defaults.gsxt-spotcheck]\n'
        f'"实施机关统一社会信用代码" = "{AUTHORITY_CODE}"\n', "spotcheck",
        "the folder's column-mapping file: the checking body's credit code ([defaults.gsxt-spotcheck])", 0)

    # 63. The 人社 wage-arrears list as departments publish it (no list name, number or basis).
    put("blacklist/63_拖欠农民工工资失信联合惩戒对象名单_人社公布.csv", _csv_bytes([
        ["序号", "单位名称", "统一社会信用代码", "法定代表人", "拖欠农民工人数", "拖欠工资数额（万元）", "列入事由", "列入日期", "列入部门"],
        ["1", company(169)[0], company(169)[1], "王某", "125", "233.06", "拖欠125名农民工工资共计233.06万元，经责令限期支付逾期未支付",
         "2026-03-01", "张掖市甘州区人力资源和社会保障局"]], "utf-8"), "wage-arrears",
        "CSV, the 人社 wage-arrears list: 单位名称, 拖欠农民工人数, 拖欠工资数额（万元）, 列入事由, 列入日期, 列入部门 (list name and basis "
        "implied, a number composed, the department's code from columns.toml [defaults.rsb-qxmd]; it was refused whole)", 1,
        header_row=1, layout="rsb-qxmd")

    # 64. The customs AEO list; its 失信企业 row is another list's and never published as honoured.
    put("redlist/64_海关高级认证企业名单.xlsx", _xlsx_bytes({"Sheet1": [
        ["序号", "企业名称", "统一社会信用代码", "海关编码", "信用等级", "认证时间", "主管海关"],
        ["1", company(175)[0], company(175)[1], "6207960123", "高级认证企业", dt.date(2026, 1, 15), "兰州海关"],
        ["2", company(176)[0], company(176)[1], "6207960124", "失信企业", dt.date(2026, 2, 15), "兰州海关"]]}), "customs-aeo",
        "XLSX, the customs 高级认证企业 list (海关编码, 信用等级, 认证时间, 主管海关; it was refused whole); the row whose 信用等级 is "
        "失信企业 is not read (row-other-list), never published as honoured; the customs office's code from columns.toml "
        "[defaults.customs-aeo]", 1, header_row=1, layout="customs-aeo")

    # 65. A credit platform's JSON interface export: the records under {"code", "msg", "data": {"total", "list"}}, the
    # field codes in lower case, dates as a Java platform serialises them (Jackson in UTC, epoch milliseconds).
    records = []
    for k, day in enumerate(["2026-10-25T16:00:00.000+0000", 1793030400000]):
        record = dict(zip([c.lower() for c in CF2019], pen2019(180 + k, f"甘州市监罚〔2026〕95{k + 1}号", day)))
        record["cf_nr_fk"] = 0.5  # a JSON number
        record["cf_xdr_gszc"] = None  # JSON null: an empty cell
        records.append(record)
    put("penalties/65_共享平台导出数据.json", json.dumps({"code": 0, "msg": "success", "data": {"total": 2, "list": records}},
                                                 ensure_ascii=False, indent=1), "json-export",
        "JSON, a platform interface's export: the records under data.list, the 2019 field codes in lower case (cf_wsh, "
        "cf_xdr_mc …), a number and a null; 处罚决定日期 2026-10-25T16:00:00.000+0000 (Jackson, UTC: 2026-10-26 in Beijing; "
        "read as written it was a day early) and 1793030400000 (epoch milliseconds: 2026-10-27); the file was ignored "
        "(file-unknown-type) and its records lost", 2, header_row=1, layout="sgs2019")

    # 66. A database tool's XML export (Navicat: RECORDS/RECORD), dates as Java's Date.toString() writes them.
    xml = ['<?xml version="1.0" encoding="UTF-8"?>', "<RECORDS>"]
    for k in range(2):
        row = pen2019(182 + k, f"甘州市监罚〔2026〕95{k + 3}号", "Wed Oct 28 00:00:00 CST 2026")
        xml.append("<RECORD>" + "".join(f"<{c}>{html.escape(str(v), quote=False)}</{c}>" if v != "" else f"<{c}/>"
                                        for c, v in zip(CF2019, row)) + "</RECORD>")
    put("penalties/66_数据库工具导出.xml", "\n".join([*xml, "</RECORDS>"]) + "\n", "xml-export",
        "XML, a database tool's export (Navicat: RECORDS / RECORD, one element per field code, empty ones self-closed); "
        "处罚决定日期 written Wed Oct 28 00:00:00 CST 2026 (Java's Date.toString(); it was bad-date); the file was "
        "ignored and its records lost", 2, header_row=1, layout="sgs2019")

    # 67. An ODS in the 1904 date system (LibreOffice's 日期 1904 option), decision dates kept as numbers.
    rows = [pen2019(184 + k, f"甘州市监罚〔2026〕95{k + 5}号", (dt.date(2026, 10, 29) - dt.date(1904, 1, 1)).days)
            for k in range(2)]
    put("penalties/67_1904日期系统.ods", _ods_bytes({"行政处罚": [P2019, *rows]}, null_date="1904-01-01"), "date1904",
        "ODS whose table:null-date is 1904-01-01, 处罚决定日期 kept as numbers (44862 = 2026-10-29; read from 1899-12-30 it "
        "was 2022-10-28 and the penalties were withheld as expired without a word)", 2, header_row=1, layout="sgs2019")

    # 68. A wage-arrears list under its title, published without the arrears columns.
    put("blacklist/68_欠薪失信名单_无拖欠金额列.xlsx", _xlsx_bytes({"Sheet1": [
        ["张掖市甘州区拖欠农民工工资失信联合惩戒对象名单（2026年第二批）"],
        ["序号", "单位名称", "统一社会信用代码", "法定代表人", "列入事由", "列入日期", "列入部门"],
        ["1", company(186)[0], company(186)[1], "钱某", "拖欠36名农民工工资共计58.2万元，经责令限期支付逾期未支付",
         dt.date(2026, 9, 1), "张掖市甘州区人力资源和社会保障局"]]}, {"Sheet1": [(0, 0, 0, 6)]}), "wage-arrears",
        "XLSX, a wage-arrears list under its merged title row, without the arrears columns (拖欠农民工人数, 拖欠工资数额: the "
        "arrears are stated in 列入事由): recognised by its title (it was refused whole for lacking 名单名称, 列入文号 and "
        "列入依据)", 1, header_row=2, layout="rsb-qxmd")

    # 69. The 2016 standard's template with its column notes in the headers (格式为, the codes of 处罚类别 and 当前状态).
    noted = {"处罚类别1": "处罚类别1（0=警告；1=罚款；2=没收违法所得、没收非法财物；3=责令停产停业；4=暂扣或者吊销许可证、暂扣或者吊销"
                      "执照；5=行政拘留；6=其他（需注明） ）",
             "处罚类别2": "处罚类别2（0=警告；1=罚款；2=没收违法所得、没收非法财物；3=责令停产停业；4=暂扣或者吊销许可证、暂扣或者吊销"
                      "执照；5=行政拘留；6=其他（需注明） （如3项及以上处罚类别，可在[处罚类别2]中填写））",
             "处罚决定日期": "处罚决定日期（格式为：YYYY/MM/DD）", "当前状态": "当前状态（0=正常（或空白）； 1=撤销； 2=异议； 3=其他（备注说明）； ）",
             "数据更新时间戳": "数据更新时间戳（格式为：YYYY/MM/DD）", "行政处罚决定书文号": "行政处罚决定书文号*", "处罚名称": "处罚名称（必填项）"}
    put("penalties/69_2016标准模板_表头含填写说明.xls", _xls_bytes({"行政处罚": [
        [noted.get(h, h) for h in P2016],
        p2016(187, "甘州市监罚〔2026〕961号", "2026/10/30", cat1="1", cat2="0"),
        p2016(188, "甘州市监罚〔2026〕962号", "2026/10/31", status="1")]}), "2016-penalty",
        "XLS (BIFF), the 2016 standard's template with each column's note in its header as the standard prints it: 处罚决定日期"
        "（格式为：YYYY/MM/DD）, 处罚类别1（0=警告；1=罚款；…）, 当前状态（0=正常（或空白）； 1=撤销；…）, 行政处罚决定书文号* and "
        "处罚名称（必填项） (the file was refused for lacking 处罚决定日期, 处罚类别 and 行政处罚决定书文号); 当前状态 1 on one row",
        2, header_row=1, layout="sgs2016", withdrawn_in_file=1)

    # 70. An Oracle-based system's export spooled by SQL*Plus: fixed-width GBK text under a dash rule.
    rows = [pen2019(189 + k, f"甘州市监罚〔2026〕97{k + 1}号", f"2026-11-0{k + 2}") for k in range(2)]
    widths = [max(len(str(v).encode("gbk")) for v in column) for column in zip(P2019, *rows)]

    def spooled(values: list[Any]) -> str:
        return " ".join(str(v) + " " * (w - len(str(v).encode("gbk"))) for v, w in zip(values, widths)).rstrip()

    put("penalties/70_Oracle系统导出_定宽文本.txt", "\r\n".join(
        [spooled(P2019), " ".join("-" * w for w in widths), *map(spooled, rows), "", "2 rows selected.", ""]).encode("gbk"),
        "fixed-width", "Fixed-width text in GBK as SQL*Plus spools a query (the names, a rule of dashes one run per "
        "column, one space apart, the rows padded to the widths, “2 rows selected.”): cut at the rule's columns (it was "
        "taken for a note, file-unknown-type, and its records lost)", 2, header_row=1, layout="sgs2019", not_data=1)

    # 71. An Excel binary workbook (.xlsb) with a row hidden.
    rows = [pen2019(191 + k, f"甘州市监罚〔2026〕98{k + 1}号", f"2026-11-0{k + 4}") for k in range(3)]
    put("penalties/71_隐藏行.xlsb", _xlsb_bytes([P2019, *rows], hidden=frozenset({2})), "hidden-other",
        "XLSB (Excel binary workbook) with row 3 hidden (BrtRowHdr fDyZero): not read and named (row-hidden; it was "
        "published)", 2, header_row=1, layout="sgs2019", hidden_rows=[3])

    # 72. A local enforcement system's own headers (企业名称, 处罚决定书文号, 处罚决定书签发日期, 处罚种类, 处罚法律依据) and a
    # confiscation without a fine, its 罚款金额 written 无罚款.
    local = {"行政相对人名称": "企业名称", "行政处罚决定书文号": "处罚决定书文号", "处罚决定日期": "处罚决定书签发日期",
             "处罚类别": "处罚种类", "处罚依据": "处罚法律依据"}
    rows = [pen2019(194, "甘州市监罚〔2026〕991号", "2026-11-09"),
            pen2019(195, "甘州市监罚〔2026〕992号", "2026-11-10", kind="没收违法所得", content="没收违法所得1200元",
                    fine="无罚款")]
    put("penalties/72_本地执法系统导出_自有列名.csv", _csv_bytes([[local.get(h, h) for h in P2019], *rows], "gb18030"),
        "local-headers", "GB18030 CSV from a local system heading its columns its own way: 企业名称, 处罚决定书文号, "
        "处罚决定书签发日期, 处罚种类, 处罚法律依据 (the file was refused for lacking 行政相对人名称, 行政处罚决定书文号, "
        "处罚决定日期, 处罚类别 and 处罚依据); a confiscation whose 罚款金额 is written 无罚款 (it was bad-amount)", 2, header_row=1,
        layout="sgs2019")

    # 73. Licences whose 当前状态 says 过期 / 存续 and a filing (许可类别 备案) exported among them.
    rows = [lic2019(196, "甘州市监许〔2026〕991号", "2021/11/01", end="2026/10/31", status="过期"),
            lic2019(197, "甘州市监许〔2026〕992号", "2026/11/02", status="存续"),
            lic2019(198, "甘州市监许〔2026〕993号", "2026/11/03")]
    rows[2][L2019.index("许可类别")] = "备案"
    put("licenses/73_本地许可系统导出_状态与备案.csv", _csv_bytes([L2019, *rows], "utf-8-sig"), "local-values",
        "UTF-8 CSV of the 2019 licence template with a local system's values: 当前状态 过期 (无效, shown so) and 存续 (有效), "
        "许可类别 备案 (其他, 备案 kept in 备注) — each row was refused as unknown-code", 3, header_row=1, layout="sgs2019")

    # 74. The 公示系统's 行政处罚信息 with its case columns (主要违法事实, 处罚依据) and 注册号: a registration number, a
    # person's 18-digit ID typed into 注册号 (never public; the row still publishes) and none.
    header = ["序号", "企业名称", "统一社会信用代码", "注册号", "处罚决定书文号", "违法行为", "处罚种类", "主要违法事实", "处罚依据",
              "处罚内容", "作出行政处罚机关", "作出处罚决定日期", "公示日期"]
    reg_nos = ["620702600012342", ric("19850312", "201"), ""]
    rows = [[str(k + 1), company(200 + k)[0], company(200 + k)[1], reg, f"甘州市监罚〔2026〕100{k + 1}号", "销售过期食品", "罚款",
             "当事人销售超过保质期的食品。", "《中华人民共和国食品安全法》第一百二十四条", "罚款5000元", AUTHORITY,
             f"2026-11-1{k + 1}", f"2026-11-1{k + 5}"] for k, reg in enumerate(reg_nos)]
    put("penalties/74_公示系统_行政处罚信息.csv", _csv_bytes([header, *rows], "gb18030"), "gsxt-penalty",
        "GB18030 CSV, the 公示系统's 行政处罚信息 (企业名称, 统一社会信用代码, 注册号, 处罚决定书文号, 违法行为, 处罚种类, 处罚内容, "
        "作出行政处罚机关, 作出处罚决定日期, 公示日期) with its case columns 主要违法事实 and 处罚依据: 处罚有效期 left to the "
        "publication rules, the body's code from columns.toml [defaults.gsxt-penalty] (without the case columns the file "
        "is refused saying where they are; it was refused with no hint); 注册号 read as 工商注册号 (it was ignored), a "
        "person's 18-digit ID in it never public, the row published", 3, header_row=1,
        layout="gsxt-penalty")

    # 75. The 公示系统's 行政许可信息 (许可文件编号, 许可文件名称, 状态), one licence 无效.
    header = ["序号", "企业名称", "统一社会信用代码", "注册号", "许可文件编号", "许可文件名称", "有效期自", "有效期至", "许可机关",
              "许可内容", "状态"]
    rows = [[str(k + 1), company(203 + k)[0], company(203 + k)[1], "", f"JY1620702{k + 1:06d}", "食品经营许可证",
             dt.date(2026, 11, 2 + k), dt.date(2031, 11, 1 + k), AUTHORITY, "预包装食品销售（含冷藏冷冻食品）", state]
            for k, state in enumerate(["有效", "无效"])]
    put("licenses/75_公示系统_行政许可信息.xlsx", _xlsx_bytes({"行政许可信息": [header, *rows]}), "gsxt-license",
        "XLSX, the 公示系统's 行政许可信息: 许可文件编号 (许可编号, the key), 许可文件名称 (许可证书名称, standing for the "
        "行政许可决定文书名称), 有效期自 (standing for the 许可决定日期), 状态 有效/无效 (当前状态); 许可类别 and the body's code "
        "from columns.toml [defaults.gsxt-license] (the file was refused for lacking 行政许可决定文书名称, 许可类别, 许可决定日期 "
        "and 许可机关统一社会信用代码)", 2, header_row=1, layout="gsxt-license")

    # 76. A C/Delphi exporter's fixed-width fields: every value padded with NUL characters to its field's width.
    rows = [pen2019(205 + k, f"甘州市监罚〔2026〕110{k + 1}号", f"2026-11-1{k + 4}") for k in range(2)]
    rows = [[str(v) + "\x00" * (40 - len(str(v).encode("gbk"))) for v in row] for row in rows]
    put("penalties/76_定长字段导出_NUL填充.csv", _csv_bytes([P2019, *rows], "gbk"), "nul-padding",
        "GBK CSV from a C/Delphi exporter: each value padded with NUL characters to its field's width of 40 bytes, empty "
        "fields all NUL (the padding is dropped; every row was rejected as control-characters)", 2, header_row=1,
        layout="sgs2019")

    # 77. The 信用承诺信息 template as a provincial platform exports it: a 证明事项型 commitment kept in part, a natural
    # person's (承诺人代码 her ID: never public), and one for 特定范围内公开 (not read, never published).
    header = ["承诺编码", "承诺人名称", "承诺人类别", "承诺人代码", "承诺类型", "承诺事由", "承诺内容", "违诺责任", "承诺作出日期",
              "承诺有效期", "承诺履行状态", "未履行的承诺内容", "违诺责任追究内容", "承诺履行状态认定日期", "承诺履行状态认定单位",
              "承诺履行状态认定单位代码", "承诺受理单位", "承诺受理单位代码", "公开类型", "备注"]
    promise = "本单位承诺所提交的材料真实有效，如有虚假愿承担相应法律责任。"
    liability = "撤销相关许可，记入信用记录。"

    def commitment(no: str, name: str, category: str, code: str, kind: str, matter: str, day: str, state: str,
                   scope: str = "可向社会公开") -> list[Any]:
        return [no, name, category, code, kind, matter, promise, liability, day, "2027-12-31", state, "", "", "", "", "",
                AUTHORITY, AUTHORITY_CODE, scope, ""]

    rows = [commitment("62070220260305000001", *company(210), "法人及非法人组织", "审批替代型", "申请办理食品经营许可证",
                       "2026-03-05", "全部履行"),
            commitment("62070220260306000002", company(211)[0], "法人及非法人组织", company(211)[1], "证明事项型",
                       "申请办理无违法违规证明", "2026-03-06", "部分履行"),
            commitment("62070220260307000003", "李四海", "自然人", ric("19900415", "301"), "主动型", "自愿作出信用承诺",
                       "2026-03-07", "全部履行"),
            commitment("62070220260308000004", *company(212), "法人及非法人组织", "容缺受理型", "申请办理公共场所卫生许可证",
                       "2026-03-08", "全部履行", scope="特定范围内公开")]
    rows[0][1:4] = [company(210)[0], "法人及非法人组织", company(210)[1]]
    rows[3][1:4] = [company(212)[0], "法人及非法人组织", company(212)[1]]
    put("commitments/77_信用承诺信息_省平台模板.xlsx", _xlsx_bytes({"信用承诺信息": [header, *rows]}), "xycn",
        "XLSX, the 信用承诺信息 template (承诺编码, 承诺人名称/类别/代码, 承诺事由, 违诺责任, 承诺作出日期, 承诺履行状态, 公开类型 …): "
        "承诺事由 read as 承诺事项, 承诺人代码 value by value (a person's ID never public), 证明事项型 as 其他-证明事项型, 部分履行 "
        "as 未履约; the row for 特定范围内公开 not read (row-other-list), never published (the file was refused for lacking "
        "承诺事项 and 做出承诺日期)", 3, header_row=1, layout="xycn")

    # 78. A city platform's 信用综合评价 export (企业名称, 统一社会信用代码, 评分, 评级, 评级时间); the scheme and the body from
    # the folder's columns.toml.
    rows = [["企业名称", "统一社会信用代码", "评分", "评级", "评级时间"],
            [*company(213), 92.5, "A", dt.date(2026, 6, 30)], [*company(214), 78, "B", dt.date(2026, 6, 30)]]
    rows[1][0:2] = list(company(213))
    rows[2][0:2] = list(company(214))
    put("evaluations/78_信用综合评价_平台导出.xlsx", _xlsx_bytes({"Sheet1": rows}), "platform-lists",
        "XLSX, a city platform's 信用综合评价 export: 企业名称, 统一社会信用代码, 评分 (not published), 评级, 评级时间 (the file "
        "was refused for lacking 评价类型, 评价结果, 评价日期 and 评价单位); 评价类型 and 评价单位 from columns.toml [defaults], the "
        "number composed (key-composed)", 2, header_row=1)
    put("evaluations/columns.toml", "# 本市平台导出的信用综合评价：评价类型与评价单位（工作人员填写）\n"
        '[defaults]\n"评价类型" = "公共信用综合评价"\n"评价单位" = "张掖市甘州区发展和改革局"\n', "platform-lists",
        "the folder's column-mapping file: the grading scheme and the body the platform's export does not name", 0)

    # 79. The tax offices' 重大税收违法失信主体 list: the legal representative's and the finance manager's names, sexes and ID
    # numbers in one cell each (never public), 案件性质 and the basis with the handling published as 备注.
    header = ["序号", "纳税人名称", "纳税人识别号", "组织机构代码", "注册地址", "法定代表人或者负责人姓名、性别、证件名称及号码",
              "负有直接责任的财务负责人姓名、性别、证件名称及号码", "负有直接责任的中介机构信息及其从业人员信息", "案件性质", "主要违法事实",
              "相关法律依据及税务处理处罚情况", "检查机关", "发布时间"]
    PRIVATE.extend(["赵德明", "钱秀英"])
    rows = [["1", company(215)[0], company(215)[1], "", "张掖市甘州区县府街1号",
             f"赵德明，男，居民身份证，{ric('19720305', '311')}", f"钱秀英，女，居民身份证，{ric('19800612', '322')}", "无", "偷税",
             "经国家税务总局张掖市税务局稽查局检查，发现其在2023年1月至2024年12月期间，采取虚假申报等手段，少缴增值税等税款合计"
             "126.35万元。", "依照《中华人民共和国税收征收管理法》第六十三条第一款等相关法律法规的有关规定，对其处以追缴税款126.35万元的"
             "行政处理、处少缴税款百分之五十的罚款63.18万元的行政处罚。", "国家税务总局张掖市税务局稽查局", dt.date(2026, 5, 20)]]
    put("blacklist/79_重大税收违法失信主体名单.xlsx", _xlsx_bytes({"Sheet1": [header, *rows]}), "tax-major",
        "XLSX, the 重大税收违法失信主体 list as the tax offices publish it (纳税人名称, 纳税人识别号, 注册地址, 法定代表人或者负责人姓名、性别、"
        "证件名称及号码, 负有直接责任的财务负责人…, 案件性质, 主要违法事实, 相关法律依据及税务处理处罚情况, 检查机关, 发布时间): list name, "
        "basis and number implied, 案件性质 and the handling as 备注, the people's names and ID numbers never read (the file was "
        "refused for lacking 名单名称, 列入文号, 列入原因, 列入依据, 列入日期 and 列入单位)", 1, header_row=1, layout="tax-major")

    # 80. A template whose header cells hold the name and the field code together: on two lines (Alt+Enter) and, for
    # some, the code in brackets after the name.
    coded = [f"{name}\n{code}" if k % 3 else f"{name}（{code}）" for k, (name, code) in enumerate(zip(P2019, CF2019))]
    rows = [pen2019(220 + k, f"甘州市监罚〔2026〕120{k + 1}号", dt.date(2026, 11, 16 + k)) for k in range(2)]
    put("penalties/80_表头含字段代码.xlsx", _xlsx_bytes({"行政处罚": [coded, *rows]}), "field-code-header",
        "XLSX whose header cells hold each data item's name and its field code, on two lines (行政相对人名称 / CF_XDR_MC) "
        "or the code in brackets (行政相对人名称（CF_XDR_MC）): the name read (the file was refused for lacking every "
        "column)", 2, header_row=1, layout="sgs2019")

    # 81. A sheet whose used range reaches row 1,048,576: rows formatted far down, a space typed in the last row.
    rows = [pen2019(222 + k, f"甘州市监罚〔2026〕121{k + 1}号", dt.date(2026, 11, 18 + k)) for k in range(2)]
    put("penalties/81_使用范围到最后一行.xlsx", _used_range_xlsx(P2019, rows), "used-range",
        "XLSX whose used range is A1:AD1048576 (rows 4-40 formatted, a space typed in AD1048576) while the data ends at "
        "row 3: the blank rows below are not read, said (file-format-read); the file was refused as declaring more than "
        "1,000,000 rows", 2, header_row=1, layout="sgs2019")

    # 83. An .ods whose sheet runs to row 1,048,576 (the tail repeated, a space typed in the last row).
    rows = [pen2019(226 + k, f"甘州市监罚〔2026〕123{k + 1}号", dt.date(2026, 11, 20 + k)) for k in range(2)]
    put("penalties/83_ODS使用范围到最后一行.ods", _used_range_ods(P2019, rows), "ods-used-range",
        "ODS (LibreOffice) whose sheet runs to row 1,048,576: rows 4-1,048,575 written as one repeated empty row, a "
        "space in AD1048576, the data ending at row 3: the blank rows are not read, said (file-format-read); calamine "
        "built all 1,048,576 rows (2.1 GB) and the file was refused as too large", 2, header_row=1, layout="sgs2019")

    # 84. A program's export written with the OpenXML SDK: no row or cell numbers (r), a row hidden, the used range to
    # row 1,048,576.
    rows = [pen2019(228 + k, f"甘州市监罚〔2026〕124{k + 1}号", f"2026-11-2{2 + k}", fine=0.5) for k in range(3)]
    put("penalties/84_程序导出_无行号列号.xlsx", _unnumbered_xlsx(P2019, rows, hidden=2), "no-cell-references",
        "XLSX a program wrote with the OpenXML SDK: rows and cells without their r attribute (every cell written in "
        "order, empty ones as <x:c/>, the x: prefix), record 2 hidden, the used range A1:AD1048576 with a space in "
        "AD1048576 (that row and cell numbered): the rows and cells are numbered in order, the hidden record is not "
        "read (row-hidden), the blank rows below are not read (file-format-read); the file was refused as more than "
        "1,000,000 rows", 2, header_row=1, layout="sgs2019", hidden_rows=[3])

    # 85. An Excel 5.0/95 workbook (BIFF5) from an old system's exporter: GBK text by its code page.
    facts = "当事人销售超过保质期的食品，货值金额较小，案发后主动下架并召回，依法从轻处罚。"
    rows = [pen2019(232 + k, f"甘州市监罚〔2026〕125{k + 1}号", dt.date(2026, 11, 23 + k), fine=0.5, facts=facts * 4)
            for k in range(4)]
    put("penalties/85_Excel95工作簿_BIFF5.xls", _biff5_xls_bytes("行政处罚", [P2019, *rows]), "biff5",
        "XLS in the Excel 5.0/95 format (BIFF5: a Book stream, BOF version 0x0500, CODEPAGE 936, text as GBK bytes in "
        "LABEL cells, date cells as numbers formatted yyyy-mm-dd): read by its code page (calamine read the bytes as "
        "BIFF8 text, every header came out garbled and the file was refused as missing every column)", 4,
        header_row=1, layout="sgs2019")

    # 82. Excel (zh-CN Windows) CSV: sep=, first, a trailing comma, doubled quotes; dates with the weekday or an
    # offset, a fine in 元 with thousands separators.
    header = [h.replace("罚款金额（万元）", "罚款金额（元）") for h in P2019]
    rows = [pen2019(224, "甘州市监罚〔2026〕1221号", "2026年11月3日 星期二", fine="12,500.00", content="罚款12500元",
                    facts='当事人销售标注"绿色食品"字样的过期食品。'),
            pen2019(225, "甘州市监罚〔2026〕1222号", "2026-11-04T00:00:00+08:00", fine="5,000", content="罚款5000元")]
    text = "sep=,\r\n" + _csv_bytes([header, *rows], "utf-8").decode("utf-8").replace("\r\n", ",\r\n")
    put("penalties/82_Excel中文版CSV_分隔符行.csv", text.encode("gb18030"), "excel-cn-csv",
        "GB18030 CSV saved by Excel on a Chinese Windows: sep=, on the first line, a trailing comma on every line, quotes "
        "doubled inside 违法事实; 处罚决定日期 2026年11月3日 星期二 and 2026-11-04T00:00:00+08:00; 罚款金额（元） 12,500.00 "
        "and 5,000 (1.25 and 0.5 万元) — read as main read it (a guard: none of it was in the corpus)", 2, header_row=2,
        layout="sgs2019")

    # 86. An .xls whose used range reaches IV65536 (a space typed in the last cell of the sheet).
    rows = [pen2019(236 + k, f"甘州市监罚〔2026〕126{k + 1}号", dt.date(2026, 11, 16 + k)) for k in range(3)]
    put("penalties/86_使用范围到IV65536.xls", _xls_bytes({"行政处罚": [P2019, *rows, *[[]] * 65531,
                                                                    [*[""] * 255, " "]]}), "xls-used-range",
        "XLS (BIFF8) whose used range is A1:IV65536, a space typed in IV65536, while the data ends at row 4: read row by "
        "row, the blank rows and columns past the data not read, said (file-format-read); calamine built all 65,536 × "
        "256 cells, 1.4 GB for three records", 3, header_row=1, layout="sgs2019")

    # 87. An Excel 5.0/95 workbook from a Taiwan or Hong Kong system: Big5 text, the code page declared 1252.
    from hanziconv import HanziConv

    facts = "當事人銷售超過保質期的食品，貨值金額較小，案發後主動下架並召回，依法從輕處罰。"
    rows = [pen2019(239 + k, f"甘州市监罚〔2026〕127{k + 1}号", dt.date(2026, 11, 19 + k), facts=facts * 6)
            for k in range(3)]
    traditional = [[HanziConv.toTraditional(v) if isinstance(v, str) else v for v in row] for row in [P2019, *rows]]
    put("penalties/87_Excel95工作簿_Big5繁体.xls",
        _biff5_xls_bytes("行政處罰", traditional, codepage=1252, encoding="cp950"), "big5-biff5",
        "XLS in the Excel 5.0/95 format (BIFF5) declaring CODEPAGE 1252 over Big5 text in traditional characters "
        "(行政相對人名稱, 法人及非法人組織, 罰款): read as Big5, which names the contract's headers (read as GB18030, the "
        "guess for a 1252 file, every header was garbled and the file refused as missing every column)", 3,
        header_row=1, layout="sgs2019")

    # 88. An Oracle system's export in a Chinese session: DD-MON-RR dates, a TIMESTAMP; 其它 for 其他.
    rows = [pen2019(242, "甘州市监罚〔2026〕1281号", "22-11月-26"),
            pen2019(243, "甘州市监罚〔2026〕1282号", "23-11月-26 12.00.00.000000 上午", kind="警告;其它-责令改正",
                    content="警告，责令改正", fine=""),
            pen2019(244, "甘州市监罚〔2026〕1283号", "24-11月-26", end="23-11月-29")]
    put("penalties/88_Oracle中文环境导出_日期.csv", _csv_bytes([P2019, *rows], "gbk"), "oracle-cn-date",
        "GBK CSV from an Oracle-based system in a Chinese session: 处罚决定日期 as DD-MON-RR (22-11月-26), a TIMESTAMP "
        "(23-11月-26 12.00.00.000000 上午), 处罚有效期 23-11月-29 (each was bad-date); 处罚类别 其它-责令改正 read as "
        "其他-责令改正", 3, header_row=1, layout="sgs2019")
    rows = [lic2019(245, "甘州市监许〔2026〕891号", "2026/11/20"), lic2019(246, "甘州市监许〔2026〕892号", "2026/11/21")]
    rows[0][L2019.index("许可类别")], rows[1][L2019.index("许可类别")] = "其它", "其它-备案"
    put("licenses/89_许可类别其它.csv", _csv_bytes([L2019, *rows], "gbk"), "oracle-cn-date",
        "GBK CSV of the 2019 licence template whose 许可类别 is written 其它 and 其它-备案 (read as 其他, the named kind kept "
        "in 备注; each row was refused as unknown-code)", 2, header_row=1, layout="sgs2019")

    # 90. The 2016 standard's 处罚类别 code 4 (暂扣或者吊销许可证、暂扣或者吊销执照), made definite by 处罚结果.
    rows = [p2016(247, "甘州市监罚〔2026〕1291号", "2026/11/20", cat1="4"),
            p2016(248, "甘州市监罚〔2026〕1292号", "2026/11/21", cat1="4", cat2="1")]
    rows[0][CF2016.index("CF_JG")] = "吊销食品经营许可证"
    rows[1][CF2016.index("CF_JG")] = "暂扣食品经营许可证一个月，并处罚款3000元"
    put("penalties/90_2016标准_处罚类别代码4.csv", _csv_bytes([CF2016, *rows], "gb18030"), "2016-penalty",
        "CSV, GB18030, the 2016 field codes with 处罚类别1 coded 4 (暂扣或者吊销许可证、暂扣或者吊销执照: 《行政处罚法》(1996) "
        "第八条（四）): read as those words and made definite by 处罚结果 (吊销 -> 吊销许可证件, 严重; 暂扣 -> 暂扣许可证件); "
        "each row was refused as unknown-code", 2, header_row=1, layout="sgs2016")

    # 91-92. A bare 罚款金额 header, the unit stated once for the table in a title row (report templates).
    bare = ["罚款金额" if h == "罚款金额（万元）" else h for h in P2019]
    rows = [pen2019(249, "甘州市监罚〔2026〕1301号", dt.date(2026, 11, 20), fine=5000, content="罚款5000元"),
            pen2019(250, "甘州市监罚〔2026〕1302号", dt.date(2026, 11, 21), fine=800, content="罚款800元")]
    titles = [["张掖市甘州区市场监督管理局行政处罚信息公示表"], ["编制单位：甘州区市场监督管理局", *[""] * 28, "金额单位：元"]]
    put("penalties/91_报表模板_金额单位在标题行.xlsx",
        _xlsx_bytes({"行政处罚": [*titles, bare, *rows]}, {"行政处罚": [(0, 0, 0, 29)]}), "unit-above",
        "XLSX under a merged title and a row 编制单位：… | … | 金额单位：元, the fine headed 罚款金额 with no unit (read in 元 "
        "and converted: 0.5 and 0.08 万元, said as column-amount-unit-from-title; it was withheld as "
        "column-amount-unit-unknown)", 2, header_row=3, layout="sgs2019")
    rows = [pen2019(251, "甘州市监罚〔2026〕1303号", "2026/11/22", fine="0.3", content="罚款3000元")]
    put("penalties/92_标题写明单位万元.csv", _csv_bytes([["行政处罚信息（单位：万元）"], bare, *rows], "gbk"), "unit-above",
        "GBK CSV, a title row 行政处罚信息（单位：万元） above a bare 罚款金额 (read in 万元: 0.3; it was withheld)", 1,
        header_row=2, layout="sgs2019")

    # 93. 罚款金额 pointing to the decision instead of the figure.
    rows = [pen2019(252, "甘州市监罚〔2026〕1311号", "2026-11-23", fine="见附件", content="罚款，具体数额见决定书"),
            pen2019(253, "甘州市监罚〔2026〕1312号", "2026-11-24", fine="详见决定书", content="没收违法所得并处罚款"),
            pen2019(254, "甘州市监罚〔2026〕1313号", "2026-11-24", fine="—", content="警告并处罚款", kind="警告;罚款"),
            pen2019(259, "甘州市监罚〔2026〕1314号", "2026-11-24", fine="5000元（大写：伍仟元整）",
                    content="罚款人民币5000元（大写：伍仟元整）")]
    put("penalties/93_罚款金额见附件.csv", _csv_bytes([P2019, *rows], "gb18030"), "amount-referred",
        "GB18030 CSV, 罚款金额（万元） written 见附件 and 详见决定书 (published without the amount, amount-not-stated; "
        "each penalty was refused as bad-amount), — (an empty cell, as before) and 5000元（大写：伍仟元整） as the decision "
        "writes money (0.5 万元; it was bad-amount; source amount-restated)", 4, header_row=1, layout="sgs2019")

    # 94. 证件类型 as GA/T 517 codes: a natural person (111) and an operator's document (111).
    person_id, operator_id = ric("19790305", "412"), ric("19860719", "233")
    rows = [pen2019(255, "甘州市监罚〔2026〕1321号", "2026-11-25", category="自然人", fine="0.02", content="罚款200元"),
            pen2019(256, "甘州市监罚〔2026〕1322号", "2026-11-25", category="个体工商户")]
    rows[0][0], rows[0][2], rows[0][8] = "李四海", "", ""
    rows[0][P2019.index("证件类型")], rows[0][P2019.index("证件号码")] = "111", person_id
    rows[1][0], rows[1][2] = "甘州区李记小吃店", make_uscc(256, prefix="92")
    rows[1][P2019.index("法定代表人证件类型")], rows[1][P2019.index("法定代表人证件号码")] = "111", operator_id
    put("penalties/94_证件类型代码_GA-T517.csv", _csv_bytes([P2019, *rows], "gbk"), "id-type-code",
        "GBK CSV, 证件类型 and 法定代表人证件类型 written as GA/T 517 codes (111 = 居民身份证): read as 居民身份证, so the "
        "number gets the GB 11643 check; the person's name masked, both numbers never public", 2, header_row=1,
        layout="sgs2019")

    # 95. A credit site's JSON interface answering the 2019 field codes as a Java bean's camelCase names (cfXdrMc …).
    def camel(code: str) -> str:
        head, *rest = code.lower().split("_")
        return head + "".join(part.capitalize() for part in rest)

    records = []
    for k in range(2):
        row = pen2019(257 + k, f"甘州市监罚〔2026〕133{k + 1}号", f"2026-11-2{k + 5} 00:00:00", fine=0.2 + k / 10,
                      content=f"罚款{2000 + k * 1000}元")
        records.append({camel(c): v for c, v in zip(CF2019, row) if v != ""} | {"id": f"a8e{k}", "publishDate": "2026-11-27"})
    put("penalties/95_信用网站接口_驼峰字段名.json",
        json.dumps({"success": True, "result": {"total": 2, "records": records}}, ensure_ascii=False, indent=1),
        "creditchina-json",
        "JSON, a credit site's interface answering the 2019 field codes as camelCase keys (cfWsh, cfXdrMc, cfXdrShxym, "
        "cfCflb, cfNrFk, cfJdrq, cfCfjg …) beside its own id and publishDate: read as the codes (the file was refused "
        "for lacking every required column, and the build stopped)", 2, header_row=1, layout="sgs2019")

    # 96. A 政务服务 platform's 电子证照 library export (GB/T 36903-2018 metadata), an organisation's and a person's licence.
    header = ["证照名称", "证照编号", "持证主体", "持证主体代码", "持证主体代码类型", "证照颁发机构", "证照颁发机构代码",
              "证照颁发日期", "证照有效期起始日期", "证照有效期截止日期", "证照状态"]
    name, uscc = company(260)
    holder_id = ric("19900815", "318")
    rows = [["食品经营许可证", "JY16207020026001", name, uscc, "001", AUTHORITY, AUTHORITY_CODE, dt.date(2026, 11, 6),
             dt.date(2026, 11, 6), dt.date(2031, 11, 5), "有效"],
            ["食品经营许可证", "JY26207020026002", "欧阳玉兰", holder_id, "111", AUTHORITY, AUTHORITY_CODE,
             dt.date(2026, 11, 9), dt.date(2026, 11, 9), dt.date(2031, 11, 8), "有效"]]
    put("licenses/96_政务服务平台_电子证照导出.xlsx", _xlsx_bytes({"电子证照": [header, *rows]}), "dzzz",
        "XLSX, a 政务服务 platform's 电子证照 export by the GB/T 36903-2018 metadata (证照名称, 证照编号, 持证主体, 持证主体代码, "
        "持证主体代码类型 001/111, 证照颁发机构, 证照颁发机构代码, 证照颁发日期, 证照有效期起始日期/截止日期, 证照状态): the "
        "licence's name and issue date stand for the decision's, its number is the key, the holder's code read value by "
        "value (a person's 身份号码 never public); 许可类别 and 许可内容 from columns.toml [defaults.dzzz] (the file was "
        "refused for lacking nine columns)", 2, header_row=1, layout="dzzz")

    # 97. A FoxPro table (.dbf, code page 936): field codes cut to 10 characters, a date field, a deleted record.
    def dbf_bytes(rows: list[list[Any]], deleted: int) -> bytes:
        import struct

        long_text = {"CF_SY", "CF_YJ", "CF_NR"}
        fields = [(c[:10], "D" if c == "CF_JDRQ" else "C", 8 if c == "CF_JDRQ" else 254 if c in long_text else 60)
                  for c in CF2019]
        header_length, record_length = 32 + 32 * len(fields) + 1, 1 + sum(length for _, _, length in fields)
        out = bytearray(struct.pack("<BBBBIHH20x", 0x03, 126, 11, 1, len(rows), header_length, record_length))
        out[29] = 0x4D
        for name, kind, length in fields:
            out += struct.pack("<11sc4xBB14x", name.encode(), kind.encode(), length, 0)
        out += b"\r"
        for r, row in enumerate(rows):
            cells = [(v.strftime("%Y%m%d") if isinstance(v, dt.date) else str(v)).encode("gbk")[:length].ljust(length)
                     for v, (_, _, length) in zip(row, fields)]
            out += (b"*" if r == deleted else b" ") + b"".join(cells)
        return bytes(out + b"\x1a")

    rows = [pen2019(270 + k, f"甘州市监罚〔2026〕197{k}号", dt.date(2026, 11, 10 + k)) for k in range(3)]
    put("penalties/97_FoxPro导出.dbf", dbf_bytes(rows, deleted=1), "dbf",
        "DBF, a FoxPro table (dBase III header, code page 936): the 2019 field codes cut to 10 characters (CF_XDR_SHX), "
        "处罚决定日期 a date field (20261110), one record marked deleted; the file was ignored (file-unknown-type, a "
        "warning) and its records lost", 2, header_row=1, layout="sgs2019")

    # 98. ADO's persisted recordset (adPersistXML): the 2019 headers in rs:name, each record a z:row of attributes.
    schema = "".join(f'<s:AttributeType name="c{i}" rs:number="{i + 1}" rs:name="{h}"><s:datatype dt:type="string" '
                     'dt:maxLength="255"/></s:AttributeType>' for i, h in enumerate(P2019))
    records = "".join("<z:row " + " ".join(f'c{i}="{html.escape(str(v))}"' for i, v in enumerate(row) if v != "") + "/>"
                      for row in [pen2019(273 + k, f"甘州市监罚〔2026〕198{k}号", f"2026-11-1{k}T00:00:00")
                                  for k in range(2)])
    put("penalties/98_ADO记录集导出.xml",
        "<xml xmlns:s='uuid:BDC6E3F0-6DA3-11d1-A2A3-00AA00C14882' xmlns:dt='uuid:C2F41010-65B3-11d1-A29F-00AA00C14882' "
        "xmlns:rs='urn:schemas-microsoft-com:rowset' xmlns:z='#RowsetSchema'>\n<s:Schema id='RowsetSchema'>"
        f"<s:ElementType name='row' content='eltOnly' rs:updatable='true'>{schema}</s:ElementType></s:Schema>\n"
        f"<rs:data>{records}</rs:data>\n</xml>\n", "ado-xml",
        "XML, ADO's Recordset.Save adPersistXML (VB6/ASP/Access): the column names in s:Schema's rs:name, each record a "
        "z:row whose attributes are its fields, empty fields left out, dates as 2026-11-10T00:00:00; the file was ignored "
        "as a settings file (file-unknown-type, a warning) and its records lost", 2, header_row=1, layout="sgs2019")

    # 99. JSON Lines under its own extension, as an incremental feed writes it (one record a line).
    rows = [pen2019(280 + k, f"甘州市监罚〔2026〕199{k}号", f"2026-11-1{k}") for k in range(2)]
    put("penalties/99_增量推送.jsonl", "".join(json.dumps(dict(zip(P2019, r)), ensure_ascii=False) + "\n" for r in rows),
        "jsonlines", "JSON Lines as .jsonl, one record a line under the 2019 headers; the file was ignored (file-unknown-type, "
        "a warning) and its records lost", 2, header_row=1, layout="sgs2019")

    # 100. A year's 台账: one sheet per month under a title row, and a 汇总 sheet counting them.
    months = {f"{m}月": [[f"2026年{m}月行政处罚信息公示"], P2019,
                         *(pen2019(282 + 2 * (m - 9) + k, f"甘州市监罚〔2026〕20{m:02d}{k}号", f"2026-{m:02d}-1{k}")
                           for k in range(2))] for m in (9, 10)}
    summary = [["2026年行政处罚案件汇总表"], ["序号", "处罚机关", "案件数（件）", "罚款金额（万元）",
                                       "没收违法所得、没收非法财物的金额（万元）"], [1, AUTHORITY, 4, 2, 0], ["合计", "", 4, 2, 0]]
    put("penalties/100_2026年行政处罚台账.xlsx", _xlsx_bytes({"汇总": summary, **months}), "taizhang-summary",
        "XLSX, a year's 台账: a 汇总 sheet (序号, 处罚机关, 案件数（件）, 罚款金额（万元）, a 合计 row) before the month sheets, "
        "each under a title row; the 汇总 sheet stopped the build (file-missing-column)", 4, header_row=2,
        layout="sgs2019", sheets=["9月", "10月"], skipped_sheet="汇总")

    # 101. pandas DataFrame.to_json() with its default orient="columns".
    rows = [pen2019(286 + k, f"甘州市监罚〔2026〕210{k}号", f"2026-11-0{k + 3}") for k in range(2)]
    columns = {h: {str(k): r[i] for k, r in enumerate(rows)} for i, h in enumerate(P2019)}
    put("penalties/101_pandas默认导出.json", json.dumps(columns, ensure_ascii=False), "pandas-json",
        "JSON as pandas DataFrame.to_json() writes it by default (orient=\"columns\": {column: {index: value}}); it was "
        "taken for a note (file-unknown-type) and its records lost", 2, header_row=1, layout="sgs2019")

    # 102. Two exports joined with copy /b, the second keeping its UTF-8 mark; a 合计 typeset with spaces under it.
    first = _csv_bytes([P2019, *(pen2019(288 + k, f"甘州市监罚〔2026〕211{k}号", f"2026-11-0{k + 5}") for k in range(2))],
                       "utf-8-sig")
    total = [""] * len(P2019)
    total[0], total[P2019.index("行政处罚决定书文号")], total[P2019.index("罚款金额（万元）")] = "合　　计", "共2件", "1"
    second = _csv_bytes([P2019, *(pen2019(290 + k, f"甘州市监罚〔2026〕212{k}号", f"2026-11-0{k + 7}") for k in range(2)),
                         total], "utf-8-sig")
    put("penalties/102_两次导出合并.csv", first + second, "copy-b",
        "CSV, two UTF-8 exports joined with copy /b: the second header starts with its byte-order mark (read as the "
        "header repeated, row-repeated-header), and a 合　　计 row with full-width spaces and 共2件 at the end (a footer); "
        "the whole file was refused for a 行政相对人名称 column it has", 4, header_row=1, layout="sgs2019", not_data=1,
        repeated_header=1)

    (root / "manifest.json").write_text(json.dumps({"as_of": AS_OF, "files": manifest, "private": sorted(set(PRIVATE))},
                                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = ["# Sources of the export corpus (tests/exports/data)", "",
             "Written by `tests/exports/make_exports.py` (regenerate with `.venv/bin/python "
             "tests/exports/make_exports.py`). Shapes come from the sources below; values are synthetic.", "",
             "## Files", "", "| file | shape | source |", "|---|---|---|"]
    lines += [f"| `{m['file']}` | {m['shape']} | {m['source']} |" for m in manifest]
    lines += ["", "## Sources", ""]
    lines += [f"- **{key}**: {text}" for key, text in SOURCES.items()]
    (root / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    files = build()
    print(f"{sum(1 for f in files if not f.get('mapping'))} export files written to {HERE / 'data'}")
