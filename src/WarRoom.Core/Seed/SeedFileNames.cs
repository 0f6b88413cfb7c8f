namespace WarRoom.Core.Seed;

public static class SeedFileNames
{
    public const string OrgUnits = "org-units.csv";

    /// <summary>Optional: the levels of the tree (decision 0025); without it the regional four.</summary>
    public const string OrgLevels = "org-levels.csv";

    public const string Kpis = "kpis.csv";
    public const string Campaign = "campaign.json";
    public const string Calendar = "calendar.csv";
    public const string Targets = "targets.csv";
    public const string Dimensions = "dimensions.csv";
    public const string EventSample = "events-sample.csv";

    /// <summary>The guidance wording; read by the guidance feature, not by <see cref="SeedLoader"/>.</summary>
    public const string GuidanceTemplates = Guidance.Templates.GuidanceTemplatesFile.Name;
}
