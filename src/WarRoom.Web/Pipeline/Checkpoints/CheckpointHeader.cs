using System.Buffers.Binary;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// What a checkpoint covers, written first so that a start can refuse a file before reading its body: the format
/// version, the fingerprint of the seed it was taken under, and the store position. <see cref="NextSeq"/>: every
/// event this node numbered below it is in the checkpoint (or was never stored); the start replays the store from
/// there. <see cref="LastSeq"/>: the highest seq applied, which the store must still hold.
/// </summary>
public sealed record CheckpointHeader(UInt128 Fingerprint, long NextSeq, long LastSeq, long Events, long CreatedMs, string Store)
{
    /// <summary>
    /// Bumped whenever the body's walk changes; a file of another version is never read (3: the latest days' and
    /// weeks' totals per dimension value; 4: the id ledger in generations with fingerprints, decision 0022; 5: own readings
    /// only on days that have one and a 12-byte journal entry; 6: a leaf's day cells in 4 bytes, decision 0028;
    /// 7: runs of any repeated word, not only of zeros, decision 0023; 8: a CRC-32C checksum instead of XxHash128,
    /// decision 0031).
    /// </summary>
    public const int FormatVersion = 8;

    public const int Size = 8 + 4 + 4 + 16 + (4 * 8) + 16;

    private static ReadOnlySpan<byte> Magic => "WRCKPT\r\n"u8;

    public void WriteTo(Span<byte> buffer)
    {
        buffer[..Size].Clear();
        Magic.CopyTo(buffer);
        BinaryPrimitives.WriteInt32LittleEndian(buffer[8..], FormatVersion);
        BinaryPrimitives.WriteUInt128LittleEndian(buffer[16..], Fingerprint);
        BinaryPrimitives.WriteInt64LittleEndian(buffer[32..], NextSeq);
        BinaryPrimitives.WriteInt64LittleEndian(buffer[40..], LastSeq);
        BinaryPrimitives.WriteInt64LittleEndian(buffer[48..], Events);
        BinaryPrimitives.WriteInt64LittleEndian(buffer[56..], CreatedMs);
        System.Text.Encoding.ASCII.GetBytes(Store.AsSpan(0, Math.Min(16, Store.Length)), buffer[64..80]);
    }

    /// <summary>Null with the reason when the bytes are not a checkpoint of this format.</summary>
    public static CheckpointHeader? Read(ReadOnlySpan<byte> buffer, out string? problem)
    {
        if (buffer.Length < Size || !buffer[..8].SequenceEqual(Magic))
        {
            problem = "not a WarRoom checkpoint";
            return null;
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(buffer[8..]);
        if (version != FormatVersion)
        {
            problem = $"format version {version}, this build reads {FormatVersion}";
            return null;
        }

        problem = null;
        return new CheckpointHeader(
            BinaryPrimitives.ReadUInt128LittleEndian(buffer[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(buffer[32..]),
            BinaryPrimitives.ReadInt64LittleEndian(buffer[40..]),
            BinaryPrimitives.ReadInt64LittleEndian(buffer[48..]),
            BinaryPrimitives.ReadInt64LittleEndian(buffer[56..]),
            System.Text.Encoding.ASCII.GetString(buffer[64..80]).TrimEnd('\0'));
    }
}
