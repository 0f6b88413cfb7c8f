using WarRoom.Web;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Cli;

if (args is [HashPasswordCommand.Verb, ..])
{
    return HashPasswordCommand.Run(Console.In, Console.Out, !Console.IsInputRedirected);
}

if (args is ["generate-seed", ..])
{
    return GenerateSeedCommand.Run(args);
}

if (args is [WarRoom.Web.Features.History.ImportHistoryCommand.Name, ..])
{
    return WarRoom.Web.Features.History.ImportHistoryCommand.Run(args, Console.Out, Console.Error);
}

if (args is [HealthCheckCommand.Verb, ..])
{
    return await HealthCheckCommand.RunAsync(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = StartupDefaults.ContentRoot(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
});
builder.ListenWhereTold().ServeBuildOutputAssets();
builder.AddWarRoom();
var app = builder.Build();
app.MapWarRoom();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
