namespace WarRoom.Core.Simulation;

/// <summary>
/// How busy a campaign day is hour by hour: a morning peak after the branches open, a quiet lunch, a second peak
/// in the afternoon and a thin evening of online sales. Weekends and holidays run at a fraction of a working day.
/// </summary>
public static class TrafficShape
{
    // Relative intensity per local hour 0–23 on a working day.
    private static readonly double[] Hourly =
    [
        0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.20, 0.60, 1.00, 1.00, 0.85,
        0.30, 0.35, 0.80, 0.90, 0.85, 0.55, 0.25, 0.18, 0.12, 0.08, 0.05, 0.03,
    ];

    public const double NonWorkingDayFactor = 0.15;

    public static double Intensity(TimeOnly localTime, bool workingDay)
    {
        var hour = localTime.Hour;
        var next = Hourly[(hour + 1) % 24];
        var within = localTime.Minute / 60.0;
        var value = Hourly[hour] + ((next - Hourly[hour]) * within);
        return workingDay ? value : value * NonWorkingDayFactor;
    }

    /// <summary>The day's total intensity (the integral of <see cref="Intensity"/> over 24 hours, in hours).</summary>
    public static double DailyTotal(bool workingDay)
    {
        var sum = 0.0;
        for (var minute = 0; minute < 24 * 60; minute += 10)
        {
            sum += Intensity(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)), workingDay) / 6;
        }

        return sum;
    }
}
