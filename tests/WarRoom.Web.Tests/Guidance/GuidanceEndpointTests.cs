using System.Net;
using System.Text.Json;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Guidance;

/// <summary>The guidance endpoints through HTTP: auth, scope, 400 naming the parameter, the markdown briefing.</summary>
public sealed class GuidanceEndpointTests(GuidanceHost host) : IClassFixture<GuidanceHost>
{
    [Fact]
    public async Task Guidance_for_the_viewers_scope()
    {
        using var client = host.ClientWith(WarRoomAppFactory.ReaderBr01Token);

        using var response = await client.GetAsync("/api/v1/guidance?severity=critical&level=subbranch&top=2");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("BR01", json.RootElement.GetProperty("scope").GetString());
        Assert.Equal("2027-02-22T10:00:00+08:00", json.RootElement.GetProperty("asOf").GetString());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.StartsWith("SB01", i.GetProperty("unit").GetString(), StringComparison.Ordinal));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("message").GetProperty("zh").GetString())));
    }

    [Theory]
    [InlineData("/api/v1/guidance?scope=BR02", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/guidance?scope=BR99", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/briefings/SB0201", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/briefings/SB9999", HttpStatusCode.NotFound)]
    public async Task Outside_the_scope_is_403_and_unknown_is_404(string url, HttpStatusCode status)
    {
        using var client = host.ClientWith(WarRoomAppFactory.ReaderBr01Token);

        Assert.Equal(status, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/guidance?severity=urgent", "severity")]
    [InlineData("/api/v1/guidance?kind=lag", "kind")]
    [InlineData("/api/v1/briefings/SB0101?date=22-02-2027", "date")]
    [InlineData("/api/v1/briefings/SB0101?lang=fr", "lang")]
    [InlineData("/api/v1/briefings/M00001", "unit")]
    public async Task A_bad_parameter_is_400_naming_it(string url, string parameter)
    {
        using var client = host.ClientWith(WarRoomAppFactory.LeaderToken);

        using var response = await client.GetAsync(url);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), json.RootElement.ToString());
    }

    [Fact]
    public async Task The_briefing_is_markdown_for_today_in_the_campaigns_time_zone()
    {
        using var client = host.ClientWith(WarRoomAppFactory.LeaderToken);

        using var response = await client.GetAsync("/api/v1/briefings/SB0101?lang=en");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("# Beijing Chaoyang Sub-branch · Morning briefing · Monday 22 February 2027\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_credential_it_is_401()
    {
        using var client = host.ClientWith("not-a-token");
        client.DefaultRequestHeaders.Authorization = null;

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/guidance")).StatusCode);
    }
}
