using System.Net;
using System.Text;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>The CSV export parsed back: a BOM for Excel, Chinese headers, every level's rows or the level asked for.</summary>
public sealed class SnapshotCsvTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [Fact]
    public async Task One_utf8_file_with_a_bom_holding_every_level_with_a_level_column()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader);
        var response = await leader.GetAsync($"/api/v1/snapshots/{snapshot.Id()}/export?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"snapshot-{snapshot.Id()}-HQ-2027-W08_周例会.csv", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var table = Parse(bytes);
        var header = table[0];
        Assert.Equal(["层级", "排名", "排名变动", "代码", "名称", "上级", "同类组", "综合得分", "综合进度差", "新增存款完成值(万元)"], header.Take(10));
        var levels = snapshot["levels"]!.AsArray();
        Assert.Equal(levels.Sum(l => l!["rows"]!.AsArray().Count), table.Count - 1);
        Assert.Equal(["分行", "支行", "客户经理"], table.Skip(1).Select(r => r[0]).Distinct());

        var branch = levels[0]!["rows"]![0]!;
        var deposits = branch["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!;
        var line = table[1];
        Assert.Equal(branch["name"]!.GetValue<string>(), line[Array.IndexOf(header, "名称")]);
        Assert.Equal(deposits["value"]!.GetValue<double>().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), line[Array.IndexOf(header, "新增存款完成值(万元)")]);
        Assert.Equal((deposits["completion"]!.GetValue<double>() * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%", line[Array.IndexOf(header, "新增存款完成率")]);
    }

    [Fact]
    public async Task Level_narrows_the_file_to_one_level()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "BR01", "北京");

        var table = Parse(await SnapshotApi.ExportAsync(leader, snapshot.Id(), "csv", "manager"));

        var managers = snapshot["levels"]!.AsArray().Single(l => l!["level"]!.GetValue<string>() == "manager")!["rows"]!.AsArray();
        Assert.Equal(managers.Count, table.Count - 1);
        Assert.All(table.Skip(1), r => Assert.Equal("客户经理", r[0]));
        Assert.Equal(managers.Select(m => m!["unit"]!.GetValue<string>()), table.Skip(1).Select(r => r[3]));
    }

    [Theory]
    [InlineData("format=doc", "format", "format must be one of xlsx, csv, pdf, png, got 'doc'")]
    [InlineData("", "format", "format must be one of")]
    [InlineData("format=csv&level=hq", "level", "level must be branch, subbranch or manager")]
    [InlineData("format=xlsx&level=branch", "level", "level applies to csv and pdf only")]
    [InlineData("format=csv&level=branch", "level", "has no branch level")]
    public async Task Bad_export_parameters_are_400s_naming_them(string query, string field, string message)
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "SB0101", "支行");

        var problem = await SnapshotApi.ProblemAsync(await leader.GetAsync($"/api/v1/snapshots/{snapshot.Id()}/export?{query}"), HttpStatusCode.BadRequest);

        Assert.Contains(message, problem["errors"]![field]![0]!.GetValue<string>());
    }

    /// <summary>RFC 4180 after the BOM: quoted fields may hold commas and doubled quotes.</summary>
    private static List<string[]> Parse(byte[] bytes)
    {
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text);
        var rows = new List<string[]>();
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = !quoted; }
                else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
                else { field.Append(c); }
            }

            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }
}
