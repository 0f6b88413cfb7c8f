using WarRoom.Core.Forecasting;

namespace WarRoom.Core.Tests.Forecasting;

/// <summary>The run-rate projection and its band, worked by hand.</summary>
public class RunRateTests
{
    [Fact]
    public void Projects_the_mean_daily_amount_over_the_days_left()
    {
        // 100 so far, 10 a day over the last four days (8, 12, 9, 11), 20 days left, target 400.
        var f = RunRate.Project(100, [8, 12, 9, 11], 20, 400)!;
        Assert.Equal(300, f.Value, 9);
        Assert.Equal(0.75, f.Completion, 9);

        // σ of 8, 12, 9, 11 (sample) = √(10/3); band ±1.2816·σ·√(20 + 400/4).
        var half = 1.2816 * Math.Sqrt(10.0 / 3) * Math.Sqrt(20 + (400.0 / 4));
        Assert.Equal((300 - half) / 400, f.Low, 9);
        Assert.Equal((300 + half) / 400, f.High, 9);
        Assert.Equal(RunRate.Method, f.Method);
    }

    [Fact]
    public void A_rate_that_moved_widens_the_band_by_its_drift()
    {
        // As above, with the recent rate 2 a day above the campaign-to-date rate: (R·2)² joins the variance.
        var f = RunRate.Project(100, 10, Math.Sqrt(10.0 / 3), 4, 20, 400, drift: 2)!;
        var half = 1.2816 * Math.Sqrt((10.0 / 3 * (20 + (400.0 / 4))) + (40 * 40));
        Assert.Equal(0.75, f.Completion, 9);
        Assert.Equal((300 - half) / 400, f.Low, 9);
        Assert.Equal((300 + half) / 400, f.High, 9);
    }

    [Fact]
    public void A_level_is_held_with_a_band_from_its_recent_moves_over_a_shrinking_span()
    {
        // Level 0.5, moving +0.01 a day (σ 0.004 over 10 days); 20 days done, 20 to go: the span is 20·20/40 = 10 days.
        var f = RunRate.Held(0.5, 0.01, 0.004, 10, 20, 20, 0.6, "level_held");
        var half = 1.2816 * Math.Sqrt((0.004 * 0.004 * (10 + (100.0 / 10))) + (10 * 10 * 0.01 * 0.01));
        Assert.Equal(0.5 / 0.6, f.Completion, 12);
        Assert.Equal((0.5 - half) / 0.6, f.Low, 12);
        Assert.Equal((0.5 + half) / 0.6, f.High, 12);

        // A level that did not move, or one read with nothing left to run, has no band.
        Assert.Equal(f.Completion, RunRate.Held(0.5, 0, 0, 10, 20, 20, 0.6, "level_held").High, 12);
        Assert.Equal(f.Completion, RunRate.Held(0.5, 0.01, 0.004, 10, 40, 0, 0.6, "level_held").Low, 12);
    }

    [Fact]
    public void A_steady_rate_has_no_band()
    {
        var f = RunRate.Project(50, [5, 5, 5], 10, 100)!;
        Assert.Equal((1.0, 1.0, 1.0), (f.Completion, f.Low, f.High));
    }

    [Fact]
    public void After_the_end_the_forecast_is_the_result()
    {
        var f = RunRate.Project(87, [], 0, 100)!;
        Assert.Equal((0.87, 0.87, 0.87), (f.Completion, f.Low, f.High));
    }

    [Fact]
    public void Nothing_without_a_target_or_without_a_completed_day()
    {
        Assert.Null(RunRate.Project(10, [1, 2], 5, 0));
        Assert.Null(RunRate.Project(10, [1, 2], 5, double.NaN));
        Assert.Null(RunRate.Project(10, [], 5, 100));
    }
}
