using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;

namespace WarRoom.StoreBench;

/// <summary>A synthetic bank of the seed data's shape (12 branches, 7 sub-branches each, managers below) and
/// a deterministic stream of events over the 90 campaign days.</summary>
internal static class BenchData
{
    public static SeedData Seed(int managersPerSubBranch, int kpiCount)
    {
        var units = new List<OrgUnit> { Unit("HQ", OrgLevel.Hq, null) };
        for (var b = 1; b <= 12; b++)
        {
            var branch = $"BR{b:D2}";
            units.Add(Unit(branch, OrgLevel.Branch, "HQ"));
            for (var s = 1; s <= 7; s++)
            {
                var sub = $"SB{b:D2}{s:D2}";
                units.Add(Unit(sub, OrgLevel.SubBranch, branch));
                for (var m = 1; m <= managersPerSubBranch; m++)
                {
                    units.Add(Unit($"M{b:D2}{s:D2}{m:D3}", OrgLevel.Manager, sub));
                }
            }
        }

        var org = OrgTree.Build(units);
        var kpis = new KpiCatalog(Enumerable.Range(1, kpiCount).Select(k => new Kpi
        {
            Code = $"kpi_{k:D2}", NameZh = $"指标{k}", NameEn = $"KPI {k}", Unit = "万元",
            Aggregation = k % 5 == 0 ? KpiAggregation.Latest : KpiAggregation.Sum,
        }));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var campaign = new Campaign
        {
            Id = "bench", Name = "bench", Start = Start, End = Start.AddDays(90), TimeZone = zone,
            ProgressMode = ProgressMode.Calendar, Kpis = [], Calendar = WorkCalendar.WeekdaysOnly,
            Targets = new TargetTable(org.Count, kpis.Count),
        };
        return new SeedData(org, kpis, campaign);
    }

    public static readonly DateTimeOffset Start = new(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Events firstSeq … firstSeq+count-1 on managers, times rising across the campaign as at ingest.</summary>
    public static EventRecord[] Events(SeedData seed, long firstSeq, int count, long totalEvents)
    {
        var managers = seed.Org.Units.Where(u => u.Level == OrgLevel.Manager).Select(u => u.Index).ToArray();
        var startMs = Start.ToUnixTimeMilliseconds();
        var spanMs = 90L * 86_400_000;
        var events = new EventRecord[count];
        for (var i = 0; i < count; i++)
        {
            var seq = firstSeq + i;
            var mix = (ulong)seq * 0x9E3779B97F4A7C15UL;
            events[i] = new EventRecord(seq, $"bench-{seq:D10}", startMs + (seq * spanMs / totalEvents),
                managers[(int)(mix % (ulong)managers.Length)], (int)((mix >> 32) % (ulong)seed.Kpis.Count), ((mix >> 40) % 100_000) / 100.0);
        }

        return events;
    }

    private static OrgUnit Unit(string code, OrgLevel level, string? parent) =>
        new() { Code = code, Name = code, Level = level, ParentCode = parent, PeerGroup = "A" };
}
