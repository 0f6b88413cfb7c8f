namespace WarRoom.Web.Storage.Influx;

/// <summary>InfluxDB cannot be reached or answered with a condition that passes (5xx, 429, timeout, refused
/// connection, auth rejected): worth retrying, and a write goes to the spool.</summary>
public sealed class InfluxUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>InfluxDB refused the request itself (bad line protocol, bad query): retrying cannot help.</summary>
public sealed class InfluxRequestException(string message) : Exception(message);
