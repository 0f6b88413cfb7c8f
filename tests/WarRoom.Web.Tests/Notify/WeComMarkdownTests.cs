using System.Text;
using WarRoom.Web.Features.Notify.WeCom;

namespace WarRoom.Web.Tests.Notify;

/// <summary>WeCom's 4,096-byte markdown limit: parts cut at line ends, never inside a character, nothing lost.</summary>
public sealed class WeComMarkdownTests
{
    [Fact]
    public void A_short_message_is_one_part_as_it_is()
    {
        Assert.Equal(["# 晨报\n> 一切正常"], WeComMarkdown.Split("# 晨报\n> 一切正常"));
    }

    [Theory]
    [InlineData("北京分行西城支行 客户经理 新增存款 完成率 落后时间进度", 400)]
    [InlineData("emoji 🎉🎉 and ascii lines that are long enough to matter", 300)]
    [InlineData("ü", 5000)]
    public void Long_text_is_cut_at_line_ends_into_parts_under_the_limit_and_loses_nothing(string line, int lines)
    {
        var text = string.Join('\n', Enumerable.Range(0, lines).Select(i => $"{i}. {line}"));

        var parts = WeComMarkdown.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= WeComMarkdown.MaxBytes, $"{Encoding.UTF8.GetByteCount(p)} bytes"));
        Assert.All(parts, p => Assert.DoesNotContain('\uFFFD', p));
        var bodies = parts.Select((p, i) => p[..p.LastIndexOf($"\n({i + 1}/{parts.Count})", StringComparison.Ordinal)]).ToList();
        Assert.Equal(text, string.Join('\n', bodies));
        Assert.All(bodies, b => Assert.All(b.Split('\n'), l => Assert.Matches(@"^\d+\. ", l)));
    }

    [Fact]
    public void A_single_line_longer_than_a_part_is_cut_between_characters()
    {
        var text = string.Concat(Enumerable.Repeat("喜报🎉", 2000));

        var parts = WeComMarkdown.Split(text);

        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= WeComMarkdown.MaxBytes));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[p.IndexOf('\n') - 1]), "a part ends inside a surrogate pair"));
        Assert.Equal(text, string.Concat(parts.Select(p => p[..p.IndexOf('\n')])));
    }

    [Fact]
    public void Tables_become_one_line_per_row()
    {
        var adapted = WeComMarkdown.Adapt("## 昨日\n\n| 指标 | 昨日 | 排名 |\n| :-- | --: | --: |\n| 新增存款（万元） | 120.5 | 3/8 |\n\n完");

        Assert.Equal("## 昨日\n\n> **新增存款（万元）**：昨日 120.5 · 排名 3/8\n\n完", adapted);
    }
}
