using Microsoft.Extensions.Time.Testing;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Pipeline.Checkpoints;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>
/// The bounded ledger (decision 0022): ids leave the exact window after two turns, by time or by count, and are
/// then "maybe stored" through their fingerprints, never "new"; ids never taken are new; a checkpoint keeps it all.
/// </summary>
public sealed class IdLedgerWindowTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Ids_older_than_two_turns_are_only_fingerprints_and_never_taken_for_new()
    {
        var ledger = new IdLedger(clock, Window, 1_000_000);
        var old = Hashes("old", 50_000);
        Assert.All(old, h => Assert.True(ledger.Add(h)));

        clock.Advance(Window);
        ledger.Turn();
        Assert.All(old.Take(1_000), h => Assert.True(ledger.Contains(h)));
        Assert.All(old.Take(1_000), h => Assert.False(ledger.Add(h)));

        clock.Advance(Window - TimeSpan.FromSeconds(1));
        ledger.Turn();
        Assert.True(ledger.Contains(old[0]), "the window has not passed since the last turn");
        clock.Advance(TimeSpan.FromSeconds(1));
        ledger.Turn();

        Assert.Equal(0, ledger.RecentCount);
        Assert.Equal(50_000, ledger.Count);
        Assert.All(old, h => Assert.True(!ledger.Contains(h) && ledger.MayBeStored(h)));

        // Fingerprints are 32 bits: among 50,000 absent ids, none should pass for stored (odds ~10⁻⁵ in all).
        Assert.All(Hashes("absent", 50_000), h => Assert.False(ledger.MayBeStored(h)));
    }

    [Fact]
    public void A_full_generation_turns_before_its_time()
    {
        var ledger = new IdLedger(clock, Window, 10_000);
        var first = Hashes("a", 10_000);
        foreach (var h in first)
        {
            ledger.Add(h);
        }

        ledger.Turn();
        foreach (var h in Hashes("b", 10_000))
        {
            ledger.Add(h);
        }

        ledger.Turn();

        Assert.Equal(10_000, ledger.RecentCount);
        Assert.All(first, h => Assert.True(ledger.MayBeStored(h)));
        Assert.True(ledger.Bytes < 2 * 16 * 20_000 + (4 * 40_000), $"{ledger.Bytes} bytes");
    }

    [Fact]
    public void A_taken_back_id_is_maybe_stored_afterwards_and_taken_again()
    {
        var ledger = new IdLedger(clock, Window, 10_000);
        var hash = IdLedger.Hash("failed-write");
        ledger.Add(hash);
        Assert.True(ledger.Remove(hash));

        Assert.Equal(0, ledger.Count);
        Assert.True(ledger.MayBeStored(hash), "its fingerprint stays; the store says it is not there");
        Assert.True(ledger.Add(hash));
    }

    [Fact]
    public void A_checkpoint_keeps_both_generations_the_fingerprints_and_the_turn_time()
    {
        var ledger = new IdLedger(clock, Window, 20_000);
        var old = Hashes("old", 15_000);
        var recent = Hashes("recent", 15_000);
        Array.ForEach(old, h => ledger.Add(h));
        clock.Advance(Window);
        ledger.Turn();
        Array.ForEach(recent, h => ledger.Add(h));
        clock.Advance(Window);
        ledger.Turn();

        using var image = new MemoryStream();
        ledger.Exchange(new SavingChannel(image));
        image.Position = 0;
        var loaded = new IdLedger(clock, Window, 20_000);
        loaded.Exchange(new LoadingChannel(image, image.Length));

        Assert.Equal(ledger.Count, loaded.Count);
        Assert.Equal(15_000, loaded.RecentCount);
        Assert.All(recent, h => Assert.True(loaded.Contains(h)));
        Assert.All(old, h => Assert.True(loaded.MayBeStored(h)));
        Assert.All(Hashes("absent", 5_000), h => Assert.True(!loaded.Contains(h) && !loaded.MayBeStored(h)));

        // The turn time came along: the recent ids leave only once a full window has passed since the last turn.
        loaded.Turn();
        Assert.True(loaded.Contains(recent[0]));
    }

    [Fact]
    public void A_ledger_saved_in_the_layout_before_the_window_is_refused()
    {
        using var image = new MemoryStream();
        var old = new SavingChannel(image);
        old.Number(1024);
        old.Number(0);
        old.Number(0);
        old.Bytes(new byte[1024 * 16]);
        image.Position = 0;

        var ledger = new IdLedger(clock, Window, 10_000);
        Assert.Throws<InvalidDataException>(() => ledger.Exchange(new LoadingChannel(image, image.Length)));
    }

    private static UInt128[] Hashes(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => IdLedger.Hash($"{prefix}-{i}"))];
}
