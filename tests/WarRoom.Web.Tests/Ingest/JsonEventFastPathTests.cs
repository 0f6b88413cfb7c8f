using System.Text;
using System.Text.Json;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>
/// The fast path takes the usual body and gives what the general reader gives; whatever it is unsure of (a bad
/// event, an escape, malformed JSON) it leaves to the general reader, and it never takes a body the general reader
/// would read differently — checked on thousands of corrupted bodies.
/// </summary>
public sealed class JsonEventFastPathTests
{
    private readonly Core.Seed.SeedData seed = TestSeed.Create();
    private readonly EventChecks checks;

    public JsonEventFastPathTests() =>
        checks = new EventChecks(seed.Org, seed.Kpis, seed.Campaign, TestSeed.CampaignStart.AddDays(30), TimeSpan.FromMinutes(5));

    [Fact]
    public void A_body_written_by_the_dotnet_json_writer_is_read_fast_and_alike()
    {
        var body = WriterBody(200, new Random(7));

        var fast = Fast(body);

        Assert.NotNull(fast);
        Assert.Equal(200, fast.Count);
        Assert.Equal(Describe(General(body)), Describe(fast));
    }

    [Fact]
    public void Whitespace_anywhere_json_allows_it_and_fields_in_any_order_are_read_fast()
    {
        var body = Encoding.UTF8.GetBytes(
            " \r\n{ \"events\" :\t[ { \"value\" : -0.5e1 , \"kpi\":\"mau\", \"unit\" : \"M003\",\"time\":\"2027-01-05T01:00:00Z\", \"id\": \"a b\" },\n"
            + "{\"id\":\"x\",\"time\":\"2027-01-05T09:00:00+08:00\",\"unit\":\"M001\",\"kpi\":\"deposit_new\",\"value\":0} ] } \n");

        var fast = Fast(body);

        Assert.NotNull(fast);
        Assert.Equal(Describe(General(body)), Describe(fast));
        Assert.Equal(-5.0, fast[0].Value);
        Assert.Equal("a b", fast[0].Id);
    }

    [Theory]
    [InlineData("""{"events":[{"id":"","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1}]}""", 1)]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M999","kpi":"mau","value":1}]}""", 1)]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00","unit":"M001","kpi":"mau","value":1}]}""", 1)]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":"1"}]}""", 1)]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1e10}]}""", 1)]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau"}]}""", 1)]
    [InlineData("""{"events":[{"id":"e1","id":"e2","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1}]}""", 1)]
    [InlineData("""{"events":[{"id":"é","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1}]}""", 1)]
    [InlineData("""{"events":[{"id":"\u00e9","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1}]}""", 1)]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1,"note":"x"}]}""", 1)]
    [InlineData("""{"source":"crm","events":[]}""", 0)]
    public void Anything_but_good_events_in_the_usual_shape_goes_to_the_general_reader(string json, int count)
    {
        var body = Encoding.UTF8.GetBytes(json);

        Assert.Null(Fast(body));
        Assert.Equal(count, General(body).Count);
    }

    [Theory]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":01}]}""")]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1.}]}""")]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1},]}""")]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1}]} x""")]
    [InlineData("""{"events":[{"id":"e1","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":1}]""")]
    public void Malformed_json_is_never_taken_fast_and_stays_a_body_problem(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);

        Assert.Null(Fast(body));
        Assert.Throws<BodyProblemException>(() => General(body));
    }

    [Fact]
    public void Numbers_are_the_same_doubles_as_a_full_decimal_parse()
    {
        string[] numbers = ["0", "-0", "1", "0.1", "0.3", "123.45", "-999999.99", "1e3", "2.5E-3", "12345.6789012345", "1234.56789012345678", "0.000000000000000000000001", "999999999.999999"];
        foreach (var n in numbers)
        {
            var body = Encoding.UTF8.GetBytes($$"""{"events":[{"id":"e","time":"2027-01-05T09:00:00+08:00","unit":"M001","kpi":"mau","value":{{n}}}]}""");
            var fast = Fast(body);
            Assert.True(fast is not null, n);
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(fast[0].Value));
        }
    }

    [Fact]
    public void Whatever_the_fast_path_takes_out_of_thousands_of_corrupted_bodies_the_general_reader_reads_the_same()
    {
        var random = new Random(20261205);
        byte[] alphabet = "\"\\{}[],:0123456789eE.+- \t\nazAZ"u8.ToArray().Concat(new byte[] { 0x00, 0x1F, 0x7F, 0xC3, 0xE9, 0xFF }).ToArray();
        int taken = 0, corrupted = 4000;
        for (var i = 0; i < corrupted; i++)
        {
            var body = WriterBody(3, random).ToList();
            for (var m = random.Next(1, 3); m > 0; m--)
            {
                var at = random.Next(body.Count);
                switch (random.Next(3))
                {
                    case 0: body[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: body.RemoveAt(at); break;
                    default: body.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }

            var bytes = body.ToArray();
            var fast = Fast(bytes);
            if (fast is null)
            {
                continue;
            }

            taken++;
            var general = General(bytes);
            Assert.True(Describe(general) == Describe(fast), $"fast and general differ on {Encoding.UTF8.GetString(bytes)}");
        }

        // Some corruptions leave a good body (a digit of a value, a letter of an id): those are the ones compared.
        Assert.InRange(taken, 100, corrupted - 1);
    }

    private List<IncomingEvent>? Fast(byte[] body)
    {
        var events = new List<IncomingEvent>();
        return JsonEventFastPath.TryRead(body, checks, 10_000, events) ? events : null;
    }

    private List<IncomingEvent> General(byte[] body)
    {
        var events = new List<IncomingEvent>();
        JsonEventReader.ReadGeneral(body, checks, 10_000, events);
        return events;
    }

    private static string Describe(List<IncomingEvent> events) => string.Join("\n", events.Select(e =>
        $"{e.Index}|{e.Id}|{e.TimeMs}|{e.Unit}|{e.Kpi}|{BitConverter.DoubleToInt64Bits(e.Value)}|{e.Error}"));

    private byte[] WriterBody(int count, Random random)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            for (var i = 0; i < count; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"src-{random.Next(1_000_000)}-{i}");
                json.WriteString("time", TestSeed.CampaignStart.AddDays(3).AddSeconds(random.Next(86_400)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("unit", seed.Org.Units[random.Next(seed.Org.Units.Count)].Code);
                json.WriteString("kpi", seed.Kpis[random.Next(2)].Code);
                json.WriteNumber("value", Math.Round(random.NextDouble() * 10_000, 2));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
