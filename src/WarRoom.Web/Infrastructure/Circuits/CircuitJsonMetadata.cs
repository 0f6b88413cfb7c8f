using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.JSInterop;

namespace WarRoom.Web.Infrastructure.Circuits;

/// <summary>
/// Keeps each circuit's JS-interop serializer from building metadata it never uses (decision 0002, desk memory).
/// Every circuit has its own JS runtime and so its own <see cref="JsonSerializerOptions"/> (its converters hold the
/// runtime). The circuit's first call (<c>attachWebRendererInterop</c>) passes boxed arguments (an int, two
/// dictionaries, an object reference); for each of them System.Text.Json looks for a polymorphic ancestor and
/// builds reflection metadata for every base type and interface — IComparable, INumber&lt;int&gt;, ISerializable
/// and ~50 more: 60 KB a circuit, a fifth of a live desk page, for values nobody serializes.
/// The runtime's reflection resolver here declines exactly those: System interfaces that are not collections, and
/// <see cref="ValueType"/> and <see cref="Enum"/>. A value is serialized by its real type; no declared type of a
/// JS call can be one of these (STJ cannot read JSON into them), so what goes over the wire is unchanged.
/// </summary>
public static class CircuitJsonMetadata
{
    /// <summary>The protected options of <see cref="JSRuntime"/>; null if a framework version renamed them.</summary>
    private static readonly PropertyInfo? OptionsProperty =
        typeof(JSRuntime).GetProperty("JsonSerializerOptions", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Wraps the circuit's <see cref="IJSRuntime"/> registration (call after AddInteractiveServerComponents).</summary>
    public static IServiceCollection AddLeanCircuitJsonMetadata(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IJSRuntime));
        if (registered?.ImplementationType is not { } runtimeType || !typeof(JSRuntime).IsAssignableFrom(runtimeType) || OptionsProperty is null)
        {
            return services; // another framework layout: keep its runtime as it is (the memory bench would show it)
        }

        services.Add(ServiceDescriptor.Scoped<IJSRuntime>(sp => Trimmed((JSRuntime)ActivatorUtilities.CreateInstance(sp, runtimeType))));
        return services;
    }

    /// <summary>The runtime's serializer options, as the circuit uses them.</summary>
    public static JsonSerializerOptions? OptionsOf(IJSRuntime runtime) => OptionsProperty?.GetValue(runtime) as JsonSerializerOptions;

    private static JSRuntime Trimmed(JSRuntime runtime)
    {
        // Before the first call: the options lock on their first use. Without a resolver of their own (10.0) they
        // would take STJ's reflection resolver then; later versions chain one after their source-generated ones.
        var options = OptionsOf(runtime)!;
        var chain = options.TypeInfoResolverChain;
        if (chain.Count == 0)
        {
            options.TypeInfoResolver = new AncestorsDeclined(new DefaultJsonTypeInfoResolver());
        }

        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] is DefaultJsonTypeInfoResolver reflection)
            {
                chain[i] = new AncestorsDeclined(reflection);
            }
        }

        return runtime;
    }

    /// <summary>True for a type only ever asked for as some value's ancestor.</summary>
    public static bool OnlyAnAncestor(Type type) =>
        type == typeof(ValueType) || type == typeof(Enum) ||
        (type.IsInterface && type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)) &&
         !typeof(IEnumerable).IsAssignableFrom(type));

    private sealed class AncestorsDeclined(IJsonTypeInfoResolver inner) : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            OnlyAnAncestor(type) ? null : inner.GetTypeInfo(type, options);
    }
}
