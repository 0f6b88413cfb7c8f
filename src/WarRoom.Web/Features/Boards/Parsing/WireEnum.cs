using System.Reflection;
using System.Text.Json.Serialization;

namespace WarRoom.Web.Features.Boards.Parsing;

/// <summary>
/// The JSON names of an enum's members, taken from the same <see cref="JsonStringEnumMemberNameAttribute"/>s the
/// serializer writes, so parsing and writing a board can never disagree on a word.
/// </summary>
internal static class WireEnum<T>
    where T : struct, Enum
{
    private static readonly IReadOnlyDictionary<string, T> ByName = typeof(T)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(
            f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name,
            f => (T)f.GetValue(null)!,
            StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string text, out T value) => ByName.TryGetValue(text, out value);
}
