using WarRoom.Web.Storage;

namespace WarRoom.Web.Tests.Storage;

/// <summary>What the bounded id ledger asks of the store (decision 0022): which of some ids it holds.</summary>
public abstract partial class KpiStoreContract
{
    [ContractFact]
    public async Task Finding_stored_ids_answers_exactly_the_stored_ones()
    {
        var events = ContractScenario.Events(Seed);
        await Store.WriteAsync(events, CancellationToken.None);
        var stored = events.Select(e => new StoredIdQuery(e.Id, e.TimeMs, e.Unit, e.Kpi)).ToList();

        // Absent ids, some looked for where a stored event is (same series and second), some elsewhere.
        var absent = events.Take(5).Select((e, i) => new StoredIdQuery($"absent-{i}", e.TimeMs, e.Unit, e.Kpi))
            .Append(new StoredIdQuery("never-sent", events[0].TimeMs + 3_600_000, events[0].Unit, events[0].Kpi))
            .ToList();

        var found = await Store.FindStoredAsync([.. absent, .. stored], CancellationToken.None);

        Assert.Equal(events.Select(e => e.Id).Order(), found.Order());
        Assert.Empty(await Store.FindStoredAsync(absent, CancellationToken.None));
        Assert.Empty(await Store.FindStoredAsync([], CancellationToken.None));
    }

    [ContractFact]
    public async Task Finding_stored_ids_takes_more_ids_than_one_statement_holds()
    {
        var events = InfluxTestStores.Batch(Seed, 1, 1_200);
        await Store.WriteAsync(events, CancellationToken.None);
        var asked = events.Where((_, i) => i % 2 == 0).Select(e => new StoredIdQuery(e.Id, e.TimeMs, e.Unit, e.Kpi))
            .Concat(events.Select(e => new StoredIdQuery(e.Id + "-not", e.TimeMs, e.Unit, e.Kpi)))
            .ToList();

        var found = await Store.FindStoredAsync(asked, CancellationToken.None);

        Assert.Equal(600, found.Count);
        Assert.All(events.Where((_, i) => i % 2 == 0), e => Assert.Contains(e.Id, found));
    }
}
