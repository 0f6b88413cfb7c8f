using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WarRoom.LoadTool;

/// <summary>
/// What blazor.web.js reads from a pre-rendered page before it starts a circuit: the start markers of the
/// interactive Server components (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>, in document order) and the
/// protected component state (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>).
/// </summary>
internal static partial class PrerenderMarkers
{
    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();

    /// <summary>The markers of Server components (end markers carry no type and are skipped).</summary>
    public static IReadOnlyList<JsonObject> ServerComponents(string html) =>
        Marker().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(o => o["type"]?.GetValue<string>() == "server").ToList();

    public static string ApplicationState(string html) => State().Match(html) is { Success: true } m ? m.Groups[1].Value : "";

    /// <summary>The first <c>UpdateRootComponents</c> batch: every marker added, ssrComponentId counted from 1.</summary>
    public static string AddAll(IReadOnlyList<JsonObject> markers)
    {
        var operations = new JsonArray();
        for (var i = 0; i < markers.Count; i++)
        {
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = markers[i].DeepClone() });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(new JsonSerializerOptions());
    }
}
