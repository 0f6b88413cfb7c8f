using WarRoom.Core.Org;

namespace WarRoom.Web.Storage;

/// <summary>
/// Adds per-booking-unit figures up to the units of one level inside a scope, in pre-order: the shared last step
/// of a totals query once a store has produced one figure per booking unit (or per group tag).
/// </summary>
public sealed class UnitRollup(OrgTree org, OrgLevel level, OrgUnit scope)
{
    private readonly Dictionary<OrgUnit, double> totals = [];

    /// <summary>Adds <paramref name="value"/> to the level ancestor of <paramref name="code"/>; returns false when
    /// the code is unknown, outside the scope or above the level, which counts for no unit.</summary>
    public bool Add(string code, double value)
    {
        if (!org.TryGet(code, out var unit) || !unit.IsWithin(scope))
        {
            return false;
        }

        var target = OrgTree.AncestorAt(unit, level);
        if (target is null || !target.IsWithin(scope))
        {
            return false;
        }

        totals[target] = totals.GetValueOrDefault(target) + value;
        return true;
    }

    public IReadOnlyList<UnitTotal> Build() =>
        [.. totals.OrderBy(t => t.Key.Index).Select(t => new UnitTotal(t.Key.Code, t.Value))];
}
