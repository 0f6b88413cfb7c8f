using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Web.Infrastructure.Errors;
using static WarRoom.Web.Storage.Influx.InfluxResults;

namespace WarRoom.Web.Storage.Influx;

/// <summary>The read side: totals and series are InfluxQL aggregates finished in code (the full read is in
/// InfluxKpiStore.ReadAll.cs).</summary>
public sealed partial class InfluxKpiStore
{
    private const string From = $"FROM \"{LineProtocol.Measurement}\"";

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
