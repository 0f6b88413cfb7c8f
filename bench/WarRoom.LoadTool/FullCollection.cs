using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace WarRoom.LoadTool;

/// <summary>
/// Makes the server run a full blocking garbage collection, from outside, the way dotnet-gcdump does: an EventPipe
/// session with the runtime's GCHeapCollect keyword. The working set after a run also holds garbage that the GC has
/// simply not needed to collect yet; what a screen really costs is the heap after a full collection.
/// </summary>
internal static class FullCollection
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcHeapCollectKeyword = 0x800000;

    /// <summary>Induces the collection and waits until <paramref name="readIndex"/> (the server's last full GC) moves on.</summary>
    public static async Task<bool> InduceAsync(int processId, Func<Task<long>> readIndex, TimeSpan timeout)
    {
        var before = await readIndex();
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, GcHeapCollectKeyword)], requestRundown: false, circularBufferMB: 16);
        var draining = session.EventStream.CopyToAsync(Stream.Null);
        var deadline = DateTime.UtcNow + timeout;
        var moved = false;
        while (!moved && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            moved = await readIndex() != before;
        }

        await session.StopAsync(CancellationToken.None);
        await draining;
        return moved;
    }
}
