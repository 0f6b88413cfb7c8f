using System.Text.Json;
using System.Text.Json.Serialization;
using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>
/// A point of a cumulative series, on the wire as <c>[epoch milliseconds, value]</c>: a trend widget carries ~150
/// points and goes to every screen each time a deal moves it, and the chart wants exactly that pair.
/// </summary>
[JsonConverter(typeof(TrendPointJsonConverter))]
public sealed record TrendPoint(DateTimeOffset Time, double Value);

/// <summary>
/// A KPI's cumulative value for the unit on screen against the target line (<c>trend</c>). The target line is given
/// as points rather than a straight line because in working-day mode time progress stands still over holidays.
/// </summary>
public sealed record TrendPayload : WidgetPayload
{
    public required string Kpi { get; init; }
    public required LocalizedText Name { get; init; }
    public required string Unit { get; init; }
    public double? Target { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }

    /// <summary>Cumulative actuals up to <see cref="BoardPayload.AsOf"/>, one point per interval.</summary>
    public required IReadOnlyList<TrendPoint> Actual { get; init; }

    /// <summary>target × time progress at each interval over the whole campaign; empty without a target.</summary>
    public required IReadOnlyList<TrendPoint> TargetLine { get; init; }
}

/// <summary>Writes and reads a <see cref="TrendPoint"/> as <c>[epoch milliseconds, value]</c> (the offset is the campaign's, known to the page).</summary>
public sealed class TrendPointJsonConverter : JsonConverter<TrendPoint>
{
    public override TrendPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            throw Malformed();
        }

        var time = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            throw Malformed();
        }

        var value = reader.GetDouble();
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw Malformed();
        }

        return new TrendPoint(time, value);
    }

    public override void Write(Utf8JsonWriter writer, TrendPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Time.ToUnixTimeMilliseconds());
        writer.WriteNumberValue(value.Value);
        writer.WriteEndArray();
    }

    private static JsonException Malformed() => new("a trend point is [epoch milliseconds, value]");
}
