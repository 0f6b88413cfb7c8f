using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>A snapshot is what was true when it was taken: new events change the live figures, never the snapshot.</summary>
public sealed class SnapshotImmutabilityTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [Fact]
    public async Task New_events_change_the_live_figures_and_leave_the_snapshot_and_its_exports_as_they_were()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "BR01", "不变性");
        var path = $"/api/v1/snapshots/{snapshot.Id()}";
        var before = await leader.GetStringAsync(path);
        var csvBefore = await SnapshotApi.ExportAsync(leader, snapshot.Id(), "csv");
        var liveBefore = await DepositsAsync("M00001");

        await PostAsync(app.ClientWith(WarRoomAppFactory.IngestKey),
            Event("immutable-1", "2027-02-22T09:40:00+08:00", "M00001", "deposit_new", 45_678),
            Event("immutable-2", "2027-02-20T15:00:00+08:00", "M00002", "fund_sales", 4_321));

        Assert.Equal(liveBefore + 45_678, await DepositsAsync("M00001"), 4);
        Assert.Equal(before, await leader.GetStringAsync(path));
        Assert.Equal(csvBefore, await SnapshotApi.ExportAsync(leader, snapshot.Id(), "csv"));
        var later = await SnapshotApi.TakeOkAsync(leader, "BR01", "之后");
        Assert.NotEqual(Deposits(JsonNode.Parse(before)!, "M00001"), Deposits(later, "M00001"));
    }

    [Fact]
    public async Task The_snapshot_file_refuses_updates_and_deletes()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "BR01", "只读");
        var store = app.Services.GetRequiredService<SnapshotStore>();

        using var connection = new SqliteConnection($"Data Source={store.Path}");
        connection.Open();
        foreach (var sql in new[] { "UPDATE snapshot SET label = 'changed' WHERE id = $id", "DELETE FROM snapshot WHERE id = $id" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$id", snapshot.Id());
            var refused = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
            Assert.Contains("snapshots are immutable", refused.Message);
        }

        Assert.Equal("只读", store.Get(snapshot.Id())!.Label);
    }

    private async Task<double> DepositsAsync(string unit)
    {
        var detail = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/units/{unit}"))!;
        return detail["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!["value"]!.GetValue<double>();
    }

    private static double Deposits(JsonNode snapshot, string unit) =>
        snapshot["levels"]!.AsArray().Single(l => l!["level"]!.GetValue<string>() == "manager")!["rows"]!.AsArray()
            .Single(r => r!["unit"]!.GetValue<string>() == unit)!["kpis"]!.AsArray()
            .Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!["value"]!.GetValue<double>();
}
