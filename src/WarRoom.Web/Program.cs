using WarRoom.Web.Features.Catalog;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarRoomInfrastructure();

var app = builder.Build();
app.UseWarRoomInfrastructure();
app.MapWarRoomHealth();
app.MapCatalog();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
