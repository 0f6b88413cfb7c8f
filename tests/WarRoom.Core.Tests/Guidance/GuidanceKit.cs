using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Tests.Support;
using WarRoom.SeedGeneration;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>Guidance over a hand-built <see cref="World"/>, worded with the standard templates.</summary>
internal static class GuidanceKit
{
    /// <summary>The generator's standard wording with a made-up focus for each of the world's KPIs.</summary>
    public static GuidanceTemplates Templates(World w) =>
        GuidanceTemplatesFile.Parse(
            GuidanceTemplatesJson.Write(w.Catalog.All.Select(k => (k.Code, ($"{k.Code}重点客群", $"{k.Code} focus")))),
            w.Catalog, w.Campaign);

    public static GuidanceGenerator Generator(World w) => new(w.Ranker, Templates(w));

    public static GuidanceReport Generate(World w, string now) => Generator(w).Generate(WorldBuilder.At(now));

    /// <summary>The items of one kind, as "unit:severity" or "unit:kpi:severity".</summary>
    public static string[] Of(GuidanceReport report, GuidanceKind kind) =>
        [.. report.Items.Where(i => i.Kind == kind).Select(Key)];

    public static string Key(GuidanceItem i) =>
        i.Kpi is null ? $"{i.Unit.Code}:{i.Severity.ToWire()}" : $"{i.Unit.Code}:{i.Kpi.Code}:{i.Severity.ToWire()}";

    /// <summary>The figures as (name, value rounded to 4 places), to compare with numbers counted by hand.</summary>
    public static (string, double)[] Figures(GuidanceItem i) => [.. i.Figures.Select(f => (f.Key, Math.Round(f.Value, 4)))];

    public static GuidanceItem Single(GuidanceReport report, GuidanceKind kind, string unit) =>
        Assert.Single(report.Items, i => i.Kind == kind && i.Unit.Code == unit);
}
