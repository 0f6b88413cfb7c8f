using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Aggregates;
using WarRoom.Web.Pipeline.Checkpoints;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Pipeline.Checkpoints;

/// <summary>
/// A checkpoint that cannot be trusted — torn, truncated, flipped, of an older format, of another seed, against
/// a store that no longer holds its events, or never renamed because the process died while writing it — is not
/// loaded: the start falls back to an older good one or to the full rebuild, and the figures are the store's.
/// </summary>
public sealed class CheckpointFallbackTests
{
    public enum Damage
    {
        Truncated,
        FlippedByte,
        OlderFormat,
        OtherSeed,
        OnlyATornTemporaryFile,
        LedgerOfAnotherLayout,
    }

    [Theory]
    [InlineData(Damage.Truncated)]
    [InlineData(Damage.FlippedByte)]
    [InlineData(Damage.OlderFormat)]
    [InlineData(Damage.OtherSeed)]
    [InlineData(Damage.OnlyATornTemporaryFile)]
    [InlineData(Damage.LedgerOfAnotherLayout)]
    public async Task A_damaged_checkpoint_falls_back_to_the_full_rebuild(Damage damage)
    {
        var (directory, path, expected) = await StoreWithCheckpointAsync(events: 1_500, withOlder: false);
        Spoil(path, damage);

        var (loaded, counters) = await StartAsync(directory);
        Assert.Null(loaded);
        Assert.Equal(expected, counters);
        Assert.Equal(damage == Damage.LedgerOfAnotherLayout, File.Exists(path + ".unreadable"));
    }

    [Fact]
    public async Task A_damaged_newest_checkpoint_falls_back_to_the_one_before_it()
    {
        var (directory, newest, expected) = await StoreWithCheckpointAsync(events: 1_500, withOlder: true);
        Spoil(newest, Damage.FlippedByte);

        var (loaded, counters) = await StartAsync(directory);
        Assert.NotNull(loaded);
        Assert.NotEqual(newest, loaded);
        Assert.Equal(expected, counters);
    }

    [Fact]
    public async Task A_checkpoint_the_store_no_longer_backs_is_not_used()
    {
        var (directory, _, _) = await StoreWithCheckpointAsync(events: 500, withOlder: false);
        File.Delete(Path.Combine(directory, "warroom.db"));

        var (loaded, counters) = await StartAsync(directory);
        Assert.Null(loaded);
        Assert.Equal(0, counters.Applied);
    }

    /// <summary>A store with events and a checkpoint of all of them (the graceful stop's), and the counters then.</summary>
    private static async Task<(string Directory, string Newest, AggregateCounters Counters)> StoreWithCheckpointAsync(int events, bool withOlder)
    {
        var directory = Directory.CreateTempSubdirectory("warroom-checkpoint-").FullName;
        await using var app = WarRoomAppFactory.With(directory);
        await app.WaitUntilReadyAsync();
        using var client = app.ClientWith(WarRoomAppFactory.IngestKey);
        var checkpoints = app.Services.GetRequiredService<CheckpointService>();
        await CheckpointRestartTests.PostEventsAsync(app, client, "a", events, seed: 3);
        if (withOlder)
        {
            Assert.NotNull(await checkpoints.TakeAsync(CancellationToken.None));
            await CheckpointRestartTests.PostEventsAsync(app, client, "b", events, seed: 4);
        }

        var newest = (await checkpoints.TakeAsync(CancellationToken.None))!;
        return (directory, newest, app.Services.GetRequiredService<KpiAggregates>().Counters);
    }

    private static async Task<(string? Loaded, AggregateCounters Counters)> StartAsync(string directory)
    {
        await using var app = WarRoomAppFactory.With(directory);
        await app.WaitUntilReadyAsync();
        return (app.Services.GetRequiredService<CheckpointLoader>().Loaded?.Path, app.Services.GetRequiredService<KpiAggregates>().Counters);
    }

    private static void Spoil(string path, Damage damage)
    {
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case Damage.Truncated:
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case Damage.FlippedByte:
                bytes[bytes.Length / 2] ^= 0x10;
                File.WriteAllBytes(path, bytes);
                break;
            case Damage.OlderFormat:
                bytes[8] = 0; // the format version: 0 was never written; checksum made whole again
                File.WriteAllBytes(path, Rehashed(bytes));
                break;
            case Damage.OtherSeed:
                bytes[20] ^= 0xFF; // inside the seed fingerprint; checksum made whole again
                File.WriteAllBytes(path, Rehashed(bytes));
                break;
            case Damage.LedgerOfAnotherLayout:
                // The body's first number is the ledger's layout (after a zero-run and a raw-run count): a part whose
                // layout changed without a format bump. Whole by its checksum; the start set it aside and rebuilt.
                bytes[CheckpointHeader.Size + 2] ^= 0x40;
                File.WriteAllBytes(path, Rehashed(bytes));
                break;
            case Damage.OnlyATornTemporaryFile:
                // What a SIGKILL mid-write leaves when there was no checkpoint before: a partial file under the temporary name.
                File.Delete(path);
                File.WriteAllBytes(path + ".tmp", bytes[..(bytes.Length * 2 / 3)]);
                break;
        }
    }

    /// <summary>The file with its trailer's checksum recomputed: damage only the header's checks can see.</summary>
    private static byte[] Rehashed(byte[] bytes)
    {
        UInt128 hash = WarRoom.Web.Pipeline.Checkpoints.CheckpointChecksum.Of(bytes.AsSpan(0, bytes.Length - 24));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes.AsSpan(bytes.Length - 16), hash);
        return bytes;
    }
}
