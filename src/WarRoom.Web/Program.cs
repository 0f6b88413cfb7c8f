using WarRoom.Web.Components;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Catalog;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Features.Ingest;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Features.SignIn;
using WarRoom.Web.Features.Snapshots;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Cli;
using WarRoom.Web.Infrastructure.Health;
using WarRoom.Web.Live;
using WarRoom.Web.Live.Boards;
using WarRoom.Web.Live.Simulator;
using WarRoom.Web.Storage;

if (args is [HashPasswordCommand.Verb, ..])
{
    return HashPasswordCommand.Run(Console.In, Console.Out, !Console.IsInputRedirected);
}

if (args is ["generate-seed", ..])
{
    return GenerateSeedCommand.Run(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddWarRoomInfrastructure();
builder.Services.AddWarRoomStorage(builder.Configuration);
builder.Services.AddWarRoomIngest(builder.Configuration);
builder.Services.AddWarRoomRankings();
builder.Services.AddWarRoomGuidance(builder.Configuration);
builder.Services.AddWarRoomDrillDown();
builder.Services.AddWarRoomBoards(builder.Configuration);
builder.Services.AddWarRoomSimulator(builder.Configuration);
builder.Services.AddWarRoomSnapshots(builder.Configuration);
builder.Services.AddWarRoomLive(builder.Configuration);

var app = builder.Build();
app.UseWarRoomInfrastructure();
app.MapWarRoomHealth();
app.MapCatalog();
app.MapIngest();
app.MapRankings();
app.MapGuidance();
app.MapBoardsApi();
app.MapSignIn();
app.MapDrillDown();
app.MapSnapshots();
app.MapWarRoomLive();
app.MapStaticAssets();
app.MapRazorComponents<App>();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
