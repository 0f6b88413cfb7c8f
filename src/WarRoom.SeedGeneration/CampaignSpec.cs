using WarRoom.Core.Campaigns;

namespace WarRoom.SeedGeneration;

/// <summary>The one campaign in the seed data: 2027 开门红, the first quarter of 2027 in Beijing time.</summary>
internal static class CampaignSpec
{
    public const string Id = "kmh-2027";
    public const string Name = "2027 开门红";
    public const string NameEn = "2027 Strong Start";
    public const string TimeZone = "Asia/Shanghai";
    public const string ProgressMode = "workdays";
    public const decimal ScoreCap = 1.5m;

    /// <summary>Asia/Shanghai has kept +08:00 all year since 1991, so the campaign's instants carry it directly.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static readonly DateTimeOffset Start = new(2027, 1, 1, 0, 0, 0, Offset);
    public static readonly DateTimeOffset End = new(2027, 4, 1, 0, 0, 0, Offset);

    /// <summary>The guidance thresholds written to campaign.json: the defaults, spelled out so they can be tuned in place.</summary>
    public static readonly GuidanceSettings Guidance = new();

    /// <summary>Last year's campaign, kept for 同比 under history/ (same org and KPIs, its own calendar and targets).</summary>
    public static class LastYear
    {
        public const string Id = "kmh-2026";
        public const string Name = "2026 开门红";
        public const string NameEn = "2026 Strong Start";
        public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, Offset);
        public static readonly DateTimeOffset End = new(2026, 4, 1, 0, 0, 0, Offset);

        /// <summary>Where its files go in the seed folder (read by the web host, decision 0021).</summary>
        public const string Folder = "history/" + Id + "/";
    }

    public static DateOnly FirstDay => DateOnly.FromDateTime(Start.DateTime);

    public static DateOnly LastDay => DateOnly.FromDateTime(End.DateTime).AddDays(-1);
}
