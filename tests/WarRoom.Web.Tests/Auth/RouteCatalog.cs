using System.Text;

namespace WarRoom.Web.Tests.Auth;

public enum Access
{
    /// <summary>Open to everyone (health, the sign-in page).</summary>
    Anyone,

    /// <summary>The Read policy: tokens and signed-in people, inside their scope.</summary>
    Read,

    /// <summary>The Ingest policy: ingest keys only.</summary>
    Ingest,

    /// <summary>The Snapshot policy: leaders and branch heads, inside their scope.</summary>
    Snapshot,

    /// <summary>A form POST: without the form's antiforgery token it is refused whoever sends it.</summary>
    FormPost,

    /// <summary>The Read policy, and then leaders only (the cluster's status).</summary>
    Leader,
}

/// <summary>
/// One route as mapped. <paramref name="Pattern"/> is the route pattern exactly as in the route table ({code} gets a
/// unit from the caller's scope, then from outside it); <paramref name="Query"/> may use {code} too.
/// </summary>
/// <param name="Page">a page: anonymous callers are redirected to /login rather than answered 401</param>
/// <param name="LeafStatus">the answer for a unit with nothing below it (a manager), where it differs from success</param>
/// <param name="Success">the answer to a caller who may, inside their scope</param>
/// <param name="HqStatus">the answer for HQ itself, where it differs from success (briefings are per branch and sub-branch)</param>
/// <param name="Path">the path to request where the pattern has a non-unit parameter (e.g. a snapshot id)</param>
/// <param name="Owner">the unit whose subtree the route's target shows (a board's scope): callers who cannot see it get 403</param>
/// <param name="UnitBody">a body that names a unit (e.g. a snapshot's scope): the route is then tried inside and outside the caller's scope</param>
public sealed record RouteCase(
    string Method, string Pattern, Access Access, string Query = "", bool Page = false, int? LeafStatus = null,
    int Success = 200, Func<Caller, HttpContent>? Body = null, int? HqStatus = null, string? Path = null,
    Func<string?, HttpContent>? UnitBody = null, string? Owner = null)
{
    public string Key => $"{Method} {Pattern}";

    public bool Scoped => UnitBody is not null || UnitParameters.Any(p => (Pattern + Query).Contains(p, StringComparison.OrdinalIgnoreCase));

    public string Url(string? unit) => UnitParameters.Aggregate((Path ?? Pattern) + Query, (url, p) => url.Replace(p, unit, StringComparison.OrdinalIgnoreCase));

    public HttpContent? Content(Caller caller, string? unit) => Body?.Invoke(caller) ?? UnitBody?.Invoke(unit);

    /// <summary>Route parameters that take a unit code from the caller.</summary>
    private static readonly string[] UnitParameters = ["{code}", "{unit}"];

    public override string ToString() => Key;
}

