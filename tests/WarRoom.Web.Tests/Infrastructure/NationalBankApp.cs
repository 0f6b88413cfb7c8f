using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;
using WarRoom.Web.Tests.Snapshots;

namespace WarRoom.Web.Tests.Infrastructure;

/// <summary>
/// The real host over a national bank of <see cref="Depth"/> levels (decision 0025) that <c>generate-seed --shape
/// national</c> writes into the host's own folder, with the shipped dashboards (or, for a tree without a "branch"
/// level, one board of its own), a token for the head of a mid-level unit and a few thousand events.
/// </summary>
public abstract class NationalBankApp : WarRoomAppFactory, IAsyncLifetime
{
    public const string MidHeadToken = "test-mid-head-0123456789";
    public const int Managers = 400;

    protected NationalBankApp(int depth)
        : this(depth, Directory.CreateTempSubdirectory("warroom-national-").FullName)
    {
    }

    private NationalBankApp(int depth, string folder)
        : base(null, Settings(depth, folder, out var seed, out var midHead))
    {
        Depth = depth;
        Folder = folder;
        Seed = seed;
        MidHead = midHead;
    }

    public int Depth { get; }

    public string Folder { get; }

    public SeedData Seed { get; }

    /// <summary>The unit whose head <see cref="MidHeadToken"/> is: the first unit of a level below the first branch level (or of the only middle one).</summary>
    public string MidHead { get; }

    public async Task InitializeAsync()
    {
        await WaitUntilReadyAsync();
        using var ingest = ClientWith(IngestKey);
        var response = await ingest.PostAsync("/api/v1/events", Ingest.IngestClient.Batch([.. SnapshotFixture.GeneratedEvents(Seed, 2_000, "national")]));
        Assert.Equal(2_000, (await response.Content.ReadFromJsonAsync<JsonObject>())!["accepted"]!.GetValue<int>());
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings(int depth, string folder, out SeedData seed, out string midHead)
    {
        var seedFolder = Path.Combine(folder, "seed");
        var files = SeedGenerator.Generate(new SeedGeneratorOptions { Shape = SeedShape.National, Managers = Managers, Depth = depth, Seed = 25 });
        foreach (var (name, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(seedFolder, name))!);
            File.WriteAllText(Path.Combine(seedFolder, name), text, new UTF8Encoding(false));
        }

        seed = SeedLoader.Load(new InMemorySeedSource(files));
        var org = seed.Org;
        var midLevel = org.Levels[Math.Max(1, org.Levels.Count - 3)];
        midHead = org.UnitsAt(midLevel, org.Root).First().Code;
        var settings = new Dictionary<string, string?>
        {
            ["WarRoom:SeedData"] = seedFolder,
            ["WarRoom:Auth:Users:" + TestUsers.ManagerM00001 + ":Scope"] = org.UnitsAt(org.Levels.Leaf, org.Root).First().Code,
            ["WarRoom:Auth:Tokens:midhead:Token"] = MidHeadToken,
            ["WarRoom:Auth:Tokens:midhead:Role"] = "branch_head",
            ["WarRoom:Auth:Tokens:midhead:Scope"] = midHead,

            // The default users and tokens of BR01 and BR02 head the first two units below HQ (BR01, BR02 unless the tree is flat).
            ["WarRoom:Auth:Tokens:br01:Scope"] = org.Root.Children[0].Code,
            ["WarRoom:Auth:Users:" + TestUsers.BranchHeadBr01 + ":Scope"] = org.Root.Children[0].Code,
            ["WarRoom:Auth:Tokens:br02head:Scope"] = org.Root.Children[1].Code,
        };
        if (!org.Levels.TryParse("branch", out _))
        {
            // The shipped boards rank and cycle by "branch"; a tree without that level gets a board of its own.
            var dashboards = Directory.CreateDirectory(Path.Combine(folder, "dashboards")).FullName;
            File.WriteAllText(Path.Combine(dashboards, "hq.json"), FlatBoard, new UTF8Encoding(false));
            settings["WarRoom:Dashboards"] = dashboards;
        }

        return settings;
    }

    private const string FlatBoard = """
        {
          "id": "hq", "title": { "zh": "总行", "en": "Head office" }, "scope": "HQ", "resolution": "1920x1080",
          "pages": [
            { "id": "all", "title": { "zh": "全行", "en": "The bank" }, "dwellSeconds": 30,
              "widgets": [
                { "id": "outlets", "type": "leaderboard", "level": "subbranch", "metric": "composite", "top": 8, "grid": { "col": 1, "row": 1, "colSpan": 6, "rowSpan": 8 } },
                { "id": "managers", "type": "barRace", "level": "manager", "metric": "deposit_new", "top": 8, "grid": { "col": 7, "row": 1, "colSpan": 6, "rowSpan": 8 } }
              ] },
            { "id": "outlet", "title": { "zh": "支行轮播", "en": "Outlet by outlet" }, "dwellSeconds": 30, "cycle": { "level": "subbranch" },
              "widgets": [
                { "id": "outlet-managers", "type": "leaderboard", "level": "manager", "metric": "composite", "top": 8, "grid": { "col": 1, "row": 1, "colSpan": 12, "rowSpan": 8 } }
              ] }
          ]
        }
        """;
}

/// <summary>总行 → 一级分行 → 二级分行 → 支行 → 客户经理.</summary>
public sealed class NationalBankApp5() : NationalBankApp(5);

/// <summary>With 县域支行 between 二级分行 and 支行.</summary>
public sealed class NationalBankApp6() : NationalBankApp(6);

/// <summary>总行 → 支行 → 客户经理.</summary>
public sealed class NationalBankApp3() : NationalBankApp(3);
