using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

/// <summary>The HTTP side of the Influx adapter against a scripted handler: auth, gzip, error answers.</summary>
public sealed class InfluxHttpTests
{
    private static InfluxHttp Client(StubHandler handler, Action<InfluxOptions>? configure = null)
    {
        var options = new InfluxOptions { Url = "http://influx.test:8086", Database = "warroom" };
        configure?.Invoke(options);
        return new InfluxHttp(options, NullLogger.Instance, handler);
    }

    [Fact]
    public async Task Token_auth_and_gzip_bodies_go_to_write_with_ns_precision()
    {
        var handler = new StubHandler((_, _) => StubHandler.Status(HttpStatusCode.NoContent));
        using var http = Client(handler, o => o.Token = "secret-token");

        await http.WriteAsync("kpi_event,kpi=a,unit=M1 value=1 1\n"u8.ToArray(), CancellationToken.None);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("Token secret-token", request.Headers.Authorization!.ToString());
        Assert.Equal("/write?db=warroom&precision=ns", request.RequestUri!.PathAndQuery);
        Assert.Contains("gzip", request.Content!.Headers.ContentEncoding);
        Assert.Equal("kpi_event,kpi=a,unit=M1 value=1 1\n", body);
    }

    [Fact]
    public async Task Username_and_password_use_basic_auth()
    {
        var handler = new StubHandler((_, _) => StubHandler.Status(HttpStatusCode.NoContent));
        using var http = Client(handler, o => (o.Username, o.Password) = ("warroom", "p@ss"));

        await http.WriteAsync("x value=1 1\n"u8.ToArray(), CancellationToken.None);

        Assert.Equal("Basic d2Fycm9vbTpwQHNz", handler.Requests[0].Request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task A_server_refusing_gzip_gets_plain_bodies_from_then_on()
    {
        var handler = new StubHandler((r, _) => r.Content!.Headers.ContentEncoding.Count > 0
            ? StubHandler.Status(HttpStatusCode.UnsupportedMediaType)
            : StubHandler.Status(HttpStatusCode.NoContent));
        using var http = Client(handler);

        await http.WriteAsync("x value=1 1\n"u8.ToArray(), CancellationToken.None);
        await http.WriteAsync("x value=2 2\n"u8.ToArray(), CancellationToken.None);

        Assert.False(http.GzipEnabled);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("x value=2 2\n", handler.Requests[2].Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, typeof(InfluxUnavailableException))]
    [InlineData(HttpStatusCode.TooManyRequests, typeof(InfluxUnavailableException))]
    [InlineData(HttpStatusCode.Unauthorized, typeof(InfluxUnavailableException))]
    [InlineData(HttpStatusCode.BadRequest, typeof(InfluxRequestException))]
    public async Task Write_failures_are_told_apart(HttpStatusCode status, Type expected)
    {
        var handler = new StubHandler((_, _) => StubHandler.Status(status, """{"error":"unable to parse 'x': bad"}"""));
        using var http = Client(handler);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => http.WriteAsync("x\n"u8.ToArray(), CancellationToken.None));

        Assert.IsType(expected, ex);
        Assert.Contains(((int)status).ToString(), ex.Message);
        Assert.Contains("unable to parse", ex.Message);
    }

    [Fact]
    public async Task A_missing_database_is_created_and_the_write_retried()
    {
        var handler = new StubHandler((r, n) => n == 1
            ? StubHandler.Status(HttpStatusCode.NotFound, """{"error":"database not found: \"warroom\""}""")
            : r.RequestUri!.AbsolutePath == "/query" ? StubHandler.Status(HttpStatusCode.OK, """{"results":[{"statement_id":0}]}""")
            : StubHandler.Status(HttpStatusCode.NoContent));
        using var http = Client(handler);

        await http.WriteAsync("x value=1 1\n"u8.ToArray(), CancellationToken.None);

        Assert.Equal(["/write", "/ping", "/query", "/write"], handler.Requests.Select(r => r.Request.RequestUri!.AbsolutePath));
        Assert.Equal(HttpMethod.Post, handler.Requests[2].Request.Method);
        Assert.Equal("q=CREATE+DATABASE+%22warroom%22", handler.Requests[2].Body);
    }

    [Theory]
    [InlineData("""{"error":"error parsing query: found EOF"}""", "found EOF")]
    [InlineData("""{"results":[{"statement_id":0,"error":"database not found: x"}]}""", "database not found")]
    public async Task Query_errors_in_the_answer_become_exceptions(string answer, string message)
    {
        var handler = new StubHandler((_, _) => StubHandler.Status(HttpStatusCode.OK, answer));
        using var http = Client(handler);

        var ex = await Assert.ThrowsAsync<InfluxRequestException>(() => http.QueryAsync("SELECT 1", CancellationToken.None));

        Assert.Contains(message, ex.Message);
        Assert.Equal(HttpMethod.Get, handler.Requests[0].Request.Method);
    }
}
