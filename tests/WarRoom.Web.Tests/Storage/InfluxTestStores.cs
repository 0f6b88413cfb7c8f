using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

/// <summary>Helpers for the Influx outage and spool tests: quick-failing options, batches, a count query.</summary>
internal static class InfluxTestStores
{
    public static InfluxOptions FastFailing(string url, string spoolPath) => new()
    {
        Url = url,
        Database = InfluxFixture.NewDatabase(),
        SpoolPath = spoolPath,
        BatchLines = 500,
        MaxRetries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(3),
        DrainMaxDelay = TimeSpan.FromMilliseconds(300),
    };

    public static async Task<InfluxKpiStore> OpenAsync(InfluxOptions options, SeedData seed)
    {
        var store = new InfluxKpiStore(options, seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary><paramref name="count"/> deposit events on the test managers, Seq from <paramref name="firstSeq"/>.</summary>
    public static List<EventRecord> Batch(SeedData seed, long firstSeq, int count)
    {
        var managers = seed.Org.Units.Where(u => u.Level == Core.Org.OrgLevel.Manager).ToArray();
        var start = TestSeed.CampaignStart.ToUnixTimeMilliseconds();
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var seq = firstSeq + i;
            return new EventRecord(seq, $"ev-{seq}", start + (seq * 1_000), managers[(int)(seq % managers.Length)].Index, 0, 1 + (seq % 7));
        })];
    }

    /// <summary>How many points the database holds, asked of InfluxDB itself.</summary>
    public static async Task<long> CountPointsAsync(InfluxOptions options)
    {
        using var http = new InfluxHttp(options, NullLogger.Instance);
        using var answer = await http.QueryAsync("SELECT count(\"value\") FROM \"kpi_event\"", CancellationToken.None);
        var series = InfluxResults.AllSeries(answer).ToList();
        return series.Count == 0 ? 0 : InfluxResults.Rows(series[0]).First()[1].GetInt64();
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting until {what}");
            }

            await Task.Delay(50);
        }
    }
}
