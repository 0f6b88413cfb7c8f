using System.Numerics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using WarRoom.Web.Infrastructure.Circuits;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Infrastructure.Circuits;

/// <summary>
/// A circuit's JS runtime, as the host builds it, builds serializer metadata only for what it sends: the boxed
/// arguments of the circuit's first call are still written as before, and their ancestors (IComparable, INumber,
/// ISerializable…) get no metadata of their own (60 KB a circuit, docs/decisions/0002).
/// </summary>
public sealed class CircuitJsonMetadataTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>
{
    [Fact]
    public void The_circuit_runtime_writes_boxed_arguments_without_metadata_for_their_ancestors()
    {
        using var scope = app.Services.CreateScope();
        var runtime = scope.ServiceProvider.GetRequiredService<IJSRuntime>();
        Assert.Equal("RemoteJSRuntime", runtime.GetType().Name);
        var options = CircuitJsonMetadata.OptionsOf(runtime)!;

        object[] args = [0, DayOfWeek.Monday, new Dictionary<string, List<string>> { ["a"] = ["b"] }, "text", 2.5];
        var json = JsonSerializer.Serialize(args, options);

        Assert.Equal("""[0,1,{"a":["b"]},"text",2.5]""", json);
        Assert.False(options.TryGetTypeInfo(typeof(IComparable), out _));
        Assert.False(options.TryGetTypeInfo(typeof(INumber<int>), out _));
        Assert.False(options.TryGetTypeInfo(typeof(Enum), out _));
        Assert.True(options.TryGetTypeInfo(typeof(IEnumerable<string>), out _));
    }

    [Theory]
    [InlineData(typeof(IComparable), true)]
    [InlineData(typeof(ISpanFormattable), true)]
    [InlineData(typeof(System.Runtime.Serialization.ISerializable), true)]
    [InlineData(typeof(ValueType), true)]
    [InlineData(typeof(IDictionary<string, int>), false)]
    [InlineData(typeof(IJSObjectReference), false)]
    [InlineData(typeof(int), false)]
    [InlineData(typeof(object), false)]
    public void Only_ancestors_nobody_serializes_are_declined(Type type, bool declined) =>
        Assert.Equal(declined, CircuitJsonMetadata.OnlyAnAncestor(type));
}
