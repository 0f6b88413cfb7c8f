using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;

namespace WarRoom.SeedGeneration;

/// <summary>
/// Generates the seed data of a realistic bank (org tree, KPI catalogue, the 2027 开门红 campaign with its
/// holiday calendar and decomposed targets, the dimensions events may be tagged with, a sample of events, the guidance
/// wording, and last year's 2026 开门红 under history/ for 同比) as file name → text (a path under the seed folder, '/'
/// separated). Pure and deterministic:
/// the same options give the same bytes on every machine. seed-data/README.md describes the rules.
/// </summary>
public static class SeedGenerator
{
    public static IReadOnlyDictionary<string, string> Generate(SeedGeneratorOptions options)
    {
        options.Validate();
        var kpis = KpiSpecs.All;
        var org = options.Shape == SeedShape.National ? NationalPlanner.Plan(options) : OrgPlanner.Plan(options);
        var targets = TargetPlanner.Plan(org, kpis, options.Seed);
        var calendar = HolidayCalendar2027.Days;
        var events = EventSampler.Sample(org, kpis, new WorkCalendar(calendar), options.SampleEvents, options.Seed);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [SeedFileNames.OrgUnits] = SeedCsvFiles.OrgUnits(org),
            [SeedFileNames.Kpis] = SeedCsvFiles.Kpis(kpis),
            [SeedFileNames.Campaign] = CampaignJson.Write(kpis),
            [SeedFileNames.Calendar] = SeedCsvFiles.Calendar(calendar),
            [SeedFileNames.Dimensions] = DimensionSpecs.Csv(),
            [SeedFileNames.Targets] = SeedCsvFiles.Targets(org, kpis, targets),
            [SeedFileNames.EventSample] = SeedCsvFiles.Events(events),
            [SeedFileNames.GuidanceTemplates] = GuidanceTemplatesJson.Write(kpis.Select(k => k.Code)),
            [CampaignSpec.LastYear.Folder + SeedFileNames.Campaign] = CampaignJson.WriteLastYear(kpis),
            [CampaignSpec.LastYear.Folder + SeedFileNames.Calendar] = SeedCsvFiles.Calendar(HolidayCalendar2026.Days),
            [CampaignSpec.LastYear.Folder + SeedFileNames.Targets] = SeedCsvFiles.Targets(org, kpis, LastYearTargets.From(org, kpis, targets)),
        };

        // The regional bank is the loader's default levels: its files stay what they always were.
        if (org.Levels != OrgLevels.Regional)
        {
            files[SeedFileNames.OrgLevels] = SeedCsvFiles.OrgLevels(org.Levels);
        }

        return files;
    }
}
