using System.Text;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Seed;

namespace WarRoom.IngestBench;

/// <summary>
/// The seed data the app and the bench share: the committed seed-data/ (1,500 managers), or a bank of
/// <c>--managers N</c> generated into the work folder, exactly as <c>generate-seed --managers N [--shape national]</c> writes it.
/// </summary>
internal sealed record BenchSeed(string Folder, SeedData Data, int[] Managers)
{
    public static BenchSeed Prepare(int? managers, string workFolder, SeedShape shape = SeedShape.Regional)
    {
        string folder;
        if (managers is { } count)
        {
            folder = Path.Combine(workFolder, "seed");
            Directory.CreateDirectory(folder);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            foreach (var (name, text) in SeedGenerator.Generate(new SeedGeneratorOptions { Managers = count, Shape = shape }))
            {
                // Last year's files come under history/<campaign>/, as generate-seed writes them.
                var path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, utf8);
            }
        }
        else
        {
            folder = RepositoryPaths.FindUpward("seed-data") ?? throw new InvalidOperationException("seed-data/ not found above the working directory");
        }

        var data = SeedLoader.Load(new FileSeedSource(folder));
        var managerIndexes = data.Org.Units.Where(u => u.Level.IsLeaf).Select(u => u.Index).ToArray();
        return new BenchSeed(folder, data, managerIndexes);
    }

    /// <summary>The share of synthetic events at or above their KPI's big-deal threshold (each one a 喜报 to file and announce).</summary>
    public double BigDealShare { get; init; } = 0.002;

    /// <summary>The campaign's last day, late evening: every event time of the campaign is in the past.</summary>
    public DateTimeOffset Clock => Data.Campaign.End.AddHours(-1);
}
