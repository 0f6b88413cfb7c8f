using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using WarRoom.Core.Org;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// One host for the access and page tests: figures booked across two branches (so rankings and sorting have
/// something to order), and one client per <see cref="Caller"/>, the people among them signed in through /login.
/// </summary>
public sealed class SignedInApp : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> clients = [];

    // Many sign-ins of the same people from the same address: the lockout has its own host (LoginRateLimitTests).
    public WarRoomAppFactory App { get; } = WarRoomAppFactory.With(null, new Dictionary<string, string?> { ["WarRoom:RateLimits:Login:PermitLimit"] = "1000" });

    public OrgTree Org => App.Services.GetRequiredService<OrgTree>();

    public HttpClient Client(Caller caller) => clients[caller.Name];

    public async Task InitializeAsync()
    {
        await App.WaitUntilReadyAsync();
        await BookFiguresAsync();
        foreach (var caller in Caller.All)
        {
            var client = App.BrowserClient();
            if (caller.Kind is CallerKind.Token or CallerKind.IngestKey)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", caller.Secret);
            }
            else if (caller.Kind == CallerKind.Cookie)
            {
                await LoginForm.SignInAsync(client, caller.Secret!, TestUsers.Password);
            }

            clients[caller.Name] = client;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }

    /// <summary>Different amounts per manager in BR01 and BR02, on two KPIs, so no two sub-branches tie.</summary>
    private async Task BookFiguresAsync()
    {
        using var ingest = App.ClientWith(WarRoomAppFactory.IngestKey);
        var events = new List<JsonNode>();
        foreach (var branch in new[] { "BR01", "BR02" })
        {
            foreach (var manager in Org.UnitsAt(OrgLevel.Manager, Org.Find(branch)!))
            {
                var n = manager.Index;
                events.Add(Event($"fig-dep-{manager.Code}", "2027-02-22T09:00:00+08:00", manager.Code, "deposit_new", 20 + (n * 7919 % 480)));
                events.Add(Event($"fig-cus-{manager.Code}", "2027-02-21T15:00:00+08:00", manager.Code, "customers_new", 1 + (n * 31 % 17)));
            }
        }

        var answer = await PostAsync(ingest, [.. events]);
        Assert.Equal(events.Count, answer["accepted"]!.GetValue<int>());
    }
}

[CollectionDefinition(Name)]
public sealed class SignedInCollection : ICollectionFixture<SignedInApp>
{
    public const string Name = "signed-in app";
}
