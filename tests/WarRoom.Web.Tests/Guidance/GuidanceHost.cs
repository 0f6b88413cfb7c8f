using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Guidance;

/// <summary>
/// An in-memory host of the real infrastructure (auth, MediatR with validation, the error handler, seed data, the
/// frozen business clock) and the guidance feature, wired as Program.cs will wire it, with the aggregates and ranker
/// registered here. Until the storage work registers them in Program.cs this is how the endpoints are tested
/// through HTTP; WarRoomAppFactory takes over then.
/// </summary>
public sealed class GuidanceHost : IAsyncLifetime
{
    private WebApplication? app;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(WarRoomAppFactory.DefaultSettings(Directory.CreateTempSubdirectory("warroom-guidance-").FullName));
        builder.AddWarRoomInfrastructure();
        builder.Services.AddSingleton(sp => new KpiAggregates(sp.GetRequiredService<SeedData>().Org, sp.GetRequiredService<SeedData>().Kpis, sp.GetRequiredService<SeedData>().Campaign));
        builder.Services.AddSingleton(sp => new Ranker(sp.GetRequiredService<KpiAggregates>()));
        builder.Services.AddWarRoomGuidance(builder.Configuration);
        app = builder.Build();
        app.UseWarRoomInfrastructure();
        app.MapGuidance();
        await app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    public HttpClient ClientWith(string token)
    {
        var client = app!.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
