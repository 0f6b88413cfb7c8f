using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Storage;

/// <summary>Cumulative series of <paramref name="Unit"/>'s subtree for <paramref name="Kpi"/>, one point per
/// <paramref name="Interval"/> (1 hour or 1 day, days aligned to local midnight in <paramref name="TimeZone"/>),
/// from <paramref name="From"/> to <paramref name="To"/>; cumulative from the campaign start at <paramref name="CampaignStart"/>.
/// The first bucket is the one holding <paramref name="From"/>; every bucket up to <paramref name="To"/> has a point,
/// also when it saw no event. Events at or after <paramref name="To"/> never count. For a <c>latest</c> KPI a point
/// is the sum of each booking unit's latest reading up to the end of the bucket.</summary>
public sealed record SeriesQuery(OrgUnit Unit, Kpi Kpi, DateTimeOffset CampaignStart, DateTimeOffset From, DateTimeOffset To, TimeSpan Interval, TimeZoneInfo TimeZone);

/// <summary>The cumulative value at the end of the bucket that starts at <paramref name="Time"/> (in the query's
/// time zone offset).</summary>
public sealed record SeriesPoint(DateTimeOffset Time, double Value);
