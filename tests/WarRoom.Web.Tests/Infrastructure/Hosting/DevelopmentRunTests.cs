using System.Diagnostics;
using System.Net;
using WarRoom.Web.Tests.Boards;
using WarRoom.Web.Tests.Snapshots;

namespace WarRoom.Web.Tests.Infrastructure.Hosting;

/// <summary>
/// The app as a developer starts it — <c>dotnet run</c> in Development, where scopes are validated and static files
/// come from the project — not only the Testing host the other tests use.
/// </summary>
public sealed class DevelopmentRunTests
{
    [ChromiumFact]
    public async Task Under_dotnet_run_in_Development_the_screens_files_load_and_a_snapshot_exports_as_PNG()
    {
        var address = new Uri($"http://127.0.0.1:{WarRoomProcess.FreePort()}");
        var info = new ProcessStartInfo("dotnet",
            ["run", "--project", Path.Combine(TestBank.RepoRoot(), "src", "WarRoom.Web"), "-c", WarRoomProcess.Configuration, "--no-build", "--no-launch-profile"])
        {
            WorkingDirectory = TestBank.RepoRoot(),
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = address.ToString();
        // Development's own running clock (appsettings.Development.json's StartAt), not the tests' frozen one.
        var settings = WarRoomAppFactory.DefaultSettings(Directory.CreateTempSubdirectory("warroom-dev-").FullName);
        settings.Remove("WarRoom:Clock:Now");
        await using var app = await WarRoomProcess.StartAsync(info, address, settings, TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };

        var css = await client.GetAsync("/css/board.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.NotEmpty(await css.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/favicon.ico")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new("Bearer", WarRoomAppFactory.LeaderToken);
        var snapshot = await SnapshotApi.TakeOkAsync(client, "BR01", "开发环境");
        var png = await client.GetAsync($"/api/v1/snapshots/{snapshot.Id()}/export?format=png");
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.True(png.StatusCode == HttpStatusCode.OK, $"{(int)png.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}\n{app.Log}");
        Assert.Equal((1920, 1080), (PngImage.Decode(bytes).Width, PngImage.Decode(bytes).Height));
    }
}
