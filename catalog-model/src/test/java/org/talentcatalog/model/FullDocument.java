package org.talentcatalog.model;

/** A catalog document that holds every member of the format once, each on its own line. */
final class FullDocument {

    /** Every object, list and scalar member of docs/format.md, with extension members at the three levels that allow them. */
    static final String TEXT = """
            {
              "formatVersion": "1.0",
              "id": "lg-ai",
              "title": {"zh": "临港新片区人工智能急需紧缺人才目录", "en": "Lingang AI shortage catalog"},
              "kind": "REGIONAL",
              "level": "DISTRICT",
              "scope": {
                "industries": ["ARTIFICIAL_INTELLIGENCE"],
                "region": {"code": "310115", "name": "临港新片区"},
                "program": {"name": {"zh": "大飞机", "en": "Airliner"}, "type": "MAJOR_PROJECT"}
              },
              "edition": {"version": "2025", "publishedOn": "2025-03-15", "validFrom": "2025-04-01",
                "validUntil": "2027-03-31", "supersedes": "2023"},
              "status": "PUBLISHED",
              "issuance": {
                "compilers": [{"name": "临港新片区管委会", "role": "KEY_AREA_AUTHORITY", "creditCode": "11310000MB2F00001F"}],
                "jointIssuers": [{"name": "上海市人力资源和社会保障局", "role": "MUNICIPAL_HRSS"}],
                "documentNumber": "沪人社力〔2025〕3号",
                "contractor": {"name": "某人才服务公司", "role": "HR_SERVICE_AGENCY", "selection": "TENDER"}
              },
              "methodology": {
                "survey": {"from": "2024-09-01", "to": "2024-11-30", "sampleSize": 640,
                  "respondents": {"EMPLOYER": 120, "RESEARCH_INSTITUTE": 7}, "methods": ["INTERVIEW", "QUESTIONNAIRE"]},
                "scoring": {"method": "加权求和",
                  "indicators": [{"id": "demand_supply_ratio", "name": {"zh": "求人倍率"}, "direction": "NEGATIVE", "weight": 0.6}],
                  "thresholds": {"VERY_SCARCE": 0.75, "SCARCE": 0.5, "GENERALLY_SCARCE": 0.2}},
                "consultations": [{"type": "PUBLIC_CONSULTATION", "date": "2025-01-20", "participants": 31, "summary": "公开征求意见"}]
              },
              "positions": [
                {"id": "AI-001", "name": {"zh": "算法工程师", "en": "Algorithm engineer"}, "industry": "ARTIFICIAL_INTELLIGENCE",
                 "industryClass": "I6513", "occupationCode": "2-02-10-09", "category": "APPLIED_TECHNOLOGY",
                 "description": {"zh": "研发大模型"},
                 "requirements": {"education": "DOCTORATE", "majors": ["计算机科学与技术"], "competencies": ["深度学习"],
                   "experience": {"minYears": 3, "description": "大模型训练"}, "certifications": ["CFA"], "x-level": "高"},
                 "shortage": {"level": "SCARCE", "score": 0.62, "confidence": 0.8, "rationale": "供不应求"},
                 "demand": {"headcount": 40, "salary": {"min": 400000, "max": 800000.50, "currency": "CNY", "period": "YEAR"}},
                 "policies": ["HOUSING", "RESIDENCE"], "x-ref": 17}
              ],
              "x-source": {"vendor": "测试"}
            }
            """;

    private FullDocument() {
    }
}
