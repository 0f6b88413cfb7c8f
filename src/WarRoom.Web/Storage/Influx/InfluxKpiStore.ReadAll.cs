using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WarRoom.Core.Events;
using WarRoom.Web.Infrastructure.Errors;
using static WarRoom.Web.Storage.Influx.InfluxResults;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// The full read behind the rebuild: time windows of chunked queries, every stored event handed on once, whole.
/// </summary>
/// <remarks>
/// InfluxDB 1.x answers a query of several fields from one cursor per field, opened one after the other ("id",
/// "seq", "t", "value"), so a point written meanwhile — in a cluster the other nodes keep writing while a node
/// rebuilds — comes back torn: its later fields without its earlier ones. A torn row is never an event: one with
/// only its id missing once went in under an empty id, counted here and then again when the cluster stream brought
/// the real one. Torn rows are read again on their own once the window is done (by then they are whole); any still
/// torn are being written now, and their writer puts them on the cluster stream after InfluxDB acknowledged them.
/// </remarks>
public sealed partial class InfluxKpiStore
{
    private const int TornRereads = 3;

    public Task ReadAllAsync(Action<EventRecord> sink, CancellationToken ct) => ReadFromAsync(long.MinValue, sink, ct);

    public async Task ReadFromAsync(long fromSeq, Action<EventRecord> sink, CancellationToken ct)
    {
        // The seq field is not indexed: InfluxDB still scans every point of a window, but sends only the tail.
        var tail = fromSeq == long.MinValue ? "" : string.Create(CultureInfo.InvariantCulture, $" AND \"seq\" >= {fromSeq}");

        // Acknowledged events still in the spool must be part of the rebuild, so they go to InfluxDB first.
        if (await DrainAsync(ct) != DrainResult.Empty)
        {
            throw new StoreUnavailableException("InfluxDB is unavailable: cannot read all events", ReadRetryAfter);
        }

        var window = options.ReadAllWindow.Ticks * 100;
        long skipped = 0, leftTorn = 0;
        await Unavailable(async () =>
        {
            using var bounds = await http.QueryAsync($"SELECT first(\"seq\") {From}; SELECT last(\"seq\") {From}", ct);
            var edges = AllSeries(bounds).Select(s => Rows(s).First()[0].GetInt64()).ToList();
            if (edges.Count < 2)
            {
                return;
            }

            for (var start = edges[0]; start <= edges[1]; start += window)
            {
                var torn = new TornRows(only: null);
                await http.QueryChunkedAsync(WindowQuery(start, start + window, tail), options.ReadChunkSize, result => skipped += Deliver(result, sink, torn), ct);
                for (var again = 0; again < TornRereads && torn.Count > 0; again++)
                {
                    var retry = new TornRows(only: torn);
                    await http.QueryChunkedAsync(WindowQuery(torn.First, torn.Last + 1, tail), options.ReadChunkSize, result => skipped += Deliver(result, sink, retry), ct);
                    torn = retry;
                }

                leftTorn += torn.Count;
            }
        });

        if (skipped > 0)
        {
            logger.LogWarning("Skipped {Skipped} stored events whose unit or KPI is no longer in the seed data", skipped);
        }

        if (leftTorn > 0)
        {
            logger.LogInformation("{Count} events were being written to InfluxDB while it was read; they come with the cluster stream", leftTorn);
        }
    }

    private string WindowQuery(long from, long to, string tail) => string.Create(CultureInfo.InvariantCulture,
        $"SELECT \"value\", \"id\", \"seq\", \"t\" {From} WHERE time >= {from} AND time < {to}{tail} GROUP BY \"unit\", \"kpi\"{DimensionGroups}");

    /// <summary>Hands the whole rows of one chunk to the sink (those <paramref name="torn"/> asks for); returns how many it had to skip.</summary>
    private long Deliver(JsonElement result, Action<EventRecord> sink, TornRows torn)
    {
        long skipped = 0;
        foreach (var series in InfluxResults.Series(result))
        {
            string unitCode = Tag(series, "unit"), kpiCode = Tag(series, "kpi");
            if (!seed.Org.TryGet(unitCode, out var unit) || !seed.Kpis.TryGet(kpiCode, out var kpi))
            {
                skipped += torn.IsReread ? 0 : series.GetProperty("values").GetArrayLength();
                continue;
            }

            int time = Column(series, "time"), value = Column(series, "value"), id = Column(series, "id"), seq = Column(series, "seq"), t = Column(series, "t");
            var tags = SeriesTags(series);
            foreach (var row in Rows(series))
            {
                var key = (unitCode, kpiCode, row[time].GetInt64());
                if (!torn.Wants(key))
                {
                    continue;
                }

                if (row[value].ValueKind != JsonValueKind.Number || row[id].ValueKind != JsonValueKind.String
                    || row[seq].ValueKind != JsonValueKind.Number || row[t].ValueKind != JsonValueKind.Number)
                {
                    torn.Add(key);
                    continue;
                }

                sink(new EventRecord(row[seq].GetInt64(), row[id].GetString()!, row[t].GetInt64(), unit.Index, kpi.Index, row[value].GetDouble(), tags));
            }
        }

        return skipped;
    }

    /// <summary>Grouping by every dimension too hands each series' tags back (an untagged dimension reads "").</summary>
    private string DimensionGroups => string.Concat(seed.Dimensions.All.Select(d => $", \"{d.Code}\""));

    /// <summary>A series' dimension tags packed; a value no longer declared is dropped (its event still counts).</summary>
    private ulong SeriesTags(JsonElement series)
    {
        ulong tags = 0;
        foreach (var d in seed.Dimensions.All)
        {
            if (Tag(series, d.Code) is { Length: > 0 } code && d.TryGet(code, out var v))
            {
                tags = Core.Dimensions.EventTags.With(tags, d.Index, v.Index);
            }
        }

        return tags;
    }

    /// <summary>The points (unit, KPI, timestamp) a read found torn, and, on a re-read, the only ones it delivers.</summary>
    private sealed class TornRows(TornRows? only)
    {
        private readonly HashSet<(string Unit, string Kpi, long Time)> points = [];

        public bool IsReread => only is not null;

        public int Count => points.Count;

        public long First { get; private set; } = long.MaxValue;

        public long Last { get; private set; } = long.MinValue;

        public bool Wants((string, string, long) point) => only is null || only.points.Contains(point);

        public void Add((string Unit, string Kpi, long Time) point)
        {
            points.Add(point);
            First = Math.Min(First, point.Time);
            Last = Math.Max(Last, point.Time);
        }
    }
}
