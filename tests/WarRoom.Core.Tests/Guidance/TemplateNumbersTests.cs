using WarRoom.Core.Guidance.Templates;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>How numbers read in guidance: the same on every machine and culture, halves away from zero, no "-0".</summary>
public sealed class TemplateNumbersTests
{
    [Theory]
    [InlineData(0.5234, null, "Share", 0, "52.3%")]
    [InlineData(0.5234, "P0", "Share", 0, "52%")]
    [InlineData(0.15349, "pt1", "Share", 0, "15.3")]
    [InlineData(0.00125, "P1", "Share", 0, "0.1%")]     // 0.125 % rounds away from zero
    [InlineData(12345.675, null, "Amount", 2, "12,345.68")]
    [InlineData(12.5, null, "Amount", 0, "13")]
    [InlineData(2.5, "N0", "Count", 0, "3")]
    [InlineData(-0.04, "N0", "Count", 0, "0")]          // never "-0"
    [InlineData(-1234.5, "F1", "Amount", 2, "-1234.5")]
    [InlineData(78.25, null, "Score", 0, "78.3")]
    public void Writes(double value, string? format, string kind, int decimals, string expected)
    {
        Assert.Equal(expected, TemplateNumbers.Write(value, format, Enum.Parse<PlaceholderKind>(kind), decimals));
    }

    [Fact]
    public void Does_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,234.50", TemplateNumbers.Write(1234.5, "N2", PlaceholderKind.Amount, 2));
            Assert.Equal("52.3%", TemplateNumbers.Write(0.523, "P1", PlaceholderKind.Share, 0));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("P0", true)]
    [InlineData("N4", true)]
    [InlineData("pt2", true)]
    [InlineData("P5", false)]
    [InlineData("C2", false)]
    [InlineData("0.00", false)]
    [InlineData("pt", false)]
    [InlineData("", false)]
    public void Accepts_only_the_documented_formats(string format, bool valid)
    {
        Assert.Equal(valid, TemplateNumbers.IsValidFormat(format));
    }
}
