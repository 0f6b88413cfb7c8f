using FluentValidation;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Tests.Guidance;

/// <summary>GET /api/v1/briefings/{unit} below the endpoint: default date, language, scope and parameter errors.</summary>
public sealed class GetBriefingTests : IDisposable
{
    private readonly GuidanceWorld world = new();

    public void Dispose() => world.Dispose();

    private GetBriefing.Response Get(string viewer, string unit, string? date = null, string? lang = null) =>
        world.BriefingHandler().Handle(new GetBriefing.Query(world.ViewerOf(viewer), unit, date, lang), default).Result;

    [Fact]
    public void The_date_defaults_to_today_in_the_campaigns_time_zone()
    {
        world.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 22, 17, 30, 0, TimeSpan.Zero)); // 01:30 on the 23rd in Shanghai

        var briefing = Get("HQ", "SB0101");

        Assert.Equal(new DateOnly(2027, 2, 23), briefing.Date);
        Assert.Equal("zh", briefing.Lang);
        Assert.StartsWith("# 北京朝阳支行晨报 · 2027年2月23日（星期二）\n", briefing.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void English_on_request_for_a_given_date()
    {
        var briefing = Get("BR01", "BR01", "2027-02-15", "en");

        Assert.StartsWith("# Beijing Branch · Morning briefing · Monday 15 February 2027\n", briefing.Markdown, StringComparison.Ordinal);
        Assert.Contains("## Yesterday's results (Sunday 14 February)", briefing.Markdown, StringComparison.Ordinal); // a make-up working day
    }

    [Fact]
    public void Unknown_unit_is_404_outside_is_403_and_a_manager_is_400_naming_unit()
    {
        Assert.Throws<NotFoundException>(() => Get("HQ", "SB9999"));
        Assert.Throws<ForbiddenException>(() => Get("BR01", "SB0201"));
        var e = Assert.Throws<ValidationException>(() => Get("HQ", "M00001"));
        Assert.Equal("unit", Assert.Single(e.Errors).PropertyName);
    }

    [Fact]
    public void Today_outside_the_campaign_is_400_naming_date()
    {
        world.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 2, 2, 0, 0, TimeSpan.Zero));

        var e = Assert.Throws<ValidationException>(() => Get("HQ", "SB0101"));

        Assert.Equal(("date", "there is no briefing for today (2027-04-02): they run from 2027-01-02 to 2027-04-01; pass ?date="),
            (Assert.Single(e.Errors).PropertyName, e.Errors.Single().ErrorMessage));
    }

    [Theory]
    [InlineData("2027-2-22", null, "date", "date '2027-2-22' must be a date as yyyy-MM-dd")]
    [InlineData("2027-01-01", null, "date", "date 2027-01-01 has no briefing: they run from 2027-01-02 to 2027-04-01")]
    [InlineData(null, "fr", "lang", "lang 'fr' must be zh or en")]
    public void Bad_parameters_are_400_naming_them(string? date, string? lang, string parameter, string message)
    {
        var failure = Assert.Single(new GetBriefing.Validator(world.Seed.Campaign).Validate(new GetBriefing.Query(world.ViewerOf("HQ"), "SB0101", date, lang)).Errors);

        Assert.Equal((parameter, message), (failure.PropertyName, failure.ErrorMessage));
    }
}
