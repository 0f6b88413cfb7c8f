using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Notify.Schedule;
using WarRoom.Web.Features.Notify.WeCom;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Features.Notify;

/// <summary>
/// POST /api/v1/notifications/briefings/{unit} — a leader or a branch head queues a unit's 晨报 now, to the bots
/// whose group is that unit (the briefing goes to the group it is about). Today's briefing by the business clock,
/// or the last one after the campaign. Audited as <c>notify.briefing-now</c>.
/// </summary>
public static class SendBriefingNow
{
    public const string AuditAction = "notify.briefing-now";

    public sealed record Command(Viewer Viewer, string Unit) : IRequest<Response>;

    public sealed record Response(string Unit, DateOnly Date, IReadOnlyList<string> Bots);

    public sealed class Handler(OrgTree org, WeComBots bots, BriefingQueue briefings, Campaign campaign, TimeProvider clock, IAuditLog audit)
        : IRequestHandler<Command, Response>
    {
        public async Task<Response> Handle(Command request, CancellationToken cancellationToken)
        {
            var viewer = request.Viewer;
            var unit = viewer.Open(org, request.Unit);
            if (viewer.Role is not (Roles.Leader or Roles.BranchHead))
            {
                var refusal = $"role '{viewer.Role}' may not send briefings (leader or branch_head only)";
                await Audit(viewer, unit.Code, false, refusal, cancellationToken);
                throw new ForbiddenException(refusal);
            }

            if (!BriefingWriter.Writes(unit))
            {
                throw new NotFoundException($"briefings are written for branches and sub-branches; '{unit.Code}' is a {unit.Level.ToWire()}");
            }

            var targets = bots.All.Where(b => b.Scope == unit).ToList();
            if (targets.Count == 0)
            {
                throw new NotFoundException($"no WeCom group bot is configured for {unit.Code} (WarRoom:Notify:WeCom:Bots:<name>:Scope = {unit.Code})");
            }

            var date = Clamp(campaign.LocalDate(clock.GetUtcNow()), BriefingWriter.FirstDate(campaign), BriefingWriter.LastDate(campaign));
            var requestId = $"{date:yyyy-MM-dd}-{Guid.NewGuid():N}"[..27];
            foreach (var bot in targets)
            {
                briefings.QueueNow(bot, date, requestId);
            }

            await Audit(viewer, unit.Code, true, $"briefing of {date:yyyy-MM-dd} queued for {string.Join(", ", targets.Select(b => b.Name))}", cancellationToken);
            return new Response(unit.Code, date, [.. targets.Select(b => b.Name)]);
        }

        private Task Audit(Viewer viewer, string unit, bool succeeded, string detail, CancellationToken ct) =>
            audit.WriteAsync(new AuditEntry(TimeProvider.System.GetUtcNow(), viewer.Name, AuditAction, unit, succeeded, detail), ct);

        private static DateOnly Clamp(DateOnly date, DateOnly first, DateOnly last) => date < first ? first : date > last ? last : date;
    }
}
