using System.Text.Json;
using System.Text.Json.Serialization;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// Writes <see cref="OrgLevel"/> as its wire code ("branch", "subbranch", …). The server never reads a board back:
/// board files go through <c>BoardParser</c> against the seed's levels. A board state read back by a tool or test
/// (the prototype samples) is a regional one, so a code resolves against the regional levels or is an error.
/// </summary>
public sealed class OrgLevelJsonConverter : JsonConverter<OrgLevel>
{
    public override OrgLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return OrgLevels.Regional.TryParse(text, out var level)
            ? level
            : throw new JsonException($"unknown org level '{text}' (a board read back holds the regional levels)");
    }

    public override void Write(Utf8JsonWriter writer, OrgLevel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWire());
}
