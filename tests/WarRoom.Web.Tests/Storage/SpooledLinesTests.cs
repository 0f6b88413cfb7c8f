using System.Buffers;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

/// <summary>A drained spool entry is read back into the very events that were written into it.</summary>
public sealed class SpooledLinesTests
{
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    [Fact]
    public void Every_event_of_a_body_reads_back_as_written_escapes_tags_and_all()
    {
        var tagged = EventTags.With(EventTags.With(0, 0, 1), 1, 0);
        EventRecord[] events =
        [
            new(1_000_000_007, "a\"b\\c 中, x=y", 1_798_732_800_250, seed.Org.Find("M003")!.Index, 0, 12.5),
            new(8, "plain", 1_798_732_800_000, seed.Org.Find("BR01")!.Index, 1, -1234567.89, tagged),
            new(9, new string('中', 64) + "\\\"", 1_798_732_800_999, seed.Org.Find("HQ")!.Index, seed.Kpis.All.Count - 1, 0.1),
        ];
        var output = new ArrayBufferWriter<byte>();
        var lines = new LineProtocol(seed.Org, seed.Kpis, seed.Dimensions);
        foreach (var e in events)
        {
            lines.Append(output, e);
        }

        Assert.Equal(events, SpooledLines.Read(output.WrittenSpan.ToArray(), seed));
    }

    [Fact]
    public void A_line_naming_a_unit_the_seed_lacks_is_left_out_and_the_rest_kept()
    {
        var body = "kpi_event,kpi=deposit_new,unit=NOPE value=1,id=\"x\",seq=1i,t=2i 3\n"u8.ToArray()
            .Concat("kpi_event,kpi=deposit_new,unit=M003 value=2,id=\"y\",seq=4i,t=5i 6\n"u8.ToArray()).ToArray();

        var e = Assert.Single(SpooledLines.Read(body, seed));
        Assert.Equal(new EventRecord(4, "y", 5, seed.Org.Find("M003")!.Index, 0, 2), e);
    }
}
