using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>Every per-event rejection reason names its field, and the good events beside it are still taken.</summary>
public sealed class IngestRejectionTests : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private readonly WarRoomAppFactory app;
    private readonly HttpClient client;

    public IngestRejectionTests(WarRoomAppFactory app)
    {
        this.app = app;
        client = app.ClientWith(WarRoomAppFactory.IngestKey);
    }

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> BadEvents() => new()
    {
        { """{ "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "id is missing" },
        { """{ "id": "", "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "id is empty" },
        { $$"""{ "id": "{{new string('x', 129)}}", "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "id is longer than 128 characters (129)" },
        { """{ "id": 17, "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "id must be a string, found Number" },
        { """{ "id": "r-unit", "time": "2027-02-22T09:31:00+08:00", "unit": "M99999", "kpi": "deposit_new", "value": 1 }""", "unknown unit 'M99999'" },
        { """{ "id": "r-kpi", "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "dep", "value": 1 }""", "unknown kpi 'dep'" },
        { """{ "id": "r-str", "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": "50" }""", "value must be a number, found the string '50'" },
        { """{ "id": "r-inf", "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1e999 }""", "value is not a finite number" },
        { """{ "id": "r-big", "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 2e9 }""", "value 2000000000 is out of range (at most ±1e9)" },
        { """{ "id": "r-noval", "time": "2027-02-22T09:31:00+08:00", "unit": "M00001", "kpi": "deposit_new" }""", "value is missing" },
        { """{ "id": "r-time", "time": "yesterday", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "time 'yesterday' is not an ISO 8601 date-time with an offset (e.g. 2027-01-04T09:31:00+08:00)" },
        { """{ "id": "r-local", "time": "2027-02-22T09:31:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "time '2027-02-22T09:31:00' is not an ISO 8601 date-time with an offset (e.g. 2027-01-04T09:31:00+08:00)" },
        { """{ "id": "r-early", "time": "2026-12-31T23:59:59+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "time 2026-12-31T23:59:59+08:00 is before the campaign start 2027-01-01T00:00:00+08:00" },
        { """{ "id": "r-late", "time": "2027-04-01T00:00:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "time 2027-04-01T00:00:00+08:00 is at or after the campaign end 2027-04-01T00:00:00+08:00" },
        { """{ "id": "r-future", "time": "2027-02-22T10:05:01+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 }""", "time 2027-02-22T10:05:01+08:00 is more than 5 minutes ahead of the server clock (2027-02-22T10:00:00+08:00)" },
        { """[1, 2]""", "event must be a JSON object, found StartArray" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task A_bad_event_is_rejected_with_its_reason_and_the_good_one_beside_it_is_taken(string bad, string reason)
    {
        var good = Event("good-" + Guid.NewGuid().ToString("N"));
        var answer = await PostAsync(client, good, JsonNode.Parse(bad)!);

        Assert.Equal(1, answer["accepted"]!.GetValue<int>());
        Assert.Equal(reason, ErrorAt(answer, 1));
        Assert.Single(answer["rejected"]!.AsArray());
    }

    [Fact]
    public async Task Every_problem_of_one_event_is_named()
    {
        var answer = await PostAsync(client, JsonNode.Parse("""{ "id": "multi", "time": "2027-02-22T09:31:00+08:00", "unit": "X", "kpi": "Y", "value": 1 }""")!);

        Assert.Equal("unknown unit 'X'; unknown kpi 'Y'", ErrorAt(answer, 0));
    }

    [Fact]
    public async Task A_repeated_id_inside_one_batch_is_rejected_naming_the_first()
    {
        var id = "dup-" + Guid.NewGuid().ToString("N");
        var answer = await PostAsync(client, Event(id), Event("other-" + id), Event(id));

        Assert.Equal(2, answer["accepted"]!.GetValue<int>());
        Assert.Equal($"duplicate id '{id}' in this batch (first at index 0)", ErrorAt(answer, 2));
    }

    [Fact]
    public async Task An_id_already_stored_is_a_duplicate_and_not_counted_again()
    {
        var id = "again-" + Guid.NewGuid().ToString("N");
        var first = await PostAsync(client, Event(id));
        var second = await PostAsync(client, Event(id), Event("fresh-" + id));

        Assert.Equal(1, first["accepted"]!.GetValue<int>());
        Assert.Equal(1, second["accepted"]!.GetValue<int>());
        Assert.Equal(1, second["duplicates"]!.GetValue<int>());
        Assert.Equal([0], second["duplicateIndexes"]!.AsArray().Select(i => i!.GetValue<int>()));
        Assert.Empty(second["rejected"]!.AsArray());
    }

    [Fact]
    public async Task Branch_and_sub_branch_codes_book_the_figure_there()
    {
        var answer = await PostAsync(client, Event("br-" + Guid.NewGuid().ToString("N"), unit: "BR01"), Event("sb-" + Guid.NewGuid().ToString("N"), unit: "SB0101"));

        Assert.Equal(2, answer["accepted"]!.GetValue<int>());
    }
}
