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
}
