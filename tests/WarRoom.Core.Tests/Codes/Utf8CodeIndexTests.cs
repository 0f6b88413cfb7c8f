using System.Text;
using WarRoom.Core.Codes;

namespace WarRoom.Core.Tests.Codes;

public sealed class Utf8CodeIndexTests
{
    private static readonly string[] Codes = [.. Enumerable.Range(0, 5_000).Select(i => $"M{i:D5}"), "分行01", "deposit_new", "x", "a_code_longer_than_sixteen_bytes_1", "a_code_longer_than_sixteen_bytes_2"];

    private readonly Utf8CodeIndex<string> index = new(Codes.Select(c => (c, c)));

    [Fact]
    public void Every_code_is_found_by_its_utf8_bytes()
    {
        foreach (var code in Codes)
        {
            Assert.True(index.TryGet(Encoding.UTF8.GetBytes(code), out var found));
            Assert.Same(code, found);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("m00001")]
    [InlineData("M000010")]
    [InlineData("M0000")]
    [InlineData("分行02")]
    [InlineData("a_code_longer_than_sixteen_bytes_3")]
    [InlineData("a_code_longer_than_sixteen_bytes_")]
    [InlineData("x\0")]
    public void Anything_else_is_not_found_and_the_match_is_ordinal(string code)
    {
        Assert.False(index.TryGet(Encoding.UTF8.GetBytes(code), out var found));
        Assert.Null(found);
    }

    [Fact]
    public void A_code_given_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Utf8CodeIndex<string>([("a", "1"), ("a", "2")]));
}
