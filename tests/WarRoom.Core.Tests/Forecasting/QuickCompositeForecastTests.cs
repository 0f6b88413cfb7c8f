using WarRoom.Core.Aggregates;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Ranking;

namespace WarRoom.Core.Tests.Forecasting;

/// <summary>
/// The composite forecast of ranking rows, read from each unit's row of slot rates, is the general path's number to
/// the bit: targets missing on some slots, balances, days without a rate, any time left, either path first.
/// </summary>
public class QuickCompositeForecastTests
{
    [Fact]
    public void The_slot_rate_path_gives_the_general_paths_forecast_for_every_unit()
    {
        var compared = 0;
        for (var seed = 0; seed < 80; seed++)
        {
            var r = new Random(seed);
            using var w = RandomWorlds.Tree(r);
            w.Aggregates.Apply([.. RandomWorlds.Events(r, w)]);
            var ranker = new Ranker(w.Aggregates);
            var span = (w.Campaign.End - w.Campaign.Start).TotalMinutes;
            for (var probe = 0; probe < 3; probe++)
            {
                var now = w.Campaign.Start.AddMinutes(r.Next((int)span));
                var horizon = Horizon.At(w.Campaign, now);
                var remaining = probe == 2 ? 0 : r.NextDouble() * 30;
                using var _ = w.Aggregates.Read();
                var reader = new MetricReader(w.Aggregates, null, RankBasis.Value, RankWindow.CampaignToDate.ResolveDays(w.Campaign, horizon));
                var rates = ranker.RatesFor(horizon.LastDay);
                foreach (var unit in w.Tree.Units)
                {
                    double? quick = null, general = null;
                    if (seed % 2 == 0)
                    {
                        quick = ranker.QuickCompositeForecast(rates, unit.Index, reader, remaining);
                    }

                    general = ranker.CompositeForecast(rates, unit.Index, reader, remaining);
                    quick ??= ranker.QuickCompositeForecast(rates, unit.Index, reader, remaining);
                    Assert.True(Equals(general, quick), $"seed {seed}, {unit.Code} at {now:O}, {remaining} days left: {general} vs {quick}");
                    compared += quick is null ? 0 : 1;
                }
            }
        }

        Assert.True(compared > 500, $"only {compared} forecasts compared");
    }
}
