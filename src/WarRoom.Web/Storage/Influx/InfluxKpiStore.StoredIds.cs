using System.Globalization;
using WarRoom.Web.Infrastructure.Errors;
using static WarRoom.Web.Storage.Influx.InfluxResults;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// The id look-up behind the bounded id ledger (decision 0022). The id is an unindexed field (decision 0006): a
/// query by id alone scans every point of the measurement, seconds at tens of millions. A resend carries the
/// event's unit, KPI and time, and the point's timestamp is that time's second, so each id is looked for in its
/// one series and second — a few blocks. Spooled events go to InfluxDB first, as for every read.
/// </summary>
public sealed partial class InfluxKpiStore
{
    private const int StatementsPerQuery = 200;

    public async Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyList<StoredIdQuery> ids, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        if (await DrainAsync(ct) != DrainResult.Empty)
        {
            throw new StoreUnavailableException("InfluxDB is unavailable: cannot look up stored ids", ReadRetryAfter);
        }

        for (var start = 0; start < ids.Count; start += StatementsPerQuery)
        {
            var statements = string.Join("; ", ids.Skip(start).Take(StatementsPerQuery).Select(Statement));
            await Unavailable(async () =>
            {
                using var answer = await http.QueryAsync(statements, ct);
                foreach (var series in AllSeries(answer))
                {
                    var column = Column(series, "id");
                    foreach (var row in Rows(series))
                    {
                        found.Add(row[column].GetString()!);
                    }
                }
            });
        }

        return found;
    }

    private string Statement(StoredIdQuery q)
    {
        var second = (q.TimeMs >= 0 ? q.TimeMs / 1000 : (q.TimeMs - 999) / 1000) * 1_000_000_000L;
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT "id" {From} WHERE "kpi" = {InfluxQl.Literal(seed.Kpis.All[q.Kpi].Code)} AND "unit" = {InfluxQl.Literal(seed.Org.Units[q.Unit].Code)} AND time >= {second} AND time < {second + 1_000_000_000L} AND "id" = {InfluxQl.Literal(q.Id)}
            """);
    }
}
