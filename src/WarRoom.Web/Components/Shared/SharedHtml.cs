using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace WarRoom.Web.Components.Shared;

/// <summary>
/// The read-only parts of a live desk page (KPI cards, trends, ranking rows, guidance texts) rendered once to HTML
/// and shared by every circuit showing the same answer. Every component a circuit holds keeps two render-tree
/// buffers of at least 128 frames (~10 KB) and a big part keeps two of its own size: a heap dump of 40 open pages
/// showed 300 such buffers a page, 1.4 MB (docs/benchmarks.md). One markup string is one frame, and the string
/// itself belongs to the shared answer (the drill-down cache), so it dies with it.
/// </summary>
public sealed class SharedHtml(IServiceScopeFactory scopes, ILoggerFactory logs)
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<Task<MarkupString[]>>>> cache = [];

    /// <summary>
    /// The HTML of <paramref name="fragment"/> for <paramref name="owner"/> (an immutable, shared read model) seen
    /// through <paramref name="desk"/> and <paramref name="key"/> (what else it shows: page, order, columns).
    /// </summary>
    public async Task<MarkupString> RenderAsync(object owner, Desk desk, string key, RenderFragment fragment, bool onPool = false) =>
        (await RenderEachAsync(owner, desk, key, [fragment], onPool))[0];

    /// <summary>
    /// Each fragment's HTML on its own (one renderer for all): a page shows them as one markup frame each, so a live
    /// update sends the browser only the pieces whose text changed — one KPI's card and chart, not all fifteen.
    /// <paramref name="onPool"/>: a part not drawn yet renders on the pool, so several parts asked for at once render
    /// side by side; an answer already drawn comes back completed either way, so the page renders once, not first
    /// without it.
    /// </summary>
    public Task<MarkupString[]> RenderEachAsync(object owner, Desk desk, string key, IReadOnlyList<RenderFragment> fragments, bool onPool = false) =>
        RenderEachAsync(owner, desk, key, fragments, onPool, retry: true);

    private Task<MarkupString[]> RenderEachAsync(object owner, Desk desk, string key, IReadOnlyList<RenderFragment> fragments, bool onPool, bool retry)
    {
        var entries = cache.GetValue(owner, _ => new ConcurrentDictionary<string, Lazy<Task<MarkupString[]>>>(StringComparer.Ordinal));
        // Links carry lang and token; follow-up rights and crumbs depend on role and scope, never on the person.
        var full = string.Join('|', desk.Ui.Lang, desk.Param("lang"), desk.Param("token"), desk.Viewer?.Role, desk.Viewer?.Scope.Code, key);
        var entry = entries.GetOrAdd(full, _ => new Lazy<Task<MarkupString[]>>(() => onPool ? Task.Run(() => RenderNowAsync(desk, fragments)) : RenderNowAsync(desk, fragments)));
        if (retry && entry.Value is { IsFaulted: true } or { IsCanceled: true })
        {
            // A render that failed before (its caller has not dropped it yet): this page draws once for itself.
            entries.TryRemove(new(full, entry));
            return RenderEachAsync(owner, desk, key, fragments, onPool, retry: false);
        }

        return entry.Value.IsCompletedSuccessfully ? entry.Value : Forgetting(entries, full, entry);
    }

    /// <summary>
    /// A render that fails is not kept: cached, every page showing this answer would fail with it (the grid's click,
    /// the page's live refresh) until the answer moved. The caller still sees its own failure.
    /// </summary>
    private static async Task<MarkupString[]> Forgetting(ConcurrentDictionary<string, Lazy<Task<MarkupString[]>>> entries, string key, Lazy<Task<MarkupString[]>> entry)
    {
        try
        {
            return await entry.Value;
        }
        catch
        {
            entries.TryRemove(new(key, entry));
            throw;
        }
    }

    /// <summary>A renderer per call (in its own scope: the renderer's services are scoped): an HTML renderer keeps
    /// every root component it drew (and what they show) until disposed.</summary>
    private async Task<MarkupString[]> RenderNowAsync(Desk desk, IReadOnlyList<RenderFragment> fragments)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var html = new MarkupString[fragments.Count];
            for (var i = 0; i < html.Length; i++)
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(DeskHost.Desk)] = desk, [nameof(DeskHost.ChildContent)] = fragments[i] });
                var output = await renderer.RenderComponentAsync<DeskHost>(parameters);
                html[i] = new MarkupString(output.ToHtmlString());
            }

            return html;
        });
    }

    /// <summary>The cascade a desk part expects, outside any circuit.</summary>
    private sealed class DeskHost : ComponentBase
    {
        [Parameter]
        public Desk Desk { get; set; } = default!;

        [Parameter]
        public RenderFragment ChildContent { get; set; } = default!;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenComponent<CascadingValue<Desk>>(0);
            builder.AddComponentParameter(1, nameof(CascadingValue<Desk>.Value), Desk);
            builder.AddComponentParameter(2, nameof(CascadingValue<Desk>.IsFixed), true);
            builder.AddComponentParameter(3, nameof(CascadingValue<Desk>.ChildContent), ChildContent);
            builder.CloseComponent();
        }
    }
}
