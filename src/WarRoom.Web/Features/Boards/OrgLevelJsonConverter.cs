using System.Text.Json;
using System.Text.Json.Serialization;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards;

/// <summary>Writes <see cref="OrgLevel"/> with its API wire name ("branch", "subbranch", …) instead of a number.</summary>
public sealed class OrgLevelJsonConverter : JsonConverter<OrgLevel>
{
    public override OrgLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return OrgLevelNames.TryParse(text, out var level)
            ? level
            : throw new JsonException($"unknown org level '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, OrgLevel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWire());
}
