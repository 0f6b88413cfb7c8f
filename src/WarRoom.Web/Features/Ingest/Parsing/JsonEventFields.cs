using System.Text.Json;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>Reads one event object field by field; every problem found is named in the event's error.</summary>
internal static class JsonEventFields
{
    public static IncomingEvent Read(ref Utf8JsonReader reader, int index, EventChecks checks)
    {
        var e = new IncomingEvent { Index = index, Unit = -1, Kpi = -1 };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            e.Error = $"event must be a JSON object, found {reader.TokenType}";
            reader.Skip();
            return e;
        }

        string? errors = null;
        bool idMistyped = false, hasTime = false, hasUnit = false, hasKpi = false, hasValue = false;
        Span<char> code = stackalloc char[64];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                e.Id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                {
                    Add(ref errors, $"id must be a string, found {reader.TokenType}");
                    idMistyped = true;
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("time"u8))
            {
                reader.Read();
                hasTime = true;
                Add(ref errors, Time(ref reader, checks, out e.TimeMs));
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                reader.Read();
                hasUnit = true;
                Add(ref errors, Code(ref reader, "unit", code, checks, out e.Unit));
            }
            else if (reader.ValueTextEquals("kpi"u8))
            {
                reader.Read();
                hasKpi = true;
                Add(ref errors, Code(ref reader, "kpi", code, checks, out e.Kpi));
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                hasValue = true;
                Add(ref errors, Value(ref reader, out e.Value));
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var idError = idMistyped ? null : EventChecks.Id(e.Id);
        if (idError is null && errors is null && hasTime && hasUnit && hasKpi && hasValue)
        {
            return e;
        }

        // Only a bad event pays for building its message, in the order the fields are listed in the API.
        string? all = null;
        Add(ref all, idError);
        Add(ref all, hasTime ? null : "time is missing");
        Add(ref all, hasUnit ? null : "unit is missing");
        Add(ref all, hasKpi ? null : "kpi is missing");
        Add(ref all, hasValue ? null : "value is missing");
        Add(ref all, errors);
        e.Error = all;
        return e;
    }

    private static string? Code(ref Utf8JsonReader reader, string field, scoped Span<char> buffer, EventChecks checks, out int index)
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

        var length = reader.ValueSpan.Length <= buffer.Length ? reader.CopyString(buffer) : -1;
        return length < 0 ? $"unknown {field} '{EventChecks.Shorten(reader.GetString())}'" : field == "unit" ? checks.Unit(buffer[..length], out index) : checks.Kpi(buffer[..length], out index);
    }

    private static string? Time(ref Utf8JsonReader reader, EventChecks checks, out long timeMs)
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

        if (!reader.TryGetDateTimeOffset(out var time)
            || !(reader.ValueIsEscaped ? EventChecks.HasOffset(reader.GetString()) : EventChecks.HasOffset(reader.ValueSpan)))
        {
            return $"time '{EventChecks.Shorten(reader.GetString())}' is not an ISO 8601 date-time with an offset (e.g. 2027-01-04T09:31:00+08:00)";
        }

        timeMs = time.ToUnixTimeMilliseconds();
        return checks.Time(time);
    }

    private static string? Value(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            var found = reader.TokenType == JsonTokenType.String ? $"the string '{EventChecks.Shorten(reader.GetString())}'" : reader.TokenType.ToString();
            reader.Skip();
            return $"value must be a number, found {found}";
        }

        return reader.TryGetDouble(out value) ? EventChecks.Value(value) : "value is not a finite number";
    }

    private static void Add(ref string? errors, string? error)
    {
        if (error is not null)
        {
            errors = errors is null ? error : errors + "; " + error;
        }
    }
}
