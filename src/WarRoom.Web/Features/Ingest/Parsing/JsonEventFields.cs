using System.Text.Json;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// Reads one event object field by field; every problem found is named in the event's error: a field given twice,
/// text that is not Unicode, a value its KPI does not allow, a tag naming an unknown dimension or value.
/// </summary>
internal static class JsonEventFields
{
    private const int IdField = 1, TimeField = 2, UnitField = 4, KpiField = 8, ValueField = 16, AllFields = 31, BadValue = 32, TagsField = 64;

    public static IncomingEvent Read(ref Utf8JsonReader reader, int index, EventChecks checks)
    {
        var e = new IncomingEvent { Index = index, Unit = -1, Kpi = -1 };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            e.Error = $"event must be a JSON object, found {reader.TokenType}";
            reader.Skip();
            return e;
        }

        var depth = reader.CurrentDepth;
        try
        {
            Fields(ref reader, checks, ref e);
        }
        catch (InvalidOperationException)
        {
            // Text that is not Unicode in a place the checks below did not foresee: that event is rejected, the
            // rest of its object skipped, the batch goes on.
            e.Error = $"event holds text that is not valid Unicode (invalid UTF-8 or an unpaired surrogate) near byte {reader.TokenStartIndex + 1}";
            while (reader.CurrentDepth > depth || reader.TokenType != JsonTokenType.EndObject)
            {
                reader.Read();
            }
        }

        return e;
    }

    private static void Fields(ref Utf8JsonReader reader, EventChecks checks, ref IncomingEvent e)
    {
        string? errors = null;
        var idReported = false;
        var seen = 0;
        Span<char> code = stackalloc char[64];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            if (field != 0 && (seen & field) != 0)
            {
                // Last-wins would let a proxy and the store read different events from one body.
                Add(ref errors, $"property '{reader.GetString()}' appears more than once");
            }

            seen |= field;
            reader.Read();
            switch (field)
            {
                case IdField:
                    var idProblem = reader.TokenType switch
                    {
                        JsonTokenType.String => JsonText.Problem(ref reader, "id"),
                        JsonTokenType.Null => null,
                        _ => $"id must be a string, found {reader.TokenType}",
                    };
                    e.Id = idProblem is null && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    idReported = idProblem is not null;
                    Add(ref errors, idProblem);
                    break;
                case TimeField:
                    Add(ref errors, JsonEventValues.Time(ref reader, checks, out e.TimeMs));
                    break;
                case UnitField:
                    Add(ref errors, JsonEventValues.Code(ref reader, "unit", code, checks, out e.Unit));
                    break;
                case KpiField:
                    Add(ref errors, JsonEventValues.Code(ref reader, "kpi", code, checks, out e.Kpi));
                    break;
                case ValueField:
                    var valueError = JsonEventValues.Value(ref reader, out e.Value);
                    Add(ref errors, valueError);
                    seen |= valueError is null ? 0 : BadValue;
                    break;
                case TagsField:
                    Add(ref errors, JsonEventValues.Tags(ref reader, checks, out e.Tags));
                    break;
            }

            reader.Skip();
        }

        if (errors is null && (seen & (KpiField | ValueField | BadValue)) == (KpiField | ValueField) && e.Kpi >= 0)
        {
            Add(ref errors, checks.KpiValue(e.Kpi, e.Value));
        }

        var idError = idReported ? null : EventChecks.Id(e.Id);
        if (idError is null && errors is null && (seen & AllFields) == AllFields)
        {
            return;
        }

        // Only a bad event pays for building its message, in the order the fields are listed in the API.
        string? all = null;
        Add(ref all, idError);
        Add(ref all, (seen & TimeField) != 0 ? null : "time is missing");
        Add(ref all, (seen & UnitField) != 0 ? null : "unit is missing");
        Add(ref all, (seen & KpiField) != 0 ? null : "kpi is missing");
        Add(ref all, (seen & ValueField) != 0 ? null : "value is missing");
        Add(ref all, errors);
        e.Error = all;
    }

    private static int FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? IdField
        : reader.ValueTextEquals("time"u8) ? TimeField
        : reader.ValueTextEquals("unit"u8) ? UnitField
        : reader.ValueTextEquals("kpi"u8) ? KpiField
        : reader.ValueTextEquals("value"u8) ? ValueField
        : reader.ValueTextEquals("tags"u8) ? TagsField
        : 0;

    private static void Add(ref string? errors, string? error)
    {
        if (error is not null)
        {
            errors = errors is null ? error : errors + "; " + error;
        }
    }
}
