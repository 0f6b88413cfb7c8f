using Microsoft.Extensions.Time.Testing;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Pipeline.Checkpoints;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>
/// A start's replay leaves the ledger as a checkpoint load does (decision 0022): only the newest ids exact, every
/// other one a fingerprint ("maybe stored", never new), while an id the store holds twice still counts once
/// however far apart its copies lie.
/// </summary>
public sealed class IdLedgerReplayTests
{
    private const int RecentIds = 1_000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_full_replay_keeps_only_the_newest_ids_exact_and_every_older_one_as_a_fingerprint()
    {
        var ledger = new IdLedger(clock, Window, RecentIds);
        var stored = Hashes("stored", 50_000);
        Assert.All(stored, h => Assert.True(ledger.AddReplayed(h)));
        ledger.EndReplay();

        Assert.Equal(50_000, ledger.Count);
        Assert.InRange(ledger.RecentCount, RecentIds, 2 * RecentIds);
        Assert.All(stored[^RecentIds..], h => Assert.True(ledger.Contains(h)));
        Assert.All(stored[..^(2 * RecentIds)], h => Assert.True(!ledger.Contains(h) && ledger.MayBeStored(h)));
        Assert.All(Hashes("absent", 20_000), h => Assert.False(ledger.MayBeStored(h) || ledger.Contains(h)));

        // The window's two standard generations and the fingerprints: less than 50,000 ids held exactly would take.
        Assert.True(ledger.Bytes < 50_000 * 16, $"{ledger.Bytes} bytes after the replay");
    }

    [Fact]
    public void An_id_stored_twice_far_apart_counts_once_in_the_replay()
    {
        var ledger = new IdLedger(clock, Window, RecentIds);
        var stored = Hashes("stored", 10_000);
        Assert.All(stored, h => Assert.True(ledger.AddReplayed(h)));

        // Ten generations later, out of the window: only the replay's side table still knows them exactly.
        Assert.False(ledger.Contains(stored[0]));
        Assert.False(ledger.AddReplayed(stored[0]));
        Assert.False(ledger.AddReplayed(stored[5_000]));
        Assert.False(ledger.AddReplayed(stored[^1]));
        ledger.EndReplay();

        Assert.Equal(10_000, ledger.Count);
    }

    [Fact]
    public void A_tail_after_a_checkpoint_drops_the_oversized_generation_an_earlier_replay_saved()
    {
        // What an earlier version saved after a full replay: every replayed id in one generation of its own.
        var earlier = new IdLedger(clock, Window, RecentIds);
        var replayed = Hashes("replayed", 20_000);
        Array.ForEach(replayed, h => earlier.Add(h));
        using var image = new MemoryStream();
        earlier.Exchange(new SavingChannel(image));
        image.Position = 0;
        var ledger = new IdLedger(clock, Window, RecentIds);
        ledger.Exchange(new LoadingChannel(image, image.Length));
        Assert.Equal(20_000, ledger.RecentCount);

        var tail = Hashes("tail", 300);
        Assert.All(tail, h => Assert.True(ledger.AddReplayed(h)));
        Assert.False(ledger.AddReplayed(replayed[7]), "still exact during the tail: a copy of a replayed id is a duplicate");
        Assert.True(ledger.EndReplay() >= 20_000 * 16, "the oversized generation is let go");

        Assert.Equal(20_300, ledger.Count);
        Assert.Equal(300, ledger.RecentCount);
        Assert.All(tail, h => Assert.True(ledger.Contains(h)));
        Assert.All(replayed, h => Assert.True(ledger.MayBeStored(h)));
    }

    [Fact]
    public void A_tail_after_a_checkpoint_keeps_its_generations_and_turns_them_by_count()
    {
        var ledger = new IdLedger(clock, Window, RecentIds);
        var live = Hashes("live", 800);
        Array.ForEach(live, h => ledger.Add(h));

        var tail = Hashes("tail", 700);
        Assert.All(live.Take(50), h => Assert.False(ledger.AddReplayed(h)));
        Assert.All(tail, h => Assert.True(ledger.AddReplayed(h)));
        ledger.EndReplay();

        Assert.Equal(1_500, ledger.Count);
        Assert.Equal(1_500, ledger.RecentCount);
        Assert.All(live.Concat(tail), h => Assert.True(ledger.Contains(h)));
    }

    private static UInt128[] Hashes(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => IdLedger.Hash($"{prefix}-{i}"))];
}
