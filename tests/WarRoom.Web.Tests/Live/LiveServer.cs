using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Live;

/// <summary>
/// The app over the seed data with the frozen test clock, served by Kestrel on a free loopback port (a real
/// socket: hub clients and Chromium connect to it as they would to production). Adds, to the test credentials,
/// a kiosk screen scoped to BR01 and a reader of the whole bank.
/// </summary>
public class LiveServer : IAsyncLifetime
{
    public const string KioskBr01Token = "test-kiosk-br01-0123456789";
    public const string ReaderHqToken = "test-reader-hq-0123456789";

    private readonly WarRoomAppFactory factory;

    public LiveServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected LiveServer(IDictionary<string, string?> overrides, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["WarRoom:Auth:Tokens:kioskbr01:Token"] = KioskBr01Token,
            ["WarRoom:Auth:Tokens:kioskbr01:Role"] = "kiosk",
            ["WarRoom:Auth:Tokens:kioskbr01:Scope"] = "BR01",
            ["WarRoom:Auth:Tokens:readerhq:Token"] = ReaderHqToken,
            ["WarRoom:Auth:Tokens:readerhq:Role"] = "reader",
            ["WarRoom:Auth:Tokens:readerhq:Scope"] = "HQ",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        factory = new KestrelFactory(settings, services ?? (_ => { }));
        factory.UseKestrel(0);
    }

    public Uri Address { get; private set; } = default!;

    public Uri HubUrl => new(Address, "/hubs/warroom");

    public IServiceProvider Services => factory.Services;

    public async Task InitializeAsync()
    {
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        using var client = Client();
        for (var i = 0; i < 600 && !(await client.GetAsync("/readyz")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>An HTTP client to the socket, with a bearer token when given.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public Task<HubClient> ConnectAsync(string? token) => HubClient.ConnectAsync(HubUrl, token);

    /// <summary>
    /// Browsers ask for the pre-compressed static files (<c>board.js.gz</c>), which a build keeps under obj/ and only
    /// the static web assets manifest points to; outside Development (and before publishing) nothing loads it, and
    /// the compressed variants would be served empty.
    /// </summary>
    private sealed class KestrelFactory(IDictionary<string, string?> settings, Action<IServiceCollection> services) : WarRoomAppFactory(null, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseStaticWebAssets();
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Posts events with the ingest key and checks every one was accepted.</summary>
    public async Task PostAsync(params JsonNode[] events)
    {
        using var client = Client(WarRoomAppFactory.IngestKey);
        var answer = await Ingest.IngestClient.PostAsync(client, events);
        Assert.Equal(events.Length, answer["accepted"]!.GetValue<int>());
    }
}
