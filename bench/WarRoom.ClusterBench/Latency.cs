using System.Diagnostics;
using System.Globalization;
using WarRoom.LoadTool;

namespace WarRoom.ClusterBench;

/// <summary>POST start → arrival at each screen of one fleet, as percentiles.</summary>
internal static class Latency
{
    public static string Line(string label, DealPoster poster, ClientFleet fleet, int screens)
    {
        var ms = new List<double>();
        foreach (var (id, sent) in poster.Sent)
        {
            if (fleet.Arrivals.TryGetValue(id, out var arrivals))
            {
                ms.AddRange(arrivals.Select(t => Stopwatch.GetElapsedTime(sent, t).TotalMilliseconds));
            }
        }

        ms.Sort();
        var expected = (long)poster.Sent.Count * screens;
        string P(double q) => ms.Count == 0 ? "-" : ms[Math.Min(ms.Count - 1, (int)(q * ms.Count))].ToString("F0", CultureInfo.InvariantCulture);
        return $"  {label}: {ms.Count:N0} of {expected:N0} arrivals; p50 {P(0.5)} ms, p90 {P(0.9)} ms, p99 {P(0.99)} ms, max {P(1)} ms";
    }

    /// <summary>
    /// Per deal: when its POST was answered and when it reached the first, middle and last screen of each fleet, to
    /// tell one slow deal (the store or a pause: every screen late) from screens that are always late (their sockets).
    /// </summary>
    public static IEnumerable<string> PerDeal(DealPoster poster, ClientFleet a, ClientFleet b)
    {
        string Spread(ClientFleet fleet, string id, long sent)
        {
            if (!fleet.Arrivals.TryGetValue(id, out var arrivals) || arrivals.IsEmpty)
            {
                return "-";
            }

            var ms = arrivals.Select(t => Stopwatch.GetElapsedTime(sent, t).TotalMilliseconds).Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{ms[0]:F0}/{ms[ms.Count / 2]:F0}/{ms[^1]:F0}");
        }

        yield return "  deal: POST answered ms; node A first/median/last screen ms; node B first/median/last screen ms";
        foreach (var (id, sent) in poster.Sent.OrderBy(s => s.Value))
        {
            var answered = poster.AnsweredById.TryGetValue(id, out var ms) ? ms.ToString("F0", CultureInfo.InvariantCulture) : "-";
            yield return $"  {id}: {answered}; {Spread(a, id, sent)}; {Spread(b, id, sent)}";
        }
    }

    /// <summary>The board updates that shared the screens' sockets with the 喜报: per screen per second, and their size.</summary>
    public static string Updates(ClientFleet a, ClientFleet b, TimeSpan over)
    {
        var (messages, bytes) = (a.BoardUpdates.Messages + b.BoardUpdates.Messages, a.BoardUpdates.Bytes + b.BoardUpdates.Bytes);
        var screens = Math.Max(1, a.Count + b.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"  boardUpdated: {messages / (double)screens / over.TotalSeconds:F2} per screen per second, {(messages == 0 ? 0 : bytes / (double)messages / 1024):F1} KB each ({bytes / over.TotalSeconds / 1048576:F1} MB/s to all screens)");
    }
}
