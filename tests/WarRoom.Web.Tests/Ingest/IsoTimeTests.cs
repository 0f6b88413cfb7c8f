using System.Text;
using System.Text.Json;
using WarRoom.Web.Features.Ingest.Parsing;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>The fast reader of the common time shape agrees with System.Text.Json's ISO 8601 reader wherever it answers.</summary>
public sealed class IsoTimeTests
{
    private static bool General(string text, out DateTimeOffset time)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($"\"{text}\""));
        reader.Read();
        return reader.TryGetDateTimeOffset(out time);
    }

    [Theory]
    [InlineData("2027-01-04T09:31:00+08:00")]
    [InlineData("2027-01-04T01:31:00Z")]
    [InlineData("2028-02-29T23:59:59-05:30")]
    [InlineData("2027-12-31T00:00:00+14:00")]
    [InlineData("2027-12-31T00:00:00-14:00")]
    public void The_common_shapes_are_read_fast_and_alike(string text)
    {
        Assert.True(IsoTime.TryParseCommon(Encoding.ASCII.GetBytes(text), out var fast));
        Assert.True(General(text, out var general));
        Assert.Equal(general, fast);
        Assert.Equal(general.Offset, fast.Offset);
    }

    [Fact]
    public void The_plus_as_the_default_dotnet_json_encoder_escapes_it_is_read_fast_too()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStringValue("2027-01-04T09:31:00+08:00");
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();

        Assert.True(reader.ValueIsEscaped);
        Assert.True(IsoTime.TryParseCommon(reader.ValueSpan, escaped: true, out var fast));
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 9, 31, 0, TimeSpan.FromHours(8)), fast);
        Assert.Equal(TimeSpan.FromHours(8), fast.Offset);
        Assert.False(IsoTime.TryParseCommon("2027-01-04T09:31:00\\u002D08:00"u8, escaped: true, out _));
    }

    [Theory]
    [InlineData("2027-02-29T09:31:00+08:00")]
    [InlineData("2027-04-31T09:31:00+08:00")]
    [InlineData("2027-01-04T24:00:00+08:00")]
    [InlineData("2027-01-04T09:60:00+08:00")]
    [InlineData("2027-01-04T09:31:60+08:00")]
    [InlineData("2027-13-04T09:31:00+08:00")]
    [InlineData("2027-01-04T09:31:00+14:01")]
    [InlineData("2027-01-04T09:31:00+08:60")]
    [InlineData("2027-01-04 09:31:00+08:00")]
    [InlineData("2027-01-04T09:31:00.5+08:00")]
    [InlineData("2027-01-04T09:31:00")]
    [InlineData("2027-01-04T09:31:00z")]
    [InlineData("0000-01-04T09:31:00+08:00")]
    [InlineData("0001-01-01T00:00:00+00:01")]
    [InlineData("2027-0a-04T09:31:00+08:00")]
    public void Anything_else_is_left_to_the_general_reader(string text) =>
        Assert.False(IsoTime.TryParseCommon(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void Generated_times_agree_with_the_general_reader_whenever_the_fast_one_answers()
    {
        var random = new Random(11);
        var fastAnswers = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var offset = random.Next(4) switch
            {
                0 => "Z",
                1 => $"+{random.Next(0, 16):D2}:{random.Next(0, 62):D2}",
                2 => $"-{random.Next(0, 16):D2}:{random.Next(0, 62):D2}",
                _ => "+08:00",
            };
            var text = $"{random.Next(0, 10000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}T{random.Next(0, 26):D2}:{random.Next(0, 62):D2}:{random.Next(0, 62):D2}{offset}";
            if (IsoTime.TryParseCommon(Encoding.ASCII.GetBytes(text), out var fast))
            {
                fastAnswers++;
                Assert.True(General(text, out var general), text);
                Assert.Equal(general, fast);
                Assert.Equal(general.Offset, fast.Offset);
            }
            else if (General(text, out _))
            {
                Assert.Fail($"the general reader takes {text} but the fast one does not");
            }
        }

        Assert.True(fastAnswers > 5_000, $"only {fastAnswers} generated times were valid");
    }
}
