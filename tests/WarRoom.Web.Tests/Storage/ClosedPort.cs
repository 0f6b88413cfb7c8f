using System.Net;
using System.Net.Sockets;

namespace WarRoom.Web.Tests.Storage;

/// <summary>A loopback URL where nothing listens, for an InfluxDB that is down.</summary>
internal static class ClosedPort
{
    public static string Url
    {
        get
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        }
    }
}
