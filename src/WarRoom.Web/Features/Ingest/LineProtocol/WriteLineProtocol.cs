using MediatR;
using Microsoft.Extensions.Options;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.LineProtocol;

/// <summary>
/// POST /write and /api/v2/write: line protocol through the same checks, duplicate rules and pipeline as
/// /api/v1/events (an accepted point is durable before the answer). The answer lists the bad lines; the good
/// ones are taken whatever the others hold, as InfluxDB's partial write does.
/// </summary>
public static class WriteLineProtocol
{
    public sealed record Command(string Source, ReadOnlyMemory<byte> Body, LinePrecision Precision) : IRequest<Response>;

    public sealed record Response(int Accepted, int Duplicates, IReadOnlyList<string> Rejected);

    public sealed class Handler(
        OrgTree org, KpiCatalog kpis, Campaign campaign, DimensionCatalog dimensions, TimeProvider clock, IngestPipeline pipeline,
        IOptions<IngestOptions> options, WarRoomMetrics metrics) : IRequestHandler<Command, Response>
    {
        public async Task<Response> Handle(Command request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var checks = new EventChecks(org, kpis, campaign, now, options.Value.MaxClockSkew) { Dimensions = dimensions };
            var events = new LineProtocolReader(checks, request.Precision, now).Read(request.Body.Span, options.Value.MaxEventsPerRequest);
            try
            {
                BatchDuplicates.Reject(events);
                var outcome = await pipeline.SubmitAsync(events);
                var rejected = events.Where(e => !e.IsValid).Select(e => e.Error!).ToList();
                metrics.CountIngest("accepted", outcome.Accepted);
                metrics.CountIngest("duplicate", outcome.DuplicateIndexes.Count);
                metrics.CountIngest("rejected", rejected.Count);
                return new Response(outcome.Accepted, outcome.DuplicateIndexes.Count, rejected);
            }
            finally
            {
                EventLists.Return(events);
            }
        }
    }
}
