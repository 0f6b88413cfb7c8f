using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Org;
using WarRoom.Web.Components.DrillDown;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// The ranking grid rendered alone with bUnit: BR01's sub-branches SB0101… in rank order, a zh-CN desk, and every
/// view the grid hands to the page for the address kept in <see cref="Moves"/>.
/// </summary>
public abstract class ChildrenGridContext : BunitContext
{
    protected ChildrenGridContext()
    {
        Services.AddLogging();
        Services.AddSingleton<SharedHtml>();
    }

    protected List<GridView> Moves { get; } = [];

    protected IRenderedComponent<ChildrenGrid> Render(ChildrenTable table, GridView view) =>
        Render<ChildrenGrid>(p => p
            .Add(x => x.Table, table)
            .Add(x => x.Kpis, [])
            .Add(x => x.View, view)
            .Add(x => x.ViewChanged, v => Moves.Add(v))
            .AddCascadingValue(new Desk(new UiLanguage("zh"), null, new ClaimsPrincipal(), "http://localhost/units/BR01", new Dictionary<string, string>(), OrgLevels.Regional)));

    protected static List<string> Units(IRenderedComponent<ChildrenGrid> grid) =>
        [.. grid.FindAll(".ranking-grid tbody tr").Select(tr => tr.GetAttribute("data-unit")!)];

    protected static string Code(int i) => $"SB01{i:00}";

    /// <summary>Completion falls with the rank; the forecast rises down the ranks and last year falls, some of each missing.</summary>
    protected static ChildrenTable Table(int count, ChildrenView? view = null)
    {
        var rows = Enumerable.Range(1, count)
            .Select(i => new RankingRowDto(i, Code(i), "支行" + i, "Sub-branch " + i, "BR01", "A", 100 - i, 100, (100 - i) / 100.0, 0.01 * (50 - i), 100 - i, 0,
                i % 10 == 1 ? null : 0.96 + (i / 100.0), i % 2 == 1 ? null : 1 - (i / 100.0)))
            .ToList();
        var ranking = new RankingDto(DateTimeOffset.Parse("2027-02-22T10:00:00+08:00"), "subbranch", "deposit_new", "completion", "BR01", "campaign", 0.5, 0.5, count, rows);
        return new ChildrenTable("BR01", view ?? new ChildrenView(), ranking, rows, ["subbranch", "manager"], ["A"]);
    }
}
