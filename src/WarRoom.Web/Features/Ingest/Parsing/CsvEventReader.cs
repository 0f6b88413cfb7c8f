using System.Globalization;
using System.Text;
using WarRoom.Core.Seed;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// Reads an import file with the header <c>id,time,unit,kpi,value</c>. Each data row is one event; its index is
/// its position among the data rows and its error also names the file line. A file is read whole or refused whole:
/// a quote never closed is a 400 naming its line, not one giant rejected "id" with the lines after it unanswered.
/// </summary>
public static class CsvEventReader
{
    private static readonly string[] Header = ["id", "time", "unit", "kpi", "value"];

    public static List<IncomingEvent> Read(ReadOnlySpan<byte> body, EventChecks checks, int maxEvents)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            throw new BodyProblemException(StatusCodes.Status400BadRequest, $"the file is not UTF-8 (invalid bytes at offset {e.Index})");
        }

        var events = EventLists.Rent(16);
        try
        {
            ReadRows(text, checks, maxEvents, events);
            return events;
        }
        catch
        {
            EventLists.Return(events);
            throw;
        }
    }

    private static void ReadRows(string text, EventChecks checks, int maxEvents, List<IncomingEvent> events)
    {
        var header = true;
        foreach (var row in CsvText.Read(text))
        {
            if (row.Error is not null)
            {
                // The broken record swallowed the rest of the file: no line after it can be answered for, so none is taken.
                throw new BodyProblemException(StatusCodes.Status400BadRequest, $"line {row.Line}: {row.Error}; nothing in the file was taken");
            }

            if (header)
            {
                var got = row.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
                if (!got.SequenceEqual(Header))
                {
                    throw new BodyProblemException(StatusCodes.Status400BadRequest, $"line {row.Line}: the header must be 'id,time,unit,kpi,value', found '{EventChecks.Shorten(string.Join(',', row.Fields))}'");
                }

                header = false;
                continue;
            }

            if (events.Count == maxEvents)
            {
                throw new BodyProblemException(StatusCodes.Status413PayloadTooLarge, $"a batch holds at most {maxEvents} events (line {row.Line} is one too many)");
            }

            events.Add(ReadRow(row, events.Count, checks));
        }

        if (header)
        {
            throw new BodyProblemException(StatusCodes.Status400BadRequest, "the file is empty: expected the header 'id,time,unit,kpi,value'");
        }
    }

    private static IncomingEvent ReadRow(CsvRecord row, int index, EventChecks checks)
    {
        var e = new IncomingEvent { Index = index, Unit = -1, Kpi = -1 };
        var f = row.Fields;
        if (f.Length != Header.Length)
        {
            e.Id = f.Length > 0 ? f[0].Trim() : null;
            e.Error = $"line {row.Line}: expected 5 fields (id,time,unit,kpi,value), found {f.Length}";
            return e;
        }

        // Trimmed like every other field: a padded resend is the same id, not a second event.
        e.Id = f[0].Trim();
        var errors = new List<string>(2);
        AddIf(errors, EventChecks.Id(e.Id));
        var timeText = f[1].Trim();
        if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) || !EventChecks.HasOffset(timeText))
        {
            errors.Add($"time '{EventChecks.Shorten(timeText)}' is not an ISO 8601 date-time with an offset (e.g. 2027-01-04T09:31:00+08:00)");
        }
        else
        {
            e.TimeMs = time.ToUnixTimeMilliseconds();
            AddIf(errors, checks.Time(time));
        }

        AddIf(errors, checks.Unit(f[2].AsSpan().Trim(), out e.Unit));
        AddIf(errors, checks.Kpi(f[3].AsSpan().Trim(), out e.Kpi));
        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out e.Value))
        {
            errors.Add(f[4].Trim().Length == 0 ? "value is missing" : $"value '{EventChecks.Shorten(f[4])}' is not a number");
        }
        else
        {
            AddIf(errors, EventChecks.Value(e.Value));
            if (errors.Count == 0 && e.Kpi >= 0)
            {
                AddIf(errors, checks.KpiValue(e.Kpi, e.Value));
            }
        }

        e.Error = errors.Count == 0 ? null : $"line {row.Line}: " + string.Join("; ", errors);
        return e;
    }

    private static void AddIf(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
