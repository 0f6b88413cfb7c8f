namespace WarRoom.Core.Guidance;

/// <summary>
/// The output order, total so that the same findings always come out the same: severity (critical first), unit in
/// pre-order, kind, KPI in campaign order (none first), the named manager, the wording.
/// </summary>
internal sealed class GuidanceOrder : IComparer<Finding>
{
    public static GuidanceOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.Severity.CompareTo(y.Severity);
        c = c != 0 ? c : x.Unit.Index.CompareTo(y.Unit.Index);
        c = c != 0 ? c : x.Kind.CompareTo(y.Kind);
        c = c != 0 ? c : x.Slot.CompareTo(y.Slot);
        c = c != 0 ? c : (x.Subject?.Index ?? -1).CompareTo(y.Subject?.Index ?? -1);
        return c != 0 ? c : string.CompareOrdinal(x.Template, y.Template);
    }
}
