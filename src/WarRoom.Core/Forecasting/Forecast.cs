namespace WarRoom.Core.Forecasting;

/// <summary>
/// Expected completion at the campaign's end (<paramref name="Completion"/>) with an 80 % band
/// (<paramref name="Low"/>..<paramref name="High"/>), all as value / target; <paramref name="Value"/> is the expected
/// final value itself. <paramref name="Method"/> names how it was made (<see cref="RunRate.Method"/>).
/// </summary>
public sealed record Forecast(double Value, double Completion, double Low, double High, string Method);
