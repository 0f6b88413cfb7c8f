namespace WarRoom.Web.Storage;

/// <summary>Which adapter backs <see cref="IKpiStore"/> (configuration key <c>WarRoom:Store</c>).</summary>
public enum StoreKind
{
    Sqlite,
    Influx,
}
