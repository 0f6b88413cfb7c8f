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
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<Task<MarkupString>>>> cache = [];

    /// <summary>
    /// The HTML of <paramref name="fragment"/> for <paramref name="owner"/> (an immutable, shared read model) seen
    /// through <paramref name="desk"/> and <paramref name="key"/> (what else it shows: page, order, columns).
    /// </summary>
    public Task<MarkupString> RenderAsync(object owner, Desk desk, string key, RenderFragment fragment)
    {
        var entries = cache.GetValue(owner, _ => new ConcurrentDictionary<string, Lazy<Task<MarkupString>>>(StringComparer.Ordinal));
        // Links carry lang and token; follow-up rights and crumbs depend on role and scope, never on the person.
        var full = string.Join('|', desk.Ui.Lang, desk.Param("lang"), desk.Param("token"), desk.Viewer?.Role, desk.Viewer?.Scope.Code, key);
        return entries.GetOrAdd(full, _ => new Lazy<Task<MarkupString>>(() => RenderNowAsync(desk, fragment))).Value;
    }

    /// <summary>A renderer per render (in its own scope: the renderer's services are scoped): an HTML renderer keeps
    /// every root component it drew (and what they show) until disposed.</summary>
    private async Task<MarkupString> RenderNowAsync(Desk desk, RenderFragment fragment)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(DeskHost.Desk)] = desk, [nameof(DeskHost.ChildContent)] = fragment });
            var output = await renderer.RenderComponentAsync<DeskHost>(parameters);
            return new MarkupString(output.ToHtmlString());
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
