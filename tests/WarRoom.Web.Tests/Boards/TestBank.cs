using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;

namespace WarRoom.Web.Tests.Boards;

/// <summary>
/// The units, KPIs and dimensions the shipped boards may name (HQ, BR01…BR12, the campaign's KPIs, channel/product/
/// segment), plus one sub-branch and one manager so that scope rules can be exercised below branch level.
/// </summary>
internal static class TestBank
{
    public static readonly string[] KpiCodes =
    [
        "deposit_new", "aum_growth", "customers_new", "payroll_accounts", "fund_sales",
        "insurance_premium", "credit_cards", "mobile_mau", "wecom_contacts", "inclusive_loans",
        "wealth_sales", "pension_accounts", "deposit_daily_avg", "mobile_customers", "mobile_mau_rate",
    ];

    /// <summary>The KPIs above that are not sums (a breakdown refuses them).</summary>
    public static readonly string[] LevelKpiCodes = ["mobile_mau", "deposit_daily_avg", "mobile_customers", "mobile_mau_rate"];

    public static BoardVocabulary Vocabulary()
    {
        var units = new Dictionary<string, OrgLevel>(StringComparer.Ordinal) { ["HQ"] = OrgLevel.Hq };
        for (var i = 1; i <= 12; i++)
        {
            units[$"BR{i:00}"] = OrgLevel.Branch;
        }

        units["SB0101"] = OrgLevel.SubBranch;
        units["M00001"] = OrgLevel.Manager;
        return new BoardVocabulary(units, KpiCodes.ToHashSet(StringComparer.Ordinal))
        {
            SumKpis = KpiCodes.Except(LevelKpiCodes).ToHashSet(StringComparer.Ordinal),
            Dimensions = new HashSet<string>(["channel", "product", "segment"], StringComparer.Ordinal),
        };
    }

    /// <summary>The repository root (where WarRoom.sln is), found upward from the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WarRoom.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WarRoom.sln not found upward from " + AppContext.BaseDirectory);
    }
}
