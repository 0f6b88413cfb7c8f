using WarRoom.Core.Events;

namespace WarRoom.Web.Tests.Storage;

/// <summary>What a start from a checkpoint asks of the store (decision 0023): the tail from a seq, and the highest seq.</summary>
public abstract partial class KpiStoreContract
{
    [ContractFact]
    public async Task Read_from_a_seq_returns_exactly_the_events_numbered_from_it()
    {
        var events = ContractScenario.Events(Seed);
        await Store.WriteAsync(events, CancellationToken.None);
        var from = events.OrderBy(e => e.Seq).ElementAt(events.Count / 2).Seq;

        var tail = new List<EventRecord>();
        await Store.ReadFromAsync(from, tail.Add, CancellationToken.None);

        Assert.Equal(events.Where(e => e.Seq >= from).OrderBy(e => e.Seq), tail.OrderBy(e => e.Seq));
        var none = new List<EventRecord>();
        await Store.ReadFromAsync(events.Max(e => e.Seq) + 1, none.Add, CancellationToken.None);
        Assert.Empty(none);
    }

    [ContractFact]
    public async Task The_last_seq_is_the_highest_stored_and_zero_when_empty()
    {
        Assert.Equal(0, await Store.LastSeqAsync(CancellationToken.None));
        var events = ContractScenario.Events(Seed);
        await Store.WriteAsync(events, CancellationToken.None);

        Assert.Equal(events.Max(e => e.Seq), await Store.LastSeqAsync(CancellationToken.None));
    }
}
