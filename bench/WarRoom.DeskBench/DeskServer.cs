using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;

namespace WarRoom.DeskBench;

/// <summary>WarRoom.Web as a child process with a frozen clock, a simulated history and one branch head who signs in.</summary>
internal sealed class DeskServer : IAsyncDisposable
{
    public const string Login = "bench.br01";
    public const string Password = "desk bench password";

    /// <summary>A leader of the whole bank (same password), for the interactive HQ board's pictures.</summary>
    public const string LeaderLogin = "bench.hq";
    public const string IngestKey = "desk-ingest-key-0123456789";
    public const string ReaderToken = "desk-reader-token-0123456789";

    private readonly Process process;
    private readonly string folder;

    private DeskServer(Process process, Uri address, string folder) => (this.process, Address, this.folder) = (process, address, folder);

    public Uri Address { get; }

    public int ProcessId => process.Id;

    public static async Task<DeskServer> StartAsync(string serverDll)
    {
        var folder = Directory.CreateTempSubdirectory("warroom-desk-").FullName;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var address = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}");
        probe.Stop();
        var info = new ProcessStartInfo("dotnet", [serverDll, "--urls", address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["WarRoom__Sqlite__Path"] = Path.Combine(folder, "warroom.db"),
            ["WarRoom__DataDirectory"] = folder,
            ["WarRoom__Clock__Now"] = "2027-02-22T10:00:00+08:00",
            ["WarRoom__Simulator__Enabled"] = "true",
            ["WarRoom__Simulator__EventsPerSecond"] = "0.1",
            ["WarRoom__Simulator__BackfillEventsPerWorkingDay"] = "600",
            ["WarRoom__Auth__IngestKeys__bench"] = IngestKey,
            ["WarRoom__Auth__Tokens__bench__Token"] = ReaderToken,
            ["WarRoom__Auth__Tokens__bench__Role"] = "reader",
            ["WarRoom__Auth__Tokens__bench__Scope"] = "HQ",
            [$"WarRoom__Auth__Users__{Login}__PasswordHash"] = new PasswordHasher<object>().HashPassword(new object(), Password),
            [$"WarRoom__Auth__Users__{Login}__Role"] = "branch_head",
            [$"WarRoom__Auth__Users__{Login}__Scope"] = "BR01",
            [$"WarRoom__Auth__Users__{LeaderLogin}__PasswordHash"] = new PasswordHasher<object>().HashPassword(new object(), Password),
            [$"WarRoom__Auth__Users__{LeaderLogin}__Role"] = "leader",
            [$"WarRoom__Auth__Users__{LeaderLogin}__Scope"] = "HQ",
            // Sign-in attempts are rate-limited per IP; every browser context here signs in once.
            ["WarRoom__RateLimits__Login__PermitLimit"] = "100000",
        };
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start WarRoom.Web");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) { Console.Error.WriteLine("server: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new DeskServer(process, address, folder);
        using var client = new HttpClient { BaseAddress = address };
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    await Task.Delay(TimeSpan.FromSeconds(5)); // the back-fill runs on after readiness
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("WarRoom.Web did not become ready");
    }

    /// <summary>The server's managed heap after a full blocking collection (gauges of /metrics), in bytes: the objects
    /// alive, and the heap's size, which also counts the free gaps between them (it varies by megabytes run to run).</summary>
    public async Task<(long Live, long Heap)> HeldHeapAsync(HttpClient metrics)
    {
        await WarRoom.LoadTool.FullCollection.InduceAsync(ProcessId, () => GaugeAsync(metrics, "warroom_gc_full_index"), TimeSpan.FromSeconds(30));
        return (await GaugeAsync(metrics, "warroom_gc_full_live_bytes"), await GaugeAsync(metrics, "warroom_gc_full_heap_bytes"));
    }

    public static async Task<long> GaugeAsync(HttpClient metrics, string name)
    {
        var text = await metrics.GetStringAsync("/metrics");
        var line = text.Split('\n').First(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        return (long)double.Parse(line[(name.Length + 1)..], CultureInfo.InvariantCulture);
    }

    public long WorkingSet()
    {
        process.Refresh();
        return process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
