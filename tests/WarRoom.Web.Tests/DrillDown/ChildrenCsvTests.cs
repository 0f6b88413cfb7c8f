using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Snapshots;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>/units/{code}/children.csv: the table of the same view, readable by Excel, audited as an export.</summary>
[Collection(SignedInCollection.Name)]
public sealed class ChildrenCsvTests(SignedInApp app)
{
    private const string View = "level=manager&metric=deposit_new&basis=completion&sort=completion&dir=desc";

    [Fact]
    public async Task The_file_starts_with_a_bom_and_holds_the_rows_of_the_page_in_the_same_order()
    {
        var client = app.Client(Caller.UserBranchHeadBr01);
        var response = await client.GetAsync("/units/BR01/children.csv?" + View);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var page = await Html.GetAsync(client, "/units/BR01?" + View);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("BR01-manager-deposit_new-completion-campaign.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("排名,名次变化,代码,名称,英文名,同类组,数值,目标,完成率,进度差,综合得分,预计完成,同比", lines[0]);
        // The signed-in page is the interactive grid: its first page is the file's first rows.
        Assert.Equal(Html.RowUnits(page), lines.Skip(1).Take(Html.RowUnits(page).Count).Select(l => l.Split(',')[2]));
        Assert.Equal(20, Html.RowUnits(page).Count);
        var first = lines[1].Split(',');
        Assert.Equal(app.Org.Find(first[2])!.Name, first[3]);
    }

    [Fact]
    public async Task In_english_the_header_is_english()
    {
        var text = Encoding.UTF8.GetString(await app.Client(Caller.LeaderHq).GetByteArrayAsync("/units/SB0101/children.csv?lang=en"));

        Assert.StartsWith("\uFEFFrank,rank_change,code,name,name_en,peer_group,value,target,completion,pace,score,forecast_completion,last_year_completion\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forecast_and_last_year_are_the_rankings_figures_and_order_the_file()
    {
        var client = app.Client(Caller.UserBranchHeadBr01);
        var bytes = await client.GetByteArrayAsync("/units/SB0101/children.csv?metric=deposit_new&basis=completion&sort=forecast&dir=desc");
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var ranking = (await client.GetFromJsonAsync<JsonObject>("/api/v1/rankings?level=manager&metric=deposit_new&basis=completion&scope=SB0101"))!;
        var expected = ranking["items"]!.AsArray().ToDictionary(i => i!["unit"]!.GetValue<string>(), i => (Figure(i!["forecastCompletion"]), Figure(i!["lastYearCompletion"])));

        Assert.Equal(expected.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(expected[r[2]], (Figure(r[11]), Figure(r[12]))));
        Assert.Contains(rows, r => Figure(r[11]) is not null);
        Assert.Contains(rows, r => Figure(r[12]) is not null);
        // Sorted by the forecast, highest first, units without one last.
        var forecasts = rows.Select(r => Figure(r[11]) ?? double.NegativeInfinity).ToList();
        Assert.Equal(forecasts.OrderDescending(), forecasts);
    }

    [Fact]
    public async Task The_workbook_has_the_forecast_and_last_year_as_percentages()
    {
        var client = app.Client(Caller.LeaderHq);
        using var xlsx = new XlsxReader(await client.GetByteArrayAsync("/units/SB0101/children.xlsx?metric=deposit_new&basis=completion"));
        var csv = Encoding.UTF8.GetString((await client.GetByteArrayAsync("/units/SB0101/children.csv?metric=deposit_new&basis=completion"))[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1].Split(',');
        var sheet = xlsx.SheetNames[0];

        foreach (var (header, field) in new[] { ("预计完成", 11), ("同比", 12) })
        {
            var cell = xlsx.Cell(sheet, xlsx.Column(sheet, header) + "2");
            Assert.Equal(Figure(csv[field])!.Value, xlsx.Number(cell), 9);
            Assert.Contains("%", xlsx.FormatCode(cell), StringComparison.Ordinal);
        }
    }

    private static double? Figure(JsonNode? node) => node?.GetValue<double>();

    private static double? Figure(string field) => field.Length == 0 ? null : double.Parse(field, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_export_is_audited_with_its_view_and_never_with_the_token_it_was_fetched_with()
    {
        using var anonymous = app.App.BrowserClient();
        var response = await anonymous.GetAsync($"/units/SB0101/children.csv?sort=pace&token={WarRoomAppFactory.ReaderBr01Token}");

        Assert.True(response.IsSuccessStatusCode);
        var entry = (await app.App.Services.GetRequiredService<IAuditLog>().ReadRecentAsync(100)).Last(e => e.Action == AuditActions.Export);
        Assert.Equal(("br01", "/units/SB0101/children.csv?sort=pace", true), (entry.Actor, entry.Target, entry.Succeeded));
        Assert.DoesNotContain(WarRoomAppFactory.ReaderBr01Token, entry.Target + entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_has_nothing_below_to_export()
    {
        var response = await app.Client(Caller.UserManagerM00001).GetAsync("/units/M00001/children.csv");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
