namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>
/// The InfluxDB-compatible write routes. InfluxDB clients and Telegraf authenticate the InfluxDB way —
/// <c>Authorization: Token …</c> (v2) or Basic with the key as password (v1) — so these routes take those besides Bearer.
/// </summary>
public static class LineProtocolPaths
{
    public const string V1 = "/write";
    public const string V2 = "/api/v2/write";

    public static bool Matches(PathString path) =>
        path.Equals(V1, StringComparison.OrdinalIgnoreCase) || path.Equals(V2, StringComparison.OrdinalIgnoreCase);
}
