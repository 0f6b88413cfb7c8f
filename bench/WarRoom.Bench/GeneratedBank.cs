using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.Bench;

/// <summary>
/// The generated bank and run sizes the national-scale runs (<c>--board</c>, <c>--guidance</c>) share:
/// <c>--managers</c> (100,000), <c>--events</c> (1M), <c>--iterations</c> (10) and <c>--shape regional|national</c>.
/// </summary>
internal sealed record GeneratedBank(SeedData Seed, IReadOnlyDictionary<string, string> Files, int Events, int Iterations, string Shape)
{
    public static GeneratedBank FromArgs(string[] args)
    {
        var managers = BenchArgs.Int(args, "--managers", 100_000);
        var shape = BenchArgs.Text(args, "--shape") == "regional" ? SeedShape.Regional : SeedShape.National;
        var files = SeedGenerator.Generate(new SeedGeneratorOptions { Shape = shape, Managers = managers });
        return new(SeedLoader.Load(new InMemorySeedSource(files)), files, BenchArgs.Int(args, "--events", 1_000_000), BenchArgs.Int(args, "--iterations", 10), shape.ToString().ToLowerInvariant());
    }
}
