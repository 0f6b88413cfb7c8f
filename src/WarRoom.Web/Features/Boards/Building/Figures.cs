namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// Rounding for the wire: a screen shows a few digits (amounts to 0.01, ratios to 0.01 %), and every digit is sent
/// to every screen, several times a second. Rounding also keeps a widget's JSON unchanged when only digits nobody
/// sees moved, so it is not pushed again.
/// </summary>
internal static class Figures
{
    public static double Amount(double value) => Math.Round(value, 2);

    public static double? Amount(double? value) => value is { } v ? Math.Round(v, 2) : null;

    public static double Ratio(double value) => Math.Round(value, 4);

    public static double? Ratio(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
