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
