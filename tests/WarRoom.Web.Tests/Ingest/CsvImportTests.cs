using System.Net;
using System.Text;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>A CSV file is read completely (every data line answered for) or refused whole with its line named.</summary>
public sealed class CsvImportTests : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private readonly WarRoomAppFactory app;
    private readonly HttpClient client;

    public CsvImportTests(WarRoomAppFactory app)
    {
        this.app = app;
        client = app.ClientWith(WarRoomAppFactory.IngestKey);
    }

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_unterminated_quote_refuses_the_whole_file_naming_its_line_and_takes_nothing()
    {
        var id = "csvq-" + Guid.NewGuid().ToString("N");
        var csv = $"id,time,unit,kpi,value\n{id}-1,2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n\"{id}-2,2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n{id}-3,2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n";

        var response = await Import(csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("line 3: the quoted field opened on line 3 is never closed; nothing in the file was taken", (await AnswerAsync(response))["detail"]!.GetValue<string>());
        var again = await AnswerAsync(await Import($"id,time,unit,kpi,value\n{id}-1,2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n"));
        Assert.Equal(1, again["accepted"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ids_are_trimmed_so_a_padded_resend_is_a_duplicate()
    {
        var id = "csvt-" + Guid.NewGuid().ToString("N");

        var first = await AnswerAsync(await Import($"id,time,unit,kpi,value\n{id},2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n"));
        var padded = await AnswerAsync(await Import($"id,time,unit,kpi,value\n  {id}\t, 2027-02-22T09:00:00+08:00 ,M00002,fund_sales,1\n\" {id} \",2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n"));

        Assert.Equal(1, first["accepted"]!.GetValue<int>());
        Assert.Equal(0, padded["accepted"]!.GetValue<int>());
        Assert.Equal(1, padded["duplicates"]!.GetValue<int>());
        Assert.Contains("duplicate id", ErrorAt(padded, 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_data_line_is_accepted_a_duplicate_or_rejected_and_echoed_ids_are_cut_to_200()
    {
        var id = "csvl-" + Guid.NewGuid().ToString("N");
        var huge = new string('q', 100_000);
        var csv = $"id,time,unit,kpi,value\n{id},2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n{huge},2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n{id},2027-02-22T09:00:00+08:00,M00002,fund_sales,1\nshort,line\n";

        var response = await Import(csv);
        var answer = await AnswerAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, answer["accepted"]!.GetValue<int>());
        var rejected = answer["rejected"]!.AsArray().Select(r => r!["index"]!.GetValue<int>()).Order().ToArray();
        Assert.Equal([1, 2, 3], rejected);
        Assert.Equal(200, answer["rejected"]!.AsArray().Single(r => r!["index"]!.GetValue<int>() == 1)!["id"]!.GetValue<string>().Length);
        Assert.True(response.Content.Headers.ContentLength is null or < 4_000, $"answer of {response.Content.Headers.ContentLength} bytes");
    }

    private Task<HttpResponseMessage> Import(string csv) =>
        client.PostAsync("/api/v1/events/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
}
