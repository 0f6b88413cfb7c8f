using System.Text;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;
using WarRoom.Web.Infrastructure.Cli;

namespace WarRoom.Web.Tests.Infrastructure.Cli;

public sealed class GenerateSeedCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "warroom-seed-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WritesTheGeneratorsFilesAsUtf8WithoutBom()
    {
        var code = GenerateSeedCommand.Run(["generate-seed", "--seed", "5", "--managers", "120", "--out", folder], output, error);

        Assert.Equal(0, code);
        Assert.Empty(error.ToString());
        Assert.Contains("wrote 11 files (seed 5, 120 managers)", output.ToString(), StringComparison.Ordinal);
        foreach (var (name, text) in SeedGenerator.Generate(new SeedGeneratorOptions { Seed = 5, Managers = 120 }))
        {
            Assert.Equal(Encoding.UTF8.GetBytes(text), File.ReadAllBytes(Path.Combine(folder, name)));
        }
    }

    [Fact]
    public void WrittenFolderLoads()
    {
        Assert.Equal(0, GenerateSeedCommand.Run(["--managers", "60", "--out", folder], output, error));

        var files = Directory.GetFiles(folder).ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p), StringComparer.Ordinal);
        var data = SeedLoader.Load(new InMemorySeedSource(files));

        Assert.Equal(60, data.Org.ManagerCount);
    }

    [Theory]
    [InlineData("unknown argument '--bogus'", "generate-seed", "--bogus")]
    [InlineData("--seed needs a value", "generate-seed", "--seed")]
    [InlineData("--managers 'many' is not a whole number", "--managers", "many")]
    [InlineData("--managers 5: at least 12 managers (one per branch)", "--managers", "5")]
    public void UsageErrorsReturnTwoAndExplain(string message, params string[] args)
    {
        var code = GenerateSeedCommand.Run([.. args, "--out", folder], output, error);

        Assert.Equal(2, code);
        Assert.StartsWith("generate-seed: " + message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: generate-seed [--seed N] [--managers N] [--out DIR]", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_national_bank_is_written_with_its_levels_and_loads()
    {
        Assert.Equal(0, GenerateSeedCommand.Run(["--shape", "national", "--managers", "400", "--out", folder], output, error));

        Assert.Contains("wrote 12 files (national, 5 levels, seed 2027, 400 managers)", output.ToString(), StringComparison.Ordinal);
        var files = Directory.GetFiles(folder).ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p), StringComparer.Ordinal);
        var data = SeedLoader.Load(new InMemorySeedSource(files));
        Assert.Equal(["hq", "branch", "branch2", "subbranch", "manager"], data.Org.Levels.Select(l => l.Code));
        Assert.Equal(400, data.Org.ManagerCount);
    }

    [Fact]
    public void Shape_regional_is_the_default_byte_for_byte()
    {
        var regional = Path.Combine(folder, "regional");
        var plain = Path.Combine(folder, "plain");
        Assert.Equal(0, GenerateSeedCommand.Run(["--shape", "regional", "--managers", "300", "--out", regional], output, error));
        Assert.Equal(0, GenerateSeedCommand.Run(["--managers", "300", "--out", plain], output, error));

        var names = Directory.GetFiles(plain, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(plain, p)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(regional, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(regional, p)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(SeedFileNames.OrgLevels, names);
        Assert.All(names, n => Assert.Equal(File.ReadAllBytes(Path.Combine(plain, n)), File.ReadAllBytes(Path.Combine(regional, n))));
    }

    [Theory]
    [InlineData("--shape 'provincial' must be regional or national", "--shape", "provincial")]
    [InlineData("--depth 5: a regional bank has 4 levels; --depth is for --shape national", "--depth", "5")]
    [InlineData("--depth 7: a national tree has 3 to 6 levels", "--shape", "national", "--depth", "7")]
    [InlineData("--managers 10: a national bank has 20 to 999999 managers", "--shape", "national", "--managers", "10")]
    public void National_usage_errors_return_two_and_explain(string message, params string[] args)
    {
        Assert.Equal(2, GenerateSeedCommand.Run([.. args, "--out", folder], output, error));

        Assert.StartsWith("generate-seed: " + message, error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
