using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Tests.Support;

/// <summary>
/// Builds a small org tree, KPI catalogue and campaign in code (the seed data is someone else's and may change).
/// Defaults: "2027 开门红" from 2027-01-01 to 2027-04-01 Asia/Shanghai, calendar progress, cap 1.5.
/// </summary>
internal sealed class WorldBuilder
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly List<OrgUnit> units = [];
    private readonly List<Kpi> kpis = [];
    private readonly List<(string Kpi, double Weight)> inPlay = [];
    private readonly List<(string Unit, string Kpi, double Target)> targets = [];

    public DateTimeOffset Start { get; set; } = At("2027-01-01T00:00");
    public DateTimeOffset End { get; set; } = At("2027-04-01T00:00");
    public ProgressMode ProgressMode { get; set; } = ProgressMode.Calendar;
    public WorkCalendar Calendar { get; set; } = WorkCalendar.WeekdaysOnly;
    public double ScoreCap { get; set; } = 1.5;
    public GuidanceSettings Guidance { get; set; } = new();

    /// <summary>A local Asia/Shanghai time such as "2027-01-04T09:30".</summary>
    public static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    public WorldBuilder Unit(string code, OrgLevel level, string? parent, string peerGroup = "A")
    {
        units.Add(new OrgUnit { Code = code, Name = code, Level = level, ParentCode = parent, PeerGroup = peerGroup });
        return this;
    }

    /// <summary>A KPI in the catalogue; with a weight it is also one of the campaign's KPIs.</summary>
    public WorldBuilder Kpi(string code, KpiAggregation aggregation = KpiAggregation.Sum, double? weight = null,
        KpiDirection direction = KpiDirection.HigherIsBetter)
    {
        kpis.Add(new Kpi { Code = code, NameZh = code, NameEn = code, Unit = "万元", Aggregation = aggregation, Direction = direction });
        return InPlay(code, weight);
    }

    /// <summary>A ratio KPI, <paramref name="numerator"/> / <paramref name="denominator"/> (both declared with <see cref="Kpi"/>).</summary>
    public WorldBuilder Ratio(string code, string numerator, string denominator, double? weight = null)
    {
        kpis.Add(new Kpi
        {
            Code = code, NameZh = code, NameEn = code, Unit = "%", Aggregation = KpiAggregation.Ratio,
            NumeratorCode = numerator, DenominatorCode = denominator,
        });
        return InPlay(code, weight);
    }

    private WorldBuilder InPlay(string code, double? weight)
    {
        if (weight is { } w)
        {
            inPlay.Add((code, w));
        }

        return this;
    }

    public WorldBuilder Target(string unit, string kpi, double target)
    {
        targets.Add((unit, kpi, target));
        return this;
    }

    public World Build() => BuildWith(null);

    /// <summary>Builds with the targets given, and where none was given those from <paramref name="fill"/> (NaN = none).</summary>
    public World BuildWith(Func<OrgUnit, Kpi, double>? fill)
    {
        var tree = OrgTree.Build(units);
        var catalog = new KpiCatalog(kpis);
        var table = new TargetTable(tree.Count, catalog.Count);
        if (fill is not null)
        {
            foreach (var unit in tree.Units)
            {
                foreach (var kpi in catalog.All)
                {
                    table[unit.Index, kpi.Index] = fill(unit, kpi);
                }
            }
        }

        foreach (var (unit, kpi, target) in targets)
        {
            table[tree.Find(unit)!.Index, catalog.Find(kpi)!.Index] = target;
        }

        var campaign = new Campaign
        {
            Id = "c1",
            Name = "2027 开门红",
            Start = Start,
            End = End,
            TimeZone = Shanghai,
            ProgressMode = ProgressMode,
            ScoreCap = ScoreCap,
            Kpis = [.. inPlay.Select(k => new CampaignKpi(catalog.Find(k.Kpi)!, k.Weight))],
            Calendar = Calendar,
            Targets = table,
            Guidance = Guidance,
        };
        return new World(tree, catalog, campaign);
    }
}
