using System.Text.Json;
using WarRoom.Core;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards.Parsing;

/// <summary>Board-specific field shapes on top of <see cref="JsonObjectReader"/>: enums, levels, texts, code lists.</summary>
internal static class JsonFieldExtensions
{
    public static T? Enum<T>(this JsonObjectReader reader, string name, bool required)
        where T : struct, System.Enum
    {
        if (reader.String(name, required) is not { } text)
        {
            return null;
        }

        if (WireEnum<T>.TryParse(text, out var value))
        {
            return value;
        }

        reader.Error(name, $"'{text}' is not one of: {string.Join(", ", WireEnum<T>.Names)}");
        return null;
    }

    /// <summary>A true/false switch; anything else is named as the error.</summary>
    public static bool? Bool(this JsonObjectReader reader, string name, bool required)
    {
        if (reader.Field(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        reader.Error(name, $"expected true or false, found {value.ValueKind.ToString().ToLowerInvariant()}");
        return null;
    }

    /// <summary>An org level limited to <paramref name="allowed"/> (e.g. a page may cycle by branch or sub-branch only).</summary>
    public static OrgLevel? Level(this JsonObjectReader reader, string name, bool required, IEnumerable<OrgLevel> allowed)
    {
        if (reader.String(name, required) is not { } text)
        {
            return null;
        }

        if (allowed.FirstOrDefault(l => l.Code == text) is { } level)
        {
            return level;
        }

        reader.Error(name, $"'{text}' is not one of: {string.Join(", ", allowed.Select(l => l.ToWire()))}");
        return null;
    }

    /// <summary>A <c>{ "zh": …, "en": … }</c> text; zh must not be empty because zh-CN is every screen's default.</summary>
    public static LocalizedText? Text(this JsonObjectReader reader, string name, bool required)
    {
        if (reader.Object(name, required) is not { } text)
        {
            return null;
        }

        var zh = text.String("zh", required: true);
        var en = text.String("en", required: true);
        text.RejectUnknownFields();
        if (zh is not null && string.IsNullOrWhiteSpace(zh))
        {
            text.Error("zh", "must not be empty");
            return null;
        }

        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    /// <summary>An array of strings with each item's path, so that one bad code is named by its index.</summary>
    public static IReadOnlyList<(string Value, string Path)>? StringList(
        this JsonObjectReader reader, string name, bool required)
    {
        if (reader.Array(name, required) is not { } items)
        {
            return null;
        }

        var list = new List<(string, string)>();
        foreach (var (item, path) in items)
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add((item.GetString()!, path));
            }
            else
            {
                reader.ErrorAt(path, $"expected a string, found {JsonObjectReader.Describe(item)}");
            }
        }

        return list;
    }
}
