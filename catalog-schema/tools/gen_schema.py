#!/usr/bin/env python3
"""Generates the draft-07 JSON Schema of the talent catalog exchange format 1.0 (docs/format.md)."""
import json, os

NONBLANK = "[^\\s\\u00a0\\u3000]"
EXT = {"^x-.+": {"description": "扩展成员，原样保留 / vendor extension member, carried through untouched"}}

def d(zh, en): return f"{zh} / {en}"

def enum(codes, zh, en):
    labels = "; ".join(f"{c} {z}" for c, z in codes)
    return {"type": "string", "enum": [c for c, _ in codes], "description": d(zh, en) + " — " + labels}

def text(maxlen, zh, en):
    return {"type": "string", "pattern": NONBLANK, "maxLength": maxlen, "description": d(zh, en)}

def obj(props, required=(), ext=False, zh="", en=""):
    o = {"type": "object", "description": d(zh, en), "properties": props, "additionalProperties": False}
    if required: o["required"] = list(required)
    if ext: o["patternProperties"] = EXT
    return o

def arr(items, zh, en, min_items=None):
    a = {"type": "array", "items": items, "uniqueItems": True, "description": d(zh, en)}
    if min_items: a["minItems"] = min_items
    return a

def date(zh, en): return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": d(zh, en) + " (YYYY-MM-DD)"}

VERSION = "^[0-9]{4}(\\.[0-9]{1,3})?$"
ROLES = [("MUNICIPAL_HRSS","市人力资源社会保障局"),("DISTRICT_HRSS","区人力资源社会保障局"),("INDUSTRY_AUTHORITY","行业主管部门"),("DISTRICT_GOVERNMENT","区政府"),("KEY_AREA_AUTHORITY","重点区域管理机构"),("RESEARCH_INSTITUTE","科研院所"),("INDUSTRY_ASSOCIATION","行业协会"),("ENTERPRISE","龙头企业"),("HR_SERVICE_AGENCY","人力资源服务机构"),("OTHER","其他")]
LEVELS = [("VERY_SCARCE","非常紧缺 ★★★"),("SCARCE","紧缺 ★★"),("GENERALLY_SCARCE","一般紧缺 ★")]
RESPONDENTS = [("EMPLOYER","用人单位"),("INDUSTRY_ASSOCIATION","行业协会"),("HR_SERVICE_AGENCY","人力资源服务机构"),("RESEARCH_INSTITUTE","科研院所"),("THIRD_PARTY_DATA","第三方数据")]
CREDIT = {"type": "string", "pattern": "^[0-9A-HJ-NPQRTUW-Y]{18}$", "description": d("统一社会信用代码（GB 32100-2015，18 位；校验码由规则 R8 检查）", "unified social credit code (GB 32100-2015, 18 characters; the check character is rule R8)")}

