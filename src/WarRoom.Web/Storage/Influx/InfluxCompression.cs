namespace WarRoom.Web.Storage.Influx;

/// <summary>Gzip for /write bodies: Auto compresses unless the server is on a loopback address.</summary>
public enum InfluxCompression
{
    Auto,
    Gzip,
    None,
}
