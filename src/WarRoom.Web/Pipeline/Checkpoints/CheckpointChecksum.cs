using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// A checkpoint's checksum since format 8: CRC-32C of every byte before the trailer (decision 0031). It was an
/// XxHash128 from System.IO.Hashing, a NuGet package that is not precompiled: through a start its code stayed tier-0
/// JIT code (tier-1 promotion waits while the start keeps compiling), and the second thread that checks it beside the
/// load took ~4 s of CPU for the 1.7 GB national file, on the core the JIT, the GC and last year's campaign need.
/// <see cref="BitOperations.Crc32C(uint, ulong)"/> is one instruction per 8 bytes, compiled optimised here from the
/// first call. It is meant for torn and damaged files (every cut and every flipped byte is refused), not for an adversary.
/// </summary>
internal sealed class CheckpointChecksum
{
    private uint crc = uint.MaxValue;

    /// <summary>The checksum of <paramref name="data"/> in one call.</summary>
    public static uint Of(ReadOnlySpan<byte> data)
    {
        var sum = new CheckpointChecksum();
        sum.Append(data);
        return sum.Value;
    }

    public uint Value => ~crc;

    /// <remarks>Byte-wise CRC and 8-byte steps agree, so a stream checksummed in pieces of any length sums the same.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<byte> data)
    {
        var c = crc;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            c = BitOperations.Crc32C(c, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i, 8)));
        }

        for (; i < data.Length; i++)
        {
            c = BitOperations.Crc32C(c, data[i]);
        }

        crc = c;
    }
}
