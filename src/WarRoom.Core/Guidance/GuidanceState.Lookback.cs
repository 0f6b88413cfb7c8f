using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Guidance;

/// <summary>A unit first in its peer group on the composite: <paramref name="Peers"/> units were ranked, itself included.</summary>
internal sealed record PeerLeader(OrgUnit Unit, OrgUnit Scope, double Score, int Peers);

internal sealed partial class GuidanceState
{
    private readonly Dictionary<(OrgLevel, int), double[]> valuesAtLookback = [];

    /// <summary>
    /// The close before the "recent" window of the breakthrough rule: the window holds today and earlier days back to
    /// the <see cref="Campaigns.GuidanceSettings.BreakthroughWorkingDays"/>-th counted day (in the progress mode);
    /// null when it reaches back to the campaign's start (everything so far is recent).
    /// </summary>
    public DateTimeOffset? LookbackClose()
    {
        var last = Campaign.DayAt(Campaign.DayCount - 1);
        var day = Moment.Today < last ? Moment.Today : last;
        var counted = 0;
        for (; day >= Campaign.FirstDay; day = day.AddDays(-1))
        {
            if (Campaign.Counts(day) && ++counted == Settings.BreakthroughWorkingDays)
            {
                break;
            }
        }

        return day <= Campaign.FirstDay ? null : Campaign.StartOfDay(day).AddTicks(-1);
    }

    /// <summary>The unit's campaign-to-date value at <paramref name="close"/>; one read per level and KPI, kept for the run.</summary>
    public double ValueAt(OrgUnit unit, int slot, DateTimeOffset close)
    {
        if (!valuesAtLookback.TryGetValue((unit.Level, slot), out var byUnit))
        {
            byUnit = new double[Tree.Count];
            Ranker.ReadValues(unit.Level, Kpis[slot], close, Moment.AsOf, forecast: false, byUnit, null, 1, 0);

            valuesAtLookback[(unit.Level, slot)] = byUnit;
        }

        return byUnit[unit.Index];
    }

    public double? ScoreAt(OrgUnit unit, DateTimeOffset close) => Aggregates.Score(unit, close);

    /// <summary>
    /// First-placed units on the composite per peer group: branches and sub-branches (every middle level) across the
    /// bank, managers within the first level below HQ, their branch (a branch head's own 标兵). Groups are visited in ordinal order; ties at the top all lead.
    /// </summary>
    public IReadOnlyList<PeerLeader> Leaders { get; private set; } = [];

    private void CaptureLeaders()
    {
        var leaders = new List<PeerLeader>();
        var levels = Tree.Levels;
        var scopes = levels.Middle.Select(l => (Level: l, Scopes: (IEnumerable<OrgUnit>)[Tree.Root]))
            .Append((levels.Leaf, UnitsAt(levels[1])));
        foreach (var (level, within) in scopes)
        {
            foreach (var scope in within)
            {
                var groups = Tree.UnitsAt(level, scope).Select(u => u.PeerGroup).Distinct().Order(StringComparer.Ordinal);
                foreach (var group in groups)
                {
                    var query = new RankingQuery(level, RankingQuery.Composite, RankBasis.Value, scope, RankWindow.CampaignToDate, null, group);
                    var result = Rank(query, Moment.Instant);
                    foreach (var item in result.Items.TakeWhile(i => i.Rank == 1))
                    {
                        if (item.Score is > 0 and var score && result.Total >= 2)
                        {
                            leaders.Add(new PeerLeader(item.Unit, scope, score, result.Total));
                        }
                    }
                }
            }
        }

        Leaders = leaders;
    }
}