org_props = {
    "name": text(2000, "名称", "name"),
    "role": enum(ROLES, "角色", "role"),
    "creditCode": CREDIT,
}
definitions = {
  "localizedText": obj({"zh": text(200, "中文", "Chinese"), "en": text(200, "英文", "English")}, ["zh"], zh="中英文文本（zh 必填）", en="text in Chinese (required) and English"),
  "description": obj({"zh": text(4000, "中文", "Chinese"), "en": text(4000, "英文", "English")}, ["zh"], zh="岗位职责（每种语言至多 4000 字符）", en="duties, at most 4000 characters per language"),
  "organization": obj(org_props, ["name", "role"], zh="机构", en="organisation"),
  "position": obj({
    "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "description": d("岗位标识，版内唯一、跨版稳定", "position id, unique in the edition and stable across editions")},
    "name": {"$ref": "#/definitions/localizedText"},
    "industry": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]{1,63}$", "description": d("产业类别代码", "industry code")},
    "industryClass": {"type": "string", "pattern": "^[A-T]([0-9]{2}([0-9]{1,2})?)?$", "description": d("国民经济行业分类（GB/T 4754-2017）代码", "GB/T 4754-2017 industry class")},
    "occupationCode": {"type": "string", "pattern": "^[1-8]-[0-9]{2}(-[0-9]{2}){0,2}$", "description": d("《职业分类大典》(2022) 代码，如 2-02-09-06", "occupation code of the 2022 classification, e.g. 2-02-09-06")},
    "category": enum([("BASIC_RESEARCH","理论研究类"),("APPLIED_TECHNOLOGY","应用技术类"),("STRATEGIC_MANAGEMENT","战略管理类"),("BUSINESS_OPERATIONS","业务经办类")], "岗位类别", "job category"),
    "description": {"$ref": "#/definitions/description"},
    "requirements": obj({
        "education": enum([("DOCTORATE","博士研究生"),("MASTER","硕士研究生"),("BACHELOR","大学本科"),("ASSOCIATE","大学专科"),("VOCATIONAL","中职及技工"),("HIGH_SCHOOL","高中"),("UNSPECIFIED","不限")], "最低学历", "minimum education"),
        "majors": arr(text(200, "专业", "major"), "专业背景", "majors"),
        "competencies": arr(text(200, "能力", "competency"), "能力需求", "competencies"),
        "experience": obj({"minYears": {"type": "integer", "minimum": 0, "maximum": 50, "description": d("最少工作年限", "minimum years")},
                           "description": text(2000, "经历说明", "description")}, ["minYears"], zh="过往业绩（经历）", en="experience"),
        "certifications": arr(text(200, "职称或职业资格", "certification"), "职称/职业资格", "titles and qualifications"),
    }, ["education"], ext=True, zh="人才素质与能力要求", en="requirements"),
    "shortage": obj({
        "level": enum(LEVELS, "急需紧缺程度", "shortage level"),
        "score": {"type": "number", "minimum": 0, "maximum": 1, "description": d("紧缺评分 0..1", "score 0..1")},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1, "description": d("等级正确的估计概率 0..1", "estimated probability that the level is right, 0..1")},
        "rationale": text(2000, "依据", "rationale"),
    }, ["level"], zh="急需紧缺程度（审定后必填）", en="shortage (required once approved)"),
    "demand": obj({
        "headcount": {"type": "integer", "minimum": 0, "description": d("需求人数", "headcount")},
        "salary": obj({
            "min": {"type": "number", "minimum": 0, "description": d("下限", "lower bound")},
            "max": {"type": "number", "minimum": 0, "description": d("上限（不小于下限，规则 R6）", "upper bound (not below min, rule R6)")},
            "currency": {"type": "string", "pattern": "^[A-Z]{3}$", "description": d("ISO 4217 货币代码，缺省为 CNY，仅在给出时写回", "ISO 4217 currency, CNY when absent, written back only if given")},
            "period": enum([("YEAR","年"),("MONTH","月")], "计薪周期", "period"),
        }, ["min", "max", "period"], zh="参考薪酬", en="reference salary"),
    }, zh="需求数量与参考薪酬", en="demand"),
    "policies": arr(enum([("TALENT_INTRODUCTION","引进"),("RESIDENCE","落户"),("TRAINING","培训"),("EVALUATION","评价"),("INCENTIVE","激励"),("HOUSING","安居"),("SERVICE","服务")], "政策", "policy"), "配套政策（转化应用）", "support policies"),
  }, ["id", "name", "industry", "category", "requirements"], ext=True, zh="岗位（目录条目）", en="position (catalog entry)"),
}

