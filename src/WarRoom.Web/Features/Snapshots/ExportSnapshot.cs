using FluentValidation;
using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Export;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>
/// GET /api/v1/snapshots/{id}/export?format=xlsx|csv|pdf|png[&amp;level=] — the snapshot as a file, audited.
/// <c>level</c> narrows a CSV or PDF to one level; a CSV without it holds every level with a 层级 column.
/// </summary>
public static class ExportSnapshot
{
    private static readonly string[] NarrowedByLevel = ["csv", "pdf"];

    public sealed record Query(Viewer Viewer, long Id, string? Format, string? Level) : IRequest<ExportFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(OrgTree org)
        {
            RuleFor(q => q.Format).Must(f => f is not null && SnapshotExporters.Formats.Contains(f)).OverridePropertyName("format")
                .WithMessage(q => $"format must be one of {string.Join(", ", SnapshotExporters.Formats)}, got '{q.Format}'");
            RuleFor(q => q.Level).Must(l => l is null || (org.Levels.TryParse(l, out var level) && !level.IsRoot)).OverridePropertyName("level")
                .WithMessage(q => $"level must be {org.Levels.Describe(org.Levels.BelowRoot)}, got '{q.Level}'");
            RuleFor(q => q.Level).Must((q, l) => l is null || q.Format is null || NarrowedByLevel.Contains(q.Format)).OverridePropertyName("level")
                .WithMessage(q => $"level applies to csv and pdf only (an {q.Format} always holds every level)");
        }
    }

    public sealed class Handler(OrgTree org, SnapshotStore store, SnapshotExporters exporters, IAuditLog audit) : IRequestHandler<Query, ExportFile>
    {
        public async Task<ExportFile> Handle(Query request, CancellationToken cancellationToken)
        {
            var snapshot = SnapshotAccess.Load(store, org, request.Viewer, request.Id);
            if (request.Level is { } level && snapshot.Level(level) is null)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure("level",
                    $"snapshot {snapshot.Id} covers {snapshot.Scope.Code} and has no {level} level (it has {string.Join(", ", snapshot.Levels.Select(l => l.Level))})")]);
            }

            var file = await exporters.ExportAsync(snapshot, request.Format!, request.Level, cancellationToken);
            await audit.WriteAsync(request.Viewer.Name, SnapshotAudit.Export, $"snapshot {snapshot.Id} ({snapshot.Scope.Code})", true,
                $"{request.Format}{(request.Level is null ? "" : " level " + request.Level)}, {file.Content.Length} bytes", cancellationToken);
            return file;
        }
    }
}
