using MediatR;
using Microsoft.Extensions.Options;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest;

/// <summary>POST /api/v1/events and /events/import: check every event, keep the good ones, answer for each.</summary>
public static class IngestEvents
{
    public enum BodyFormat
    {
        Json,
        Csv,
    }

    /// <summary>The raw body (already bounded by the endpoint) and who sent it.</summary>
    public sealed record Command(string Source, ReadOnlyMemory<byte> Body, BodyFormat Format) : IRequest<Response>;

    public sealed record Response(int Accepted, int Duplicates, IReadOnlyList<int> DuplicateIndexes, IReadOnlyList<Rejection> Rejected);

    public sealed record Rejection(int Index, string? Id, string Error);

    public sealed class Handler(
        OrgTree org, KpiCatalog kpis, Campaign campaign, DimensionCatalog dimensions, TimeProvider clock, IngestPipeline pipeline,
        IOptions<IngestOptions> options, WarRoomMetrics metrics) : IRequestHandler<Command, Response>
    {
        public async Task<Response> Handle(Command request, CancellationToken cancellationToken)
        {
            var checks = new EventChecks(org, kpis, campaign, clock.GetUtcNow(), options.Value.MaxClockSkew) { Dimensions = dimensions };
            var max = options.Value.MaxEventsPerRequest;
            var events = request.Format == BodyFormat.Json
                ? JsonEventReader.Read(request.Body.Span, checks, max)
                : CsvEventReader.Read(request.Body.Span, checks, max);
            try
            {
                BatchDuplicates.Reject(events);
                var outcome = await pipeline.SubmitAsync(events);
                var rejected = new List<Rejection>();
                foreach (var e in events)
                {
                    if (!e.IsValid)
                    {
                        rejected.Add(new Rejection(e.Index, EventChecks.Echo(e.Id), e.Error!));
                    }
                }

                metrics.CountIngest("accepted", outcome.Accepted);
                metrics.CountIngest("duplicate", outcome.DuplicateIndexes.Count);
                metrics.CountIngest("rejected", rejected.Count);
                return new Response(outcome.Accepted, outcome.DuplicateIndexes.Count, outcome.DuplicateIndexes, rejected);
            }
            finally
            {
                // SubmitAsync has no cancellation: once it returned or threw, the pipeline no longer reads the list.
                EventLists.Return(events);
            }
        }
    }
}
