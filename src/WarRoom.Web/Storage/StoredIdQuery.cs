namespace WarRoom.Web.Storage;

/// <summary>
/// One id the ingest writer asks the store about (<see cref="IKpiStore.FindStoredAsync"/>): an id older than the id
/// ledger's resend window whose fingerprint says it may be stored (decision 0022). The event's time, unit and KPI
/// come along because a resend carries the same ones, and InfluxDB finds a point quickly only by its series and
/// time: the id there is an unindexed field.
/// </summary>
/// <param name="Id">The event id as sent.</param>
/// <param name="TimeMs">The event time, Unix milliseconds.</param>
/// <param name="Unit">The unit's index in the org tree.</param>
/// <param name="Kpi">The KPI's index in the catalogue.</param>
public readonly record struct StoredIdQuery(string Id, long TimeMs, int Unit, int Kpi);
