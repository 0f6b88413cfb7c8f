using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests;

/// <summary>
/// Program.cs's areas may be registered in any order: the host starts, the pipeline tells its observers in its own
/// order (aggregates first, then the live feed), and guidance reaches the boards, whichever area came first.
/// </summary>
public sealed class HostCompositionTests
{
    private static readonly Lazy<Task<Observed>> AsWritten = new(() => ObserveAsync(WarRoomHost.Areas));

    public static TheoryData<string> Orders() => ["reversed", "shuffled 1", "shuffled 2", "shuffled 3"];

    [Fact]
    public async Task The_pipeline_tells_the_aggregates_of_a_batch_before_the_live_feed()
    {
        var observed = await AsWritten.Value;

        Assert.Equal([nameof(AggregatesFeed), nameof(LiveFeed)], observed.Observers);
    }

    [Fact]
    public async Task Guidance_reaches_the_boards()
    {
        var observed = await AsWritten.Value;

        using var payload = JsonDocument.Parse(observed.HqBoard);
        var panels = payload.RootElement.GetProperty("frames").EnumerateArray()
            .SelectMany(f => f.GetProperty("widgets").EnumerateObject())
            .Where(w => w.Value.GetProperty("type").GetString() == "guidancePanel");
        Assert.All(panels, p => Assert.NotEmpty(p.Value.GetProperty("items").EnumerateArray()));
        Assert.NotEmpty(panels);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task The_host_is_the_same_whatever_the_order_of_its_areas(string order)
    {
        var areas = order == "reversed"
            ? WarRoomHost.Areas.Reverse().ToList()
            : [.. WarRoomHost.Areas.ToList().Shuffled(int.Parse(order[^1..], System.Globalization.CultureInfo.InvariantCulture))];

        var observed = await ObserveAsync(areas);

        var expected = await AsWritten.Value;
        Assert.Equal(expected.Observers, observed.Observers);
        Assert.Equal(expected.HqBoard, observed.HqBoard);
        Assert.Equal(expected.Guidance, observed.Guidance);
    }

    /// <summary>What the host shows once ready: its observers, the HQ board's payload, the bank's guidance.</summary>
    private sealed record Observed(IReadOnlyList<string> Observers, string HqBoard, string Guidance);

    private static async Task<Observed> ObserveAsync(IEnumerable<KeyValuePair<string, Action<WebApplicationBuilder>>> areas)
    {
        var data = Directory.CreateTempSubdirectory("warroom-compose-").FullName;
        // The project folder as content root, as the app has under `dotnet run`: its wwwroot holds the browser libraries the host checks for at start.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing", ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(Boards.TestBank.RepoRoot(), "src", "WarRoom.Web"),
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(WarRoomAppFactory.DefaultSettings(data));
        builder.AddWarRoom(areas);
        await using var app = builder.Build();
        app.MapWarRoom();
        await app.StartAsync();
        try
        {
            using var client = app.GetTestClient();
            for (var i = 0; i < 300 && !(await client.GetAsync("/readyz")).IsSuccessStatusCode; i++)
            {
                await Task.Delay(50);
            }

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.LeaderToken);
            var guidance = await client.GetStringAsync("/api/v1/guidance?scope=HQ");
            var board = app.Services.GetRequiredService<BoardCatalog>().Find("hq")!;
            var payload = await app.Services.GetRequiredService<BoardPayloadCache>().GetAsync(board);
            var observers = app.Services.GetRequiredService<EventObservers>().InOrder.Select(o => o.GetType().Name).ToList();
            return new Observed(observers, BoardJson.Serialize(payload), guidance);
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}

internal static class ShuffleExtensions
{
    /// <summary>A Fisher–Yates shuffle with a fixed seed: the same order on every run.</summary>
    public static List<T> Shuffled<T>(this List<T> items, int seed)
    {
        var random = new Random(seed);
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}
