using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Web.Infrastructure.Errors;
using static WarRoom.Web.Storage.Influx.InfluxResults;

namespace WarRoom.Web.Storage.Influx;

/// <summary>The read side: ReadAll pages through time windows with chunked queries; totals and series are
/// InfluxQL aggregates finished in code.</summary>
public sealed partial class InfluxKpiStore
{
    private const string From = $"FROM \"{LineProtocol.Measurement}\"";

    public Task ReadAllAsync(Action<EventRecord> sink, CancellationToken ct) => ReadFromAsync(long.MinValue, sink, ct);

    public async Task<long> LastSeqAsync(CancellationToken ct)
    {
        if (await DrainAsync(ct) != DrainResult.Empty)
        {
            throw new StoreUnavailableException("InfluxDB is unavailable: cannot read the last seq", ReadRetryAfter);
        }

        long last = 0;
        await Unavailable(async () =>
        {
            using var answer = await http.QueryAsync($"SELECT max(\"seq\") {From}", ct);
            last = AllSeries(answer).Select(s => Rows(s).First()[1].GetInt64()).DefaultIfEmpty(0).Max();
        });
        return last;
    }

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
        long skipped = 0;
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
                var query = string.Create(CultureInfo.InvariantCulture,
                    $"SELECT \"value\", \"id\", \"seq\", \"t\" {From} WHERE time >= {start} AND time < {start + window}{tail} GROUP BY \"unit\", \"kpi\"{DimensionGroups}");
                await http.QueryChunkedAsync(query, options.ReadChunkSize, result => skipped += Deliver(result, sink), ct);
            }
        });

        if (skipped > 0)
        {
            logger.LogWarning("Skipped {Skipped} stored events whose unit or KPI is no longer in the seed data", skipped);
        }
    }

    public async Task<IReadOnlyList<SeriesPoint>> ReadSeriesAsync(SeriesQuery query, CancellationToken ct)
    {
        var grid = new SeriesGrid(query);
        if (grid.Count == 0)
        {
            return [];
        }

        var where = $"{InfluxQl.KpiInScope(query.Kpi, query.Unit)} AND {InfluxQl.TimeRange(query.CampaignStart, query.To)}";
        var interval = grid.IsDaily ? "1d" : "1h";
        var tz = InfluxQl.TimeZoneClause(query.TimeZone);
        if (query.Kpi.Aggregation == KpiAggregation.Sum)
        {
            var sums = new CumulativeSeries(grid);
            await Series($"SELECT sum(\"value\") {From} WHERE {where} GROUP BY time({interval}) fill(none) {tz}",
                (_, ns, value) => sums.Add(ns / 1_000_000, value), ct);
            return sums.Build();
        }

        // One last() per unit and bucket; the bucket start doubles as the order key between buckets.
        var latest = new LatestSeries(grid);
        await Series($"SELECT last(\"value\") {From} WHERE {where} GROUP BY time({interval}), \"unit\" fill(none) {tz}",
            (series, ns, value) => latest.Add(Tag(series, "unit"), ns / 1_000_000, ns, value), ct);
        return latest.Build();
    }

    private Task Series(string influxQl, Action<JsonElement, long, double> row, CancellationToken ct) => Unavailable(async () =>
    {
        using var answer = await http.QueryAsync(influxQl, ct);
        foreach (var series in AllSeries(answer))
        {
            foreach (var r in Rows(series))
            {
                if (Number(r, 1) is { } value)
                {
                    row(series, r[0].GetInt64(), value);
                }
            }
        }
    });

    /// <summary>Hands the rows of one chunk to the sink; returns how many it had to skip.</summary>
    private long Deliver(JsonElement result, Action<EventRecord> sink)
    {
        long skipped = 0;
        foreach (var series in InfluxResults.Series(result))
        {
            if (!seed.Org.TryGet(Tag(series, "unit"), out var unit) || !seed.Kpis.TryGet(Tag(series, "kpi"), out var kpi))
            {
                skipped += series.GetProperty("values").GetArrayLength();
                continue;
            }

            int value = Column(series, "value"), id = Column(series, "id"), seq = Column(series, "seq"), t = Column(series, "t");
            var tags = SeriesTags(series);
            foreach (var row in Rows(series))
            {
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

    private static async Task Unavailable(Func<Task> read)
    {
        try
        {
            await read();
        }
        catch (InfluxUnavailableException ex)
        {
            throw new StoreUnavailableException(ex.Message, ReadRetryAfter, ex);
        }
    }
}
