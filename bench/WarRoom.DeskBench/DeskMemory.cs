using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;
using WarRoom.LoadTool;

namespace WarRoom.DeskBench;

/// <summary>
/// The server memory each open live desk page holds: the heap after a full collection (live objects, and the heap
/// with its gaps) and the working set, before and after <c>users</c> pages of <c>/units/BR01?level=manager</c> are
/// open and live, with events arriving. The pages are Chromium tabs, or with <c>--circuits</c> headless circuits
/// (LoadTool's CircuitClient: the same page, cookie, circuit and render-batch acknowledgements, no DOM), so 200
/// pages open in a minute instead of twenty on a small shared machine; the server cannot tell the two apart.
/// </summary>
internal static class DeskMemory
{
    private const int Updates = 5;

    /// <summary>Render-batch bytes the headless circuits received: what a live update costs a page on the wire,
    /// and in the server's pooled send buffers while 200 pages are sent it at once.</summary>
    private static long received;

    public static async Task<string> MeasureAsync(DeskServer server, HttpClient metrics, IBrowserContext context, int users, bool circuits, string? hold)
    {
        var unitUrl = new Uri(server.Address, "/units/BR01?level=manager");
        await Task.Delay(2000);
        var heapBefore = await server.HeldHeapAsync(metrics);
        var setBefore = server.WorkingSet();
        var closers = circuits ? await OpenCircuitsAsync(server.Address, unitUrl, users) : await OpenTabsAsync(context, unitUrl, users);
        var live = await DeskServer.GaugeAsync(metrics, "warroom_desk_listeners");
        var receivedBefore = Interlocked.Read(ref received);
        await PostEventsAsync(server.Address);
        var perUpdate = (Interlocked.Read(ref received) - receivedBefore) / 1024.0 / users / Updates;
        if (hold is not null)
        {
            // Time to look inside the server (dotnet-gcdump) while the pages are open.
            Console.WriteLine($"holding {hold} s; server pid {server.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(int.Parse(hold, CultureInfo.InvariantCulture)));
        }

        var heapAfter = await server.HeldHeapAsync(metrics);
        var setAfter = server.WorkingSet();
        foreach (var close in closers)
        {
            await close();
        }

        return $"live desk pages open: {users} {(circuits ? "headless circuits" : "Chromium tabs")} ({live} listening to changes); " +
            $"live objects {heapBefore.Live / 1024.0 / 1024:0.0} → {heapAfter.Live / 1024.0 / 1024:0.0} MB = {(heapAfter.Live - heapBefore.Live) / 1024.0 / users:0.0} KB per page (budget ≤ 300 KB); " +
            $"heap size with its gaps {heapBefore.Heap / 1024.0 / 1024:0.0} → {heapAfter.Heap / 1024.0 / 1024:0.0} MB = {(heapAfter.Heap - heapBefore.Heap) / 1024.0 / users:0.0} KB per page; " +
            $"working set {setBefore / 1024.0 / 1024:0} → {setAfter / 1024.0 / 1024:0} MB = {(setAfter - setBefore) / 1024.0 / users:0} KB per page" +
            (circuits ? $"; render batches {perUpdate:0.0} KB per page per update" : "");
    }

    private static async Task<List<Func<Task>>> OpenTabsAsync(IBrowserContext context, Uri unitUrl, int users)
    {
        var open = new List<Func<Task>>();
        for (var i = 0; i < users; i++)
        {
            // Generous waits: on a shared two-core machine the 200th tab opens while 199 circuits are alive.
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(unitUrl.ToString(), new PageGotoOptions { Timeout = 180_000 });
            await tab.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-circuit=live]')", null, new PageWaitForFunctionOptions { Timeout = 180_000 });
            open.Add(() => tab.CloseAsync());
        }

        return open;
    }

    private static async Task<List<Func<Task>>> OpenCircuitsAsync(Uri server, Uri unitUrl, int users)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(3) };
        await SignIn.AsAsync(http, DeskServer.Login, DeskServer.Password);
        var open = new List<Func<Task>>();
        for (var i = 0; i < users; i++)
        {
            var circuit = await CircuitClient.StartAsync(http, unitUrl, cookies.GetCookieHeader(server), batch => Interlocked.Add(ref received, batch.Length));
            open.Add(async () => await circuit.DisposeAsync());
        }

        return open;
    }

    /// <summary>Five events a second apart (<see cref="Updates"/>): every open page redraws, as it would during the campaign.</summary>
    private static async Task PostEventsAsync(Uri server)
    {
        using var ingest = new HttpClient { BaseAddress = server };
        ingest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DeskServer.IngestKey);
        for (var i = 0; i < Updates; i++)
        {
            var body = $$"""{ "events": [ { "id": "desk-bench-{{i}}", "time": "2027-02-22T09:5{{i}}:00+08:00", "unit": "M00001", "kpi": "deposit_new", "value": 10 } ] }""";
            (await ingest.PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
            await Task.Delay(1000);
        }
    }
}
