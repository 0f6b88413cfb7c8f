using System.Buffers.Binary;
using WarRoom.Core.Aggregates;

namespace WarRoom.Core.Tests.Support;

/// <summary>A state channel over a byte buffer: saves into it, or loads back from what was saved.</summary>
internal sealed class MemoryStateChannel : IStateChannel
{
    private readonly MemoryStream buffer;

    private MemoryStateChannel(MemoryStream buffer, bool loading)
    {
        this.buffer = buffer;
        IsLoading = loading;
    }

    public bool IsLoading { get; }

    public static byte[] Save(Action<IStateChannel> walk)
    {
        using var stream = new MemoryStream();
        walk(new MemoryStateChannel(stream, loading: false));
        return stream.ToArray();
    }

    public static void Load(byte[] saved, Action<IStateChannel> walk)
    {
        using var stream = new MemoryStream(saved, writable: false);
        walk(new MemoryStateChannel(stream, loading: true));
        if (stream.Position != saved.Length)
        {
            throw new InvalidDataException($"loaded {stream.Position} of {saved.Length} bytes");
        }
    }

    public long Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        if (IsLoading)
        {
            buffer.ReadExactly(bytes);
            return BinaryPrimitives.ReadInt64LittleEndian(bytes);
        }

        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        buffer.Write(bytes);
        return value;
    }

    public void Bytes(Span<byte> data)
    {
        if (IsLoading)
        {
            buffer.ReadExactly(data);
        }
        else
        {
            buffer.Write(data);
        }
    }
}
