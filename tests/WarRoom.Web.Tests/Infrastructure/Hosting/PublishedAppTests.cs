using System.Diagnostics;
using System.Net;

namespace WarRoom.Web.Tests.Infrastructure.Hosting;

/// <summary>
/// The operations contract (API.md "Operations") on the published app as an operator starts it: from another
/// working directory, the address from ASPNETCORE_URLS, its own wwwroot and appsettings.json, the healthcheck verb.
/// </summary>
public sealed class PublishedAppTests(PublishedApp published) : IClassFixture<PublishedApp>
{
    private const string PublishedToken = "token-from-published-appsettings-0123";

    [Fact]
    public async Task Started_from_another_folder_it_serves_its_own_files_and_settings_on_the_ASPNETCORE_URLS_address()
    {
        // A setting only the published appsettings.json carries: read from the app's folder, not the working directory.
        var settingsFile = Path.Combine(published.Folder, "appsettings.Production.json");
        await File.WriteAllTextAsync(settingsFile, $$"""{ "WarRoom": { "Auth": { "Tokens": { "pub": { "Token": "{{PublishedToken}}", "Role": "reader", "Scope": "HQ" } } } } }""");
        var elsewhere = Directory.CreateTempSubdirectory("warroom-cwd-").FullName;
        await using var app = await StartAsync(published.Dll, elsewhere);
        using var client = new HttpClient { BaseAddress = app.Address };

        foreach (var asset in new[] { "css/board.css", "js/board.js", "lib/echarts.min.js", "lib/signalr.min.js", "favicon.ico" })
        {
            var response = await client.GetAsync("/" + asset);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(published.Folder, "wwwroot", asset)), bytes);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/css/no-such-file.css")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/lib/no-such-library.js")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", PublishedToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/campaign")).StatusCode);
    }

    [Fact]
    public async Task The_healthcheck_verb_exits_0_when_ready_and_1_when_nothing_answers()
    {
        var elsewhere = Directory.CreateTempSubdirectory("warroom-cwd-").FullName;
        await using var app = await StartAsync(published.Dll, elsewhere);

        var byUrl = await Verb(elsewhere, null, "healthcheck", "--url", app.Address.ToString());
        Assert.True(byUrl.ExitCode == 0, byUrl.Output);
        Assert.Contains("200", byUrl.Output, StringComparison.Ordinal);

        // As a container runs it: no --url, the address from ASPNETCORE_URLS (its wildcard host asked as localhost).
        var byEnvironment = await Verb(elsewhere, $"http://+:{app.Address.Port}", "healthcheck");
        Assert.True(byEnvironment.ExitCode == 0, byEnvironment.Output);

        var closed = await Verb(elsewhere, null, "healthcheck", "--url", $"http://127.0.0.1:{WarRoomProcess.FreePort()}");
        Assert.Equal(1, closed.ExitCode);
    }

    [Fact]
    public async Task A_missing_browser_library_stops_the_start_and_says_which()
    {
        var copy = published.Copy();
        File.Delete(Path.Combine(copy, "wwwroot", "lib", "echarts.min.js"));
        var info = new ProcessStartInfo("dotnet", [Path.Combine(copy, "WarRoom.Web.dll")]) { WorkingDirectory = Directory.CreateTempSubdirectory().FullName };
        Configure(info, $"http://127.0.0.1:{WarRoomProcess.FreePort()}");

        var (code, output) = await WarRoomProcess.RunToEndAsync(info);

        Assert.NotEqual(0, code);
        Assert.Contains("browser libraries missing from the web root", output, StringComparison.Ordinal);
        Assert.Contains("lib/echarts.min.js", output, StringComparison.Ordinal);
        Directory.Delete(copy, recursive: true);
    }

    private static async Task<WarRoomProcess> StartAsync(string dll, string workingDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{WarRoomProcess.FreePort()}");
        var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = workingDirectory };
        info.Environment["ASPNETCORE_URLS"] = address.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return await WarRoomProcess.StartAsync(info, address, PublishedApp.Settings(Directory.CreateTempSubdirectory("warroom-data-").FullName));
    }

    private static void Configure(ProcessStartInfo info, string urls)
    {
        info.Environment["ASPNETCORE_URLS"] = urls;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in PublishedApp.Settings(Directory.CreateTempSubdirectory("warroom-data-").FullName))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    private Task<(int ExitCode, string Output)> Verb(string workingDirectory, string? urls, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [published.Dll, .. args]) { WorkingDirectory = workingDirectory };
        info.Environment["ASPNETCORE_URLS"] = urls;
        return WarRoomProcess.RunToEndAsync(info);
    }
}
