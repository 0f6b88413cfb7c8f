using WarRoom.Core.Campaigns;
using WarRoom.Core.Forecasting;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Forecasting;

/// <summary>
/// Forecasts read from the aggregates: the last ten completed working days, weekends riding with the Friday before,
/// a balance's rate from its change. Working-day progress, weekdays only; 2027-01-01 is a Friday.
/// </summary>
public class RankerForecastTests
{
    private static readonly DateTimeOffset Monday18 = WorldBuilder.At("2027-01-18T00:00");

    private static World Build()
    {
        var w = new WorldBuilder { ProgressMode = ProgressMode.Workdays }
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Unit("M1", OrgLevel.Manager, "SB1").Unit("M2", OrgLevel.Manager, "SB1")
            .Kpi("dep", KpiAggregation.Sum, 0.5).Kpi("mau", KpiAggregation.Latest, 0.5)
            .Target("M1", "dep", 1000).Target("M1", "mau", 800).Target("M2", "dep", 1000)
            .Build();
        w.Book("M1", "mau", "2027-01-01T10:00", 100);
        var reading = 100;
        for (var d = new DateOnly(2027, 1, 1); d <= new DateOnly(2027, 1, 15); d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            w.Book("M1", "dep", $"{d:yyyy-MM-dd}T11:00", 10);
            if (d.Day > 1)
            {
                w.Book("M1", "mau", $"{d:yyyy-MM-dd}T12:00", reading += 10);
            }
        }

        w.Book("M1", "dep", "2027-01-09T11:00", 5);   // a Saturday: counted with Friday the 8th
        return w;
    }

    private static double Remaining(World w, DateTimeOffset at) => (1 - w.Campaign.TimeProgress(at)) * w.Campaign.CountedDays();

    [Fact]
    public void A_flow_projects_the_recent_run_rate_with_a_band_from_its_spread()
    {
        using var w = Build();
        var dep = w.Ranker.Detail(w["M1"], Monday18).Kpis[0];
        var remaining = Remaining(w, Monday18);
        Assert.Equal(11, w.Campaign.CountedDays() - remaining, 9); // eleven working days done

        // Ten spans: nine of 10, Friday 8th + weekend 15; mean 10.5; 115 booked so far, over eleven days 10.45 a day:
        // the recent rate's drift from it widens the band.
        var (mean, sigma) = RunRate.Spread([10, 10, 10, 10, 15, 10, 10, 10, 10, 10]);
        var expected = RunRate.Project(115, mean, sigma, 10, remaining, 1000, drift: 10.5 - (115.0 / 11))!;
        Assert.Equal(expected.Completion, dep.Forecast!.Completion, 12);
        Assert.Equal(expected.Low, dep.Forecast.Low, 12);
        Assert.True(dep.Forecast.Low < dep.Forecast.Completion && dep.Forecast.Completion < dep.Forecast.High);
        Assert.Equal((115 + (10.5 * remaining)) / 1000, dep.Forecast.Completion, 9);
    }

    [Fact]
    public void A_balance_projects_its_recent_change()
    {
        using var w = Build();
        var mau = w.Ranker.Detail(w["M1"], Monday18).Kpis[1];
        var remaining = Remaining(w, Monday18);
        Assert.Equal((200 + (10 * remaining)) / 800, mau.Forecast!.Completion, 9);
        Assert.Equal(mau.Forecast.Completion, mau.Forecast.High, 12); // +10 every span: no spread
    }

    [Fact]
    public void A_level_that_kept_rising_is_held_with_a_band_around_it()
    {
        var w = new WorldBuilder { ProgressMode = ProgressMode.Workdays }
            .Unit("HQ", OrgLevel.Hq, null).Unit("M1", OrgLevel.Manager, "HQ")
            .Kpi("avg", KpiAggregation.DailyAverage, 1.0).Target("M1", "avg", 200)
            .Build();
        using (w)
        {
            var balance = 100;
            for (var d = new DateOnly(2027, 1, 1); d <= new DateOnly(2027, 1, 15); d = d.AddDays(1))
            {
                w.Book("M1", "avg", $"{d:yyyy-MM-dd}T12:00", balance += 10);
            }

            var avg = w.Ranker.Detail(w["M1"], Monday18).Kpis[0];
            Assert.Equal(Ranker.LevelMethod, avg.Forecast!.Method);
            Assert.Equal(avg.Completion!.Value, avg.Forecast.Completion, 9);  // held where it stands
            Assert.True(avg.Forecast.Low < avg.Forecast.Completion && avg.Forecast.Completion < avg.Forecast.High, $"{avg.Forecast}");
        }
    }

    [Fact]
    public void Ranking_rows_carry_forecast_completion_only_when_asked()
    {
        using var w = Build();
        var query = new RankingQuery(OrgLevel.Manager, "dep", RankBasis.Completion, w["HQ"], RankWindow.Today, Forecast: true);
        var rows = w.Ranker.Rank(query, Monday18).Items;
        var detail = w.Ranker.Detail(w["M1"], Monday18).Kpis[0].Forecast!;
        Assert.Equal(detail.Completion, rows.Single(r => r.Unit.Code == "M1").ForecastCompletion!.Value, 12);
        Assert.Equal(0, rows.Single(r => r.Unit.Code == "M2").ForecastCompletion!.Value, 12); // nothing booked: rate 0
        Assert.All(w.Ranker.Rank(query with { Forecast = false }, Monday18).Items, r => Assert.Null(r.ForecastCompletion));
    }

    [Fact]
    public void The_composite_forecast_is_the_score_of_the_forecast_values()
    {
        using var w = Build();
        var query = new RankingQuery(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, w["HQ"], default, Forecast: true);
        var m1 = w.Ranker.Rank(query, Monday18).Items.Single(r => r.Unit.Code == "M1");
        var kpis = w.Ranker.Detail(w["M1"], Monday18).Kpis;
        var expected = ((0.5 * Math.Min(kpis[0].Forecast!.Completion, 1.5)) + (0.5 * Math.Min(kpis[1].Forecast!.Completion, 1.5))) / 1.0;
        Assert.Equal(expected, m1.ForecastCompletion!.Value, 4);
    }

    [Fact]
    public void No_forecast_on_the_first_day_and_the_result_after_the_end()
    {
        using var w = Build();
        Assert.Null(w.Ranker.Detail(w["M1"], WorldBuilder.At("2027-01-01T15:00")).Kpis[0].Forecast);
        var after = w.Ranker.Detail(w["M1"], WorldBuilder.At("2027-04-02T00:00")).Kpis[0];
        Assert.Equal(after.Completion!.Value, after.Forecast!.Completion, 12);
    }
}
