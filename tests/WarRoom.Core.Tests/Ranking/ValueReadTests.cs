using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// The oracle of <see cref="Ranker.ReadValues"/>: on random trees of 3 to 6 levels, every unit's value and forecast
/// completion read straight are, bit for bit, the <see cref="RankingItem.Value"/> and
/// <see cref="RankingItem.ForecastCompletion"/> of the bank-wide ranking by value that guidance read before, live
/// and as of, at instants before, inside and at the end of the campaign, and after late bookings.
/// </summary>
public sealed class ValueReadTests
{
    [Fact]
    public void A_straight_read_gives_the_figures_of_the_ranking_by_value()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var r = new Random(1000 + seed);
            using var w = SiblingRankTests.DeepWorld(r, depth: 3 + (seed % 4));
            var events = SiblingRankTests.Events(r, w);
            w.Aggregates.Apply(events[..(events.Length / 2)]);
            var instants = new[] { w.Campaign.Start.AddHours(5), w.Campaign.Start.AddDays(3).AddHours(10), w.Campaign.End.AddDays(-1), w.Campaign.End.AddDays(2) };
            foreach (var now in instants)
            {
                Check(w, now, asOf: false, $"seed {seed}, {now:O}");
                Check(w, now, asOf: true, $"seed {seed}, {now:O}, as of");
            }

            w.Aggregates.Apply(events[(events.Length / 2)..]);
            Check(w, instants[1], asOf: false, $"seed {seed} after late events");
        }
    }

    private static void Check(World w, DateTimeOffset now, bool asOf, string because)
    {
        var stride = w.Catalog.Count;
        foreach (var level in w.Tree.Levels.BelowRoot)
        {
            var values = new double[w.Tree.Count * stride];
            var forecasts = new double[w.Tree.Count * stride];
            foreach (var kpi in w.Catalog.All)
            {
                w.Ranker.ReadValues(level, kpi, now, asOf, forecast: true, values, forecasts, stride, kpi.Index);
                var query = new RankingQuery(level, kpi.Code, RankBasis.Value, w.Tree.Root, RankWindow.CampaignToDate, Forecast: true);
                var result = asOf ? w.Ranker.RankAsOf(query, now) : w.Ranker.Rank(query, now);
                Assert.Equal(w.Tree.Units.Count(u => u.Level == level), result.Items.Count);
                foreach (var item in result.Items)
                {
                    var at = (item.Unit.Index * stride) + kpi.Index;
                    Assert.True(BitConverter.DoubleToInt64Bits(item.Value ?? 0) == BitConverter.DoubleToInt64Bits(values[at]), $"{because}: {item.Unit.Code} {kpi.Code} value {item.Value} vs {values[at]}");
                    var forecast = item.ForecastCompletion ?? double.NaN;
                    Assert.True(forecast.Equals(forecasts[at]), $"{because}: {item.Unit.Code} {kpi.Code} forecast {item.ForecastCompletion} vs {forecasts[at]}");
                }
            }
        }
    }
}
