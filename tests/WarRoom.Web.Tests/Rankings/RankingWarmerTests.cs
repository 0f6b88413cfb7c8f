using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Rankings;

/// <summary>
/// The rankings asked for lately are ranked again off the request path when ingest moved the aggregates (issue 25:
/// the first request after a quiet spell paid for every late booking since), and the API says where a request's
/// time went (Server-Timing). Each test has its own warmer, so the app's own loop does not count into it.
/// </summary>
public sealed class RankingWarmerTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_asked_ranking_is_ranked_again_once_per_change_of_the_aggregates()
    {
        var warmer = NewWarmer();
        var ranker = app.Services.GetRequiredService<Ranker>();
        long seen = -1;
        warmer.CatchUp(ref seen);
        Assert.Equal(0, warmer.Warmed);   // nothing asked yet

        warmer.Asked(Query("deposit_new"));
        warmer.CatchUp(ref seen);
        Assert.Equal(1, warmer.Warmed);
        Assert.Equal(ranker.Aggregates.Version, seen);

        warmer.CatchUp(ref seen);
        Assert.Equal(1, warmer.Warmed);   // the aggregates did not move

        await PostAsync(app.ClientWith(WarRoomAppFactory.IngestKey), Event("warm-1", unit: "M00003", time: "2027-02-20T11:00:00+08:00"));
        warmer.CatchUp(ref seen);
        Assert.Equal(2, warmer.Warmed);
        Assert.Equal(ranker.Aggregates.Version, seen);
    }

    [Fact]
    public void No_more_than_its_capacity_of_queries_is_kept_warm()
    {
        var warmer = NewWarmer();
        var kpis = app.Services.GetRequiredService<WarRoom.Core.Kpis.KpiCatalog>().All.Select(k => k.Code).ToList();
        Assert.True(kpis.Count > RankingWarmer.Capacity);
        foreach (var kpi in kpis)
        {
            warmer.Asked(Query(kpi));
        }

        long seen = -1;
        warmer.CatchUp(ref seen);
        Assert.Equal(RankingWarmer.Capacity, warmer.Warmed);
    }

    [Fact]
    public async Task A_ranking_answer_says_where_its_time_went()
    {
        var response = await app.ClientWith(WarRoomAppFactory.LeaderToken).GetAsync("/api/v1/rankings?level=manager&metric=composite&top=5");
        response.EnsureSuccessStatusCode();
        var timing = Assert.Single(response.Headers.GetValues("Server-Timing"));
        var figures = timing.Split(", ").Select(m => m.Split(';')).ToDictionary(
            p => p[0], p => double.Parse(p[1]["dur=".Length..], CultureInfo.InvariantCulture));

        Assert.Equal(["handler", "lock", "gc", "gcTotal", "gcLast"], figures.Keys);
        Assert.True(figures["handler"] > 0 && figures["lock"] <= figures["handler"], timing);
        Assert.Contains("gcTotal;dur=", timing);
        Assert.Matches("gcTotal;dur=[0-9.]+;desc=\"[0-9]+/[0-9]+/[0-9]+\", gcLast;dur=[0-9.]+;desc=\"#[0-9]+ gen[0-2] promoted [0-9]+ KiB", timing);
    }

    private RankingWarmer NewWarmer() => new(
        app.Services.GetRequiredService<Ranker>(), app.Services.GetRequiredService<Campaign>(),
        app.Services.GetRequiredService<TimeProvider>(), NullLogger<RankingWarmer>.Instance);

    private RankingQuery Query(string metric)
    {
        var org = app.Services.GetRequiredService<OrgTree>();
        org.Levels.TryParse("manager", out var manager);
        return new RankingQuery(manager, metric, RankBasis.Value, org.Root, RankWindow.CampaignToDate, 10, null, Forecast: true);
    }
}
