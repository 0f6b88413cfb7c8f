using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace WarRoom.Web.Features.Snapshots.Export.Png;

/// <summary>
/// The snapshot as a war-room board, 1920×1080: <see cref="SnapshotBoard"/> rendered to a self-contained HTML page
/// (styles inline, no scripts, no server round trip, so Chromium needs nothing but the file), then screenshotted.
/// It shows the snapshot's state, not today's: the page is made from the stored document alone. The renderer gets a
/// scope of its own: it resolves scoped services (ComponentsActivitySource), which the root provider refuses where
/// scopes are validated (Development).
/// </summary>
public sealed class PngExport(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public const string ContentType = "image/png";
    public const int Width = 1920;
    public const int Height = 1080;

    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("snapshot-board.css")
            ?? throw new InvalidOperationException("the embedded resource snapshot-board.css is missing");
        return new StreamReader(stream).ReadToEnd();
    });

    public async Task<byte[]> RenderAsync(SnapshotDto snapshot, Chromium chromium, CancellationToken ct) =>
        await chromium.ScreenshotAsync(await HtmlAsync(snapshot), Width, Height, ct);

    public async Task<string> HtmlAsync(SnapshotDto snapshot)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(SnapshotBoard.Snapshot)] = snapshot,
                [nameof(SnapshotBoard.Css)] = Css.Value,
            });
            return (await renderer.RenderComponentAsync<SnapshotBoard>(parameters)).ToHtmlString();
        });
    }
}
