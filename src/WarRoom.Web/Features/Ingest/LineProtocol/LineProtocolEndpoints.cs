using MediatR;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Security;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.LineProtocol;

/// <summary>
/// The InfluxDB write API for Telegraf and InfluxDB clients: v1 <c>/write?db=…&amp;precision=…</c> and v2
/// <c>/api/v2/write?bucket=…&amp;precision=…</c> (db, bucket and org are accepted and ignored: WarRoom has one
/// campaign). 204 when every line was taken (a duplicate is taken: it is already stored); 400 with
/// <c>error</c> "partial write: …" naming each bad line, the good lines stored, as InfluxDB answers.
/// </summary>
public static class LineProtocolEndpoints
{
    /// <summary>Bad lines named in one answer; a batch of 5,000 bad lines must not make a megabyte of error.</summary>
    private const int NamedLines = 20;

    public static IEndpointRouteBuilder MapLineProtocol(this IEndpointRouteBuilder app)
    {
        foreach (var path in new[] { LineProtocolPaths.V1, LineProtocolPaths.V2 })
        {
            app.MapPost(path, Write).RequireAuthorization(Policies.Ingest).RequireRateLimiting(IngestRateLimitPolicy.Name).WithTags("Ingest");
        }

        return app;
    }

    private static async Task<IResult> Write(HttpContext http, IMediator mediator, IOptions<IngestOptions> options, CancellationToken ct)
    {
        var precisionText = http.Request.Query["precision"].ToString();
        if (LinePrecision.Parse(precisionText) is not { } precision)
        {
            return Problem(StatusCodes.Status400BadRequest, $"precision '{EventChecks.Shorten(precisionText)}' must be ns, us, ms, s, m or h");
        }

        RequestBody? body = null;
        try
        {
            body = await RequestBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, ct);
            if (body.TooLarge)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, $"the body (decoded) is larger than {options.Value.MaxBodyBytes} bytes");
            }

            var source = http.User.Identity?.Name ?? "?";
            var response = await mediator.Send(new WriteLineProtocol.Command(source, body.Memory, precision), ct);
            return response.Rejected.Count == 0 ? Results.NoContent() : Problem(StatusCodes.Status400BadRequest, PartialWrite(response.Rejected));
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

    private static string PartialWrite(IReadOnlyList<string> rejected)
    {
        var named = string.Join("; ", rejected.Take(NamedLines));
        var more = rejected.Count > NamedLines ? $"; and {rejected.Count - NamedLines} more" : string.Empty;
        return $"partial write: {named}{more} dropped={rejected.Count}";
    }

    /// <summary>problem+json that InfluxDB clients also read: v1 shows <c>error</c>, v2 <c>code</c> and <c>message</c>.</summary>
    private static IResult Problem(int status, string detail) => Results.Problem(
        detail: detail, statusCode: status,
        extensions: new Dictionary<string, object?> { ["error"] = detail, ["message"] = detail, ["code"] = status == 413 ? "request too large" : "invalid" });
}
