using Microsoft.Extensions.Time.Testing;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Guidance.FollowUp;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Seed;

namespace WarRoom.Web.Tests.Guidance;

/// <summary>
/// The guidance feature's services wired by hand over the committed seed data, without a host (the in-memory host
/// needs the aggregates registered, which lands with the storage work): the same objects AddWarRoomGuidance makes.
/// </summary>
internal sealed class GuidanceWorld : IDisposable
{
    /// <summary>Monday 2027-02-22 10:00 in Shanghai, as the app factory freezes it.</summary>
    public static readonly DateTimeOffset Now = new(2027, 2, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private long seq;

    public GuidanceWorld()
    {
        var source = new FileSeedSource(FindSeedFolder());
        Seed = SeedLoader.Load(source);
        Templates = GuidanceTemplatesFile.Parse(source.Read(GuidanceTemplatesFile.Name), Seed.Kpis, Seed.Campaign);
        Aggregates = new KpiAggregates(Seed.Org, Seed.Kpis, Seed.Campaign);
        Clock = new FakeTimeProvider(Now);
        Generator = new GuidanceGenerator(new Ranker(Aggregates), Templates);
        FollowUps = new FollowUpBook(new FollowUpStore(Path.Combine(Directory.CreateTempSubdirectory("warroom-followup-").FullName, "followup.db")));
        Cache = new GuidanceCache(Generator, Aggregates, Clock, FollowUps, Seed.Org, Microsoft.Extensions.Logging.Abstractions.NullLogger<GuidanceCache>.Instance);
        Briefings = new BriefingWriter(Generator);
    }

    public SeedData Seed { get; }
    public GuidanceTemplates Templates { get; }
    public KpiAggregates Aggregates { get; }
    public FakeTimeProvider Clock { get; }
    public GuidanceGenerator Generator { get; }
    public GuidanceCache Cache { get; }
    public FollowUpBook FollowUps { get; }
    public BriefingWriter Briefings { get; }

    public Viewer ViewerOf(string scope) => new("test", Roles.Reader, Seed.Org.Find(scope)!);

    public GetGuidance.Handler GuidanceHandler() => new(Seed.Org, Seed.Campaign, Cache, Clock);

    public GetBriefing.Handler BriefingHandler() => new(Seed.Org, Seed.Campaign, Briefings, Clock);

    public void Book(string unit, string kpi, DateTimeOffset time, double value) => Aggregates.Apply(new EventRecord(
        ++seq, "t" + seq, time.ToUnixTimeMilliseconds(), Seed.Org.Find(unit)!.Index, Seed.Kpis.Find(kpi)!.Index, value));

    public void Dispose() => Aggregates.Dispose();

    private static string FindSeedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WarRoom.sln")))
            {
                return Path.Combine(dir.FullName, "seed-data");
            }
        }

        throw new DirectoryNotFoundException("no seed-data/ beside WarRoom.sln above " + AppContext.BaseDirectory);
    }
}
