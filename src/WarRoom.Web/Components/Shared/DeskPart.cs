using Microsoft.AspNetCore.Components;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.Shared;

/// <summary>
/// Base of the parts of a desk page (cards, grid, charts, guidance). A part draws again only when what it
/// <see cref="Shows"/> or the language changed. Without this, a grid sort (which rewrites the address and so the
/// cascaded <see cref="Desk"/>) or a live tick re-renders every part of the page: slower, and on the circuit every
/// component that has drawn twice keeps two frame buffers instead of one (docs/benchmarks.md, desk memory).
/// </summary>
public abstract class DeskPart : ComponentBase
{
    private object?[]? drawn;

    [CascadingParameter]
    protected Desk Desk { get; set; } = default!;

    protected UiLanguage Ui => Desk.Ui;

    /// <summary>Everything the part's markup depends on besides the language: parameters and its own state.
    /// Compared with <see cref="object.Equals(object, object)"/>, so read models compare by reference.</summary>
    protected abstract IEnumerable<object?> Shows { get; }

    protected override bool ShouldRender()
    {
        var now = Snapshot();
        if (drawn is not null && now.AsSpan().SequenceEqual(drawn))
        {
            return false;
        }

        drawn = now;
        return true;
    }

    /// <summary>The first render does not ask <see cref="ShouldRender"/>: remember what it drew.</summary>
    protected override void OnAfterRender(bool firstRender) => drawn ??= Snapshot();

    private object?[] Snapshot() => [Desk.Ui.Lang, .. Shows];
}
