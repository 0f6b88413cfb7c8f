using System.Text.RegularExpressions;
using WarRoom.Web.Tests.Boards;

namespace WarRoom.Web.Tests;

/// <summary>
/// Org levels are data (decision 0025): the domain and the host never name the regional seed's levels
/// (<c>OrgLevel.Branch</c>, <c>OrgLevel.Manager</c>, …) but ask a level whether it is the root, a middle level or the
/// leaf, or ask the tree's catalogue — so a 3- to 6-level tree works on every path. Tests and benchmarks of the
/// regional shape may name them; so may the regional seed generator.
/// </summary>
public sealed partial class ArchitectureLevelsTests
{
    [Fact]
    public void Core_and_host_never_name_a_regional_level()
    {
        var src = Path.Combine(TestBank.RepoRoot(), "src");
        var offenders = new[] { "WarRoom.Core", "WarRoom.Web" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(src, p), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "OrgLevel.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => RegionalLevel().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [GeneratedRegex(@"\bOrgLevel\.(Hq|Branch|SubBranch|Manager)\b")]
    private static partial Regex RegionalLevel();
}
