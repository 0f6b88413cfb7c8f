namespace WarRoom.Core.Guidance.FollowUp;

/// <summary>
/// The stable id of a guidance item: <c>unit.kind</c> or <c>unit.kind.kpi</c> (e.g. <c>SB0307.pace_lag.fund_sales</c>).
/// It names the situation, not one day's wording: while SB0307's fund sales stay behind, the item keeps its id (and
/// its follow-up) whatever the figures say today. Readable in a URL and a log, made only of code characters.
/// </summary>
public static class GuidanceIds
{
    public static string Of(GuidanceItem item) => Of(item.Unit.Code, item.Kind.ToWire(), item.Kpi?.Code);

    /// <summary>From the wire names (<paramref name="kind"/> as <c>pace_lag</c>).</summary>
    public static string Of(string unit, string kind, string? kpi) => kpi is null ? $"{unit}.{kind}" : $"{unit}.{kind}.{kpi}";

    /// <summary>Splits an id into its parts; false when it is not shaped as one (the caller then says 404 or 400).</summary>
    public static bool TryParse(string? id, out string unit, out GuidanceKind kind, out string? kpi)
    {
        unit = "";
        kpi = null;
        kind = default;
        var parts = (id ?? "").Split('.');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0) || !GuidanceKindNames.TryParse(parts[1], out kind))
        {
            return false;
        }

        unit = parts[0];
        kpi = parts.Length == 3 ? parts[2] : null;
        return true;
    }
}
