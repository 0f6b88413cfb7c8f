using System.Net;
using System.Net.Http.Headers;
using System.Text;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>
/// Text that is not Unicode, a field given twice, control characters: each rejects its own event with a reason
/// (never a 500 a retrying source would loop on), and the good event beside it is still taken.
/// </summary>
public sealed class UnicodeAndShapeTests : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private readonly WarRoomAppFactory app;
    private readonly HttpClient client;

    public UnicodeAndShapeTests(WarRoomAppFactory app)
    {
        this.app = app;
        client = app.ClientWith(WarRoomAppFactory.IngestKey);
    }

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> BadFields() => new()
    {
        { "\"id\": \"u-\\ud800\"", "id is not valid Unicode" },
        { "\"id\": \"u-\\udc00x\"", "id is not valid Unicode" },
        { "\"id\": \"u-\xFF\xFEz\"", "id is not valid UTF-8 (byte" },
        { "\"id\": \"u-\xC3\"", "id is not valid UTF-8 (byte" },
        { "\"id\": \"u-\\u0001ctl\"", "id holds a control character (U+0001) at position 3" },
        { "\"id\": \"u-del\\u007f\"", "id holds a control character (U+007F) at position 6" },
        { "\"id\": \"u-dup\", \"id\": \"u-dup2\"", "property 'id' appears more than once" },
        { "\"id\": \"u-unit\", \"unit\": \"M\\ud800\"", "unit is not valid Unicode" },
        { "\"id\": \"u-unit8\", \"unit\": \"M\xFF\"", "unit is not valid UTF-8 (byte" },
        { "\"id\": \"u-kpi\", \"kpi\": \"\\udfff\"", "kpi is not valid Unicode" },
        { "\"id\": \"u-time\", \"time\": \"2027\\ud800\"", "time is not valid Unicode" },
        { "\"id\": \"u-val\", \"value\": 1, \"value\": 2", "property 'value' appears more than once" },
        { "\"id\": \"u-valstr\", \"value\": \"\\ud800\"", "value must be a number, found the string '(not valid Unicode)'" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_rejects_its_event_only(string fields, string reason)
    {
        var good = "g-" + Guid.NewGuid().ToString("N");
        var body = "{\"events\":[{\"id\":\"" + good + "\",\"time\":\"2027-02-22T09:31:00+08:00\",\"unit\":\"M00001\",\"kpi\":\"deposit_new\",\"value\":1},"
            + "{\"time\":\"2027-02-22T09:31:00+08:00\",\"unit\":\"M00001\",\"kpi\":\"deposit_new\",\"value\":1," + fields + "}]}";

        var response = await client.PostAsync("/api/v1/events", Raw(body));
        var answer = await AnswerAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, answer["accepted"]!.GetValue<int>());
        Assert.Contains(reason, ErrorAt(answer, 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_bytes_outside_a_string_are_a_400_naming_the_position()
    {
        var response = await client.PostAsync("/api/v1/events", Raw("{\"events\":[\xFF]}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("byte 12", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_id_is_echoed_at_most_200_characters_long()
    {
        var id = new string('z', 7_000);
        var answer = await PostAsync(client, Event(id));

        var echoed = answer["rejected"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(200, echoed.Length);
        Assert.StartsWith("id is longer than 128 characters (7000)", ErrorAt(answer, 0), StringComparison.Ordinal);
    }

    /// <summary>The body's characters as bytes: \xNN in the C# literal is that raw byte, so invalid UTF-8 reaches the server as is.</summary>
    private static ByteArrayContent Raw(string body)
    {
        var content = new ByteArrayContent([.. body.Select(c => c <= '\u00FF' ? (byte)c : throw new ArgumentException("bytes only"))]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
