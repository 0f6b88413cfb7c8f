using System.Text;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// The body every source sends when nothing is wrong — <c>{"events":[{"id":…,"time":…,"unit":…,"kpi":…,"value":…},…]}</c>,
/// each field once, printable ASCII ids, known codes, the common time shape, plain numbers its KPI allows — read in one pass over the
/// bytes. It answers only for a body whose every event is good; anything else (an unknown field, an escape, a bad
/// event, malformed JSON) returns false and the whole body goes to <see cref="JsonEventReader"/>'s general reader,
/// which names the problem. It never takes a body that reader would read differently: what it accepts is a subset of
/// JSON it checks byte by byte (no control characters, no invalid UTF-8 can reach an accepted string).
/// </summary>
internal static class JsonEventFastPath
{
    private const int IdField = 1, TimeField = 2, UnitField = 4, KpiField = 8, ValueField = 16, AllFields = 31;

    public static bool TryRead(ReadOnlySpan<byte> body, EventChecks checks, int maxEvents, List<IncomingEvent> events)
    {
        var p = 0;
        if (JsonScan.Next(body, ref p) != '{' || JsonScan.Next(body, ref p) != '"' || !JsonScan.Literal(body, ref p, "events\""u8)
            || JsonScan.Next(body, ref p) != ':' || JsonScan.Next(body, ref p) != '[')
        {
            return false;
        }

        var after = JsonScan.Next(body, ref p);
        while (after != ']')
        {
            if (after != '{' || events.Count == maxEvents || !Event(body, ref p, checks, events))
            {
                return false;
            }

            after = JsonScan.Next(body, ref p);
            if (after == ',')
            {
                after = JsonScan.Next(body, ref p);
                if (after == ']')
                {
                    return false;
                }
            }
            else if (after != ']')
            {
                return false;
            }
        }

        return JsonScan.Next(body, ref p) == '}' && JsonScan.Next(body, ref p) == -1;
    }

    /// <summary>One event from just after its <c>{</c> to just after its <c>}</c>.</summary>
    private static bool Event(ReadOnlySpan<byte> b, ref int p, EventChecks checks, List<IncomingEvent> events)
    {
        var e = new IncomingEvent { Index = events.Count };
        var seen = 0;
        while (true)
        {
            if (JsonScan.Next(b, ref p) != '"')
            {
                return false;
            }

            var field = JsonScan.Peek(b, p) switch
            {
                'i' => Field(b, ref p, "id\""u8, IdField),
                't' => Field(b, ref p, "time\""u8, TimeField),
                'u' => Field(b, ref p, "unit\""u8, UnitField),
                'k' => Field(b, ref p, "kpi\""u8, KpiField),
                'v' => Field(b, ref p, "value\""u8, ValueField),
                _ => 0,
            };
            if (field == 0 || (seen & field) != 0 || JsonScan.Next(b, ref p) != ':')
            {
                return false;
            }

            seen |= field;
            JsonScan.SkipWhitespace(b, ref p);
            var good = field switch
            {
                IdField => Id(b, ref p, out e.Id),
                TimeField => Time(b, ref p, checks, out e.TimeMs),
                UnitField => JsonScan.String(b, ref p, out var unit, asciiOnly: false) && checks.IsKnownUnit(unit, out e.Unit),
                KpiField => JsonScan.String(b, ref p, out var kpi, asciiOnly: false) && checks.IsKnownKpi(kpi, out e.Kpi),
                _ => JsonScan.Number(b, ref p, out e.Value) && EventChecks.Value(e.Value) is null,
            };
            if (!good)
            {
                return false;
            }

            var after = JsonScan.Next(b, ref p);
            if (after == '}')
            {
                break;
            }

            if (after != ',')
            {
                return false;
            }
        }

        if (seen != AllFields || checks.KpiValue(e.Kpi, e.Value) is not null)
        {
            return false;
        }

        events.Add(e);
        return true;
    }

    /// <summary>The field whose name and closing quote start at <paramref name="p"/>, or 0.</summary>
    private static int Field(ReadOnlySpan<byte> b, ref int p, ReadOnlySpan<byte> nameAndQuote, int field) =>
        JsonScan.Literal(b, ref p, nameAndQuote) ? field : 0;

    private static bool Id(ReadOnlySpan<byte> b, ref int p, out string? id)
    {
        id = null;
        if (!JsonScan.String(b, ref p, out var raw, asciiOnly: true))
        {
            return false;
        }

        id = Encoding.ASCII.GetString(raw);
        return EventChecks.Id(id) is null;
    }

    private static bool Time(ReadOnlySpan<byte> b, ref int p, EventChecks checks, out long timeMs)
    {
        timeMs = 0;
        if (JsonScan.Peek(b, p) != '"')
        {
            return false;
        }

        // Up to the first quote: the one escape taken (the offset's plus as \u002B) has none inside, and anything else
        // fails the shape check, which wants digits and separators at fixed places.
        var end = b[(p + 1)..].IndexOf((byte)'"');
        if (end < 0)
        {
            return false;
        }

        var raw = b.Slice(p + 1, end);
        p += end + 2;
        if (!IsoTime.TryParseCommon(raw, raw.Contains((byte)'\\'), out var time) || checks.Time(time) is not null)
        {
            return false;
        }

        timeMs = time.ToUnixTimeMilliseconds();
        return true;
    }
}
