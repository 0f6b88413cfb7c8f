namespace WarRoom.SeedGeneration;

/// <summary>The kind of bank: today's regional one (总行 → 12 分行 → 支行 → 客户经理) or a national one (decision 0025).</summary>
public enum SeedShape
{
    Regional,
    National,
}

/// <summary>What <see cref="SeedGenerator"/> makes. The committed <c>seed-data/</c> is the output of the defaults.</summary>
public sealed record SeedGeneratorOptions
{
    /// <summary>The smallest bank the generator makes: one manager under one sub-branch in each of the 12 branches.</summary>
    public const int MinManagers = 12;

    /// <summary>The smallest national bank: a few outlets of 5–20 managers.</summary>
    public const int MinNationalManagers = 20;

    /// <summary>Manager codes are M + six digits in a national bank.</summary>
    public const int MaxNationalManagers = 999_999;

    public int Seed { get; init; } = 2027;

    public SeedShape Shape { get; init; } = SeedShape.Regional;

    /// <summary>Levels of a national tree, HQ and managers included (3–6); null for the default 5. Regional banks have 4.</summary>
    public int? Depth { get; init; }

    public int EffectiveDepth => Shape == SeedShape.National ? Depth ?? 5 : 4;

    /// <summary>Number of customer managers; sub-branches grow with it (about 80 at 1,500, about 290 at 20,000).</summary>
    public int Managers { get; init; } = 1500;

    /// <summary>Number of sub-branches, or null to derive it from <see cref="Managers"/>.</summary>
    public int? SubBranches { get; init; }

    /// <summary>Rows in <c>events-sample.csv</c>.</summary>
    public int SampleEvents { get; init; } = 200;

    /// <summary>The sub-branch count in use: 80 × √(managers / 1,500), at least one per branch, at most one per manager.</summary>
    public int EffectiveSubBranches =>
        SubBranches ?? Math.Clamp((int)Math.Round(80 * Math.Sqrt(Managers / 1500.0)), MinManagers, Managers);

    public void Validate()
    {
        if (Shape == SeedShape.National)
        {
            ValidateNational();
        }
        else if (Depth is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(Depth), Depth, "a regional bank has 4 levels; --depth is for --shape national");
        }

        if (Managers < MinManagers)
        {
            throw new ArgumentOutOfRangeException(nameof(Managers), Managers, $"at least {MinManagers} managers (one per branch)");
        }

        if (SubBranches is { } sb && (sb < MinManagers || sb > Managers))
        {
            throw new ArgumentOutOfRangeException(nameof(SubBranches), sb, $"between {MinManagers} (one per branch) and the number of managers");
        }

        if (SampleEvents < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SampleEvents), SampleEvents, "must not be negative");
        }
    }

    private void ValidateNational()
    {
        if (Managers is < MinNationalManagers or > MaxNationalManagers)
        {
            throw new ArgumentOutOfRangeException(nameof(Managers), Managers, $"a national bank has {MinNationalManagers} to {MaxNationalManagers} managers");
        }

        if (Depth is < 3 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(Depth), Depth, "a national tree has 3 to 6 levels");
        }

        if (SubBranches is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(SubBranches), SubBranches, "a national bank's sub-branches follow from 5–20 managers each");
        }
    }
}
