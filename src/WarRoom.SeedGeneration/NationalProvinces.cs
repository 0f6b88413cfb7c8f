namespace WarRoom.SeedGeneration;

/// <summary>A 一级分行's province (or separately planned city): names, the stem lower units are named after, weight, tier.</summary>
internal sealed record Province(string NameZh, string NameEn, string Stem, double Weight, string Tier)
{
    public string StemEn => NameEn[..^" Branch".Length];
}

/// <summary>
/// The 36 一级分行 of a national bank: the 31 provinces, autonomous regions and municipalities plus the five separately
/// planned cities (大连, 青岛, 宁波, 厦门, 深圳), in a conventional listing order. Weights are rough economic sizes (a
/// large coastal province about 8× a small western region); the tier (A the largest third) is the peer group.
/// </summary>
internal static class NationalProvinces
{
    public static readonly IReadOnlyList<Province> All =
    [
        new("北京市分行", "Beijing Branch", "北京", 4.0, "A"),
        new("天津市分行", "Tianjin Branch", "天津", 1.6, "B"),
        new("河北省分行", "Hebei Branch", "河北", 2.6, "B"),
        new("山西省分行", "Shanxi Branch", "山西", 1.5, "C"),
        new("内蒙古自治区分行", "Inner Mongolia Branch", "内蒙古", 1.3, "C"),
        new("辽宁省分行", "Liaoning Branch", "辽宁", 1.8, "B"),
        new("大连分行", "Dalian Branch", "大连", 0.9, "C"),
        new("吉林省分行", "Jilin Branch", "吉林", 1.0, "C"),
        new("黑龙江省分行", "Heilongjiang Branch", "黑龙江", 1.2, "C"),
        new("上海市分行", "Shanghai Branch", "上海", 4.2, "A"),
        new("江苏省分行", "Jiangsu Branch", "江苏", 6.0, "A"),
        new("浙江省分行", "Zhejiang Branch", "浙江", 5.0, "A"),
        new("宁波分行", "Ningbo Branch", "宁波", 1.2, "C"),
        new("安徽省分行", "Anhui Branch", "安徽", 2.4, "B"),
        new("福建省分行", "Fujian Branch", "福建", 2.5, "B"),
        new("厦门分行", "Xiamen Branch", "厦门", 0.8, "C"),
        new("江西省分行", "Jiangxi Branch", "江西", 1.6, "B"),
        new("山东省分行", "Shandong Branch", "山东", 4.8, "A"),
        new("青岛分行", "Qingdao Branch", "青岛", 1.1, "C"),
        new("河南省分行", "Henan Branch", "河南", 3.2, "A"),
        new("湖北省分行", "Hubei Branch", "湖北", 2.6, "B"),
        new("湖南省分行", "Hunan Branch", "湖南", 2.5, "B"),
        new("广东省分行", "Guangdong Branch", "广东", 6.5, "A"),
        new("深圳分行", "Shenzhen Branch", "深圳", 3.0, "A"),
        new("广西壮族自治区分行", "Guangxi Branch", "广西", 1.5, "C"),
        new("海南省分行", "Hainan Branch", "海南", 0.7, "C"),
        new("重庆市分行", "Chongqing Branch", "重庆", 1.9, "B"),
        new("四川省分行", "Sichuan Branch", "四川", 3.2, "A"),
        new("贵州省分行", "Guizhou Branch", "贵州", 1.2, "C"),
        new("云南省分行", "Yunnan Branch", "云南", 1.4, "C"),
        new("西藏自治区分行", "Tibet Branch", "西藏", 0.4, "C"),
        new("陕西省分行", "Shaanxi Branch", "陕西", 1.9, "B"),
        new("甘肃省分行", "Gansu Branch", "甘肃", 0.9, "C"),
        new("青海省分行", "Qinghai Branch", "青海", 0.5, "C"),
        new("宁夏回族自治区分行", "Ningxia Branch", "宁夏", 0.5, "C"),
        new("新疆维吾尔自治区分行", "Xinjiang Branch", "新疆", 1.1, "C"),
    ];
}
