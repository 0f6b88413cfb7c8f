using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Web.Pipeline.Cluster;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Pipeline.Cluster;

/// <summary>
/// Stream entries carry tags by code (version 3): a node that declares its dimensions in another order, or lacks a
/// value, still files a replicated event under the tag it was sent with; version 2 entries (packed value numbers) of
/// nodes not yet upgraded are still read.
/// </summary>
public sealed class ClusterStreamEntryTests
{
    // The other node lists segment before channel and channel's values the other way round, and knows no "private".
    private static readonly DimensionCatalog Reordered = new(
    [
        new Dimension("segment", new("客群", "Segment"), 0, [("mass", new("大众", "Mass"))]),
        new Dimension("channel", new("渠道", "Channel"), 1, [("mobile", new("手机银行", "Mobile")), ("branch", new("网点", "Branch"))]),
    ]);

    [Fact]
    public void A_node_with_another_dimension_list_reads_each_tag_by_its_code()
    {
        var seed = TestSeed.Create();
        var tags = Tags(TestSeed.Dimensions, ("channel", "mobile"), ("segment", "private"));
        var sent = TestSeed.Event(seed, 7, "M002", "deposit_new", "2027-02-22 09:59:00", 600, "tagged") with { Tags = tags };
        var untagged = TestSeed.Event(seed, 8, "M003", "deposit_new", "2027-02-22 09:59:01", 5, "plain");

        var payload = StreamEntry.Encode([sent, untagged], seed.Org, seed.Kpis, TestSeed.Dimensions);
        var read = StreamEntry.Decode(payload, seed.Org, seed.Kpis, Reordered, out var unplaced);

        Assert.Equal(0, unplaced);
        Assert.Equal([("channel", "mobile")], Read(Reordered, read[0].Tags)); // "private" is not declared there: left off
        Assert.Equal(0UL, read[1].Tags);
        Assert.Equal(sent with { Tags = read[0].Tags }, read[0]);
        Assert.Equal(tags, StreamEntry.Decode(payload, seed.Org, seed.Kpis, TestSeed.Dimensions, out _)[0].Tags);
    }

    [Fact]
    public void A_version_2_entry_from_a_node_not_yet_upgraded_is_read_with_its_packed_tags()
    {
        var seed = TestSeed.Create();
        var tags = Tags(TestSeed.Dimensions, ("segment", "mass"));
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)2);
            writer.Write(1);
            writer.Write(9L);
            writer.Write("v2");
            writer.Write(1_803_259_800_000L);
            writer.Write("M001");
            writer.Write("deposit_new");
            writer.Write(12.5);
            writer.Write(tags);
        }

        var read = Assert.Single(StreamEntry.Decode(buffer.ToArray(), seed.Org, seed.Kpis, TestSeed.Dimensions, out _));
        Assert.Equal(new EventRecord(9, "v2", 1_803_259_800_000L, seed.Org.Find("M001")!.Index, seed.Kpis.Find("deposit_new")!.Index, 12.5, tags), read);
    }

    private static ulong Tags(DimensionCatalog dimensions, params (string Dimension, string Value)[] pairs)
    {
        var tags = 0UL;
        foreach (var (dimension, value) in pairs)
        {
            Assert.Null(dimensions.AddTag(dimension, value, ref tags));
        }

        return tags;
    }

    private static List<(string, string)> Read(DimensionCatalog dimensions, ulong tags) =>
        [.. dimensions.Read(tags).Select(t => (t.Dimension.Code, t.Value.Code))];
}
