using System.Globalization;
using System.Text;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.LineProtocol;

/// <summary>
/// Reads a line-protocol body into events: measurement = KPI, tag <c>unit</c> = unit, other tags = dimensions,
/// field <c>value</c> = value, optional string field <c>id</c> = event id (else derived from measurement, tags and
/// timestamp, so a resend of the same point is a duplicate). Blank lines and <c>#</c> comments are skipped; each
/// other line is one event whose error names its line. A line without a timestamp takes the server's clock.
/// </summary>
public sealed class LineProtocolReader(EventChecks checks, LinePrecision precision, DateTimeOffset now)
{
    public List<IncomingEvent> Read(ReadOnlySpan<byte> body, int maxEvents)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            throw new BodyProblemException(StatusCodes.Status400BadRequest, $"the body is not UTF-8 (invalid bytes at offset {e.Index})");
        }

        var events = EventLists.Rent(16);
        var parsed = new ParsedLine();
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.TrimEnd('\r').TrimStart(' ');
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (events.Count == maxEvents)
            {
                EventLists.Return(events);
                throw new BodyProblemException(StatusCodes.Status413PayloadTooLarge, $"a batch holds at most {maxEvents} points (line {number} is one too many)");
            }

            parsed.Tags.Clear();
            parsed.Fields.Clear();
            var e = new IncomingEvent { Index = events.Count, Unit = -1, Kpi = -1 };
            var error = LineScanner.Scan(line, parsed) ?? ToEvent(parsed, ref e);
            e.Error = error is null ? null : $"line {number}: {error}";
            events.Add(e);
        }

        return events;
    }

    private string? ToEvent(ParsedLine line, ref IncomingEvent e)
    {
        var errors = new List<string>(2);
        AddIf(errors, checks.Kpi(line.Measurement, out e.Kpi));
        string? unit = null;
        foreach (var (key, value) in line.Tags)
        {
            if (key == "unit")
            {
                unit = value;
            }
            else
            {
                AddIf(errors, checks.Tag(key, value, ref e.Tags));
            }
        }

        AddIf(errors, unit is null ? "tag 'unit' (the unit code) is missing" : checks.Unit(unit, out e.Unit));
        AddIf(errors, Fields(line, ref e));
        AddIf(errors, Time(line, ref e));
        if (errors.Count == 0)
        {
            AddIf(errors, checks.KpiValue(e.Kpi, e.Value));
        }

        return errors.Count == 0 ? null : string.Join("; ", errors);
    }

    private static string? Fields(ParsedLine line, ref IncomingEvent e)
    {
        var hasValue = false;
        foreach (var (key, text, quoted) in line.Fields)
        {
            switch (key)
            {
                case "value" when quoted || !LinePoint.TryNumber(text, out e.Value):
                    return $"field 'value' is not a number ('{EventChecks.Shorten(text)}')";
                case "value":
                    hasValue = true;
                    if (EventChecks.Value(e.Value) is { } bad)
                    {
                        return bad;
                    }

                    break;
                case "id" when !quoted:
                    return "field 'id' must be a string (id=\"…\")";
                case "id":
                    e.Id = text.Trim();
                    if (EventChecks.Id(e.Id) is { } badId)
                    {
                        return badId;
                    }

                    break;
                default:
                    return $"unknown field '{EventChecks.Shorten(key)}' (WarRoom reads the fields value and id)";
            }
        }

        return hasValue ? null : "field 'value' is missing";
    }

    private string? Time(ParsedLine line, ref IncomingEvent e)
    {
        Int128 nanos;
        if (line.Timestamp is null)
        {
            e.TimeMs = now.ToUnixTimeMilliseconds();
            nanos = (Int128)e.TimeMs * 1_000_000;
        }
        else if (!long.TryParse(line.Timestamp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var stamp)
            || !precision.TryToMilliseconds(stamp, out e.TimeMs))
        {
            return $"timestamp '{EventChecks.Shorten(line.Timestamp)}' is not a whole number of {precision.Name} since 1970";
        }
        else
        {
            nanos = precision.ToNanoseconds(stamp);
        }

        e.Id ??= LinePoint.DerivedId(line, nanos);
        return checks.Time(DateTimeOffset.FromUnixTimeMilliseconds(e.TimeMs));
    }

    private static void AddIf(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
