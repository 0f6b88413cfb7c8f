using System.Net;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>The PNG export: the snapshot drawn as a 1920×1080 board by headless Chromium, decoded and looked at.</summary>
public sealed class SnapshotPngTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [ChromiumFact]
    public async Task The_board_is_a_full_hd_picture_with_content_not_a_blank_page()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader);
        var response = await leader.GetAsync($"/api/v1/snapshots/{snapshot.Id()}/export?format=png");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);

        var png = PngImage.Decode(bytes);

        Assert.Equal((1920, 1080), (png.Width, png.Height));
        var counts = new Dictionary<uint, int>();
        for (var y = 0; y < png.Height; y += 2)
        {
            for (var x = 0; x < png.Width; x += 2)
            {
                var rgb = png.Rgb(x, y);
                counts[rgb] = counts.GetValueOrDefault(rgb) + 1;
            }
        }

        // The page and panel colours of the board's dark theme are the commonest; text and bars make the rest.
        var background = counts.MaxBy(c => c.Value);
        Assert.True(counts.Count > 200, $"only {counts.Count} colours: the board looks blank");
        Assert.True(background.Value < counts.Values.Sum() * 0.9, "one colour covers over 90% of the picture");
        Assert.Contains(background.Key, new[] { 0x0B1220u, 0x121C30u });
    }

    [Fact]
    public async Task Without_chromium_the_answer_is_501_naming_the_reason()
    {
        await using var bare = WarRoomAppFactory.With(overrides: new Dictionary<string, string?> { ["WarRoom:Snapshots:Chromium"] = "/nonexistent/chromium" });
        await bare.WaitUntilReadyAsync();
        var client = bare.ClientWith(WarRoomAppFactory.LeaderToken);
        var snapshot = await SnapshotApi.TakeOkAsync(client, "SB0101", "无浏览器");

        var problem = await SnapshotApi.ProblemAsync(await client.GetAsync($"/api/v1/snapshots/{snapshot.Id()}/export?format=png"), HttpStatusCode.NotImplemented);

        Assert.Contains("PNG export needs headless Chromium but WarRoom:Snapshots:Chromium '/nonexistent/chromium' does not exist", problem["detail"]!.GetValue<string>());
    }
}
