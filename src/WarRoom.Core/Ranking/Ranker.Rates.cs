namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>Late bookings whose units are forgotten one by one; beyond this a new table is cheaper. Settable for tests.</summary>
    internal int RatesForgetLimit { get; set; } = 1 << 14;

    /// <summary>
    /// The rate table for forecasts made on campaign day <paramref name="today"/>, reused while still valid: a late
    /// booking forgets the rates of its unit's path to the root, the rest of the table stays. At 100,000 managers a
    /// new table is ~47 MB of arrays; with a trickle of late events every ranking built one, and those allocations
    /// and the collections they drove were the ranking's p99. Read lock held.
    /// </summary>
    internal ForecastRates RatesFor(int today)
    {
        var version = aggregates.VersionUnderLock;
        if (forecastRates.TryGetValue(today, out var table))
        {
            if (table.BuiltAt >= version)
            {
                return table;
            }

            // Readers of one version refresh in turn, so none reads a rate of a path a late booking moved.
            lock (table)
            {
                if (table.BuiltAt >= version || Refresh(table, today, version))
                {
                    return table;
                }
            }
        }

        table = new ForecastRates(today, version, aggregates.Tree.Count, aggregates.Catalog.Count, aggregates.Model.Slots);
        if (forecastRates.Count >= 8)
        {
            forecastRates.Clear();
        }

        forecastRates[today] = table;
        return table;
    }

    /// <summary>
    /// Forgets the rates late bookings changed since the table was valid: a rate reads whole days before today over
    /// the unit's subtree, so a booking dated before today moves those of its unit and every ancestor (every KPI:
    /// a ratio reads others). False when the bookings are too many or no longer all logged.
    /// </summary>
    private bool Refresh(ForecastRates table, int today, long version)
    {
        if (aggregates.ChangedThrough(today - 1, table.BuiltAt))
        {
            var booked = new List<int>();
            if (!aggregates.TryCollectBookings(table.BuiltAt, today - 1, RatesForgetLimit, booked))
            {
                return false;
            }

            foreach (var unit in booked)
            {
                for (var u = aggregates.Tree[unit]; u is not null; u = u.Parent)
                {
                    table.Forget(u.Index);
                }
            }
        }

        table.BuiltAt = version;
        return true;
    }
}
