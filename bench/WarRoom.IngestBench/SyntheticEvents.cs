using WarRoom.Core.Events;

namespace WarRoom.IngestBench;

/// <summary>
/// A deterministic stream of events on the seed's managers and campaign KPIs, event times rising in whole seconds
/// from the campaign start to the bench clock (as a day of ingest would bring them). Seq is the position + 1: the
/// numbering a single client would get from the app, used by the line-protocol reference.
/// </summary>
internal static class SyntheticEvents
{
    public static EventRecord[] Make(BenchSeed seed, string idPrefix, long firstSeq, int count, long totalEvents)
    {
        var kpis = seed.Data.Campaign.Kpis.Select(k => k.Kpi.Index).ToArray();
        var startSeconds = seed.Data.Campaign.Start.ToUnixTimeSeconds();
        var spanSeconds = seed.Clock.ToUnixTimeSeconds() - startSeconds - 60;
        var events = new EventRecord[count];
        for (var i = 0; i < count; i++)
        {
            var seq = firstSeq + i;
            var mix = (ulong)seq * 0x9E3779B97F4A7C15UL;
            var seconds = startSeconds + (seq * spanSeconds / totalEvents);
            events[i] = new EventRecord(seq, $"{idPrefix}-{seq:D10}", seconds * 1000,
                seed.Managers[(int)(mix % (ulong)seed.Managers.Length)], kpis[(int)((mix >> 32) % (ulong)kpis.Length)],
                ((mix >> 40) % 100_000) / 100.0);
        }

        return events;
    }
}
