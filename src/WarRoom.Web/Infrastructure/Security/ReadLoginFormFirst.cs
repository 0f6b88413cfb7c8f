using Microsoft.AspNetCore.Http.Features;

namespace WarRoom.Web.Infrastructure.Security;

/// <summary>
/// Reads the sign-in form before the rate limiter runs: its partition needs the login typed, and a partitioner
/// cannot await the body. The form is small, so the body is capped before it is read.
/// </summary>
public sealed class ReadLoginFormFirst(RequestDelegate next)
{
    private const long MaxLoginBody = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase)
            && context.Request.HasFormContentType)
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = MaxLoginBody;
            }

            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("malformed form: " + e.Message, context.RequestAborted);
                return;
            }
        }

        await next(context);
    }
}
