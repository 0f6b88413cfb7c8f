namespace WarRoom.Core.Forecasting;

/// <summary>
/// The run-rate forecast (docs/forecast.md): the mean daily amount of the last <see cref="RecentWorkingDays"/>
/// completed working days, projected over the counted days still to run, added to the value so far. Each working
/// day's amount carries the non-working days that follow it, so weekend bookings are in the rate although only
/// working days are projected. The band is ±z·σ·√(R + R²/n): the spread of a sum of R more days (σ√R) plus the
/// uncertainty of the mean rate itself (σR/√n), with z for an 80 % two-sided interval.
/// </summary>
public static class RunRate
{
    public const int RecentWorkingDays = 10;

    public const string Method = "run_rate_10wd";

    /// <summary>z of the 10th/90th percentile of a normal distribution: the band holds ~80 % of outcomes.</summary>
    public const double Z80 = 1.2816;

    /// <summary>
    /// The forecast from <paramref name="current"/> (value so far), the recent working days'
    /// <paramref name="amounts"/> and <paramref name="remainingDays"/> counted days still to run (fractional);
    /// null without a positive target or, while days remain, without a completed working day to take a rate from.
    /// </summary>
    public static Forecast? Project(double current, ReadOnlySpan<double> amounts, double remainingDays, double target)
    {
        if (!(target > 0) || !double.IsFinite(current))
        {
            return null;
        }

        remainingDays = Math.Max(remainingDays, 0);
        if (remainingDays == 0)
        {
            var done = current / target;
            return new Forecast(current, done, done, done, Method);
        }

        if (amounts.IsEmpty)
        {
            return null;
        }

        var (mean, sigma) = Spread(amounts);
        return Project(current, mean, sigma, amounts.Length, remainingDays, target);
    }

    /// <summary>
    /// The projection from a rate already summarised as its mean, sample standard deviation and count.
    /// <paramref name="drift"/> is how far the rate may move before the end, per day (a flow's recent rate less its
    /// campaign-to-date rate): it widens the band by R·drift, as the spread of the rate's two readings.
    /// </summary>
    public static Forecast? Project(double current, double mean, double sigma, int n, double remainingDays, double target, double drift = 0)
    {
        if (!(target > 0) || !double.IsFinite(current))
        {
            return null;
        }

        remainingDays = Math.Max(remainingDays, 0);
        if (remainingDays == 0)
        {
            var done = current / target;
            return new Forecast(current, done, done, done, Method);
        }

        if (n == 0)
        {
            return null;
        }

        var final = current + (mean * remainingDays);
        var half = HalfBand(sigma, n, remainingDays, drift);
        return new Forecast(final, final / target, (final - half) / target, (final + half) / target, Method);
    }

    /// <summary>
    /// A level's forecast (a ratio, a daily average: held where it stands) with a band from how the level moved over
    /// the recent days (<paramref name="mean"/> and <paramref name="sigma"/> of its change across each). A
    /// campaign-to-date level moves less as days pile up behind it: after t counted days, R more move it by about
    /// R·t/(t + R) days of its recent movement, so that is the span the band projects.
    /// </summary>
    public static Forecast Held(double level, double mean, double sigma, int n, double elapsedDays, double remainingDays, double target, string method)
    {
        var span = remainingDays <= 0 || elapsedDays <= 0 ? 0 : remainingDays * elapsedDays / (elapsedDays + remainingDays);
        var half = n == 0 || span == 0 ? 0 : HalfBand(sigma, n, span, mean);
        return new Forecast(level, level / target, (level - half) / target, (level + half) / target, method);
    }

    /// <summary>z·√(σ²(R + R²/n) + (R·drift)²): R more days' spread, the uncertainty of the mean rate, and its drift.</summary>
    private static double HalfBand(double sigma, int n, double remainingDays, double drift) =>
        Z80 * Math.Sqrt((sigma * sigma * (remainingDays + (remainingDays * remainingDays / n))) + (remainingDays * remainingDays * drift * drift));

    /// <summary>The expected final value of <see cref="Project(double, double, double, int, double, double)"/>, or null where it gives none.</summary>
    public static double? FinalValue(double current, double mean, int n, double remainingDays)
    {
        if (!double.IsFinite(current))
        {
            return null;
        }

        remainingDays = Math.Max(remainingDays, 0);
        return remainingDays == 0 ? current : n == 0 ? null : current + (mean * remainingDays);
    }

    /// <summary>Mean and sample standard deviation (0 for a single amount) of the daily amounts.</summary>
    public static (double Mean, double Sigma) Spread(ReadOnlySpan<double> amounts)
    {
        var n = amounts.Length;
        var mean = 0.0;
        foreach (var a in amounts)
        {
            mean += a;
        }

        mean /= n;
        var spread = 0.0;
        foreach (var a in amounts)
        {
            spread += (a - mean) * (a - mean);
        }

        return (mean, n > 1 ? Math.Sqrt(spread / (n - 1)) : 0);
    }
}
