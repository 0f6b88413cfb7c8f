namespace WarRoom.Core.Guidance;

/// <summary>
/// Threshold tests with a tolerance far below anything printed, so that a figure that reads exactly as the
/// threshold (completion 35 %, time progress 40 %, "5 points behind") counts as at it whatever the last bits of
/// the double subtraction say.
/// </summary>
internal static class Threshold
{
    private const double Tolerance = 1e-9;

    /// <summary>x &gt; limit, beyond rounding noise.</summary>
    public static bool Exceeds(double x, double limit) => x > limit + Tolerance;

    /// <summary>x ≥ limit, rounding noise included.</summary>
    public static bool Reaches(double x, double limit) => x >= limit - Tolerance;
}
