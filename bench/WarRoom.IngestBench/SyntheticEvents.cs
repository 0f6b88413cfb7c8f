using WarRoom.Core.Events;

namespace WarRoom.IngestBench;

/// <summary>
/// A deterministic stream of events on the seed's managers and campaign KPIs, event times rising in whole seconds
/// from the campaign start to the bench clock (as a day of ingest would bring them). Seq is the position + 1: the
/// numbering a single client would get from the app, used by the line-protocol reference. Values are uniform below a
/// bound set per KPI so that <see cref="BenchSeed.BigDealShare"/> of them reach its big-deal threshold (0.2 %, as the
/// simulator's traffic): a value of 0–1,000 on every KPI made about two events in three a 喜报, which no campaign sees.
/// Counts (户, 张, 人) are whole numbers, as ingest requires.
/// </summary>
internal static class SyntheticEvents
{
    public static EventRecord[] Make(BenchSeed seed, string idPrefix, long firstSeq, int count, long totalEvents)
    {
        // A ratio takes no events of its own (its numerator and denominator are among the others).
        var fed = seed.Data.Campaign.Kpis.Select(k => k.Kpi).Where(k => k.Aggregation != Core.Kpis.KpiAggregation.Ratio).ToArray();
        var kpis = fed.Select(k => k.Index).ToArray();
        var share = Math.Clamp(seed.BigDealShare, 0, 0.99);
        var bounds = fed.Select(k => (k.BigDeal > 0 ? k.BigDeal : 1_000) / (1 - share)).ToArray();
        var decimals = fed.Select(k => k.Integer ? 0 : 2).ToArray();
        var startSeconds = seed.Data.Campaign.Start.ToUnixTimeSeconds();
        var spanSeconds = seed.Clock.ToUnixTimeSeconds() - startSeconds - 60;
        var events = new EventRecord[count];
        for (var i = 0; i < count; i++)
        {
            var seq = firstSeq + i;
            var mix = (ulong)seq * 0x9E3779B97F4A7C15UL;
            var seconds = startSeconds + (seq * spanSeconds / totalEvents);
            var kpi = (int)((mix >> 32) % (ulong)kpis.Length);
            var value = Math.Round(((mix >> 40) % 100_000) / 100_000.0 * bounds[kpi], decimals[kpi]);
            events[i] = new EventRecord(seq, $"{idPrefix}-{seq:D10}", seconds * 1000,
                seed.Managers[(int)(mix % (ulong)seed.Managers.Length)], kpis[kpi], value);
        }

        return events;
    }
}
