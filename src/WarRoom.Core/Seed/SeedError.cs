namespace WarRoom.Core.Seed;

/// <summary>One problem in a seed-data file: which file, which line (1-based; 0 when it concerns the whole file) and what.</summary>
public sealed record SeedError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

public sealed class SeedDataException(IReadOnlyList<SeedError> errors)
    : Exception("seed data is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
