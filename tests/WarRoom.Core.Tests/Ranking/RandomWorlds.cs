using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>Small random trees, targets and event streams built to hit the awkward cases often.</summary>
internal static class RandomWorlds
{
    public static World Tree(Random r)
    {
        var start = WorldBuilder.At("2027-01-01T00:00").AddHours(r.Next(3) == 0 ? 9 : 0); // sometimes not at midnight
        var b = new WorldBuilder
        {
            Start = start,
            End = start.AddDays(r.Next(9, 20)).AddHours(r.Next(2) * 15),
            ScoreCap = r.Next(2) == 0 ? 1.5 : 1.2,
            ProgressMode = r.Next(2) == 0 ? ProgressMode.Calendar : ProgressMode.Workdays,
            Calendar = new WorkCalendar([new CalendarDay(new DateOnly(2027, 1, 6), CalendarDayKind.Holiday, "假", "Off", true),
                new CalendarDay(new DateOnly(2027, 1, 9), CalendarDayKind.Workday, "班", "Make-up", true)]),
        };
        var codes = new HashSet<string>(StringComparer.Ordinal);
        string Code()
        {
            string c;
            do
            {
                c = $"{(char)('A' + r.Next(4))}{r.Next(30)}";
            }
            while (!codes.Add(c));
            return c;
        }

        string Peer() => r.Next(3) == 0 ? "B" : "A";
        b.Unit("HQ", OrgLevel.Hq, null);
        codes.Add("HQ");
        for (int i = 0, branches = r.Next(1, 4); i < branches; i++)
        {
            var br = Code();
            b.Unit(br, OrgLevel.Branch, "HQ", Peer());
            for (int j = 0, subs = r.Next(1, 4); j < subs; j++)
            {
                var sb = Code();
                b.Unit(sb, OrgLevel.SubBranch, br, Peer());
                for (int k = 0, managers = r.Next(0, 5); k < managers; k++)
                {
                    b.Unit(Code(), OrgLevel.Manager, sb, Peer());
                }
            }
        }

        b.Kpi("s1", KpiAggregation.Sum, 0.5)
            .Kpi("s2", KpiAggregation.Sum, 0.2, KpiDirection.LowerIsBetter)
            .Kpi("l1", KpiAggregation.Latest, 0.3)
            .Kpi("x");
        var world = b.BuildWith((unit, kpi) => r.Next(10) switch
        {
            < 3 => double.NaN,
            3 => 0,
            4 => r.Next(1, 50_000) / 100.0,
            _ => r.Next(1, 400),
        });
        return world;
    }

    /// <summary>Events with seqs in creation order, returned in a shuffled arrival order.</summary>
    public static List<EventRecord> Events(Random r, World w)
    {
        var events = new List<EventRecord>();
        var from = w.Campaign.Start.AddDays(-1).ToUnixTimeMilliseconds();
        var span = (w.Campaign.End.AddDays(1) - w.Campaign.Start.AddDays(-1)).TotalMinutes;
        for (int i = 0, n = r.Next(0, 120); i < n; i++)
        {
            var time = r.Next(5) == 0 && events.Count > 0
                ? events[r.Next(events.Count)].TimeMs                       // same instant as another: seq decides
                : from + (60_000L * r.Next((int)span));
            var unit = r.Next(4) == 0 ? r.Next(w.Tree.Count) : Manager(r, w);
            var value = r.Next(3) switch
            {
                0 => r.Next(-50, 200),
                1 => r.Next(-5_000_000, 20_000_000) / 100_000.0,               // five decimals: .5 rounding cases
                _ => r.Next(0, 1000) / 10.0,
            };
            events.Add(new EventRecord(i + 1, "e" + (i + 1), time, unit, r.Next(w.Catalog.Count), value));
        }

        return [.. events.OrderBy(_ => r.Next())];
    }

    private static int Manager(Random r, World w)
    {
        var managers = w.Tree.Units.Where(u => u.Level == OrgLevel.Manager).ToList();
        return managers.Count == 0 ? r.Next(w.Tree.Count) : managers[r.Next(managers.Count)].Index;
    }
}
