using System.Text.Json;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Live.Publishing;

/// <summary>
/// What one board's group (or push slice) was last sent, so that a push carries only the widgets whose data changed
/// (a screen merges a partial payload into what it holds). Widgets are compared by their JSON, the form the screen
/// sees, serialized once per payload (<see cref="WidgetJson"/>) however many slices compare it.
/// </summary>
internal sealed class BoardPushState(BoardDefinition board)
{
    private Dictionary<(int Page, string? Unit, string Widget), string> sent = [];

    public BoardDefinition Board => board;

    /// <summary>The stamp of the data last compared; null until the first observation.</summary>
    public BoardStamp? Stamp { get; set; }

    /// <summary>Durable batches the group's screens have been pushed (push latency counts from the next one).</summary>
    public long BatchesPushed { get; set; }

    /// <summary>When the group was last pushed (TimeProvider.System timestamp), for its push window.</summary>
    public long LastPushAt { get; set; }

    /// <summary>Takes <paramref name="current"/> as what the screens hold, without sending anything.</summary>
    public void Remember(BoardPayload current) => Changes(current);

    /// <inheritdoc cref="Remember(BoardPayload)"/>
    public void Remember(BoardPayload current, WidgetJson json) => Changes(current, json);

    /// <inheritdoc cref="Changes(BoardPayload, WidgetJson)"/>
    public BoardPayload? Changes(BoardPayload current) => Changes(current, new WidgetJson(current));

    /// <summary>
    /// The frames and widgets of <paramref name="current"/> that differ from what was last sent, as a partial
    /// payload (null when nothing differs); <paramref name="current"/> becomes what was sent.
    /// </summary>
    public BoardPayload? Changes(BoardPayload current, WidgetJson json)
    {
        var next = new Dictionary<(int, string?, string), string>(sent.Count);
        var frames = new List<PageFrame>();
        foreach (var frame in current.Frames)
        {
            Dictionary<string, WidgetPayload>? changed = null;
            foreach (var (id, widget) in frame.Widgets)
            {
                var key = (frame.Page, frame.Unit, id);
                var text = json[key];
                next[key] = text;
                if (!sent.TryGetValue(key, out var before) || before != text)
                {
                    (changed ??= new Dictionary<string, WidgetPayload>(StringComparer.Ordinal))[id] = widget;
                }
            }

            if (changed is not null)
            {
                frames.Add(frame with { Widgets = changed });
            }
        }

        sent = next;
        return frames.Count == 0 ? null : current with { Complete = false, Frames = frames };
    }
}

/// <summary>Each widget of one payload as JSON, keyed by frame and widget id.</summary>
internal sealed class WidgetJson(BoardPayload payload)
{
    private readonly Dictionary<(int, string?, string), string> texts = payload.Frames
        .SelectMany(f => f.Widgets.Select(w => (Key: (f.Page, f.Unit, w.Key), w.Value)))
        .ToDictionary(w => w.Key, w => JsonSerializer.Serialize(w.Value, BoardJson.Options));

    public BoardPayload Payload => payload;

    public string this[(int, string?, string) key] => texts[key];
}
