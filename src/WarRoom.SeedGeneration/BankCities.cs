namespace WarRoom.SeedGeneration;

/// <summary>A district of a branch's city that a sub-branch is named after.</summary>
internal sealed record District(string NameZh, string NameEn);

/// <summary>
/// A branch city. <see cref="Tier"/> is the branch's size tier and peer group (A the largest); districts are
/// listed core first, so a small bank names its sub-branches after the central districts.
/// </summary>
internal sealed record BranchCity(string NameZh, string NameEn, string Tier, IReadOnlyList<District> Districts);

/// <summary>The bank's twelve branch cities, in branch-code order (BR01 Beijing … BR12 Chongqing).</summary>
internal static class BankCities
{
    public static readonly IReadOnlyList<BranchCity> All =
    [
        City("北京", "Beijing", "A", "朝阳:Chaoyang 海淀:Haidian 西城:Xicheng 东城:Dongcheng 丰台:Fengtai 石景山:Shijingshan 通州:Tongzhou 顺义:Shunyi 昌平:Changping 大兴:Daxing 房山:Fangshan 门头沟:Mentougou 怀柔:Huairou 平谷:Pinggu 密云:Miyun 延庆:Yanqing"),
        City("上海", "Shanghai", "A", "浦东:Pudong 黄浦:Huangpu 徐汇:Xuhui 静安:Jing'an 长宁:Changning 虹口:Hongkou 杨浦:Yangpu 普陀:Putuo 闵行:Minhang 宝山:Baoshan 嘉定:Jiading 松江:Songjiang 青浦:Qingpu 奉贤:Fengxian 金山:Jinshan 崇明:Chongming"),
        City("广州", "Guangzhou", "A", "天河:Tianhe 越秀:Yuexiu 海珠:Haizhu 荔湾:Liwan 白云:Baiyun 黄埔:Huangpu 番禺:Panyu 花都:Huadu 南沙:Nansha 增城:Zengcheng 从化:Conghua"),
        City("深圳", "Shenzhen", "A", "福田:Futian 南山:Nanshan 罗湖:Luohu 宝安:Bao'an 龙岗:Longgang 龙华:Longhua 盐田:Yantian 光明:Guangming 坪山:Pingshan 大鹏:Dapeng"),
        City("杭州", "Hangzhou", "B", "上城:Shangcheng 西湖:Xihu 拱墅:Gongshu 滨江:Binjiang 萧山:Xiaoshan 余杭:Yuhang 临平:Linping 钱塘:Qiantang 富阳:Fuyang 临安:Lin'an 桐庐:Tonglu"),
        City("南京", "Nanjing", "B", "鼓楼:Gulou 玄武:Xuanwu 秦淮:Qinhuai 建邺:Jianye 栖霞:Qixia 雨花台:Yuhuatai 江宁:Jiangning 浦口:Pukou 六合:Luhe 溧水:Lishui 高淳:Gaochun"),
        City("苏州", "Suzhou", "B", "姑苏:Gusu 工业园区:Industrial Park 虎丘:Huqiu 吴中:Wuzhong 相城:Xiangcheng 吴江:Wujiang 昆山:Kunshan 常熟:Changshu 张家港:Zhangjiagang 太仓:Taicang"),
        City("成都", "Chengdu", "B", "锦江:Jinjiang 青羊:Qingyang 武侯:Wuhou 金牛:Jinniu 成华:Chenghua 高新:Hi-tech Zone 龙泉驿:Longquanyi 双流:Shuangliu 温江:Wenjiang 新都:Xindu 郫都:Pidu 青白江:Qingbaijiang"),
        City("武汉", "Wuhan", "C", "江岸:Jiang'an 江汉:Jianghan 武昌:Wuchang 洪山:Hongshan 汉阳:Hanyang 硚口:Qiaokou 青山:Qingshan 东西湖:Dongxihu 江夏:Jiangxia 黄陂:Huangpi 蔡甸:Caidian 新洲:Xinzhou 汉南:Hannan"),
        City("西安", "Xi'an", "C", "雁塔:Yanta 碑林:Beilin 新城:Xincheng 莲湖:Lianhu 未央:Weiyang 灞桥:Baqiao 长安:Chang'an 临潼:Lintong 高陵:Gaoling 阎良:Yanliang 鄠邑:Huyi"),
        City("天津", "Tianjin", "C", "和平:Heping 河西:Hexi 南开:Nankai 河东:Hedong 河北:Hebei 红桥:Hongqiao 滨海新区:Binhai New Area 东丽:Dongli 西青:Xiqing 津南:Jinnan 北辰:Beichen 武清:Wuqing 宝坻:Baodi"),
        City("重庆", "Chongqing", "C", "渝中:Yuzhong 江北:Jiangbei 渝北:Yubei 南岸:Nan'an 沙坪坝:Shapingba 九龙坡:Jiulongpo 大渡口:Dadukou 巴南:Banan 北碚:Beibei 万州:Wanzhou 涪陵:Fuling 永川:Yongchuan"),
    ];

    /// <summary>Relative weight of a tier when sub-branches and staff are shared out among branches.</summary>
    public static double TierFactor(string tier) => tier switch
    {
        "A" => 1.5,
        "B" => 1.0,
        _ => 0.8,
    };

    // "朝阳:Chaoyang 工业园区:Industrial Park": a space starts a new entry only when a Chinese name follows.
    private static BranchCity City(string zh, string en, string tier, string districts)
    {
        var list = new List<District>();
        foreach (var entry in districts.Split(' ').Aggregate(new List<string>(), Join))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            list.Add(new District(entry[..colon], entry[(colon + 1)..]));
        }

        return new BranchCity(zh, en, tier, list);
    }

    private static List<string> Join(List<string> entries, string word)
    {
        if (word.Contains(':', StringComparison.Ordinal) || entries.Count == 0)
        {
            entries.Add(word);
        }
        else
        {
            entries[^1] += " " + word;
        }

        return entries;
    }
}
