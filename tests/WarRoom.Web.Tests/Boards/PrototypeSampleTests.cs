using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Tests.Boards;

/// <summary>
/// The prototype pages draw sample BoardStates with the real board.js; these tests keep the samples honest: they
/// must read as the C# contract with no stray field, carry exactly the shipped board, and feed every widget.
/// </summary>
public sealed class PrototypeSampleTests
{
    private static readonly string Prototype = Path.Combine(TestBank.RepoRoot(), "src/WarRoom.Web/wwwroot/prototype");

    private static readonly JsonSerializerOptions Strict = new(BoardJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowOutOfOrderMetadataProperties = true, // the samples keep the field order of dashboards/*.json
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static IEnumerable<string> SampleNames() =>
        Directory.EnumerateFiles(Prototype, "*.sample.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Samples() => [.. SampleNames()];

    [Fact]
    public void The_hq_prototype_has_a_sample() => Assert.Contains("hq.sample.json", SampleNames());

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_is_the_shipped_board_with_a_payload_for_every_widget(string fileName)
    {
        var json = File.ReadAllText(Path.Combine(Prototype, fileName));
        var state = JsonSerializer.Deserialize<BoardState>(json, Strict)!;
        var boardId = fileName[..^".sample.json".Length];
        var shipped = BoardLoader.LoadFile(
            Path.Combine(TestBank.RepoRoot(), "dashboards", boardId + ".json"), $"dashboards/{boardId}.json", TestBank.Vocabulary());
        Assert.True(shipped.IsValid, string.Join(Environment.NewLine, shipped.Errors));

        // The board part is what the server would embed for this board, to the field.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(BoardJson.Serialize(shipped.Board)), JsonNode.Parse(json)!["board"]),
            $"{fileName}: 'board' differs from dashboards/{boardId}.json as serialized; regenerate the sample");
        Assert.Equal(boardId, state.Payload.BoardId);

        var board = shipped.Board!;
        var fed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var frame in state.Payload.Frames)
        {
            var page = board.Pages[frame.Page];
            Assert.Equal(page.Cycle is not null, frame.Unit is not null);
            foreach (var (id, payload) in frame.Widgets)
            {
                var widget = Assert.Single(page.Widgets, w => w.Id == id);
                Assert.Equal(widget.TypeName, payload.TypeName);
                fed.Add(id);
            }
        }

        Assert.Equal(board.AllWidgets().Select(w => w.Widget.Id).Order(StringComparer.Ordinal), fed.Order(StringComparer.Ordinal));
    }
}
