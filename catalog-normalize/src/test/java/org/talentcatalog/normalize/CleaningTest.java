package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cleaning of real posting titles (issue 15's samples and rows like them). */
class CleaningTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            抖音快手客服 不加班                          | 抖音快手客服
            射频IC设计（上海张江，年薪40万+）             | 射频ic设计
            抚州8k续保专员/五险双休/员工餐                | 续保专员
            招三人客服!!快乐式工作,到点就下班!!            | 客服
            1.Java开发工程师 月入3万                     | java开发工程师
            ＰＨＰ程序员【急招】                          | php程序员
            新北区三井恒源小吃店招聘收银                  | 收银
            斑马森林动漫有限公司招聘服务员                | 服务员
            销售代表（博罗）                             | 销售代表
            生活服务-商家BD-哈尔滨                       | 生活服务 商家bd
            新媒体运营(J10305)                          | 新媒体运营
            普工+包吃包住+综合薪资5-6k+汽车厂              | 普工 汽车厂
            空调维修工五险双休                           | 空调维修工
            文案策划 6K-8K 月休6天                       | 文案策划
            C++开发                                     | c++开发
            3D设计师                                    | 3d设计师
            急诊科护士                                   | 急诊科护士
            大理石工                                    | 大理石工
            三明治制作                                  | 三明治制作
            招商经理                                    | 招商经理
            双休                                       | 双休
            """)
    void removesCompanyPlacePayBenefitsNotesAndNumbering(String title, String cleaned) {
        assertEquals(cleaned, TitleCoder.clean(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ＳＱＬ工程师（全职）　　２名 | sql工程师
            【上海】Ｃ＃开发          | c#开发
            """)
    void fullWidthFormsBecomeHalfWidth(String title, String cleaned) {
        assertEquals(cleaned, TitleCoder.clean(title));
    }
}
