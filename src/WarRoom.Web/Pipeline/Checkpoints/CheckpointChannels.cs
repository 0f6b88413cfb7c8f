using System.Buffers.Binary;
using System.IO.Hashing;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// The checkpoint body's framing: every block in pages of 64 KB, each a marker byte then its bytes raw, or the marker
/// alone for a page of zeros. Numbers are 8-byte blocks.
/// </summary>
internal static class CheckpointPages
{
    public const int PageSize = 64 * 1024;
    public const byte ZeroPage = 0;
    public const byte RawPage = 1;
}

internal sealed class SavingChannel(Stream file) : IStateChannel
{
    public XxHash128 Hash { get; } = new();

    public long Written { get; private set; }

    public bool IsLoading => false;

    public long Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        Bytes(bytes);
        return value;
    }

    public void Bytes(Span<byte> data)
    {
        // Page by page, a page of zeros as one marker byte: an id ledger sized ahead of the campaign and the
        // day cells of units that booked nothing are mostly zeros.
        Span<byte> marker = stackalloc byte[1];
        for (var page = 0; page < data.Length; page += CheckpointPages.PageSize)
        {
            var part = data.Slice(page, Math.Min(CheckpointPages.PageSize, data.Length - page));
            marker[0] = part.IndexOfAnyExcept((byte)0) < 0 ? CheckpointPages.ZeroPage : CheckpointPages.RawPage;
            Raw(marker);
            if (marker[0] == CheckpointPages.RawPage)
            {
                Raw(part);
            }
        }
    }

    /// <summary>Bytes as they are, outside the page framing (the header).</summary>
    public void Raw(ReadOnlySpan<byte> data)
    {
        file.Write(data);
        Hash.Append(data);
        Written += data.Length;
    }
}

internal sealed class LoadingChannel(Stream file, long end) : IStateChannel
{
    public bool IsLoading => true;

    public long Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        Bytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    public void Bytes(Span<byte> data)
    {
        Span<byte> marker = stackalloc byte[1];
        for (var page = 0; page < data.Length; page += CheckpointPages.PageSize)
        {
            var part = data.Slice(page, Math.Min(CheckpointPages.PageSize, data.Length - page));
            Raw(marker);
            switch (marker[0])
            {
                case CheckpointPages.ZeroPage:
                    part.Clear();
                    break;
                case CheckpointPages.RawPage:
                    Raw(part);
                    break;
                default:
                    throw new InvalidDataException($"page marker {marker[0]} at byte {file.Position - 1}");
            }
        }
    }

    private void Raw(Span<byte> data)
    {
        if (file.Position + data.Length > end)
        {
            throw new InvalidDataException("the state runs past the end of the file");
        }

        file.ReadExactly(data);
    }
}
