using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>Calls of the snapshot API, read as JSON (the contract, not our DTO types).</summary>
internal static class SnapshotApi
{
    public static Task<HttpResponseMessage> TakeAsync(HttpClient client, string? scope, string? label) =>
        client.PostAsJsonAsync("/api/v1/snapshots", new { scope, label });

    /// <summary>Takes a snapshot and insists on 201.</summary>
    public static async Task<JsonObject> TakeOkAsync(HttpClient client, string scope = "HQ", string label = "2027-W08 周例会")
    {
        var response = await TakeAsync(client, scope, label);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static long Id(this JsonObject snapshot) => snapshot["id"]!.GetValue<long>();

    public static async Task<byte[]> ExportAsync(HttpClient client, long id, string format, string? level = null)
    {
        var response = await client.GetAsync($"/api/v1/snapshots/{id}/export?format={format}{(level is null ? "" : "&level=" + level)}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        return bytes;
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
