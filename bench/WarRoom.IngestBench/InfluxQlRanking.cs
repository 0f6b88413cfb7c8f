using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Scoring;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.IngestBench;

/// <summary>
/// The composite manager ranking the way it would be computed without WarRoom's aggregates: per campaign KPI one
/// InfluxQL GROUP BY "unit" over the campaign, all in one /query request — sum for flows, last for readings, a
/// daily average's last balance per local day (carried to the next reading and averaged over the days so far in
/// code); a ratio divides its two KPIs' values — then the composite score per manager in code (the formula of
/// Core's CompositeScore), sorted, top N. It read a daily average as its last balance and a ratio as 0 until
/// decision 0026's check found the two disagreeing on 40 of the top 50.
/// </summary>
internal sealed class InfluxQlRanking(BenchSeed seed, string influxUrl, string database)
{
    private static readonly string Measurement = InfluxQl.Identifier(LineProtocol.Measurement);

    private readonly InfluxHttp http = new(new InfluxOptions { Url = influxUrl, Database = database, RequestTimeout = TimeSpan.FromMinutes(5) }, NullLogger.Instance);

    public async Task<List<(string Unit, double Score)>> TopAsync(int top)
    {
        var campaign = seed.Data.Campaign;
        var range = InfluxQl.TimeRange(campaign.Start, campaign.End);
        var today = Math.Min(campaign.DayIndex(seed.Clock), campaign.DayCount - 1);
        var fed = campaign.Kpis.Select(k => k.Kpi).Where(k => k.Aggregation != KpiAggregation.Ratio).ToList();
        var statements = fed.Select(k => k.Aggregation switch
        {
            KpiAggregation.Sum => $"SELECT sum(\"value\") FROM {Measurement} WHERE \"kpi\" = {InfluxQl.Literal(k.Code)} AND {range} GROUP BY \"unit\"",
            KpiAggregation.DailyAverage => $"SELECT last(\"value\") FROM {Measurement} WHERE \"kpi\" = {InfluxQl.Literal(k.Code)} AND {range} GROUP BY time(1d), \"unit\" fill(none) tz('{campaign.TimeZone.Id}')",
            _ => $"SELECT last(\"value\") FROM {Measurement} WHERE \"kpi\" = {InfluxQl.Literal(k.Code)} AND {range} GROUP BY \"unit\"",
        });
        var values = new double[seed.Data.Kpis.Count, seed.Data.Org.Count];
        using (var answer = await http.QueryAsync(string.Join("; ", statements), CancellationToken.None))
        {
            var slot = 0;
            foreach (var result in answer.RootElement.GetProperty("results").EnumerateArray())
            {
                foreach (var series in InfluxResults.Series(result))
                {
                    if (seed.Data.Org.TryGet(InfluxResults.Tag(series, "unit"), out var unit))
                    {
                        values[fed[slot].Index, unit.Index] = fed[slot].Aggregation == KpiAggregation.DailyAverage
                            ? DailyAverage(InfluxResults.Rows(series), campaign, today)
                            : InfluxResults.Rows(series).First()[1].GetDouble();
                    }
                }

                slot++;
            }
        }

        foreach (var ratio in campaign.Kpis.Select(k => k.Kpi).Where(k => k is { Numerator: not null, Denominator: not null }))
        {
            for (var u = 0; u < seed.Data.Org.Count; u++)
            {
                var denominator = values[ratio.Denominator!.Index, u];
                values[ratio.Index, u] = denominator == 0 ? 0 : values[ratio.Numerator!.Index, u] / denominator;
            }
        }

        var scores = new List<(string Unit, double Score)>();
        foreach (var manager in seed.Data.Org.Units.Where(u => u.Level.IsLeaf))
        {
            if (Score(manager, values) is { } score)
            {
                scores.Add((manager.Code, score));
            }
        }

        scores.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Unit, b.Unit));
        return scores[..Math.Min(top, scores.Count)];
    }

    private double? Score(OrgUnit unit, double[,] values)
    {
        double terms = 0, weights = 0;
        var campaign = seed.Data.Campaign;
        for (var slot = 0; slot < campaign.Kpis.Count; slot++)
        {
            var (kpi, weight) = (campaign.Kpis[slot].Kpi, campaign.Kpis[slot].Weight);
            var target = campaign.Targets[unit.Index, kpi.Index];
            if (!(target > 0))
            {
                continue;
            }

            terms += CompositeScore.Term(weight, values[kpi.Index, unit.Index] / target, kpi.Direction, campaign.ScoreCap);
            weights += weight;
        }

        return CompositeScore.FromTerms(terms, weights);
    }

    /// <summary>The mean over days 0..today of each day's closing balance: the day's last reading, else the one before (0 before the first).</summary>
    private static double DailyAverage(JsonElement.ArrayEnumerator rows, Core.Campaigns.Campaign campaign, int today)
    {
        var byDay = new double?[today + 1];
        foreach (var row in rows)
        {
            var day = campaign.DayIndex(DateTimeOffset.FromUnixTimeMilliseconds(row[0].GetInt64() / 1_000_000));
            if (day >= 0 && day <= today)
            {
                byDay[day] = row[1].GetDouble();
            }
        }

        double sum = 0, balance = 0;
        foreach (var reading in byDay)
        {
            balance = reading ?? balance;
            sum += balance;
        }

        return sum / (today + 1);
    }
}
