using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace WarRoom.Web.Infrastructure.Auth;

public static class DevelopmentBanner
{
    /// <summary>Prints the generated development credentials and ready-made URLs once the server listens.</summary>
    public static void PrintWhenStarted(WebApplication app)
    {
        if (app.Services.GetService<DevelopmentCredentials>() is not { } dev)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
            Console.WriteLine($"""

                ==== WarRoom development credentials (generated at start; configure WarRoom:Auth to use your own) ====
                  ingest key (source "dev"):  {dev.IngestKey}
                  kiosk token (scope HQ):     {dev.KioskToken}
                  sign in at {address}/login as {DevelopmentCredentials.LeaderLogin} / {dev.LeaderPassword}
                  HQ command room:            {address}/boards/hq?token={dev.KioskToken}
                  post events:                curl -H "Authorization: Bearer {dev.IngestKey}" -H "Content-Type: application/json" -d @batch.json {address}/api/v1/events
                =========================================================================================================

                """);
        });
    }
}
