using System.Runtime.InteropServices;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// Where in-memory state goes to and comes back from, as numbers and raw blocks in one fixed order. Saving and
/// loading walk the same code (<see cref="KpiAggregates.ExchangeState"/>), so a field cannot be saved in one order
/// and loaded in another; the channel decides whether a call writes the value given or fills it from what was saved.
/// Core does no I/O: the checkpoint file behind a channel lives in the web host.
/// </summary>
public interface IStateChannel
{
    /// <summary>True when the walk fills state from the channel; false when it hands state to it.</summary>
    bool IsLoading { get; }

    /// <summary>Saving: records <paramref name="value"/> and returns it. Loading: returns the value saved there.</summary>
    long Number(long value);

    /// <summary>Saving: records the bytes. Loading: fills them with the bytes saved there (same length).</summary>
    void Bytes(Span<byte> data);
}

/// <summary>Typed blocks over <see cref="IStateChannel.Bytes"/>.</summary>
public static class StateChannelExtensions
{
    public static void Block<T>(this IStateChannel channel, Span<T> values)
        where T : unmanaged => channel.Bytes(MemoryMarshal.AsBytes(values));

    /// <summary>Saving: records the text (UTF-8, length first). Loading: returns the text saved there.</summary>
    public static string Text(this IStateChannel channel, string value)
    {
        var bytes = channel.IsLoading ? [] : System.Text.Encoding.UTF8.GetBytes(value);
        var length = channel.Number(bytes.Length);
        if (length is < 0 or > 1 << 20)
        {
            throw new InvalidDataException($"a saved text of {length} bytes");
        }

        if (channel.IsLoading)
        {
            bytes = new byte[length];
        }

        channel.Bytes(bytes);
        return channel.IsLoading ? System.Text.Encoding.UTF8.GetString(bytes) : value;
    }

    /// <summary>A length that must match this build's (units, days, KPIs); a mismatch means another campaign.</summary>
    public static void Expect(this IStateChannel channel, long value, string what)
    {
        var saved = channel.Number(value);
        if (saved != value)
        {
            throw new InvalidDataException($"the saved state has {saved} {what}, this campaign {value}");
        }
    }
}
