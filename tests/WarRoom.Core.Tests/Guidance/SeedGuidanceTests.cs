using System.Text;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>Properties of the whole report over the seed campaign with simulated traffic (<see cref="SeedCampaign"/>).</summary>
public sealed class SeedGuidanceTests
{
    private static readonly Lazy<GuidanceReport> Report = new(() => SeedCampaign.Instance.Generator.Generate(SeedCampaign.Now));

    [Fact]
    public void Every_item_is_worded_in_both_languages_without_leftover_placeholders()
    {
        var items = Report.Value.Items;

        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            foreach (var text in new[] { i.Message.Zh, i.Message.En, i.Action.Zh, i.Action.En })
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{GuidanceKit.Key(i)} {i.Template}: empty text");
                Assert.DoesNotContain('{', text);
                Assert.DoesNotContain('}', text);
                Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
            }

            Assert.Matches("[\u4e00-\u9fff]", i.Message.Zh);
            Assert.DoesNotMatch("[\u4e00-\u9fff]", i.Action.En);
        });
    }

    [Fact]
    public void Items_are_ordered_by_severity_then_unit_in_pre_order_then_kind_then_kpi()
    {
        var keys = Report.Value.Items
            .Select(i => (Severity: (int)i.Severity, Unit: i.Unit.Index, Kind: (int)i.Kind, Kpi: i.Kpi is null ? -1 : KpiSlot(i)))
            .ToList();

        Assert.Equal(keys.Order().ToList(), keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void The_seed_state_has_several_kinds_and_a_sane_size()
    {
        var items = Report.Value.Items;

        Assert.InRange(items.Count, 100, 1500);
        Assert.Contains(items, i => i.Kind == GuidanceKind.PaceLag && i.Unit.Level == OrgLevel.Branch);
        Assert.Contains(items, i => i.Kind == GuidanceKind.PaceLag && i.Unit.Level == OrgLevel.Manager);
        Assert.Contains(items, i => i.Kind == GuidanceKind.Inactive);
        Assert.Contains(items, i => i.Kind == GuidanceKind.TopPerformer);
        foreach (var subBranch in SeedCampaign.Instance.Data.Org.UnitsAt(OrgLevel.SubBranch, SeedCampaign.Instance.Data.Org.Root))
        {
            Assert.True(items.Count(i => i.Template == "pace_lag_manager" && i.Unit.Parent == subBranch) <= 3, subBranch.Code);
        }
    }

    [Fact]
    public void Same_state_same_guidance_byte_for_byte_whatever_order_the_events_came_in()
    {
        var seed = SeedCampaign.Instance;
        using var reversed = new KpiAggregates(seed.Data.Org, seed.Data.Kpis, seed.Data.Campaign);
        var events = seed.Records.Reverse().ToArray();
        reversed.Apply(events);
        var generator = new GuidanceGenerator(new Ranker(reversed), seed.Templates);

        var first = Serialize(Report.Value);
        var again = Serialize(seed.Generator.Generate(SeedCampaign.Now));
        var fromReversed = Serialize(generator.Generate(SeedCampaign.Now));

        Assert.Equal(first, again);
        Assert.Equal(first, fromReversed);
    }

    private static int KpiSlot(GuidanceItem i) =>
        SeedCampaign.Instance.Data.Campaign.Kpis.Select((k, slot) => (k, slot)).Single(x => x.k.Kpi == i.Kpi).slot;

    /// <summary>Every field of every item, figures with their full bits, as one text.</summary>
    private static string Serialize(GuidanceReport report)
    {
        var text = new StringBuilder();
        foreach (var i in report.Items)
        {
            text.Append(i.Unit.Code).Append('|').Append(i.Kind.ToWire()).Append('|').Append(i.Severity.ToWire()).Append('|')
                .Append(i.Kpi?.Code).Append('|').Append(i.Template).Append('|').Append(i.Subject?.Code).Append('|')
                .AppendJoin(',', i.Figures.Select(f => $"{f.Key}={BitConverter.DoubleToInt64Bits(f.Value):X}")).Append('|')
                .AppendJoin(',', i.StrongKpis.Select(k => k.Code)).Append('|').AppendJoin(',', i.WeakKpis.Select(k => k.Code)).Append('|')
                .Append(i.Message.Zh).Append('|').Append(i.Message.En).Append('|').Append(i.Action.Zh).Append('|').Append(i.Action.En)
                .Append('\n');
        }

        return text.ToString();
    }
}
