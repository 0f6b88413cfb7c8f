using System.Globalization;

namespace WarRoom.Soak;

/// <summary>
/// One reading: when, how many events the app had acknowledged, and its resident memory — in all (VmRSS, what the
/// operator's dashboard shows), and the anonymous part (heaps, the ledger) apart from file pages mapped in.
/// </summary>
internal sealed record RssSample(TimeSpan Elapsed, long Accepted, long RssBytes, long AnonBytes)
{
    public static RssSample Read(int processId, TimeSpan elapsed, long accepted)
    {
        long rss = 0, anon = 0;
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            rss = line.StartsWith("VmRSS:", StringComparison.Ordinal) ? Kb(line) : rss;
            anon = line.StartsWith("RssAnon:", StringComparison.Ordinal) ? Kb(line) : anon;
        }

        return new RssSample(elapsed, accepted, rss, anon);
    }

    private static long Kb(string line) =>
        long.Parse(line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
}
