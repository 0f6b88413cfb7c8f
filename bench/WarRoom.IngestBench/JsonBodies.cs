using System.Buffers;
using System.Text.Json;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;

namespace WarRoom.IngestBench;

/// <summary>Request bodies for POST /api/v1/events, serialised before any clock starts.</summary>
internal static class JsonBodies
{
    public static List<byte[]> Make(SeedData seed, IReadOnlyList<EventRecord> events, int eventsPerBody)
    {
        var bodies = new List<byte[]>();
        var buffer = new ArrayBufferWriter<byte>(eventsPerBody * 128);
        for (var start = 0; start < events.Count; start += eventsPerBody)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartArray("events");
                for (var i = start; i < Math.Min(events.Count, start + eventsPerBody); i++)
                {
                    Write(json, seed, events[i]);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            bodies.Add(buffer.WrittenSpan.ToArray());
        }

        return bodies;
    }

    public static byte[] One(SeedData seed, EventRecord e) => Make(seed, [e], 1)[0];

    private static void Write(Utf8JsonWriter json, SeedData seed, EventRecord e)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("time", seed.Campaign.ToLocal(e.Time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("unit", seed.Org[e.Unit].Code);
        json.WriteString("kpi", seed.Kpis[e.Kpi].Code);
        json.WriteNumber("value", e.Value);
        json.WriteEndObject();
    }
}
