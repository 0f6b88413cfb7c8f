using System.Text;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Ingest.LineProtocol;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure.Seed;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Tests.Ingest.LineProtocol;

/// <summary>Line protocol as InfluxDB reads it, mapped onto events, over the committed seed data.</summary>
public sealed class LineProtocolReaderTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 22, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly SeedData Seed = SeedLoader.Load(new FileSeedSource(Path.Combine(Boards.TestBank.RepoRoot(), "seed-data")));

    private static List<IncomingEvent> Read(string body, string precision = "s")
    {
        var checks = new EventChecks(Seed.Org, Seed.Kpis, Seed.Campaign, Now, TimeSpan.FromMinutes(5)) { Dimensions = Seed.Dimensions };
        return new LineProtocolReader(checks, LinePrecision.Parse(precision)!.Value, Now).Read(Encoding.UTF8.GetBytes(body), 100);
    }

    private static long Seconds(string local) => DateTimeOffset.Parse(local + "+08:00").ToUnixTimeSeconds();

    [Fact]
    public void Measurement_tags_fields_and_timestamp_map_onto_an_event()
    {
        var e = Assert.Single(Read($"deposit_new,unit=M00001,channel=mobile,segment=mass value=12.5,id=\"core-1\" {Seconds("2027-02-22T09:30:00")}\n"));

        Assert.Null(e.Error);
        Assert.Equal(("core-1", "M00001", "deposit_new", 12.5), (e.Id, Seed.Org[e.Unit].Code, Seed.Kpis[e.Kpi].Code, e.Value));
        Assert.Equal(DateTimeOffset.Parse("2027-02-22T09:30:00+08:00").ToUnixTimeMilliseconds(), e.TimeMs);
        Assert.Equal(["channel=mobile", "segment=mass"], Seed.Dimensions.Read(e.Tags).Select(t => $"{t.Dimension.Code}={t.Value.Code}"));
    }

    [Fact]
    public void Escapes_integers_comments_crlf_and_precisions_are_read_as_InfluxDB_does()
    {
        var ns = Seconds("2027-02-22T09:30:00") * 1_000_000_000;
        var events = Read(
            "# a comment\r\n\r\n" +
            $"customers_new,unit=M00001 value=3i,id=\"a\\\"b\\\\c, d\" {ns}\r\n" +
            $"customers_new,unit=M00001 value=4u {ns}\n", precision: "ns");

        Assert.All(events, e => Assert.Null(e.Error));
        Assert.Equal(["a\"b\\c, d", null], events.Select(e => e.Id is { } id && !id.StartsWith("lp-", StringComparison.Ordinal) ? id : null));
        Assert.Equal([3.0, 4.0], events.Select(e => e.Value));
    }

    [Fact]
    public void Without_an_id_field_the_same_point_resent_gets_the_same_id_whatever_the_tag_order_or_precision()
    {
        var s = Seconds("2027-02-22T09:30:00");
        var a = Read($"fund_sales,unit=M00001,channel=wecom value=1 {s}").Single();
        var b = Read($"fund_sales,channel=wecom,unit=M00001 value=2 {s * 1000}", precision: "ms").Single();
        var c = Read($"fund_sales,channel=wecom,unit=M00001 value=1 {s + 1}").Single();

        Assert.StartsWith("lp-", a.Id, StringComparison.Ordinal);
        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, c.Id);
    }

    [Theory]
    [InlineData("dep,unit=M00001 value=1 {t}", "line 1: unknown kpi 'dep'")]
    [InlineData("deposit_new,channel=mobile value=1 {t}", "line 1: tag 'unit' (the unit code) is missing")]
    [InlineData("deposit_new,unit=M00001,channel=fax value=1 {t}", "line 1: unknown channel 'fax' (one of: branch, mobile, wecom, outbound)")]
    [InlineData("deposit_new,unit=M00001,colour=red value=1 {t}", "line 1: unknown dimension 'colour' (one of: channel, product, segment)")]
    [InlineData("deposit_new,unit=M00001 amount=1 {t}", "line 1: unknown field 'amount' (WarRoom reads the fields value and id)")]
    [InlineData("deposit_new,unit=M00001 value=\"1\" {t}", "line 1: field 'value' is not a number ('1')")]
    [InlineData("deposit_new,unit=M00001 value=1,id=7i {t}", "line 1: field 'id' must be a string (id=\"…\")")]
    [InlineData("deposit_new,unit=M00001 id=\"x\" {t}", "line 1: field 'value' is missing")]
    [InlineData("deposit_new,unit=M00001 value=1 soon", "line 1: timestamp 'soon' is not a whole number of s since 1970")]
    [InlineData("deposit_new,unit=M00001", "line 1: no fields (expected a space and then value=…)")]
    [InlineData("deposit_new,unit=M00001 value=1,id=\"open {t}", "line 1: field 'id': the string is not closed with a double quote")]
    [InlineData("customers_new,unit=M00001 value=1.5 {t}", "line 1: kpi 'customers_new' counts whole 户: value 1.5 is not a whole number")]
    [InlineData("mobile_mau_rate,unit=M00001 value=0.5 {t}", "line 1: kpi 'mobile_mau_rate' is the ratio mobile_mau / mobile_customers: send events for those two, not for the ratio")]
    [InlineData("deposit_new,unit=M00001 value=1 1798700000", "line 1: time 2026-12-31T14:53:20+08:00 is before the campaign start 2027-01-01T00:00:00+08:00")]
    public void A_bad_line_is_rejected_with_its_line_and_reason(string line, string error)
    {
        var e = Assert.Single(Read(line.Replace("{t}", Seconds("2027-02-22T09:30:00").ToString(), StringComparison.Ordinal)));

        Assert.Equal(error, e.Error);
    }

    [Fact]
    public void Good_lines_beside_bad_ones_stay_good_and_errors_name_the_file_line()
    {
        var t = Seconds("2027-02-22T09:30:00");
        var events = Read($"# header\ndeposit_new,unit=M00001 value=1 {t}\nnope,unit=M00001 value=1 {t}\nfund_sales,unit=M00002 value=2 {t}\n");

        Assert.Equal([null, "line 3: unknown kpi 'nope'", null], events.Select(e => e.Error));
        Assert.Equal([0, 1, 2], events.Select(e => e.Index));
    }

    [Fact]
    public void Tags_need_declared_dimensions()
    {
        var tags = 0UL;
        Assert.Equal("unknown dimension 'channel' (no dimensions are declared)", DimensionCatalog.Empty.AddTag("channel", "mobile", ref tags));
    }
}
