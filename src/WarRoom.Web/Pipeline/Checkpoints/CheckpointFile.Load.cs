using System.Diagnostics;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>A start's load of one checkpoint, its checksum checked on a second thread meanwhile (decision 0023).</summary>
public static partial class CheckpointFile
{
    /// <summary>
    /// Loads the body into the state <paramref name="walk"/> fills while a second thread checks the file's checksum
    /// (<see cref="Verify"/>): the hash no longer holds up the load, and on two cores the two passes overlap (the
    /// second reads from the page cache the first filled). Null when the file was whole; otherwise the reason, and the
    /// state is then loaded from a damaged file: the caller resets it. A walk that breaks off on a file whose checksum
    /// does not match gives that reason too; on a whole file it throws (a defect, not damage).
    /// </summary>
    public static string? Load(string path, Action<IStateChannel> walk) => Load(path, walk, out _);

    /// <param name="checksumWait">How long the load waited for the checksum after its walk (the hash's share of the start).</param>
    public static string? Load(string path, Action<IStateChannel> walk, out TimeSpan checksumWait)
    {
        var checksum = Task.Factory.StartNew(
            () => Verify(path, out var problem) is null ? problem ?? "unreadable" : null,
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var end = file.Length - TrailerSize;
        file.Seek(CheckpointHeader.Size, SeekOrigin.Begin);
        var channel = new LoadingChannel(file, end);
        checksumWait = TimeSpan.Zero;
        try
        {
            walk(channel);
        }
        catch (Exception) when (checksum.GetAwaiter().GetResult() is not null)
        {
            return checksum.Result;
        }

        var walked = Stopwatch.GetTimestamp();
        var damage = checksum.GetAwaiter().GetResult();
        checksumWait = Stopwatch.GetElapsedTime(walked);
        if (damage is not null)
        {
            return damage;
        }

        return channel.Offset == end ? null : $"the state ended at byte {channel.Offset} of {end}";
    }
}
