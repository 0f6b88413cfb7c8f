using System.Text.RegularExpressions;
using WarRoom.Web.Tests.Boards;

namespace WarRoom.Web.Tests.Infrastructure.Hosting;

/// <summary>
/// The container set-up read as a reviewer reads it (no Docker daemon here): Node 20 from the official image,
/// health checks with what the images have, a small build context, and a leader who can sign in.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(TestBank.RepoRoot(), name));

    [Fact]
    public void The_image_builds_in_stages_with_node_20_from_the_official_node_image()
    {
        var dockerfile = Read("Dockerfile");

        Assert.Matches(@"(?m)^FROM node:20[\w.-]* AS node$", dockerfile);
        Assert.Contains("COPY --from=node /usr/local/bin/node", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"apt-get install[^\n]*\bnodejs\b", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0$", dockerfile);
    }

    [Fact]
    public void The_app_health_checks_use_the_apps_own_verb_not_curl_which_the_aspnet_image_lacks()
    {
        Assert.Contains("""HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=30 CMD ["dotnet", "/app/WarRoom.Web.dll", "healthcheck"]""", Read("Dockerfile"), StringComparison.Ordinal);
        var warroom = Read("docker-compose.yml").Split("\n  warroom:", 2)[1];
        var check = Regex.Match(warroom, @"healthcheck:\s*\n(?:\s*#[^\n]*\n)*\s*test: (\[.*\])").Groups[1].Value;

        Assert.Equal("""["CMD", "dotnet", "/app/WarRoom.Web.dll", "healthcheck"]""", check);
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_packages_and_data()
    {
        var ignored = Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet();

        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", "**/node_modules/", "data/", ".git/", ".env" }, ignored);
    }

    [Fact]
    public void Compose_signs_in_a_leader_from_the_environment_and_the_example_names_every_required_variable()
    {
        var compose = Read("docker-compose.yml");
        var example = Read(".env.example");

        Assert.Contains("WarRoom__Auth__Users__leader__PasswordHash: ${WARROOM_LEADER_PASSWORD_HASH:?", compose, StringComparison.Ordinal);
        Assert.Contains("WarRoom__Auth__Users__leader__Role: leader", compose, StringComparison.Ordinal);
        foreach (Match required in RequiredVariable().Matches(compose))
        {
            Assert.Matches($"(?m)^{required.Groups[1].Value}=", example);
        }
    }

    [GeneratedRegex(@"\$\{(\w+):\?")]
    private static partial Regex RequiredVariable();
}