schema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://talentcatalog.org/schema/catalog-1.0.schema.json",
  "title": "急需紧缺人才目录 交换格式 1.0 / Talent shortage catalog exchange format 1.0",
  "description": d("一版人才目录的规范 JSON 形式。本模式检查每个成员的格式；跨成员规则 R1–R18 由校验器（catalog validate）检查。日期须为真实日历日期（format: date，需启用格式断言）。",
                   "The canonical JSON of one catalog edition. This schema checks each member's format; the cross-member rules R1–R18 are checked by the validator (catalog validate). Dates must be real calendar dates (format: date, with format assertion enabled)."),
  "type": "object",
  "required": ["formatVersion", "id", "title", "kind", "level", "scope", "edition", "status", "issuance", "positions"],
  "additionalProperties": False,
  "patternProperties": EXT,
  "properties": {
    "formatVersion": {"type": "string", "const": "1.0", "description": d("格式版本", "format version")},
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{1,63}$", "description": d("目录系列标识，跨版稳定，如 sh-ic", "catalog series id, stable across editions, e.g. sh-ic")},
    "title": {"$ref": "#/definitions/localizedText"},
    "kind": enum([("INDUSTRY","产业人才目录"),("REGIONAL","区域人才目录"),("SPECIAL","专项人才目录")], "目录类型", "catalog kind"),
    "level": enum([("MUNICIPAL","市级"),("DISTRICT","区级")], "发文层级", "issuing level"),
    "scope": obj({
        "industries": arr({"type": "string", "pattern": "^[A-Z][A-Z0-9_]{1,63}$"}, "产业代码（产业目录必填，规则 R1）", "industry codes (required for an industry catalog, rule R1)"),
        "region": obj({"code": {"type": "string", "pattern": "^([0-9]{6}|[A-Z][A-Z0-9_]{1,63})$", "description": d("GB/T 2260 区划代码或重点区域代码", "GB/T 2260 code or key-area code")},
                       "name": text(2000, "区域名称", "region name")}, ["code", "name"], zh="区域（区域目录必填）", en="region (required for a regional catalog)"),
        "program": obj({"name": {"$ref": "#/definitions/localizedText"},
                        "type": enum([("MAJOR_STRATEGY","重大战略"),("MAJOR_ENGINEERING","重大工程"),("MAJOR_SCIENCE_FACILITY","重大科技基础设施"),("MAJOR_PROJECT","重大项目")], "专项类型", "programme type")},
                       ["name", "type"], zh="专项（专项目录必填）", en="programme (required for a special catalog)"),
    }, zh="覆盖范围", en="scope"),
    "edition": obj({
        "version": {"type": "string", "pattern": VERSION, "description": d("版本，如 2024 或 2024.1", "version, e.g. 2024 or 2024.1")},
        "publishedOn": date("发布日期", "publication date"),
        "validFrom": date("生效日期", "valid from"),
        "validUntil": date("失效日期", "valid until"),
        "supersedes": {"type": "string", "pattern": VERSION, "description": d("所替代的版本", "version this edition supersedes")},
    }, ["version"], zh="版本与有效期", en="edition"),
    "status": enum([("DRAFT","编制中"),("EXPERT_REVIEW","专家论证"),("PUBLIC_CONSULTATION","公开征求意见"),("APPROVED","审定"),("PUBLISHED","已发布"),("SUPERSEDED","已被替代"),("WITHDRAWN","已撤回")], "状态", "status"),
    "issuance": obj({
        "compilers": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/organization"}, "description": d("编制部门（至少一个）", "compiling bodies (at least one)")},
        "jointIssuers": {"type": "array", "items": {"$ref": "#/definitions/organization"}, "description": d("联合发文单位", "joint issuers")},
        "documentNumber": text(100, "文号，如 沪人社力〔2023〕438号", "document number"),
        "contractor": obj(dict(org_props, selection=enum([("OPEN_COMPETITION","揭榜挂帅"),("TENDER","招标"),("DESIGNATED","指定")], "遴选方式", "selection")),
                          ["name", "role", "selection"], zh="承接机构", en="contractor"),
    }, ["compilers"], zh="编制与发文", en="issuance"),
    "methodology": obj({
        "survey": obj({
            "from": date("调研开始", "survey start"), "to": date("调研结束", "survey end"),
            "sampleSize": {"type": "integer", "minimum": 0, "description": d("样本量", "sample size")},
            "respondents": {"type": "object", "additionalProperties": False, "description": d("各来源样本数", "respondents per source"),
                            "properties": {c: {"type": "integer", "minimum": 0, "description": z} for c, z in RESPONDENTS}},
            "methods": arr(enum([("TYPICAL_SURVEY","典型调查"),("FIELD_RESEARCH","实地调研"),("THIRD_PARTY_DATA","第三方数据应用"),("QUESTIONNAIRE","问卷调查"),("INTERVIEW","访谈")], "调研方式", "method"), "调研方式", "survey methods"),
        }, zh="需求调研", en="demand survey"),
        "scoring": obj({
            "method": text(2000, "评价方法名称", "method name"),
            "indicators": {"type": "array", "description": d("指标", "indicators"), "items": obj({
                "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$"},
                "name": {"$ref": "#/definitions/localizedText"},
                "direction": enum([("POSITIVE","正向"),("NEGATIVE","负向")], "方向", "direction"),
                "weight": {"type": "number", "description": d("权重", "weight")}}, ["id", "direction"], zh="指标", en="indicator")},
            "thresholds": obj({c: {"type": "number", "minimum": 0, "maximum": 1, "description": z} for c, z in LEVELS},
                              [c for c, _ in LEVELS], zh="等级阈值（不低于阈值即属该等级，须递减）", en="level thresholds (score at or above gets the level; descending)"),
        }, zh="评价方法", en="scoring method"),
        "consultations": {"type": "array", "description": d("征求意见", "consultations"), "items": obj({
            "type": enum([("DEPARTMENT_SEMINAR","部门座谈会"),("EXPERT_REVIEW","专家论证会"),("PUBLIC_CONSULTATION","公开征求意见")], "方式", "type"),
            "date": date("日期", "date"),
            "participants": {"type": "integer", "minimum": 0},
            "summary": text(2000, "纪要", "summary")}, ["type", "date"], zh="一次征求意见", en="consultation")},
    }, zh="编制方法", en="methodology"),
    "positions": {"type": "array", "items": {"$ref": "#/definitions/position"}, "description": d("岗位（仅编制中或已撤回时可为空）", "positions (may be empty only in DRAFT or WITHDRAWN)")},
  },
  "definitions": definitions,
}
out = os.path.join(os.path.dirname(__file__), "..", "src/main/resources/org/talentcatalog/schema/catalog-1.0.schema.json")
with open(out, "w", encoding="utf-8") as f:
    f.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
