namespace WarRoom.Core.Events;

/// <summary>
/// An accepted KPI event as the aggregates and the stores see it. <see cref="Seq"/> is the ingest sequence number
/// (unique, increasing in acceptance order); <see cref="TimeMs"/> is the event time in Unix milliseconds;
/// <see cref="Unit"/> and <see cref="Kpi"/> are indexes into the org tree (pre-order) and the KPI catalogue;
/// <see cref="Tags"/> its dimension values packed as <see cref="Dimensions.EventTags"/> (0: untagged).
/// </summary>
public readonly record struct EventRecord(long Seq, string Id, long TimeMs, int Unit, int Kpi, double Value, ulong Tags = 0)
{
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(TimeMs);
}
