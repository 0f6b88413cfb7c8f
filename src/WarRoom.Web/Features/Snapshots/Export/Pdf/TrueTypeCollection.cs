using System.Buffers.Binary;

namespace WarRoom.Web.Features.Snapshots.Export.Pdf;

/// <summary>
/// Takes the first face out of a TrueType collection (.ttc), as a standalone .ttf: PdfPig embeds single fonts only,
/// and Debian ships its CJK TrueType fonts (WenQuanYi, AR PL) as collections. Tables are copied unchanged; only
/// the offsets in the table directory are rewritten for the new layout.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // "ttcf"

    public static byte[] FirstFace(byte[] file)
    {
        if (file.Length < 16 || BinaryPrimitives.ReadUInt32BigEndian(file) != CollectionTag)
        {
            return file;
        }

        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(face + 4));
        var directoryLength = 12 + (16 * tableCount);
        var tables = new (int Offset, int Length)[tableCount];
        var total = directoryLength;
        for (var i = 0; i < tableCount; i++)
        {
            var record = file.AsSpan(face + 12 + (16 * i));
            tables[i] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            total += Padded(tables[i].Length);
        }

        var font = new byte[total];
        file.AsSpan(face, directoryLength).CopyTo(font);
        var position = directoryLength;
        for (var i = 0; i < tableCount; i++)
        {
            file.AsSpan(tables[i].Offset, tables[i].Length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + (16 * i) + 8), (uint)position);
            position += Padded(tables[i].Length);
        }

        return font;
    }

    /// <summary>Tables start on 4-byte boundaries.</summary>
    private static int Padded(int length) => (length + 3) & ~3;
}
