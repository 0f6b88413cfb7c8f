using System.Reflection;
using System.Text.Json.Serialization;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// The "type" a polymorphic record is written with, read from the <see cref="JsonDerivedTypeAttribute"/>s on its
/// base, so the C# side and the JSON side cannot name a widget type differently.
/// </summary>
internal static class Discriminators<TBase>
{
    private static readonly IReadOnlyDictionary<Type, string> Names = typeof(TBase)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    public static string Of(Type type) => Names.TryGetValue(type, out var name)
        ? name
        : throw new InvalidOperationException($"{type.Name} is not a registered {typeof(TBase).Name}");
}
