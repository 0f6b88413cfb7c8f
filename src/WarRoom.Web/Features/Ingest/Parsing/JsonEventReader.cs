using System.Text;
using System.Text.Json;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// Reads <c>{ "events": [ … ] }</c> straight from the request bytes: no DOM and no per-field strings except the ids.
/// A body of good events in the usual shape takes <see cref="JsonEventFastPath"/>; any other body is read again by
/// <see cref="Utf8JsonReader"/>. Malformed JSON or the wrong shape is a <see cref="BodyProblemException"/> naming
/// the line and byte; a bad event only rejects that event.
/// </summary>
public static class JsonEventReader
{
    public static List<IncomingEvent> Read(ReadOnlySpan<byte> body, EventChecks checks, int maxEvents)
    {
        var events = EventLists.Rent(Math.Min(maxEvents, Math.Max(16, body.Length / 100)));
        if (JsonEventFastPath.TryRead(body, checks, maxEvents, events))
        {
            return events;
        }

        events.Clear();
        try
        {
            ReadGeneral(body, checks, maxEvents, events);
            return events;
        }
        catch
        {
            EventLists.Return(events);
            throw;
        }
    }

    /// <summary>Any body: names every problem, whole-body ones as a <see cref="BodyProblemException"/>.</summary>
    internal static void ReadGeneral(ReadOnlySpan<byte> body, EventChecks checks, int maxEvents, List<IncomingEvent> events)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
        var sawEvents = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Shape(body, ref reader, "the body must be a JSON object with an \"events\" array");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isEvents = reader.ValueTextEquals("events"u8);
                reader.Read();
                if (!isEvents)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Shape(body, ref reader, "\"events\" must be an array");
                }

                sawEvents = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (events.Count == maxEvents)
                    {
                        throw new BodyProblemException(StatusCodes.Status413PayloadTooLarge, $"a batch holds at most {maxEvents} events");
                    }

                    events.Add(JsonEventFields.Read(ref reader, events.Count, checks));
                }
            }

            reader.Read();
        }
        catch (JsonException e)
        {
            throw new BodyProblemException(StatusCodes.Status400BadRequest,
                $"malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}");
        }

        if (!sawEvents)
        {
            throw new BodyProblemException(StatusCodes.Status400BadRequest, "the body must be a JSON object with an \"events\" array (no \"events\" property found)");
        }
    }

    private static BodyProblemException Shape(ReadOnlySpan<byte> body, ref Utf8JsonReader reader, string message)
    {
        var start = (int)Math.Min(reader.TokenStartIndex, body.Length);
        var before = body[..start];
        var line = before.Count((byte)'\n') + 1;
        var column = start - (before.LastIndexOf((byte)'\n') + 1) + 1;
        var found = reader.TokenType == JsonTokenType.None ? "nothing" : reader.TokenType.ToString();
        return new BodyProblemException(StatusCodes.Status400BadRequest, $"{message}; found {found} at line {line}, byte {column}");
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    internal static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
