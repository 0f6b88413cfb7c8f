using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Org;

namespace WarRoom.Core.Simulation;

/// <summary>
/// A whole campaign of simulated traffic, day by day, as the simulator back-fills it: about
/// <c>perWorkingDay</c> events on a working day and <see cref="TrafficShape.NonWorkingDayFactor"/> of that on other
/// days, in time order, numbered from <c>firstSeq</c>. The same arguments give the same events (the forecast
/// backtest and last year's history rely on it).
/// </summary>
public static class CampaignHistory
{
    public static IEnumerable<EventRecord> Generate(OrgTree org, Campaign campaign, int seed, int perWorkingDay, string idPrefix, long firstSeq = 1)
    {
        var generator = new TrafficGenerator(org, campaign, seed);
        var seq = firstSeq;
        for (var day = campaign.FirstDay; campaign.StartOfDay(day) < campaign.End; day = day.AddDays(1))
        {
            var from = campaign.StartOfDay(day);
            var next = campaign.StartOfDay(day.AddDays(1));
            var to = next < campaign.End ? next : campaign.End;
            var share = (to - from).TotalDays * (campaign.Calendar.IsWorkingDay(day) ? 1 : TrafficShape.NonWorkingDayFactor);
            var times = new DateTimeOffset[(int)(perWorkingDay * share)];
            for (var i = 0; i < times.Length; i++)
            {
                times[i] = generator.TimeIn(from, to);
            }

            Array.Sort(times);
            foreach (var time in times)
            {
                if (generator.Next(time, perWorkingDay) is { Value: not 0 } e)
                {
                    var s = seq++;
                    yield return new EventRecord(s, idPrefix + s.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Time.ToUnixTimeMilliseconds(), e.Unit, e.Kpi, e.Value);
                }
            }
        }
    }
}
