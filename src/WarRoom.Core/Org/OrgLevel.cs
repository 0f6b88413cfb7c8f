namespace WarRoom.Core.Org;

/// <summary>The four levels of a retail bank's tree; the numeric value is the depth below HQ.</summary>
public enum OrgLevel
{
    Hq = 0,
    Branch = 1,
    SubBranch = 2,
    Manager = 3,
}

public static class OrgLevelNames
{
    public static string ToWire(this OrgLevel level) => level switch
    {
        OrgLevel.Hq => "hq",
        OrgLevel.Branch => "branch",
        OrgLevel.SubBranch => "subbranch",
        OrgLevel.Manager => "manager",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static bool TryParse(string? text, out OrgLevel level)
    {
        switch (text)
        {
            case "hq": level = OrgLevel.Hq; return true;
            case "branch": level = OrgLevel.Branch; return true;
            case "subbranch": level = OrgLevel.SubBranch; return true;
            case "manager": level = OrgLevel.Manager; return true;
            default: level = default; return false;
        }
    }
}
