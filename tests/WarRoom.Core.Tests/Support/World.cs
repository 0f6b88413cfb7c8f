using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Tests.Support;

/// <summary>A built test world: aggregates and ranker over it, with terse helpers to book events and rank.</summary>
internal sealed class World : IDisposable
{
    private long seq;

    public World(OrgTree tree, KpiCatalog catalog, Campaign campaign)
    {
        Tree = tree;
        Catalog = catalog;
        Campaign = campaign;
        Aggregates = new KpiAggregates(tree, catalog, campaign);
        Ranker = new Ranker(Aggregates);
    }

    public OrgTree Tree { get; }
    public KpiCatalog Catalog { get; }
    public Campaign Campaign { get; }
    public KpiAggregates Aggregates { get; }
    public Ranker Ranker { get; }

    public OrgUnit this[string code] => Tree.Find(code) ?? throw new ArgumentException(code);

    /// <summary>Books an event at a local Asia/Shanghai time with the next seq (or the given one).</summary>
    public EventRecord Book(string unit, string kpi, string localTime, double value, long? atSeq = null)
    {
        var record = Event(unit, kpi, localTime, value, atSeq);
        Aggregates.Apply(in record);
        return record;
    }

    public EventRecord Event(string unit, string kpi, string localTime, double value, long? atSeq = null)
    {
        var s = atSeq ?? ++seq;
        return new EventRecord(s, "e" + s, WorldBuilder.At(localTime).ToUnixTimeMilliseconds(), this[unit].Index, Catalog.Find(kpi)!.Index, value);
    }

    public RankingResult Rank(OrgLevel level, string metric, RankBasis basis, string now, string scope = "HQ",
        RankWindow window = default, int? top = null, string? peerGroup = null) =>
        Ranker.Rank(new RankingQuery(level, metric, basis, this[scope], window, top, peerGroup), WorldBuilder.At(now));

    public double Value(string unit, string kpi, string now, RankWindow window = default) =>
        Aggregates.Value(this[unit], Catalog.Find(kpi)!, window, WorldBuilder.At(now));

    /// <summary>"code:rank" per row, for compact assertions.</summary>
    public static string[] Rows(RankingResult result) => [.. result.Items.Select(i => $"{i.Unit.Code}:{i.Rank}")];

    public void Dispose() => Aggregates.Dispose();
}
