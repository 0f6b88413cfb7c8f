using WarRoom.Core.Aggregates;
using WarRoom.Web.Pipeline.Checkpoints;

namespace WarRoom.Web.Tests.Pipeline.Checkpoints;

/// <summary>
/// Format 5's runs of a repeated word: every mix of zeros, repeats of another word (shorter and longer than
/// <see cref="CheckpointRuns.MinRepeat"/>) and raw words reads back bit for bit, and a long repeat costs a few bytes.
/// </summary>
public sealed class CheckpointRunsTests
{
    private static readonly CheckpointHeader Header = new(12345, 11, 10, 10, 1_800_000_000_000, "sqlite");

    [Fact]
    public void Blocks_of_mixed_runs_read_back_as_written()
    {
        var random = new Random(2026);
        long[] alphabet = [0, long.MinValue, -1, 7, 1L << 40];
        var blocks = new List<long[]>();
        for (var b = 0; b < 300; b++)
        {
            var block = new long[random.Next(0, 400)];
            for (var i = 0; i < block.Length;)
            {
                // Runs of 1–6 of one word from a small alphabet, so that every boundary case comes up.
                var word = random.Next(4) == 0 ? random.NextInt64() : alphabet[random.Next(alphabet.Length)];
                for (var n = random.Next(1, 7); n > 0 && i < block.Length; n--)
                {
                    block[i++] = word;
                }
            }

            blocks.Add(block);
        }

        var read = RoundTrip(blocks, trailingBytes: [1, 2, 3]);
        Assert.Equal(blocks.Count, read.Count);
        for (var b = 0; b < blocks.Count; b++)
        {
            Assert.True(blocks[b].AsSpan().SequenceEqual(read[b]), $"block {b}");
        }
    }

    [Fact]
    public void A_block_of_one_repeated_word_is_a_few_bytes()
    {
        var noReading = new long[1_000_000];
        Array.Fill(noReading, long.MinValue);
        var path = Write([noReading], [1, 2, 3]);
        Assert.True(new FileInfo(path).Length < 200, $"{new FileInfo(path).Length} bytes for 1,000,000 equal words");
        Assert.Equal(noReading, Read(path)[0]);
    }

    [Fact]
    public void Repeats_shorter_than_the_minimum_stay_raw_and_end_a_raw_run_where_a_long_one_starts()
    {
        Assert.Equal(2, CheckpointRuns.RawLength([5, 6, 7, 7, 7, 7]));
        Assert.Equal(4, CheckpointRuns.RawLength([5, 5, 6, 6, 0, 6]));
        Assert.Equal(3, CheckpointRuns.RawLength([5, 6, 6]));
        Assert.Equal(0, CheckpointRuns.RawLength([9, 9, 9]));
        Assert.Equal(3, CheckpointRuns.Repeats([9, 9, 9, 8]));
    }

    private static List<long[]> RoundTrip(List<long[]> blocks, byte[] trailingBytes) => Read(Write(blocks, trailingBytes));

    private static string Write(List<long[]> blocks, byte[] trailingBytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("warroom-ckruns-").FullName, "a.wrc");
        CheckpointFile.Write(path, Header, channel =>
        {
            channel.Number(blocks.Count);
            foreach (var block in blocks)
            {
                channel.Number(block.Length);
                channel.Block<long>(block);
            }

            channel.Bytes(trailingBytes.ToArray());
        });
        return path;
    }

    private static List<long[]> Read(string path)
    {
        var read = new List<long[]>();
        Assert.Null(CheckpointFile.Load(path, channel =>
        {
            var count = channel.Number(0);
            for (var b = 0; b < count; b++)
            {
                var block = new long[channel.Number(0)];
                channel.Block<long>(block);
                read.Add(block);
            }

            var trailing = new byte[3];
            channel.Bytes(trailing);
            Assert.Equal([1, 2, 3], trailing);
        }));
        return read;
    }
}
