namespace WarRoom.Web.Features.Ingest.LineProtocol;

/// <summary>The unit of line-protocol timestamps (<c>precision=</c>): InfluxDB's names, nanoseconds by default.</summary>
public readonly record struct LinePrecision(string Name, long NanosPerUnit)
{
    public static LinePrecision Nanoseconds => new("ns", 1);

    /// <summary>v1 and v2 spellings (n/ns, u/us/µ, ms, s, and v1's m and h); null for anything else.</summary>
    public static LinePrecision? Parse(string? text) => text switch
    {
        null or "" or "ns" or "n" => Nanoseconds,
        "us" or "u" or "µ" => new("us", 1_000),
        "ms" => new("ms", 1_000_000),
        "s" => new("s", 1_000_000_000),
        "m" => new("m", 60_000_000_000),
        "h" => new("h", 3_600_000_000_000),
        _ => null,
    };

    /// <summary>Unix milliseconds of a timestamp in this unit; false when it is out of range.</summary>
    public bool TryToMilliseconds(long timestamp, out long ms)
    {
        var nanos = (Int128)timestamp * NanosPerUnit;
        ms = (long)(nanos >= 0 ? nanos / 1_000_000 : ((nanos + 1) / 1_000_000) - 1);
        return ms is > -62_135_596_800_000 and < 253_402_300_800_000;
    }

    /// <summary>The timestamp in nanoseconds, for the derived id (so ms and ns resends of one point agree).</summary>
    public Int128 ToNanoseconds(long timestamp) => (Int128)timestamp * NanosPerUnit;
}
