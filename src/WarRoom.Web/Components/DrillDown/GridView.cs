using System.Globalization;
using WarRoom.Web.Features.DrillDown;

namespace WarRoom.Web.Components.DrillDown;

/// <summary>
/// How the ranking grid is looked at, kept in the query string next to the <see cref="ChildrenView"/> so that a link
/// reproduces it: the order (<c>sort</c>, <c>dir</c>, shared with the CSV), the page (<c>page</c>, from 1) and its
/// size (<c>size</c>), and the columns hidden with the column picker (<c>hide</c>, comma separated).
/// </summary>
public sealed record GridView(string Sort, bool Descending, int Page, int Size, IReadOnlySet<string> Hidden)
{
    public static readonly int[] Sizes = [10, 20, 50, 100];

    public const int DefaultSize = 20;

    public static GridView From(ChildrenView view, string? page, string? size, string? hide) => new(
        view.SortKey, view.Descending,
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && Sizes.Contains(s) ? s : DefaultSize,
        (hide ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal));

    /// <summary>The grid's own parameters as query-string pairs; defaults are left out so the plain URL stays plain.</summary>
    public (string Key, string? Value)[] QueryPairs() =>
    [
        ("sort", Sort == "rank" && !Descending ? null : Sort),
        ("dir", Sort == "rank" && !Descending ? null : Descending ? "desc" : "asc"),
        ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
        ("size", Size != DefaultSize ? Size.ToString(CultureInfo.InvariantCulture) : null),
        ("hide", Hidden.Count > 0 ? string.Join(",", Hidden.Order(StringComparer.Ordinal)) : null),
    ];

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> rows) => [.. rows.Skip((Page - 1) * Size).Take(Size)];
}
