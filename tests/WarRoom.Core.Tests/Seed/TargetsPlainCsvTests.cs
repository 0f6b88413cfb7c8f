using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>
/// targets.csv without quotes is read by <c>PlainCsv</c> (no string per field); with a quote anywhere, by the general
/// CSV reader. The second is the oracle: each text below is read both ways — as it is, and with its first row's unit
/// followed by a blank record in quotes — and must give the same errors, or the same targets.
/// </summary>
public sealed class TargetsPlainCsvTests
{
    private const string File = SeedFileNames.Targets;

    public static TheoryData<string, string> Cases => new()
    {
        { "M00003,customers_new,100\n", "M00003,customers,100\n" },
        { "M00003,customers_new,100\n", "M00009,customers,100\n" },
        { "M00003,customers_new,100\n", "M00003,mobile_mau,100\n" },
        { "M00003,customers_new,100\n", "M00003,customers_new,-100\n" },
        { "M00003,customers_new,100\n", "M00003,customers_new, lots \n" },
        { "M00003,customers_new,100\n", "M00003,customers_new,100.5\n" },
        { "M00003,customers_new,100\n", "M00003,deposit_new,4000.00\n" },
        { "M00003,customers_new,100\n", "M00003,customers_new\n" },
        { "M00003,customers_new,100\n", "M00003,customers_new,100,extra,more,fields\n" },
        { "M00003,customers_new,100\n", "  \n\n M00003 , customers_new ,\t100\r\n" },
        { "M00003,customers_new,100\n", "M00003,customers_new,100\rM00003,customers_new,100" },
        { "M00002,deposit_new,2500.00", "M00002,deposit_new,2400.00" },
        { "M00002,customers_new,80\n", string.Empty },
        { "unit,kpi,target\n", "\uFEFF\r\nunit, kpi ,target\r\n" },
        { "unit,kpi,target\n", "unit,kpi,goal\n" },
        { "unit,kpi,target\n", "unit,kpi\n" },
        { "M00003,customers_new,100\n", "M00003,customers_new,1E2\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plain_and_general_readers_agree(string find, string replace)
    {
        var plain = MinimalSeed.With(File, find, replace);
        var quoted = new Dictionary<string, string>(plain, StringComparer.Ordinal);
        quoted[File] = Quoted(plain[File]);
        Assert.Contains('"', quoted[File]);

        var plainResult = Outcome(plain);
        Assert.Equal(Outcome(quoted), plainResult);
    }

    [Fact]
    public void An_empty_file_is_reported_both_ways()
    {
        var files = MinimalSeed.Files();
        files[File] = "\n\n";
        Assert.Equal([new SeedError(File, 0, "file is empty (no header)")], MinimalSeed.Errors(files));
    }

    /// <summary>The same text with a last record of one empty quoted field, which the general reader skips as blank.</summary>
    private static string Quoted(string text) => text + (text.EndsWith('\n') || text.EndsWith('\r') ? "" : "\n") + "\"\"\n";

    private static string Outcome(Dictionary<string, string> files)
    {
        try
        {
            var data = MinimalSeed.Load(files);
            return string.Join(";", data.Org.Units.SelectMany(u => data.Kpis.All.Select(k => $"{u.Code}/{k.Code}={data.Campaign.Targets.Get(u, k)}")));
        }
        catch (SeedDataException e)
        {
            return string.Join("\n", e.Errors);
        }
    }
}
