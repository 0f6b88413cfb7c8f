using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

public sealed class CsvTextTests
{
    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaksAndLinesStayCounted()
    {
        var records = CsvText.Read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row").ToList();

        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
        Assert.Equal(["last", "row"], records[3].Fields);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void CrLfBomAndBlankLinesAreHandled()
    {
        var records = CsvText.Read("\uFEFFh1,h2\r\n\r\n1,2\r\n").ToList();

        Assert.Equal([(1, "h1"), (3, "1")], records.Select(r => (r.Line, r.Fields[0])));
    }

    [Fact]
    public void TrailingCommaMakesAnEmptyLastField()
    {
        var record = Assert.Single(CsvText.Read("a,b,"));

        Assert.Equal(["a", "b", string.Empty], record.Fields);
    }

    [Fact]
    public void UnclosedQuoteIsReportedInsteadOfSwallowingTheRestSilently()
    {
        var records = CsvText.Read("a,b\n1,\"open\n3,4\n5,6\n").ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal("the quoted field opened on line 2 is never closed", records[1].Error);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void EscapeRoundTrips(string? value, string escaped)
    {
        Assert.Equal(escaped, CsvText.Escape(value));
        Assert.Equal(value ?? string.Empty, Assert.Single(Assert.Single(CsvText.Read(escaped + ",x")).Fields.Take(1)));
    }
}
