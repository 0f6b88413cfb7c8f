using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Seed;

/// <summary>Loads and validates the seed files; on any problem throws one <see cref="SeedDataException"/> listing them all.</summary>
public static class SeedLoader
{
    public static SeedData Load(ISeedSource source)
    {
        var errors = new List<SeedError>();
        var catalog = new KpiCatalog(KpisFile.Read(source, errors));
        var levels = OrgLevelsFile.Read(source, errors);
        var tree = levels is null ? null : OrgUnitsFile.Read(source, levels, errors);
        var header = CampaignFile.Read(source, catalog, errors);
        var calendar = CalendarFile.Read(source, errors);
        var dimensions = DimensionsFile.Read(source, errors);
        if (tree is null || header is null)
        {
            throw new SeedDataException(errors);
        }

        var targets = TargetsFile.Read(source, tree, catalog, header.Kpis, errors);
        if (errors.Count > 0)
        {
            throw new SeedDataException(errors);
        }

        var campaign = new Campaign
        {
            Id = header.Id, Name = header.Name, NameEn = header.NameEn, Start = header.Start, End = header.End,
            TimeZone = header.TimeZone, ProgressMode = header.ProgressMode, ScoreCap = header.ScoreCap,
            Kpis = header.Kpis, Calendar = calendar, Targets = targets, Guidance = header.Guidance,
        };
        return new SeedData(tree, catalog, campaign) { Dimensions = dimensions };
    }

    /// <summary>
    /// A previous campaign over the current seed's org and catalogue (seed-data/history/&lt;id&gt;/: campaign.json,
    /// calendar.csv, targets.csv), for 同比. Throws one <see cref="SeedDataException"/> listing every problem.
    /// </summary>
    public static Campaign LoadPast(ISeedSource source, SeedData current)
    {
        var errors = new List<SeedError>();
        var header = CampaignFile.Read(source, current.Kpis, errors);
        var calendar = CalendarFile.Read(source, errors);
        if (header is null)
        {
            throw new SeedDataException(errors);
        }

        var targets = TargetsFile.Read(source, current.Org, current.Kpis, header.Kpis, errors);
        if (errors.Count == 0 && header.Start >= current.Campaign.Start)
        {
            errors.Add(new SeedError(SeedFileNames.Campaign, 0, $"a past campaign must start before the current one ({current.Campaign.Start:O}), not at {header.Start:O}"));
        }

        if (errors.Count > 0)
        {
            throw new SeedDataException(errors);
        }

        return new Campaign
        {
            Id = header.Id, Name = header.Name, NameEn = header.NameEn, Start = header.Start, End = header.End,
            TimeZone = header.TimeZone, ProgressMode = header.ProgressMode, ScoreCap = header.ScoreCap,
            Kpis = header.Kpis, Calendar = calendar, Targets = targets, Guidance = header.Guidance,
        };
    }
}
