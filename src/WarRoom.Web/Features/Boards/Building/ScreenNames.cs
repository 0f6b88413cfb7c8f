using WarRoom.Core;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// Names as a screen about <c>scope</c> shows them. Where the screen already names the branch (a branch board, or a
/// frame cycled to a branch), a unit under it drops the branch's city: 北京朝阳支行 reads 朝阳支行, "Beijing Chaoyang
/// Sub-branch" reads "Chaoyang" (English names are long; the column says "Sub-branch"). A manager is shown with
/// where they sit (their sub-branch, named the same way), unless the screen is about that sub-branch.
/// </summary>
internal static class ScreenNames
{
    public static LocalizedText Label(OrgUnit unit, OrgUnit scope)
    {
        var zh = unit.Name;
        var en = unit.NameEn is { Length: > 0 } english ? english : unit.Name;
        if (OrgTree.AncestorAt(unit, unit.Level.Catalogue[1]) is { } branch && branch != unit && scope.IsWithin(branch))
        {
            zh = WithoutStem(zh, Stem(branch.Name, "分行"));
            var shortEn = WithoutStem(en, Stem(branch.NameEn ?? string.Empty, "Branch"));
            en = shortEn == en ? en : shortEn.EndsWith(" Sub-branch", StringComparison.Ordinal) ? shortEn[..^" Sub-branch".Length] : shortEn;
        }

        return new LocalizedText(zh, en);
    }

    public static LocalizedText? Context(OrgUnit unit, OrgUnit scope) =>
        unit.Level.IsLeaf && unit.Parent is { } seat && seat != scope && !scope.IsWithin(seat)
            ? Label(seat, scope)
            : null;

    private static string Stem(string branchName, string suffix) =>
        branchName.EndsWith(suffix, StringComparison.Ordinal) ? branchName[..^suffix.Length] : string.Empty;

    private static string WithoutStem(string name, string stem) =>
        stem.Trim().Length > 0 && name.Length > stem.Length && name.StartsWith(stem, StringComparison.Ordinal) ? name[stem.Length..] : name;
}
