using WarRoom.Web.Infrastructure.Cluster;

namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>Cluster mode is checked at start; one node needs nothing of it.</summary>
public sealed class ClusterOptionsTests
{
    [Fact]
    public async Task Cluster_mode_with_the_SQLite_store_refuses_to_start_and_says_why()
    {
        await using var app = WarRoomAppFactory.With(overrides: new Dictionary<string, string?> { ["WarRoom:Cluster:Redis"] = "127.0.0.1:1" });

        var refusal = await Assert.ThrowsAnyAsync<Exception>(app.WaitUntilReadyAsync);

        var message = refusal.ToString();
        Assert.Contains("WarRoom:Cluster:Redis is set", message);
        Assert.Contains("WarRoom:Store is Sqlite", message);
        Assert.Contains("WarRoom:Store=Influx", message);
    }

    [Fact]
    public async Task One_node_without_Redis_reports_a_cluster_of_itself()
    {
        await using var app = new WarRoomAppFactory();
        await app.WaitUntilReadyAsync();

        var answer = await app.ClientWith(WarRoomAppFactory.LeaderToken).GetStringAsync("/api/v1/cluster");

        Assert.Contains("\"lagEvents\":0", answer);
        Assert.Contains($"\"name\":\"{Environment.MachineName}-", answer);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5081", "-5081")]
    [InlineData("http://*:8080;https://*:8443", "-8080")]
    [InlineData(null, "-5080")]
    public void The_default_node_name_is_the_host_and_the_first_port(string? urls, string ending)
    {
        Assert.Equal(Environment.MachineName + ending, ClusterOptions.DefaultNodeName(urls));
    }
}
