using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>Problems with the request as a whole: precise status and message, and nothing of the body stored.</summary>
public sealed class IngestBodyTests : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private readonly WarRoomAppFactory app;
    private readonly HttpClient client;

    public IngestBodyTests(WarRoomAppFactory app)
    {
        this.app = app;
        client = app.ClientWith(WarRoomAppFactory.IngestKey);
    }

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("{ \"events\": [ { \"id\": \"a\" ", "malformed JSON at line 1, byte")]
    [InlineData("{\n  \"events\": [\n    { \"id\": \"a\", }\n  ]\n}", "malformed JSON at line 3")]
    [InlineData("[ { \"id\": \"a\" } ]", "the body must be a JSON object with an \"events\" array; found StartArray at line 1, byte 1")]
    [InlineData("{ \"events\": { } }", "\"events\" must be an array; found StartObject at line 1, byte 13")]
    [InlineData("{ \"items\": [] }", "no \"events\" property found")]
    [InlineData("", "malformed JSON at line 1, byte 1")]
    public async Task A_malformed_or_misshapen_body_is_400_naming_the_position(string body, string message)
    {
        var response = await client.PostAsync("/api/v1/events", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_of_a_malformed_body_is_stored_even_its_good_events()
    {
        var id = "must-not-land-" + Guid.NewGuid().ToString("N");
        var body = (await Batch(Event(id)).ReadAsStringAsync()).TrimEnd('}') + ", ]";
        var response = await client.PostAsync("/api/v1/events", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await PostAsync(client, Event(id));
        Assert.Equal(1, again["accepted"]!.GetValue<int>());
    }

    [Fact]
    public async Task More_than_10000_events_is_413_and_nothing_is_stored()
    {
        var prefix = "big-" + Guid.NewGuid().ToString("N") + "-";
        var events = Enumerable.Range(0, 10_001).Select(i => (JsonNode)Event(prefix + i)).ToArray();
        var response = await client.PostAsync("/api/v1/events", Batch(events));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 10000 events", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var again = await PostAsync(client, Event(prefix + 0));
        Assert.Equal(1, again["accepted"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_body_over_8_MiB_is_413()
    {
        var padding = new string(' ', 8 * 1024 * 1024);
        var response = await client.PostAsync("/api/v1/events", Json("{ \"events\": [] " + padding + "}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 8388608 bytes", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wrong_content_type_is_415()
    {
        var response = await client.PostAsync("/api/v1/events", new StringContent("{ \"events\": [] }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Content-Type must be application/json", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key-at-all-000000")]
    public async Task No_key_or_a_wrong_key_is_401(string? key)
    {
        using var anonymous = key is null ? app.CreateClient() : app.ClientWith(key);
        var response = await anonymous.PostAsync("/api/v1/events", Batch(Event("anon")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_read_token_cannot_ingest_and_an_ingest_key_cannot_read()
    {
        using var reader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/v1/events", Batch(Event("by-reader")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/org")).StatusCode);
    }

    [Fact]
    public async Task A_csv_import_takes_the_good_lines_and_names_the_bad_ones_by_line()
    {
        var id = "csv-" + Guid.NewGuid().ToString("N");
        var csv = $"id,time,unit,kpi,value\n{id}-1,2027-02-22T09:00:00+08:00,M00002,fund_sales,12.5\n{id}-2,2027-02-22T09:00:00+08:00,M00002,nope,1\n\"{id}-3\",2027-02-21T16:00:00+08:00,SB0101,customers_new,3\n";
        var response = await client.PostAsync("/api/v1/events/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var answer = await AnswerAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, answer["accepted"]!.GetValue<int>());
        Assert.Equal("line 3: unknown kpi 'nope'", ErrorAt(answer, 1));
    }

    [Fact]
    public async Task A_csv_with_the_wrong_header_is_400()
    {
        var response = await client.PostAsync("/api/v1/events/import", new StringContent("when,who,what\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 1: the header must be 'id,time,unit,kpi,value'", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
