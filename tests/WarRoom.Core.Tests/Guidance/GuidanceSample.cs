using System.Globalization;
using System.Text;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// The sample in docs/guidance.md: what the engine says about the seed campaign with simulated traffic at the fixed
/// clock — counts by kind, severity and level, the first items of each wording, and one briefing in zh and en.
/// </summary>
internal static class GuidanceSample
{
    private const int PerTemplate = 2;
    private const string BriefedUnit = "SB0208";

    public static string Render(SeedCampaign s)
    {
        var report = s.Generator.Generate(SeedCampaign.Now);
        var md = new StringBuilder();
        md.Append(Invariant($"State: the committed seed data, the simulator's back-fill (seed 2027, 4,000 events per working day) up to Monday 2027-02-22 10:00 +08:00 — {s.Records.Length:N0} events. Time progress {Math.Round(report.TimeProgress * 100, 1)}%, {report.DaysLeft} working days left. Figures are shown as the API writes them (6 decimals).\n\n"));
        Counts(md, report);
        md.Append("\n#### Examples: the first items of each wording, in output order\n");
        foreach (var group in report.Items.GroupBy(i => i.Template).OrderBy(g => Array.IndexOf(TemplateOrder, g.Key)))
        {
            foreach (var item in group.Take(PerTemplate))
            {
                Item(md, item);
            }
        }

        var unit = s.Data.Org.Find(BriefedUnit)!;
        var writer = new BriefingWriter(s.Generator);
        var date = DateOnly.FromDateTime(SeedCampaign.Now.DateTime);
        foreach (var (language, name) in new[] { (BriefingLanguage.Zh, "zh"), (BriefingLanguage.En, "en") })
        {
            md.Append(Invariant($"\n#### Briefing: {unit.Code} {unit.Name}, {date:yyyy-MM-dd}, {name}\n\n````markdown\n"));
            md.Append(writer.Write(unit, date, language)).Append("````\n");
        }

        return md.ToString();
    }

    private static readonly string[] TemplateOrder =
        ["pace_lag_critical", "pace_lag", "pace_lag_manager", "inactive_unit", "inactive", "rank_drop", "mix_gap", "concentration", "breakthrough", "breakthrough_overall", "top_performer"];

    private static void Counts(StringBuilder md, GuidanceReport report)
    {
        md.Append("| kind | severity | branch | sub-branch | manager |\n| :-- | :-- | --: | --: | --: |\n");
        foreach (var g in report.Items.GroupBy(i => (i.Kind, i.Severity)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Severity))
        {
            int Count(OrgLevel level) => g.Count(i => i.Unit.Level == level);
            md.Append(Invariant($"| {g.Key.Kind.ToWire()} | {g.Key.Severity.ToWire()} | {Count(OrgLevel.Branch)} | {Count(OrgLevel.SubBranch)} | {Count(OrgLevel.Manager)} |\n"));
        }

        md.Append(Invariant($"| **all** | | {report.Items.Count(i => i.Unit.Level == OrgLevel.Branch)} | {report.Items.Count(i => i.Unit.Level == OrgLevel.SubBranch)} | {report.Items.Count(i => i.Unit.Level == OrgLevel.Manager)} |\n"));
        md.Append(Invariant($"\n{report.Items.Count} items for the whole bank (12 branches, 80 sub-branches, 1,500 managers).\n"));
    }

    private static void Item(StringBuilder md, GuidanceItem i)
    {
        var figures = string.Join(", ", i.Figures.Select(f => Invariant($"\"{f.Key}\": {Math.Round(f.Value, GuidanceFigures.WireDecimals, MidpointRounding.AwayFromZero)}")));
        md.Append(Invariant($"\n**{i.Severity.ToWire()} · {i.Kind.ToWire()} · {i.Unit.Code} {i.Unit.Name}{(i.Kpi is null ? "" : " · " + i.Kpi.Code)}** (template `{i.Template}`)\n\n"));
        md.Append("- figures: `{ ").Append(figures).Append(" }`\n");
        md.Append("- zh: ").Append(i.Message.Zh).Append(" 建议：").Append(i.Action.Zh).Append('\n');
        md.Append("- en: ").Append(i.Message.En).Append(" Action: ").Append(i.Action.En).Append('\n');
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
