using System.Net;
using WarRoom.Core.Org;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// Every route of <see cref="RouteCatalog"/> × every <see cref="Caller"/>, for units inside the caller's scope and
/// units outside it: the status is the one the route's access rule demands, and a refusal never carries the name
/// of the unit that was refused.
/// </summary>
[Collection(SignedInCollection.Name)]
public sealed class AccessMatrixTests(SignedInApp app)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in RouteCatalog.All)
        {
            foreach (var caller in Caller.All)
            {
                data.Add(route.Key, caller.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_gets_what_the_route_allows_inside_and_outside_its_scope(string routeKey, string callerName)
    {
        var route = RouteCatalog.Find(routeKey);
        var caller = Caller.All.Single(c => c.Name == callerName);
        var client = app.Client(caller);
        IEnumerable<string?> units = route.Scoped ? [.. caller.Inside, .. caller.Outside] : [null];

        foreach (var unit in units)
        {
            var url = route.Url(unit);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), url) { Content = route.Content(caller, unit) };
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var expected = RouteCatalog.Expected(route, caller, unit);

            Assert.True(expected == (int)response.StatusCode, $"{route.Method} {url} as {caller}: expected {expected}, got {(int)response.StatusCode} {Head(body)}");
            if (expected == 302)
            {
                Assert.StartsWith("/login?ReturnUrl=", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
            }

            if (unit is not null && caller.Outside.Contains(unit) && app.Org.Find(unit) is { Level.IsRoot: false } hidden)
            {
                Assert.DoesNotContain(hidden.Name, body, StringComparison.Ordinal);
            }
        }
    }

    private static string Head(string body) => body.Length <= 300 ? body : body[..300];
}
