using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>/units/{code}: days left say what they count, and the composite table shows the score once.</summary>
[Collection(SignedInCollection.Name)]
public sealed class UnitPageWordingTests(SignedInApp app)
{
    private HttpClient Leader => app.Client(Caller.LeaderHq);

    [Theory]
    [InlineData("", "剩余工作日")]
    [InlineData("?lang=en", "Working days left")]
    public async Task Days_left_are_labelled_as_working_days(string query, string label)
    {
        var page = await Html.GetAsync(Leader, "/units/BR01" + query);

        Assert.Equal(label, page.QuerySelector(".summary-days dt")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_composite_table_has_no_completion_column_repeating_the_score()
    {
        var page = await Html.GetAsync(Leader, "/units/BR01?metric=composite");

        var headers = page.QuerySelectorAll("table.ranking thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(headers, h => h.StartsWith("得分", StringComparison.Ordinal));
        Assert.DoesNotContain(headers, h => h.StartsWith("完成率", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("table.ranking td.completion"));
    }
}
