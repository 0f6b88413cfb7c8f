using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.FollowUp;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Guidance.FollowUp;

/// <summary>
/// How much of the help was taken up, per unit of a level: of the guidance items about a unit and everything below
/// it, the share acknowledged or further (acknowledged, in progress, done) and the share done. Leadership reads it
/// as "which branches act on their guidance".
/// </summary>
public static class FollowUpShares
{
    public sealed record Row(string Unit, string Name, string? NameEn, int Items, int TakenUp, int Done)
    {
        public double? TakenUpShare => Items == 0 ? null : Math.Round((double)TakenUp / Items, 4);
        public double? DoneShare => Items == 0 ? null : Math.Round((double)Done / Items, 4);
    }

    public static IReadOnlyList<Row> Per(IEnumerable<GuidanceItem> items, FollowUpBook book, OrgTree org, OrgUnit scope, OrgLevel level)
    {
        var rows = new Dictionary<OrgUnit, (int Items, int TakenUp, int Done)>();
        for (var i = scope.Index; i < scope.SubtreeEnd; i++)
        {
            if (org[i].Level == level)
            {
                rows[org[i]] = (0, 0, 0);
            }
        }

        foreach (var item in items)
        {
            if (OrgTree.SelfAndAncestors(item.Unit).FirstOrDefault(u => u.Level == level) is { } owner && rows.TryGetValue(owner, out var counts))
            {
                var status = book.StatusOf(GuidanceIds.Of(item));
                rows[owner] = (counts.Items + 1, counts.TakenUp + (status.IsTakenUp() ? 1 : 0), counts.Done + (status == FollowUpStatus.Done ? 1 : 0));
            }
        }

        return [.. rows.Select(r => new Row(r.Key.Code, r.Key.Name, r.Key.NameEn, r.Value.Items, r.Value.TakenUp, r.Value.Done))];
    }
}
