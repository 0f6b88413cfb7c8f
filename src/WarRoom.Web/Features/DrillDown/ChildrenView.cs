namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// One view of a unit's ranking table, exactly as it appears in the query string of <c>/units/{code}</c> and
/// <c>/units/{code}/children.csv</c> (so every view is a URL to share). Null means the default.
/// </summary>
/// <param name="Level">the level listed: default the unit's children; a deeper level lists e.g. every manager of a branch</param>
/// <param name="Q">keeps the rows whose code or name matches (as on /search)</param>
/// <param name="Sort">rank (default), name, code, value, target, completion, pace, change, forecast or lastYear</param>
/// <param name="Dir">asc or desc; default asc for rank, name and code, desc for figures</param>
/// <param name="Tag">ranks a sum KPI by what was booked with one dimension value, e.g. <c>channel:mobile</c></param>
public sealed record ChildrenView(
    string? Level = null, string? Metric = null, string? Basis = null, string? Window = null, string? From = null, string? To = null,
    string? PeerGroup = null, string? Q = null, string? Sort = null, string? Dir = null, string? Tag = null)
{
    public static readonly IReadOnlyList<string> SortKeys = ["rank", "name", "code", "value", "target", "completion", "pace", "change", "forecast", "lastYear"];

    /// <summary>A GET form sends every field, empty ones as <c>q=</c>; empty means "not chosen".</summary>
    public ChildrenView Normalized() => new(
        Blank(Level), Blank(Metric), Blank(Basis), Blank(Window), Blank(From), Blank(To), Blank(PeerGroup), Blank(Q), Blank(Sort), Blank(Dir), Blank(Tag));

    /// <summary>The view as query-string pairs, in a fixed order (so the same view is the same URL).</summary>
    public (string Key, string? Value)[] QueryPairs() =>
    [
        ("level", Level), ("metric", Metric), ("basis", Basis), ("window", Window), ("from", From), ("to", To),
        ("peerGroup", PeerGroup), ("q", Q), ("sort", Sort), ("dir", Dir), ("tag", Tag),
    ];

    public string SortKey => Sort ?? "rank";

    public bool Descending => Dir is null ? !IsTextual(SortKey) : Dir == "desc";

    /// <summary>The direction a click on a column header asks for: the other one when already sorted by it.</summary>
    public string NextDir(string key) => key == SortKey ? (Descending ? "asc" : "desc") : (IsTextual(key) ? "asc" : "desc");

    /// <summary>Ranks and names read best top to bottom ascending; figures read best descending.</summary>
    private static bool IsTextual(string key) => key is "rank" or "name" or "code";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
