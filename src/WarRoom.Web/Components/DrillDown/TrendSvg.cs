using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.Trends;

namespace WarRoom.Web.Components.DrillDown;

/// <summary>
/// A trend as one SVG string (decision 0017): the cumulative figure and, dashed, where time progress says it should
/// be, on a date axis from campaign start to end (a tick a week) and a value axis from zero. One string per trend
/// answer and language, shared by every circuit that shows the same (shared) <see cref="TrendDto"/>: a page holds a
/// reference and one markup frame, not three hundred frames of its own.
/// </summary>
public static class TrendSvg
{
    // The plot area inside the view box: room on the left for the value labels, below for the dates.
    private const double W = 320, H = 136, L = 40, T = 5, Bottom = H - 15;

    private static readonly ConditionalWeakTable<TrendDto, StrongBox<(string Key, string Svg)[]>> Drawn = new();

    public static string Of(TrendDto trend, string name, DateTimeOffset start, DateTimeOffset end, bool english)
    {
        var key = $"{english}|{name}|{start:O}|{end:O}";
        var box = Drawn.GetValue(trend, _ => new StrongBox<(string, string)[]>([]));
        if (Array.Find(box.Value!, d => d.Key == key) is { Svg: { } hit })
        {
            return hit;
        }

        var svg = Draw(trend, name, start, end, english);
        box.Value = [.. box.Value!, (key, svg)];
        return svg;
    }

    private static string Draw(TrendDto trend, string name, DateTimeOffset start, DateTimeOffset end, bool english)
    {
        var top = Math.Max(1e-9, new[] { trend.Target ?? 0 }.Concat(trend.Points.Select(p => Math.Max(p.Value, p.Expected ?? 0))).Max() * 1.08);
        string X(DateTimeOffset t) => Fmt(L + Math.Clamp((t - start).TotalSeconds / Math.Max(1, (end - start).TotalSeconds), 0, 1) * (W - L - 4));
        string Y(double v) => Fmt(Bottom - Math.Clamp(v / top, 0, 1) * (Bottom - T));
        var svg = new StringBuilder(4096).Append($"<svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(name)}\">");
        foreach (var (value, i) in new[] { 0, top / 2 / 1.08, top / 1.08 }.Select((v, i) => (v, i)))
        {
            svg.Append($"<line class=\"{(i == 0 ? "trend-axis" : "trend-grid-line")}\" x1=\"{L}\" y1=\"{Y(value)}\" x2=\"{W}\" y2=\"{Y(value)}\"/>")
               .Append($"<text class=\"trend-tick\" x=\"{L - 3}\" y=\"{Y(value)}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Figures.Value(Math.Round(value))}</text>");
        }

        // Local midnights a week apart from the campaign's first day; every other one labelled when they crowd.
        var weeks = (int)((end - start).TotalDays / 7);
        for (var w = 0; w <= weeks; w++)
        {
            var day = start.AddDays(7 * w);
            svg.Append($"<line class=\"trend-grid-line\" x1=\"{X(day)}\" y1=\"{T}\" x2=\"{X(day)}\" y2=\"{Bottom}\"/>");
            if (w % (weeks > 8 ? 2 : 1) == 0)
            {
                var label = day.ToString(english ? "MMM d" : "M/d", CultureInfo.InvariantCulture);
                svg.Append($"<text class=\"trend-tick\" x=\"{X(day)}\" y=\"{H - 3}\" text-anchor=\"middle\">{label}</text>");
            }
        }

        if (trend.Target is { } target)
        {
            svg.Append($"<line class=\"trend-target\" x1=\"{L}\" y1=\"{Y(target)}\" x2=\"{W}\" y2=\"{Y(target)}\"/>");
        }

        svg.Append($"<line class=\"trend-now\" x1=\"{X(trend.AsOf)}\" y1=\"{T}\" x2=\"{X(trend.AsOf)}\" y2=\"{Bottom}\"/>");
        if (trend.Points.Count > 0)
        {
            // A point is drawn at its bucket's end, where the cumulative figure stands.
            var step = trend.Interval == "1h" ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
            string Path(Func<TrendPointDto, double> value) => string.Join(" ",
                trend.Points.Select(p => $"{X(p.Time + step < trend.AsOf ? p.Time + step : trend.AsOf)},{Y(value(p))}"));
            if (trend.Target is not null)
            {
                svg.Append($"<polyline class=\"trend-expected\" points=\"{Path(p => p.Expected ?? 0)}\"/>");
            }

            svg.Append($"<polyline class=\"trend-actual\" points=\"{Path(p => p.Value)}\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Fmt(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
