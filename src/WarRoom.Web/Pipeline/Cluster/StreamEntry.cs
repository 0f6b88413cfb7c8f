using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Pipeline.Cluster;

/// <summary>
/// One durable batch as a stream entry's payload: units and KPIs by code, not by index, so that a node whose seed
/// data differs skips what it cannot place (and logs it) instead of booking a figure on the wrong unit. Version 2
/// adds each event's dimension tags (version 1 entries read as untagged).
/// </summary>
internal static class StreamEntry
{
    private const byte Version = 2;

    public static byte[] Encode(IReadOnlyList<EventRecord> batch, OrgTree org, KpiCatalog kpis)
    {
        using var buffer = new MemoryStream(64 + (batch.Count * 48));
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(batch.Count);
            foreach (var e in batch)
            {
                writer.Write(e.Seq);
                writer.Write(e.Id);
                writer.Write(e.TimeMs);
                writer.Write(org[e.Unit].Code);
                writer.Write(kpis[e.Kpi].Code);
                writer.Write(e.Value);
                writer.Write(e.Tags);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The events this node can place; <paramref name="unplaced"/> counts the others.</summary>
    public static List<EventRecord> Decode(byte[] payload, OrgTree org, KpiCatalog kpis, out int unplaced)
    {
        using var reader = new BinaryReader(new MemoryStream(payload), System.Text.Encoding.UTF8);
        var version = reader.ReadByte();
        if (version is not (1 or Version))
        {
            throw new InvalidDataException("a stream entry of an unknown version (a newer node?)");
        }

        var count = reader.ReadInt32();
        var events = new List<EventRecord>(count);
        unplaced = 0;
        for (var i = 0; i < count; i++)
        {
            var (seq, id, time, unit, kpi, value) = (reader.ReadInt64(), reader.ReadString(), reader.ReadInt64(), reader.ReadString(), reader.ReadString(), reader.ReadDouble());
            var tags = version == 1 ? 0 : reader.ReadUInt64();
            if (org.Find(unit) is { } u && kpis.Find(kpi) is { } k)
            {
                events.Add(new EventRecord(seq, id, time, u.Index, k.Index, value, tags));
            }
            else
            {
                unplaced++;
            }
        }

        return events;
    }
}
