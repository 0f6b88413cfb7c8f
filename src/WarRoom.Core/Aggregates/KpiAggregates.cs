using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Scoring;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// The in-memory aggregates of one campaign: every KPI's rolled-up campaign-to-date total per unit, each unit's own
/// bookings per local day (for today / week / custom windows and the previous day's close), the composite score per
/// unit kept up to date as events land, and the last event time per unit.
/// <para>
/// Threading: one writer (<see cref="Apply(ReadOnlySpan{EventRecord})"/>, the ingest pipeline) and any number of
/// readers. Writes take a write lock per chunk of <see cref="ChunkSize"/> events; reads take the read lock for the
/// whole query, so a reader sees the state between two chunks, never half an event or half a roll-up.
/// </para>
/// <para>The org tree, catalogue and campaign (targets included) are read at construction and must not change after.</para>
/// </summary>
public sealed partial class KpiAggregates : IDisposable
{
    /// <summary>
    /// Events applied per write-lock hold. Small enough that a reader waits tens of microseconds, not the
    /// milliseconds a 10,000-event batch would take; large enough that lock traffic does not dominate a rebuild.
    /// </summary>
    public const int ChunkSize = 512;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly CampaignDays days;
    private readonly CompositeModel model;
    private readonly int[] parent;
    private readonly int[] subtreeEnd;
    private readonly KpiColumn[] columns;
    private readonly long[] lastEventMs;
    private readonly int[] lastMsOfDay;
    private readonly DayJournal? journal;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, AsOfCut> cuts = new();
    private readonly double[] score;
    private readonly long[] dayVersion;
    private readonly ChangeLog changes = new();
    private readonly (int Numerator, int Denominator)[] ratioOf;
    private readonly bool[] feedsScore;
    private readonly long[] dirtyStamp;
    private readonly int[] dirty;
    private int dirtyCount;
    private bool rescoreAll;
    private int maxDataDay = -1;
    private long version;
    private long applied;
    private long superseded;
    private long outsideCampaign;
    private long invalid;

    /// <param name="dimensions">The dimensions events may be tagged with, for <see cref="BreakdownOf"/> (none: no breakdowns).</param>
    /// <param name="keepJournal">
    /// False for a past campaign kept for 同比 (<see cref="History.PastCampaign"/>): whole days only, no as-of reads,
    /// and none of the journal's 12–28 bytes per event.
    /// </param>
    public KpiAggregates(
        OrgTree tree, KpiCatalog catalog, Campaign campaign, DimensionCatalog? dimensions = null, bool keepJournal = true)
    {
        if (campaign.Targets.UnitCount != tree.Count || campaign.Targets.KpiCount != catalog.Count)
        {
            throw new ArgumentException("the campaign's target table does not match the org tree and KPI catalogue", nameof(campaign));
        }

        if (!JournalEntry.Fits(tree.Count, catalog.Count))
        {
            throw new ArgumentException($"the day journal holds up to 16,777,216 units and 256 KPIs (got {tree.Count:N0} and {catalog.Count})", nameof(tree));
        }

        Tree = tree;
        Catalog = catalog;
        Campaign = campaign;
        days = new CampaignDays(campaign);
        model = new CompositeModel(campaign, tree.Count, catalog.Count);
        var n = tree.Count;
        parent = new int[n];
        subtreeEnd = new int[n];
        for (var u = 0; u < n; u++)
        {
            parent[u] = tree[u].Parent?.Index ?? -1;
            subtreeEnd[u] = tree[u].SubtreeEnd;
        }

        var rows = new DayRows(subtreeEnd);
        columns = new KpiColumn[catalog.Count];
        ratioOf = new (int, int)[catalog.Count];
        feedsScore = new bool[catalog.Count];
        for (var k = 0; k < catalog.Count; k++)
        {
            var kpi = catalog[k];
            columns[k] = new KpiColumn(kpi, n, days.Count, rows);
            ratioOf[k] = kpi is { Numerator: { } num, Denominator: { } den } ? (num.Index, den.Index) : (-1, -1);
        }

        // A ratio in the composite is rescored when its numerator or denominator moves.
        foreach (var slot in campaign.Kpis)
        {
            feedsScore[slot.Kpi.Index] = true;
            if (ratioOf[slot.Kpi.Index] is var (num, den) && num >= 0)
            {
                feedsScore[num] = feedsScore[den] = true;
            }
        }

        InitTags(dimensions ?? DimensionCatalog.Empty);
        lastEventMs = new long[n];
        Array.Fill(lastEventMs, long.MinValue);
        lastMsOfDay = new int[n * days.Count];
        journal = keepJournal ? new DayJournal(days.Count, [.. catalog.All.Select(k => k.Aggregation == KpiAggregation.Latest)]) : null;
        dayVersion = new long[days.Count];
        dirtyStamp = new long[n];
        dirty = new int[n];
        score = new double[n];
        Span<long> zeros = stackalloc long[model.Slots];
        for (var u = 0; u < n; u++)
        {
            score[u] = model.Score(u, zeros);
        }
    }

    public OrgTree Tree { get; }
    public KpiCatalog Catalog { get; }
    public Campaign Campaign { get; }

    /// <summary>Increases (not necessarily by one) whenever applied events change anything a reader can see.</summary>
    public long Version => Volatile.Read(ref version);

    public AggregateCounters Counters
    {
        get
        {
            using var _ = Read();
            return new AggregateCounters(applied, superseded, outsideCampaign, invalid);
        }
    }

    public void Dispose() => gate.Dispose();

    internal ReadScope Read()
    {
        gate.EnterReadLock();
        return new ReadScope(gate);
    }

    internal readonly struct ReadScope(ReaderWriterLockSlim gate) : IDisposable
    {
        public void Dispose() => gate.ExitReadLock();
    }
}
