using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Catalog;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Features.Search;
using WarRoom.Web.Features.Trends;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// The query layer itself (no HTTP in between): every request that returns units answers only inside the viewer's
/// subtree, and a request naming a unit outside it is refused. New unit-returning requests join the two lists.
/// </summary>
[Collection(SignedInCollection.Name)]
public sealed class QueryScopeTests(SignedInApp app)
{
    /// <summary>Each request with the unit codes its answer names.</summary>
    private static readonly Dictionary<string, Func<IMediator, Viewer, Task<IEnumerable<string>>>> Returning = new()
    {
        ["GetOrg"] = async (m, v) => (await m.Send(new GetOrg.Query(v))).Units.Select(u => u.Code),
        ["GetRankings subbranch"] = async (m, v) => (await m.Send(new GetRankings.Query(v, Level: "subbranch"))).Items.Select(i => i.Unit),
        ["GetRankings manager"] = async (m, v) => (await m.Send(new GetRankings.Query(v, Level: "manager"))).Items.Select(i => i.Unit),
        ["GetRankings manager peer A"] = async (m, v) => (await m.Send(new GetRankings.Query(v, Level: "manager", PeerGroup: "A"))).Items.Select(i => i.Unit),
        ["GetUnit"] = async (m, v) => Visible(await m.Send(new GetUnit.Query(v, v.Scope.Code))),
        ["GetTrend"] = async (m, v) => [(await m.Send(new GetTrend.Query(v, v.Scope.Code, "deposit_new", "1d"))).Unit],
        ["GetBoards"] = async (m, v) => (await m.Send(new GetBoards.Query(v))).Boards.Select(b => b.Scope),
        ["SearchUnits 张"] = async (m, v) => (await m.Send(new SearchUnits.Query(v, "张"))).Items.Select(h => h.Code),
        ["SearchUnits M00"] = async (m, v) => (await m.Send(new SearchUnits.Query(v, "M00"))).Items.Select(h => h.Code),
        ["GetChildren"] = async (m, v) => (await m.Send(new GetChildren.Query(v, v.Scope.Code, new ChildrenView())))?.Rows.Select(r => r.Unit) ?? [],
        ["GetChildren managers"] = async (m, v) => (await m.Send(new GetChildren.Query(v, v.Scope.Code, new ChildrenView(Level: "manager"))))?.Rows.Select(r => r.Unit) ?? [],
        ["GetDrillDown"] = async (m, v) => DrillDown(await m.Send(new GetDrillDown.Query(v, v.Scope.Code, new ChildrenView()))),
    };

    /// <summary>Each request that names one unit.</summary>
    private static readonly Dictionary<string, Func<IMediator, Viewer, string, Task>> Naming = new()
    {
        ["GetRankings scope"] = (m, v, code) => m.Send(new GetRankings.Query(v, Scope: code)),
        ["GetUnit"] = (m, v, code) => m.Send(new GetUnit.Query(v, code)),
        ["GetTrend"] = (m, v, code) => m.Send(new GetTrend.Query(v, code, "deposit_new", "1d")),
        ["GetChildren"] = (m, v, code) => m.Send(new GetChildren.Query(v, code, new ChildrenView())),
        ["GetDrillDown"] = (m, v, code) => m.Send(new GetDrillDown.Query(v, code, new ChildrenView())),
        ["ExportChildren"] = (m, v, code) => m.Send(new ExportChildren.Query(v, code, new ChildrenView(), false)),
    };

    public static TheoryData<string, string> ReturningCases() => Cross(Returning.Keys);

    public static TheoryData<string, string> NamingCases() => Cross(Naming.Keys);

    [Theory]
    [MemberData(nameof(ReturningCases))]
    public async Task A_request_returns_no_unit_outside_the_viewers_scope(string request, string viewerName)
    {
        var viewer = ViewerOf(viewerName);
        var codes = await Answer(() => Returning[request](Mediator(), viewer));

        Assert.All(codes, code => Assert.True(viewer.Sees(app.Org.Find(code)!), $"{request} showed {code} to {viewerName}"));
    }

    [Theory]
    [InlineData("branch_head BR02")]
    [InlineData("reader BR01")]
    [InlineData("manager M00001")]
    public async Task Every_viewer_gets_something_so_the_scope_test_is_not_vacuous(string viewerName)
    {
        var viewer = ViewerOf(viewerName);
        var total = 0;
        foreach (var request in Returning.Values)
        {
            total += (await Answer(() => request(Mediator(), viewer))).Count;
        }

        Assert.True(total > 0);
    }

    [Theory]
    [MemberData(nameof(NamingCases))]
    public async Task A_request_naming_a_unit_outside_the_scope_is_refused(string request, string viewerName)
    {
        var viewer = ViewerOf(viewerName);
        foreach (var code in Outside[viewerName])
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => Naming[request](Mediator(), viewer, code));
        }
    }

    private static readonly Dictionary<string, string[]> Outside = new()
    {
        ["branch_head BR02"] = ["HQ", "BR01", "SB0101", "M00001"],
        ["reader BR01"] = ["HQ", "BR02", "SB0201", "M00163"],
        ["manager M00001"] = ["SB0101", "M00002", "BR01", "HQ"],
    };

    private static TheoryData<string, string> Cross(IEnumerable<string> requests)
    {
        var data = new TheoryData<string, string>();
        foreach (var request in requests)
        {
            foreach (var viewer in Outside.Keys)
            {
                data.Add(request, viewer);
            }
        }

        return data;
    }

    private Viewer ViewerOf(string name)
    {
        var (role, scope) = (name.Split(' ')[0], name.Split(' ')[1]);
        return new Viewer(name, role, app.Org.Find(scope)!);
    }

    private IMediator Mediator() => app.App.Services.CreateScope().ServiceProvider.GetRequiredService<IMediator>();

    /// <summary>A request the viewer may not make at all (a manager asking for a ranking) shows nothing either.</summary>
    private static async Task<List<string>> Answer(Func<Task<IEnumerable<string>>> send)
    {
        try
        {
            return [.. await send()];
        }
        catch (ValidationException)
        {
            return [];
        }
    }

    private static IEnumerable<string> Visible(UnitDto unit) => [unit.Unit.Code, .. unit.Path.Where(c => c.Visible).Select(c => c.Code)];

    private static IEnumerable<string> DrillDown(GetDrillDown.Response page) =>
        [.. Visible(page.Unit), .. page.Children?.Rows.Select(r => r.Unit) ?? [], .. page.Trends.Select(t => t.Unit)];
}
