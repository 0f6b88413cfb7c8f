using System.Buffers;
using System.Text;
using WarRoom.Core.Events;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

public sealed class LineProtocolTests
{
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    private string Format(EventRecord e)
    {
        var output = new ArrayBufferWriter<byte>();
        new LineProtocol(seed.Org, seed.Kpis).Append(output, e);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void A_manager_event_carries_its_sub_branch_and_branch_and_the_seq_in_the_nanoseconds()
    {
        var e = new EventRecord(1_000_000_007, "a\"b\\c 中", 1_798_732_800_250, seed.Org.Find("M003")!.Index, 0, 12.5);

        Assert.Equal(
            "kpi_event,kpi=deposit_new,unit=M003,subbranch=SB0102,branch=BR01 value=12.5,id=\"a\\\"b\\\\c 中\",seq=1000000007i,t=1798732800250i 1798732800000000007\n",
            Format(e));
    }

    [Fact]
    public void The_longest_id_of_multibyte_and_escaped_characters_is_written_whole()
    {
        var id = new string('中', 64) + new string('"', 32) + new string('\\', 32);
        var line = Format(new EventRecord(9, id, 1_798_732_800_250, seed.Org.Find("M003")!.Index, 0, -1234567.89));

        Assert.Contains($" value=-1234567.89,id=\"{new string('中', 64)}{string.Concat(Enumerable.Repeat("\\\"", 32))}{string.Concat(Enumerable.Repeat("\\\\", 32))}\",seq=9i,", line);
        Assert.EndsWith(" 1798732800000000009\n", line);
    }

    [Fact]
    public void Events_booked_on_a_branch_or_hq_leave_the_missing_tags_out()
    {
        Assert.StartsWith("kpi_event,kpi=mau,unit=BR02,branch=BR02 value=", Format(new EventRecord(1, "x", 0, seed.Org.Find("BR02")!.Index, 1, 1)));
        Assert.StartsWith("kpi_event,kpi=mau,unit=HQ value=", Format(new EventRecord(1, "x", 0, seed.Org.Root.Index, 1, 1)));
    }

    [Fact]
    public void Tag_values_escape_commas_equals_and_spaces() =>
        Assert.Equal("a\\,b\\=c\\ d\\\\", LineProtocol.EscapeTag("a,b=c d\\"));

    [Fact]
    public void A_non_finite_value_is_refused() =>
        Assert.Throws<ArgumentException>(() => Format(new EventRecord(1, "x", 0, 0, 0, double.NaN)));

    [Theory]
    [InlineData(1_500, 3, 1_000_000_003)]
    [InlineData(1_999, 1_000_000_004, 1_000_000_004)]
    [InlineData(-1, 5, -999_999_995)]
    public void The_point_timestamp_is_the_second_plus_the_seq_modulo_a_billion(long timeMs, long seq, long expected) =>
        Assert.Equal(expected, PointIdentity.OrderKey(timeMs, seq));
}
