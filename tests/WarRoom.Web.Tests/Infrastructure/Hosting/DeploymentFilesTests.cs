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
        var compose = Read("docker-compose.yml");
        var check = Regex.Match(compose.Split("\nx-warroom-health:", 2)[1], @"test: (\[.*\])").Groups[1].Value;

        Assert.Equal("""["CMD", "dotnet", "/app/WarRoom.Web.dll", "healthcheck"]""", check);
        foreach (var host in new[] { "warroom", "warroom-a" })
        {
            Assert.Contains("healthcheck: *warroom-health", compose.Split($"\n  {host}:", 2)[1].Split("\n\n")[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_cluster_profile_runs_two_nodes_on_one_Redis_behind_nginx_and_never_beside_the_single_host()
    {
        var compose = Read("docker-compose.yml");
        string Service(string name) => compose.Split($"\n  {name}:", 2)[1].Split("\n\n")[0];

        Assert.Contains("profiles: [single]", Service("warroom"), StringComparison.Ordinal);
        foreach (var name in new[] { "redis", "warroom-a", "proxy" })
        {
            Assert.Contains("profiles: [cluster]", Service(name), StringComparison.Ordinal);
        }

        Assert.Contains("<<: *warroom-node", Service("warroom-b"), StringComparison.Ordinal);
        foreach (var node in new[] { "warroom-a", "warroom-b" })
        {
            Assert.Contains("WarRoom__Cluster__Redis: redis:6379", Service(node), StringComparison.Ordinal);
            Assert.Contains($"WarRoom__Cluster__NodeName: {node}", Service(node), StringComparison.Ordinal);
            Assert.Contains("WarRoom__Snapshots__Path: /app/shared/snapshots.db", Service(node), StringComparison.Ordinal);
        }

        var nginx = Read("deploy/nginx-cluster.conf");
        Assert.Contains("server warroom-a:5080", nginx, StringComparison.Ordinal);
        Assert.Contains("server warroom-b:5080", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", nginx, StringComparison.Ordinal);
        Assert.Matches("(?m)^COMPOSE_PROFILES=single$", Read(".env.example"));
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
