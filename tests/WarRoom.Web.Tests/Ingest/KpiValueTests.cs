using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Kpis;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>
/// A value its KPI does not allow is rejected with that reason (half a customer, a negative card count, a 50亿
/// deposit), on the fast path and the general reader alike; an event that could wrap a running total is rejected
/// before it is acknowledged; a reversal is taken and cannot push a composite score below 0.
/// </summary>
public sealed class KpiValueTests : IAsyncLifetime
{
    private readonly WarRoomAppFactory app = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await app.WaitUntilReadyAsync();
        client = app.ClientWith(WarRoomAppFactory.IngestKey);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("customers_new", 1.5, "kpi 'customers_new' counts whole 户: value 1.5 is not a whole number")]
    [InlineData("credit_cards", -2, "value -2 is below the least one 'credit_cards' event may carry (0 张)")]
    [InlineData("deposit_new", 500_000, "value 500000 is above the most one 'deposit_new' event may carry (50000 万元)")]
    [InlineData("deposit_new", -50_000.01, "value -50000.01 is below the least one 'deposit_new' event may carry (-50000 万元)")]
    public async Task A_value_outside_its_kpi_is_rejected_on_either_reader(string kpi, double value, string reason)
    {
        var id = "kv-" + Guid.NewGuid().ToString("N");

        // The first body is in the fast path's shape; the second has an extra field, so the general reader reads it.
        var fast = await PostAsync(client, Event(id, kpi: kpi, value: value));
        var general = await PostAsync(client, Event(id + "-g", kpi: kpi, value: value).Also("channel", "branch"));

        Assert.Equal(reason, ErrorAt(fast, 0));
        Assert.Equal(reason, ErrorAt(general, 0));
    }

    [Fact]
    public async Task A_net_outflow_is_taken_and_the_score_stays_at_or_above_0()
    {
        var answer = await PostAsync(client, Event("kv-out-" + Guid.NewGuid().ToString("N"), unit: "M00007", value: -50_000));
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var ranking = await AnswerAsync(await leader.GetAsync("/api/v1/rankings?level=manager&scope=HQ"));

        Assert.Equal(1, answer["accepted"]!.GetValue<int>());
        var row = ranking["items"]!.AsArray().Single(i => i!["unit"]!.GetValue<string>() == "M00007")!;
        Assert.InRange(row["score"]!.GetValue<double>(), 0, 150);
        Assert.All(ranking["items"]!.AsArray(), i => Assert.InRange(i!["score"]!.GetValue<double>(), 0, 150));
    }

    [Fact]
    public async Task An_event_that_could_overflow_its_kpis_totals_is_rejected_and_nothing_wraps()
    {
        // Replays as if the store held enough maximal events (922,338 × 1e9 万元 > long.MaxValue in fixed point) that nothing more fits.
        var budget = app.Services.GetRequiredService<TotalsBudget>();
        var deposits = app.Services.GetRequiredService<KpiCatalog>().Find("deposit_new")!.Index;
        for (var i = 0; i < 922_338; i++)
        {
            budget.Restore(deposits, 1e9);
        }

        var answer = await PostAsync(client, Event("kv-ovf-" + Guid.NewGuid().ToString("N"), value: 50_000), Event("kv-ok-" + Guid.NewGuid().ToString("N"), kpi: "fund_sales", value: 10));

        Assert.Equal(1, answer["accepted"]!.GetValue<int>());
        Assert.StartsWith("value would overflow the running totals of kpi 'deposit_new'", ErrorAt(answer, 0), StringComparison.Ordinal);
    }
}
