using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Features.Snapshots.Weekly;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>
/// The weekly snapshot on a fake business clock: it fires once at Monday 08:30 Asia/Shanghai, not again later that
/// week, not again after a restart over the same data directory, and again the next Monday.
/// </summary>
public sealed class WeeklySnapshotServiceTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    [Fact]
    public async Task It_fires_once_at_monday_0830_and_not_twice_across_a_restart()
    {
        var data = Directory.CreateTempSubdirectory("warroom-weekly-").FullName;
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 2, 22, 8, 0, 0, Cst));
        await using (var app = new FakeClockApp(clock, data))
        {
            var service = await app.StartAsync();
            await WaitForCheckAsync(service, clock);
            Assert.Empty(app.Store.List());

            // Before the slot the service sleeps on a fake-clock timer: nothing may fire, so a moment's grace is enough.
            clock.Advance(TimeSpan.FromMinutes(29));
            await Task.Delay(200);
            Assert.Empty(app.Store.List());

            clock.Advance(TimeSpan.FromMinutes(1));
            await WaitForCheckAsync(service, clock);
            var taken = Assert.Single(app.Store.List());
            Assert.Equal("2027-W08 周例会", taken.Label);
            Assert.Equal(("HQ", "weekly"), (taken.Scope, taken.Trigger));
            Assert.Equal(new DateTimeOffset(2027, 2, 22, 8, 30, 0, Cst), taken.AsOf);

            clock.Advance(TimeSpan.FromHours(2));
            await WaitForCheckAsync(service, clock);
            Assert.Single(app.Store.List());
        }

        var restarted = new FakeTimeProvider(new DateTimeOffset(2027, 2, 22, 9, 45, 0, Cst));
        await using (var app = new FakeClockApp(restarted, data))
        {
            var service = await app.StartAsync();
            await WaitForCheckAsync(service, restarted);
            Assert.Single(app.Store.List());

            restarted.Advance(new DateTimeOffset(2027, 3, 1, 8, 30, 0, Cst) - restarted.GetUtcNow());
            await WaitForCheckAsync(service, restarted);
            Assert.Equal(["2027-W09 周例会", "2027-W08 周例会"], app.Store.List().Select(s => s.Label));
        }
    }

    [Fact]
    public async Task A_slot_missed_while_down_is_taken_at_start_within_the_catch_up_window_only()
    {
        var late = new FakeTimeProvider(new DateTimeOffset(2027, 2, 22, 20, 0, 0, Cst));
        await using (var app = new FakeClockApp(late, Directory.CreateTempSubdirectory("warroom-weekly-").FullName))
        {
            await WaitForCheckAsync(await app.StartAsync(), late);
            Assert.Equal("2027-W08 周例会", Assert.Single(app.Store.List()).Label);
        }

        var tooLate = new FakeTimeProvider(new DateTimeOffset(2027, 2, 23, 9, 0, 0, Cst));
        await using (var app = new FakeClockApp(tooLate, Directory.CreateTempSubdirectory("warroom-weekly-").FullName))
        {
            await WaitForCheckAsync(await app.StartAsync(), tooLate);
            Assert.Empty(app.Store.List());
        }
    }

    /// <summary>Waits (in real time) until the service has looked at the fake clock's current time.</summary>
    private static async Task WaitForCheckAsync(WeeklySnapshotService service, FakeTimeProvider clock)
    {
        var now = clock.GetUtcNow();
        for (var i = 0; i < 400; i++)
        {
            if (service.CheckedAt >= now)
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"the weekly service did not check the clock at {now:O} (last check {service.CheckedAt:O})");
    }

    private sealed class FakeClockApp(FakeTimeProvider clock, string data) : WarRoomAppFactory(data, new Dictionary<string, string?>
    {
        ["WarRoom:Snapshots:Weekly:Enabled"] = "true",
    })
    {
        public SnapshotStore Store => Services.GetRequiredService<SnapshotStore>();

        public async Task<WeeklySnapshotService> StartAsync()
        {
            await WaitUntilReadyAsync();
            return Services.GetRequiredService<WeeklySnapshotService>();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }
}
