using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Storage;
using WarRoom.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>
/// Both ingest parsers (the JSON fast path and general reader, and the CSV reader) over mutated bodies
/// (<see cref="FuzzBodies"/>), a bounded number of cases: never a 5xx; a 4xx says why; a 200 answers for every event
/// the body holds (accepted, or a duplicate or a rejection at its index, each index once); and at the end the store
/// and the aggregates hold exactly the accepted events — each id once, per-KPI totals equal to their sum.
/// </summary>
public sealed class IngestFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int JsonCases = 500, CsvCases = 250;

    // The per-key limit (burst 100, 50 a second) would answer most of 750 quick posts with 429 on an idle machine,
    // which tests the limiter instead of the parsers (IngestRateLimitTests hold the limiter).
    private readonly WarRoomAppFactory app = WarRoomAppFactory.With(overrides: new Dictionary<string, string?>
    {
        ["WarRoom:RateLimits:Ingest:Burst"] = "10000",
        ["WarRoom:RateLimits:Ingest:PerSecond"] = "10000",
    });
    private readonly Dictionary<string, long> expected = new(StringComparer.Ordinal);
    private readonly HashSet<string> acceptedIds = new(StringComparer.Ordinal);

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Mutated_bodies_never_5xx_every_event_is_answered_and_the_store_holds_exactly_the_accepted_ones()
    {
        using var client = app.ClientWith(WarRoomAppFactory.IngestKey);
        var bodies = new FuzzBodies(20270222);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < JsonCases + CsvCases; i++)
        {
            var body = bodies.Next(csv: i >= JsonCases);
            using var content = new ByteArrayContent(body.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(body.MediaType);
            if (body.ContentEncoding is not null)
            {
                content.Headers.ContentEncoding.Add(body.ContentEncoding);
            }

            var response = await client.PostAsync(body.MediaType == "text/csv" ? "/api/v1/events/import" : "/api/v1/events", content);
            var text = await response.Content.ReadAsStringAsync();
            var key = $"{body.Mutation} {(int)response.StatusCode}";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            Assert.True((int)response.StatusCode < 500, $"case {i} ({body.Mutation}): {(int)response.StatusCode} {text}");
            var answer = JsonNode.Parse(text)!.AsObject();
            if (!response.IsSuccessStatusCode)
            {
                Assert.False(string.IsNullOrWhiteSpace(answer["detail"]?.GetValue<string>()), $"case {i}: {text}");
                continue;
            }

            Account(i, FuzzReading.Events(FuzzReading.Decoded(body), body.MediaType), answer);
        }

        output.WriteLine(string.Join("\n", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")));
        await AssertStoreAndAggregatesHoldTheAcceptedAsync();
    }

    /// <summary>Every event the body holds is answered once; the accepted ones are added to what the store must hold.</summary>
    private void Account(int @case, IReadOnlyList<(string? Id, string? Kpi, string? Value)> events, JsonObject answer)
    {
        var duplicates = answer["duplicateIndexes"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        var rejected = answer["rejected"]!.AsArray().Select(n => n!["index"]!.GetValue<int>()).ToList();
        var answered = duplicates.Concat(rejected).ToList();
        Assert.Equal(answered.Count, answered.Distinct().Count());
        Assert.All(answered, i => Assert.InRange(i, 0, events.Count - 1));
        Assert.Equal(events.Count, answer["accepted"]!.GetValue<int>() + answered.Count);
        Assert.Equal(duplicates.Count, answer["duplicates"]!.GetValue<int>());
        foreach (var i in Enumerable.Range(0, events.Count).Except(answered))
        {
            var (id, kpi, value) = events[i];
            Assert.True(acceptedIds.Add(id!), $"case {@case}: '{id}' accepted twice");
            expected[kpi!] = expected.GetValueOrDefault(kpi!) + FixedPoint.FromDouble(double.Parse(value!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private async Task AssertStoreAndAggregatesHoldTheAcceptedAsync()
    {
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        var ids = new List<string>();
        var kpis = app.Services.GetRequiredService<KpiCatalog>();
        await app.Services.GetRequiredService<IKpiStore>().ReadAllAsync(e =>
        {
            ids.Add(e.Id);
            stored[kpis[e.Kpi].Code] = stored.GetValueOrDefault(kpis[e.Kpi].Code) + FixedPoint.FromDouble(e.Value);
        }, CancellationToken.None);

        Assert.True(acceptedIds.Count > 500, $"only {acceptedIds.Count} events were accepted: the bodies are too broken to test much");
        Assert.Equal(acceptedIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), stored.OrderBy(e => e.Key, StringComparer.Ordinal));
        var aggregates = app.Services.GetRequiredService<KpiAggregates>();
        var root = app.Services.GetRequiredService<OrgTree>().Root;
        foreach (var (kpi, sum) in expected)
        {
            Assert.Equal(FixedPoint.ToDouble(sum), aggregates.Value(root, kpis.Find(kpi)!, RankWindow.CampaignToDate, WarRoomAppFactory.Now), 6);
        }
    }
}
