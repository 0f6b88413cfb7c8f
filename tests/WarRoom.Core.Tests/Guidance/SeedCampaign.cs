using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.Core.Simulation;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// The committed seed campaign with the simulator's back-fill applied up to <see cref="Now"/> — the state a
/// developer sees with <c>WarRoom:Clock:Now</c> at that instant and the simulator's defaults (seed 2027, 4,000 events
/// per working day). Built once per test run: it takes a few seconds.
/// </summary>
internal sealed class SeedCampaign
{
    /// <summary>Monday 22 February 2027, 10:00 in Shanghai: a week after the Spring Festival break.</summary>
    public static readonly DateTimeOffset Now = new(2027, 2, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<SeedCampaign> Shared = new(() => new SeedCampaign(Now, seed: 2027, perWorkingDay: 4_000));

    private SeedCampaign(DateTimeOffset until, int seed, int perWorkingDay)
    {
        var files = CommittedSeedData.Files();
        Data = SeedLoader.Load(new InMemorySeedSource(files));
        Templates = GuidanceTemplatesFile.Parse(files[GuidanceTemplatesFile.Name], Data.Kpis, Data.Campaign);
        Aggregates = new KpiAggregates(Data.Org, Data.Kpis, Data.Campaign);
        Ranker = new Ranker(Aggregates);
        Generator = new GuidanceGenerator(Ranker, Templates);
        Backfill(until, seed, perWorkingDay);
    }

    public static SeedCampaign Instance => Shared.Value;

    public SeedData Data { get; }
    public GuidanceTemplates Templates { get; }
    public KpiAggregates Aggregates { get; }
    public Ranker Ranker { get; }
    public GuidanceGenerator Generator { get; }
    /// <summary>The events applied, in the simulator's order.</summary>
    public EventRecord[] Records { get; private set; } = [];

    /// <summary>The same days, counts and draws as SimulatorService's back-fill, applied straight to the aggregates.</summary>
    private void Backfill(DateTimeOffset until, int seed, int perWorkingDay)
    {
        var campaign = Data.Campaign;
        var generator = new TrafficGenerator(Data.Org, campaign, seed);
        var records = new List<EventRecord>();
        for (var day = campaign.FirstDay; campaign.StartOfDay(day) < until; day = day.AddDays(1))
        {
            var from = campaign.StartOfDay(day);
            var to = campaign.StartOfDay(day.AddDays(1)) < until ? campaign.StartOfDay(day.AddDays(1)) : until;
            var share = (to - from).TotalDays * (campaign.Calendar.IsWorkingDay(day) ? 1 : TrafficShape.NonWorkingDayFactor);
            var count = (int)(perWorkingDay * share);
            foreach (var time in Enumerable.Range(0, count).Select(_ => generator.TimeIn(from, to)).Order().ToList())
            {
                if (generator.Next(time, perWorkingDay) is { Value: not 0 } e)
                {
                    var seq = records.Count + 1;
                    records.Add(new EventRecord(seq, $"sim-{seq}", e.Time.ToUnixTimeMilliseconds(), e.Unit, e.Kpi, e.Value));
                }
            }
        }

        Records = [.. records];
        Aggregates.Apply(Records);
    }
}
