using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>Builds event batches and reads the ingest answer as JSON (the contract, not our DTO types).</summary>
public static class IngestClient
{
    public static JsonObject Event(string id, string time = "2027-02-22T09:31:00+08:00", string unit = "M00001", string kpi = "deposit_new", double value = 50) =>
        new() { ["id"] = id, ["time"] = time, ["unit"] = unit, ["kpi"] = kpi, ["value"] = value };

    /// <summary>The event with one more property (an unknown one sends the body to the general reader).</summary>
    public static JsonObject Also(this JsonObject e, string name, JsonNode? value)
    {
        e[name] = value;
        return e;
    }

    public static StringContent Batch(params JsonNode[] events) =>
        Json(new JsonObject { ["events"] = new JsonArray(events) }.ToJsonString());

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> AnswerAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException("empty answer");
    }

    public static async Task<JsonObject> PostAsync(HttpClient client, params JsonNode[] events)
    {
        var response = await client.PostAsync("/api/v1/events", Batch(events));
        var answer = await AnswerAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {answer}");
        return answer;
    }

    public static string ErrorAt(JsonObject answer, int index) =>
        answer["rejected"]!.AsArray().Single(r => r!["index"]!.GetValue<int>() == index)!["error"]!.GetValue<string>();

    public static JsonElement ToElement(this JsonNode node) => JsonSerializer.SerializeToElement(node);
}
