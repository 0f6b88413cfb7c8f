using System.Text;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>Unit and KPI codes are looked up by their bytes; escaped or unknown ones still get the string path.</summary>
public sealed class JsonEventCodesTests
{
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    private IncomingEvent ReadOne(string unit, string kpi)
    {
        var checks = new EventChecks(seed.Org, seed.Kpis, seed.Campaign, TestSeed.CampaignStart.AddDays(30), TimeSpan.FromMinutes(5));
        var json = $$"""{ "events": [ { "id": "e1", "time": "2027-01-05T09:00:00+08:00", "unit": "{{unit}}", "kpi": "{{kpi}}", "value": 2 } ] }""";
        return Assert.Single(JsonEventReader.Read(Encoding.UTF8.GetBytes(json), checks, 10));
    }

    [Theory]
    [InlineData("M003", "mau")]
    [InlineData("M\\u0030\\u00303", "m\\u0061u")]
    public void Known_codes_resolve_to_their_unit_and_kpi_whether_escaped_or_not(string unit, string kpi)
    {
        var e = ReadOne(unit, kpi);

        Assert.Null(e.Error);
        Assert.Equal(seed.Org.Find("M003")!.Index, e.Unit);
        Assert.Equal(seed.Kpis.Find("mau")!.Index, e.Kpi);
    }

    [Theory]
    [InlineData("m003", "mau", "unknown unit 'm003'")]
    [InlineData("M003", "MAU", "unknown kpi 'MAU'")]
    [InlineData("M\\u0030\\u00309", "mau", "unknown unit 'M009'")]
    public void Unknown_codes_are_named_in_the_reason(string unit, string kpi, string reason) =>
        Assert.Equal(reason, ReadOne(unit, kpi).Error);
}
