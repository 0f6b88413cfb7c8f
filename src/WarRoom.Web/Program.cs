using WarRoom.Web;
using WarRoom.Web.Infrastructure.Cli;

if (args is [HashPasswordCommand.Verb, ..])
{
    return HashPasswordCommand.Run(Console.In, Console.Out, !Console.IsInputRedirected);
}

if (args is ["generate-seed", ..])
{
    return GenerateSeedCommand.Run(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddWarRoom();
var app = builder.Build();
app.MapWarRoom();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
