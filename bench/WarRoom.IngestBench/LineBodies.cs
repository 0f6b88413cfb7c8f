using System.Globalization;
using System.Text;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;

namespace WarRoom.IngestBench;

/// <summary>
/// The same events as WarRoom's line-protocol ingest takes them (<c>kpi,unit=U value=V,id="…" ms</c>, as an InfluxDB
/// client would send them with precision=ms), serialised before any clock starts.
/// </summary>
internal static class LineBodies
{
    public static List<byte[]> Make(SeedData seed, IReadOnlyList<EventRecord> events, int linesPerBody)
    {
        var bodies = new List<byte[]>();
        var text = new StringBuilder(linesPerBody * 80);
        for (var start = 0; start < events.Count; start += linesPerBody)
        {
            text.Clear();
            for (var i = start; i < Math.Min(events.Count, start + linesPerBody); i++)
            {
                var e = events[i];
                text.Append(seed.Kpis[e.Kpi].Code).Append(",unit=").Append(seed.Org[e.Unit].Code)
                    .Append(" value=").Append(e.Value.ToString("R", CultureInfo.InvariantCulture))
                    .Append(",id=\"").Append(e.Id).Append("\" ").Append(e.TimeMs.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            bodies.Add(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return bodies;
    }
}
