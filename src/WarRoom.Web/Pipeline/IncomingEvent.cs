namespace WarRoom.Web.Pipeline;

/// <summary>
/// One event of a request after parsing and checking: either a candidate with resolved unit and KPI indexes, or
/// rejected with a reason that names the field. <see cref="Index"/> is its position in the batch.
/// </summary>
public struct IncomingEvent
{
    public int Index;
    public string? Id;
    public long TimeMs;
    public int Unit;
    public int Kpi;
    public double Value;

    /// <summary>The event's dimension values (<see cref="Core.Dimensions.EventTags"/>), 0 when it has none.</summary>
    public ulong Tags;

    /// <summary>The id's ledger hash, computed on the request's thread so the single writer does not have to.</summary>
    public UInt128 IdHash;

    /// <summary>Another node of the cluster stored this id already (ClusterIds): a duplicate, whatever this node's ledger says.</summary>
    public bool StoredElsewhere;

    /// <summary>Null for a good event.</summary>
    public string? Error;

    public readonly bool IsValid => Error is null;
}
