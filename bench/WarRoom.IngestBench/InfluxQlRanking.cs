using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Scoring;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.IngestBench;

/// <summary>
/// The composite manager ranking the way it would be computed without WarRoom's aggregates: per campaign KPI one
/// InfluxQL GROUP BY "unit" (sum for flows, last for stock figures) over the campaign, all in one /query request,
/// then the composite score per manager in code (the formula of Core's CompositeScore), sorted, top N.
/// </summary>
internal sealed class InfluxQlRanking(BenchSeed seed, string influxUrl, string database)
{
    private readonly InfluxHttp http = new(new InfluxOptions { Url = influxUrl, Database = database, RequestTimeout = TimeSpan.FromMinutes(5) }, NullLogger.Instance);

    public async Task<List<(string Unit, double Score)>> TopAsync(int top)
    {
        var campaign = seed.Data.Campaign;
        var range = InfluxQl.TimeRange(campaign.Start, campaign.End);
        var statements = campaign.Kpis.Select(k =>
            $"SELECT {(k.Kpi.Aggregation == KpiAggregation.Sum ? "sum" : "last")}(\"value\") FROM \"{LineProtocol.Measurement}\" WHERE \"kpi\" = {InfluxQl.Literal(k.Kpi.Code)} AND {range} GROUP BY \"unit\"");
        var values = new double[campaign.Kpis.Count, seed.Data.Org.Count];
        using (var answer = await http.QueryAsync(string.Join("; ", statements), CancellationToken.None))
        {
            var slot = 0;
            foreach (var result in answer.RootElement.GetProperty("results").EnumerateArray())
            {
                foreach (var series in InfluxResults.Series(result))
                {
                    if (seed.Data.Org.TryGet(InfluxResults.Tag(series, "unit"), out var unit))
                    {
                        values[slot, unit.Index] = InfluxResults.Rows(series).First()[1].GetDouble();
                    }
                }

                slot++;
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

            terms += CompositeScore.Term(weight, values[slot, unit.Index] / target, kpi.Direction, campaign.ScoreCap);
            weights += weight;
        }

        return CompositeScore.FromTerms(terms, weights);
    }
}
