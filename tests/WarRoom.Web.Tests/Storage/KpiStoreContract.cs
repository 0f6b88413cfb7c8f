using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IKpiStore"/> adapter owes WarRoom. Each subclass supplies a fresh, initialised
/// store per test; the cases are in this file and its partial siblings (totals, series).
/// </summary>
public abstract partial class KpiStoreContract : IAsyncLifetime
{
    private IKpiStore? store;

    protected SeedData Seed { get; } = TestSeed.Create();

    protected IKpiStore Store => store ?? throw new InvalidOperationException("store not opened");

    /// <summary>A new store over empty storage, already initialised.</summary>
    protected abstract Task<IKpiStore> OpenStoreAsync();

    public async Task InitializeAsync() => store = await OpenStoreAsync();

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    protected async Task<List<EventRecord>> ReadAllAsync()
    {
        var all = new List<EventRecord>();
        await Store.ReadAllAsync(all.Add, CancellationToken.None);
        return [.. all.OrderBy(e => e.Seq)];
    }

    protected Task WriteScenarioAsync() => Store.WriteAsync(ContractScenario.Events(Seed), CancellationToken.None);

    [ContractFact]
    public async Task Write_then_read_all_returns_every_event_unchanged()
    {
        var events = ContractScenario.Events(Seed);
        await Store.WriteAsync(events, CancellationToken.None);

        Assert.Equal(events.OrderBy(e => e.Seq), await ReadAllAsync());
    }

    [ContractFact]
    public async Task Rewriting_the_same_seq_leaves_one_copy()
    {
        var events = ContractScenario.Events(Seed);
        await Store.WriteAsync(events, CancellationToken.None);
        await Store.WriteAsync(events, CancellationToken.None);
        await Store.WriteAsync([.. events.Skip(3).Take(5)], CancellationToken.None);

        Assert.Equal(events.OrderBy(e => e.Seq), await ReadAllAsync());
        Assert.Equal(1259, await CampaignTotalAsync("HQ", "deposit_new"));
    }

    [ContractFact]
    public async Task Ids_and_values_round_trip_including_unicode_and_escapes()
    {
        string[] ids = ["订单-中文-001", "emoji-😀-𠮷", "quote\"back\\slash", "space, comma=equals", "line\nbreak\ttab", "'single'"];
        double[] values = [0.1, 1e20, -3.5, 123456.789, 5e-324, 1.0 / 3];
        var events = ids.Select((id, i) => TestSeed.Event(Seed, 100 + i, "M001", "deposit_new", "2027-01-04 09:00:00", values[i], id)).ToList();

        await Store.WriteAsync(events, CancellationToken.None);

        Assert.Equal(events, await ReadAllAsync());
    }

    [ContractFact]
    public async Task A_large_batch_is_written_whole()
    {
        var random = new Random(7);
        var managers = Seed.Org.Units.Where(u => u.Level == Core.Org.OrgLevel.Manager).ToArray();
        var start = TestSeed.CampaignStart.ToUnixTimeMilliseconds();
        var events = Enumerable.Range(1, 25_000).Select(i => new EventRecord(
            i, $"bulk-{i:D6}", start + random.NextInt64(80L * 86_400_000), managers[random.Next(managers.Length)].Index,
            0, Math.Round(random.NextDouble() * 1000, 2))).ToList();

        await Store.WriteAsync(events, CancellationToken.None);

        var all = await ReadAllAsync();
        Assert.Equal(events.Count, all.Count);
        Assert.Equal(events, all);
        Assert.Equal(events.Sum(e => e.Value), await CampaignTotalAsync("HQ", "deposit_new"), tolerance: 1e-3);
    }
}
