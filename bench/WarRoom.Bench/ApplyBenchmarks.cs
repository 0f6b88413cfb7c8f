using BenchmarkDotNet.Attributes;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;

namespace WarRoom.Bench;

/// <summary>
/// Apply throughput on a loaded engine: each invocation applies the next 10,000 of 1,000,000 pre-built events of
/// today (in 512-event lock holds), cycling; per-event time is reported via OperationsPerInvoke.
/// </summary>
[MemoryDiagnoser]
public class ApplyBenchmarks
{
    private const int Batch = 10_000;
    private KpiAggregates aggregates = null!;
    private EventRecord[] live = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var bank = new SyntheticBank();
        aggregates = new KpiAggregates(bank.Tree, bank.Catalog, bank.Campaign);
        aggregates.Apply(SyntheticEvents.History(bank, 3_000_000, SyntheticBank.Now));
        live = SyntheticEvents.Today(bank, 1_000_000, SyntheticBank.Now, firstSeq: 3_000_001);
    }

    [GlobalCleanup]
    public void Cleanup() => aggregates.Dispose();

    [Benchmark(OperationsPerInvoke = Batch, Description = "Apply, per event (batches of 10,000)")]
    public void Apply()
    {
        aggregates.Apply(live.AsSpan(next, Batch));
        next = (next + Batch) % live.Length;
    }
}
