namespace WarRoom.Core.Ranking;

/// <summary>What a ranking orders by: the value, completion (value / target) or pace (completion − time progress).</summary>
public enum RankBasis
{
    Value,
    Completion,
    Pace,
}

public static class RankBasisNames
{
    public static string ToWire(this RankBasis basis) => basis switch
    {
        RankBasis.Value => "value",
        RankBasis.Completion => "completion",
        RankBasis.Pace => "pace",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    public static bool TryParse(string? text, out RankBasis basis)
    {
        switch (text)
        {
            case "value": basis = RankBasis.Value; return true;
            case "completion": basis = RankBasis.Completion; return true;
            case "pace": basis = RankBasis.Pace; return true;
            default: basis = default; return false;
        }
    }
}
