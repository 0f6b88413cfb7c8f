namespace WarRoom.Core.Aggregates;

/// <summary>An inclusive range of campaign day buckets; empty when <see cref="From"/> &gt; <see cref="To"/>.</summary>
internal readonly record struct DayRange(int From, int To)
{
    public static DayRange Empty => new(0, -1);

    public bool IsEmpty => From > To;
}
