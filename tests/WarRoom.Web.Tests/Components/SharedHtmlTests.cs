using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Org;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// Shared HTML that failed to render is not shared: the next page asking for the same answer renders it again
/// instead of getting the old failure (on the circuit that failure would end a click or a live refresh).
/// </summary>
public sealed class SharedHtmlTests : BunitContext
{
    private readonly Desk desk = new(new UiLanguage("zh"), null, new ClaimsPrincipal(), "http://localhost/units/BR01", new Dictionary<string, string>(), OrgLevels.Regional);

    public SharedHtmlTests()
    {
        Services.AddLogging();
        Services.AddSingleton<SharedHtml>();
    }

    [Fact]
    public async Task A_failed_render_is_dropped_and_the_next_caller_renders_again()
    {
        var html = Services.GetRequiredService<SharedHtml>();
        var owner = new object();
        var (failing, calls) = (true, 0);
        RenderFragment fragment = builder =>
        {
            calls++;
            if (failing)
            {
                throw new InvalidOperationException("the store went away mid-render");
            }

            builder.AddContent(0, "rows");
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => html.RenderAsync(owner, desk, "page 1", fragment));
        failing = false;
        var before = calls;
        Assert.Equal("rows", (await html.RenderAsync(owner, desk, "page 1", fragment)).Value);
        Assert.Equal("rows", (await html.RenderAsync(owner, desk, "page 1", fragment)).Value);
        Assert.Equal(before + 1, calls);
    }
}