/// <summary>
/// Every endpoint, page and hub route of WarRoom with the access it requires: adding an endpoint is one line here
/// (<see cref="RouteCatalogCoverageTests"/> fails until it is), and <see cref="AccessMatrixTests"/> then tries it
/// with every caller.
/// </summary>
public static class RouteCatalog
{
    public static readonly IReadOnlyList<RouteCase> All =
    [
        new("GET", "/healthz", Access.Anyone),
        new("GET", "/readyz", Access.Anyone),
        new("GET", "/login", Access.Anyone, Page: true),
        new("GET", "/not-found", Access.Anyone, Page: true),
        new("POST", "/login", Access.FormPost, Page: true, Body: c => Form(("Input.Login", "matrix-" + c.Name), ("Input.Password", "x"))),
        new("POST", "/logout", Access.FormPost, Body: _ => Form()),
        new("GET", "/metrics", Access.Read),
        new("GET", "/api/v1/org", Access.Read),
        new("GET", "/api/v1/kpis", Access.Read),
        new("GET", "/api/v1/campaign", Access.Read),
        new("GET", "/api/v1/dimensions", Access.Read),
        new("GET", "/api/v1/breakdown", Access.Read, "?scope={code}&kpi=deposit_new&by=channel"),
        new("GET", "/api/v1/boards", Access.Read),
        new("GET", "/api/v1/rankings", Access.Read, "?scope={code}", LeafStatus: 400),
        new("GET", "/api/v1/units/{code}", Access.Read),
        new("GET", "/api/v1/units/{code}/trend", Access.Read, "?kpi=deposit_new"),
        new("GET", "/api/v1/guidance", Access.Read, "?scope={code}"),
        new("GET", "/api/v1/briefings", Access.Read),
        new("GET", "/api/v1/briefings/{unit}", Access.Read, LeafStatus: 400, HqStatus: 400),
        new("POST", "/api/v1/events", Access.Ingest, Body: _ => Json()),
        new("POST", "/api/v1/events/import", Access.Ingest, Body: _ => Csv()),
        new("POST", "/write", Access.Ingest, "?db=warroom&precision=s", Success: 204, Body: _ => Lines()),
        new("POST", "/api/v2/write", Access.Ingest, "?bucket=warroom&org=bank&precision=s", Success: 204, Body: _ => Lines()),
        new("GET", "/", Access.Read, Page: true),
        new("GET", "/units/{Code}", Access.Read, Page: true),
        new("GET", "/units/{code}/children.csv", Access.Read, "?sort=completion&dir=desc", Page: true, LeafStatus: 404),
        new("GET", "/units/{code}/children.xlsx", Access.Read, "?sort=completion&dir=desc", Page: true, LeafStatus: 404),
        new("GET", "/search", Access.Read, "?q=M0000", Page: true),
        new("POST", "/api/v1/snapshots", Access.Snapshot, Success: 201, LeafStatus: 400, UnitBody: u => Json($$"""{ "scope": "{{u}}", "label": "matrix" }""")),
        new("GET", "/api/v1/snapshots", Access.Read),
        new("GET", "/api/v1/snapshots/compare", Access.Read, Success: 400),
        new("GET", "/api/v1/snapshots/{id:long}", Access.Read, Path: "/api/v1/snapshots/999999", Success: 404),
        new("GET", "/api/v1/snapshots/{id:long}/export", Access.Read, "?format=csv", Path: "/api/v1/snapshots/999999/export", Success: 404),
        new("GET", "/snapshots", Access.Read, Page: true),
        new("GET", "/snapshots/{Id:long}", Access.Read, Page: true, Path: "/snapshots/999999", Success: 404),
        new("GET", "/boards/{Id}", Access.Read, Page: true, Path: "/boards/hq", Owner: "HQ"),
        new("GET", "/boards/{Id}/interactive", Access.Read, Page: true, Path: "/boards/hq/interactive", Owner: "HQ"),
        new("GET", "/hubs/warroom", Access.Read, Success: 400),
        new("GET", "/hubs/warroom/negotiate", Access.Read, Success: 405),
        new("POST", "/snapshots", Access.Read, Page: true, Success: 400, Body: _ => Form(("Label", "matrix"))),
        new("GET", "/notifications", Access.Read, Page: true),
        new("GET", "/api/v1/notifications", Access.Read),
        // No bot is configured in the test host: a caller who may send gets the 404 that says so.
        new("POST", "/api/v1/notifications/briefings/{unit}", Access.Snapshot, Success: 404, LeafStatus: 404, HqStatus: 404),
        new("POST", "/notifications/briefings", Access.Read, Page: true, Success: 400, Body: _ => Form(("unit", "BR01"))),
        new("POST", "/api/v1/guidance/{id}/follow-up", Access.Read, Path: "/api/v1/guidance/none/follow-up", Success: 404,
            Body: _ => Json("""{ "status": "acknowledged" }""")),
        new("GET", "/api/v1/cluster", Access.Leader),
        new("POST", "/guidance/follow-up", Access.Read, Page: true, Success: 400, Body: _ => Form(("id", "BR01.pace_lag.deposit_new"), ("status", "acknowledged"))),
    ];

    public static RouteCase Find(string key) => All.Single(r => r.Key == key);

    /// <summary>What <paramref name="caller"/> must get from <paramref name="route"/> for <paramref name="unit"/> (null for unscoped routes).</summary>
    public static int Expected(RouteCase route, Caller caller, string? unit)
    {
        var outside = unit is not null && caller.Outside.Contains(unit);
        return route.Access switch
        {
            Access.Anyone => 200,
            Access.FormPost => 400,
            Access.Ingest => caller.Kind == CallerKind.Anonymous ? 401 : caller.MayIngest ? route.Success : 403,
            _ when caller.Kind == CallerKind.Anonymous => route.Page ? 302 : 401,
            _ when !caller.MayRead || outside => 403,
            _ when route.Owner is { } owner && !caller.Inside.Contains(owner) => 403,
            Access.Snapshot when !caller.MayTakeSnapshots => 403,
            Access.Leader when caller.Role != "leader" => 403,
            _ when unit is not null && unit.StartsWith('M') && route.LeafStatus is { } leaf => leaf,
            _ when unit == "HQ" && route.HqStatus is { } hq => hq,
            _ => route.Success,
        };
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static StringContent Json() => new(
        $$"""{ "events": [ { "id": "matrix-{{Guid.NewGuid():N}}", "time": "2027-02-22T09:30:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 1 } ] }""",
        Encoding.UTF8, "application/json");

    /// <summary>One line-protocol point (2027-02-22 09:30 +08:00) with a fresh id, so every try is a new event.</summary>
    private static StringContent Lines() => new(
        $"deposit_new,unit=M00001,channel=mobile value=1,id=\"matrix-{Guid.NewGuid():N}\" 1803259800\n", Encoding.UTF8, "text/plain");

    private static StringContent Csv() => new(
        $"id,time,unit,kpi,value\nmatrix-{Guid.NewGuid():N},2027-02-22T09:30:00+08:00,M00001,deposit_new,1\n", Encoding.UTF8, "text/csv");
}
