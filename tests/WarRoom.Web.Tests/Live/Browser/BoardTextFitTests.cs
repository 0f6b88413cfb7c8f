using System.Text.Json;
using Microsoft.Playwright;

namespace WarRoom.Web.Tests.Live.Browser;

/// <summary>
/// The rule for text on big screens: no unit name, title or guidance line is cut. At 1920×1080 and 3840×2160, in
/// zh-CN and en, on every page of every shipped board and every frame of a cycling page, each text element's
/// content fits its box (scrollWidth ≤ clientWidth; a guidance item's height too), nothing is set to end in an
/// ellipsis, and every bar of a bar race keeps its name.
/// </summary>
public sealed class BoardTextFitTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static readonly string[] Boards = ["hq", "branch", "deposits", "customers"];

    private const string Measure = """
        () => {
          const texts = ['.board-title', '.page-title', '.page-unit', '.page.active .widget-title', '.page.active .lb-name',
            '.page.active .lb-head span', '.page.active .branch-top', '.page.active .branch-foot', '.page.active .guidance-unit',
            '.page.active .guidance-message', '.page.active .guidance-action', '.page.active .kpi-name', '.page.active .kpi-value',
            '.page.active .kpi-foot', '.page.active .deal-who', '.page.active .countdown-campaign', '.page.active .countdown-end',
            '.page.active .countdown-main', '.page.active .share-name', '.page.active .share-figures', '.page.active .funnel-name',
            '.page.active .funnel-conversion', '.page.active .funnel-value'];
          const problems = [];
          const name = n => `${n.className} "${n.textContent.trim().slice(0, 60)}"`;
          for (const node of document.querySelectorAll(texts.join(','))) {
            if (!node.getClientRects().length || !node.textContent.trim()) continue;
            if (node.scrollWidth > node.clientWidth + 1) problems.push(`cut: ${name(node)} ${node.scrollWidth}>${node.clientWidth}`);
            if (getComputedStyle(node).textOverflow === 'ellipsis') problems.push(`ellipsis style: ${name(node)}`);
            if (node.textContent.includes('…')) problems.push(`ellipsis text: ${name(node)}`);
          }
          for (const item of document.querySelectorAll('.page.active .guidance-inner')) {
            if (item.scrollHeight > item.clientHeight + 1) problems.push(`guidance cut below: ${name(item)} ${item.scrollHeight}>${item.clientHeight}`);
          }
          for (const chart of document.querySelectorAll('.page.active .widget-barRace .widget-body')) {
            const instance = globalThis.echarts.getInstanceByDom(chart);
            const axis = instance?.getModel().getComponent('yAxis')?.axis;
            if (!axis) continue;
            const shown = axis.getViewLabels().length, bars = axis.scale.count();
            if (shown < bars) problems.push(`bar race names ${shown} of ${bars} bars`);
          }
          return problems;
        }
        """;

    [ChromiumFact]
    public async Task No_name_title_or_guidance_line_is_cut_on_any_frame_at_either_resolution_in_either_language()
    {
        var problems = new List<string>();
        foreach (var (width, height) in new[] { (1920, 1080), (3840, 2160) })
        {
            foreach (var (locale, lang) in new[] { ("zh-CN", "zh"), ("en-US", "en") })
            {
                await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = locale, TimezoneId = "Asia/Shanghai",
                });
                var page = await context.NewPageAsync();
                page.SetDefaultNavigationTimeout(120_000); // a loaded CI machine; each board page is one static render
                page.SetDefaultTimeout(60_000);
                foreach (var board in Boards)
                {
                    foreach (var frame in await FramesAsync(page, board, lang))
                    {
                        await page.GotoAsync(server.BoardUrl(board, query: $"lang={lang}&{frame}"));
                        await page.Locator(".page.active .widget").First.WaitForAsync();
                        await page.WaitForTimeoutAsync(150);
                        var found = await page.EvaluateAsync<string[]>(Measure);
                        problems.AddRange(found.Select(p => $"{board}?{frame} {width}x{height} {lang}: {p}"));
                    }
                }
            }
        }

        // Each kind of problem once (the same cut repeats on every cycled branch), then the first of every kind.
        var kinds = problems.Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"unit=\w+|\d+>\d+", "…")).Distinct().ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problems, {kinds.Count} kinds:\n" + string.Join("\n", kinds.Take(120)));
    }

    /// <summary>"page=&lt;id&gt;" per page and "page=&lt;id&gt;&amp;unit=&lt;code&gt;" per cycled frame, read from the board's embedded state.</summary>
    private async Task<IReadOnlyList<string>> FramesAsync(IPage page, string board, string lang)
    {
        await page.GotoAsync(server.BoardUrl(board, query: $"lang={lang}"));
        var state = JsonDocument.Parse(await page.Locator("script#board-state").TextContentAsync() ?? "{}").RootElement;
        var pages = state.GetProperty("board").GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
        return [.. state.GetProperty("payload").GetProperty("frames").EnumerateArray().Select(f =>
            $"page={pages[f.GetProperty("page").GetInt32()]}" +
            (f.TryGetProperty("unit", out var unit) && unit.ValueKind == JsonValueKind.String ? $"&unit={unit.GetString()}" : ""))];
    }
}
