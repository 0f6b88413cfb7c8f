using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Security;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Features.Ingest;

public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/events").RequireAuthorization(Policies.Ingest).RequireRateLimiting(IngestRateLimitPolicy.Name).WithTags("Ingest");
        group.MapPost("/", (HttpContext http, IMediator m, IOptions<IngestOptions> o, CancellationToken ct) =>
            Ingest(http, m, o.Value, IngestEvents.BodyFormat.Json, "application/json", ct));
        group.MapPost("/import", (HttpContext http, IMediator m, IOptions<IngestOptions> o, CancellationToken ct) =>
            Ingest(http, m, o.Value, IngestEvents.BodyFormat.Csv, "text/csv", ct));
        return app;
    }

    private static async Task<Results<Ok<IngestEvents.Response>, ProblemHttpResult>> Ingest(
        HttpContext http, IMediator mediator, IngestOptions options, IngestEvents.BodyFormat format, string mediaType, CancellationToken ct)
    {
        if (!HasMediaType(http.Request, mediaType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {mediaType}, not '{http.Request.ContentType}'");
        }

        RequestBody? body = null;
        try
        {
            body = await RequestBody.ReadAsync(http.Request, options.MaxBodyBytes, ct);
            if (body.TooLarge)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, $"the body (decoded) is larger than {options.MaxBodyBytes} bytes");
            }

            var source = http.User.Identity?.Name ?? "?";
            var response = await mediator.Send(new IngestEvents.Command(source, body.Memory, format), ct);
            return TypedResults.Ok(response);
        }
        catch (BodyProblemException e)
        {
            return Problem(e.Status, e.Message);
        }
        finally
        {
            body?.Dispose();
        }
    }

    private static bool HasMediaType(HttpRequest request, string mediaType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) &&
        string.Equals(parsed.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status);
}
