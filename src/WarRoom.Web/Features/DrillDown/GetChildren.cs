using FluentValidation;
using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Features.Search;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// The ranking table of /units/{code} and its CSV: the ranking of the unit's children (or a deeper level) inside the
/// unit, filtered by <see cref="ChildrenView.Q"/> and sorted by a column. Null for a unit with nothing below it.
/// </summary>
public static class GetChildren
{
    public sealed record Query(Viewer Viewer, string Code, ChildrenView View) : IRequest<ChildrenTable?>, IReadsAggregates;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.View.Sort).Must(s => s is null || ChildrenView.SortKeys.Contains(s))
                .OverridePropertyName("sort").WithMessage(q => $"sort '{q.View.Sort}' must be one of {string.Join(", ", ChildrenView.SortKeys)}");
            RuleFor(q => q.View.Dir).Must(d => d is null or "asc" or "desc")
                .OverridePropertyName("dir").WithMessage(q => $"dir '{q.View.Dir}' must be asc or desc");
            RuleFor(q => q.View.Q).MaximumLength(50).OverridePropertyName("q").WithMessage("q must be at most 50 characters");
        }
    }

    public sealed class Handler(OrgTree org, Campaign campaign, DimensionCatalog dimensions, IMediator mediator) : IRequestHandler<Query, ChildrenTable?>
    {
        public async Task<ChildrenTable?> Handle(Query request, CancellationToken cancellationToken)
        {
            var unit = request.Viewer.Open(org, request.Code);
            if (unit.Children.Count == 0)
            {
                return null;
            }

            // The campaign's sum KPIs, the ones a tag can cut (and the metric select offers).
            IReadOnlyList<string> tagMetrics = [.. campaign.Kpis.Select(s => s.Kpi).Where(k => k.Aggregation == KpiAggregation.Sum).Select(k => k.Code)];
            var view = ChildrenTable.ForTag(request.View, tagMetrics);
            // Through the mediator, so the ranking's own validation names a bad metric, basis, window or level.
            var ranking = await mediator.Send(new GetRankings.Query(
                request.Viewer, view.Level, view.Metric, view.Basis, unit.Code, view.Window, view.From, view.To, null, view.PeerGroup, Tag: view.Tag), cancellationToken);
            org.Levels.TryParse(ranking.Level, out var level);
            var matcher = new UnitMatcher(view.Q);
            var rows = ranking.Items.Where(r => matcher.Matches(r.Unit, r.Name, r.NameEn));
            return new ChildrenTable(
                unit.Code, view, ranking, ChildrenOrder.Apply(rows, view.SortKey, view.Descending),
                [.. org.Levels.Where(l => l > unit.Level).Select(l => l.ToWire())],
                [.. org.UnitsAt(level, unit).Select(u => u.PeerGroup).Distinct().Order(StringComparer.Ordinal)])
            {
                Tags = tagMetrics.Count == 0 ? [] : [.. dimensions.All.SelectMany(d => d.Values.Select(v => new TagChoice($"{d.Code}:{v.Code}", d.Name, v.Name)))],
                TagMetrics = tagMetrics,
            };
        }
    }
}
