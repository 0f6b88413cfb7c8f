using System.Text.Json.Serialization;
using WarRoom.Core;
using WarRoom.Core.Guidance;
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

    public static GuidanceItemDto From(GuidanceItem item)
    {
        var figures = new OrderedDictionary<string, double>(item.Figures.Count, StringComparer.Ordinal);
        foreach (var (name, value) in item.Figures)
        {
            figures.Add(name, Math.Round(value, GuidanceFigures.WireDecimals, MidpointRounding.AwayFromZero) + 0.0);
        }

        return new GuidanceItemDto(
            item.Unit.Code, item.Unit.Name, item.Kind.ToWire(), item.Severity.ToWire(), item.Kpi?.Code, figures,
            item.Message, item.Action,
            item.Unit.NameEn, item.Unit.Level.ToWire(), item.Unit.ParentCode, item.Template,
            item.Subject?.Code, item.Subject?.Name,
            item.StrongKpis.Count > 0 ? [.. item.StrongKpis.Select(k => k.Code)] : null,
            item.WeakKpis.Count > 0 ? [.. item.WeakKpis.Select(k => k.Code)] : null);
    }
}
