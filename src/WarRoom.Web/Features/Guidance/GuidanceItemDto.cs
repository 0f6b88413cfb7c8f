using System.Text.Json.Serialization;
using Mapster;
using WarRoom.Core;
using WarRoom.Core.Guidance;
using WarRoom.Core.Kpis;
using WarRoom.Core.Guidance.FollowUp;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Guidance.FollowUp;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// One guidance item as API.md shows it (unit, kind, severity, kpi, figures, message, action) plus the unit's names,
/// level and parent, the wording's template id, the manager a concentration item names (subject) and the KPI lists
/// of a mix_gap item. The host's one guidance record: the API, board panels and the hub's <c>guidanceUpdated</c>, the
/// drill-down page and snapshots all carry it. <see cref="Id"/> is the item's stable id and <see cref="FollowUp"/>
/// where the people it concerns stand on it (filled by <see cref="FollowUpBook.Describe"/>).
/// </summary>
public sealed record GuidanceItemDto(
    string Unit,
    string UnitName,
    string Kind,
    string Severity,
    string? Kpi,
    OrderedDictionary<string, double> Figures,
    LocalizedText Message,
    LocalizedText Action,
    string? UnitNameEn,
    string Level,
    string? Parent,
    string Template,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SubjectName = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? StrongKpis = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? WeakKpis = null)
{
    public string Id { get; init; } = GuidanceIds.Of(Unit, Kind, Kpi);

    public FollowUpDto FollowUp { get; init; } = FollowUpDto.Open;

    public static GuidanceItemDto From(GuidanceItem item) => item.Adapt<GuidanceItemDto>(GuidanceMapping.Config);

    /// <summary>The KPIs' codes, or null for none (left out of the JSON).</summary>
    public static IReadOnlyList<string>? Codes(IReadOnlyList<Kpi> kpis) => kpis.Count > 0 ? [.. kpis.Select(k => k.Code)] : null;

    /// <summary>The figures in the engine's order, rounded for the wire (away from zero; never a negative zero).</summary>
    public static OrderedDictionary<string, double> WireFigures(GuidanceFigures source)
    {
        var figures = new OrderedDictionary<string, double>(source.Count, StringComparer.Ordinal);
        foreach (var (name, value) in source)
        {
            figures.Add(name, Math.Round(value, GuidanceFigures.WireDecimals, MidpointRounding.AwayFromZero) + 0.0);
        }

        return figures;
    }
}
