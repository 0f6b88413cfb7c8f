using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Live.Hub;

/// <summary>
/// A complete board payload as the hub's JSON, serialized once per payload object (one per board and stamp) and
/// written as it is into every reply and push that carries it. When a node dies its screens subscribe to the
/// survivor at once; serializing the 30 KB state for each of them (twice: the reply to <c>Subscribe</c> and the
/// complete push after it) was a large part of the survivor's work.
/// </summary>
public sealed class SerializedPayloads(IOptions<JsonHubProtocolOptions> protocol)
{
    private readonly ConditionalWeakTable<BoardPayload, SerializedPayload> cache = [];

    public SerializedPayload Of(BoardPayload payload) =>
        cache.GetValue(payload, p => new SerializedPayload(JsonSerializer.SerializeToUtf8Bytes(p, protocol.Value.PayloadSerializerOptions)));
}

/// <summary>JSON already written with the hub's serializer options: SignalR copies the bytes instead of serializing again.</summary>
[JsonConverter(typeof(Converter))]
public sealed class SerializedPayload(byte[] json)
{
    public ReadOnlyMemory<byte> Json => json;

    private sealed class Converter : JsonConverter<SerializedPayload>
    {
        public override SerializedPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("a serialized payload is only ever written");

        public override void Write(Utf8JsonWriter writer, SerializedPayload value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
    }
}
