using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>
/// Inside its window the id ledger is a set: against HashSet over many ids, through its growth, with the zero hash
/// and collisions in one probe run. Its window and fingerprints: IdLedgerWindowTests.
/// </summary>
public sealed class IdLedgerTests
{
    [Fact]
    public void It_agrees_with_a_HashSet_while_it_grows()
    {
        var ledger = new IdLedger();
        var reference = new HashSet<UInt128>();
        var random = new Random(2027);
        for (var i = 0; i < 200_000; i++)
        {
            // Every third hash is one seen before, so Add also answers "already there".
            var hash = i % 3 == 0 && reference.Count > 0 ? reference.ElementAt(random.Next(Math.Min(reference.Count, 50))) : IdLedger.Hash($"id-{i}");
            Assert.Equal(reference.Add(hash), ledger.Add(hash));
        }

        Assert.Equal(reference.Count, ledger.Count);
        Assert.All(reference.Take(10_000), h => Assert.True(ledger.Contains(h)));
        Assert.All(Enumerable.Range(0, 10_000).Select(i => IdLedger.Hash($"absent-{i}")), h => Assert.False(ledger.Contains(h)));
    }

    [Fact]
    public void The_zero_hash_is_an_id_like_any_other()
    {
        var ledger = new IdLedger();

        Assert.False(ledger.Contains(UInt128.Zero));
        Assert.True(ledger.Add(UInt128.Zero));
        Assert.False(ledger.Add(UInt128.Zero));
        Assert.True(ledger.Contains(UInt128.Zero));
        Assert.Equal(1, ledger.Count);
    }

    [Fact]
    public void Hashes_that_land_on_the_same_slot_are_all_kept_apart()
    {
        // Equal high halves map to the same home slot whatever the table size; only the low halves differ.
        var ledger = new IdLedger();
        var same = Enumerable.Range(1, 2_000).Select(i => new UInt128(0xDEADBEEF_00000000UL, (ulong)i)).ToArray();

        Assert.All(same, h => Assert.True(ledger.Add(h)));
        Assert.All(same, h => Assert.False(ledger.Add(h)));
        Assert.All(same, h => Assert.True(ledger.Contains(h)));
        Assert.False(ledger.Contains(new UInt128(0xDEADBEEF_00000000UL, 5_000)));
        Assert.Equal(2_000, ledger.Count);
    }

    [Fact]
    public void EnsureCapacity_keeps_what_is_there()
    {
        var ledger = new IdLedger();
        var hashes = Enumerable.Range(0, 5_000).Select(i => IdLedger.Hash($"e-{i}")).ToArray();
        foreach (var h in hashes)
        {
            ledger.Add(h);
        }

        ledger.EnsureCapacity(1_000_000);

        Assert.Equal(5_000, ledger.Count);
        Assert.All(hashes, h => Assert.True(ledger.Contains(h)));
    }

    [Fact]
    public void A_ledger_sized_for_the_campaign_takes_that_many_ids_without_growing()
    {
        var ledger = new IdLedger();
        ledger.EnsureCapacity(200_000);
        var capacity = ledger.Capacity;

        for (var i = 0; i < 200_000; i++)
        {
            Assert.True(ledger.Add(IdLedger.Hash($"c-{i}")));
        }

        var bytes = ledger.Bytes;
        Assert.InRange(capacity, 200_000, 200_002);
        Assert.Equal(capacity, ledger.Capacity);
        Assert.True(ledger.Add(IdLedger.Hash("one more")) && ledger.Add(IdLedger.Hash("and another")));
        Assert.True(ledger.Bytes > bytes, "a second fingerprint segment once the first is full");
        Assert.True(ledger.MayBeStored(IdLedger.Hash("c-7")) == false && ledger.Contains(IdLedger.Hash("c-7")));
    }

    [Fact]
    public void Removing_keeps_every_other_id_findable_even_inside_a_run_of_collisions()
    {
        var ledger = new IdLedger();
        var clustered = Enumerable.Range(1, 300).Select(i => new UInt128(0xABCDEF00_00000000UL, (ulong)i)).ToArray();
        var spread = Enumerable.Range(0, 3_000).Select(i => IdLedger.Hash($"r-{i}")).ToArray();
        foreach (var h in clustered.Concat(spread))
        {
            ledger.Add(h);
        }

        var removed = clustered.Where((_, i) => i % 3 == 0).Concat(spread.Where((_, i) => i % 2 == 0)).ToHashSet();
        Assert.All(removed, h => Assert.True(ledger.Remove(h)));
        Assert.All(removed, h => Assert.False(ledger.Remove(h)));

        Assert.All(removed, h => Assert.False(ledger.Contains(h)));
        Assert.All(clustered.Concat(spread).Where(h => !removed.Contains(h)), h => Assert.True(ledger.Contains(h)));
        Assert.Equal(300 + 3_000 - removed.Count, ledger.Count);
        Assert.True(ledger.Remove(UInt128.Zero) == false && ledger.Add(UInt128.Zero) && ledger.Remove(UInt128.Zero));
    }
}
