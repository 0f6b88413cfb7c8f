using System.Security.Claims;
using WarRoom.Core;
using WarRoom.Core.Org;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Tests.Components;

/// <summary>Desk labels name levels from the seed: a national bank's 一级分行 is not shown as its code.</summary>
public sealed class WordsTests
{
    private static readonly OrgLevels National = new(
    [
        ("hq", new LocalizedText("总行", "Head office")),
        ("branch1", new LocalizedText("一级分行", "Tier-1 branch")),
        ("branch2", new LocalizedText("二级分行", "Tier-2 branch")),
        ("outlet", new LocalizedText("支行", "Outlet")),
        ("manager", new LocalizedText("客户经理", "Manager")),
    ]);

    private static Desk At(string lang, OrgLevels levels) =>
        new(new UiLanguage(lang), null, new ClaimsPrincipal(), "http://localhost/units/HQ", new Dictionary<string, string>(), levels);

    [Theory]
    [InlineData("zh", "branch2", "二级分行")]
    [InlineData("en", "branch2", "Tier-2 branch")]
    [InlineData("en", "outlet", "Outlet")]
    [InlineData("zh", "nosuch", "nosuch")]
    public void A_level_is_named_by_the_seed(string lang, string code, string expected) =>
        Assert.Equal(expected, Words.Level(At(lang, National), code));

    [Theory]
    [InlineData("zh", "branch1", 36, "36 个一级分行")]
    [InlineData("en", "branch1", 36, "36 tier-1 branches")]
    [InlineData("en", "outlet", 8, "8 outlets")]
    [InlineData("en", "nosuch", 3, "3 units")]
    public void A_count_uses_the_seed_noun_in_the_plural(string lang, string code, int count, string expected) =>
        Assert.Equal(expected, Words.Count(At(lang, National), count, code));

    [Theory]
    [InlineData("en", "subbranch", 9, "9 sub-branches")]
    [InlineData("en", "branch", 12, "12 branches")]
    [InlineData("en", "manager", 131, "131 managers")]
    [InlineData("zh", "subbranch", 9, "9 个支行")]
    public void The_regional_words_are_unchanged(string lang, string code, int count, string expected) =>
        Assert.Equal(expected, Words.Count(At(lang, OrgLevels.Regional), count, code));
}
