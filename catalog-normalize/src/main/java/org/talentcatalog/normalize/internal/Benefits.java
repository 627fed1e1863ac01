package org.talentcatalog.normalize.internal;

import java.util.regex.Pattern;

/**
 * The benefits, working conditions and recruiting phrases that postings add to a title (不加班, 双休,
 * 五险一金, 包吃住, 急招 ...): words that say nothing of the occupation.
 */
final class Benefits {

    private static final String[] WORDS = {
        "五险一金", "六险一金", "五险二金", "五险", "六险", "社保", "公积金", "缴纳社保", "交社保",
        "不加班", "不用加班", "无加班", "周末双休", "双休", "单休", "大小周", "朝九晚五", "早九晚五", "早九晚六",
        "长白班", "白班", "夜班", "两班倒", "倒班", "做五休二", "做六休一", "轮休", "弹性工作", "弹性上班",
        "包吃包住", "包吃住", "包餐", "包水电", "可提供住宿", "包食宿", "管吃住", "提供食宿", "提供住宿", "包住宿", "免费住宿", "包吃", "包住", "员工餐", "工作餐",
        "餐补", "房补", "饭补", "交通补贴", "住房补贴", "补贴", "年终奖", "节日福利", "带薪年假", "带薪培训", "包培训",
        "高提成", "高底薪", "底薪", "提成", "高薪", "急招", "急聘", "诚聘", "直招", "热招", "招聘", "聘请",
        "无需经验", "无经验", "经验不限", "可无经验", "零基础", "小白可", "接受小白", "不限经验", "有无经验均可",
        "无需坐班", "不坐班", "不用坐班", "到点就下班", "到点下班", "准时下班", "不跑业务", "不压货", "不打卡",
        "轻松", "待遇优", "待遇好", "福利好", "福利优", "环境好", "稳定", "可兼职", "兼职", "全职", "实习生", "实习",
        "应届生", "应届", "校招", "社招", "日结", "周结", "月结", "入职即缴", "上不封顶", "多劳多得", "可转正",
        "快乐式工作", "名额有限", "长期", "短期", "临时", "急缺", "紧急", "火热", "优秀",
    };

    private static final Pattern PATTERN;

    static {
        StringBuilder sb = new StringBuilder();
        for (String w : WORDS) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(w));
        }
        PATTERN = Pattern.compile(sb.toString());
    }

    private Benefits() {
    }

    /** The text without benefit words (each replaced by a space). */
    static String remove(String s) {
        return PATTERN.matcher(s).replaceAll(" ");
    }
}
