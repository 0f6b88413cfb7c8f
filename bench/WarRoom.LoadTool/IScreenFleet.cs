using System.Collections.Concurrent;

namespace WarRoom.LoadTool;

/// <summary>The screens of one run: today's static board on the hub (<see cref="StaticScreens"/>) or the interactive
/// board's circuits (<see cref="CircuitFleet"/>), measured the same way.</summary>
internal interface IScreenFleet : IAsyncDisposable
{
    /// <summary>Deal id → the moment it reached each screen (Stopwatch ticks, the poster's clock).</summary>
    ConcurrentDictionary<string, ConcurrentBag<long>> Arrivals { get; }

    /// <summary>Updates received by all screens besides the deals (boardUpdated messages, or render batches) and their bytes.</summary>
    (long Messages, long Bytes) BoardUpdates { get; }

    int Count { get; }
}

/// <summary>Today's screens: hub clients of the static board (ClientFleet, shared with ClusterBench as it is).</summary>
internal sealed class StaticScreens(ClientFleet fleet) : IScreenFleet
{
    public ConcurrentDictionary<string, ConcurrentBag<long>> Arrivals => fleet.Arrivals;

    public (long Messages, long Bytes) BoardUpdates => fleet.BoardUpdates;

    public int Count => fleet.Count;

    public ValueTask DisposeAsync() => fleet.DisposeAsync();
}
