using System.Net.Http.Headers;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Org;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>
/// Open desk pages share one drill-down answer per view and change (what keeps a live page's server memory small):
/// the same object for two people with the same role and scope, never across scopes, and a new one after an event.
/// </summary>
public sealed class DrillDownCacheTests : IAsyncLifetime
{
    private readonly WarRoomAppFactory app = WarRoomAppFactory.With();

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task Two_branch_heads_of_one_branch_share_the_answer_until_an_event_moves_it()
    {
        var org = app.Services.GetRequiredService<OrgTree>();
        var view = new ChildrenView(Level: "manager");
        var first = await Send(new Viewer("bhead.a", Roles.BranchHead, org.Find("BR01")!), "BR01", view);
        var second = await Send(new Viewer("bhead.b", Roles.BranchHead, org.Find("BR01")!), "BR01", view);
        Assert.Same(first, second);

        // A leader sees the same unit through a wider scope: its own answer, never the branch head's object.
        var leader = await Send(new Viewer("leader", Roles.Leader, org.Root), "BR01", view);
        Assert.NotSame(first, leader);

        using var ingest = app.CreateClient();
        ingest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.IngestKey);
        await PostAsync(ingest, Event("cache-1", unit: "M00001", value: 7));
        var after = first;
        for (var i = 0; i < 100 && ReferenceEquals(after, first); i++)
        {
            await Task.Delay(50); // the event is acknowledged once durable; the aggregates take it a moment later
            after = await Send(new Viewer("bhead.a", Roles.BranchHead, org.Find("BR01")!), "BR01", view);
        }

        Assert.NotSame(first, after);
        Assert.Equal(first.Unit.Kpis.Single(k => k.Kpi == "deposit_new").Value + 7, after.Unit.Kpis.Single(k => k.Kpi == "deposit_new").Value, 6);
    }

    [Fact]
    public async Task A_refusal_is_not_kept_for_the_next_caller()
    {
        var org = app.Services.GetRequiredService<OrgTree>();
        var outsider = new Viewer("bhead.br02", Roles.BranchHead, org.Find("BR02")!);
        await Assert.ThrowsAsync<ForbiddenException>(() => Send(outsider, "BR01", new ChildrenView()));
        await Assert.ThrowsAsync<ForbiddenException>(() => Send(outsider, "BR01", new ChildrenView()));
        Assert.NotNull(await Send(new Viewer("bhead.br01", Roles.BranchHead, org.Find("BR01")!), "BR01", new ChildrenView()));
    }

    private Task<GetDrillDown.Response> Send(Viewer viewer, string code, ChildrenView view) =>
        app.Services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Send(new GetDrillDown.Query(viewer, code, view));
}
