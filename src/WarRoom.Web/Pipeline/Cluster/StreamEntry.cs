using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Pipeline.Cluster;

/// <summary>
/// One durable batch as a stream entry's payload: units and KPIs by code, not by index, so that a node whose seed
/// data differs skips what it cannot place (and logs it) instead of booking a figure on the wrong unit. Version 3
/// carries each event's tags by code too (dimension, value): version 2 sent the packed value numbers, which a node
/// whose dimension list differs reads as other tags. Versions 1 (untagged) and 2 are still read, from nodes not yet
/// upgraded; a tag this node does not declare is dropped and the event counted untagged there.
/// </summary>
internal static class StreamEntry
{
    private const byte Version = 3;

    public static byte[] Encode(IReadOnlyList<EventRecord> batch, OrgTree org, KpiCatalog kpis, DimensionCatalog dimensions)
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
                var tags = e.Tags == 0 ? [] : dimensions.Read(e.Tags).ToList();
                writer.Write((byte)tags.Count);
                foreach (var (dimension, value) in tags)
                {
                    writer.Write(dimension.Code);
                    writer.Write(value.Code);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The events this node can place; <paramref name="unplaced"/> counts the others.</summary>
    public static List<EventRecord> Decode(byte[] payload, OrgTree org, KpiCatalog kpis, DimensionCatalog dimensions, out int unplaced)
    {
        using var reader = new BinaryReader(new MemoryStream(payload), System.Text.Encoding.UTF8);
        var version = reader.ReadByte();
        if (version is not (1 or 2 or Version))
        {
            throw new InvalidDataException("a stream entry of an unknown version (a newer node?)");
        }

        var count = reader.ReadInt32();
        var events = new List<EventRecord>(count);
        unplaced = 0;
        for (var i = 0; i < count; i++)
        {
            var (seq, id, time, unit, kpi, value) = (reader.ReadInt64(), reader.ReadString(), reader.ReadInt64(), reader.ReadString(), reader.ReadString(), reader.ReadDouble());
            var tags = version switch { 1 => 0UL, 2 => reader.ReadUInt64(), _ => ReadTags(reader, dimensions) };
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

    private static ulong ReadTags(BinaryReader reader, DimensionCatalog dimensions)
    {
        var tags = 0UL;
        for (int i = 0, count = reader.ReadByte(); i < count; i++)
        {
            var (dimension, value) = (reader.ReadString(), reader.ReadString());
            _ = dimensions.AddTag(dimension, value, ref tags); // refused (not declared here): left off this node's copy
        }

        return tags;
    }
}
