using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// The JSON form of boards and payloads as the browser reads them: camelCase like the API and SignalR's JSON hub
/// protocol, with dictionary keys (widget ids) left as written. Nulls are left out: board.js treats a missing
/// field and null alike, and a screen's payload is sent many times a minute.
/// </summary>
public static class BoardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // Chinese text stays readable in page source, while <, >, & and quotes are still escaped: the default
    // encoders other than UnsafeRelaxedJsonEscaping always escape HTML-sensitive characters, so a board title
    // holding "</script>" cannot end the embedding <script> element early.
    private static readonly JsonSerializerOptions ScriptOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// JSON safe to place inside <c>&lt;script type="application/json" id="board-state"&gt;…&lt;/script&gt;</c>
    /// (Razor: <c>@((MarkupString)BoardJson.SerializeForScript(state))</c>).
    /// </summary>
    public static string SerializeForScript<T>(T value) => JsonSerializer.Serialize(value, ScriptOptions);
}
