using WarRoom.Core.Aggregates;
using WarRoom.Web.Pipeline.Checkpoints;

namespace WarRoom.Web.Tests.Pipeline.Checkpoints;

/// <summary>The file format on its own: what is written reads back bit for bit, zero pages included; any damage is refused.</summary>
public sealed class CheckpointFileTests
{
    private static readonly CheckpointHeader Header = new(UInt128.MaxValue - 5, 1_001, 998, 1_000, 1_800_000_000_000, "sqlite");

    [Fact]
    public void Numbers_blocks_and_zero_pages_read_back_as_written()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("warroom-ckfile-").FullName, "a.wrc");
        var blocks = new long[3][];
        blocks[0] = new long[200_000];                       // several zero pages
        blocks[1] = [.. Enumerable.Range(0, 50_000).Select(i => i % 9_000 == 0 ? (long)i * 7 : 0)]; // mostly zeros, some not
        blocks[2] = [.. Enumerable.Range(0, 10).Select(i => long.MinValue + i)];
        CheckpointFile.Write(path, Header, channel => Walk(channel, blocks, "说明 text"));

        Assert.Equal(Header, CheckpointFile.Verify(path, out var problem));
        Assert.Null(problem);
        Assert.Equal(Header, CheckpointFile.ReadHeader(path, out problem));
        var read = new long[3][];
        string? text = null;
        Assert.Null(CheckpointFile.Load(path, channel => text = Walk(channel, read, "")));
        Assert.Equal("说明 text", text);
        for (var i = 0; i < blocks.Length; i++)
        {
            Assert.Equal(blocks[i], read[i]);
        }
    }

    [Fact]
    public void Every_cut_and_every_flipped_byte_is_refused()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("warroom-ckfile-").FullName, "a.wrc");
        CheckpointFile.Write(path, Header, channel => Walk(channel, [new long[20_000], [1, 2, 3], [4]], "x"));
        var whole = File.ReadAllBytes(path);
        for (var at = 0; at < whole.Length; at += 1 + (at / 7))
        {
            File.WriteAllBytes(path, whole[..at]);
            Assert.Null(CheckpointFile.Verify(path, out _));
            Assert.True(RefusedByTheLoad(path), $"cut at byte {at}");
            var flipped = (byte[])whole.Clone();
            flipped[at] ^= 0x01;
            File.WriteAllBytes(path, flipped);
            Assert.Null(CheckpointFile.Verify(path, out _));
            Assert.True(RefusedByTheLoad(path), $"byte {at} flipped");
        }
    }

    /// <summary>The one-pass start: the header and length, then a load that checks the checksum as it goes, or breaks off.</summary>
    private static bool RefusedByTheLoad(string path)
    {
        if (CheckpointFile.ReadHeader(path, out _) is null)
        {
            return true;
        }

        try
        {
            return CheckpointFile.Load(path, channel => Walk(channel, new long[3][], "")) is not null;
        }
        catch (Exception e) when (e is InvalidDataException or OverflowException)
        {
            // The loader takes any exception of the walk as damage once its second pass finds the checksum wrong.
            return true;
        }
    }

    private static string Walk(IStateChannel channel, long[][] blocks, string text)
    {
        var saidText = channel.Text(text);
        for (var i = 0; i < blocks.Length; i++)
        {
            var length = (int)channel.Number(blocks[i]?.Length ?? 0);
            blocks[i] ??= new long[length];
            channel.Block<long>(blocks[i]);
        }

        return saidText;
    }
}
