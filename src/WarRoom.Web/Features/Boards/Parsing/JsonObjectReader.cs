using System.Text.Json;

namespace WarRoom.Web.Features.Boards.Parsing;

/// <summary>
/// Reads the fields of one JSON object by name, recording an error with the field's path for each missing or
/// mistyped one instead of stopping at the first, and remembers which fields were read so that a misspelt field
/// is reported rather than silently ignored.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement element;
    private readonly List<BoardError> errors;
    private readonly string file;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    private JsonObjectReader(JsonElement element, string path, string file, List<BoardError> errors)
    {
        this.element = element;
        Path = path;
        this.file = file;
        this.errors = errors;
    }

    public string Path { get; }

    /// <summary>Opens <paramref name="element"/> as an object, or records an error and returns null.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, string file, List<BoardError> errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, path, file, errors);
        }

        errors.Add(new BoardError(file, path, $"expected an object, found {Describe(element)}"));
        return null;
    }

    public string FieldPath(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public void Error(string name, string message) => errors.Add(new BoardError(file, FieldPath(name), message));

    /// <summary>Records an error at a full path, for items of an array field.</summary>
    public void ErrorAt(string path, string message) => errors.Add(new BoardError(file, path, message));

    /// <summary>Whether the field is present with a value; null counts as absent, as in <see cref="Field"/>.</summary>
    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The raw value of a field; records "missing" when <paramref name="required"/> and absent.</summary>
    public JsonElement? Field(string name, bool required)
    {
        read.Add(name);
        if (element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Error(name, "is required");
        }

        return null;
    }

    public string? String(string name, bool required)
    {
        if (Field(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"expected a string, found {Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    public int? Int(string name, bool required, int min, int max)
    {
        if (Field(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error(name, $"expected a whole number, found {Describe(value)}");
            return null;
        }

        if (number < min || number > max)
        {
            Error(name, $"{number} is outside {min}..{max}");
            return null;
        }

        return number;
    }

    public JsonObjectReader? Object(string name, bool required) =>
        Field(name, required) is { } value ? Open(value, FieldPath(name), file, errors) : null;

    /// <summary>An item of one of this object's arrays read as an object (errors go where this reader's go).</summary>
    public JsonObjectReader? Item(JsonElement item, string path) => Open(item, path, file, errors);

    /// <summary>The items of an array field with each item's path (<c>pages[2]</c>).</summary>
    public IReadOnlyList<(JsonElement Item, string Path)>? Array(string name, bool required)
    {
        if (Field(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"expected an array, found {Describe(value)}");
            return null;
        }

        return value.EnumerateArray().Select((item, i) => (item, $"{FieldPath(name)}[{i}]")).ToList();
    }

    /// <summary>Records every field of the object that no reader method asked for.</summary>
    public void RejectUnknownFields()
    {
        var known = string.Join(", ", read.Order(StringComparer.Ordinal));
        foreach (var property in element.EnumerateObject())
        {
            if (!read.Contains(property.Name))
            {
                Error(property.Name, $"unknown field (expected one of: {known})");
            }
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
