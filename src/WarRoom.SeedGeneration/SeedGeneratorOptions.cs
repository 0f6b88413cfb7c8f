namespace WarRoom.SeedGeneration;

/// <summary>What <see cref="SeedGenerator"/> makes. The committed <c>seed-data/</c> is the output of the defaults.</summary>
public sealed record SeedGeneratorOptions
{
    /// <summary>The smallest bank the generator makes: one manager under one sub-branch in each of the 12 branches.</summary>
    public const int MinManagers = 12;

    public int Seed { get; init; } = 2027;

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
}
