using System.Reflection;
using NetArchTest.Rules;
using WarRoom.Core.Org;

namespace WarRoom.Web.Tests;

/// <summary>
/// The one-way rooms of the host (docs/decisions/0013): Pipeline ← Features ← Live and Components; Storage is the
/// store's port and adapters, used by Pipeline and Features; Infrastructure is cross-cutting and depends on no
/// room that builds on it. Checked on the compiled assemblies, so Razor components are held to them too.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Web = "WarRoom.Web";
    private const string Pipeline = Web + ".Pipeline";
    private const string Features = Web + ".Features";
    private const string Live = Web + ".Live";
    private const string Components = Web + ".Components";
    private const string Storage = Web + ".Storage";
    private const string Infrastructure = Web + ".Infrastructure";

    private static readonly Assembly Host = typeof(Program).Assembly;

    public static TheoryData<string, string> Forbidden() => new()
    {
        { Live, Storage },
        { Components, Storage },
        { Storage, Live },
        { Storage, Features },
        { Storage, Pipeline },
        { Storage, Components },
        { Features, Live },
        { Features, Components },
        { Pipeline, Features },
        { Pipeline, Live },
        { Pipeline, Components },
        { Live, Components },
        { Infrastructure, Features },
        { Infrastructure, Live },
        { Infrastructure, Pipeline },
        { Infrastructure, Components },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_room_never_references_a_room_that_builds_on_it(string room, string forbidden)
    {
        var result = Types.InAssembly(Host).That().ResideInNamespace(room).ShouldNot().HaveDependencyOn(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{room} must not use {forbidden}: {Names(result)}");
    }

    [Fact]
    public void Core_references_nothing_of_the_host_and_no_web_framework()
    {
        var result = Types.InAssembly(typeof(OrgTree).Assembly).ShouldNot()
            .HaveDependencyOnAny(Web, "Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "System.Net.Http")
            .GetResult();

        Assert.True(result.IsSuccessful, $"WarRoom.Core must stay the pure domain: {Names(result)}");
    }

    /// <summary>Only the host (Program, WarRoomHost) may name Components: every other type of the host is in a room above.</summary>
    [Fact]
    public void Every_type_of_the_host_is_in_a_room_or_is_the_host_itself()
    {
        string[] rooms = [Pipeline, Features, Live, Components, Storage, Infrastructure];
        var strays = Host.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == Web || ns.StartsWith(Web + ".", StringComparison.Ordinal)))
            .Where(t => t.Namespace != Web && !rooms.Any(r => t.Namespace == r || t.Namespace!.StartsWith(r + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();
        var hostTypes = Host.GetTypes().Where(t => t.Namespace == Web && !IsCompilerGenerated(t)).Select(t => t.Name).ToList();

        Assert.Empty(strays);
        Assert.Equal(["WarRoomHost"], hostTypes);
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false) || type.Name.StartsWith('<');

    private static string Names(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
