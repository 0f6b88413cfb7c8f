using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>
/// The smallest valid seed set (HQ, one branch, two sub-branches, three managers, two campaign KPIs) that the
/// loader tests break one line at a time. Line numbers in the tests refer to these texts.
/// </summary>
internal static class MinimalSeed
{
    public const string OrgUnits =
        "code,name,name_en,level,parent,peer_group\n" +
        "HQ,总行,Head Office,hq,,HQ\n" +
        "BR01,北京分行,Beijing Branch,branch,HQ,A\n" +
        "SB0101,北京朝阳支行,Beijing Chaoyang Sub-branch,subbranch,BR01,A\n" +
        "M00001,张伟,Zhang Wei,manager,SB0101,A\n" +
        "M00002,李娜,Li Na,manager,SB0101,B\n" +
        "SB0102,北京海淀支行,Beijing Haidian Sub-branch,subbranch,BR01,B\n" +
        "M00003,王芳,Wang Fang,manager,SB0102,C\n";

    public const string Kpis =
        "code,name_zh,name_en,unit,aggregation,direction,weight,big_deal,decimals,integer,min_event,max_event\n" +
        "deposit_new,新增存款,New deposits,万元,sum,higher,0.6,500,2,false,-100000,100000\n" +
        "customers_new,新增有效客户,New active customers,户,sum,higher,0.4,20,0,true,0,1000\n" +
        "mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,0,true,0,1000000\n";

    public const string Campaign =
        "{\n" +
        "  \"id\": \"kmh-2027\",\n" +
        "  \"name\": \"2027 开门红\",\n" +
        "  \"nameEn\": \"2027 Strong Start\",\n" +
        "  \"start\": \"2027-01-01T00:00:00+08:00\",\n" +
        "  \"end\": \"2027-04-01T00:00:00+08:00\",\n" +
        "  \"timeZone\": \"Asia/Shanghai\",\n" +
        "  \"progressMode\": \"workdays\",\n" +
        "  \"scoreCap\": 1.5,\n" +
        "  \"kpis\": [\n" +
        "    { \"code\": \"deposit_new\", \"weight\": 0.6 },\n" +
        "    { \"code\": \"customers_new\", \"weight\": 0.4 }\n" +
        "  ],\n" +
        "  \"guidance\": { \"paceLagWarn\": 0.08 }\n" +
        "}\n";

    public const string Calendar =
        "date,kind,name_zh,name_en,assumed\n" +
        "2027-01-01,holiday,元旦,New Year's Day,true\n" +
        "2027-02-05,holiday,除夕,Spring Festival Eve,true\n" +
        "2027-02-14,workday,春节调休上班,Spring Festival make-up working day,true\n";

    public const string Targets =
        "unit,kpi,target\n" +
        "HQ,deposit_new,10000.00\n" +
        "BR01,deposit_new,10000.00\n" +
        "SB0101,deposit_new,6000.00\n" +
        "M00001,deposit_new,3500.00\n" +
        "M00002,deposit_new,2500.00\n" +
        "SB0102,deposit_new,4000.00\n" +
        "M00003,deposit_new,4000.00\n" +
        "HQ,customers_new,300\n" +
        "BR01,customers_new,300\n" +
        "SB0101,customers_new,200\n" +
        "M00001,customers_new,120\n" +
        "M00002,customers_new,80\n" +
        "SB0102,customers_new,100\n" +
        "M00003,customers_new,100\n";

    public static Dictionary<string, string> Files() => new(StringComparer.Ordinal)
    {
        [SeedFileNames.OrgUnits] = OrgUnits,
        [SeedFileNames.Kpis] = Kpis,
        [SeedFileNames.Campaign] = Campaign,
        [SeedFileNames.Calendar] = Calendar,
        [SeedFileNames.Targets] = Targets,
    };

    /// <summary>The minimal set with <paramref name="find"/> replaced once in <paramref name="file"/>; fails loudly when the text is not there.</summary>
    public static Dictionary<string, string> With(string file, string find, string replace)
    {
        var files = Files();
        var text = files[file];
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{find}' does not occur in {file}", nameof(find));
        }

        files[file] = text[..at] + replace + text[(at + find.Length)..];
        return files;
    }

    public static SeedData Load(IReadOnlyDictionary<string, string> files) => SeedLoader.Load(new InMemorySeedSource(files));

    /// <summary>The errors the loader reports for <paramref name="files"/>; fails when it loads them without complaint.</summary>
    public static IReadOnlyList<SeedError> Errors(IReadOnlyDictionary<string, string> files) =>
        Assert.Throws<SeedDataException>(() => Load(files)).Errors;
}
