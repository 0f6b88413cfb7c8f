using System.Globalization;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Rankings;

/// <summary>Parses the query-string vocabulary of API.md (shared by the rankings API, pages and boards).</summary>
public static class RankingParameters
{
    public const int MaxTop = 100_000;

    public static bool TryWindow(string? window, string? from, string? to, out RankWindow parsed)
    {
        parsed = RankWindow.CampaignToDate;
        if (from is not null || to is not null)
        {
            if (window is not (null or "custom") || !TryDate(from, out var f) || !TryDate(to, out var t) || t < f)
            {
                return false;
            }

            parsed = RankWindow.Between(f, t);
            return true;
        }

        switch (window)
        {
            case null or "campaign": return true;
            case "today": parsed = RankWindow.Today; return true;
            case "week": parsed = RankWindow.ThisWeek; return true;
            default: return false;
        }
    }

    /// <summary>A missing top means every row; otherwise 1..<see cref="MaxTop"/>.</summary>
    public static bool TryTop(string? text, out int? top)
    {
        top = null;
        if (text is null)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxTop)
        {
            top = n;
            return true;
        }

        return false;
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool IsMetric(string? metric, KpiCatalog kpis) =>
        metric is null || metric == RankingQuery.Composite || kpis.Find(metric) is not null;

    /// <summary>The level a ranking lists by default: the one just below the scope.</summary>
    public static OrgLevel DefaultLevel(OrgUnit scope) => scope.Level.Below ?? scope.Level;
}
