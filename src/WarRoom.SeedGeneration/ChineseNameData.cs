namespace WarRoom.SeedGeneration;

/// <summary>A syllable or surname in characters with its pinyin (no tone marks) and a relative frequency.</summary>
internal sealed record NamePart(string Hanzi, string Pinyin, int Weight);

/// <summary>
/// Surnames weighted by their approximate share of China's population (per 10,000, after the 2020 census
/// tallies), plus given-name characters common for people born 1970–2000, kept apart by the gender they are
/// mostly given to and by their usual position in a two-character name.
/// </summary>
internal static class ChineseNameData
{
    public static readonly IReadOnlyList<NamePart> Surnames = Parse(
        "王Wang710 李Li700 张Zhang670 刘Liu540 陈Chen460 杨Yang310 黄Huang250 赵Zhao230 吴Wu200 周Zhou190 " +
        "徐Xu160 孙Sun150 马Ma140 朱Zhu130 胡Hu130 郭Guo120 何He120 林Lin110 高Gao110 罗Luo110 郑Zheng100 " +
        "梁Liang100 谢Xie80 宋Song80 唐Tang80 许Xu70 韩Han70 邓Deng70 冯Feng70 曹Cao70 彭Peng60 曾Zeng60 " +
        "肖Xiao60 田Tian60 董Dong50 潘Pan50 袁Yuan50 蔡Cai50 蒋Jiang50 余Yu50 于Yu50 杜Du50 叶Ye40 程Cheng40 " +
        "魏Wei40 苏Su40 吕Lyu40 丁Ding40 任Ren40 卢Lu40 姚Yao40 沈Shen40 钟Zhong30 姜Jiang30 崔Cui30 谭Tan30 " +
        "陆Lu30 范Fan30 汪Wang30 廖Liao30 石Shi30 金Jin30 韦Wei30 贾Jia30 夏Xia30 付Fu30 方Fang30 邹Zou20 " +
        "熊Xiong20 白Bai20 孟Meng20 秦Qin20 邱Qiu20 侯Hou20 江Jiang20 尹Yin20 薛Xue20 闫Yan20 段Duan20 雷Lei20 " +
        "龙Long20 黎Li20 史Shi20 陶Tao20 贺He20 毛Mao20 郝Hao20 顾Gu20 龚Gong20 邵Shao20 万Wan20 覃Qin15 " +
        "武Wu15 钱Qian15 戴Dai15 严Yan15 莫Mo15 孔Kong15 向Xiang15 常Chang15 汤Tang15 欧阳Ouyang3 上官Shangguan1 " +
        "司马Sima1 诸葛Zhuge1");

    // Two-character given names pair a leading character (志, 思, 雨 …) with a closing one (伟, 涵, 婷 …);
    // one-character names use a closing character alone, as in 张伟 or 王芳.
    public static readonly IReadOnlyList<NamePart> MaleLeading = Parse(
        "志zhi 建jian 国guo 文wen 海hai 俊jun 宇yu 浩hao 家jia 天tian 永yong 明ming 晓xiao 子zi 嘉jia 思si " +
        "一yi 泽ze 博bo 鸿hong 振zhen 立li 宏hong 正zheng 云yun 亚ya 德de 世shi 春chun 伟wei 金jin 少shao " +
        "梓zi 皓hao 景jing 铭ming 承cheng");

    public static readonly IReadOnlyList<NamePart> MaleClosing = Parse(
        "伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 斌bin 超chao 明ming 刚gang 平ping 辉hui 鹏peng 华hua " +
        "飞fei 鑫xin 波bo 宇yu 浩hao 凯kai 健jian 帆fan 旭xu 宁ning 龙long 林lin 阳yang 峰feng 亮liang " +
        "成cheng 东dong 晨chen 博bo 昊hao 然ran 轩xuan 睿rui 哲zhe 毅yi 远yuan 航hang 翔xiang 坤kun 彬bin " +
        "炜wei 栋dong 锋feng 瑞rui 卓zhuo 维wei 晟sheng 越yue 扬yang 诚cheng 铭ming 豪hao 璋zhang 川chuan");

    public static readonly IReadOnlyList<NamePart> FemaleLeading = Parse(
        "晓xiao 雨yu 思si 梦meng 诗shi 文wen 嘉jia 佳jia 欣xin 雅ya 婉wan 丽li 美mei 春chun 秋qiu 海hai " +
        "玉yu 秀xiu 小xiao 慧hui 静jing 若ruo 雪xue 心xin 紫zi 可ke 淑shu 彩cai 艺yi 梓zi 语yu 婧jing " +
        "悦yue 晨chen 安an");

    public static readonly IReadOnlyList<NamePart> FemaleClosing = Parse(
        "芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 燕yan 玲ling 婷ting 雪xue 琳lin 慧hui 莹ying 倩qian " +
        "颖ying 洁jie 怡yi 悦yue 萱xuan 蕾lei 薇wei 晶jing 璐lu 琪qi 瑶yao 楠nan 月yue 露lu 梅mei 兰lan " +
        "红hong 丹dan 萍ping 琴qin 媛yuan 岚lan 蓉rong 馨xin 妍yan 彤tong 曦xi 茜qian 菲fei 瑾jin 瑜yu " +
        "涵han 然ran 欣xin 宁ning 洋yang");

    // "王Wang710": leading CJK characters, then Latin pinyin, then an optional weight (1 when absent).
    private static List<NamePart> Parse(string entries)
    {
        var parts = new List<NamePart>();
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var hanziEnd = 0;
            while (hanziEnd < entry.Length && entry[hanziEnd] >= '\u3400')
            {
                hanziEnd++;
            }

            var digits = entry.Length;
            while (digits > hanziEnd && char.IsAsciiDigit(entry[digits - 1]))
            {
                digits--;
            }

            var weight = digits < entry.Length ? int.Parse(entry[digits..], System.Globalization.CultureInfo.InvariantCulture) : 1;
            parts.Add(new NamePart(entry[..hanziEnd], entry[hanziEnd..digits], weight));
        }

        return parts;
    }
}
