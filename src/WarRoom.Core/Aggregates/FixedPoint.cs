namespace WarRoom.Core.Aggregates;

/// <summary>
/// KPI values are kept as <see cref="long"/> with four decimal places so that sums are exact whatever order the
/// events arrive in (double addition is not associative, and a rebuilt engine must agree with a live one to the bit).
/// </summary>
public static class FixedPoint
{
    public const long Scale = 10_000;

    /// <summary>
    /// Largest magnitude an event value may have. 1e10 (ten billion 万元) is far above any real booking and leaves
    /// room for ~92,000 such events on one unit before a long overflows. Ingest should reject larger values with the
    /// same test (<see cref="IsRepresentable"/>); the aggregates ignore and count them.
    /// </summary>
    public const double MaxAbsValue = 1e10;

    public static bool IsRepresentable(double value) => double.IsFinite(value) && Math.Abs(value) <= MaxAbsValue;

    /// <summary>
    /// The value rounded half away from zero to four decimal places, as if the decimal number the source sent
    /// (a double's 15 significant digits) were rounded: 0.00005 → 0.0001, −2.00005 → −2.0001.
    /// </summary>
    public static long FromDouble(double value)
    {
        if (!IsRepresentable(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"not finite or larger than {MaxAbsValue:E0}");
        }

        var scaled = value * Scale;
        var magnitude = Math.Abs(scaled);
        var fraction = magnitude - Math.Floor(magnitude);

        // Far from a .5 boundary the double product rounds like the exact decimal; only near it can the binary
        // representation (2.00005 is stored as 2.0000499999…) flip the result, so those few take the decimal path.
        if (Math.Abs(fraction - 0.5) > Math.Max(1e-6, magnitude * 1e-14))
        {
            return (long)Math.Round(scaled, MidpointRounding.AwayFromZero);
        }

        return (long)Math.Round((decimal)value * Scale, MidpointRounding.AwayFromZero);
    }

    public static double ToDouble(long value) => value / (double)Scale;

    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> (both fixed-point) as a fixed-point ratio,
    /// rounded half away from zero; 0 while the denominator is 0 (no base yet, nothing to rate).
    /// </summary>
    public static long Ratio(long numerator, long denominator) =>
        denominator == 0 ? 0 : (long)Math.Round((decimal)numerator * Scale / denominator, MidpointRounding.AwayFromZero);

    /// <summary>The mean of <paramref name="count"/> fixed-point figures adding up to <paramref name="sum"/>, rounded half away from zero.</summary>
    public static long Mean(long sum, int count) =>
        count <= 0 ? 0 : (long)Math.Round((decimal)sum / count, MidpointRounding.AwayFromZero);
}
