package org.talentcatalog.normalize.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Place names that postings put before, after or beside a title (上海张江, 抚州, 销售代表（博罗）): the
 * provinces, the larger cities and Shanghai's districts and zones, each also with 省, 市, 区, 县 or 新区.
 * Stripped only at the start or end of a word, or as a whole word, never inside one.
 */
final class Places {

    private static final String NAMES = "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
            + "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 "
            + "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 "
            + "呼和浩特 包头 鄂尔多斯 赤峰 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 长春 四平 辽源 "
            + "通化 松原 延边 哈尔滨 齐齐哈尔 牡丹江 佳木斯 大庆 绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 "
            + "宿迁 昆山 江阴 常熟 张家港 太仓 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 合肥 芜湖 蚌埠 淮南 "
            + "马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 泉州 漳州 南平 龙岩 宁德 晋江 "
            + "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 "
            + "临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 "
            + "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 "
            + "永州 怀化 娄底 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 "
            + "云浮 顺德 南海 番禺 南宁 柳州 桂林 梧州 北海 钦州 贵港 玉林 百色 海口 三亚 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 "
            + "广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 "
            + "昭通 丽江 临沧 西双版纳 拉萨 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 天水 西宁 "
            + "银川 乌鲁木齐 克拉玛依 喀什 "
            + "浦东 黄浦 静安 徐汇 长宁 普陀 虹口 杨浦 闵行 宝山 嘉定 金山 松江 青浦 奉贤 崇明 张江 临港 陆家嘴 漕河泾 外高桥 "
            + "虹桥 莘庄 七宝 安亭 南翔 川沙 周浦 康桥 金桥 唐镇 惠南 泗泾 九亭 洞泾 朱家角 "
            + "海淀 朝阳区 丰台 东城 西城 昌平 大兴 通州 顺义 亦庄 望京 中关村 天河 越秀 白云 黄埔 南山 福田 罗湖 宝安 龙岗 龙华 "
            + "萧山 余杭 滨江 西湖区 江宁 鼓楼 玄武 秦淮 建邺 浦口 雨花台 工业园区 高新区 经开区 开发区 新北区 武进 相城 吴中 吴江 "
            + "博罗 惠阳 增城 花都 从化 南沙 全国 异地 本地 市区 市内 各区 多地 多城市 同城 周边";

    private static final Set<String> SET = new HashSet<>();
    private static final int LONGEST;

    static {
        int longest = 0;
        for (String n : NAMES.split(" ")) {
            for (String suffix : new String[] {"", "省", "市", "区", "县", "新区", "地区"}) {
                SET.add(n + suffix);
                longest = Math.max(longest, n.length() + suffix.length());
            }
        }
        LONGEST = longest;
    }

    private Places() {
    }

    /** Whether the word is a place name alone. */
    static boolean isPlace(String word) {
        return SET.contains(word);
    }

    /**
     * The text with place names taken off the start and end of each space-separated word, as long as
     * two or more characters of the word remain.
     */
    static String strip(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String w : s.split(" ")) {
            String t = w;
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int len = Math.min(LONGEST, t.length() - 2); len >= 2; len--) {
                    if (SET.contains(t.substring(0, len))) {
                        t = t.substring(len);
                        changed = true;
                        break;
                    }
                    if (SET.contains(t.substring(t.length() - len))) {
                        t = t.substring(0, t.length() - len);
                        changed = true;
                        break;
                    }
                }
            }
            out.append(t).append(' ');
        }
        return out.toString();
    }
}
