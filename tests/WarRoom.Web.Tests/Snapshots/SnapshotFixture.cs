using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Seed;
using WarRoom.Core.Simulation;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>
/// One host for the snapshot tests, fed once with campaign traffic made by the simulator's generator (fixed seed)
/// through the real ingest API, up to the frozen clock — so rankings, exports and pages have realistic figures.
/// </summary>
public sealed class SnapshotFixture : WarRoomAppFactory, IAsyncLifetime
{
    public const int EventCount = 6_000;

    public async Task InitializeAsync()
    {
        await WaitUntilReadyAsync();
        using var ingest = ClientWith(IngestKey);
        foreach (var batch in GeneratedEvents(Services.GetRequiredService<SeedData>(), EventCount, "fixture").Chunk(2_000))
        {
            var response = await ingest.PostAsync("/api/v1/events", Ingest.IngestClient.Batch(batch));
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.True(response.IsSuccessStatusCode && answer!["accepted"]!.GetValue<int>() == batch.Length, answer?.ToJsonString());
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary><paramref name="count"/> events between the campaign start and an hour before the frozen clock.</summary>
    public static IEnumerable<JsonNode> GeneratedEvents(SeedData seed, int count, string idPrefix, int randomSeed = 2027)
    {
        var generator = new TrafficGenerator(seed.Org, seed.Campaign, randomSeed);
        var until = Now.AddHours(-1);
        var made = 0;
        for (var attempt = 0; made < count && attempt < count * 4; attempt++)
        {
            var time = generator.TimeIn(seed.Campaign.Start, until);
            if (generator.Next(time, count / 35.0) is { Value: not 0 } e)
            {
                yield return Ingest.IngestClient.Event(
                    $"{idPrefix}-{made++}", e.Time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz"),
                    seed.Org[e.Unit].Code, seed.Kpis[e.Kpi].Code, e.Value);
            }
        }
    }
}
