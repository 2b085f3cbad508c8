package org.credence.synthetic.internal;

import java.util.SplittableRandom;

/**
 * Word lists for names: the most common surnames weighted by their share of the population, given-name characters by
 * sex, and the words organisations are named with.
 */
final class Names {

    private static final String[] SURNAMES =
            ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡"
                            + " 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段"
                            + " 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 诸葛 司马")
                    .split(" ");
    /** Shares in hundredths of a percent, same order as {@link #SURNAMES}. */
    private static final double[] SURNAME_WEIGHTS = {
        725, 719, 683, 538, 453, 308, 223, 229, 205, 189, 146, 138, 129, 126, 116, 115, 106, 100, 97, 86, 82, 80, 62,
        61, 61, 59, 58, 56, 56, 54, 53, 52, 51, 50, 49, 47, 47, 46, 46, 45, 44, 43, 42, 41, 39, 38, 37, 36, 35, 35, 34,
        34, 33, 32, 32, 31, 30, 30, 29, 29, 28, 28, 27, 27, 26, 26, 25, 25, 24, 24, 24, 23, 23, 23, 22, 22, 22, 21, 21,
        20, 20, 20, 19, 19, 19, 18, 18, 18, 17, 17, 17, 16, 16, 16, 16, 15, 15, 15, 14, 14, 3, 1, 1
    };

    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国文志海峰东亮成兵博晨晖坤乐鸣楠琦锐瑞森天翔新兴轩洋毅泽哲振子梓然";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英燕萍红玉兰梅琳婷雪慧颖欣怡佳倩洁璐晶莉琴云丹蓉薇月春雯蕾璇悦思涵妍嘉晓露瑶彤雨萱";
    private static final String[] WORDS = ("恒信 华泰 鑫源 宏达 永盛 金桥 瑞丰 天成 嘉禾 博远 安泰 中科 新锐 汇通 德辉 锦程 明辉 正元 创新 联创 远航 盛世 兴隆 富康"
                    + " 同创 东方 南洋 北辰 海纳 星河 鼎盛 润泽 祥和 万通 景明 通达 广源 长青 凯旋 腾飞")
            .split(" ");
    private static final String[] INDUSTRIES = ("科技 贸易 建设工程 物流 电子 机械 食品 医药 纺织 房地产开发 信息技术 餐饮管理 文化传媒 环保科技 新能源 农业开发 化工"
                    + " 汽车销售 装饰工程 劳务服务 企业管理咨询 网络科技 教育科技 生物科技 新材料 供应链管理 物业服务")
            .split(" ");
    private static final String[] SHOPS = "小吃店 便利店 五金店 理发店 服装店 水果店 餐馆 汽车修理部 烟酒店 早餐店 日用品商店 粮油店 茶叶店 面馆 副食品店".split(" ");
    private static final String[] FARMING = "种植 养殖 果蔬 茶叶 水产 农机 蔬菜 中药材 食用菌 生猪养殖".split(" ");
    private static final String[] ORGANS = ("市场监督管理局 税务局 生态环境局 人力资源和社会保障局 住房和城乡建设局 交通运输局 农业农村局 卫生健康委员会 教育局"
                    + " 财政局 应急管理局 文化和旅游局 商务局 自然资源和规划局 统计局")
            .split(" ");
    private static final String[] INSTITUTIONS =
            "人民医院 中医院 妇幼保健院 疾病预防控制中心 图书馆 博物馆 职业技术学校 广播电视台 实验小学 第一中学 第二中学 第三中学".split(" ");
    private static final String[] ASSOCIATIONS =
            ("律师协会 注册会计师协会 个体劳动者协会 建筑业协会 餐饮行业协会 旅游协会 医师协会 物流协会 软件行业协会 食品工业协会" + " 会计学会 税务师协会 教育学会").split(" ");
    private static final String[] NON_ENTERPRISES = "职业技能培训学校 养老院 社会工作服务中心 幼儿园 康复中心 艺术培训学校".split(" ");
    private static final String[] FOUNDATIONS = "慈善基金会 教育基金会 公益基金会 助学基金会".split(" ");

    private static final WeightedChoice SURNAME = new WeightedChoice(SURNAME_WEIGHTS);

    private Names() {}

    static String person(SplittableRandom random, boolean male) {
        String pool = male ? MALE : FEMALE;
        String surname = SURNAMES[SURNAME.next(random)];
        char first = pool.charAt(random.nextInt(pool.length()));
        if (random.nextInt(100) < 35) {
            return surname + first;
        }
        return surname + first + pool.charAt(random.nextInt(pool.length()));
    }

    static String surname(SplittableRandom random) {
        return SURNAMES[SURNAME.next(random)];
    }

    static String enterprise(SplittableRandom random, String city) {
        int form = random.nextInt(100);
        String suffix = form < 85 ? "有限公司" : form < 95 ? "股份有限公司" : "有限责任公司";
        return city + pick(random, WORDS) + pick(random, INDUSTRIES) + suffix;
    }

    static String individualBusiness(SplittableRandom random, String city) {
        return city + surname(random) + "记" + pick(random, SHOPS);
    }

    static String cooperative(SplittableRandom random, String city) {
        return city + pick(random, WORDS) + pick(random, FARMING) + "专业合作社";
    }

    static String governmentOrgan(SplittableRandom random, String place) {
        return place + pick(random, ORGANS);
    }

    static String publicInstitution(SplittableRandom random, String place) {
        return place + pick(random, INSTITUTIONS);
    }

    static String association(SplittableRandom random, String place) {
        return place + pick(random, ASSOCIATIONS);
    }

    static String nonEnterprise(SplittableRandom random, String city) {
        return city + pick(random, WORDS) + pick(random, NON_ENTERPRISES);
    }

    static String foundation(SplittableRandom random, String city) {
        return city + pick(random, WORDS) + pick(random, FOUNDATIONS);
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
