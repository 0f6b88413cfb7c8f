namespace WarRoom.Web.Features.Boards.Parsing;

/// <summary>The settings of the customer-operations widgets: breakdown (kpi, by) and funnel (stages).</summary>
internal static class CustomerWidgetParser
{
    public const int MinStages = 2;
    public const int MaxStages = 6;

    public static BreakdownWidget? Breakdown(JsonObjectReader w)
    {
        var kpi = w.String("kpi", required: true);
        var by = w.String("by", required: true);
        return kpi is null || by is null ? null : new BreakdownWidget { Id = "", Grid = null!, Kpi = kpi, By = by };
    }

    /// <summary><c>"stages": [ { "kpi": "wecom_contacts", "label": { "zh": "触达", "en": "Reached" } }, … ]</c>.</summary>
    public static FunnelWidget? Funnel(JsonObjectReader w)
    {
        if (w.Array("stages", required: true) is not { } items)
        {
            return null;
        }

        if (items.Count is < MinStages or > MaxStages)
        {
            w.Error("stages", $"must list {MinStages}..{MaxStages} stages (found {items.Count})");
            return null;
        }

        var stages = new List<FunnelStage>();
        foreach (var (item, path) in items)
        {
            if (w.Item(item, path) is not { } stage)
            {
                continue;
            }

            var kpi = stage.String("kpi", required: true);
            var label = stage.Text("label", required: false);
            stage.RejectUnknownFields();
            if (kpi is not null)
            {
                stages.Add(new FunnelStage(kpi, label));
            }
        }

        return stages.Count == items.Count ? new FunnelWidget { Id = "", Grid = null!, Stages = stages } : null;
    }
}
