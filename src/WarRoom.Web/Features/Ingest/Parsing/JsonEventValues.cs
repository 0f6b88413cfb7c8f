using System.Text.Json;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// The general reader's field values: a code looked up by its bytes, a time by its common shape, a number; each
/// returns null when good or the reason, and leaves the reader on the value (a container skipped to its end).
/// </summary>
internal static class JsonEventValues
{
    public static string? Code(ref Utf8JsonReader reader, string field, scoped Span<char> buffer, EventChecks checks, out int index)
    {
        index = -1;
        if (reader.TokenType != JsonTokenType.String)
        {
            var found = reader.TokenType;
            reader.Skip();
            return $"{field} must be a string, found {found}";
        }

        // The common case, a known code without escapes, is looked up by its bytes; the rest is transcoded so that
        // the reason can quote it.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence
            && (field == "unit" ? checks.IsKnownUnit(reader.ValueSpan, out index) : checks.IsKnownKpi(reader.ValueSpan, out index)))
        {
            return null;
        }

        if (JsonText.Problem(ref reader, field) is { } problem)
        {
            return problem;
        }

        var length = reader.ValueSpan.Length <= buffer.Length ? reader.CopyString(buffer) : -1;
        return length < 0 ? $"unknown {field} '{EventChecks.Shorten(reader.GetString())}'" : field == "unit" ? checks.Unit(buffer[..length], out index) : checks.Kpi(buffer[..length], out index);
    }

    public static string? Time(ref Utf8JsonReader reader, EventChecks checks, out long timeMs)
    {
        timeMs = 0;
        if (reader.TokenType != JsonTokenType.String)
        {
            var found = reader.TokenType;
            reader.Skip();
            return $"time must be an ISO 8601 string, found {found}";
        }

        // The common shape is read from the raw bytes (with the plus escaped as .NET clients send it, too); the
        // general reader's offset check reads them as well. Only other escapes or a bad value become a string.
        if (!reader.HasValueSequence && IsoTime.TryParseCommon(reader.ValueSpan, reader.ValueIsEscaped, out var common))
        {
            timeMs = common.ToUnixTimeMilliseconds();
            return checks.Time(common);
        }

        if (JsonText.Problem(ref reader, "time") is { } problem)
        {
            return problem;
        }

        if (!reader.TryGetDateTimeOffset(out var time)
            || !(reader.ValueIsEscaped ? EventChecks.HasOffset(reader.GetString()) : EventChecks.HasOffset(reader.ValueSpan)))
        {
            return $"time '{EventChecks.Shorten(reader.GetString())}' is not an ISO 8601 date-time with an offset (e.g. 2027-01-04T09:31:00+08:00)";
        }

        timeMs = time.ToUnixTimeMilliseconds();
        return checks.Time(time);
    }

    public static string? Value(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            var found = reader.TokenType == JsonTokenType.String ? $"the string '{JsonText.Quote(ref reader)}'" : reader.TokenType.ToString();
            reader.Skip();
            return $"value must be a number, found {found}";
        }

        return reader.TryGetDouble(out value) ? EventChecks.Value(value) : "value is not a finite number";
    }

    /// <summary><c>"tags": { "channel": "mobile" }</c> (or null: no tags); the first problem found, or null.</summary>
    public static string? Tags(ref Utf8JsonReader reader, EventChecks checks, out ulong tags)
    {
        tags = 0;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return $"tags must be an object such as {{\"channel\": \"mobile\"}}, found {reader.TokenType}";
        }

        string? error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var dimension = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                error ??= $"tag '{EventChecks.Shorten(dimension)}' must be a string, found {reader.TokenType}";
                reader.Skip();
                continue;
            }

            error ??= checks.Tag(dimension, reader.GetString(), ref tags);
        }

        return error;
    }
}
