using WarRoom.IngestBench;

namespace WarRoom.Soak;

/// <summary>
/// How long and how hard: bounded by time and by count, whichever comes first. The id ledger is sized for the
/// count (as an operator sizes it for the campaign), so after the start every event should cost only its share of
/// the store's page cache and nothing on the managed heap.
/// </summary>
/// <para>
/// The store is InfluxDB by default, as in production: the app then holds nothing per event but its ledger slot.
/// With <c>--store sqlite</c> the embedded store's page cache (<c>cache_size</c> 256 MiB) and memory map (256 MiB)
/// fill as the file grows, by design, and level off only at those caps.
/// </para>
internal sealed record SoakPlan(TimeSpan Duration, long Events, int Rate, int Batch, int Readers, TimeSpan SampleEvery, string Store)
{
    public static SoakPlan From(BenchArgs args)
    {
        var plan = new SoakPlan(
            TimeSpan.FromMinutes(args.Double("--minutes", 60)),
            args.Long("--events", 1_800_000),
            args.Int("--rate", 500),
            args.Int("--batch", 500),
            args.Int("--readers", 4),
            TimeSpan.FromSeconds(args.Double("--sample-seconds", 30)),
            args.Value("--store") ?? "influx");
        if (plan.Store is not ("influx" or "sqlite"))
        {
            throw new ArgumentException("--store must be influx or sqlite");
        }

        if (plan.Rate <= 0 || plan.Batch <= 0 || plan.Events <= 0 || plan.Readers < 0 || plan.SampleEvery <= TimeSpan.Zero)
        {
            throw new ArgumentException("--rate, --batch, --events and --sample-seconds must be positive, --readers not negative");
        }

        return plan;
    }

    /// <summary>Time between two request bodies at the steady rate.</summary>
    public TimeSpan BodyInterval => TimeSpan.FromSeconds((double)Batch / Rate);
}
