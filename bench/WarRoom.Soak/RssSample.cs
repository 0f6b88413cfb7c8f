using System.Globalization;

namespace WarRoom.Soak;

/// <summary>One reading: when, how many events the app had acknowledged, and its resident memory.</summary>
internal sealed record RssSample(TimeSpan Elapsed, long Accepted, long RssBytes)
{
    /// <summary>VmRSS of a process from /proc (Linux): resident memory, what the operator's dashboard shows.</summary>
    public static long ReadRss(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"no VmRSS in /proc/{processId}/status");
    }
}
