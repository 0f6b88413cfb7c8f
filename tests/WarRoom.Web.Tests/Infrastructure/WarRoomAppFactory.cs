using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WarRoom.Web.Tests.Infrastructure;

/// <summary>
/// The real host in memory over the committed seed data and a real SQLite file in a temporary folder, with the
/// business clock frozen and a known set of credentials. Extra settings override the defaults per test class.
/// </summary>
public class WarRoomAppFactory : WebApplicationFactory<Program>
{
    public const string IngestKey = "test-ingest-key-0123456789";
    public const string LeaderToken = "test-leader-token-0123456789";
    public const string KioskToken = "test-kiosk-token-0123456789";
    public const string ReaderBr01Token = "test-reader-br01-0123456789";
    public const string BranchHeadBr02Token = "test-bhead-br02-0123456789";

    /// <summary>Monday 2027-02-22 10:00 in Shanghai: after the Spring Festival, well inside the campaign.</summary>
    public static readonly DateTimeOffset Now = new(2027, 2, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsDirectory;

    /// <summary>The defaults; the one public constructor, as xunit 2 requires of a class fixture (it passes no arguments, not even optional ones).</summary>
    public WarRoomAppFactory()
        : this(null, null)
    {
    }

    protected WarRoomAppFactory(string? dataDirectory, IDictionary<string, string?>? overrides)
    {
        ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("warroom-test-").FullName;
        settings = DefaultSettings(DataDirectory);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>A host over <paramref name="dataDirectory"/> (a restart over the same files) and/or with settings overridden.</summary>
    public static WarRoomAppFactory With(string? dataDirectory = null, IDictionary<string, string?>? overrides = null) => new(dataDirectory, overrides);

    /// <summary>The settings every test host starts from; also used for a <see cref="WarRoomProcess"/>.</summary>
    public static Dictionary<string, string?> DefaultSettings(string dataDirectory)
    {
        return new Dictionary<string, string?>(TestUsers.Settings())
        {
            ["WarRoom:Store"] = "Sqlite",
            ["WarRoom:Sqlite:Path"] = Path.Combine(dataDirectory, "warroom.db"),
            ["WarRoom:DataDirectory"] = dataDirectory,
            ["WarRoom:Clock:Now"] = Now.ToString("O"),
            ["WarRoom:Simulator:Enabled"] = "false",

            // The frozen clock is a Monday after 08:30: left on, every test host would take that week's snapshot.
            ["WarRoom:Snapshots:Weekly:Enabled"] = "false",
            ["WarRoom:Auth:IngestKeys:crm"] = IngestKey,
            ["WarRoom:Auth:Tokens:leader:Token"] = LeaderToken,
            ["WarRoom:Auth:Tokens:leader:Role"] = "leader",
            ["WarRoom:Auth:Tokens:leader:Scope"] = "HQ",
            ["WarRoom:Auth:Tokens:screen:Token"] = KioskToken,
            ["WarRoom:Auth:Tokens:screen:Role"] = "kiosk",
            ["WarRoom:Auth:Tokens:screen:Scope"] = "HQ",
            ["WarRoom:Auth:Tokens:br01:Token"] = ReaderBr01Token,
            ["WarRoom:Auth:Tokens:br01:Role"] = "reader",
            ["WarRoom:Auth:Tokens:br01:Scope"] = "BR01",
            ["WarRoom:Auth:Tokens:br02head:Token"] = BranchHeadBr02Token,
            ["WarRoom:Auth:Tokens:br02head:Role"] = "branch_head",
            ["WarRoom:Auth:Tokens:br02head:Scope"] = "BR02",
        };
    }

    public HttpClient ClientWith(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so a 302 to /login can be seen).</summary>
    public HttpClient BrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Waits until the rebuild from the store has opened ingest.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        for (var i = 0; i < 300; i++)
        {
            if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the app did not become ready: " + await client.GetStringAsync("/readyz"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Removes the folder this host made (the store, the checkpoint written at stop); a folder passed in is the caller's.</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held for a moment; the OS temp cleaner gets the rest.
            }
        }
    }
}
