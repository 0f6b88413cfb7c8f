namespace WarRoom.Core.Aggregates;

/// <summary>
/// One applied event as an as-of scan reads it (24 bytes; <see cref="DayJournal"/> keeps most in 12). Unit and KPI
/// share an int (unit &lt; 2^24, KPI &lt; 256; <see cref="Fits"/>). Seq is 0 where the journal did not keep it (a flow's).
/// </summary>
internal readonly struct JournalEntry(long value, long seq, int msOfDay, int unit, int kpi)
{
    // Declared longs first: the struct is laid out in this order, and so packs into 24 bytes without padding.
    public long Value { get; } = value;
    public long Seq { get; } = seq;
    public int MsOfDay { get; } = msOfDay;

    private readonly int unitKpi = (unit << 8) | kpi;

    public int Unit => unitKpi >>> 8;
    public int Kpi => unitKpi & 0xFF;

    public int UnitKpi => unitKpi;

    public static bool Fits(int units, int kpis) => units <= 1 << 24 && kpis <= 256;
}

/// <summary>
/// An entry as the journal keeps it, 12 bytes: unit and KPI, ms into the day, and the value when it fits an int and
/// no seq is needed (a flow's); otherwise the top bit of the ms word is set and the payload indexes the day's wide
/// values (value and seq, 16 bytes more). A day is under 2^31 ms, so the bit is free.
/// </summary>
internal readonly struct JournalSlot(int unitKpi, int msWord, int payload)
{
    public const int WideBit = int.MinValue;

    public int UnitKpi { get; } = unitKpi;
    public int MsWord { get; } = msWord;
    public int Payload { get; } = payload;

    public int Unit => UnitKpi >>> 8;
    public int MsOfDay => MsWord & int.MaxValue;
    public bool IsWide => MsWord < 0;
}

/// <summary>A wide entry's value and seq (<see cref="JournalSlot"/>).</summary>
internal readonly record struct JournalWide(long Value, long Seq);
